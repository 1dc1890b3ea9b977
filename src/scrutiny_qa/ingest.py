"""Ingest: bring the index up to date with the files, each prepared (prepare.py: extract →
structure → chunk → embed) and written here in its own transaction.

Incremental by content: a file whose SHA-256 is already indexed at that path is skipped, a
changed file is replaced, a byte-identical copy is recorded as an alias of the document it
duplicates, and (with prune) documents whose files are gone are removed. A file that fails
is reported with its reason and leaves whatever was indexed for it before in place.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from scrutiny_qa import index, store
from scrutiny_qa.agenda import ItemPages, by_series, lettered, place
from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder
from scrutiny_qa.extract import Page
from scrutiny_qa.follow_up import link_follow_ups
from scrutiny_qa.manifest import manifest_entry, meta_fields
from scrutiny_qa.metadata import (
    DOC_TYPES,
    DocumentMeta,
    council_among,
    decision_reference,
    inherit_meeting,
    meeting_folder_date,
    plain_name,
)
from scrutiny_qa.prepare import (
    Prepared,
    Stage,
    failure_reason,
    prepare,
    read_regular,
    unheard,
    unreadable,
)
from scrutiny_qa.record import store_record
from scrutiny_qa.references import resolve_references
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.structure import FRONT, Structure
from scrutiny_qa.walk import find_files


@dataclass
class Summary:
    """What an ingest did, for the closing report."""

    files: int = 0
    indexed: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # not files to read: walk.py
    warnings: list[tuple[str, str]] = field(default_factory=list)  # indexed, with a caveat
    removed: list[str] = field(default_factory=list)
    pages: int = 0  # PDF pages and form-feed pages; text without page breaks has none
    blank_pages: int = 0
    unpaged: int = 0
    passages: int = 0
    resolutions: int = 0
    commitments: int = 0
    followed_up: int = 0  # commitments a later meeting of their body reports back on
    embedded: int = 0
    seconds: float = 0.0
    encode_seconds: float = 0.0
    rebuilt: bool = False
    nodes: list[str] = field(default_factory=list)  # Ray nodes that embedded (distributed.py)


def ingest(
    paths: list[Path],
    settings: Settings,
    embedder: Embedder,
    prune: bool = False,
    on_file: Callable[[Path], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    follow_links: bool = False,
    on_stage: Callable[[Path, str], None] | None = None,
) -> Summary:
    """Bring the index (`settings.index_dir` or `.database`) up to date with the files
    under `paths`; `on_start(count)` and `on_file(path)` report progress, and
    `on_stage(path, stage)` progress within a file (a 50 MB text takes minutes);
    `follow_links` also indexes what links inside a folder point to outside it
    (`walk.find_files`)."""
    started = time.perf_counter()
    found = find_files(paths, follow_links)
    summary = Summary(files=len(found.files), skipped=found.skipped)
    if on_start:
        on_start(len(found.files))
    with index.writing(settings, embedder.dimension) as (conn, rebuilt):
        summary.rebuilt = rebuilt
        writer = Writer(conn, settings, summary)
        for path in found.files:
            writer.add(path, embedder, on_stage or unheard)
            if on_file:
                on_file(path)
        finish(writer, paths, found.files, prune)
    summary.seconds = time.perf_counter() - started
    return summary


def finish(writer: Writer, paths: list[Path], files: list[Path], prune: bool) -> None:
    """What follows the papers' own writes, once every paper is in: pruning, then the
    passes that read across papers (a meeting's folder, the corpus's councils, minutes
    citing minutes, commitments reported back on)."""
    if prune:
        writer.prune([p.resolve() for p in paths], set(map(str, files)))
    _inherit_meetings(writer.conn)
    _name_councils(writer.conn)
    resolve_references(writer.conn)
    writer.summary.followed_up = link_follow_ups(writer.conn)


class Writer:
    """Applies one ingest's changes to the index, paper by paper: decides what each file
    needs (nothing, an alias, indexing) and writes prepared papers, each all-or-nothing."""

    def __init__(self, conn: Database, settings: Settings, summary: Summary) -> None:
        self.conn, self.settings, self.summary = conn, settings, summary

    def add(self, path: Path, embedder: Embedder, stage: Stage = unheard) -> None:
        """Bring one file's entry up to date, preparing it in this process (`stage` hears
        how far it has got)."""
        data = self.read(path)
        if data is None:
            return
        digest = hashlib.sha256(data).hexdigest()
        if self.pending(path, digest):
            known = partial(store.known_vectors, self.conn)
            self.index(path, lambda: prepare(path, data, digest, self.settings.chunking,
                                             embedder, known, self.summary.warnings.append,
                                             stage))

    def read(self, path: Path) -> bytes | None:
        """The file's bytes, or None after reporting why they cannot be read."""
        try:
            return read_regular(path)
        except OSError as exc:
            self.summary.failures.append((str(path), unreadable(exc)))
            return None

    def pending(self, path: Path, digest: str) -> bool:
        """Whether the file at `path` with content `digest` needs indexing: not when that
        content is indexed at that path already (counted unchanged), nor when it is indexed
        at another path (then recorded as a copy of it)."""
        key = str(path)
        same_path = self.conn.execute("SELECT id, sha256 FROM documents WHERE path=?",
                                      (key,)).fetchone()
        if same_path and same_path["sha256"] == digest:
            self.summary.unchanged += 1
            return False
        alias = self.conn.execute(
            "SELECT d.sha256 FROM aliases a JOIN documents d ON d.id=a.document_id WHERE a.path=?",
            (key,)).fetchone()
        if alias and alias["sha256"] == digest:
            self.summary.unchanged += 1
            return False
        original = self.conn.execute("SELECT id, path FROM documents WHERE sha256=?",
                                     (digest,)).fetchone()
        if original and original["path"] != key:
            self._alias(path, original, same_path)
            return False
        return True

    def index(self, path: Path, prepared: Callable[[], Prepared]) -> None:
        """Write one paper (`prepared` makes it here, or hands over one made elsewhere)
        inside its own transaction: a paper that fails, for a reason of its own or a fault
        of ours it alone meets, is reported and leaves what was indexed for it before, and
        the rest of the ingest goes on. A store error is no paper's: it stops the ingest,
        and the live index is untouched."""
        counts = {key: value for key, value in vars(self.summary).items()
                  if type(value) is int}
        try:
            with self.conn.paper():
                self.write(prepared())
            return
        except self.conn.errors:
            raise
        except Exception as exc:
            reason = failure_reason(exc)
        vars(self.summary).update(counts)  # nothing of the paper was indexed
        self.summary.failures.append((str(path), reason))

    def _alias(self, path: Path, original: Row, replaced: Row | None) -> None:
        """Record `path` as a copy of `original`; the shorter name (not "x (copy).pdf" or
        "x_1.pdf") stays the document's path, the other becomes its alias."""
        if replaced:
            self.conn.execute("DELETE FROM documents WHERE id=?", (replaced["id"],))
        alias, keep = str(path), original["path"]
        if len(path.name) < len(Path(keep).name):
            alias, keep = keep, str(path)
            self.conn.execute("UPDATE documents SET path=? WHERE id=?", (keep, original["id"]))
            self.conn.execute("DELETE FROM aliases WHERE path=?", (keep,))
        self.conn.execute("INSERT INTO aliases(path, document_id) VALUES (?, ?) ON CONFLICT"
                          " (path) DO UPDATE SET document_id = excluded.document_id",
                          (alias, original["id"]))
        self.summary.duplicates.append((alias, keep))

    def write(self, paper: Prepared) -> None:
        """Every row of one prepared paper, in place of what its path held before (the
        caller holds the paper's transaction)."""
        key = str(paper.path)
        replacing = self.conn.execute("SELECT id FROM documents WHERE path=?",
                                      (key,)).fetchone()
        if replacing:
            self.conn.execute("DELETE FROM documents WHERE id=?", (replacing["id"],))
            self.summary.replaced += 1
        else:
            self.summary.indexed += 1
        self.conn.execute("DELETE FROM aliases WHERE path=?", (key,))
        doc_id = _insert_document(self.conn, paper)
        _insert_pages(self.conn, doc_id, paper.pages, paper.structure)
        _insert_items(self.conn, doc_id, paper.pages, paper.structure)
        _insert_passages(self.conn, doc_id, paper)
        records = store_record(self.conn, doc_id, paper.structure, paper.meta.doc_type,
                               paper.context_of())
        self.conn.executemany(
            "INSERT INTO acronyms(document_id, short, long) VALUES (?,?,?)",
            [(doc_id, short, long) for short, long in paper.acronyms])
        self._count(paper, records)

    def _count(self, paper: Prepared, records: dict[str, int]) -> None:
        numbered = [p for p in paper.pages if p.number is not None]
        self.summary.pages += len(numbered)
        self.summary.blank_pages += sum(1 for p in numbered if p.is_blank)
        self.summary.unpaged += int(not numbered)
        self.summary.passages += len(paper.passages)
        self.summary.resolutions += records["resolutions"]
        self.summary.commitments += records["commitments"]
        self.summary.embedded += paper.embedded
        self.summary.encode_seconds += paper.encode_seconds

    def prune(self, roots: list[Path], seen: set[str]) -> None:
        """Remove documents and aliases under `roots` whose files were not found."""
        for table, column in (("aliases", "path"), ("documents", "path")):
            for row in self.conn.execute(f"SELECT {column} AS path FROM {table}").fetchall():
                path = Path(row["path"])
                inside = any(path.is_relative_to(r) for r in roots if r.is_dir()) or path in roots
                if (inside and row["path"] not in seen) or not path.exists():
                    self._remove(table, row["path"])

    def _remove(self, table: str, path: str) -> None:
        if table == "aliases":
            self.conn.execute("DELETE FROM aliases WHERE path=?", (path,))
        else:
            doc = self.conn.execute("SELECT id FROM documents WHERE path=?", (path,)).fetchone()
            heir = self.conn.execute("SELECT path FROM aliases WHERE document_id=? ORDER BY path",
                                     (doc["id"],)).fetchone()
            if heir:  # a surviving byte-identical copy takes the document over
                self.conn.execute("UPDATE documents SET path=? WHERE id=?",
                                  (heir["path"], doc["id"]))
                self.conn.execute("DELETE FROM aliases WHERE path=?", (heir["path"],))
            else:
                self.conn.execute("DELETE FROM documents WHERE id=?", (doc["id"],))
        self.summary.removed.append(path)


def _insert_document(conn: Database, paper: Prepared) -> int:
    numbered = [p for p in paper.pages if p.number is not None]
    meta = paper.meta
    return conn.insert(
        "INSERT INTO documents(path, sha256, size, kind, title, doc_type, council, committee,"
        " meeting_date, page_count, blank_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (str(paper.path), paper.digest, paper.size,
         "pdf" if paper.path.suffix.lower() == ".pdf" else "text",
         meta.title, meta.doc_type, meta.council, meta.committee, meta.meeting_date,
         len(numbered), sum(1 for p in paper.pages if p.is_blank)),
    )


def _insert_pages(conn: Database, doc_id: int, pages: list[Page],
                  structure: Structure) -> None:
    conn.executemany(
        "INSERT INTO pages(document_id, seq, number, label, item, blank, text)"
        " VALUES (?,?,?,?,?,?,?)",
        [(doc_id, seq, p.number, p.label, structure.page_items[seq], int(p.is_blank), p.text)
         for seq, p in enumerate(pages)],
    )


def _insert_items(conn: Database, doc_id: int, pages: list[Page],
                  structure: Structure) -> None:
    for number, item in structure.items.items():
        on = [pages[i].number for i, it in enumerate(structure.page_items)
              if it == number and pages[i].number is not None]
        conn.execute(
            "INSERT INTO items(document_id, number, title, first_label, last_label, first_page,"
            " last_page) VALUES (?,?,?,?,?,?,?)",
            (doc_id, number, item.title, item.first_label, item.last_label,
             min(on) if on else None, max(on) if on else None),
        )


def _insert_passages(conn: Database, doc_id: int, paper: Prepared) -> None:
    """Store passages; a passage's date is the meeting it records (minutes reprinted in a
    later pack keep their own meeting's date), else its document's meeting date."""
    pairs = zip(paper.passages, paper.vectors, strict=True)
    for ord_, (passage, (digest, blob)) in enumerate(pairs):
        page = paper.pages[passage.page_index]
        item = paper.structure.items.get(passage.item or "")
        chunk_id = conn.insert(
            "INSERT INTO chunks(document_id, ord, text, context, kind, page_seq, page,"
            " page_label, item, item_title, minute, minute_heading, date, vote, question,"
            " repeats, embed_hash, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, ord_, passage.text, passage.context, passage.kind, passage.page_index,
             page.number, page.label, passage.item, item.title if item else None,
             passage.minute, passage.minute_heading,
             passage.minutes_date or paper.meta.meeting_date, passage.vote, passage.question,
             passage.repeats, digest, blob))
        conn.lexical.add("chunks", chunk_id, passage.text, passage.context)


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
        items = _agenda_items(conn, rows)
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


def _agenda_items(conn: Database, rows: list[Row]) -> dict[str, str]:
    """The items (number -> title) the meeting's agendas list; where two give one number
    different titles, the meeting's own agenda names it, not a paper printing an agenda of
    its own (a working group's note): the one listing more items by their pages, then more
    items."""
    ids = [row["id"] for row in rows if row["doc_type"] == "agenda pack"]
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
    return place(names, items, decision_reference(path, texts[0] if texts else ""),
                 meta if meta.doc_type == "minutes" else None, printed,
                 "\n".join(texts))


def _cite_under_item(conn: Database, doc_id: int, number: str, title: str) -> None:
    """Cite a paper under an agenda item. Its passages' context lines, embedded before the
    meeting's papers are all known, stay as they are: the item is for the citation."""
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
