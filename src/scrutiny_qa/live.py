"""The live index of a running server: a new generation is taken up between requests.

An ingest writes a new generation beside the live one and then swaps the `current` pointer
(index.py). A server that opened the index once went on answering from the old generation,
deleted from disk by then, until it was restarted. Here every request leases the open
generation for as long as it runs; a lease first compares the pointer and the index folder
with what was seen last (two `stat` calls), and when they changed, the request that noticed
opens the new generation while the others go on with the old one, and then swaps it in.
The old one is closed when its last lease ends, so no request sees a store closed under it
and no request waits for another to finish.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scrutiny_qa import index
from scrutiny_qa.record_search import RecordSearch
from scrutiny_qa.shown_paths import ShownPaths


@dataclass
class Generation:
    """One opened generation, with what /healthz says of it (counted once, when opened)."""

    search: RecordSearch
    path: Path | None  # None for a database, which changes in place
    documents: int
    passages: int
    shown: ShownPaths
    leases: int = 0
    retired: bool = False

    @classmethod
    def of(cls, search: RecordSearch) -> Generation:
        conn = search.conn
        return cls(search, search.searcher.index.path,
                   conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
                   conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0],
                   ShownPaths.of(conn))

    @property
    def name(self) -> str:
        return self.search.searcher.index.name

    def close(self) -> None:
        self.search.searcher.close()


Stamp = tuple[tuple[int, int, int] | None, ...]


class LiveIndex:
    """The generation `index/current` names, reopened when the pointer moves."""

    def __init__(self, root: Path | None, opener: Callable[[], RecordSearch]) -> None:
        """`opener` opens the live generation (raising index.IndexUnavailable); `root` is
        the index folder, None for a database (whose papers change in place, but whose
        counts, paths' root and record vectors the server reads again after an ingest)."""
        self.root, self._opener = root, opener
        self._live: Generation | None = None
        self._seen: Stamp | None = None
        self._lock = threading.Lock()  # guards the lease counts and the swap
        self._opening = threading.Lock()  # one request opens a new generation at a time

    @contextmanager
    def lease(self) -> Iterator[Generation]:
        """The live generation, kept open until the block ends."""
        generation = self._current()
        try:
            yield generation
        finally:
            with self._lock:
                generation.leases -= 1
                done = generation.retired and generation.leases == 0
            if done:
                generation.close()

    def _current(self) -> Generation:
        """The live generation, its lease taken (`lease` gives it back)."""
        stamp = self._stamp()
        with self._lock:
            live = self._live
            if live is not None and stamp == self._seen:
                live.leases += 1
                return live
        # Only the first open makes requests wait; a reload is done by whoever noticed it.
        if not self._opening.acquire(blocking=live is None):
            return self._leased(live)
        try:
            return self._leased(self._reopened(stamp))
        finally:
            self._opening.release()

    def close(self) -> None:
        """Close the live generation once its requests end (the server is stopping)."""
        with self._lock:
            live, self._live = self._live, None
        if live is not None:
            self._retire(live)

    def _leased(self, generation: Generation) -> Generation:
        """`generation` with a lease taken; if it was retired meanwhile (and may be closed
        already), the one that replaced it."""
        with self._lock:
            if generation.retired:
                if self._live is None:
                    raise index.IndexUnavailable("the server is stopping")
                generation = self._live
            generation.leases += 1
        return generation

    def _reopened(self, stamp: Stamp) -> Generation:
        """The generation the pointer now names, opened unless it is the one already open.
        A new generation that cannot be opened (another model, a damaged file) leaves the
        old one serving, with one line said; with none open, the error is the answer."""
        live = self._live
        if live is not None and stamp == self._seen:
            return live  # opened by another request while this one waited
        if live is not None and self.root is not None \
                and index.current_generation(self.root) == live.path:
            self._seen = stamp
            return live
        try:
            opened = Generation.of(self._opener())
        except index.IndexUnavailable as exc:
            if live is None:
                raise
            print(f"warning: still answering from {live.name}: {exc}", file=sys.stderr)
            self._seen = stamp
            return live
        if self.root is None:
            stamp = _built(opened)  # what the next request compares with
        with self._lock:
            self._live, self._seen = opened, stamp
        if live is not None:
            self._retire(live)
        return opened

    def _retire(self, generation: Generation) -> None:
        with self._lock:
            generation.retired = True
            idle = generation.leases == 0
        if idle:
            generation.close()

    def _stamp(self) -> Stamp:
        """What changes when an ingest swaps the pointer (a new file by rename) or a
        generation folder comes or goes (the pointer's fallback may then name another)."""
        if self.root is None:
            return _built(self._live)
        return tuple(_identity(path) for path in (self.root / index.CURRENT, self.root))


def _built(generation: Generation | None) -> Stamp:
    """A database's stamp: which ingest finished last (the manifest's `ingest`, new at each)."""
    if generation is None:
        return (None,)
    return tuple(generation.search.conn.execute(
        "SELECT value FROM manifest WHERE key = 'ingest'").fetchone() or (None,))


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns, found.st_size
