"""Ingest: bring the index up to date with the files, in stages run in this order:

1. each file prepared alone (prepare.py: extract → structure → chunk) and written here in
   its own transaction, its passages without context line or vector yet;
2. the passes across papers (linking.py: meetings, agenda placement, councils, minute
   references, follow-ups);
3. every passage's context line built from what linking left in the index, and embedded
   where that line is new or changed (contextualise.py).

Incremental by content: a file whose SHA-256 is already indexed at that path is skipped, a
changed file is replaced, a byte-identical copy is recorded as an alias of the document it
duplicates, and (with prune) documents whose files are gone are removed. A file that fails
is reported with its reason and leaves whatever was indexed for it before in place.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny_qa import index
from scrutiny_qa.chunk import Passage
from scrutiny_qa.config import Settings
from scrutiny_qa.contextualise import Encoder, contextualise, spare
from scrutiny_qa.embed import Embedder
from scrutiny_qa.extract import Page
from scrutiny_qa.linking import link
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
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.structure import Structure
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
        finish(writer, paths, found.files, prune, embedder, stage=on_stage or unheard)
    summary.seconds = time.perf_counter() - started
    return summary


def finish(writer: Writer, paths: list[Path], files: list[Path], prune: bool,
           embedder: Embedder, encode: Encoder | None = None, stage: Stage = unheard) -> None:
    """What follows the papers' own writes, once every paper is in: pruning, the passes
    that read across papers (linking.py), then every passage's context line and vector
    (contextualise.py; `encode`: where vectors are computed, by default here)."""
    if prune:
        writer.prune([p.resolve() for p in paths], set(map(str, files)))
    writer.summary.followed_up = link(writer.conn)
    embedded, seconds = contextualise(writer.conn, embedder, encode, stage)
    writer.summary.embedded += embedded
    writer.summary.encode_seconds += seconds


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
            self.index(path, lambda: prepare(path, data, digest, self.settings.chunking,
                                             embedder, self.summary.warnings.append, stage))

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
            _delete_document(self.conn, replaced["id"])
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
            _delete_document(self.conn, replacing["id"])
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
                _delete_document(self.conn, doc["id"])
        self.summary.removed.append(path)


def _delete_document(conn: Database, doc_id: int) -> None:
    """Delete a document and all of its rows, its vectors kept aside for this ingest's
    passages (`contextualise.spare`)."""
    spare(conn, doc_id)
    conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))


def _insert_document(conn: Database, paper: Prepared) -> int:
    numbered = [p for p in paper.pages if p.number is not None]
    meta = paper.meta
    return conn.insert(
        "INSERT INTO documents(path, sha256, size, kind, title, doc_type, council, committee,"
        " meeting_date, decision, page_count, blank_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (str(paper.path), paper.digest, paper.size,
         "pdf" if paper.path.suffix.lower() == ".pdf" else "text",
         meta.title, meta.doc_type, meta.council, meta.committee, meta.meeting_date,
         paper.reference, len(numbered), sum(1 for p in paper.pages if p.is_blank)),
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
    """Store passages, their context line and vector to come (contextualise.py); a
    passage's date is the meeting it records (minutes reprinted in a later pack keep their
    own meeting's date), else its document's meeting date."""
    conn.executemany(
        "INSERT INTO chunks(document_id, ord, text, context, kind, page_seq, page,"
        " page_label, item, item_title, minute, minute_heading, date, vote, question,"
        " repeats, minutes_date, lead) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_passage_row(doc_id, ord_, passage, paper, paper.leads)
         for ord_, passage in enumerate(paper.passages)])


def _passage_row(doc_id: int, ord_: int, passage: Passage, paper: Prepared,
                 leads: dict[tuple, str]) -> tuple:
    page = paper.pages[passage.page_index]
    item = paper.structure.items.get(passage.item or "")
    lead = leads.get((passage.item, passage.minute, passage.minute_heading))
    return (doc_id, ord_, passage.text, "", passage.kind, passage.page_index, page.number,
            page.label, passage.item, item.title if item else None, passage.minute,
            passage.minute_heading, passage.minutes_date or paper.meta.meeting_date,
            passage.vote, passage.question, passage.repeats, passage.minutes_date,
            lead if passage.minute_heading else None)
