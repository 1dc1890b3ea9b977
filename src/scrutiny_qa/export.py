"""CSV export of resolutions and commitments: the action log a scrutiny officer keeps.

Written as UTF-8 with a byte-order mark, because that is how a spreadsheet on a council
laptop recognises UTF-8 (names with accents and "–" dashes survive); Python reads it back
with `encoding="utf-8-sig"`. The csv module quotes every field with commas, quotes or line
breaks, so a resolution's text never spills into the next column.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

COLUMNS = {
    "commitment": ["meeting date", "committee", "minute", "minute heading", "who", "what",
                   "by when", "due date", "type", "source document", "page", "printed page"],
    "resolution": ["meeting date", "committee", "minute", "minute heading", "part",
                   "resolution", "source document", "page", "printed page"],
}


def write_csv(kind: str, entries: list[dict], target: Path) -> int:
    """Write `entries` (from RecordSearch.find) to `target` ("-": stdout); returns rows."""
    rows = [row for entry in entries for row in _rows(kind, entry)]
    if str(target) == "-":
        _write(sys.stdout, kind, rows)
    else:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            _write(handle, kind, rows)
    return len(rows)


def _write(handle, kind: str, rows: list[list]) -> None:  # noqa: ANN001 - a text stream
    writer = csv.writer(handle)
    writer.writerow(COLUMNS[kind])
    writer.writerows(rows)


def _rows(kind: str, entry: dict) -> list[list]:
    citation = entry["citation"]
    minute = entry["minute"] or {}
    where = [entry["meeting_date"] or "", entry["committee"] or "", minute.get("number") or "",
             minute.get("heading") or ""]
    source = citation["title"] + f" [{Path(citation['path']).name}]"
    if kind == "commitment":
        label = f"{where[2]} ({entry['part']})" if entry["part"] and where[2] else where[2]
        return [[where[0], where[1], label, where[3], entry["who"] or "", entry["what"],
                 entry["by_when"] or "", entry["due_date"] or "", entry["type"], source,
                 citation["page"] or "", citation["page_label"] or ""]]
    return [[*where, part["label"] or "", part["text"], source, part["page"] or "",
             part["page_label"] or ""] for part in entry["parts"]]
