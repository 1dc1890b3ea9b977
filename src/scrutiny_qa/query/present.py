"""Presentation: each shown passage with its full citation, highlights and scores.

A citation carries everything a reader needs to check a passage at its source: council,
committee, meeting date, agenda item (number, title, the pages its agenda prints it on),
minute, PDF page and printed page, and the other copies of the same text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from scrutiny_qa.highlight import best_sentences, window_score
from scrutiny_qa.metadata import document_name
from scrutiny_qa.query.twins import Shown
from scrutiny_qa.storage import Database, Row, VectorIndex


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


CHUNK_SQL = """
SELECT c.*, d.path, d.sha256, d.title, d.council, d.committee, d.meeting_date, d.doc_type,
  it.first_label AS item_first_label, it.last_label AS item_last_label
FROM chunks c JOIN documents d ON d.id = c.document_id
LEFT JOIN items it ON it.document_id = c.document_id AND it.number = c.item WHERE c.id = ?
"""


def results(conn: Database, vectors: VectorIndex, question: str, query: np.ndarray,
            weights: dict[str, float], top: Shown, ranks: dict[str, dict[int, int]],
            relevance: dict[int, float]) -> list[Result]:
    """The shown passages, best first; a paper's sentences highlighted once (a second
    passage of the same paper highlights what the first did not)."""
    shown: list[Result] = []
    total = math.fsum(weights.values()) or 1.0
    offered: dict[int, frozenset[str]] = {}  # per document: sentences already highlighted
    for chunk_id, score, twins in top:
        row, citation = cite(conn, chunk_id)
        citation["also_in"] = [cite(conn, twin)[1] for twin in twins]
        text = whole_vote(conn, row) if row["vote"] else row["text"]
        seen = offered.get(row["document_id"], frozenset())
        highlights = best_sentences(question, text, shown=seen)
        offered[row["document_id"]] = seen | {h["text"] for h in highlights[:1]}
        shown.append(Result(
            chunk_id=chunk_id, score=round(score, 6), text=text,
            highlights=highlights, citation=citation,
            page_seq=row["page_seq"],
            similarity=round(float(vectors.vector(chunk_id) @ query), 4),
            ranks={name: r.get(chunk_id) for name, r in ranks.items()},
            coverage=round(window_score(weights, text) / total, 4),
            relevance=None if chunk_id not in relevance else round(relevance[chunk_id], 4),
        ))
    return shown


def whole_vote(conn: Database, row: Row) -> str:
    """All of a recorded vote that its passage's page prints: the motion put, the names
    for, against and abstaining, the outcome. A long tally fills several passages, each
    a list of names that answers nothing alone; shown whole it is one answer, still on
    one page (a vote running onto the next page is shown there as another)."""
    parts = conn.execute(
        "SELECT text, repeats FROM chunks WHERE document_id=? AND vote=? AND page_seq=?"
        " ORDER BY ord", (row["document_id"], row["vote"], row["page_seq"])).fetchall()
    return join_passages([(part["text"], part["repeats"]) for part in parts])


def cite(conn: Database, chunk_id: int) -> tuple[Row, dict]:
    """A passage's row and its citation (with the paths of byte-identical copies)."""
    row = conn.execute(CHUNK_SQL, (chunk_id,)).fetchone()
    aliases = [r["path"] for r in conn.execute(
        "SELECT path FROM aliases WHERE document_id=? ORDER BY path", (row["document_id"],))]
    return row, citation_of(row, aliases)


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


def page_links(doc_id: int, page: int | None, page_seq: int) -> dict:
    """Where a reader checks a citation: the file (at its PDF page) and the page's text."""
    link = f"/api/documents/{doc_id}/file"
    return {"document": link, "page": f"{link}#page={page}" if page else link,
            "page_text": f"/api/documents/{doc_id}/pages/{page_seq + 1}"}


def join_passages(parts: list[tuple[str, int]]) -> str:
    """Consecutive passages, each with how many of its first characters repeat the end of
    the one before (the overlap that carries a paragraph across a passage break), as one
    text: the overlap is read once, and a passage that repeats nothing starts a new line."""
    joined = ""
    for text, repeats in parts:
        joined += text[repeats:] if joined and repeats else ("\n" if joined else "") + text
    return joined
