"""Linking: the passes across papers, run once every paper of an ingest is written and
before any passage's context line is built (contextualise.py), since the line says what
they learn.

- A meeting's folder (named for its date): its papers are cited as that meeting's (date
  from the folder, body and council from its agenda), and each separately published paper
  is placed on the agenda item it belongs to (`agenda.place`), only on clear evidence,
  with that item's title.
- A paper naming no council is given the corpus's council it belongs to.
- Minutes citing minutes are resolved (references.py), and commitments matched with the
  later papers that report back on them (follow_up.py).

Every pass reads the index as it stands and writes only what it decides, so it runs again
whole after each ingest: a paper placed by an agenda that arrived later is placed then.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from scrutiny_qa.agenda import ItemPages, by_series, lettered, place
from scrutiny_qa.follow_up import link_follow_ups
from scrutiny_qa.manifest import manifest_entry, meta_fields
from scrutiny_qa.metadata import (
    DOC_TYPES,
    DocumentMeta,
    council_among,
    inherit_meeting,
    meeting_folder_date,
    plain_name,
)
from scrutiny_qa.references import resolve_references
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.structure import FRONT


def link(conn: Database) -> int:
    """Every pass across the papers in the index, in order: meetings and placement,
    councils, minute references, follow-ups; returns how many commitments are followed up."""
    _inherit_meetings(conn)
    _name_councils(conn)
    resolve_references(conn)
    return link_follow_ups(conn)


def _name_councils(conn: Database) -> None:
    """Give a paper that names no council, nor does its meeting's folder, the corpus's
    council it belongs to (`council_among`). A council is known once two papers are cited
    by it, after their meetings' folders are read: one paper's own guess (an amendment's
    heading once gave "Budget County Council") does not make a council whose place any
    paper saying "budget" three times would be given. (A paper whose officers' mail is at a
    council no other paper is cited by is named for the place it spells, `council_among`.)"""
    known = [row[0] for row in conn.execute(
        "SELECT council FROM documents WHERE council IS NOT NULL GROUP BY council"
        " HAVING COUNT(*) >= 2 ORDER BY council")]
    for row in conn.execute("SELECT id FROM documents WHERE council IS NULL").fetchall():
        council = council_among("\n".join(_page_texts(conn, row["id"])), known)
        if council:
            conn.execute("UPDATE documents SET council=? WHERE id=?", (council, row["id"]))


def _inherit_meetings(conn: Database) -> None:
    """Papers in one meeting's folder are cited as that meeting's (`inherit_meeting`).

    Only folders named for a date (e.g. `cabinet/2025-01-30/`) count as a meeting's folder;
    a general corpus folder says nothing about the meeting of the papers in it.
    """
    folders: dict[tuple[Path, str], list[Row]] = {}
    for row in conn.execute("SELECT * FROM documents").fetchall():
        path = Path(row["path"])
        if day := meeting_folder_date(path):
            folders.setdefault((path.parent, day), []).append(row)
    for (_, day), rows in folders.items():
        meeting = _folder_meeting(rows, day)
        items = _agenda_items(conn, rows, day)
        papers, handed_items = [], set()
        for row in rows:
            handed = manifest_entry(Path(row["path"]), DOC_TYPES)[0]
            if handed.get("item"):
                handed_items.add(row["id"])
            meta = replace(inherit_meeting(_meta_of(row), meeting), **meta_fields(handed))
            conn.execute("UPDATE documents SET council=?, committee=?, meeting_date=? WHERE id=?",
                         (meta.council, meta.committee, meta.meeting_date, row["id"]))
            conn.execute("UPDATE chunks SET date=? WHERE document_id=? AND date IS NULL",
                         (meta.meeting_date, row["id"]))
            if row["doc_type"] != "agenda pack":
                papers.append((row, meta))
        if items:
            _place_papers(conn, papers, items, day, [row["id"] for row in rows], handed_items)
            _title_declared_items(conn, [row["id"] for row, _ in papers], items)


def _place_papers(conn: Database, papers: list[tuple[Row, DocumentMeta]],
                  items: dict[str, str], day: str, ids: list[int], handed: set[int]) -> None:
    """Place a meeting's papers (all but its agendas) on its agenda, pass after pass while
    one places more: an appendix is known by the report that lists it, which may itself have
    been placed only by the pass before. Each page is read once: a paper placed in one pass
    adds its pages to what the next pass sees. `ids`: all the meeting's documents, agendas
    included; `handed`: those whose item a manifest gives, placed already."""
    printed = _item_pages(conn, ids, items)
    waiting = {row["id"]: (row, meta, _page_texts(conn, row["id"]))
               for row, meta in papers
               if row["id"] not in handed and _unplaced(conn, row, meta, day)}
    while placed := {doc_id: number for doc_id, (row, meta, texts) in waiting.items()
                     if (number := _agenda_item(row, meta, items, printed, texts))}:
        for doc_id, number in placed.items():
            _cite_under_item(conn, doc_id, number, items[number])
            for text in waiting.pop(doc_id)[2]:
                printed.add(number, text)
    _place_series(conn, [row for row, _ in papers], set(waiting), items)


def _title_declared_items(conn: Database, ids: list[int],
                          items: dict[str, str]) -> None:
    """Give the items a meeting's papers declare without a title ("Agenda Item: G-3)"
    closing an adopted resolution) the title the meeting's agenda prints for them."""
    marks = ",".join("?" * len(ids))
    for number, title in items.items():
        conn.execute(f"UPDATE chunks SET item_title=? WHERE document_id IN ({marks})"
                     " AND item=? AND item_title IS NULL", [title, *ids, number])
        conn.execute(f"UPDATE items SET title=? WHERE document_id IN ({marks})"
                     " AND number=? AND title IS NULL", [title, *ids, number])


def _place_series(conn: Database, papers: list[Row], waiting: set[int],
                  items: dict[str, str]) -> None:
    """Place the meeting's lettered appendices ("Appendix D 21.01.25", "Appendix J -
    Government Grants") that no pass placed, by the series of lettered appendices placed on
    the meeting's items around them (`agenda.by_series`); a letter that two of the
    meeting's files bear says nothing of either, nor bounds a series."""
    letters = {row["id"]: letter for row in papers
               if (letter := lettered(plain_name(Path(row["path"]))))}
    counts = Counter(letters.values())
    letters = {doc_id: letter for doc_id, letter in letters.items() if counts[letter] == 1}
    placed = {letter: number for doc_id, letter in letters.items()
              if doc_id not in waiting and (number := _placed_item(conn, doc_id)) in items}
    for doc_id in waiting & set(letters):
        if number := by_series(letters[doc_id], placed):
            _cite_under_item(conn, doc_id, number, items[number])


def _item_pages(conn: Database, ids: list[int], items: dict[str, str]) -> ItemPages:
    """What the meeting's pages already placed print under each of the agenda's `items`."""
    marks = ",".join("?" * len(ids))
    printed = ItemPages()
    for page in conn.execute(f"SELECT item, text FROM pages WHERE document_id IN ({marks})"
                             " AND item IS NOT NULL", ids):
        if page["item"] in items:
            printed.add(page["item"], page["text"])
    return printed


def _page_texts(conn: Database, doc_id: int) -> list[str]:
    return [page[0] for page in conn.execute(
        "SELECT text FROM pages WHERE document_id=? ORDER BY seq", (doc_id,))]


def _agenda_items(conn: Database, rows: list[Row], day: str) -> dict[str, str]:
    """The items (number -> title) the meeting's agendas list; where two give one number
    different titles, the meeting's own agenda names it, not a paper printing an agenda of
    its own (a working group's note): the one listing more items by their pages, then more
    items. With no agenda's items, those the meeting's own minutes (of the folder's `day`,
    not a meeting before) record by the agenda's numbers."""
    ids = [row["id"] for row in rows if row["doc_type"] == "agenda pack"]
    found = _listed_items(conn, ids)
    if found:
        return found
    return _listed_items(conn, [row["id"] for row in rows if row["doc_type"] == "minutes"
                                and row["meeting_date"] == day])


def _listed_items(conn: Database, ids: list[int]) -> dict[str, str]:
    """The items (number -> title) papers `ids` list, by the paper listing more of them by
    their pages, then more of them."""
    marks = ",".join("?" * len(ids))
    listed = conn.execute(f"SELECT * FROM items WHERE document_id IN ({marks}) AND number != ?",
                          [*ids, FRONT]).fetchall()
    ranged = Counter(row["document_id"] for row in listed if row["first_label"] is not None)
    counted = Counter(row["document_id"] for row in listed)
    listed.sort(key=lambda row: (ranged[row["document_id"]], counted[row["document_id"]]))
    return {row["number"]: row["title"] for row in listed if row["title"]}


def _unplaced(conn: Database, row: Row, meta: DocumentMeta,
              day: str) -> bool:
    """Whether a paper of the meeting held on `day` waits for an agenda item: not when it
    names items of its own or is placed already; minutes only when they record another
    meeting (their headings cite that meeting's items, but they are published as an item of
    this one: "Minutes of the meeting held on …")."""
    if meta.doc_type == "minutes":
        return meta.meeting_date != day
    return _placed_item(conn, row["id"]) is None


def _placed_item(conn: Database, doc_id: int) -> str | None:
    """An agenda item a paper's passages are cited under, if any."""
    found = conn.execute("SELECT item FROM chunks WHERE document_id=? AND item IS NOT NULL"
                         " AND item != ? LIMIT 1", (doc_id, FRONT)).fetchone()
    return found[0] if found else None


def _agenda_item(row: Row, meta: DocumentMeta, items: dict[str, str],
                 printed: ItemPages, texts: list[str]) -> str | None:
    """The item a separately published paper (its pages' `texts`) is (`agenda.place`)."""
    path = Path(row["path"])
    names = [name for name in (plain_name(path), row["title"]) if name]
    return place(names, items, row["decision"],
                 meta if meta.doc_type == "minutes" else None, printed,
                 "\n".join(texts))


def _cite_under_item(conn: Database, doc_id: int, number: str, title: str) -> None:
    """Cite a paper under an agenda item: its passages' citations, and their context lines
    once they are built again (contextualise.py)."""
    conn.execute("UPDATE chunks SET item=?, item_title=? WHERE document_id=?",
                 (number, title, doc_id))
    conn.execute("UPDATE pages SET item=? WHERE document_id=?", (number, doc_id))


def _folder_meeting(rows: list[Row], day: str) -> DocumentMeta:
    """The meeting a folder's papers were published for: its date the folder's `day`; its body the
    one its agenda names (only an agenda speaks for the meeting: an appendix may be a letter
    from another body, minutes may record an earlier meeting; and not when the folder's
    agendas name two bodies); its council the one its agenda and its own minutes name most,
    else the one most of its papers name."""
    agendas = [row for row in rows if row["doc_type"] == "agenda pack"]
    bodies = {row["committee"] for row in agendas if row["committee"]}
    speakers = agendas + [row for row in rows
                          if row["doc_type"] == "minutes" and row["meeting_date"] == day]
    councils = Counter(row["council"] for row in speakers if row["council"]) \
        or Counter(row["council"] for row in rows if row["council"])
    return DocumentMeta(
        title=None,
        committee=bodies.pop() if len(bodies) == 1 else None,
        council=councils.most_common(1)[0][0] if councils else None,
        meeting_date=day)


def _meta_of(row: Row) -> DocumentMeta:
    return DocumentMeta(row["title"], row["doc_type"], row["council"], row["committee"],
                        row["meeting_date"])
