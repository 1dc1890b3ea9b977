"""Acronyms: learn "Equality Impact Assessment (EIA)" from the papers, expand questions.

Council papers define an acronym once and then use it; questions use either form. Pairs are
learnt at ingest from the documents themselves (no fixed list), and a question naming one
form is searched with the other too.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"((?:[\w’'\-]+[\s,]+){1,10}?)\(([A-Z][A-Za-z&]{1,9})\)")
_MINOR = {"and", "of", "the", "for", "in", "to", "on", "a", "&"}


def find_acronyms(text: str) -> set[tuple[str, str]]:
    """(short, long) pairs defined in `text`, e.g. ("EIA", "equality impact assessment")."""
    pairs = set()
    for match in _DEFINITION.finditer(text):
        short = match.group(2)
        letters = re.sub(r"s$", "", short) if short[:-1].isupper() else short
        if not letters.isupper() or len(letters) < 2:
            continue
        words = re.findall(r"[\w’'\-]+", match.group(1))
        long = _expansion(letters, words)
        if long:
            pairs.add((short, long))
    return pairs


def _expansion(letters: str, words: list[str]) -> str | None:
    """The shortest run of words ending before the brackets whose initials spell `letters`."""
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        initials = "".join(w[0] for w in run if w.lower() not in _MINOR).upper()
        if initials == letters.upper() and run[0].lower() not in _MINOR:
            return " ".join(run).lower()
        if len(initials) > len(letters):
            return None
    return None


def expansions(question: str, table: dict[str, set[str]]) -> list[str]:
    """Other forms of the acronyms and long forms a question uses."""
    found: list[str] = []
    lowered = " ".join(re.findall(r"[\w’'\-]+", question.lower()))
    words = set(re.findall(r"[A-Za-z&]+", question))
    for short, longs in table.items():
        if short in words:
            found += sorted(longs)
        elif any(long in lowered for long in longs):
            found.append(short)
    return found
