"""Ingest: run extract → structure → chunk → embed for each file and update the index.

Incremental by content: a file whose SHA-256 is already indexed at that path is skipped, a
changed file is replaced, a byte-identical copy is recorded as an alias of the document it
duplicates, and (with prune) documents whose files are gone are removed. A file that fails
is reported with its reason and leaves whatever was indexed for it before in place.
"""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from scrutiny_qa import index, store
from scrutiny_qa.acronyms import find_acronyms, spell_out
from scrutiny_qa.agenda import ItemPages, by_series, lettered, place
from scrutiny_qa.chunk import Passage, chunk_blocks, count_tokens
from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder
from scrutiny_qa.extract import ExtractionError, Page, extract
from scrutiny_qa.manifest import manifest_entry
from scrutiny_qa.metadata import (
    DOC_TYPES,
    DocumentMeta,
    apply_sidecar,
    council_among,
    date_in_words,
    decision_reference,
    infer_meta,
    inherit_meeting,
    meeting_folder_date,
    plain_name,
    sidecar_path,
)
from scrutiny_qa.record import store_record
from scrutiny_qa.references import resolve_references
from scrutiny_qa.structure import (
    FRONT,
    Block,
    Structure,
    analyse,
    split_at_stamps,
    whole_paper_item,
)
from scrutiny_qa.terms import decision_spellings
from scrutiny_qa.walk import find_files, special_kind

CONTEXT_TOKENS = 96
LEAD_TOKENS = 28
VOTE_TOKENS = 56  # a vote's label (motion, tally, outcome) stands in for the minute's lead
QUESTION_TOKENS = 48  # who asked whom, and the question's opening words
# Passages encoded between two reports of progress (~10 s on two cores).
EMBED_SLICE = 1024


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
    embedded: int = 0
    seconds: float = 0.0
    encode_seconds: float = 0.0
    rebuilt: bool = False


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
    """Bring the index at `settings.index_dir` up to date with the files under `paths`;
    `on_start(count)` and `on_file(path)` report progress, and `on_stage(path, stage)`
    progress within a file (a 50 MB text takes minutes); `follow_links` also indexes what
    links inside a folder point to outside it (`walk.find_files`)."""
    started = time.perf_counter()
    found = find_files(paths, follow_links)
    files = found.files
    summary = Summary(files=len(files), skipped=found.skipped)
    if on_start:
        on_start(len(files))
    root = settings.index_dir
    with index.lock(root):
        generation, fresh = index.start_generation(root, settings)
        summary.rebuilt = fresh and index.current_generation(root) is not None
        try:
            conn = store.connect(generation / index.STORE_FILE)
            worker = _Worker(conn, settings, embedder, summary, on_stage or _unheard)
            for path in files:
                worker.add(path)
                if on_file:
                    on_file(path)
            if prune:
                worker.prune([p.resolve() for p in paths], set(map(str, files)))
            _inherit_meetings(conn)
            _name_councils(conn)
            resolve_references(conn)
            conn.commit()
            conn.close()
            manifest = index.expected_manifest(settings, embedder.dimension)
            index.commit_generation(root, generation, manifest)
        except BaseException:
            index.discard_generation(generation)
            raise
    summary.seconds = time.perf_counter() - started
    return summary


def _unheard(_: Path, __: str) -> None:
    """Where progress within a file goes when the caller does not follow it."""


class _Worker:
    """Applies one ingest's changes to the new generation's store, file by file."""

    def __init__(self, conn: sqlite3.Connection, settings: Settings, embedder: Embedder,
                 summary: Summary, on_stage: Callable[[Path, str], None]) -> None:
        self.conn, self.settings, self.embedder, self.summary = conn, settings, embedder, summary
        self.on_stage = on_stage

    def add(self, path: Path) -> None:
        try:
            data = _read_regular(path)
        except OSError as exc:
            self.summary.failures.append((str(path), f"cannot read ({exc.strerror or exc})"))
            return
        digest = hashlib.sha256(data).hexdigest()
        key = str(path)
        same_path = self.conn.execute("SELECT id, sha256 FROM documents WHERE path=?",
                                      (key,)).fetchone()
        if same_path and same_path["sha256"] == digest:
            self.summary.unchanged += 1
            return
        alias = self.conn.execute(
            "SELECT d.sha256 FROM aliases a JOIN documents d ON d.id=a.document_id WHERE a.path=?",
            (key,)).fetchone()
        if alias and alias["sha256"] == digest:
            self.summary.unchanged += 1
            return
        original = self.conn.execute("SELECT id, path FROM documents WHERE sha256=?",
                                     (digest,)).fetchone()
        if original and original["path"] != key:
            self._alias(path, original, same_path)
            return
        self._index_alone(path, data, digest, same_path)

    def _index_alone(self, path: Path, data: bytes, digest: str,
                     replacing: sqlite3.Row | None) -> None:
        """Index one paper inside a savepoint: a paper that fails, for a reason of its own
        or a fault of ours it alone meets, is reported and leaves what was indexed for it
        before, and the rest of the ingest goes on. A store error is no paper's: it stops
        the ingest, and the live index is untouched."""
        counts = {key: value for key, value in vars(self.summary).items()
                  if type(value) is int}
        self.conn.execute("SAVEPOINT paper")
        try:
            self._index(path, data, digest, replacing=replacing)
        except ExtractionError as exc:
            reason = str(exc)
        except sqlite3.Error:
            raise
        except Exception as exc:
            reason = f"internal error ({type(exc).__name__}: {exc}); please report it"
        else:
            self.conn.execute("RELEASE paper")
            return
        self.conn.execute("ROLLBACK TO paper")
        self.conn.execute("RELEASE paper")
        vars(self.summary).update(counts)  # nothing of the paper was indexed
        self.summary.failures.append((str(path), reason))

    def _alias(self, path: Path, original: sqlite3.Row, replaced: sqlite3.Row | None) -> None:
        """Record `path` as a copy of `original`; the shorter name (not "x (copy).pdf" or
        "x_1.pdf") stays the document's path, the other becomes its alias."""
        if replaced:
            self.conn.execute("DELETE FROM documents WHERE id=?", (replaced["id"],))
        alias, keep = str(path), original["path"]
        if len(path.name) < len(Path(keep).name):
            alias, keep = keep, str(path)
            self.conn.execute("UPDATE documents SET path=? WHERE id=?", (keep, original["id"]))
            self.conn.execute("DELETE FROM aliases WHERE path=?", (keep,))
        self.conn.execute("INSERT OR REPLACE INTO aliases(path, document_id) VALUES (?, ?)",
                          (alias, original["id"]))
        self.summary.duplicates.append((alias, keep))

    def _index(self, path: Path, data: bytes, digest: str, replacing: sqlite3.Row | None) -> None:
        self.on_stage(path, "reading")
        pages = split_at_stamps(extract(
            path, data, lambda why: self.summary.warnings.append((str(path), why))))
        handed, problems = manifest_entry(path, DOC_TYPES)
        meta = replace(infer_meta(path, [p.text for p in pages]), **_meta_fields(handed))
        meta, left_out = apply_sidecar(meta, path)
        self.summary.warnings += [(str(path), why) for why in problems]
        self.summary.warnings += [(str(sidecar_path(path)), why) for why in left_out]
        self.on_stage(path, "finding its structure")
        structure = analyse(pages, meta.doc_type == "minutes")
        if handed.get("item"):
            structure = whole_paper_item(structure, handed["item"])
        reference = decision_reference(path, pages[0].text if pages else "")
        context_of = _context_maker(meta, structure, reference)
        acronyms = sorted(find_acronyms("\n".join(p.text for p in pages)))
        spelled = spell_out(acronyms)
        self.on_stage(path, "cutting passages")
        passages = chunk_blocks(structure.blocks, context_of, self.settings.chunking,
                                lambda text: self.embedder.fits(spelled(text)))
        if not passages:
            raise ExtractionError("no text to index: its pages print only page numbers, "
                                  "agenda stamps or lines repeated on every page")
        vectors = self._vectors(path, [spelled(p.embed_text()) for p in passages])
        if replacing:
            self.conn.execute("DELETE FROM documents WHERE id=?", (replacing["id"],))
            self.summary.replaced += 1
        else:
            self.summary.indexed += 1
        self.conn.execute("DELETE FROM aliases WHERE path=?", (str(path),))
        doc_id = _insert_document(self.conn, path, data, digest, meta, pages)
        _insert_pages(self.conn, doc_id, pages, structure)
        _insert_items(self.conn, doc_id, pages, structure)
        _insert_passages(self.conn, doc_id, meta, pages, structure, passages, vectors)
        counts = store_record(self.conn, doc_id, structure, meta.doc_type, context_of)
        self.summary.resolutions += counts["resolutions"]
        self.summary.commitments += counts["commitments"]
        self.conn.executemany(
            "INSERT INTO acronyms(document_id, short, long) VALUES (?,?,?)",
            [(doc_id, short, long) for short, long in acronyms])
        numbered = [p for p in pages if p.number is not None]
        self.summary.pages += len(numbered)
        self.summary.blank_pages += sum(1 for p in numbered if p.is_blank)
        self.summary.unpaged += int(not numbered)
        self.summary.passages += len(passages)

    def _vectors(self, path: Path, texts: list[str]) -> list[tuple[str, bytes]]:
        """Vectors for `texts`, reusing stored ones for text already embedded; encoded a
        slice at a time, each reported, since a long paper's passages take minutes."""
        hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        known = store.known_vectors(self.conn, hashes)
        pairs = zip(hashes, texts, strict=True)
        missing = sorted({h: t for h, t in pairs if h not in known}.items())
        for start in range(0, len(missing), EMBED_SLICE):
            self.on_stage(path, f"embedding passages {start:,}/{len(missing):,}")
            chunk = missing[start:start + EMBED_SLICE]
            started = time.perf_counter()
            encoded = self.embedder.encode([t for _, t in chunk])
            self.summary.encode_seconds += time.perf_counter() - started
            self.summary.embedded += len(chunk)
            known.update({h: store.vector_blob(v) for (h, _), v in zip(chunk, encoded,
                                                                          strict=True)})
        return [(h, known[h]) for h in hashes]

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


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file; one replaced by a named pipe since the walk is refused
    before it is opened, since opening a pipe waits for a writer."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise OSError(f"not a regular file: {special_kind(mode)}")
    return path.read_bytes()


def _context_maker(meta: DocumentMeta, structure: Structure,
                   reference: str | None = None) -> Callable[[Block], str]:
    """The context line embedded and keyword-indexed with each passage: council (questions
    name the council whose papers they mean), document title, decision number and meeting
    date, agenda item, the member's question an answer answers,
    and minute (its heading, the date of the meeting it records and its opening words, which
    say what a resolution further down is about; in a recorded vote, the vote's label, which
    names the motion and the result). Clipped to CONTEXT_TOKENS, the minute's opening words
    or the vote's label kept whole."""
    leads = _minute_leads(structure.blocks)
    when = date_in_words(meta.meeting_date)
    title = meta.title
    if reference and not any(form in title for form in decision_spellings(reference)):
        title = f"{title} · Decision {reference}"
    if when and when not in title:
        title = f"{title} · {when}"
    if meta.council and meta.council not in title:  # a question may name the council
        title = f"{meta.council} · {title}"

    def context_of(block: Block) -> str:
        parts = [title]
        item = structure.items.get(block.item or "")
        if item and item.title and item.title != block.minute_heading:  # said once
            parts.append(f"Item {item.number}: {item.title}")
        if block.question:
            parts.append(_clip(block.question, QUESTION_TOKENS))
        if block.minute_heading:
            number = f"Minute {block.minute}: " if block.minute else ""
            minuted = date_in_words(block.minutes_date)
            dated = f" (meeting of {minuted})" if minuted else ""
            lead = _clip(block.vote, VOTE_TOKENS) if block.vote \
                else leads.get(_minute_key(block), "")
            parts.append(f"{number}{block.minute_heading}{dated}")
            if lead:  # what the minute or vote is about outlasts a long title or heading
                said = f" — {lead}"
                return _clip(" | ".join(parts), CONTEXT_TOKENS - count_tokens(said)) + said
        return _clip(" | ".join(parts), CONTEXT_TOKENS)

    return context_of


def _minute_key(block: Block) -> tuple:
    return (block.item, block.minute, block.minute_heading)


def _minute_leads(blocks: list[Block]) -> dict[tuple, str]:
    """The first words of each minute's opening paragraph, by minute."""
    leads: dict[tuple, str] = {}
    for block in blocks:
        key = _minute_key(block)
        if block.minute_heading and key not in leads and block.kind in {"para", "list"}:
            leads[key] = _clip(block.text, LEAD_TOKENS)
    return leads


def _clip(text: str, limit: int) -> str:
    while count_tokens(text) > limit:
        text = text[: int(len(text) * 0.8)].rstrip() + "…"
    return text


def _insert_document(conn: sqlite3.Connection, path: Path, data: bytes, digest: str,
                     meta: DocumentMeta, pages: list[Page]) -> int:
    numbered = [p for p in pages if p.number is not None]
    cursor = conn.execute(
        "INSERT INTO documents(path, sha256, size, kind, title, doc_type, council, committee,"
        " meeting_date, page_count, blank_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (str(path), digest, len(data), "pdf" if path.suffix.lower() == ".pdf" else "text",
         meta.title, meta.doc_type, meta.council, meta.committee, meta.meeting_date,
         len(numbered), sum(1 for p in pages if p.is_blank)),
    )
    return int(cursor.lastrowid)


def _insert_pages(conn: sqlite3.Connection, doc_id: int, pages: list[Page],
                  structure: Structure) -> None:
    conn.executemany(
        "INSERT INTO pages(document_id, seq, number, label, item, blank, text)"
        " VALUES (?,?,?,?,?,?,?)",
        [(doc_id, seq, p.number, p.label, structure.page_items[seq], int(p.is_blank), p.text)
         for seq, p in enumerate(pages)],
    )


def _insert_items(conn: sqlite3.Connection, doc_id: int, pages: list[Page],
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


def _insert_passages(conn: sqlite3.Connection, doc_id: int, meta: DocumentMeta,
                     pages: list[Page], structure: Structure, passages: list[Passage],
                     vectors: list[tuple[str, bytes]]) -> None:
    """Store passages; a passage's date is the meeting it records (minutes reprinted in a
    later pack keep their own meeting's date), else its document's meeting date."""
    rows = []
    for ord_, (passage, (digest, blob)) in enumerate(zip(passages, vectors, strict=True)):
        page = pages[passage.page_index]
        item = structure.items.get(passage.item or "")
        rows.append((doc_id, ord_, passage.text, passage.context, passage.kind,
                     passage.page_index, page.number, page.label, passage.item,
                     item.title if item else None, passage.minute, passage.minute_heading,
                     passage.minutes_date or meta.meeting_date, passage.vote, passage.question,
                     passage.repeats, digest, blob))
    conn.executemany(
        "INSERT INTO chunks(document_id, ord, text, context, kind, page_seq, page, page_label,"
        " item, item_title, minute, minute_heading, date, vote, question, repeats, embed_hash,"
        " vector) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def _name_councils(conn: sqlite3.Connection) -> None:
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


def _inherit_meetings(conn: sqlite3.Connection) -> None:
    """Papers in one meeting's folder are cited as that meeting's (`inherit_meeting`).

    Only folders named for a date (e.g. `cabinet/2025-01-30/`) count as a meeting's folder;
    a general corpus folder says nothing about the meeting of the papers in it.
    """
    folders: dict[tuple[Path, str], list[sqlite3.Row]] = {}
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
            meta = replace(inherit_meeting(_meta_of(row), meeting), **_meta_fields(handed))
            conn.execute("UPDATE documents SET council=?, committee=?, meeting_date=? WHERE id=?",
                         (meta.council, meta.committee, meta.meeting_date, row["id"]))
            conn.execute("UPDATE chunks SET date=? WHERE document_id=? AND date IS NULL",
                         (meta.meeting_date, row["id"]))
            if row["doc_type"] != "agenda pack":
                papers.append((row, meta))
        if items:
            _place_papers(conn, papers, items, day, [row["id"] for row in rows], handed_items)
            _title_declared_items(conn, [row["id"] for row, _ in papers], items)


def _place_papers(conn: sqlite3.Connection, papers: list[tuple[sqlite3.Row, DocumentMeta]],
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


def _title_declared_items(conn: sqlite3.Connection, ids: list[int],
                          items: dict[str, str]) -> None:
    """Give the items a meeting's papers declare without a title ("Agenda Item: G-3)"
    closing an adopted resolution) the title the meeting's agenda prints for them."""
    marks = ",".join("?" * len(ids))
    for number, title in items.items():
        conn.execute(f"UPDATE chunks SET item_title=? WHERE document_id IN ({marks})"
                     " AND item=? AND item_title IS NULL", [title, *ids, number])
        conn.execute(f"UPDATE items SET title=? WHERE document_id IN ({marks})"
                     " AND number=? AND title IS NULL", [title, *ids, number])


def _place_series(conn: sqlite3.Connection, papers: list[sqlite3.Row], waiting: set[int],
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


def _item_pages(conn: sqlite3.Connection, ids: list[int], items: dict[str, str]) -> ItemPages:
    """What the meeting's pages already placed print under each of the agenda's `items`."""
    marks = ",".join("?" * len(ids))
    printed = ItemPages()
    for page in conn.execute(f"SELECT item, text FROM pages WHERE document_id IN ({marks})"
                             " AND item IS NOT NULL", ids):
        if page["item"] in items:
            printed.add(page["item"], page["text"])
    return printed


def _page_texts(conn: sqlite3.Connection, doc_id: int) -> list[str]:
    return [page[0] for page in conn.execute(
        "SELECT text FROM pages WHERE document_id=? ORDER BY seq", (doc_id,))]


def _agenda_items(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[str, str]:
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


def _unplaced(conn: sqlite3.Connection, row: sqlite3.Row, meta: DocumentMeta,
              day: str) -> bool:
    """Whether a paper of the meeting held on `day` waits for an agenda item: not when it
    names items of its own or is placed already; minutes only when they record another
    meeting (their headings cite that meeting's items, but they are published as an item of
    this one: "Minutes of the meeting held on …")."""
    if meta.doc_type == "minutes":
        return meta.meeting_date != day
    return _placed_item(conn, row["id"]) is None


def _placed_item(conn: sqlite3.Connection, doc_id: int) -> str | None:
    """An agenda item a paper's passages are cited under, if any."""
    found = conn.execute("SELECT item FROM chunks WHERE document_id=? AND item IS NOT NULL"
                         " AND item != ? LIMIT 1", (doc_id, FRONT)).fetchone()
    return found[0] if found else None


def _agenda_item(row: sqlite3.Row, meta: DocumentMeta, items: dict[str, str],
                 printed: ItemPages, texts: list[str]) -> str | None:
    """The item a separately published paper (its pages' `texts`) is (`agenda.place`)."""
    path = Path(row["path"])
    names = [name for name in (plain_name(path), row["title"]) if name]
    return place(names, items, decision_reference(path, texts[0] if texts else ""),
                 meta if meta.doc_type == "minutes" else None, printed,
                 "\n".join(texts))


def _cite_under_item(conn: sqlite3.Connection, doc_id: int, number: str, title: str) -> None:
    """Cite a paper under an agenda item. Its passages' context lines, embedded before the
    meeting's papers are all known, stay as they are: the item is for the citation."""
    conn.execute("UPDATE chunks SET item=?, item_title=? WHERE document_id=?",
                 (number, title, doc_id))
    conn.execute("UPDATE pages SET item=? WHERE document_id=?", (number, doc_id))


def _folder_meeting(rows: list[sqlite3.Row], day: str) -> DocumentMeta:
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


def _meta_fields(handed: dict[str, str]) -> dict[str, str]:
    """The document metadata among a manifest row's fields (all but the item)."""
    return {key: value for key, value in handed.items() if key != "item"}


def _meta_of(row: sqlite3.Row) -> DocumentMeta:
    return DocumentMeta(row["title"], row["doc_type"], row["council"], row["committee"],
                        row["meeting_date"])
