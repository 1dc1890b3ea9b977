"""Retrieval: hybrid dense and keyword (BM25) search over any index backend (through
`storage.py`'s protocols: FAISS and FTS5, or pgvector and SQL), and the `Searcher` that
runs a question through the query path's steps (`query/`).

Dense search finds passages that say the same thing in other words; BM25 finds the exact
names, numbers and phrases councillors type. Each ranks up to `pool` candidates under the
same filters. Then, in order: the signals built on those candidates (`query.signals`: the
meeting month, kind, minute or decision a question names, recorded votes, sign-offs,
sentence windows, the record), their fusion by reciprocal rank and the passages that lead
it (`query.fusion`), the cross-encoder's close reading when asked for
(`query.close_reading`), twins shown once (`query.twins`) and each passage cited
(`query.present`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property, lru_cache

import numpy as np

from scrutiny_qa.acronyms import Asked, asked_acronyms, other_forms
from scrutiny_qa.embed import Embedder
from scrutiny_qa.highlight import query_terms
from scrutiny_qa.index import OpenIndex
from scrutiny_qa.query import close_reading
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.query.fusion import WEIGHTS, fuse, lead, positions
from scrutiny_qa.query.present import Result, results
from scrutiny_qa.query.signals import (
    SIGNALS,
    Found,
    Question,
    RecordLookup,
    Sources,
    VoteLabels,
    vote_labels,
    vote_lead,
)
from scrutiny_qa.query.twins import collapse
from scrutiny_qa.rerank import Reranker
from scrutiny_qa.storage import Database
from scrutiny_qa.terms import asked_kinds, content_words

# BM25's weights on a passage's own text and its context line (council, meeting, item): the
# context names what the passage is about, but is shared by every passage of its paper.
KEYWORD_WEIGHTS = (1.0, 0.4)
# The signals whose passages may lead the answer, in the order they claim the lead (the
# best-matching vote follows them, once every ranking is fused: `signals.vote_lead`).
LEADERS = ("signed", "record")
RARITY_CACHE = 20_000  # words whose rarity is remembered (a few MB at most)

__all__ = ["Filters", "Result", "Searcher", "lexical_terms"]


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
        self.records: RecordLookup | None = None
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
        asked = Question(question, query, filters, allowed, asked_kinds(question),
                         self._weights(question), self.asked(question),
                         {name: ids for name, (ids, _) in rankings.items()})
        found = self._signals(asked, rankings)
        ranked = fuse(list(rankings.values()))
        leaders = [chunk_id for name in LEADERS for chunk_id in found[name].leaders]
        leaders += vote_lead(self._vote_labels, found["vote"].ranking, ranked)
        scores, crossed = {}, []
        if rerank:
            read = close_reading.read_closely(ranked, rankings["dense"][0])
            scores = close_reading.relevance(self.reranker, self.conn, question, asked.asked,
                                             read)
            ranked, crossed = close_reading.reordered(ranked, scores, self.weights["cross"])
        ranks = {name: positions(ids) for name, (ids, _) in rankings.items()}
        ranks["cross"] = positions(crossed)
        shown = collapse(self.conn, lead(ranked, leaders), k)
        return results(self.conn, self.index.vectors, question, query, asked.weights, shown,
                       ranks, scores)

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

    def _signals(self, question: Question, rankings: dict[str, tuple[list[int], float]]
                 ) -> dict[str, Found]:
        """Add each signal's ranking to `rankings` (with its weight) and return what each
        found: a signal sees the retrievers' fused order, or, if it refines, the fusion of
        every ranking before it."""
        sources = Sources(self.conn, self.index.vectors, self.pool, self.records,
                          lambda: self._vote_labels)
        retrieved = fuse(list(rankings.values()))
        found: dict[str, Found] = {}
        for signal in SIGNALS:
            if signal.hybrid and self.ranking != "hybrid":
                found[signal.name] = Found()
            else:
                basis = fuse(list(rankings.values())) if signal.refines else retrieved
                found[signal.name] = signal.find(sources, question, basis)
            rankings[signal.name] = (found[signal.name].ranking, self.weights[signal.name])
            question.rankings[signal.name] = found[signal.name].ranking
        return found

    @cached_property
    def _vote_labels(self) -> VoteLabels:
        """The recorded votes' labels, worked out once: an open index does not change."""
        return vote_labels(self.conn)

    def _weights(self, question: str) -> dict[str, float]:
        """The question's terms (as `query_terms` gives them), each weighted by its rarity."""
        return {term: self._rarity(word) for term, word in query_terms(question).items()}

    def _count_rarity(self, word: str) -> float:
        """Inverse document frequency of `word` over the passages (as FTS5 matches it)."""
        found = self.conn.lexical.matches("chunks", word)
        return math.log(1 + self.index.vectors.count() / (found + 1))

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


def lexical_terms(question: str, phrases: list[str] = ()) -> list[str]:
    """What a keyword search matches: any content word of the question (BM25 ranks by how
    many), or any of `phrases`."""
    return [*content_words(question), *phrases]
