"""Contextualise and embed: the corpus stage after linking that gives every passage its
context line, keyword-index entry and vector.

Each passage's line is built (`context.context_line`) from the fields the index stores for
it once the corpus is linked (linking.py): its paper's council, title, decision number and
meeting date, and its own item (one its pages declare or list, not one a placement gives
it: a long item title shared by dozens of appendices made their passages alike to both
retrievers, and they crowded each other out of the answers), item title, question, minute
and vote. A passage whose line is new or has changed since it was embedded (a meeting's
folder or a sibling paper has named its council or date), or whose vector is missing (a
database ingest that stopped half-way), is embedded again with it: context line and text,
its paper's acronyms spelled out, as the chunker measured it. A vector already computed for
the same text is reused, by the SHA-256 of that text, from any passage or from the papers
this ingest replaced (`spare`). The others are encoded together, across papers, sorted by
length, so that a batch is padded to little more than its own texts.

So the stage is idempotent: run again, it embeds exactly what is missing or stale.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from scrutiny_qa.acronyms import spell_out
from scrutiny_qa.chunk import count_tokens, embedded_text
from scrutiny_qa.context import Placement, clip, context_line
from scrutiny_qa.embed import Embedder
from scrutiny_qa.prepare import Stage, unheard
from scrutiny_qa.storage import Database
from scrutiny_qa.store import blob_vector

# Passages encoded between two reports of progress (~10 s on two cores), each slice written
# as it comes (a database keeps what was embedded before a stop).
EMBED_SLICE = 1024
# What progress names while the stage works across every paper.
ALL_PAPERS = Path("all papers")
# Texts to encode (sorted by length) to their vectors, handed back slice by slice in order:
# this process's model (`local_encoder`) or a cluster's (distributed.py).
Encoder = Callable[[list[str]], Iterator[np.ndarray]]


@dataclass
class _Due:
    """A passage to give a new line and vector: `indexed` is the line it is in the keyword
    index with (None: in no index yet)."""

    id: int
    text: str
    indexed: str | None
    line: str
    hash: str
    embedded: str  # what the embedder reads


def local_encoder(embedder: Embedder) -> Encoder:
    """Encode with `embedder` in this process, EMBED_SLICE texts at a time."""
    def encode(texts: list[str]) -> Iterator[np.ndarray]:
        for start in range(0, len(texts), EMBED_SLICE):
            yield embedder.encode(texts[start:start + EMBED_SLICE])
    return encode


def contextualise(conn: Database, embedder: Embedder, encode: Encoder | None = None,
                  stage: Stage = unheard) -> tuple[int, float]:
    """Bring every passage's context line, keyword-index entry and vector up to date with
    what the index stores of it; `embedder` measures the embedded texts (its hard limit),
    `encode` computes their vectors (default: `embedder`'s, here). Returns how many texts
    were encoded and the seconds encoding took."""
    stage(ALL_PAPERS, "building context lines")
    due = _due(conn, embedder)
    known = _known(conn, {d.hash for d in due})
    _write(conn, [(d, known[d.hash]) for d in due if d.hash in known])
    waiting = [d for d in due if d.hash not in known]
    texts = sorted({d.hash: d.embedded for d in waiting}.items(), key=lambda pair: len(pair[1]))
    slices = (encode or local_encoder(embedder))([text for _, text in texts])
    done, seconds = 0, 0.0
    while done < len(texts):
        stage(ALL_PAPERS, f"embedding passages {done:,}/{len(texts):,}")
        started = time.perf_counter()
        vectors = next(slices)
        seconds += time.perf_counter() - started
        encoded = dict(zip([h for h, _ in texts[done:done + len(vectors)]], vectors,
                           strict=True))
        _write(conn, [(d, encoded[d.hash]) for d in waiting if d.hash in encoded])
        done += len(vectors)
    conn.execute("DELETE FROM spare_vectors")
    return len(texts), seconds


def spare(conn: Database, doc_id: int) -> None:
    """Keep a document's vectors, by text hash, until this ingest's passages are embedded:
    a changed paper's unchanged passages (deleted with it before they are embedded again)
    and a moved paper's are not encoded twice."""
    conn.execute("INSERT INTO spare_vectors(embed_hash, vector) SELECT embed_hash, vector"
                 " FROM chunks WHERE document_id=? AND embed_hash IS NOT NULL"
                 " ON CONFLICT (embed_hash) DO NOTHING", (doc_id,))


def _due(conn: Database, embedder: Embedder) -> list[_Due]:
    """Every passage whose line has changed or that has no vector yet, with its new line
    and the text to embed."""
    papers = {row["id"]: row for row in conn.execute(
        "SELECT id, title, council, decision, meeting_date FROM documents")}
    pairs: dict[int, list[tuple[str, str]]] = {}
    for row in conn.execute("SELECT document_id, short, long FROM acronyms"):
        pairs.setdefault(row["document_id"], []).append((row["short"], row["long"]))
    spellers = {doc_id: spell_out(found) for doc_id, found in pairs.items()}
    lines: dict[Placement, str] = {}  # a paper's passages share a few placements
    due = []
    for row in conn.execute(
            "SELECT id, document_id, text, context, embed_hash, item, item_title, question,"
            " minute, minute_heading, minutes_date, vote, lead, EXISTS (SELECT 1 FROM items i"
            " WHERE i.document_id = c.document_id AND i.number = c.item) AS own_item"
            " FROM chunks c ORDER BY id"):
        paper = papers[row["document_id"]]
        # the item a placement gives a paper is cited, not put in its line (see above)
        item, title = (row["item"], row["item_title"]) if row["own_item"] else (None, None)
        at = Placement(paper["title"], paper["council"], paper["decision"],
                       paper["meeting_date"], item, title, row["question"],
                       row["minute"], row["minute_heading"], row["minutes_date"], row["vote"],
                       row["lead"])
        if at not in lines:
            lines[at] = context_line(at)
        if row["embed_hash"] is not None and lines[at] == row["context"]:
            continue
        line, embedded = _fitted(lines[at], row["text"],
                                 spellers.get(row["document_id"], str), embedder.fits)
        if row["embed_hash"] is not None and line == row["context"]:
            continue  # clipped to fit, as it was
        due.append(_Due(row["id"], row["text"],
                        row["context"] if row["embed_hash"] is not None else None, line,
                        hashlib.sha256(embedded.encode("utf-8")).hexdigest(), embedded))
    return due


def _fitted(line: str, text: str, spelled: Callable[[str], str],
            fits: Callable[[str], bool]) -> tuple[str, str]:
    """The line, and the text embedded with it, within the embedder's hard limit: the
    chunker cut the passage to fit with the line its own paper gives it, and a line that
    linking made longer is clipped, never the passage."""
    embedded = spelled(embedded_text(line, text))
    while line and not fits(embedded):
        line = clip(line, count_tokens(line) * 3 // 4) if len(line) > 1 else ""
        embedded = spelled(embedded_text(line, text))
    return line, embedded


def _known(conn: Database, hashes: set[str]) -> dict[str, np.ndarray]:
    """Vectors stored for these embed-text hashes, on passages or kept aside (`spare`)."""
    found: dict[str, np.ndarray] = {}
    wanted = sorted(hashes)
    for start in range(0, len(wanted), 500):
        batch = wanted[start:start + 500]
        marks = ",".join("?" * len(batch))
        for row in conn.execute(
                f"SELECT embed_hash, vector FROM chunks WHERE embed_hash IN ({marks})"
                f" UNION ALL SELECT embed_hash, vector FROM spare_vectors"
                f" WHERE embed_hash IN ({marks})", batch + batch):
            found[row["embed_hash"]] = blob_vector(row["vector"])
    return found


def _write(conn: Database, done: list[tuple[_Due, np.ndarray]]) -> None:
    """Store new lines and vectors and re-index the passages' words, all or nothing."""
    if not done:
        return
    with conn.paper():
        for passage, _ in done:
            if passage.indexed is not None:
                conn.lexical.remove("chunks", passage.id, passage.text, passage.indexed)
        conn.executemany("UPDATE chunks SET context=?, embed_hash=?, vector=? WHERE id=?",
                         [(p.line, p.hash, np.asarray(v, dtype=np.float32), p.id)
                          for p, v in done])
        for passage, _ in done:
            conn.lexical.add("chunks", passage.id, passage.text, passage.line)
