"""The close reading: a cross-encoder reads the question with each of the best candidates.

It reads the first RERANK_TOP fused candidates and the dense retriever's first RERANK_DENSE,
each passage with its context line. The dense ones are there because the fusion leans on
words: a passage that answers in other words can rank high by meaning yet far down the fused
list. Its order is fused with the fused order (at `fusion.WEIGHTS["cross"]`) rather than
replacing it, since a model trained on web search misjudges some council passages; a
record's passage still leads.
"""

from __future__ import annotations

from scrutiny_qa.acronyms import Asked, spelled_out
from scrutiny_qa.chunk import embedded_text
from scrutiny_qa.query.fusion import Ranked, fuse
from scrutiny_qa.query.twins import overlap
from scrutiny_qa.rerank import Reranker
from scrutiny_qa.storage import Database
from scrutiny_qa.terms import word_set

RERANK_TOP = 20
RERANK_DENSE = 20


def read_closely(ranked: Ranked, dense: list[int]) -> list[int]:
    """The candidates the cross-encoder reads: the fused top, then the dense top it lacks."""
    ids = [chunk_id for chunk_id, _ in ranked[:RERANK_TOP]]
    chosen = set(ids)
    return ids + [chunk_id for chunk_id in dense[:RERANK_DENSE] if chunk_id not in chosen]


def relevance(reader: Reranker, conn: Database, question: str, asked: tuple[Asked, ...],
              ids: list[int]) -> dict[int, float]:
    """The cross-encoder's score of each of `ids`, each passage read with its context line
    (title, item, minute) as it is embedded, and with the acronyms it shares with the
    question spelled out as the question spells them (`spelled_out`). A passage published
    twice (`twins.overlap`) is read once, both copies taking its score: a tenth of the
    pairs, at the same hits on every public set."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = {row["id"]: row for row in conn.execute(
        f"SELECT id, context, text FROM chunks WHERE id IN ({marks})", ids)}
    read: list[tuple[set[str], int]] = []  # the passages read, with their words
    copy_of: dict[int, int] = {}  # a passage published twice -> the copy read
    for chunk_id in ids:
        words = word_set(rows[chunk_id]["text"])
        twin = next((first for seen, first in read if overlap(words, seen)), None)
        if twin is None:
            read.append((words, chunk_id))
        else:
            copy_of[chunk_id] = twin
    order = [chunk_id for _, chunk_id in read]
    scores = reader.scores(question, [
        spelled_out(embedded_text(rows[c]["context"], rows[c]["text"]), asked) for c in order])
    found = {chunk_id: float(score) for chunk_id, score in zip(order, scores, strict=True)}
    return {chunk_id: found[copy_of.get(chunk_id, chunk_id)] for chunk_id in ids}


def reordered(ranked: Ranked, scores: dict[int, float], weight: float
              ) -> tuple[Ranked, list[int]]:
    """The fused order with the cross-encoder's order fused in at `weight`, and that order."""
    crossed = sorted(scores, key=lambda chunk_id: -scores[chunk_id])
    if not crossed:
        return ranked, crossed
    return fuse([([chunk_id for chunk_id, _ in ranked], 1.0), (crossed, weight)]), crossed
