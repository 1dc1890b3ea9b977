"""Sources: the file behind an indexed document, only while it is still the file indexed.

A citation's page is a fact about the bytes that were indexed. When a file is replaced
after the ingest (an amended pack republished under the same name), opening it at the cited
page can show another page's text, and a wrong page is worse than none. So a file is served
only while its SHA-256 matches the index (or a byte-identical copy's path does), and `info`
names the files that no longer match, with the command that brings the index up to date.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

# A file's digest, remembered while its size and modification time stay the same, so that
# opening a long pack page after page hashes it once.
_digests: dict[str, tuple[int, int, str]] = {}


class SourceUnavailable(Exception):
    """The indexed bytes of a document are no longer on disk; the message says why."""


class SourceChanged(SourceUnavailable):
    """The file is there, but it is no longer the one indexed."""


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of the file at `path`, or None when there is no file there."""
    if not path.is_file():
        return None
    stat = path.stat()
    known = _digests.get(str(path))
    if known and known[:2] == (stat.st_size, stat.st_mtime_ns):
        return known[2]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _digests[str(path)] = (stat.st_size, stat.st_mtime_ns, digest)
    return digest


def indexed_file(conn: sqlite3.Connection, document: sqlite3.Row) -> Path:
    """The path (the document's own, else a byte-identical copy's) whose bytes are still
    those indexed; raises SourceChanged when it is there with other bytes, else
    SourceUnavailable."""
    paths = [document["path"], *(row[0] for row in conn.execute(
        "SELECT path FROM aliases WHERE document_id=? ORDER BY path", (document["id"],)))]
    digests = {path: file_sha256(Path(path)) for path in paths}
    for path, digest in digests.items():
        if digest == document["sha256"]:
            return Path(path)
    if any(digests.values()):
        raise SourceChanged(
            f"{document['path']} has changed since it was indexed, so its pages may no longer"
            " be the ones cited; run scrutiny-qa ingest to index the new version")
    raise SourceUnavailable(f"{document['path']} is no longer there; run scrutiny-qa ingest"
                            " --prune to drop it from the index, or put the file back")


def source_problem(conn: sqlite3.Connection, document: sqlite3.Row) -> str | None:
    """Why `document`'s file can no longer be trusted to open at a cited page (gone, or
    changed since it was indexed), or None when it can."""
    try:
        indexed_file(conn, document)
    except SourceUnavailable as exc:
        return str(exc)
    return None


def stale_documents(conn: sqlite3.Connection) -> list[str]:
    """One line for each indexed document whose file is gone or changed."""
    documents = conn.execute("SELECT id, path, sha256 FROM documents ORDER BY path")
    return [problem for document in documents.fetchall()
            if (problem := source_problem(conn, document))]
