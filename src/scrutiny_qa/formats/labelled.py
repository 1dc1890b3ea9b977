"""Papers that take several agenda items in turn, each opening at an "Item N" line.

A planning committee's addendum or update sheet ("Item 4.2   HGY/2024/2210   Former Ashfield
Depot", then "Item 4.3 …") and a schedule of late representations speak of items the agenda
lists, each under a line labelled with the item's number and its title, anywhere on a page.
A paper is laid out this way when at least MIN_ITEMS such lines count up through it and no
front sheet lists its items; "Item 5 was deferred" (a sentence) or "Item 4" alone (a stamp,
`labels.declared`) opens nothing. Minutes are left to their minute headings
(`formats/minutes.py`), which read "Item N:" headings with the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import FRONT, AgendaItem, item_title

# "Item 4.2   HGY/2024/2210   Former Ashfield Depot", "ITEM 6 – Land at Mill Lane": the
# label, then a title opening with a capital or a reference, with no sentence's end.
_LABELLED = re.compile(r"^\s*(?i:item)\s+(?:(?i:no)\.?\s*)?(?P<label>\d{1,3}(?:\.\d{1,2})?)"
                       r"\s*[:.–-]?\s+(?P<title>[A-Z0-9][^.!?]{2,150}?)\s*$")
MIN_ITEMS = 2


@dataclass
class LabelledAgenda:
    """The items a paper takes in turn, each by the line labelling it."""

    items: dict[str, AgendaItem]
    lines: dict[str, str]  # a labelled line (single-spaced) -> its item
    before_first: str | None = FRONT

    def opens(self, line: str) -> str | None:
        return self.lines.get(_spaced(line))


class LabelledProfile:
    """Detects a paper taking items in turn (`LabelledAgenda`)."""

    in_minutes = False

    def detect(self, pages: list[Page]) -> LabelledAgenda | None:
        found = [(m.group("label"), m.group("title"), _spaced(line))
                 for page in pages for line in page.text.splitlines()
                 if (m := _LABELLED.match(line))]
        places = [tuple(int(n) for n in label.split(".")) for label, _, _ in found]
        if len(found) < MIN_ITEMS or places != sorted(set(places)):
            return None  # a label twice or out of order: a table's rows, not a paper's items
        items = {label: AgendaItem(label, item_title(title)) for label, title, _ in found}
        return LabelledAgenda(items, {line: label for label, _, line in found})


def _spaced(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()

