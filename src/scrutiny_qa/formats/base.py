"""What a layout profile gives the structure stage, and the agenda item it speaks of.

A profile knows one way of laying out a meeting's papers (a front sheet listing items with
their pages; an agenda whose items are printed inline under lettered sections; …). The
structure stage asks each profile in turn whether a paper is laid out its way (`detect`)
and takes its agenda items and where each one opens; a paper no profile recognises is read
by the generic rules alone, with pages and text but no invented items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from scrutiny_qa.extract import Page

FRONT = "front"  # the item of an agenda's front sheet: what stands before its first item
TITLE_CHARS = 120  # the longest item title a citation shows
TITLE_SHARE = 2 / 3  # of a title's longer words, those capitalised at least


@dataclass
class AgendaItem:
    """An agenda item with its title and printed page range from the front sheet."""

    number: str
    title: str | None = None
    first_label: int | None = None
    last_label: int | None = None


@dataclass
class LinedAgenda:
    """An inline agenda whose items each open at a line of its own that the profile found:
    those lines (single-spaced) with the item each opens."""

    items: dict[str, AgendaItem]
    lines: dict[str, str]  # an opening line, single-spaced -> its item's label
    before_first: str | None = FRONT

    def opens(self, line: str) -> str | None:
        return self.lines.get(spaced(line))


def paper_lines(pages: list[Page]) -> list[str]:
    """A paper's lines in reading order, page after page: what a profile reads."""
    return [line for page in pages for line in page.text.splitlines()]


def spaced(line: str) -> str:
    """A line as profiles compare lines: stripped, each run of white space one space."""
    return re.sub(r"\s+", " ", line).strip()


def in_order(labels: list[str]) -> bool:
    """Whether numbered labels ("4", "4.2", "5") stand each after the one before and none
    twice, as a paper's items do (a table's rows need not)."""
    places = [tuple(int(n) for n in label.split(".")) for label in labels]
    return places == sorted(set(places))


class InlineAgenda(Protocol):
    """An agenda that prints its items' text in place, one after another: each item opens
    at a line of its own, which may stand anywhere on a page."""

    items: dict[str, AgendaItem]
    before_first: str | None  # the item of what stands before the first item opens

    def opens(self, line: str) -> str | None:
        """The label of the item `line` opens, or None when it opens none."""
        ...


class InlineProfile(Protocol):
    """A layout whose agendas are `InlineAgenda`s; `in_minutes`: whether minutes may be laid
    out so (a paper taking items in turn is no minutes: minutes' "Item N:" headings are
    read as minute headings, `formats/minutes.py`)."""

    in_minutes: bool

    def detect(self, pages: list[Page]) -> InlineAgenda | None:
        """The paper's agenda when it is laid out this way, else None; never raises on odd
        text."""
        ...


def item_title(text: str) -> str:
    """An item's title as a citation shows it: its first sentence, clipped to TITLE_CHARS."""
    text = re.sub(r"\s+", " ", text).strip()
    first = re.split(r"(?<=[a-z)])\.\s", text, maxsplit=1)[0]
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def title_cased(title: str) -> bool:
    """Whether most of `title`'s longer words (four letters or more) open with a capital: a
    heading's or a name's, not a sentence's."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", title)
    return bool(words) and sum(word[0].isupper() for word in words) >= TITLE_SHARE * len(words)
