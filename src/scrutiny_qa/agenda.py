"""Agenda placement: which item of its meeting's agenda a separately published paper is.

Committee systems publish a meeting's reports and appendices as files of their own beside
the agenda front sheet, and such a file seldom prints its item number. The front sheet
lists the items ("11. Devolution and Local Government Reorganisation Update"), so a paper
is placed on the item its own name or title points to, but only on clear evidence, since a
wrong item is worse than none: the item named in the file's name ("Item 7 - Supplementary
- …"); the decision number an item's title carries ("24/00093"); for minutes, the item that
names their meeting's date; else an item whose title's words the paper's name or title
nearly all repeat, well ahead of any other item; for an appendix, the one item whose papers
name it by its label and title ("Appendix 2 – Constitution Changes" in the list of the
report it is attached to, or "A Reserves Policy is included as Appendix G"); else the one
item whose pages reprint nearly all of the paper (an amendment also printed in the pack of
amendments); else, for an appendix lettered in its file name ("Appendix D 21.01.25"),
the item whose lettered appendices of the meeting stand either side of it (`by_series`). An
appendix known only as "Appendix 2" is left unplaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from scrutiny_qa.metadata import DocumentMeta, dates_in, decision_in_name
from scrutiny_qa.terms import STOPWORDS, mentioned_months, mentioned_numbers

_ITEM_IN_NAME = re.compile(r"^\s*Item\s+(\d+[a-z]?)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")
# Words nearly every paper's name or item's title has, which say nothing of which it is.
_GENERIC = STOPWORDS | {"report", "reports", "update", "updates", "appendix", "annex", "council",
                        "county", "kent", "final", "paper", "cc", "cabinet", "committee", "item"}
# A paper's own label ("Appendix 5 - Service Offer Comparison"), or a line listing one.
_APPENDIX = re.compile(r"^\W*(?:appendix|annex)\s+([a-z]|\d{1,2})\b\s*[:.–—-]?\s*(.*)$", re.I)
# A mention of an appendix in a report's text, and where its sentences and list entries end.
_MENTION = re.compile(r"\b(?:appendix|annex)\s+([A-Z]|\d{1,2})\b", re.I)
_PARTS = re.compile(r"(?<=[.;])\s+|\n(?=\s*(?:[-•*]|\(?[a-z0-9]{1,3}[.)]|appendix\b|annex\b))",
                    re.I)
# How much a paper's name and an item's title must share, how far ahead of the next item.
OVERLAP = 0.6
MARGIN = 0.25
# A paper is reprinted under an item when that item's pages print this share of its runs of
# SHINGLE words (on Kent, papers reprinted whole scored 0.90-1.00; the next, a budget
# appendix whose templates the item's pages print in part, 0.78; then 0.38).
REPRINTED = 0.8
SHINGLE = 8


@dataclass
class ItemPages:
    """What the pages already placed on each item of a meeting's agenda print (only items
    the agenda lists): the appendices they speak of (`listed_appendices`), and their text as
    runs of words, to know a paper they reprint (an amendment published alone and again in
    the pack of amendments)."""

    listings: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    shingles: dict[str, set[int]] = field(default_factory=dict)

    def add(self, item: str, text: str) -> None:
        self.listings.setdefault(item, []).extend(listed_appendices(text))
        self.shingles.setdefault(item, set()).update(shingles(text))


def shingles(text: str) -> set[int]:
    """The text's runs of SHINGLE consecutive words (lower-cased, punctuation dropped), hashed."""
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def place(names: list[str], items: dict[str, str], decision: str | None = None,
          minutes_of: DocumentMeta | None = None, printed: ItemPages | None = None,
          text: str = "") -> str | None:
    """The number of the item in `items` (number -> title) that the paper named `names` (its
    file name and its title) is, or None. `decision`: the decision the paper belongs to
    (`metadata.decision_reference`); `minutes_of`: the meeting (date and body) a paper of
    minutes records; `printed`: what the pages of the meeting's papers placed so far print
    under each item, and `text` the paper's own text, to be found there."""
    for name in names:
        m = _ITEM_IN_NAME.match(name)
        if m and m.group(1) in items:
            return m.group(1)
    decisions = {d for name in names for d in _decisions(name)} | ({decision} - {None})
    by_decision = [n for n, title in items.items() if decisions & _decisions(title)]
    if len(by_decision) == 1:
        return by_decision[0]
    if minutes_of and minutes_of.meeting_date:
        return _minutes_item(items, minutes_of)
    printed = printed or ItemPages()
    return (_by_words(names, items) or _by_listing(names, printed.listings)
            or _by_reprint(text, printed.shingles))


def lettered(name: str) -> str | None:
    """The letter a paper's file name gives it as an appendix ("Appendix D 21.01.25": "D")."""
    m = _APPENDIX.match(name)
    return m.group(1).upper() if m and m.group(1).isalpha() else None


def by_series(letter: str, placed: dict[str, str]) -> str | None:
    """The item of an appendix by its `letter`, from the meeting's lettered
    appendices placed so far (letter -> item): when they are all one item's, and its letter
    stands between two of theirs ("Appendix D 21.01.25" between the budget's Appendix C and
    Appendix G), it is one of that item's series. A letter before or after all of them may
    start or end another item's series, and is left unplaced."""
    if len(set(placed.values())) != 1:
        return None
    return next(iter(placed.values())) if min(placed) < letter < max(placed) else None


def listed_appendices(text: str) -> list[tuple[str, str]]:
    """The appendices a page speaks of, as (label, the words around it): a report's list
    ("Appendix 2 – Constitution Changes") or its prose ("A Reserves Policy is included as
    Appendix G to this report"). The words are those of its sentence or list entry, up to
    the mentions of other appendices in it ("… resilience is included as Appendix H …, and
    a budget risk register at Appendix I")."""
    found = []
    for part in _PARTS.split(text):
        mentions = list(_MENTION.finditer(part))
        for i, m in enumerate(mentions):
            start = mentions[i - 1].end() if i else 0
            end = mentions[i + 1].start() if i + 1 < len(mentions) else len(part)
            words = f"{part[start:m.start()]} {part[m.end():end]}".strip()
            if words:
                found.append((m.group(1).upper(), words))
    return found


def _by_listing(names: list[str], listings: dict[str, list[tuple[str, str]]]) -> str | None:
    """The one item whose pages name the paper as an appendix: its label ("Appendix 5",
    from its file name or its title) among words that repeat most of the paper's title (as
    `_overlap` judges an item's title; at least two of them)."""
    own = [m for name in names if (m := _APPENDIX.match(name))]
    if not own:
        return None
    label = own[0].group(1).upper()
    words = set().union(*(_words(m.group(2)) for m in own if m.group(1).upper() == label))
    found = {number for number, listed in listings.items()
             if any(lab == label and _overlap(_words(title), words) >= OVERLAP
                    for lab, title in listed)}
    return found.pop() if len(found) == 1 else None


def _decisions(text: str) -> set[str]:
    """Decision numbers as an item's title writes them ("24/00093") or a file's name does
    ("24-00093")."""
    return mentioned_numbers(text)[1] | ({decision_in_name(text)} - {None})


def _minutes_item(items: dict[str, str], minutes: DocumentMeta) -> str | None:
    """The one item of minutes whose title names the day of the meeting `minutes` records;
    else the one naming its month and its body ("Corporate Parenting Panel - October 2024
    and December 2024 Minutes for noting" for the panel's minutes of 29 October 2024)."""
    day = date.fromisoformat(minutes.meeting_date or "")
    titled = {n: title for n, title in items.items() if re.search(r"\bminutes\b", title, re.I)}
    found = [n for n, title in titled.items() if day in dates_in(title)]
    if not found:
        body = _words(minutes.committee or "")
        found = [n for n, title in titled.items() if body and body <= _words(title)
                 and f"{day:%Y-%m}" in mentioned_months(title)]
    return found[0] if len(found) == 1 else None


def _by_words(names: list[str], items: dict[str, str]) -> str | None:
    """The one item whose title has the content words of the paper's name and title and no
    others ("Governance Update" for "Governance Updates", where "Governance & Audit Terms
    of Reference update" shares as much of its one word); else the item whose title shares
    most of them (`_overlap`), well ahead of the next. The name and the title are also read
    apart, since a paper's own title may say other things than its file name: "Appendix D -
    Kent Minerals and Waste Local Plan - Non-Technical summary" is titled "Sustainability
    Appraisal Report Non-Technical Summary of the …"."""
    each = [_words(name) for name in names]
    words = set().union(*each)
    same = [number for number, title in items.items() if words and _words(title) == words]
    if len(same) == 1:
        return same[0]
    scored = sorted(((max(_overlap(_words(title, initials=True), read)
                          for read in (words, *each)), n)
                     for n, title in items.items()),
                    reverse=True)
    if not scored:
        return None
    best, number = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    return number if best >= OVERLAP and best - runner_up >= MARGIN else None


def _by_reprint(text: str, printed: dict[str, set[int]]) -> str | None:
    """The one item whose pages print nearly all of `text` (REPRINTED of its shingles)."""
    own = shingles(text)
    found = [number for number, runs in printed.items()
             if own and len(own & runs) >= REPRINTED * len(own)]
    return found[0] if len(found) == 1 else None


def _overlap(title: set[str], words: set[str]) -> float:
    """The share of the shorter of an item's title and a paper's name that the other repeats
    (an item's title may run on: "… See supplement pack published alongside the main
    agenda"); at least two words must be shared, one ("Questions") being too easily met."""
    shared = len(title & words)
    return shared / min(len(title), len(words)) if shared >= 2 else 0.0


def _words(text: str, initials: bool = False) -> set[str]:
    """Content words, a plural's "s" dropped ("Hubs" is "hub"); with `initials`, also those of
    every run of three or more capitalised words in an item's title, so that a paper's
    "KMWLP" names "Kent Minerals and Waste Local Plan" and "QPR" names "Quarterly
    Performance Report, Q3 2024-2025" (a run goes on over a comma or a colon, and stops at a
    word with a digit in it, which is a quarter or a year, not a name's)."""
    found = {w.removesuffix("s") if len(w) > 3 else w
             for w in _WORD.findall(text.lower())
             if w not in _GENERIC and not w.isdigit() and len(w) > 1}  # "D" of "Appendix D"
    if initials:
        runs = re.findall(r"(?:[A-Z](?:[^\W\d_]|[’'])*[,:]?(?:\s+(?:and|&|of)\s+|\s+|$)){3,}",
                          text)
        found |= {"".join(w[0] for w in run.split() if w[0].isupper()).lower() for run in runs}
    return found
