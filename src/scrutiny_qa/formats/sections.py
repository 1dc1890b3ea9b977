"""Numbered sections of officer reports: "10.0 Legal Implications" over "10.1 …", "10.2 …".

Reports number their sections 1, 2, 3 … and the paragraphs in them 1.1, 1.2, 2.1 …, in
any council's house style ("3. Background", "3.0 Background", "3 Background"). A numbered
short line is a section's heading when paragraphs numbered under it follow ("10.1 The Local
Government Finance Act …"): then a passage never runs from the end of one section into
the next, and each section's paragraphs are read under their own heading. A numbered line
with no paragraphs numbered under it (a list's "3. Review the policy") is no section.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?P<n>\d{1,2})(?:\.0)?\.?\s+(?P<title>[A-Z][^.:;!?]{2,80}):?\s*$")
_PARAGRAPH = re.compile(r"^\s*(?:[-•*]\s+)?(?P<n>\d{1,2})\.(?P<m>[1-9]\d?)\.?\s")
LOOK_AHEAD = 12  # lines within which a section's first numbered paragraph must stand


def section_headings(lines: list[str]) -> set[str]:
    """The lines of `lines` (a paper's, in order) that head numbered sections."""
    found = set()
    for index, line in enumerate(lines):
        heading = _HEADING.match(line)
        if not heading:
            continue
        below = (_PARAGRAPH.match(ln) for ln in lines[index + 1:index + 1 + LOOK_AHEAD])
        if any(m and m.group("n") == heading.group("n") for m in below):
            found.add(line.strip())
    return found
