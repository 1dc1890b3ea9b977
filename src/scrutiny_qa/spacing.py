"""Spacing: words a PDF's text layer runs together, put apart again.

Scanned papers carry an OCR text layer that places each word on its own, often scaled
horizontally ("86 Tz"). pypdf's reading order then sees no gap between words and prints
them as one ("Would you preferto wait to speakduringtheitem"): their words are lost to the
keyword index, and the embedder reads nonsense. pypdf's layout reading places each word by
its position and prints the gaps, but it also reorders a page's lines (a running header
printed last) and spreads columns across one line, so it is no text to index. What it gives
is the page's words, side by side: a run-together word of the reading order that is not one
of them is split into words it prints together, where that is possible, and the reading
order kept. Rotated text (a margin's stamp) is read too, so that its words are known.

A page is suspected when many of its words are very long: over RUN_TOGETHER of them have
LONG_WORD letters or more, where council prose has under 2 % (1.3 % on the 99th percentile
of the 1,964 PDF pages of ../shared; the run-together pages there have 9 % to 19 %).
"""

from __future__ import annotations

import itertools
import re

LONG_WORD = 15
RUN_TOGETHER = 0.05
MIN_WORDS = 30  # a page with fewer words says too little to judge
LONGEST_RUN = 80  # a longer run of letters is no words run together (a code, a hash)
_WORD = re.compile(r"[A-Za-z0-9]+")
_LETTERS = re.compile(r"[A-Za-z]+")


def runs_together(text: str) -> bool:
    """Whether a page's text reads as words run together (see the module's docstring)."""
    words = _LETTERS.findall(text)
    if len(words) < MIN_WORDS:
        return False
    return sum(len(word) >= LONG_WORD for word in words) / len(words) > RUN_TOGETHER


def respaced(text: str, spaced: str) -> str:
    """`text` with each word that `spaced` (the same page read by position) does not print,
    but that is a run of words it prints side by side, split into them: the fewest that
    make it ("preferto" is "prefer to" where "prefer to" is printed; "therapist" is never
    "the rapist" unless those two words stand together)."""
    sequence = [word.lower() for word in _WORD.findall(spaced)]
    words, pairs = set(sequence), set(itertools.pairwise(sequence))

    def split(found: re.Match[str]) -> str:
        token = found.group(0)
        if token.lower() in words:
            return token
        cuts = _cuts(token.lower(), words) or []
        pieces = [token[a:b] for a, b in itertools.pairwise(cuts)]
        together = all(pair in pairs for pair in itertools.pairwise(map(str.lower, pieces)))
        return " ".join(pieces) if pieces and together else token

    return _WORD.sub(split, text) if words else text


def _cuts(token: str, words: set[str]) -> list[int] | None:
    """The positions that cut `token` into the fewest words of `words` (two at least), from
    0 to its length; None when no cut does."""
    if len(token) > LONGEST_RUN:
        return None
    best: list[list[int] | None] = [[0], *[None] * len(token)]
    for end in range(1, len(token) + 1):
        for start in range(end):
            before = best[start]
            if before is not None and token[start:end] in words and (
                    best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, end]
    found = best[-1]
    return found if found is not None and len(found) > 2 else None
