"""Numbered sections of officer reports: "10.0 Legal Implications" over "10.1 …", "10.2 …".

Reports number their sections 1, 2, 3 … and the paragraphs in them 1.1, 1.2, 2.1 …, in
any council's house style ("3. Background", "3.0 Background", "3 Background"). A numbered
short line is a section's heading when paragraphs numbered under it follow ("10.1 The Local
Government Finance Act …"): then a passage never runs from the end of one section into
the next, and each section's paragraphs are read under their own heading. A numbered line
with no paragraphs numbered under it (a list's "3. Review the policy") is no section.

Reports and decision records also head sections with the names their templates give them,
numbered or not and in any case: what a record of an executive decision must state by law
(in England the 2012 access-to-information regulations: the decision, the reasons for it,
the alternative options considered and rejected, conflicts of interest and dispensations),
and the implications, background papers and summaries every report template asks for
("Reasons for the decision", "Alternative options considered and rejected", "Financial
implications", "Background papers", US "Fiscal Impact", a Scottish minute's "Action" over
the owner of a decision's actions). Such a line alone, unnumbered
(numbered ones are read above), is a heading even in mixed case: it ends the decision or
recommendations above it.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?P<n>\d{1,2})(?:\.0)?\.?\s+(?P<title>[A-Z][^.:;!?]{2,80}):?\s*$")
_PARAGRAPH = re.compile(r"^\s*(?:[-•*]\s+)?(?P<n>\d{1,2})\.(?P<m>[1-9]\d?)\.?\s")
LOOK_AHEAD = 12  # lines within which a section's first numbered paragraph must stand
_IMPLICATIONS = r"(?:[A-Za-z&,/-]+\s+){0,4}(?:implications|impacts?)"
_NAMES = (
    r"reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?|proposals?)"
    r"|(?:details\s+of\s+)?(?:any\s+)?alternative\s+options?(?:\s+considered)?"
    r"(?:\s+(?:and|but)\s+rejected)?|options\s+considered"
    r"|(?:any\s+)?conflicts?\s+of\s+interests?(?:\s+declared\b[^:.]*)?"
    r"|(?:note\s+of\s+)?dispensations?(?:\s+granted\b[^:.]*)?"
    r"|background\s+(?:documents|papers|information)|consultation(?:\s+undertaken)?"
    rf"|{_IMPLICATIONS}|purpose\s+of\s+(?:the\s+)?report|executive\s+summary|background"
    r"|introduction|conclusions?|next\s+steps|appendices|attachments|discussion|actions?")
# … and, alone on its line, the decision itself ("Decision", over what was decided; a
# record's "Decision:" field reads on into its text).
_STANDARD = re.compile(rf"^\s*(?:(?:{_NAMES})\s*:?|decisions?)\s*$", re.I)
# The same sections, and a notice's vote and call-in lines, labelled within a paragraph
# after a sentence ends: "… with the Chair. Reasons for Decision: To keep … Voting: For 9,
# Against 2." (a record whose labelled lines read on as one paragraph).
_LABELLED = re.compile(
    rf"(?<=[.;)])\s+(?=(?-i:[A-Z]))(?:{_NAMES}|voting|votes?|call-in[\w -]*)\s*:", re.I)


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


def standard_heading(line: str) -> bool:
    """Whether `line`, alone, names a section every report or decision record template
    has ("Reasons for the decision", "Legal implications"): a heading in any case, but
    capitalised (a wrapped sentence's line "the wider implications" is none)."""
    return line.strip()[:1].isupper() and bool(_STANDARD.match(line)) and len(line) < 90


def labelled_section_at(text: str) -> int | None:
    """Where in `text` a standard section's label opens after a sentence ("… Chair.
    Reasons for Decision: …"), or None: what follows is no longer what came before it."""
    found = _LABELLED.search(text)
    return found.start() if found else None
