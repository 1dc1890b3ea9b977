"""Filed items: agendas and minutes whose items each open at their label and file number
on a line of their own, the title on the lines below, as US boards publishing through a
legislative file system print them ("A-1)   25-00141" / "Auditor-Controller - Receive and
file the Quarterly Treasury Investment Report", then "1)   25-00190" / "HEARING - …").

The file number ("25-00141": a year, a dash, a serial) is what tells an item's line from a
numbered paragraph or a list's "1)". A paper is laid out this way only when at least
MIN_ITEMS such lines stand in it, each series ("A-1", "A-2" …; "1", "2" …) counting up from
its first: a table of file numbers in any other order is no agenda.
"""

from __future__ import annotations

import re

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import (
    AgendaItem,
    LinedAgenda,
    item_title,
    paper_lines,
    spaced,
    title_cased,
)
from scrutiny_qa.formats.labels import canonical

# "A-1)   25-00141", "1)   25-00190", "B-12.  25-0311": a label, a file number, nothing else.
_FILED = re.compile(r"^\s*(?P<label>(?:[A-Z]-)?\d{1,3})[.)]\s+\d{2,4}-\d{3,6}\s*$")
MIN_ITEMS = 3


class FiledProfile:
    """Detects a paper of filed items: a `LinedAgenda` of the lines opening them."""

    in_minutes = True

    def detect(self, pages: list[Page]) -> LinedAgenda | None:
        lines = paper_lines(pages)
        found = [(canonical(m.group("label")), index) for index, line in enumerate(lines)
                 if (m := _FILED.match(line))]
        if len(found) < MIN_ITEMS or not _series_count_up([label for label, _ in found]):
            return None
        items = {label: AgendaItem(label, _title(lines[index + 1: index + 3]))
                 for label, index in found}
        return LinedAgenda(items, {spaced(lines[index]): label for label, index in found})


def _title(below: list[str]) -> str:
    """The title on the line below an item's label, and on the line after when that reads
    on in title case ("… Cathedral Oaks Road" / "Bridge Replacement"), not the description
    ("Consider recommendations regarding …")."""
    parts = [line.strip() for line in below[:1]]
    if len(below) > 1 and title_cased(below[1]):
        parts.append(below[1].strip())
    return item_title(" ".join(parts))


def _series_count_up(labels: list[str]) -> bool:
    """Whether each series of `labels` ("A-1", "A-2"; "1", "2") counts 1, 2, 3 … in order,
    and no label stands twice."""
    series: dict[str, int] = {}
    for label in labels:
        letter, _, number = label.rpartition("-")
        if int(number) != series.get(letter, 0) + 1:
            return False
        series[letter] = int(number)
    return True
