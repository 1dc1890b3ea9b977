"""CSV export of resolutions and commitments: the action log a scrutiny officer keeps.

Written as UTF-8 with a byte-order mark, because that is how a spreadsheet on a council
laptop recognises UTF-8 (names with accents and "–" dashes survive); Python reads it back
with `encoding="utf-8-sig"`. The csv module quotes every field with commas, quotes or line
breaks, so a resolution's text never spills into the next column. The command line and the
API write the same columns; only the source link differs (a file path, or a URL).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path

BOM = "\ufeff"
_WHERE = ["council", "committee", "meeting date", "item", "minute", "minute heading"]
_SOURCE = ["source document", "source link", "page", "printed page"]
COLUMNS = {
    "commitment": [*_WHERE, "who", "what", "by when", "due date", "type", "status",
                   "reported back in", *_SOURCE],
    "resolution": [*_WHERE, "part", "resolution", *_SOURCE],
}
Link = Callable[[dict, int | None], str]  # a citation and a PDF page -> where to open it


def file_link(citation: dict, page: int | None) -> str:
    """The source file's path, at the PDF page (what the command line exports)."""
    return citation["path"] + (f"#page={page}" if page else "")


def write_csv(kind: str, entries: list[dict], target: Path, link: Link = file_link) -> int:
    """Write `entries` (from RecordSearch.find) to `target` ("-": stdout); returns rows."""
    rows = csv_rows(kind, entries, link)
    if str(target) == "-":
        _write(sys.stdout, kind, rows)
    else:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            _write(handle, kind, rows)
    return len(rows)


def csv_text(kind: str, entries: list[dict], link: Link) -> str:
    """The whole file as text, byte-order mark first (what the API serves)."""
    out = io.StringIO(newline="")
    out.write(BOM)
    _write(out, kind, csv_rows(kind, entries, link))
    return out.getvalue()


def _write(handle, kind: str, rows: list[list]) -> None:  # noqa: ANN001 - a text stream
    writer = csv.writer(handle)
    writer.writerow(COLUMNS[kind])
    writer.writerows(rows)


def csv_rows(kind: str, entries: list[dict], link: Link) -> list[list]:
    """One row per commitment, or per part of a resolution, in the order of `entries`."""
    return [row for entry in entries for row in _rows(kind, entry, link)]


def _rows(kind: str, entry: dict, link: Link) -> list[list]:
    citation = entry["citation"]
    minute = entry["minute"] or {}
    item = citation.get("agenda_item") or {}
    item_text = ": ".join(p for p in (item.get("number"), item.get("title")) if p)
    number = minute.get("number") or ""
    where = [entry["council"] or "", entry["committee"] or "", entry["meeting_date"] or "",
             item_text, number, minute.get("heading") or ""]
    document = citation["title"] + f" [{Path(citation['path']).name}]"
    if kind == "commitment":
        where[4] = f"{number} ({entry['part']})" if entry["part"] and number else number
        follow_up = entry["followed_up_by"]
        return [[*where, entry["who"] or "", entry["what"], entry["by_when"] or "",
                 entry["due_date"] or "", entry["type"], entry["status"],
                 link(follow_up, follow_up["page"]) if follow_up else "", document,
                 link(citation, citation["page"]), citation["page"] or "",
                 _printed(citation, citation["page"], citation["page_label"])]]
    return [[*where, part["label"] or "", part["text"], document, link(citation, part["page"]),
             part["page"] or "", _printed(citation, part["page"], part["page_label"])]
            for part in entry["parts"]]


def _printed(citation: dict, page: int | None, label: str | None) -> str:
    """The printed page a row cites: the page's own number; for a text source, which keeps
    no pages, its item's pages as the pack's agenda lists them ("27–70")."""
    if label or page:
        return label or ""
    pages = (citation["agenda_item"] or {}).get("printed_pages")
    if not pages:
        return ""
    return str(pages["first"]) if pages["first"] == pages["last"] else \
        f"{pages['first']}–{pages['last']}"
