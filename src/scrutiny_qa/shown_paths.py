"""Paths as the API shows them: under the corpus root, never the server's own folders.

The index records where each paper was found on the server, as an absolute path, so that
the file can be served and checked again. Answers that printed those paths told every
visitor how the server's disks are laid out (issue 25 D16). The API names a paper by its
id, and by its place under the corpus root: the deepest folder holding every indexed paper,
so that papers ingested from several folders stay apart ("kent/pack.pdf", "sefton/x.pdf").
"""

from __future__ import annotations

import os
from collections.abc import Callable

from scrutiny_qa.storage import Database

# Keys of an answer that hold a paper's path, or a list of them, at any depth.
PATH_KEYS = frozenset({"path", "aliases"})
# Keys holding a message that may quote a path (why a source cannot be opened).
MESSAGE_KEYS = frozenset({"source_problem", "detail"})


class ShownPaths:
    """Rewrites server paths as places under one root folder."""

    def __init__(self, root: str) -> None:
        self.prefix = root.rstrip(os.sep) + os.sep if root else ""

    @classmethod
    def of(cls, conn: Database) -> ShownPaths:
        """The view for an index: its root is the deepest folder holding every paper."""
        folders = {os.path.dirname(row[0]) for row in conn.execute(
            "SELECT path FROM documents UNION SELECT path FROM aliases")}
        return cls(os.path.commonpath(folders) if folders else "")

    def path(self, path: str) -> str:
        """`path` under the root (the file's name alone if it lies elsewhere)."""
        if self.prefix and path.startswith(self.prefix):
            return path[len(self.prefix):]
        return os.path.basename(path)

    def text(self, message: str) -> str:
        """A message with every path under the root written relative to it."""
        return message.replace(self.prefix, "") if self.prefix else message

    def full(self, shown: str) -> str:
        """The server's own path of a paper this view shows as `shown`."""
        return self.prefix + shown

    def answer(self, value: object) -> object:
        """An answer (JSON-ready dicts and lists) with every path and message rewritten."""
        return _rewritten(value, self.path, self.text)

    def restored(self, value: object) -> object:
        """An answer as `answer` rewrote it with its papers' full paths put back, for a
        client on the server's machine (remote.py); its messages stay as they are."""
        return _rewritten(value, self.full, str)


def _rewritten(value: object, path: Callable[[str], str], text: Callable[[str], str]) -> object:
    """`value` with `path` applied to every path in it, at any depth, and `text` to every
    message."""
    if isinstance(value, list):
        return [_rewritten(item, path, text) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: _field(key, item, path, text) for key, item in value.items()}


def _field(key: str, value: object, path: Callable[[str], str],
           text: Callable[[str], str]) -> object:
    if key in PATH_KEYS and isinstance(value, str):
        return path(value)
    if key in PATH_KEYS and isinstance(value, list):
        return [path(item) if isinstance(item, str) else item for item in value]
    if key in MESSAGE_KEYS and isinstance(value, str):
        return text(value)
    return _rewritten(value, path, text)
