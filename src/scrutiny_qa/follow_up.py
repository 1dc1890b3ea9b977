"""Follow-up of commitments: the later paper or minute of the same body that reports back.

A request ("the Head of Education be requested to submit a report on exam results") is
reported back on when a later meeting's papers take it up again, and they do so in its own
words ("At its meeting held on 27 September 2022, the Committee requested a report on exam
results …") and pointing back to the meeting that asked. So a commitment is matched, at
ingest once every paper is placed and dated, against the passages of the later meetings of
its body (same council, same committee), by two signs, both required:

- its words: the share of the commitment's words (what was asked, and its minute's
  heading, which names the subject a bare "a further report to the next meeting" leaves
  out), each weighted by how rare it is among the body's passages, that the passage holds
  (COVERAGE), and enough of them rare (MATCHED), so that "postpone the elections" is not
  found in every paper about elections;
- a pointer back: the passage's item (or paper) writes the date of the meeting that asked,
  or cites one of that meeting's minutes by number.

A later paper on the same subject that does not point back (the next quarter's report
repeating last quarter's sentence) is not a follow-up; nor is a passage that makes a promise
of its own (the same request made again at the next meeting reads like its report-back).
The first later meeting with such a passage is the follow-up, its best-matching passage the
citation; none, and the commitment stays open. Computed at ingest, not per question: it
depends only on the indexed papers, and every list and CSV shows it for every commitment.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from scrutiny_qa.highlight import query_terms
from scrutiny_qa.metadata import date_short, dates_in
from scrutiny_qa.storage import Database
from scrutiny_qa.structure import FRONT

COVERAGE = 0.6  # share of the commitment's weighted words a passage must hold
MATCHED = 3.0  # ... adding up to at least this many words unique to one passage

Unit = tuple[int, str | None]  # (document, agenda item): what a pointer back is looked for in


@dataclass
class _Promise:
    """A commitment as matched: its body, the meeting it was made at, its minute, its words."""

    id: int
    body: tuple[str, str]
    day: str
    minute: tuple[str, str] | None  # (number, meeting date) of its minute, when numbered
    words: set[str]


@dataclass
class _Body:
    """One body's passages (id, date, unit, words), how rare each word is among them, and
    what each unit points back to: dates written, minutes cited."""

    passages: list[tuple[int, str, Unit, set[str]]] = field(default_factory=list)
    rarity: dict[str, float] = field(default_factory=dict)
    dates: dict[Unit, set[str]] = field(default_factory=dict)
    cited: dict[Unit, set[tuple[str, str]]] = field(default_factory=dict)


def link_follow_ups(conn: Database) -> int:
    """Set every commitment's `followed_up_by` (a passage id, or NULL); returns how many
    are followed up. Run after the papers are placed and minute references resolved."""
    conn.execute("UPDATE commitments SET followed_up_by = NULL")
    promises = _promises(conn)
    promised = {p.body for p in promises}
    bodies = {key: _body(conn, ids) for key, ids in _documents_by_body(conn).items()
              if key in promised}
    promising = {row[0] for row in conn.execute(
        "SELECT chunk_id FROM record_chunks WHERE kind = 'commitment'")}
    found = 0
    for promise in promises:
        passage = _follow_up(promise, bodies[promise.body], promising)
        if passage is not None:
            conn.execute("UPDATE commitments SET followed_up_by=? WHERE id=?",
                         (passage, promise.id))
            found += 1
    return found


def _follow_up(promise: _Promise, body: _Body, promising: set[int]) -> int | None:
    """The passage reporting back on `promise`: of the first later meeting holding any, the
    one holding most of its words."""
    weights = {word: body.rarity.get(word, 1.0) for word in promise.words}
    total = math.fsum(weights.values())
    if not total:
        return None
    best: tuple[str, float, int] | None = None
    for passage, day, unit, words in body.passages:
        if day <= promise.day or passage in promising:
            continue
        matched = math.fsum(weight for word, weight in weights.items() if word in words)
        if matched < MATCHED or matched / total < COVERAGE:
            continue
        if not _points_back(promise, body, unit):
            continue
        candidate = (day, -matched / total, passage)
        best = min(best, candidate) if best else candidate
    return best[2] if best else None


def _points_back(promise: _Promise, body: _Body, unit: Unit) -> bool:
    """Whether a unit's text names the meeting the promise was made at: its date, or one
    of its minutes by number."""
    return promise.day in body.dates.get(unit, ()) or \
        (promise.minute is not None and promise.minute in body.cited.get(unit, ()))


def _promises(conn: Database) -> list[_Promise]:
    """Every commitment made at a dated meeting of a named body."""
    rows = conn.execute(
        "SELECT c.id, c.what, d.council, d.committee, m.number, m.heading,"
        " COALESCE(m.meeting_date, d.meeting_date) AS day FROM commitments c"
        " JOIN documents d ON d.id = c.document_id"
        " LEFT JOIN minutes m ON m.id = c.minute_id").fetchall()
    return [_Promise(row["id"], key, row["day"],
                     (row["number"], row["day"]) if row["number"] else None,
                     _words(f"{row['what']} {row['heading'] or ''}"))
            for row in rows if row["day"] and (key := body_key(row["council"], row["committee"]))]


def body_key(council: str | None, committee: str | None) -> tuple[str, str] | None:
    """Which body a paper is of, as compared: its council, and its committee's name in
    letters alone without the word "committee" (a pack names the "Overview and Scrutiny
    Committee (Children's Services)", its cover sheet the "Overview and Scrutiny (Children's
    Services)"); None without either."""
    name = re.sub(r"[^a-z]", "", re.sub(r"\bcommittee\b", "", (committee or "").lower()))
    return (council, name) if council and name else None


def _documents_by_body(conn: Database) -> dict[tuple[str, str], list[int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for row in conn.execute("SELECT id, council, committee FROM documents"):
        if key := body_key(row["council"], row["committee"]):
            found.setdefault(key, []).append(row["id"])
    return found


def _body(conn: Database, ids: list[int]) -> _Body:
    """The dated passages of a body's papers, with their words' rarity among all its
    passages and what each unit points back to."""
    body = _Body()
    marks = ",".join("?" * len(ids))
    counts: Counter[str] = Counter()
    rows = conn.execute(f"SELECT id, document_id, item, date, text FROM chunks"
                        f" WHERE document_id IN ({marks})", ids).fetchall()
    for row in rows:
        unit, words = (row["document_id"], row["item"]), _words(row["text"])
        counts.update(words)
        body.dates.setdefault(unit, set()).update(day.isoformat() for day in dates_in(row["text"]))
        if row["date"]:
            body.passages.append((row["id"], row["date"], unit, words))
    body.rarity = _rarity(counts, len(rows))
    for row in conn.execute(
            "SELECT r.document_id, p.item, m.number, COALESCE(m.meeting_date, d.meeting_date)"
            " AS day FROM minute_refs r JOIN minutes m ON m.id = r.target_id"
            " JOIN documents d ON d.id = m.document_id"
            " JOIN pages p ON p.document_id = r.document_id AND p.seq = r.page_seq"
            f" WHERE r.document_id IN ({marks})", ids):
        body.cited.setdefault((row["document_id"], row["item"]), set()).add(
            (row["number"], row["day"]))
    return body


def _rarity(counts: Counter[str], passages: int) -> dict[str, float]:
    """Each word's inverse document frequency over the body's passages, scaled so that a
    word in a single passage weighs about 1 (whatever the body's size) and one in every
    passage nearly 0."""
    scale = math.log(passages + 1) or 1.0
    return {word: min(1.0, math.log((passages + 1) / (count + 0.5)) / scale)
            for word, count in counts.items()}


def _words(text: str) -> set[str]:
    """The words matched, in the form highlighting compares them; bare numbers (list labels,
    years) say nothing of a subject."""
    return {word for word in query_terms(text) if not word.isdigit()}


def status(follow_up: dict | None) -> str:
    """What a commitment's status column and card say: "open", or "reported back (28 Nov
    2023, item 12)" from its follow-up's citation (the meeting it was reported back at)."""
    if follow_up is None:
        return "open"
    item = follow_up["agenda_item"]
    where = [date_short(follow_up["reported_on"]),
             f"item {item['number']}" if item and item["number"] != FRONT else None]
    shown = ", ".join(part for part in where if part)
    return f"reported back ({shown})" if shown else "reported back"
