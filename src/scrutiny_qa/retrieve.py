"""Retrieval: hybrid dense and keyword (BM25) search, fused by reciprocal rank, over any
index backend (through `storage.py`'s protocols: FAISS and FTS5, or pgvector and SQL).

Dense search finds passages that say the same thing in other words; BM25 finds the exact
names, numbers and phrases councillors type. Each ranks up to `pool` candidates under the
same filters, and reciprocal rank fusion merges the two lists without having to calibrate
their scores against each other. Further rankings join the fusion: candidates from the
meeting month a question names, candidates of the kind it asks for (a vote, a resolution),
the passages of a minute or decision it names by number, the sign-offs of the papers it is
about when it asks who wrote one, the top candidates re-ranked by how closely they hold the
question's rarer words, and the passages printing the resolutions and commitments that best
match a question about what was decided or asked for.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from scrutiny_qa.acronyms import Asked, asked_acronyms, other_forms, spelled_out
from scrutiny_qa.chunk import embedded_text
from scrutiny_qa.embed import Embedder
from scrutiny_qa.highlight import best_sentences, held_weight, query_terms, window_score
from scrutiny_qa.index import OpenIndex
from scrutiny_qa.metadata import DECISION_RECORD, document_name
from scrutiny_qa.rerank import Reranker
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.store import LIKE_ESCAPE, like_pattern, row_id
from scrutiny_qa.structure import FRONT
from scrutiny_qa.terms import (
    asked_kinds,
    content_words,
    decision_spellings,
    mentioned_months,
    mentioned_numbers,
    word_set,
)

# Reciprocal rank fusion: a small k lets a first place in one ranking count for much more
# than tenth places in several.
RRF_K = 10
# BM25's weights on a passage's own text and its context line (council, meeting, item): the
# context names what the passage is about, but is shared by every passage of its paper.
KEYWORD_WEIGHTS = (1.0, 0.4)
# Each ranking's weight in the fusion. The two retrievers ("dense": MiniLM by vector search;
# "keyword": BM25) weigh alike. The rankings built on them, each only for the questions
# it speaks to: "date", the candidates of the meeting month a question names; "kind", those
# of the kind an outcome question asks for (votes, resolutions); "vote", recorded votes by
# how well their labels (the motion, the tally, the result) match it; "signed", the
# sign-offs of the best candidates' papers when it asks who wrote one; "named", the
# passages of a minute or decision it names by number, an exact match of a number being the
# surest evidence; "window", the best candidates by how closely two consecutive sentences
# hold the question's rarer words; "record", the passages printing the resolutions and
# commitments that best match a question about what was decided or asked for; "cross", the
# cross-encoder's order when the close reading is asked for. What each adds across every
# public question set is measured by `scrutiny-qa eval --ablate` (EVALUATION.md); a signal
# that does not help across them does not stay.
WEIGHTS: dict[str, float] = {"dense": 1.0, "keyword": 1.0, "date": 1.0, "kind": 1.0,
                             "vote": 2.0, "signed": 2.0, "named": 2.0, "window": 1.0,
                             "record": 1.5, "cross": 2.0}
VOTE_DEPTH = 10  # how many of the best-matching votes' passages the vote ranking holds
SIGNED_DEPTH = 3  # how many of the best candidates lend their papers' sign-offs
RERANK_DEPTH = 30  # how many fused candidates the window ranking reorders
# Passages whose word sets overlap this much are one passage published twice (minutes
# reprinted in the next pack, an appendix attached to two reports): shown once.
DUPLICATE_OVERLAP = 0.8
# The close reading: the cross-encoder (rerank.Reranker) reads the first RERANK_TOP fused
# candidates and the dense retriever's first RERANK_DENSE, each passage with its context
# line. The dense ones are there because the fusion leans on words: a passage that answers
# in other words can rank high by meaning yet far down the fused list. Its order is fused
# with the fused order (at WEIGHTS["cross"]) rather than replacing it, since a model trained
# on web search misjudges some council passages; a record's passage still leads.
RERANK_TOP = 20
RERANK_DENSE = 20
# A passage that prints the resolution or commitment a question asks about is moved first
# if it already ranks within LEAD_WITHIN (so a poor record match never displaces an answer),
# and only if the question's own words or meaning find it: within the first LEAD_SUPPORT of
# the keyword or the dense ranking (a question using "decision" in passing must not have an
# unrelated resolution put first).
LEAD_WITHIN = 20
LEAD_SUPPORT = 30
# For a question about an outcome, the recorded vote whose label best matches it leads when
# the quick ranking has it within its first VOTE_LEAD_WITHIN: shown whole, it says whether
# the motion passed and who voted how, which the motion's own text does not.
VOTE_LEAD_WITHIN = 3
RARITY_CACHE = 20_000  # words whose rarity is remembered (a few MB at most)


@dataclass
class Filters:
    """Narrow a search to some documents; every field is optional."""

    council: str | None = None
    committee: str | None = None
    doc_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None  # document id, or a path (or the end of one)

    def where(self) -> tuple[str, list]:
        """SQL conditions on `documents d` for these filters."""
        clauses, args = [], []
        for column, value in (("council", self.council), ("committee", self.committee),
                              ("doc_type", self.doc_type)):
            if value:
                clauses.append(f"d.{column} LIKE ? {LIKE_ESCAPE}")
                args.append(like_pattern(value))
        if self.date_from:
            clauses.append("d.meeting_date >= ?")
            args.append(self.date_from)
        if self.date_to:
            clauses.append("d.meeting_date <= ?")
            args.append(self.date_to)
        if self.document:
            if (number := row_id(str(self.document))) is not None:
                clauses.append("d.id = ?")
                args.append(number)
            else:
                clauses.append(f"(d.path LIKE ? {LIKE_ESCAPE} OR d.title LIKE ? {LIKE_ESCAPE})")
                args += [like_pattern(self.document, suffix=""), like_pattern(self.document)]
        return (" AND ".join(clauses) or "1=1"), args

    def active(self) -> bool:
        return any(vars(self).values())


@dataclass
class RecordHint:
    """What the record (resolutions, commitments) says about a question: the passages
    printing its best-matching records, best record first, as a ranking to fuse; and those
    printing the single best record of each kind asked about, to lead the answer."""

    ranking: list[int] = field(default_factory=list)
    leaders: list[int] = field(default_factory=list)


@dataclass
class Result:
    """One ranked passage with its score, highlight and full citation."""

    chunk_id: int
    score: float
    text: str
    highlights: list[dict]
    citation: dict
    page_seq: int = 0
    similarity: float = 0.0  # cosine of question and passage: absolute, unlike the fused score
    ranks: dict = field(default_factory=dict)
    # the share of the question's words, weighted by rarity, that two consecutive sentences
    # of the passage hold (`highlight.window_score`): absolute too, and blind to meaning
    coverage: float = 0.0
    # the cross-encoder's logit for question and passage when it read them closely, else
    # None: absolute like `similarity`, and the surer judge of whether a passage answers
    relevance: float | None = None


class Searcher:
    """Answers questions against one open index with one embedder."""

    RANKINGS = ("hybrid", "keyword", "dense")

    def __init__(self, opened: OpenIndex, embedder: Embedder, pool: int = 100,
                 ranking: str = "hybrid", reranker: Reranker | None = None) -> None:
        """`ranking` other than "hybrid" uses one retriever alone (for comparisons);
        `reranker` serves searches that ask for re-ranking (the bundled one by default)."""
        if ranking not in self.RANKINGS:
            raise ValueError(f"ranking must be one of {', '.join(self.RANKINGS)}")
        # each ranking's weight in the fusion; the ablation sets one to 0 to measure it
        self.weights = dict(WEIGHTS)
        self.index, self.embedder, self.pool, self.ranking = opened, embedder, pool, ranking
        self.reranker = reranker or Reranker()
        self._helper = ThreadPoolExecutor(max_workers=4, thread_name_prefix="bm25")
        # (question, query vector, filters) -> what the record says; set by the record search
        self.records: Callable[[str, np.ndarray, Filters], RecordHint] | None = None
        # Each word's rarity, counted once: bounded, as a server lives through questions
        # of endless new words (a dict of every word ever asked grew without end).
        self._rarity = lru_cache(maxsize=RARITY_CACHE)(self._count_rarity)
        self.acronyms: dict[str, set[str]] = {}
        for row in self.conn.execute("SELECT DISTINCT short, long FROM acronyms"):
            self.acronyms.setdefault(row["short"], set()).add(row["long"])
        # The acronyms a question uses, read once per question (the keyword search, the
        # windows, the cross-encoder and the answer's "also searched" line all need them).
        self.asked: Callable[[str], tuple[Asked, ...]] = lru_cache(maxsize=256)(
            lambda question: tuple(asked_acronyms(question, self.acronyms)))

    @property
    def conn(self) -> Database:
        return self.index.conn

    def close(self) -> None:
        """Release the store and the keyword search's threads (a server closes a generation
        an ingest has replaced once its last request ends)."""
        self._helper.shutdown(wait=False)
        self.conn.close()

    def search(self, question: str, k: int = 5, filters: Filters | None = None,
               rerank: bool = False) -> list[Result]:
        """The `k` passages that best answer `question`, best first; `rerank` has the top
        candidates read again by the cross-encoder (better first answers, ~0.5 s slower)."""
        filters = filters or Filters()
        allowed = self._allowed_ids(filters) if filters.active() else None
        if allowed is not None and not len(allowed):
            return []
        query, rankings = self._retrieve(question, filters, allowed)
        leaders = self._rank_further(question, query, filters, allowed, rankings)
        ranked = fuse(list(rankings.values()))
        leaders += self._vote_lead(rankings["vote"][0], ranked)
        relevance = self._crossed(question, _read_closely(ranked, rankings["dense"][0])) \
            if rerank else {}
        crossed = sorted(relevance, key=lambda chunk_id: -relevance[chunk_id])
        if crossed:
            ranked = fuse([([chunk_id for chunk_id, _ in ranked], 1.0),
                           (crossed, self.weights["cross"])])
        ranks = {name: _positions(ids) for name, (ids, _) in rankings.items()}
        ranks["cross"] = _positions(crossed)
        return self._results(question, query, self._collapse(_lead(ranked, leaders), k), ranks,
                             relevance)

    def also_searched(self, question: str) -> list[str]:
        """The other forms of the acronyms a question uses ("EIA" for "equality impact
        assessment") that its keyword search matches too: shown with the answers, so that a
        passage saying only "EIA" is no puzzle to the reader."""
        return other_forms(self.asked(question))

    def candidates(self, question: str) -> dict[str, list[int]]:
        """Each retriever's own ranking of up to `pool` passages, before any fusion: what the
        rankings built on them can at best choose from (`scrutiny-qa eval --recall`)."""
        _, rankings = self._retrieve(question, Filters(), None)
        return {name: ids for name, (ids, _) in rankings.items()}

    def _retrieve(self, question: str, filters: Filters, allowed: np.ndarray | None
                  ) -> tuple[np.ndarray, dict[str, tuple[list[int], float]]]:
        """The question's embedding, and the dense and keyword rankings with their fusion
        weights (the question searched with the other forms of its acronyms too)."""
        extra = self.also_searched(question)
        expanded = f"{question} ({', '.join(extra)})" if extra else question
        # BM25 runs on a helper thread while the question is encoded (on one thread): SQLite
        # and torch both release the GIL, so on two cores the keyword search costs no time.
        # (Scoring sentence windows there too was measured slower: regex scans hold the GIL
        # and stall the encode's Python between operators.)
        pending = self._helper.submit(self.keyword, question, filters, extra) \
            if self.ranking != "dense" else None
        query = self.embedder.encode_query(expanded)
        return query, {
            "dense": (self.dense(query, allowed) if self.ranking != "keyword" else [],
                      self.weights["dense"]),
            "keyword": (pending.result() if pending else [], self.weights["keyword"])}

    def _rank_further(self, question: str, query: np.ndarray, filters: Filters,
                      allowed: np.ndarray | None,
                      rankings: dict[str, tuple[list[int], float]]) -> list[int]:
        """Add to the retrievers' `rankings` those built on them: the month, kind, minute or
        decision a question names; the recorded votes whose labels match a question about an
        outcome; the best sentence windows; the passages printing the
        records it asks about; the sign-offs of the papers it asks the author of. Returns the
        passages that should lead (`_lead`): the first sign-off, then the best record's,
        where the keyword or dense ranking finds them too (the best-matching vote follows,
        `_vote_lead`, once the rankings are fused)."""
        ranked = fuse(list(rankings.values()))
        kinds = asked_kinds(question)
        dated, typed = self._matching(ranked, mentioned_months(question), kinds)
        weight = self.weights
        rankings["date"] = (dated, weight["date"])
        rankings["kind"] = (typed, weight["kind"])
        rankings["named"] = (self._named(question, ranked, query, allowed), weight["named"])
        hybrid = self.ranking == "hybrid"
        signed = _permitted(self._signed(ranked), allowed) \
            if hybrid and "sign-off" in kinds else []
        votes = self._votes(question, allowed) if hybrid and "vote" in kinds else []
        rankings["vote"] = (votes, weight["vote"])
        rankings["signed"] = (signed, weight["signed"])
        top = fuse(list(rankings.values()))[:RERANK_DEPTH]
        rankings["window"] = (self._windows(question, top) if hybrid else [], weight["window"])
        hint = self.records(question, query, filters) if self.records and hybrid \
            else RecordHint()
        rankings["record"] = (_permitted(hint.ranking, allowed), weight["record"])
        found = {chunk_id for name in ("dense", "keyword")
                 for chunk_id in rankings[name][0][:LEAD_SUPPORT]}
        return signed[:1] + [chunk_id for chunk_id in hint.leaders if chunk_id in found]

    def _vote_lead(self, votes: list[int], ranked: list[tuple[int, float]]) -> list[int]:
        """The passage of the best-matching vote (its passages share its context line) that
        ranks highest in the fused order `ranked`, if within its first VOTE_LEAD_WITHIN: it
        leads after the sign-off and the record (`_lead`)."""
        if not votes:
            return []
        best = self._vote_labels[votes[0]][0]
        near = [chunk_id for chunk_id, _ in ranked[:VOTE_LEAD_WITHIN]]
        return [chunk_id for chunk_id in near
                if chunk_id in self._vote_labels and self._vote_labels[chunk_id][0] == best][:1]

    def _votes(self, question: str, allowed: np.ndarray | None) -> list[int]:
        """Passages of recorded votes by how much of the question their context lines (the
        vote's label, the paper, the minute) hold, its words weighted by rarity and a long
        line discounted as BM25 discounts a long text (k1 1.2, b 0.75): a vote's passages are
        mostly lists of names, so neither retriever finds them, while the label names the
        motion voted on and its result. (FTS5's own BM25, restricted to the votes, scored
        alike but took 40-70 ms: it ranks every passage holding any of the question's words
        before the restriction applies.)"""
        weights = self._weights(question)
        scores = {chunk_id: held_weight(weights, label) / discount
                  for chunk_id, (label, discount) in self._vote_labels.items()}
        ranked = sorted((chunk_id for chunk_id, score in scores.items() if score > 0),
                        key=lambda chunk_id: -scores[chunk_id])
        return _permitted(ranked, allowed)[:VOTE_DEPTH]

    @cached_property
    def _vote_labels(self) -> dict[int, tuple[str, float]]:
        """Each passage of a recorded vote with its context line and that line's BM25 length
        discount (its distinct words but stop words against the mean), worked out once: an
        open index does not change."""
        lines = {row["id"]: row["context"] for row in self.conn.execute(
            "SELECT id, context FROM chunks WHERE kind = 'vote' ORDER BY id")}
        lengths = {chunk_id: len(word_set(line)) for chunk_id, line in lines.items()}
        mean = sum(lengths.values()) / max(len(lengths), 1) or 1.0
        return {chunk_id: (line, 1 + 1.2 * (0.25 + 0.75 * lengths[chunk_id] / mean))
                for chunk_id, line in lines.items()}

    def _windows(self, question: str, top: list[tuple[int, float]]) -> list[int]:
        """`top` re-ranked by the best window of consecutive sentences (window_score), the
        question's terms weighted by their rarity in the index; a passage's acronyms count
        as the question's words where the question writes them in full (`spelled_out`)."""
        if not top:
            return []
        weights = self._weights(question)
        ids = [chunk_id for chunk_id, _ in top]
        marks = ",".join("?" * len(ids))
        texts = {row["id"]: row["text"] for row in self.conn.execute(
            f"SELECT id, text FROM chunks WHERE id IN ({marks})", ids)}
        asked = self.asked(question)
        scores = {chunk_id: window_score(weights, spelled_out(texts[chunk_id], asked))
                  for chunk_id in ids}
        return sorted(ids, key=lambda chunk_id: -scores[chunk_id])

    def _crossed(self, question: str, ids: list[int]) -> dict[int, float]:
        """The cross-encoder's score of each of `ids`, each passage read with its context line
        (title, item, minute) as it is embedded, and with the acronyms it shares with the
        question spelled out as the question spells them (`spelled_out`)."""
        marks = ",".join("?" * len(ids))
        rows = {row["id"]: row for row in self.conn.execute(
            f"SELECT id, context, text FROM chunks WHERE id IN ({marks})", ids)}
        asked = self.asked(question)
        scores = self.reranker.scores(question, [
            spelled_out(embedded_text(rows[c]["context"], rows[c]["text"]), asked)
            for c in ids])
        return {chunk_id: float(score) for chunk_id, score in zip(ids, scores, strict=True)}

    def _weights(self, question: str) -> dict[str, float]:
        """The question's terms (as `query_terms` gives them), each weighted by its rarity."""
        return {term: self._rarity(word) for term, word in query_terms(question).items()}

    def _count_rarity(self, word: str) -> float:
        """Inverse document frequency of `word` over the passages (as FTS5 matches it)."""
        found = self.conn.lexical.matches("chunks", word)
        return math.log(1 + self.index.vectors.count() / (found + 1))

    def _signed(self, ranked: list[tuple[int, float]]) -> list[int]:
        """The sign-offs of the papers the best candidates stand in, in their order: who
        wrote a report is found by what the report says, not by the signature's words."""
        top = [chunk_id for chunk_id, _ in ranked[:SIGNED_DEPTH]]
        if not top:
            return []
        marks = ",".join("?" * len(top))
        order = {}
        for row in self.conn.execute(
                f"SELECT id, document_id, item FROM chunks WHERE id IN ({marks})", top):
            order.setdefault((row["document_id"], row["item"]), top.index(row["id"]))
        docs = sorted({document_id for document_id, _ in order})
        signed = self.conn.execute(
            f"SELECT id, document_id, item FROM chunks WHERE kind = 'sign-off'"
            f" AND document_id IN ({','.join('?' * len(docs))}) ORDER BY ord", docs)
        found = [(order[key], row["id"]) for row in signed
                 if (key := (row["document_id"], row["item"])) in order]
        return [chunk_id for _, chunk_id in sorted(found, key=lambda pair: pair[0])]

    def _matching(self, ranked: list[tuple[int, float]], months: set[str],
                  kinds: set[str]) -> tuple[list[int], list[int]]:
        """Candidates from the meeting month the question names, and candidates of the kind
        it asks for (a vote, a resolution), each in fused order; when the named month has
        candidates, only its votes and resolutions count as the kind asked for."""
        if not months and not kinds:
            return [], []
        ids = [chunk_id for chunk_id, _ in ranked[: self.pool]]
        marks = ",".join("?" * len(ids))
        rows = {row["id"]: row for row in self.conn.execute(
            f"SELECT id, date, kind FROM chunks WHERE id IN ({marks})", ids)}
        dated = [c for c in ids if months and (rows[c]["date"] or "")[:7] in months]
        typed = [c for c in ids if rows[c]["kind"] in kinds]
        if dated:
            in_month = set(dated)
            typed = [c for c in typed if c in in_month]
        return dated, typed

    def _named(self, question: str, ranked: list[tuple[int, float]], query: np.ndarray,
               allowed: np.ndarray | None) -> list[int]:
        """Passages of the minute, or of the decision's papers, that a question names by
        number: the record of decision itself first (the authoritative statement of what was
        decided), then those among the fused candidates, in fused order, then the rest by
        similarity to the question (a minute is found even if no retriever ranked it)."""
        minutes, decisions = mentioned_numbers(question)
        if not minutes and not decisions:
            return []
        clauses, args = [], []
        if minutes:
            clauses.append(f"minute IN ({','.join('?' * len(minutes))})")
            args += sorted(minutes)
        for number in sorted(decisions):
            clauses.append("(context LIKE ? OR context LIKE ?)")
            args += [f"%{form}%" for form in decision_spellings(number)]
        own = {row[0]: row[1] == DECISION_RECORD for row in self.conn.execute(
            "SELECT c.id, d.doc_type FROM chunks c JOIN documents d ON d.id = c.document_id"
            f" WHERE {' OR '.join(clauses)}", args)}
        own = {c: own[c] for c in _permitted(list(own), allowed)}
        order = {chunk_id: rank for rank, (chunk_id, _) in enumerate(ranked)}
        inside = sorted((c for c in own if c in order), key=order.__getitem__)
        outside = sorted((c for c in own if c not in order),
                         key=lambda c: -float(self.index.vectors.vector(c) @ query))
        return sorted(inside + outside, key=lambda c: not own[c])[: self.pool]

    def _collapse(self, ranked: list[tuple[int, float]], k: int) -> list[tuple[int, float, list]]:
        """The first `k` distinct passages, each with the ids of its near-duplicates.

        Of a passage published twice, the copy cited is the one with the fuller citation
        (an agenda item, a meeting and a printed page: the agenda pack rather than a loose
        reprint, the meeting's copy rather than one saved outside any meeting's folder).
        """
        candidates = [chunk_id for chunk_id, _ in ranked[: k * 4]]
        marks = ",".join("?" * len(candidates))
        rows = {row["id"]: row for row in self.conn.execute(
            "SELECT c.id, c.text, c.item, c.page_label, c.document_id, c.vote, c.minute,"
            " c.page_seq, d.meeting_date, d.committee "
            f"FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks})",
            candidates)}
        groups: list[list[int]] = []
        words: list[set[str]] = []
        votes: dict[tuple, int] = {}  # (paper, (label, minute), page) -> the group showing it
        scores = dict(ranked)
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
                twin = next((i for i, other in enumerate(words) if _overlap(mine, other)), None)
            if twin is not None:
                groups[twin].append(chunk_id)
            elif len(groups) < k:
                twin = len(groups)
                groups.append([chunk_id])
                words.append(mine)
            if vote and twin is not None:
                votes[vote] = twin
        kept = []
        for group in groups:
            best = max(group, key=lambda c: _citation_fullness(rows[c]))
            kept.append((best, scores[group[0]], [c for c in group if c != best]))
        return kept

    def dense(self, query: np.ndarray, allowed: np.ndarray | None = None) -> list[int]:
        """Passage ids by cosine similarity to the question's embedding `query`."""
        return self.index.vectors.search(query, self.pool, allowed)

    def keyword(self, question: str, filters: Filters | None = None,
                extra: list[str] | None = None) -> list[int]:
        """Passage ids by BM25 over passage text (and, at lower weight, its context);
        `extra` phrases (other forms of the question's acronyms) are matched too."""
        filters = filters or Filters()
        return self.conn.lexical.search(
            "chunks", lexical_terms(question, extra or []), KEYWORD_WEIGHTS, self.pool,
            filters.where() if filters.active() else None)

    def _allowed_ids(self, filters: Filters) -> np.ndarray:
        where, args = filters.where()
        rows = self.conn.execute(
            f"SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE {where}",
            args,
        ).fetchall()
        return np.array([row["id"] for row in rows], dtype=np.int64)

    def _results(self, question: str, query: np.ndarray, top: list[tuple[int, float, list]],
                 ranks: dict, relevance: dict[int, float]) -> list[Result]:
        results = []
        weights = self._weights(question)
        total = math.fsum(weights.values()) or 1.0
        shown: dict[int, frozenset[str]] = {}  # per document: sentences already offered
        for chunk_id, score, twins in top:
            row, citation = self._cite(chunk_id)
            citation["also_in"] = [self._cite(twin)[1] for twin in twins]
            text = self._whole_vote(row) if row["vote"] else row["text"]
            seen = shown.get(row["document_id"], frozenset())
            highlights = best_sentences(question, text, shown=seen)
            shown[row["document_id"]] = seen | {h["text"] for h in highlights[:1]}
            results.append(Result(
                chunk_id=chunk_id, score=round(score, 6), text=text,
                highlights=highlights, citation=citation,
                page_seq=row["page_seq"],
                similarity=round(float(self.index.vectors.vector(chunk_id) @ query), 4),
                ranks={name: r.get(chunk_id) for name, r in ranks.items()},
                coverage=round(window_score(weights, text) / total, 4),
                relevance=_rounded(relevance.get(chunk_id)),
            ))
        return results

    def _whole_vote(self, row: Row) -> str:
        """All of a recorded vote that its passage's page prints: the motion put, the names
        for, against and abstaining, the outcome. A long tally fills several passages, each
        a list of names that answers nothing alone; shown whole it is one answer, still on
        one page (a vote running onto the next page is shown there as another)."""
        parts = self.conn.execute(
            "SELECT text, repeats FROM chunks WHERE document_id=? AND vote=? AND page_seq=?"
            " ORDER BY ord", (row["document_id"], row["vote"], row["page_seq"])).fetchall()
        return _join_passages([(part["text"], part["repeats"]) for part in parts])

    def _cite(self, chunk_id: int) -> tuple[Row, dict]:
        """A passage's row and its citation (with the paths of byte-identical copies)."""
        row = self.conn.execute(CHUNK_SQL, (chunk_id,)).fetchone()
        aliases = [r["path"] for r in self.conn.execute(
            "SELECT path FROM aliases WHERE document_id=? ORDER BY path", (row["document_id"],))]
        return row, citation_of(row, aliases)


CHUNK_SQL = """
SELECT c.*, d.path, d.sha256, d.title, d.council, d.committee, d.meeting_date, d.doc_type,
  it.first_label AS item_first_label, it.last_label AS item_last_label
FROM chunks c JOIN documents d ON d.id = c.document_id
LEFT JOIN items it ON it.document_id = c.document_id AND it.number = c.item WHERE c.id = ?
"""


def citation_of(row: Row, aliases: list[str]) -> dict:
    """Everything a reader needs to check a passage at its source."""
    return {
        "document_id": row["document_id"],
        "path": row["path"],
        "sha256": row["sha256"],
        "aliases": aliases,
        "title": row["title"],
        "document_name": document_name(row["title"], row["doc_type"]),
        "council": row["council"],
        "committee": row["committee"],
        "meeting_date": row["meeting_date"],
        "doc_type": row["doc_type"],
        "agenda_item": ({"number": row["item"], "title": row["item_title"],
                         "printed_pages": printed_pages(row)} if row["item"] else None),
        "page": row["page"],
        "page_label": row["page_label"],
        "minute": ({"number": row["minute"], "heading": row["minute_heading"],
                    "meeting_date": row["date"]}
                   if row["minute_heading"] else None),
        "kind": row["kind"],
        "vote": row["vote"],  # what a recorded vote's passage of names decided
        "question": row["question"],  # the member's question an answer answers
    }


def printed_pages(row: Row) -> dict | None:
    """The pages the paper's own agenda prints its item on ("Pages 27 - 70"): the page a
    text source, which keeps no page numbers, is cited at. Not another paper's agenda: a
    report published alone is not on the pack's pages."""
    if row["item_first_label"] is None:
        return None
    return {"first": row["item_first_label"],
            "last": row["item_last_label"] or row["item_first_label"]}


def lexical_terms(question: str, phrases: list[str] = ()) -> list[str]:
    """What a keyword search matches: any content word of the question (BM25 ranks by how
    many), or any of `phrases`."""
    return [*content_words(question), *phrases]


def fuse(rankings: list[tuple[list[int], float]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: each list adds weight/(k + rank) to the ids it ranks;
    returns (id, score) best first."""
    scores: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, chunk_id in enumerate(ranking, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


def _citation_fullness(row: Row) -> tuple[int, int, int]:
    """How much a copy's citation tells: an agenda item, then its meeting, then a printed
    page."""
    return (int(row["item"] not in (None, FRONT)),
            int(row["meeting_date"] is not None) + int(row["committee"] is not None),
            int(row["page_label"] is not None))


def _overlap(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= DUPLICATE_OVERLAP


def _join_passages(parts: list[tuple[str, int]]) -> str:
    """Consecutive passages, each with how many of its first characters repeat the end of
    the one before (the overlap that carries a paragraph across a passage break), as one
    text: the overlap is read once, and a passage that repeats nothing starts a new line."""
    joined = ""
    for text, repeats in parts:
        joined += text[repeats:] if joined and repeats else ("\n" if joined else "") + text
    return joined


def _permitted(ids: list[int], allowed: np.ndarray | None) -> list[int]:
    """`ids` that the search's filters allow (all of them when there are no filters)."""
    if allowed is None:
        return ids
    permitted = set(allowed.tolist())
    return [chunk_id for chunk_id in ids if chunk_id in permitted]


def _read_closely(ranked: list[tuple[int, float]], dense: list[int]) -> list[int]:
    """The candidates the cross-encoder reads: the fused top, then the dense top it lacks."""
    ids = [chunk_id for chunk_id, _ in ranked[:RERANK_TOP]]
    chosen = set(ids)
    return ids + [chunk_id for chunk_id in dense[:RERANK_DENSE] if chunk_id not in chosen]


def _lead(ranked: list[tuple[int, float]], leaders: list[int]) -> list[tuple[int, float]]:
    """Move the first of `leaders` that ranks within LEAD_WITHIN to the top."""
    if not ranked or not leaders:
        return ranked
    top = {chunk_id for chunk_id, _ in ranked[:LEAD_WITHIN]}
    lead = next((chunk_id for chunk_id in leaders if chunk_id in top), None)
    if lead is None or lead == ranked[0][0]:
        return ranked
    rest = [(chunk_id, score) for chunk_id, score in ranked if chunk_id != lead]
    return [(lead, ranked[0][1] + 1e-6), *rest]


def page_links(doc_id: int, page: int | None, page_seq: int) -> dict:
    """Where a reader checks a citation: the file (at its PDF page) and the page's text."""
    link = f"/api/documents/{doc_id}/file"
    return {"document": link, "page": f"{link}#page={page}" if page else link,
            "page_text": f"/api/documents/{doc_id}/pages/{page_seq + 1}"}


def _rounded(score: float | None) -> float | None:
    return None if score is None else round(score, 4)


def _positions(ranking: list[int]) -> dict[int, int]:
    return {chunk_id: rank for rank, chunk_id in enumerate(ranking, start=1)}
