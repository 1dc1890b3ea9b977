"""Signals: rankings built on the retrievers' candidates, each for the questions it speaks to.

A signal reads the question (its words, their rarity, its embedding, the kinds of answer it
asks for) and the fused order so far, and returns a ranking of passage ids to join the
fusion (fusion.py), and possibly passages that should lead the answer. Each is a plain
function registered in SIGNALS under the name its fusion weight has (`fusion.WEIGHTS`); the
ablation (`scrutiny-qa eval --ablate`) turns each off by that name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from scrutiny_qa.acronyms import Asked, spelled_out
from scrutiny_qa.highlight import held_weight, window_score
from scrutiny_qa.metadata import DECISION_RECORD
from scrutiny_qa.query.filters import Filters, permitted
from scrutiny_qa.query.fusion import Ranked
from scrutiny_qa.storage import Database, VectorIndex
from scrutiny_qa.terms import (
    asks_when,
    decision_spellings,
    mentioned_items,
    mentioned_months,
    mentioned_numbers,
    names_a_time,
    word_set,
)

VOTE_DEPTH = 10  # how many of the best-matching votes' passages the vote ranking holds
SIGNED_DEPTH = 3  # how many of the best candidates lend their papers' sign-offs
WINDOW_DEPTH = 30  # how many fused candidates the window ranking reorders
# A record's passage leads only if the question's own words or meaning find it: within the
# first LEAD_SUPPORT of the keyword or the dense ranking (a question using "decision" in
# passing must not have an unrelated resolution put first).
LEAD_SUPPORT = 30
# For a question about an outcome, the recorded vote whose label best matches it leads when
# the quick ranking has it within its first VOTE_LEAD_WITHIN: shown whole, it says whether
# the motion passed and who voted how, which the motion's own text does not.
VOTE_LEAD_WITHIN = 3


@dataclass
class RecordHint:
    """What the record (resolutions, commitments) says about a question: the passages
    printing its best-matching records, best record first, as a ranking to fuse; and those
    printing the single best record of each kind asked about, to lead the answer."""

    ranking: list[int] = field(default_factory=list)
    leaders: list[int] = field(default_factory=list)


# (question, its vector, its filters, the kinds it asks for: `Question.kinds`)
RecordLookup = Callable[[str, np.ndarray, Filters, set[str]], RecordHint]
VoteLabels = dict[int, tuple[str, float]]  # passage -> (its vote's label, BM25 discount)


@dataclass
class Question:
    """One question as the signals read it, worked out once per search."""

    text: str
    vector: np.ndarray
    filters: Filters
    allowed: np.ndarray | None  # the passages the filters allow; None: all
    kinds: set[str]  # what it asks for: "vote", "resolution", "sign-off" … (terms.asked_kinds)
    weights: dict[str, float]  # its terms, each weighted by its rarity in the index
    asked: tuple[Asked, ...]  # the acronyms it uses
    rankings: dict[str, list[int]] = field(default_factory=dict)  # every ranking so far


@dataclass
class Sources:
    """What the signals read besides the question: the index, and the record's lookup."""

    conn: Database
    vectors: VectorIndex
    pool: int
    records: RecordLookup | None
    vote_labels: Callable[[], VoteLabels]


@dataclass
class Found:
    ranking: list[int] = field(default_factory=list)
    leaders: list[int] = field(default_factory=list)


def by_month(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """Candidates from the meeting month the question names, in fused order."""
    months = mentioned_months(question.text)
    if not months:
        return Found()
    dates = _column(sources, ranked, "date")
    return Found([c for c, date in dates.items() if (date or "")[:7] in months])


def by_kind(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """Candidates of the kind the question asks for (a vote, a resolution, a report's
    recommendations), in fused order; when the month it names has candidates (the "date"
    signal's, worked out before this one), only that month's count."""
    if not question.kinds:
        return Found()
    typed = [c for c, kind in _column(sources, ranked, "kind").items() if kind in question.kinds]
    in_month = set(question.rankings.get("date", []))
    return Found([c for c in typed if c in in_month] if in_month else typed)


def timed(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """For a question asking when, the candidates that name a point in time (a day, a month
    of a year, a term), in fused order: a passage about the same thing that names no time
    does not answer it."""
    if not asks_when(question.text):
        return Found()
    texts = _column(sources, ranked, "text")
    return Found([chunk_id for chunk_id, text in texts.items() if names_a_time(text or "")])


def named(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """Passages of the minute, or of the decision's papers, that a question names by
    number: the record of decision itself first (the authoritative statement of what was
    decided), then those among the fused candidates, in fused order, then the rest by
    similarity to the question (a minute is found even if no retriever ranked it)."""
    minutes, decisions = mentioned_numbers(question.text)
    if not minutes and not decisions:
        return Found()
    clauses, args = [], []
    if minutes:
        clauses.append(f"minute IN ({','.join('?' * len(minutes))})")
        args += sorted(minutes)
    for number in sorted(decisions):
        clauses.append("(context LIKE ? OR context LIKE ?)")
        args += [f"%{form}%" for form in decision_spellings(number)]
    own = {row[0]: row[1] == DECISION_RECORD for row in sources.conn.execute(
        "SELECT c.id, d.doc_type FROM chunks c JOIN documents d ON d.id = c.document_id"
        f" WHERE {' OR '.join(clauses)}", args)}
    found = _fused_then_similar(sources, question, ranked, permitted(list(own),
                                                                      question.allowed))
    return Found(sorted(found, key=lambda c: not own[c])[: sources.pool])


def by_item(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """Passages of the agenda item a question names by label ("item E-1", "agenda item 5"),
    in the papers the fused candidates come from: every meeting has an item 5, so the
    question's words (and its month, through the other signals) say which meeting's; those
    among the candidates in fused order, then the rest by similarity to the question."""
    labels = mentioned_items(question.text)
    if not labels:
        return Found()
    papers = set(_column(sources, ranked, "document_id").values())
    if not papers:
        return Found()
    marks, holes = ",".join("?" * len(labels)), ",".join("?" * len(papers))
    ids = [row[0] for row in sources.conn.execute(
        f"SELECT id FROM chunks WHERE item IN ({marks}) AND document_id IN ({holes})",
        [*sorted(labels), *sorted(papers)])]
    found = _fused_then_similar(sources, question, ranked, permitted(ids, question.allowed))
    return Found(found[: sources.pool])


def _fused_then_similar(sources: Sources, question: Question, ranked: Ranked,
                        ids: list[int]) -> list[int]:
    """`ids` among the fused candidates in fused order, then the rest by similarity to the
    question (a passage a question names is found even if no retriever ranked it)."""
    order = {chunk_id: rank for rank, (chunk_id, _) in enumerate(ranked)}
    inside = sorted((c for c in ids if c in order), key=order.__getitem__)
    outside = sorted((c for c in ids if c not in order),
                     key=lambda c: -float(sources.vectors.vector(c) @ question.vector))
    return inside + outside


def votes(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """Passages of recorded votes by how much of the question their context lines (the
    vote's label, the paper, the minute) hold, its words weighted by rarity and a long
    line discounted as BM25 discounts a long text (k1 1.2, b 0.75): a vote's passages are
    mostly lists of names, so neither retriever finds them, while the label names the
    motion voted on and its result. (FTS5's own BM25, restricted to the votes, scored
    alike but took 40-70 ms: it ranks every passage holding any of the question's words
    before the restriction applies.)"""
    if "vote" not in question.kinds:
        return Found()
    scores = {chunk_id: held_weight(question.weights, label) / discount
              for chunk_id, (label, discount) in sources.vote_labels().items()}
    best = sorted((chunk_id for chunk_id, score in scores.items() if score > 0),
                  key=lambda chunk_id: -scores[chunk_id])
    return Found(permitted(best, question.allowed)[:VOTE_DEPTH])


def vote_lead(labels: VoteLabels, best_votes: list[int], ranked: Ranked) -> list[int]:
    """The passage of the best-matching vote (its passages share its context line) that
    ranks highest in the fused order `ranked`, if within its first VOTE_LEAD_WITHIN: it
    leads after the sign-off and the record."""
    if not best_votes:
        return []
    best = labels[best_votes[0]][0]
    near = [chunk_id for chunk_id, _ in ranked[:VOTE_LEAD_WITHIN]]
    return [chunk_id for chunk_id in near
            if chunk_id in labels and labels[chunk_id][0] == best][:1]


def vote_labels(conn: Database) -> VoteLabels:
    """Each passage of a recorded vote with its context line and that line's BM25 length
    discount (its distinct words but stop words against the mean)."""
    lines = {row["id"]: row["context"] for row in conn.execute(
        "SELECT id, context FROM chunks WHERE kind = 'vote' ORDER BY id")}
    lengths = {chunk_id: len(word_set(line)) for chunk_id, line in lines.items()}
    mean = sum(lengths.values()) / max(len(lengths), 1) or 1.0
    return {chunk_id: (line, 1 + 1.2 * (0.25 + 0.75 * lengths[chunk_id] / mean))
            for chunk_id, line in lines.items()}


def signed(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """The sign-offs of the papers the best candidates stand in, in their order, the first
    leading: who wrote a report is found by what the report says, not by the signature's
    words."""
    top = [chunk_id for chunk_id, _ in ranked[:SIGNED_DEPTH]]
    if "sign-off" not in question.kinds or not top:
        return Found()
    marks = ",".join("?" * len(top))
    order = {}
    for row in sources.conn.execute(
            f"SELECT id, document_id, item FROM chunks WHERE id IN ({marks})", top):
        order.setdefault((row["document_id"], row["item"]), top.index(row["id"]))
    docs = sorted({document_id for document_id, _ in order})
    rows = sources.conn.execute(
        f"SELECT id, document_id, item FROM chunks WHERE kind = 'sign-off'"
        f" AND document_id IN ({','.join('?' * len(docs))}) ORDER BY ord", docs)
    found = [(order[key], row["id"]) for row in rows
             if (key := (row["document_id"], row["item"])) in order]
    ranking = permitted([c for _, c in sorted(found, key=lambda pair: pair[0])],
                        question.allowed)
    return Found(ranking, ranking[:1])


def windows(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """The first WINDOW_DEPTH of the fused order re-ranked by their best window of
    consecutive sentences (highlight.window_score), the question's terms weighted by their
    rarity; a passage's acronyms count as the question's words where the question writes
    them in full (`spelled_out`)."""
    ids = [chunk_id for chunk_id, _ in ranked[:WINDOW_DEPTH]]
    if not ids:
        return Found()
    marks = ",".join("?" * len(ids))
    texts = {row["id"]: row["text"] for row in sources.conn.execute(
        f"SELECT id, text FROM chunks WHERE id IN ({marks})", ids)}
    scores = {chunk_id: window_score(question.weights, spelled_out(texts[chunk_id],
                                                                   question.asked))
              for chunk_id in ids}
    return Found(sorted(ids, key=lambda chunk_id: -scores[chunk_id]))


def record(sources: Sources, question: Question, ranked: Ranked) -> Found:
    """The passages printing the resolutions and commitments that best match a question
    about what was decided or asked for; the best record's lead where the keyword or dense
    ranking finds them too."""
    if sources.records is None:
        return Found()
    hint = sources.records(question.text, question.vector, question.filters, question.kinds)
    found = {chunk_id for name in ("dense", "keyword")
             for chunk_id in question.rankings.get(name, [])[:LEAD_SUPPORT]}
    return Found(permitted(hint.ranking, question.allowed),
                 [chunk_id for chunk_id in hint.leaders if chunk_id in found])


@dataclass(frozen=True)
class Signal:
    """A ranking built on the retrievers': `find` sees the retrievers' fused order, or, if
    it `refines`, the fusion of every ranking before it; `hybrid` ones run only when both
    retrievers do (a one-retriever comparison measures that retriever)."""

    name: str
    find: Callable[[Sources, Question, Ranked], Found]
    refines: bool = False
    hybrid: bool = False


# In the order they are worked out; a refining signal sees all those before it.
SIGNALS = (Signal("date", by_month), Signal("kind", by_kind), Signal("when", timed),
           Signal("named", named), Signal("item", by_item),
           Signal("vote", votes, hybrid=True), Signal("signed", signed, hybrid=True),
           Signal("window", windows, refines=True, hybrid=True),
           Signal("record", record, hybrid=True))


def _column(sources: Sources, ranked: Ranked, column: str) -> dict[int, str | None]:
    """One column of the first `pool` fused candidates, in fused order."""
    ids = [chunk_id for chunk_id, _ in ranked[: sources.pool]]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    values = {row["id"]: row[column] for row in sources.conn.execute(
        f"SELECT id, {column} FROM chunks WHERE id IN ({marks})", ids)}
    return {chunk_id: values[chunk_id] for chunk_id in ids}
