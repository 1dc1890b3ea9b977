"""Minute references: "Further to Minute No. 43 (4) of 15 March 2022", "(Minute No. 19 (3)
refers)", and the minute each points at when that minute is in the corpus.

Papers cite earlier decisions by minute number, often without a date ("refers") when the
surrounding paragraph names the meeting ("At its last meeting held on 27 September 2022").
A reference is resolved by its own date, else the date of the text just before it, else the
minutes it stands in, else the latest earlier meeting of the committee with that minute.
How it was resolved is stored with it, so a reader knows which links are inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny_qa.metadata import dates_in
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.structure import Block

CONTEXT_BLOCKS = 8  # how far back (within one item and minute) a reference looks for its date

_NUMBER = r"\d{1,4}(?:\s*\(\w{1,4}\))*"
_REF = re.compile(
    rf"\bMinutes?\s+(?:Nos?|Numbers?)\.?\s*(?P<nums>{_NUMBER}(?:\s*(?:,|and|&)\s*{_NUMBER})*)"
    r"(?:\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<committee>[A-Z][\w&’'-]*"
    r"(?:\s+[\w&’'-]+){0,8}?\s+(?:Committee|Cabinet|Board|Panel|Council)(?:\s*\([^)]*\))?))?"
    r"(?:\s+meeting)?(?:\s+(?:of|held\s+on|on|dated)\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}))?")
_ONE = re.compile(r"(\d{1,4})((?:\s*\(\w{1,4}\))*)")


@dataclass
class Reference:
    """One minute cited: its number and part, and what the citing text says of its meeting."""

    text: str
    number: str
    part: str | None
    date: str | None
    committee: str | None
    block_index: int
    page_index: int


def find_references(blocks: list[Block]) -> list[Reference]:
    """Every minute reference in `blocks`, with a date from the text just before it when the
    reference itself has none."""
    found: list[Reference] = []
    for index, block in enumerate(blocks):
        for m in _REF.finditer(block.text):
            when = _date_of(m.group("date")) or _date_before(blocks, index, m.start())
            for number, part in _ONE.findall(m.group("nums")):
                found.append(Reference(
                    text=m.group(0).strip(), number=number,
                    part=_part_label(part) if part.strip() else None, date=when,
                    committee=m.group("committee"), block_index=index,
                    page_index=block.page_index))
    return found


def _part_label(part: str) -> str:
    """" (2) (a)" → "2(a)": the first label bare, the rest in brackets, as minutes write it."""
    labels = re.findall(r"\((\w{1,4})\)", part)
    return labels[0] + "".join(f"({x})" for x in labels[1:])


def _date_of(text: str | None) -> str | None:
    found = dates_in(text or "")
    return found[0].isoformat() if found else None


def _date_before(blocks: list[Block], index: int, offset: int) -> str | None:
    """The last date written before a reference, in its block or the few before it (same
    agenda item and minute): "At its last meeting held on 27 September 2022, ... refers"."""
    here = blocks[index]
    texts = [here.text[:offset]]
    for back in range(index - 1, max(-1, index - 1 - CONTEXT_BLOCKS), -1):
        earlier = blocks[back]
        if (earlier.item, earlier.minute) != (here.item, here.minute):
            break
        texts.insert(0, earlier.text)
    found = dates_in("\n".join(texts))
    return found[-1].isoformat() if found else None


def resolve_references(conn: Database) -> None:
    """Point every stored reference at the minute it cites, when that minute is indexed."""
    refs = conn.execute(
        "SELECT r.id, r.number, r.ref_date, r.committee, r.minute_id, d.committee AS own,"
        " COALESCE(m.meeting_date, d.meeting_date) AS citing_date, r.document_id"
        " FROM minute_refs r JOIN documents d ON d.id = r.document_id"
        " LEFT JOIN minutes m ON m.id = r.minute_id").fetchall()
    minutes = conn.execute(
        "SELECT m.id, m.number, m.document_id, COALESCE(m.meeting_date, d.meeting_date) AS day,"
        " d.committee, d.doc_type FROM minutes m JOIN documents d ON d.id = m.document_id"
        " WHERE m.number IS NOT NULL").fetchall()
    for ref in refs:
        target, how = _target(ref, minutes)
        conn.execute("UPDATE minute_refs SET target_id=?, resolved_by=? WHERE id=?",
                     (target, how, ref["id"]))


def _target(ref: Row, minutes: list[Row]) -> tuple[int | None, str | None]:
    committee = ref["committee"] or ref["own"]
    same = [m for m in minutes if m["number"] == ref["number"]
            and _same_committee(committee, m["committee"])]
    if ref["ref_date"]:
        dated = [m for m in same if m["day"] == ref["ref_date"]]
        return (_preferred(dated), "date") if dated else (None, None)
    if ref["committee"]:
        return None, None  # another committee's minute with no date: too ambiguous to guess
    if ref["minute_id"] is not None:
        own = [m for m in same if m["document_id"] == ref["document_id"]
               and m["day"] == ref["citing_date"]]
        if own:
            return _preferred(own), "same meeting"
    earlier = [m for m in same if m["day"] and ref["citing_date"] and m["day"] < ref["citing_date"]]
    if earlier:
        latest = max(m["day"] for m in earlier)
        return _preferred([m for m in earlier if m["day"] == latest]), "latest earlier meeting"
    return None, None


def _preferred(candidates: list[Row]) -> int:
    """Of the copies of one minute (the minutes, and their reprint in a pack), the minutes."""
    return min(candidates, key=lambda m: (m["doc_type"] != "minutes", m["id"]))["id"]


def _same_committee(named: str | None, stored: str | None) -> bool:
    if not named or not stored:
        return named == stored or not named
    a, b = _squash(named), _squash(stored)
    return a in b or b in a


def _squash(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("&", "and"))
