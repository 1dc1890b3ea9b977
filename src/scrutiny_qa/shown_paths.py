"""Paths as the API shows them: under the corpus root, never the server's own folders.

The index records where each paper was found on the server, as an absolute path, so that
the file can be served and checked again. Answers that printed those paths told every
visitor how the server's disks are laid out (issue 25 D16). The API names a paper by its
id, and by its place under the corpus root: the deepest folder holding every indexed paper,
so that papers ingested from several folders stay apart ("kent/pack.pdf", "sefton/x.pdf").
"""

from __future__ import annotations

import os

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

    def answer(self, value: object) -> object:
        """An answer (JSON-ready dicts and lists) with every path and message rewritten."""
        if isinstance(value, list):
            return [self.answer(item) for item in value]
        if not isinstance(value, dict):
            return value
        return {key: self._field(key, item) for key, item in value.items()}

    def _field(self, key: str, value: object) -> object:
        if key in PATH_KEYS and isinstance(value, str):
            return self.path(value)
        if key in PATH_KEYS and isinstance(value, list):
            return [self.path(item) if isinstance(item, str) else item for item in value]
        if key in MESSAGE_KEYS and isinstance(value, str):
            return self.text(value)
        return self.answer(value)
