"""Sources: the file behind an indexed document, only while it is still the file indexed.

A citation's page is a fact about the bytes that were indexed. When a file is replaced
after the ingest (an amended pack republished under the same name), opening it at the cited
page can show another page's text, and a wrong page is worse than none. So a file is served
only while its SHA-256 matches the index (or a byte-identical copy's path does), and `info`
names the files that no longer match, with the command that brings the index up to date.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from scrutiny_qa.storage import Database, Row

# A file's digest, remembered while its inode, size, modification and change times stay
# the same (the change time cannot be set back, as `cp -p` sets back the modification time),
# so that opening a long pack page after page hashes it once.
_digests: dict[str, tuple[tuple[int, ...], str]] = {}


class SourceUnavailable(Exception):
    """The indexed bytes of a document are not on disk to open; the message says why."""


class SourceChanged(SourceUnavailable):
    """The file is there, but it is no longer the one indexed."""


class SourceUnreadable(SourceUnavailable):
    """The file is there, but this process may not read it."""


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of the file at `path`, or None when there is no file there; raises
    SourceUnreadable when it is there but cannot be read."""
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            key = (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
            known = _digests.get(str(path))
            if known and known[0] == key:
                return known[1]
            digest = hashlib.sha256()
            while block := handle.read(1 << 20):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except OSError as exc:
        raise SourceUnreadable(f"{path} cannot be read ({exc.strerror or exc})") from None
    _digests[str(path)] = (key, digest.hexdigest())
    return digest.hexdigest()


def indexed_file(sha256: str, paths: list[str]) -> Path:
    """The first of `paths` (a document's own, then its byte-identical copies) whose bytes
    still hash to `sha256`; raises SourceChanged naming the first file found with other
    bytes, else SourceUnavailable."""
    changed = None
    for path in paths:
        digest = file_sha256(Path(path))
        if digest == sha256:
            return Path(path)
        changed = changed or (path if digest else None)
    if changed:
        raise _changed(changed)
    raise _gone(paths[0])


def indexed_bytes(sha256: str, paths: list[str]) -> tuple[Path, bytes]:
    """The path and the bytes of the file `indexed_file` finds, read once and hashed
    themselves, so that what is served is exactly what was checked: a file replaced between
    a check and a second read by path would reach the reader unchecked."""
    path = indexed_file(sha256, paths)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _gone(str(path)) from None
    except OSError as exc:
        raise SourceUnreadable(f"{path} cannot be read ({exc.strerror or exc})") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise _changed(str(path))
    return path, data


def _gone(path: str) -> SourceUnavailable:
    return SourceUnavailable(f"{path} is no longer there; run scrutiny-qa ingest --prune to"
                             " drop it from the index, or put the file back")


def _changed(path: str) -> SourceChanged:
    return SourceChanged(
        f"{path} has changed since it was indexed, so its pages may no longer be the"
        " ones cited; run scrutiny-qa ingest to index the new version")


def document_paths(conn: Database, document: Row) -> list[str]:
    """Where `document`'s bytes were found at ingest: its own path, then its copies'."""
    return [document["path"], *(row[0] for row in conn.execute(
        "SELECT path FROM aliases WHERE document_id=? ORDER BY path", (document["id"],)))]


def source_problem(citation: dict) -> str | None:
    """Why the file behind a passage's `citation` (its path, copies and digest) can no
    longer be trusted to open at the cited page, or None when it can. The citation already
    carries all three, so answering a question adds no query; a file hashed before is only
    opened to compare its status."""
    try:
        indexed_file(citation["sha256"], [citation["path"], *citation["aliases"]])
    except SourceUnavailable as exc:
        return str(exc)
    return None


def stale_documents(conn: Database) -> list[str]:
    """One line for each indexed document whose file is gone or changed."""
    stale = []
    for document in conn.execute("SELECT id, path, sha256 FROM documents ORDER BY path"):
        try:
            indexed_file(document["sha256"], document_paths(conn, document))
        except SourceUnavailable as exc:
            stale.append(str(exc))
    return stale
