"""Agenda item labels, as any council prints them, and the lines that declare one.

Councils number agenda items in many styles: "5", "5a", "Item 5", "12.1", lettered
sections with numbered items ("D.-2.", "D-2", "C-4.2", "A.3"), a bare section letter ("C"). A
citation must say the label the way a reader finds it on the agenda, so every style is read
into one canonical form: no trailing full stop or bracket, a section's letter joined to its
number by one hyphen ("D.-2." -> "D-2", "1.-3." -> "1-3").

A paper declares the item it belongs to on a line of its own: a pack's page stamp
("Agenda Item 5"), an adopted resolution's footer ("Agenda Item: C-4.2)"), a verbatim
record's heading ("Agenda Item C [9:45 a.m.]"); text extracted from PDFs may run the words
together ("AgendaItem C"). Some councils head an item's pages "Item 5" without "Agenda"
(`headed`). A line that only mentions an item in passing ("Time Certain
10:30am (Agenda Item F-1)", "Agenda Items E-8 and E-9 are related") declares nothing.
"""

from __future__ import annotations

import re

# One label: a number with an optional letter or sub-number ("5", "5a", "12.1"), or a
# section (a letter, or a number) with its item's number ("D.-2.", "D-2", "1.-3.",
# "C-4.2", a pack's parts "A.3", "B.1"), or a section letter alone ("C").
# "C-4.2", "G- 3": text extracted from PDFs may space a hyphen.
LABEL = (r"(?:[A-Z](?:\.?\s?-\s?\d{1,3}(?:\.\d{1,2})?|\.\d{1,2}(?![\d.]))?"
         r"|\d{1,3}(?:\.?\s?-\s?\d{1,3}(?:\.\d{1,2})?|\.\d{1,2}|[a-z])?)")
_DECLARED = re.compile(
    rf"^\s*Agenda\s*Item\s*(?:No\.?\s*|Number\s*)?[:.]?\s*({LABEL})\.?\)?"
    r"\s*(?:\[[^\]]{0,40}\]|\([^)]{0,40}\))?\s*$", re.I)


# A page headed with its item's number alone: "Item 5", "ITEM 5", "Item No. 5", "Item No: 5a".
_HEADED = re.compile(rf"^\s*(?:Item|ITEM)\s*(?:No\.?\s*|Number\s*)?[:.]?\s*({LABEL})\.?\s*$")


def canonical(label: str) -> str:
    """A label in the one form citations use: "D.-2." -> "D-2", "5." -> "5", "C-4.2)" ->
    "C-4.2"; a section's letter in capitals."""
    text = re.sub(r"\s+", "", label).rstrip(".)")
    text = re.sub(r"\.?-", "-", text)
    return text[0].upper() + text[1:] if text[:1].isalpha() and "-" in text[:2] else text


def declared(line: str) -> str | None:
    """The item `line` declares its page or paper to be ("Agenda Item 5", "Agenda Item:
    C-4.2)", "AgendaItem C [9:45 a.m.]"), in canonical form; None for any other line."""
    m = _DECLARED.match(line)
    if not m:
        return None
    label = m.group(1)
    if label[:1].isalpha() and not label[:1].isupper():
        return None  # "Agenda item a…": a sentence, not a label
    return canonical(label)


def headed(line: str) -> str | None:
    """The item a page's heading line names without "Agenda" ("Item 5", "ITEM No. 5"), in
    canonical form; None for any other line. Weaker evidence than a declaration: a table's
    row may read "Item 5", so it counts only as a page's first line naming a listed item
    (`structure.assign_items`)."""
    m = _HEADED.match(line)
    return canonical(m.group(1)) if m else None
