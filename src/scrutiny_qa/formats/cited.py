"""Papers whose headings cite the agenda item they record: printed minutes ("87. Library
Opening Hours (Item 4)", or the item after the minute's number: "MM/25/030 Item No. 3:
Local Improvement Schemes", Welsh "25/033 Eitem 5 / Item 5: Street Lighting") and decision
notices ("Budget Monitoring Report (agenda item 5)").

Such a paper lists no agenda of its own, but each minute or decision names the item of the
meeting's agenda it was taken under, so its text is cited under that item from its heading
on. A pack is not read this way: the minutes it reprints cite the items of an earlier
meeting, not the pack's own, which its stamps and front sheet give.
"""

from __future__ import annotations

import re

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.base import AgendaItem, LinedAgenda, paper_lines, spaced
from scrutiny_qa.formats.decisions import opens_decision
from scrutiny_qa.formats.labels import LABEL, canonical, declared

# A numbered minute's heading line ("292. Apologies for Absence"), a line ending a sentence,
# and the citation alone on the line after a heading ("(Item 1)").
MINUTE_HEAD = re.compile(r"^\s*(\d{1,4})\.\s+(\S.*?)\s*$")
SENTENCE_END = re.compile(r"[.!?:;]['\"’”)]*\s*$")
ITEM_REF = re.compile(r"^\s*[(\[](?:Agenda\s+)?Item\s+\d+[a-z]?[)\]]\s*$", re.I)
# How a heading cites its item: "(Item 4)", "(agenda item 5)", "[Item 6]" (Surrey), "(Agenda
# No. 6)" (Cornwall).
CITED_BY = r"[(\[](?i:(?:agenda\s+)?item(?:\s+no\.?)?|agenda\s+no\.?)\s*"
# A line ending in a citation of an item ("… (agenda item 5)"), or holding only that.
_CITATION = rf"{CITED_BY}\S+?[)\]]\s*$"
_CITES_AT_END = re.compile(_CITATION)
_CITATION_ALONE = re.compile(rf"^\s*{_CITATION}")
# How many lines a heading may wrap over before its citation, and how many blank lines and
# page numbers may part it from its citation (a page break extracts as several).
HEADING_LINES = 3
GAP_LINES = 10
# A line at least this share of the paper's long lines' length is full: the next may carry
# it on.
FULL_LINE = 0.6
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_OPENS_LIST = re.compile(r"(?::|\bthat)\s*$", re.I)

# A heading ending in the item it records: "… (Item 4)", "… [Item 6]", "… (Agenda No. 6)".
_CITES = re.compile(rf"^\s*(?P<title>\S.{{2,200}}?)\s*{CITED_BY}(?P<label>{LABEL})[)\]]\s*$")
# A minute's heading citing its item after its own number: "MM/25/030 Item No. 3: Title",
# "25/033 Eitem 5 / Item 5: Title" (the item named in Welsh first), "Minute 45 – Agenda
# Item 6. Title".
_CITES_FIRST = re.compile(
    r"^\s*(?i:minute\s+(?:no\.?\s*)?|min\.?\s*)?[A-Z]{0,5}/?\d{1,4}(?:/\d{1,4}){0,2}\.?"
    r"\s*[–—-]?\s+(?:\w+\s+\S{1,5}\s*/\s*)?(?i:(?:agenda\s+)?item)\s+(?i:no\.?\s*)?"
    rf"(?P<label>{LABEL})\s*[:.–—-]\s*(?P<title>[A-Z‘'\"“(].{{2,150}}?)\s*$")
# How many items a paper's headings must cite: one "(agenda item 5)" may be a report's
# mention of where it was discussed, not the paper's own structure.
MIN_CITED = 2
# A front sheet's listing with its pages ("5. Title (Pages 27 - 70)"): a pack's.
_PAGED_LISTING = re.compile(r"\(Pages?\s+\d+", re.I)


class CitedProfile:
    """Detects a paper whose headings cite their agenda items: a `LinedAgenda` of those
    headings, alone or joined (minutes have no front sheet)."""

    in_minutes = True

    def detect(self, pages: list[Page]) -> LinedAgenda | None:
        lines = paper_lines(pages)
        if any(declared(line) or _PAGED_LISTING.search(line) for line in lines):
            return None  # a pack: its stamps and front sheet say its items
        headings: dict[str, str] = {}
        items: dict[str, AgendaItem] = {}
        for joined, first in joined_headings(lines, _CITATION_ALONE):
            cited = _CITES.match(joined) or _CITES_FIRST.match(joined)
            if cited and not re.search(r"[.;:,]\s*$", cited.group("title")):
                label = canonical(cited.group("label"))
                headings[spaced(first)] = headings[spaced(joined)] = label
                title = re.sub(r"^\s*(?:[A-Z]{1,5}/)?\d{1,4}(?:/\d{1,4})?\.?\s+", "",
                               cited.group("title"))
                items.setdefault(label, AgendaItem(label, title.strip()))
        return LinedAgenda(items, headings, None) if len(items) >= MIN_CITED else None


def could_head(line: str) -> bool:
    """A line that may open a minute: "292. Apologies" or a short unpunctuated title."""
    if not line or SENTENCE_END.search(line) or len(line) > 160 or opens_decision(line):
        return False
    return bool(MINUTE_HEAD.match(line) or (line[:1].isupper() and len(line) < 90))


def joined_headings(lines: list[str], alone: re.Pattern[str] = ITEM_REF
                    ) -> list[tuple[str, str]]:
    """`lines` with each heading that is followed by its citation alone on a line (`alone`)
    joined with it into one line, as (text, the line it opens at); other lines as they are.

    Printed minutes wrap a long heading ("88. 24/00108 - Revenue and Capital Budget
    Monitoring Report – November" / "2024-25" / "(Item 5)"): the item opens at its first
    line, and its title is all of it. A heading wraps over up to HEADING_LINES lines, and
    only from a full line (at least FULL_LINE of the paper's long lines' length: a short line
    ended where its words did), each next line short, ending no sentence, with no blank line
    between. A numbered heading's title opens in capitals or figures and follows no line
    opening a list (":", "that"): "2. agree the work programme" is a resolution's part. An
    unnumbered heading wraps only after a blank line, as headings stand apart. Up to
    GAP_LINES blank lines and page numbers may stand between a heading and its citation.
    """
    full = FULL_LINE * _long_line(lines)
    out: list[tuple[str, str]] = []
    pending: list[str] = []  # the heading's lines so far, blank and page-number lines too
    texts: list[str] = []  # its lines of text
    apart = False  # whether the pending heading stands after a blank line
    for index, line in enumerate(lines):
        stripped = line.strip()
        if pending:
            if alone.match(stripped):
                out.append((" ".join([*texts, stripped]), pending[0]))
                pending, texts = [], []
                continue
            gap = not stripped or _PAGE_NUMBER.match(stripped)
            unbroken = len(texts) == len(pending)  # no blank or page-number line yet
            wraps = unbroken and len(texts) < HEADING_LINES and len(texts[-1]) >= full \
                and (apart or MINUTE_HEAD.match(texts[0])) and wraps_heading(stripped)
            if (gap and len(pending) - len(texts) < GAP_LINES) or wraps:
                pending.append(line)
                texts += [] if gap else [stripped]
                continue
            out.extend((p, p) for p in pending)
            pending, texts = [], []
        if could_head(stripped) and not _listed(stripped, lines, index):
            pending, texts = [line], [stripped]
            apart = index > 0 and not lines[index - 1].strip()
        else:
            out.append((line, line))
    out.extend((p, p) for p in pending)
    return out


def wraps_heading(line: str) -> bool:
    """A line that may carry a heading on ("2024-25", "Interests in items on the agenda"):
    short, ending no sentence, with no number, citation or decision of its own."""
    return bool(line) and len(line) < 90 and not (
        SENTENCE_END.search(line) or MINUTE_HEAD.match(line) or opens_decision(line)
        or _CITES_AT_END.search(line))


def _listed(line: str, lines: list[str], index: int) -> bool:
    """Whether a numbered line (`lines[index]`) is a list's entry, not a heading: its words
    open in lower case, or the text before it opens a list ("RESOLVED that the Panel:")."""
    numbered = MINUTE_HEAD.match(line)
    if not numbered:
        return False
    before = lines[max(0, index - HEADING_LINES):index]
    last = next((text for text in reversed(before) if text.strip()), "")
    return numbered.group(2)[:1].islower() or bool(_OPENS_LIST.search(last))


def _long_line(lines: list[str]) -> int:
    """How long the paper's long lines are: the 90th percentile of its lines' lengths."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0
