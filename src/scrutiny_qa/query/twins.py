"""Twins: a passage published twice (minutes reprinted in the next pack, an appendix
attached to two reports) is shown once, at the copy whose citation tells the most; and an
agenda's listing of an item, when the item's own paper at the same meeting prints all it
says, is shown as that paper's passage (the paper is the authoritative text; the agenda
only repeats it)."""

from __future__ import annotations

from scrutiny_qa.query.fusion import Ranked
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.structure import FRONT
from scrutiny_qa.terms import word_set

# Passages whose word sets overlap this much are one passage published twice; an agenda
# passage this much of whose words another paper of its meeting prints in one passage is
# that paper's text listed.
DUPLICATE_OVERLAP = 0.8
AGENDA = "agenda pack"

Shown = list[tuple[int, float, list[int]]]  # (passage, score, its twins)


def collapse(conn: Database, ranked: Ranked, k: int) -> Shown:
    """The first `k` distinct passages, each with the ids of its near-duplicates.

    Of a passage published twice, the copy cited is the one with the fuller citation
    (an agenda item, a meeting and a printed page: the agenda pack rather than a loose
    reprint, the meeting's copy rather than one saved outside any meeting's folder). Of an
    agenda's listing and the paper printing all it says, the paper's passage is cited.
    """
    candidates = [chunk_id for chunk_id, _ in ranked[: k * 4]]
    marks = ",".join("?" * len(candidates))
    rows = {row["id"]: row for row in conn.execute(
        "SELECT c.id, c.text, c.item, c.page_label, c.document_id, c.vote, c.minute,"
        " c.page_seq, d.meeting_date, d.committee, d.council, d.doc_type "
        f"FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks})",
        candidates)}
    groups: list[list[int]] = []
    words: list[set[str]] = []
    listings: set[int] = set()  # agenda passages another paper's passage prints whole
    votes: dict[tuple, int] = {}  # (paper, (label, minute), page) -> the group showing it
    for position, chunk_id in enumerate(candidates):
        if position >= k * 2 and len(groups) == k:
            break  # a reprint ranks next to its original: twins further down are rare
        row = rows[chunk_id]
        vote = (row["document_id"], (row["vote"], row["minute"]), row["page_seq"]) \
            if row["vote"] else None
        if vote in votes:
            continue
        mine = word_set(row["text"])
        # the same vote (label and minute) in a reprint of the minutes is a twin,
        # whichever of its passages ranks
        twin = next((group for (document, label, _), group in votes.items()
                     if vote and label == vote[1] and document != vote[0]), None)
        if twin is None:
            twin = next((i for i, other in enumerate(words) if overlap(mine, other)), None)
        if twin is None:
            twin = _listed(row, mine, [rows[group[0]] for group in groups], words, listings)
        if twin is not None:
            groups[twin].append(chunk_id)
        elif len(groups) < k:
            twin = len(groups)
            groups.append([chunk_id])
            words.append(mine)
        if vote and twin is not None:
            votes[vote] = twin
    scores = dict(ranked)
    kept = []
    for group in groups:
        best = max(group, key=lambda c: (c not in listings, _citation_fullness(rows[c])))
        kept.append((best, scores[group[0]], [c for c in group if c != best]))
    return kept


def _records(row: Row) -> bool:
    """Whether a passage is of a meeting's record (minutes) rather than a paper put to it:
    minutes resolving a report's recommendation word for word are not the paper an agenda
    lists (the agenda's report is then the answer to what was recommended)."""
    return row["minute"] is not None or row["doc_type"] == "minutes"


def _citation_fullness(row: Row) -> tuple[int, int, int]:
    """How much a copy's citation tells: an agenda item, then its meeting, then a printed
    page."""
    return (int(row["item"] not in (None, FRONT)),
            int(row["meeting_date"] is not None) + int(row["committee"] is not None),
            int(row["page_label"] is not None))


def _listed(row: Row, mine: set[str], founders: list[Row], words: list[set[str]],
            listings: set[int]) -> int | None:
    """The group whose first passage and `row` are an agenda's listing and the passage of
    another paper of the same meeting, not its minutes (`_records`), that prints nearly all
    of it, if any; the listing is added to `listings`."""
    for group, (founder, theirs) in enumerate(zip(founders, words, strict=True)):
        if founder["document_id"] == row["document_id"] or row["meeting_date"] is None or \
                _records(founder) != _records(row) or \
                (founder["council"], founder["meeting_date"]) != (row["council"],
                                                                  row["meeting_date"]):
            continue
        for listing, listed, printing in ((founder, theirs, mine), (row, mine, theirs)):
            if listing["doc_type"] == AGENDA and listed and \
                    len(listed & printing) / len(listed) >= DUPLICATE_OVERLAP:
                listings.add(listing["id"])
                return group
    return None


def overlap(a: set[str], b: set[str]) -> bool:
    """Whether two passages' word sets (`terms.word_set`) make them one text published
    twice."""
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= DUPLICATE_OVERLAP
