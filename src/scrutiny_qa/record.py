"""The record: a document's minutes, resolutions, commitments and minute references, stored
at ingest beside its passages.

This is what officers keep by hand in action logs. It is read from the same structured
blocks the passages come from, so each entry cites the same page and agenda item a passage
would, and it is linked to the passages that print it, whose embeddings rank it in search.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scrutiny_qa.commitments import Commitment, find_commitments
from scrutiny_qa.metadata import DECISION_RECORD
from scrutiny_qa.references import find_references
from scrutiny_qa.resolutions import Resolution, find_decisions, find_resolutions
from scrutiny_qa.storage import Database
from scrutiny_qa.structure import Block, Structure

PROBE_CHARS = 200  # enough of a part or sentence to tell the passage printing it from others


def store_record(conn: Database, doc_id: int, structure: Structure, doc_type: str,
                 context_of: Callable[[Block], str]) -> dict[str, int]:
    """Extract and store the record of one document; returns counts for the ingest summary.

    `context_of` gives the words a passage is indexed with beside its own (title, decision
    number, item, minute): a record is keyword-indexed with the same, so that it is found by
    the names people quote for it.
    """
    blocks = structure.blocks
    minute_ids = _insert_minutes(conn, doc_id, blocks)
    resolutions = find_decisions(blocks) if doc_type == DECISION_RECORD \
        else find_resolutions(blocks)
    resolution_ids = [_insert_resolution(conn, doc_id, r, minute_ids, context_of(
        blocks[r.block_range[0]])) for r in resolutions]
    commitments = find_commitments(blocks, resolutions, doc_type == "minutes")
    for commitment in commitments:
        _insert_commitment(conn, doc_id, commitment, blocks, minute_ids, resolution_ids,
                           context_of(blocks[commitment.block_index]))
    references = find_references(blocks)
    conn.executemany(
        "INSERT INTO minute_refs(document_id, minute_id, text, number, part, ref_date,"
        " committee, page_seq) VALUES (?,?,?,?,?,?,?,?)",
        [(doc_id, minute_ids.get(_minute_key(blocks[r.block_index])), r.text, r.number,
          r.part, r.date, r.committee, r.page_index) for r in references])
    _link_passages(conn, doc_id)
    return {"minutes": len(minute_ids), "resolutions": len(resolutions),
            "commitments": len(commitments), "references": len(references)}


def _minute_key(block: Block | Resolution) -> tuple | None:
    if not block.minute_heading:
        return None
    return (block.item, block.minute, block.minute_heading, block.minutes_date)


def _insert_minutes(conn: Database, doc_id: int,
                    blocks: list[Block]) -> dict[tuple, int]:
    """One row per minute, with the pages it spans."""
    spans: dict[tuple, list[int]] = {}
    for block in blocks:
        key = _minute_key(block)
        if key:
            spans.setdefault(key, []).append(block.page_index)
    ids: dict[tuple, int] = {}
    for (item, number, heading, day), pages in spans.items():
        ids[(item, number, heading, day)] = conn.insert(
            "INSERT INTO minutes(document_id, number, heading, meeting_date, item,"
            " first_page_seq, last_page_seq) VALUES (?,?,?,?,?,?,?)",
            (doc_id, number, heading, day, item, min(pages), max(pages)))
    return ids


def _insert_resolution(conn: Database, doc_id: int, resolution: Resolution,
                       minute_ids: dict[tuple, int], context: str) -> int:
    rid = conn.insert(
        "INSERT INTO resolutions(document_id, minute_id, text, preamble, page_seq,"
        " last_page_seq, item, vote) VALUES (?,?,?,?,?,?,?,?)",
        (doc_id, minute_ids.get(_minute_key(resolution)), resolution.text, resolution.preamble,
         resolution.page_index, resolution.last_page_index, resolution.item, resolution.vote))
    conn.executemany(
        "INSERT INTO resolution_parts(resolution_id, seq, label, text, page_seq)"
        " VALUES (?,?,?,?,?)",
        [(rid, seq, p.label, p.text, p.page_index) for seq, p in enumerate(resolution.parts)])
    conn.lexical.add("resolutions", rid, resolution.text, context)
    return rid


def _insert_commitment(conn: Database, doc_id: int, commitment: Commitment,
                       blocks: list[Block], minute_ids: dict[tuple, int],
                       resolution_ids: list[int], context: str) -> None:
    block = blocks[commitment.block_index]
    resolution = (resolution_ids[commitment.resolution]
                  if commitment.resolution is not None else None)
    cid = conn.insert(
        "INSERT INTO commitments(document_id, minute_id, resolution_id, part, kind, who, what,"
        " by_when, due_date, text, source, page_seq, item) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc_id, minute_ids.get(_minute_key(block)), resolution, commitment.part,
         commitment.kind, commitment.who, commitment.what, commitment.by_when,
         commitment.due_date, commitment.text, commitment.source, commitment.page_index,
         block.item))
    conn.lexical.add("commitments", cid, commitment.text,
                     " | ".join(t for t in (commitment.who, context) if t))


def _link_passages(conn: Database, doc_id: int) -> None:
    """Link each resolution and commitment to the passages that print its words."""
    chunks = [(row["id"], row["page_seq"], _squash(row["text"])) for row in conn.execute(
        "SELECT id, page_seq, text FROM chunks WHERE document_id=?", (doc_id,))]
    probes: list[tuple[str, int, int, str]] = []
    for row in conn.execute(
            "SELECT p.resolution_id AS id, p.page_seq, p.text FROM resolution_parts p"
            " JOIN resolutions r ON r.id = p.resolution_id WHERE r.document_id=?", (doc_id,)):
        probes.append(("resolution", row["id"], row["page_seq"], row["text"]))
    for row in conn.execute("SELECT id, page_seq, text FROM commitments WHERE document_id=?",
                            (doc_id,)):
        probes.append(("commitment", row["id"], row["page_seq"], row["text"]))
    links = set()
    for kind, record_id, page, text in probes:
        probe = _squash(text)[:PROBE_CHARS]
        links |= {(kind, record_id, cid) for cid, seq, body in chunks
                  if probe and seq >= page - 1 and seq <= page + 1 and probe in body}
    conn.executemany("INSERT INTO record_chunks(kind, record_id, chunk_id) VALUES (?,?,?)",
                     sorted(links))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
