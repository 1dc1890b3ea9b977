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

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import (
    AgendaItem,
    LinedAgenda,
    in_order,
    item_title,
    paper_lines,
    spaced,
)

# "Item 4.2   HGY/2024/2210   Former Ashfield Depot", "ITEM 6 – Land at Mill Lane": the
# label, then a title opening with a capital or a reference, with no sentence's end.
_LABELLED = re.compile(r"^\s*(?i:item)\s+(?:(?i:no)\.?\s*)?(?P<label>\d{1,3}(?:\.\d{1,2})?)"
                       r"\s*[:.–-]?\s+(?P<title>[A-Z0-9][^.!?]{2,150}?)\s*$")
MIN_ITEMS = 2


class LabelledProfile:
    """Detects a paper taking items in turn: a `LinedAgenda` of the lines labelling them."""

    in_minutes = False

    def detect(self, pages: list[Page]) -> LinedAgenda | None:
        found = [(m.group("label"), m.group("title"), spaced(line))
                 for line in paper_lines(pages)
                 if (m := _LABELLED.match(line))]
        if len(found) < MIN_ITEMS or not in_order([label for label, _, _ in found]):
            return None  # a label twice or out of order: a table's rows, not a paper's items
        items = {label: AgendaItem(label, item_title(title)) for label, title, _ in found}
        return LinedAgenda(items, {line: label for label, _, line in found})

