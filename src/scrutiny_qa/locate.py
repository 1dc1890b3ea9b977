"""Where a passage stands in its page's text, so that the source view marks all of it.

A passage is its page's words, but not always its characters: converted papers' tables are
re-joined cell by cell, list marks and line breaks are tidied, and a table's header row may
repeat on every page. So a passage is found by its words, not its characters: each run of
ANCHOR words it holds votes for where in the page it begins, and the span runs from the first
to the last run agreeing with the winning vote. A header printed again elsewhere on the page
votes alone and loses; a passage whose words the page does not hold is not found (None).
"""

from __future__ import annotations

import re
from collections import Counter

ANCHOR = 4  # words in a run: enough to be rare in a page, few enough to survive tidying
_WORD = re.compile(r"\w+")

Span = tuple[int, int]


def passage_span(page: str, passage: str) -> Span | None:
    """The [start, end) character offsets of `passage` in `page`, or None."""
    page_words = _words(page)
    wanted = [word for _, _, word in _words(passage)]
    size = min(ANCHOR, len(wanted))
    if not size or len(page_words) < size:
        return None
    runs: dict[tuple[str, ...], list[int]] = {}
    for at in range(len(page_words) - size + 1):
        runs.setdefault(tuple(w for _, _, w in page_words[at:at + size]), []).append(at)
    hits = [(offset, at) for offset in range(len(wanted) - size + 1)
            for at in runs.get(tuple(wanted[offset:offset + size]), ())]
    if not hits:
        return None
    agreeing = _agreeing(hits, slack=len(wanted) // 10 + 3)
    first = min(at for _, at in agreeing)
    last = max(at for _, at in agreeing) + size - 1
    return _with_marks(page, passage.strip(), page_words[first][0], page_words[last][1])


def _with_marks(page: str, passage: str, start: int, end: int) -> Span:
    """The span widened over the marks the passage opens or closes with ("(a", "support."),
    where the page prints them too."""
    opening = re.match(r"[^\w\s]+", passage)
    if opening and page[:start].endswith(opening.group()):
        start -= len(opening.group())
    closing = re.search(r"[^\w\s]+$", passage)
    if closing and page.startswith(closing.group(), end):
        end += len(closing.group())
    return start, end


def _agreeing(hits: list[tuple[int, int]], slack: int) -> list[tuple[int, int]]:
    """The hits (passage offset, page position) that place the passage's beginning where
    most of them do, give or take `slack` words (tidying adds or drops a few)."""
    votes = Counter((at - offset) // slack for offset, at in hits)
    best = max(votes, key=lambda b: (votes[b] + votes[b - 1] + votes[b + 1], votes[b]))
    return [(offset, at) for offset, at in hits if abs((at - offset) // slack - best) <= 1]


def utf16_span(text: str, span: Span) -> Span:
    """`span` counted in UTF-16 code units, as a browser's strings count characters (a
    character beyond the Basic Multilingual Plane is two of them there, one in Python)."""
    start, end = span
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(text[start:end].encode("utf-16-le")) // 2


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
