"""Decision sheets: a meeting's record of decisions taking its agenda items in turn, each
under its numbered heading with a "DECISION" label below ("5.1  Housing Revenue Account
Budget 2025-26" / "DECISION" / "1. To approve …"), as executives publish the decisions of a
meeting before its minutes.

The headings are told from the numbered decisions under them by their form: a heading in
capitals or title case that ends no sentence ("1.  DECLARATIONS OF INTERESTS", "5.2  Leisure
Services Contract - Insourcing Update"), where a decision is a sentence ("1. To approve a
rent increase of 2.7% …"). A paper is laid out this way only when at least MIN_DECISIONS
"DECISION" labels stand alone on their lines and its headings count up through it.
"""

from __future__ import annotations

import re

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import (
    AgendaItem,
    LinedAgenda,
    in_order,
    item_title,
    paper_lines,
    spaced,
    title_cased,
)

# "5.1  Housing Revenue Account …", "6.  ANY OTHER UNRESTRICTED BUSINESS": a number (an
# item's part too), then a title with no sentence's end.
_HEADING = re.compile(r"^\s*(?P<label>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<title>[A-Z].{2,120}?)\s*$")
_LABEL = re.compile(r"^\s*(?:DECISIONS?|Decisions?)\s*:?\s*$")
_SENTENCE_END = re.compile(r"[.;:,]\s*$")
MIN_DECISIONS = 2


class DecidedProfile:
    """Detects a meeting's decision sheet: a `LinedAgenda` of its items' headings."""

    in_minutes = False

    def detect(self, pages: list[Page]) -> LinedAgenda | None:
        lines = paper_lines(pages)
        if sum(bool(_LABEL.match(line)) for line in lines) < MIN_DECISIONS:
            return None
        found = [(m.group("label"), m.group("title"), spaced(line)) for line in lines
                 if (m := _HEADING.match(line)) and _headed(m.group("title"))]
        if len(found) < MIN_DECISIONS or not in_order([label for label, _, _ in found]):
            return None  # numbers out of order or twice: a decision's parts, not headings
        return LinedAgenda({label: AgendaItem(label, item_title(title))
                            for label, title, _ in found},
                           {line: label for label, _, line in found})


def _headed(title: str) -> bool:
    """A heading's title: in capitals or title case, ending no sentence."""
    return not _SENTENCE_END.search(title) and (title.isupper() or title_cased(title))
