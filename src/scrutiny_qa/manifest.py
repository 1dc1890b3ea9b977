"""Metadata handed over by whoever collected the papers: a `manifest.csv` in a corpus folder.

A crawler of a committee system already knows each paper's council, committee, meeting
date, agenda item and type; inferring them again from the text can only be worse. So a
`manifest.csv` (columns `path` and any of `council`, `committee`, `meeting_date`, `item`,
`doc_type`, `title`; `path` relative to the manifest's folder) overrides what is inferred
for the papers it lists, in that folder and below it; the nearest manifest above a paper
speaks for it. A per-file `.meta.json` sidecar still has the last word. Cells left empty say
nothing; a cell that cannot be used (a date that is no date) is left out with a warning
naming the manifest and its line, never failing the paper.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from scrutiny_qa.formats.labels import canonical
from scrutiny_qa.metadata import iso_date

MANIFEST = "manifest.csv"
FIELDS = ("council", "committee", "meeting_date", "item", "doc_type", "title")


def manifest_entry(path: Path, doc_types: tuple[str, ...]) -> tuple[dict[str, str], list[str]]:
    """The fields the nearest manifest above `path` gives it (only those it fills), and the
    problems found with its row, each naming the manifest and line. `doc_types`: the types
    a `doc_type` cell may name."""
    for folder in path.resolve().parents:
        manifest = folder / MANIFEST
        if manifest.is_file():
            rows = _rows(manifest, manifest.stat().st_mtime_ns)
            line, row = rows.get(path.resolve().relative_to(folder).as_posix(), (0, {}))
            return _checked(row, f"{manifest}:{line}", doc_types)
    return {}, []


def meta_fields(handed: dict[str, str]) -> dict[str, str]:
    """The document metadata among a manifest row's fields (all but the item)."""
    return {key: value for key, value in handed.items() if key != "item"}


@lru_cache(maxsize=64)
def _rows(manifest: Path, _mtime: int) -> dict[str, tuple[int, dict[str, str]]]:
    """The manifest's rows by path, with their line numbers (read again when it changes)."""
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            return {row["path"].strip().removeprefix("./"): (number, row)
                    for number, row in enumerate(csv.DictReader(handle), start=2)
                    if (row.get("path") or "").strip()}
    except (OSError, UnicodeDecodeError, csv.Error, KeyError):
        return {}


def _checked(row: dict[str, str], where: str,
             doc_types: tuple[str, ...]) -> tuple[dict[str, str], list[str]]:
    kept, problems = {}, []
    for field in FIELDS:
        value = (row.get(field) or "").strip()
        if not value:
            continue
        if field == "meeting_date" and not iso_date(value):
            problems.append(f"{where}: meeting_date {value[:40]!r} is not YYYY-MM-DD: left out")
        elif field == "doc_type" and value not in doc_types:
            problems.append(f"{where}: doc_type must be one of {', '.join(doc_types)}: left out")
        else:
            kept[field] = canonical(value) if field == "item" else value
    return kept, problems

