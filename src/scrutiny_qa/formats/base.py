"""What a layout profile gives the structure stage, and the agenda item it speaks of.

A profile knows one way of laying out a meeting's papers (a front sheet listing items with
their pages; an agenda whose items are printed inline under lettered sections; …). The
structure stage asks each profile in turn whether a paper is laid out its way (`detect`)
and takes its agenda items and where each one opens; a paper no profile recognises is read
by the generic rules alone, with pages and text but no invented items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from scrutiny_qa.extract import Page

FRONT = "front"  # the item of an agenda's front sheet: what stands before its first item


@dataclass
class AgendaItem:
    """An agenda item with its title and printed page range from the front sheet."""

    number: str
    title: str | None = None
    first_label: int | None = None
    last_label: int | None = None


class InlineAgenda(Protocol):
    """An agenda that prints its items' text in place, one after another: each item opens
    at a line of its own, which may stand anywhere on a page."""

    items: dict[str, AgendaItem]
    before_first: str | None  # the item of what stands before the first item opens

    def opens(self, line: str) -> str | None:
        """The label of the item `line` opens, or None when it opens none."""
        ...


class InlineProfile(Protocol):
    """A layout whose agendas are `InlineAgenda`s."""

    def detect(self, pages: list[Page]) -> InlineAgenda | None:
        """The paper's agenda when it is laid out this way, else None; never raises on odd
        text."""
        ...
