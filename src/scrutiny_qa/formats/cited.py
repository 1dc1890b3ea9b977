"""Papers whose headings cite the agenda item they record: printed minutes ("87. Library
Opening Hours (Item 4)") and decision notices ("Budget Monitoring Report (agenda item 5)").

Such a paper lists no agenda of its own, but each minute or decision names the item of the
meeting's agenda it was taken under, so its text is cited under that item from its heading
on. A pack is not read this way: the minutes it reprints cite the items of an earlier
meeting, not the pack's own, which its stamps and front sheet give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import AgendaItem
from scrutiny_qa.formats.labels import LABEL, canonical, declared

# A heading ending in the item it records: "… (Item 4)", "… (agenda item 5)".
_CITES = re.compile(rf"^\s*(?P<title>\S.{{2,200}}?)\s*\((?i:(?:agenda\s+)?item)\s+"
                    rf"(?P<label>{LABEL})\)\s*$")
# How many items a paper's headings must cite: one "(agenda item 5)" may be a report's
# mention of where it was discussed, not the paper's own structure.
MIN_CITED = 2
# A front sheet's listing with its pages ("5. Title (Pages 27 - 70)"): a pack's.
_PAGED_LISTING = re.compile(r"\(Pages?\s+\d+", re.I)


@dataclass
class CitedAgenda:
    """The items a paper's headings cite, by the heading lines that cite them."""

    items: dict[str, AgendaItem]
    headings: dict[str, str]  # heading line (stripped), alone or joined -> item label
    before_first: str | None = None  # minutes have no front sheet

    def opens(self, line: str) -> str | None:
        return self.headings.get(line.strip())


class CitedProfile:
    """Detects a paper whose headings cite their agenda items (`CitedAgenda`)."""

    def detect(self, pages: list[Page]) -> CitedAgenda | None:
        lines = [line for page in pages for line in page.text.splitlines()]
        if any(declared(line) or _PAGED_LISTING.search(line) for line in lines):
            return None  # a pack: its stamps and front sheet say its items
        headings: dict[str, str] = {}
        items: dict[str, AgendaItem] = {}
        for line, joined in _with_next(lines):
            cited = _CITES.match(joined)
            if cited and not re.search(r"[.;:,]\s*$", cited.group("title")):
                label = canonical(cited.group("label"))
                headings[line.strip()] = headings[joined.strip()] = label
                title = re.sub(r"^\s*\d{1,4}\.?\s+", "", cited.group("title"))
                items.setdefault(label, AgendaItem(label, title.strip()))
        return CitedAgenda(items, headings) if len(items) >= MIN_CITED else None


def _with_next(lines: list[str]) -> list[tuple[str, str]]:
    """Each line, with the line after it when that is only the citation ("87. Library
    Opening Hours" / "(Item 4)")."""
    pairs = []
    for line, after in zip(lines, [*lines[1:], ""] if lines else [], strict=True):
        alone = re.fullmatch(r"\s*\((?i:(?:agenda\s+)?item)\s+\S+\)\s*", after)
        pairs.append((line, f"{line.strip()} {after.strip()}" if alone else line))
    return pairs
