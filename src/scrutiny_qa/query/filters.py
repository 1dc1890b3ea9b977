"""What a search may be narrowed to: SQL conditions on the documents a passage belongs to."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from scrutiny_qa.store import LIKE_ESCAPE, like_pattern, row_id


@dataclass
class Filters:
    """Narrow a search to some documents; every field is optional."""

    council: str | None = None
    committee: str | None = None
    doc_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None  # document id, or a path (or the end of one)

    def where(self) -> tuple[str, list]:
        """SQL conditions on `documents d` for these filters."""
        clauses, args = [], []
        for column, value in (("council", self.council), ("committee", self.committee),
                              ("doc_type", self.doc_type)):
            if value:
                clauses.append(f"d.{column} LIKE ? {LIKE_ESCAPE}")
                args.append(like_pattern(value))
        if self.date_from:
            clauses.append("d.meeting_date >= ?")
            args.append(self.date_from)
        if self.date_to:
            clauses.append("d.meeting_date <= ?")
            args.append(self.date_to)
        if self.document:
            if (number := row_id(str(self.document))) is not None:
                clauses.append("d.id = ?")
                args.append(number)
            else:
                clauses.append(f"(d.path LIKE ? {LIKE_ESCAPE} OR d.title LIKE ? {LIKE_ESCAPE})")
                args += [like_pattern(self.document, suffix=""), like_pattern(self.document)]
        return (" AND ".join(clauses) or "1=1"), args

    def active(self) -> bool:
        return any(vars(self).values())


def permitted(ids: list[int], allowed: np.ndarray | None) -> list[int]:
    """`ids` that the search's filters allow (all of them when there are no filters)."""
    if allowed is None:
        return ids
    chosen = set(allowed.tolist())
    return [chunk_id for chunk_id in ids if chunk_id in chosen]
