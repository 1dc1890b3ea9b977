"""Highlighting: the sentence(s) of a passage that best answer the question.

Cheap on purpose (no model call): sentences are scored by the question's content words
they contain, rarer-looking (longer) words and numbers weighing more, so a councillor's eye
lands on the line that carries the answer. Offsets index into the passage text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from scrutiny_qa.terms import STOPWORDS

# A sentence runs to a stop followed by white space, or to a line end; a stop inside a
# number ("£1.5m") does not end it, nor one after the abbreviations papers write before a
# number or a name ("Minute No. 14", "Cllr. Jones", "para. 3.2", "e.g. the"). The
# abbreviations are looked behind from a stop, so ordinary characters take the fast path,
# and runs of them are taken whole: the pattern is scanned for every candidate a search
# re-ranks (the same sentences as one character at a time, in a third of the time).
_BEFORE_NAME = ("mr", "mrs", "ms", "dr", "cllr", "prof", "st", "para", "paras", "approx", "ref",
                "e.g", "i.e")
_ABBREVIATED = "|".join([*(rf"(?<=\b{re.escape(a)})" for a in _BEFORE_NAME),
                         r"(?<=\bno)(?=\.\s+\d)", r"(?<=\bnos)(?=\.\s+\d)"])
_SENTENCE = re.compile(rf"[^\n.!?]*(?:(?:[.!?](?!\s|$)|(?i:{_ABBREVIATED})\.)[^\n.!?]*)*"
                       r"(?:[.!?]+(?=\s|$)|\n|$)")
_TOKEN = re.compile(r"[a-z0-9£%]+")


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS}


def _weight(term: str) -> float:
    return 2.0 if any(ch.isdigit() for ch in term) else 1.0 + min(len(term), 6) / 6


def best_sentences(question: str, text: str, limit: int = 2,
                   shown: frozenset[str] = frozenset()) -> list[dict]:
    """Up to `limit` sentences with their [start, end) offsets, best first.

    Sentences in `shown` (already the answer of a higher result) come after all others:
    neighbouring passages share a few lines of overlap, and when the best sentence stands
    in them, two results would otherwise offer the reader the same answer twice. Next come
    sentences that share only numbers with the question: a page stamp ("Appendix 1 25") or
    a bare year shares "25" or "2024" with "Q3 2024/25" but answers nothing.
    """
    wanted = _terms(question)
    scored = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0).strip()
        if len(sentence) < 3:
            continue
        start = match.start() + match.group(0).index(sentence)
        matched = wanted & _terms(sentence)
        score = math.fsum(_weight(t) for t in matched)
        if score > 0:
            numbers_only = all(any(ch.isdigit() for ch in t) for t in matched)
            scored.append((score, start, start + len(sentence), sentence, numbers_only))
    scored.sort(key=lambda s: (s[3] in shown, s[4], -s[0], s[1]))
    top = [s for s in scored[:limit] if s[0] >= scored[0][0] * 0.6] if scored else []
    return [{"text": s[3], "start": s[1], "end": s[2], "score": round(s[0], 3)} for s in top]


def window_score(weights: dict[str, float], text: str, size: int = 2) -> float:
    """The largest total weight of the question's terms found within `size` consecutive
    sentences of `text`: a passage that answers tends to hold the question's rarer words
    close together, where BM25 over the whole passage cannot tell near from far apart.
    `weights` maps terms as `query_terms` gives them to how much each counts."""
    if not weights:
        return 0.0
    lowered = text.lower()
    starts = [m.start() for m in _SENTENCE.finditer(lowered) if m.group(0).strip()]
    found: dict[int, set[str]] = {}
    for position, term in _held(weights, lowered):
        found.setdefault(bisect_right(starts, position) - 1, set()).add(term)
    best = 0.0
    for first in {max(i - back, 0) for i in found for back in range(size)}:
        terms = set().union(*(found.get(i, set()) for i in range(first, first + size)))
        best = max(best, math.fsum(weights[term] for term in terms))
    return best


def held_weight(weights: dict[str, float], text: str) -> float:
    """The total weight of the question's terms found anywhere in `text` (a short text, such
    as a vote's label, where nearness does not matter)."""
    if not weights:
        return 0.0
    return math.fsum(weights[term] for term in {term for _, term in _held(weights, text.lower())})


def _held(weights: dict[str, float], lowered: str) -> Iterator[tuple[int, str]]:
    """Where each of the question's terms stands in the lower-cased text, as (offset, term)."""
    for match in _term_pattern(tuple(sorted(weights))).finditer(lowered):
        if match.group(0) not in STOPWORDS:
            yield match.start(), _stem(match.group(0))


@lru_cache(maxsize=256)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern:
    """A regex matching the whole tokens whose `_stem` is one of `terms` (a stem of six
    letters stands for every longer word it begins), so that a passage is scanned once in C
    rather than split into the term sets of all its sentences."""
    alternatives = "|".join(re.escape(t) + ("[a-z0-9£%]*" if len(t) == 6 else "")
                            for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9£%])(?:{alternatives})(?![a-z0-9£%])")


def query_terms(question: str) -> dict[str, str]:
    """The question's words in the form `window_score` compares them (stop words dropped),
    each with one whole word it stands for (to look its rarity up)."""
    return {_stem(w): w for w in _TOKEN.findall(question.lower()) if w not in STOPWORDS}
