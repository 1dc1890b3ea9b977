"""The embedded backend's store: SQLite for documents, pages, items, passages and the
record, FTS5 for keyword search (the `storage.Database` and `storage.LexicalIndex`).

SQLite holds everything except the vector search structure: passage embeddings are kept
here too (as float32 blobs), so the FAISS index can always be rebuilt from this file and an
unchanged passage of a changed document is never embedded twice.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import numpy as np

from scrutiny_qa.storage import LEXICAL_TABLES

# Indexes of the store's tables, in SQL both backends read (postgres.py uses them too).
INDEXES = """
CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id);
CREATE INDEX IF NOT EXISTS minutes_document ON minutes(document_id);
CREATE INDEX IF NOT EXISTS resolutions_document ON resolutions(document_id);
CREATE INDEX IF NOT EXISTS commitments_document ON commitments(document_id);
CREATE INDEX IF NOT EXISTS refs_target ON minute_refs(target_id);
CREATE INDEX IF NOT EXISTS refs_minute ON minute_refs(minute_id);
CREATE INDEX IF NOT EXISTS record_chunks_chunk ON record_chunks(chunk_id);
CREATE INDEX IF NOT EXISTS chunks_embed_hash ON chunks(embed_hash);
"""
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    council TEXT,
    committee TEXT,
    meeting_date TEXT,
    decision TEXT,  -- a decision record's number ("24/00093"), which context lines quote
    page_count INTEGER NOT NULL,
    blank_pages INTEGER NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS aliases (
    path TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    number INTEGER,
    label TEXT,
    item TEXT,
    blank INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS items (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    title TEXT,
    first_label INTEGER,
    last_label INTEGER,
    first_page INTEGER,
    last_page INTEGER,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    context TEXT NOT NULL,
    kind TEXT NOT NULL,
    page_seq INTEGER NOT NULL,
    page INTEGER,
    page_label TEXT,
    item TEXT,
    item_title TEXT,
    minute TEXT,
    minute_heading TEXT,
    date TEXT,
    vote TEXT,
    question TEXT,
    repeats INTEGER NOT NULL DEFAULT 0,  -- characters repeating the passage before's end
    minutes_date TEXT,  -- the meeting a minute reprinted in a pack records
    lead TEXT,  -- its minute's opening words
    -- the context line and vector, set once the corpus is linked (contextualise.py);
    -- NULL until then, when the passage is in no keyword or vector index
    embed_hash TEXT,
    vector BLOB
);
CREATE TABLE IF NOT EXISTS spare_vectors (  -- a replaced paper's, for reuse (contextualise.py)
    embed_hash TEXT PRIMARY KEY,
    vector BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS acronyms (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    short TEXT NOT NULL,
    long TEXT NOT NULL,
    PRIMARY KEY (document_id, short, long)
);
CREATE TABLE IF NOT EXISTS minutes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT,
    heading TEXT NOT NULL,
    meeting_date TEXT,
    item TEXT,
    first_page_seq INTEGER NOT NULL,
    last_page_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS resolutions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minute_id INTEGER REFERENCES minutes(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    preamble TEXT NOT NULL,
    page_seq INTEGER NOT NULL,
    last_page_seq INTEGER NOT NULL,
    item TEXT,
    vote TEXT
);
CREATE TABLE IF NOT EXISTS resolution_parts (
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    label TEXT,
    text TEXT NOT NULL,
    page_seq INTEGER NOT NULL,
    PRIMARY KEY (resolution_id, seq)
);
CREATE TABLE IF NOT EXISTS commitments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minute_id INTEGER REFERENCES minutes(id) ON DELETE CASCADE,
    resolution_id INTEGER REFERENCES resolutions(id) ON DELETE CASCADE,
    part TEXT,
    kind TEXT NOT NULL,
    who TEXT,
    what TEXT NOT NULL,
    by_when TEXT,
    due_date TEXT,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    page_seq INTEGER NOT NULL,
    item TEXT,
    followed_up_by INTEGER REFERENCES chunks(id) ON DELETE SET NULL  -- follow_up.py
);
CREATE TABLE IF NOT EXISTS minute_refs (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minute_id INTEGER REFERENCES minutes(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    number TEXT NOT NULL,
    part TEXT,
    ref_date TEXT,
    committee TEXT,
    page_seq INTEGER NOT NULL,
    target_id INTEGER REFERENCES minutes(id) ON DELETE SET NULL,
    resolved_by TEXT
);
CREATE TABLE IF NOT EXISTS record_chunks (
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    chunk_id INTEGER NOT NULL REFERENCES chunks(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, record_id, chunk_id)
);
""" + INDEXES + """CREATE VIRTUAL TABLE IF NOT EXISTS resolutions_fts USING fts5(
    text, context, tokenize='porter unicode61'
);
CREATE VIRTUAL TABLE IF NOT EXISTS commitments_fts USING fts5(
    text, context, tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS resolutions_ad AFTER DELETE ON resolutions BEGIN
    DELETE FROM resolutions_fts WHERE rowid = old.id;
    DELETE FROM record_chunks WHERE kind = 'resolution' AND record_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS commitments_ad AFTER DELETE ON commitments BEGIN
    DELETE FROM commitments_fts WHERE rowid = old.id;
    DELETE FROM record_chunks WHERE kind = 'commitment' AND record_id = old.id;
END;
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, context, content='chunks', content_rowid='id', tokenize='porter unicode61'
);
DROP TRIGGER IF EXISTS chunks_ai;  -- rows are added by Fts5Lexical.add, as on every backend
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks WHEN old.embed_hash IS NOT NULL
BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, context)
    VALUES ('delete', old.id, old.text, old.context);
END;
"""


# Connections a Reader opens: one each for a server's quick-lane threads (one per core),
# its keyword-search helpers (up to four) and its close-reading thread, on two cores.
READERS = 8


class Connection(sqlite3.Connection):
    """A SQLite connection that is a `storage.Database`."""

    errors = (sqlite3.Error,)

    @property
    def lexical(self) -> Fts5Lexical:
        return Fts5Lexical(self)

    def insert(self, sql: str, params: Sequence = ()) -> int:
        return int(self.execute(sql, params).lastrowid)

    @contextmanager
    def paper(self) -> Iterator[None]:
        self.execute("SAVEPOINT paper")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK TO paper")
            raise
        finally:
            self.execute("RELEASE paper")


class Reader:
    """A store opened read-only for a server's threads, each reading through a connection of
    its own (a `storage.Database`, as postgres.Database is with its thread-local
    connections). SQLite runs one statement at a time per connection, so threads sharing
    one waited for each other's keyword searches; with one each, reads run side by side.

    The connections are all opened at once, when the reader is: an ingest deletes a
    replaced generation's folder while a server may still be answering from it, and only
    a file opened before that can still be read. A thread takes a connection on its first
    read, the least used one, which is free again once its thread has ended (a server's
    worker threads come and go); past `size` threads, threads share them."""

    errors = Connection.errors

    def __init__(self, path: Path, size: int = READERS) -> None:
        self._connections: list[Connection] = []
        try:
            for _ in range(size):
                self._connections.append(connect(path, readonly=True))
        except sqlite3.Error:
            self.close()
            raise
        self._holders: dict[threading.Thread, Connection] = {}
        self._local = threading.local()
        self._lock = threading.Lock()  # guards `_holders` and `_closed`
        self._closed = False

    @property
    def conn(self) -> Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        return conn if conn is not None else self._take()

    def _take(self) -> Connection:
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            for thread in [thread for thread in self._holders if not thread.is_alive()]:
                del self._holders[thread]
            held = Counter(id(conn) for conn in self._holders.values())
            conn = min(self._connections, key=lambda conn: held[id(conn)])
            self._holders[threading.current_thread()] = conn
        self._local.conn = conn
        return conn

    @property
    def lexical(self) -> Fts5Lexical:
        return Fts5Lexical(self)

    def execute(self, sql: str, params: Sequence = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def insert(self, sql: str, params: Sequence = ()) -> int:
        return self.conn.insert(sql, params)

    def paper(self) -> AbstractContextManager[None]:
        return self.conn.paper()

    def commit(self) -> None:
        self.conn.commit()

    def close(self) -> None:
        """Close every connection (a thread reading afterwards gets SQLite's
        ProgrammingError, as from a closed connection)."""
        self._closed = True
        for conn in self._connections:
            conn.close()


class Fts5Lexical:
    """BM25 by FTS5: `<table>_fts` holds each searchable row's text and context."""

    def __init__(self, conn: Connection | Reader) -> None:
        self.conn = conn

    def add(self, table: str, rowid: int, text: str, context: str) -> None:
        self.conn.execute(f"INSERT INTO {_fts(table)}(rowid, text, context) VALUES (?,?,?)",
                          (rowid, text, context))

    def remove(self, table: str, rowid: int, text: str, context: str) -> None:
        fts = _fts(table)
        if table == "chunks":  # its words are the passages' own columns (external content)
            self.conn.execute(f"INSERT INTO {fts}({fts}, rowid, text, context)"
                              " VALUES ('delete',?,?,?)", (rowid, text, context))
        else:
            self.conn.execute(f"DELETE FROM {fts} WHERE rowid=?", (rowid,))

    def search(self, table: str, terms: Sequence[str], weights: tuple[float, float],
               limit: int | None = None, where: tuple[str, list] | None = None) -> list[int]:
        match = " OR ".join(_phrase(t) for t in terms)
        if not match:
            return []
        fts, rank = _fts(table), f"bm25({_fts(table)}, {float(weights[0])}, {float(weights[1])})"
        tail, args = (" LIMIT ?", [limit]) if limit is not None else ("", [])
        if where is None:  # no join: an OR of a question's words matches ~half the rows
            sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY {rank}{tail}"
            return [row[0] for row in self.conn.execute(sql, [match, *args])]
        sql = (f"SELECT c.id FROM {fts} f JOIN chunks c ON c.id = f.rowid"
               " JOIN documents d ON d.id = c.document_id"
               f" WHERE {fts} MATCH ? AND {where[0]} ORDER BY {rank}{tail}")
        return [row[0] for row in self.conn.execute(sql, [match, *where[1], *args])]

    def matches(self, table: str, term: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {_fts(table)} WHERE {_fts(table)} MATCH ?",
                                 (_phrase(term),)).fetchone()[0]


def _fts(table: str) -> str:
    if table not in LEXICAL_TABLES:
        raise ValueError(f"no keyword index on '{table}'")
    return f"{table}_fts"


def _phrase(term: str) -> str:
    """`term` as one FTS5 phrase: its words in order, any quotes dropped."""
    return '"' + term.replace('"', "") + '"'


def connect(path: Path, readonly: bool = False) -> Connection:
    """Open the store; read-only connections are safe to share with a running server."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                               factory=Connection)
    else:
        conn = sqlite3.connect(path, factory=Connection)
        conn.executescript(SCHEMA)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# A passage's vector is stored as its float32 bytes (the FAISS index is rebuilt from them).
sqlite3.register_adapter(np.ndarray, lambda vector: vector.astype(np.float32).tobytes())


def blob_vector(blob: object) -> np.ndarray:
    """A stored vector as float32: SQLite gives its bytes, pgvector a `Vector`."""
    if isinstance(blob, bytes | bytearray | memoryview):
        return np.frombuffer(blob, dtype=np.float32)
    return np.asarray(blob.to_numpy() if hasattr(blob, "to_numpy") else blob, dtype=np.float32)


def all_vectors(conn: sqlite3.Connection, dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """Every passage id and its vector, for (re)building the FAISS index."""
    rows = conn.execute("SELECT id, vector FROM chunks ORDER BY id").fetchall()
    ids = np.array([row["id"] for row in rows], dtype=np.int64)
    matrix = np.zeros((len(rows), dimension), dtype=np.float32)
    for i, row in enumerate(rows):
        matrix[i] = blob_vector(row["vector"])
    return ids, matrix


# SQLite row ids are signed 64-bit: a larger number is no id, and binding it raises.
MAX_ID = 2**63 - 1
# What follows a LIKE placed on user text: its own % and _ then match only themselves.
LIKE_ESCAPE = "ESCAPE '\\'"


def like_pattern(text: str, prefix: str = "%", suffix: str = "%") -> str:
    """A LIKE pattern (used with LIKE_ESCAPE) for `text` between `prefix` and `suffix`, its
    own wildcards taken literally: a filter "50%" means fifty per cent, not "50" and more."""
    literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{prefix}{literal}{suffix}"


def row_id(text: str) -> int | None:
    """`text` as a row id when it is one: ASCII digits only (not "²" or "٣", which Python
    counts as digits) and within SQLite's range; else None."""
    if text.isascii() and text.isdigit() and len(text) <= len(str(MAX_ID)):
        number = int(text)
        return number if number <= MAX_ID else None
    return None
