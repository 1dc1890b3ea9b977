"""Sectioned agendas: lettered sections whose items are numbered within them, printed
inline, as US city and county agendas print them ("D. CONSENT AGENDA", then "D.-1.
23-6887 A Resolution of the City Commission confirming …", "D.-2. …").

Each item's label restates its section ("D.-2." under "D."), so an item line is told from
a numbered paragraph by that agreement; a section with no items of its own ("C. PUBLIC
COMMENTS") is an item itself. A paper is laid out this way only when at least MIN_ITEMS
item lines agree with the section above them: a report's "1.1" or "2.0" paragraphs never
do, since they carry no section's letter or hyphen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import FRONT, AgendaItem, item_title, paper_lines
from scrutiny_qa.formats.labels import canonical

# "D. CONSENT AGENDA", "1. Presentation of Boards and/or Committees minutes …"
_SECTION = re.compile(r"^\s*([A-Z]|\d{1,2})\.\s+(\S.{2,150})$")
# "D.-2. 23-6884 A Resolution …": the section, the item's number, a file number if any.
_ITEM = re.compile(r"^\s*([A-Z]|\d{1,2})\.?-(\d{1,3}(?:\.\d{1,2})?)\.?\s+"
                   r"(?:\d{2,4}-\d{2,6}\s+)?(\S.*)$")
MIN_ITEMS = 3


@dataclass
class SectionedAgenda:
    """A sectioned agenda's items, and its sections' heading lines as printed: only those
    open a section, never a lettered line in a report the agenda carries ("A. BACKGROUND")."""

    items: dict[str, AgendaItem]
    headings: dict[str, str]  # heading line (stripped) -> section label
    before_first: str | None = FRONT

    def opens(self, line: str) -> str | None:
        item = _ITEM.match(line)
        label = canonical(f"{item.group(1)}-{item.group(2)}") if item else None
        return label if label in self.items else self.headings.get(line.strip())


class SectionedProfile:
    """Detects a sectioned agenda (`SectionedAgenda`)."""

    in_minutes = True

    def detect(self, pages: list[Page]) -> SectionedAgenda | None:
        sections: dict[str, str] = {}
        lines: dict[str, str] = {}  # section heading line -> label
        current: str | None = None
        lettered = ""  # the last lettered section; a report's "A. BACKGROUND" goes back
        texts: dict[str, list[str]] = {}
        words: list[str] = []  # the words of the item opened last, until the next opens
        for line in paper_lines(pages):
            item, section = _ITEM.match(line), _SECTION.match(line)
            if item and item.group(1) == current:
                label = canonical(f"{current}-{item.group(2)}")
                words = texts.setdefault(label, [item.group(3)])
            elif section and _is_section(section, lettered):
                current = section.group(1)
                lettered = current if current.isalpha() else lettered
                sections.setdefault(current, item_title(section.group(2)))
                lines.setdefault(line.strip(), current)
                words = []
            else:
                words.append(line)
        items = {label: AgendaItem(label, item_title(" ".join(text[:4])))
                 for label, text in texts.items()}
        if len(items) < MIN_ITEMS:
            return None
        opened = {label.split("-")[0] for label in items}
        keep = opened | {s for s in sections if s.isalpha()}
        found = {s: AgendaItem(s, sections[s]) for s in sections if s in keep}
        return SectionedAgenda({**found, **items},
                               {line: label for line, label in lines.items() if label in keep})


def _is_section(match: re.Match, last_letter: str) -> bool:
    """A section heading: a letter after the last section's letter with a title in
    capitals, or a number (its items, if it has any, say so later)."""
    label, title = match.group(1), match.group(2)
    return label.isdigit() or (title.upper() == title and label > last_letter)

