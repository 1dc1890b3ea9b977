"""What every index backend offers the rest of the product: three small protocols.

Ranking, fusion, re-ranking and citations live above these protocols, in Python, so the
embedded backend (SQLite + FTS5 + FAISS, `store.py` and `index.py`) and PostgreSQL +
pgvector (`postgres.py`) give the same answers from the same code:

- `Database`: the document store (documents, pages, items, passages and the record),
  spoken to in one portable subset of SQL: `?` placeholders, standard joins and
  aggregates, `LIKE … ESCAPE` (always case-insensitive), `INSERT … ON CONFLICT`. New ids
  come back from `insert`; one paper's writes are all-or-nothing inside `paper()`.
- `LexicalIndex`: BM25 over a table's `text` and `context` (FTS5's formula on both); a
  passage is added once its context line is built (contextualise.py).
- `VectorIndex`: passages by inner product with a question's embedding.

A backend-neutral filter is SQL over `documents d` in the same subset (`retrieve.Filters`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

import numpy as np

# Tables searchable by keyword, each with a `text` and a `context` column to rank on.
LEXICAL_TABLES = ("chunks", "resolutions", "commitments")


class Row(Protocol):
    """A result row, read by column name or position (as sqlite3.Row is)."""

    def __getitem__(self, key: str | int) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def __iter__(self) -> Iterator[Row]: ...


class LexicalIndex(Protocol):
    def add(self, table: str, rowid: int, text: str, context: str) -> None:
        """Make one row of `table` findable by its words (removal follows the row's)."""

    def remove(self, table: str, rowid: int, text: str, context: str) -> None:
        """Make one row of `table` no longer findable by the words it was added with
        (before they change: a passage's context line rebuilt after linking)."""

    def search(self, table: str, terms: Sequence[str], weights: tuple[float, float],
               limit: int | None = None, where: tuple[str, list] | None = None) -> list[int]:
        """Row ids of `table` matching any of `terms` (words or phrases), best BM25 first,
        `text` and `context` weighted by `weights`; `where` is a filter on `documents d`
        (passages only)."""

    def matches(self, table: str, term: str) -> int:
        """How many rows of `table` hold `term` (a word or phrase)."""


class VectorIndex(Protocol):
    def count(self) -> int:
        """How many passages have a vector."""

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
        """The `k` passage ids nearest `query` by inner product, among `allowed` ids only
        when given (a filter's passages)."""

    def vector(self, chunk_id: int) -> np.ndarray:
        """A passage's stored vector."""


class Database(Protocol):
    """The document store; `errors` are the backend's own (a store fault stops an ingest,
    where a paper's own fault is reported and skipped)."""

    errors: tuple[type[BaseException], ...]
    lexical: LexicalIndex

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any: ...

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one INSERT into a table with an `id` key and return the new row's id."""

    def paper(self) -> AbstractContextManager[None]:
        """One paper's writes: kept together when the block ends, undone if it raises."""

    def commit(self) -> None: ...

    def close(self) -> None: ...


def is_database_url(location: str | None) -> bool:
    """Whether an `--index` value names a PostgreSQL database rather than a folder."""
    return bool(location) and location.startswith(("postgresql://", "postgres://"))
