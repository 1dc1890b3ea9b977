"""Agenda listings that print each item's pages in a column, or on the line below its
title, rather than in brackets after it ("(Pages 7 - 24)", read in `structure`).

Agendas built as tables (item, subject, pages) extract as "5  Budget Monitoring  7 - 24",
"5. Budget Monitoring Pages 7 - 24" or "6 Work Programme Page 25"; some print the title,
then a line of description, then the range on a line of its own ("4 MINUTES" / "To confirm
the minutes …" / "5 - 12"). Numbers end many titles and sentences ("Budget 2025 - 26",
"Quarter 3"), so a bare number is never a page: a page is a range ("7 - 24") or a number
after "Page(s)" / "pp.". And a reading is trusted only as a whole: at least LISTED entries
with pages, their labels counting up and their pages running forward, each starting after
the one before ends. A list that breaks this is not an agenda's, and none of it is read: a
wrong item is worse than none. The pages must also say they are an agenda (a line opening
"Agenda"): a report's numbered paragraphs may end with page references too.
"""

from __future__ import annotations

import re

from scrutiny_qa.formats.base import AgendaItem

LISTED = 2  # entries with pages a listing needs to be read as one
RANGE_BELOW = 2  # lines below an entry's title its pages may stand on
# No pack runs to this many pages: "2025 - 2026" at a title's end is years, not pages.
LAST_PAGE = 1500

# "5 Title", "5. Title", "5) Title", "Item 5 Title", "5a Title", "7.1.1 Title": a label, then
# a title in words (a line of figures, "5 10 15", is a table's).
_ENTRY = re.compile(r"^[\s\-•*]*(?:Item\s+)?(\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)[.)]?\s+"
                    r"([A-Za-z(“\"'].*?)\s*$", re.I)
# A listing's header naming a column of pages: "ITEM   SUBJECT   PAGE", "No.  Title  Page No."
# Under it a bare number after a wide gap at a line's end is the page the item starts on.
_PAGE_COLUMN = re.compile(r"^\s*(?:ITEM|Item|NO\.?|No\.?)\s{2,}\S.*\s{2,}"
                          r"(?:PAGES?(?:\s+NO\.?)?|Pages?(?:\s+[Nn]o\.?)?)\s*$")
_COLUMN_PAGE = re.compile(r"^(.*?\S)\s{2,}(\d{1,4})\s*$")
_WORDED = r"(?:Pages?|pp?\.)\s*(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?"
_SPAN = r"(\d{1,4})\s*(?:-|–)\s*(\d{1,4})"
_PAGES = rf"(?:{_WORDED}|{_SPAN})"
_AT_END = re.compile(rf"^(.*?)[\s.…]+{_PAGES}\s*$", re.I)
_ALONE = re.compile(rf"^\s*{_PAGES}\s*$", re.I)
_AGENDA = re.compile(r"^\s*A\s?G\s?E\s?N\s?D\s?A\b", re.I)

Entry = tuple[str, str, int | None, int | None]  # label, title, first page, last page


def front_listing(pages: list[list[str]]) -> dict[str, AgendaItem]:
    """The listing on the first of `pages` (each a page's lines, its page number and
    footer left out) that holds one, read on into the pages after it while they add items:
    a report printed after the agenda does not join it."""
    for start, first in enumerate(pages):
        found = tabled_items(first)
        if not found:
            continue
        lines = first
        for page in pages[start + 1:]:
            longer = tabled_items(lines + page)
            if len(longer) <= len(found):
                break
            lines, found = lines + page, longer
        return found
    return {}


def tabled_items(lines: list[str]) -> dict[str, AgendaItem]:
    """The items of a listing printing pages in a column or below each title, with their
    titles and printed page ranges; empty when the lines hold no such listing."""
    if not any(_AGENDA.match(line) for line in lines):
        return {}
    column = next((n for n, line in enumerate(lines) if _PAGE_COLUMN.match(line)), None)
    listing = _listing(_column_entries(lines[column + 1:]) if column is not None
                       else _entries([line.strip() for line in lines if line.strip()]))
    ranged = [(first, last) for _, _, first, last in listing if first is not None]
    if len(ranged) < LISTED or not _counts_up([label for label, *_ in listing]) \
            or not _runs_forward(ranged, column is not None):
        return {}
    return {label: AgendaItem(label, title, first, last)
            for label, title, first, last in listing}


def _listing(entries: list[Entry]) -> list[Entry]:
    """The entries from the first with pages to the last, with the items numbered on
    either side without pages ("1 Apologies" before, "12 Urgent Business" after): other
    numbered lines on the same pages (a note's "1. Members of the public …") are not the
    listing's."""
    ranged = [i for i, entry in enumerate(entries) if entry[2] is not None]
    if not ranged:
        return []
    start, end = ranged[0], ranged[-1]
    while start > 0 and _number(entries[start - 1][0]) == _number(entries[start][0]) - 1:
        start -= 1
    while end + 1 < len(entries) and _number(entries[end + 1][0]) == _number(entries[end][0]) + 1:
        end += 1
    return entries[start: end + 1]


def _entries(lines: list[str]) -> list[Entry]:
    """Each numbered entry with the pages printed at its line's end or on one of the
    RANGE_BELOW lines below it (before the next entry)."""
    found: list[Entry] = []
    for index, line in enumerate(lines):
        entry = _ENTRY.match(line)
        if not entry:
            continue
        title, pages = _split_pages(entry.group(2))
        for below in lines[index + 1: index + 1 + RANGE_BELOW]:
            if pages or _ENTRY.match(below):
                break
            pages = _pages(_ALONE.match(below) or _AT_END.match(below))
        found.append((entry.group(1), title, *(pages or (None, None))))
    return found


def _column_entries(lines: list[str]) -> list[Entry]:
    """Each numbered entry under a header naming a column of pages, with the page it starts
    on; it runs to the page before the next entry's (a title's years, "2025 - 2030", stand
    apart from the column by no wide gap)."""
    found: list[Entry] = []
    alone: set[int] = set()  # the entries giving their first page alone
    for line in lines:
        entry = _ENTRY.match(line)
        if not entry:
            continue
        title, pages = _split_pages(entry.group(2))
        paged = None if pages else _COLUMN_PAGE.match(line)
        if paged and int(paged.group(2)) <= LAST_PAGE:
            title = paged.group(1)[entry.start(2):].strip(" .…*-–")
            pages = (int(paged.group(2)),) * 2
            alone.add(len(found))
        found.append((entry.group(1), title, *(pages or (None, None))))
    starts = [(n, entry[2]) for n, entry in enumerate(found) if entry[2] is not None]
    for (n, first), (_, following) in zip(starts, starts[1:], strict=False):
        if n in alone:
            found[n] = (*found[n][:2], first, max(first, following - 1))
    return found


def _split_pages(text: str) -> tuple[str, tuple[int, int] | None]:
    """A title and the pages at its end, if it ends with pages."""
    m = _AT_END.match(text)
    pages = _pages(m)
    if not pages or not m.group(1).strip():
        return text.strip(" .…*-–"), None
    return m.group(1).strip(" .…*-–"), pages


def _pages(m: re.Match | None) -> tuple[int, int] | None:
    """(first, last) from a match of `_PAGES`' groups (worded, then spanned); None when
    they cannot be pages ("2025 - 26", a financial year, runs backwards)."""
    if not m:
        return None
    groups = m.groups()[-4:]
    first = int(groups[0] or groups[2])
    last = int(groups[1] or groups[3] or first)
    return (first, last) if first <= last <= LAST_PAGE else None


def _number(label: str) -> int:
    return int(re.match(r"\d+", label).group(0))


def _counts_up(labels: list[str]) -> bool:
    numbers = [_number(label) for label in labels]
    return all(a <= b for a, b in zip(numbers, numbers[1:], strict=False))


def _runs_forward(ranges: list[tuple[int, int]], starts_only: bool = False) -> bool:
    """Each range starting after the one before ends; in a column of start pages, short
    items may share a page, so each starts on or after the one before."""
    if starts_only:
        return all(nxt[0] >= prev[0] for prev, nxt in zip(ranges, ranges[1:], strict=False))
    return all(nxt[0] > prev[1] for prev, nxt in zip(ranges, ranges[1:], strict=False))
