"""Acronyms: learn "Equality Impact Assessment (EIA)" from the papers, expand questions.

Council papers define an acronym once and then use it, or use it without defining it at
all ("The EIA is kept under review" in a report that elsewhere says "An Equality Impact
Assessment has been completed"); questions use either form. Pairs are learnt at ingest from
the documents themselves (no fixed list), and a question naming one form is searched with
the other too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# A definition: an acronym in brackets after the words it stands for, "Equality Impact
# Assessment (EIA)". The brackets are found first and the words read backwards from them,
# at most DEFINITION_WORDS words within DEFINITION_REACH characters: one regex holding the
# words before the bracket tried every position of a text against every word after it, which
# cost 8-10 s a megabyte of long tokens (separator lines, tables) and grew with the square of
# a token's length (a 1 MB run without spaces did not finish).
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
DEFINITION_WORDS = 10
DEFINITION_REACH = 400
_WORD = re.compile(r"[\w’'\-]+")
# Words each followed by white space or commas, matched on the text reversed from a bracket.
_RUN_BACKWARDS = re.compile(rf"(?:[\s,]+[\w’'\-]+){{1,{DEFINITION_WORDS}}}")
_MINOR = {"and", "of", "the", "for", "in", "to", "on", "a", "&"}
# An initialism used without definition: three to six capitals (and a plural "s").
_INITIALISM = re.compile(r"\b([A-Z]{3,6})s?\b")
# A name in title case on one line ("Equality Impact Assessment", "Health Overview and
# Scrutiny Committee"): only such runs are read as an undefined initialism's long form.
_TITLED = re.compile(r"[A-Z][a-z][\w’'\-]*(?:[ \t]+(?:(?:and|of|the|for|in|to|on|&)[ \t]+)?"
                     r"[A-Z][a-z][\w’'\-]*)+")


def find_acronyms(text: str) -> set[tuple[str, str]]:
    """(short, long) pairs defined in `text`, e.g. ("EIA", "equality impact assessment"),
    or used in it: an initialism the text writes only in capitals, and a title-case name in
    the same text whose initials spell it."""
    return _defined(text) | _used_together(text)


def _defined(text: str) -> set[tuple[str, str]]:
    """Pairs defined in brackets: "Equality Impact Assessment (EIA)"."""
    pairs = set()
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        letters = re.sub(r"s$", "", short) if short[:-1].isupper() else short
        if not letters.isupper() or len(letters) < 2:
            continue
        long = _expansion(letters, _words_before(text, match.start()))
        if long:
            pairs.add((short, long))
    return pairs


def _words_before(text: str, end: int) -> list[str]:
    """The words running up to `end`, each followed by white space or commas only (the last
    DEFINITION_WORDS of them at most, in text order)."""
    start = max(0, end - DEFINITION_REACH)
    found = _RUN_BACKWARDS.match(text[start:end][::-1])
    if not found:
        return []
    words = _WORD.findall(found.group(0)[::-1])
    cut = start > 0 and found.end() == end - start  # the run's first word may go on before
    return words[1:] if cut else words


def _used_together(text: str) -> set[tuple[str, str]]:
    """Pairs of an undefined initialism and a name spelling it in the same text. The name
    must be capitalised, so that ordinary phrases are not taken for names; of several names
    spelling one initialism, the one the text uses most is kept ("Consumer Price Index" over
    a "Country Parks Investment" named once)."""
    initialisms = _initialisms(text)
    names = _names_spelling(text, set(initialisms)) if initialisms else Counter()
    most: Counter[str] = Counter()
    for (letters, _), count in names.items():
        most[letters] = max(most[letters], count)
    return {(form, long) for (letters, long), count in names.items()
            if count == most[letters] for form in initialisms[letters]}


def _initialisms(text: str) -> dict[str, set[str]]:
    """Letters of each initialism `text` writes only in capitals ("AND" in a heading is a
    word when "and" appears too), with the forms written ("KPI", "KPIs")."""
    words = {word.upper() for word in re.findall(r"[A-Za-z]+", text) if not word.isupper()}
    found: dict[str, set[str]] = {}
    for match in _INITIALISM.finditer(text):
        if match.group(1) not in words:
            found.setdefault(match.group(1), set()).add(match.group(0))
    return found


def _names_spelling(text: str, letters: set[str]) -> Counter[tuple[str, str]]:
    """How often each title-case run of words in `text` whose initials (minor words
    skipped) are among `letters` occurs, as (letters, name in lower case)."""
    names: Counter[tuple[str, str]] = Counter()
    longest = max(map(len, letters), default=0)
    for match in _TITLED.finditer(text):
        run = match.group(0).split()
        for start, first in enumerate(run):
            if first.lower() in _MINOR:
                continue
            for end in range(start + 2, len(run) + 1):
                name = run[start:end]
                initials = "".join(w[0] for w in name if w.lower() not in _MINOR)
                if len(initials) > longest:
                    break  # longer names spell nothing: a line of names stays linear
                if name[-1].lower() not in _MINOR and initials in letters:
                    names[initials, " ".join(name).lower()] += 1
    return names


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


@dataclass(frozen=True)
class Asked:
    """An acronym a question uses: `in_full` holds the long forms it writes, and is empty
    when it writes the acronym itself."""

    short: str
    longs: tuple[str, ...]
    in_full: tuple[str, ...] = ()


def asked_acronyms(question: str, table: dict[str, set[str]]) -> list[Asked]:
    """The acronyms of `table` a question uses, in either form (read once per question)."""
    lowered = " ".join(re.findall(r"[\w’'\-]+", question.lower()))
    words = set(re.findall(r"[A-Za-z&]+", question))
    asked = []
    for short, longs in table.items():
        named = tuple(sorted(longs))
        used = tuple(long for long in named if long in lowered)
        if short in words or used:
            asked.append(Asked(short, named, () if short in words else used))
    return asked


def other_forms(asked: Sequence[Asked]) -> list[str]:
    """The other forms of the acronyms a question uses (`asked_acronyms`): the long forms of
    one it shortens, the acronym of one it writes in full."""
    return [form for acronym in asked
            for form in ((acronym.short,) if acronym.in_full else acronym.longs)]


def spelled_out(text: str, asked: Sequence[Asked]) -> str:
    """`text` with each acronym the question writes in full written out after its first
    use ("The EIA (equality impact assessment) will be reviewed"), and each long form the
    question shortens followed by its acronym: a reader of the pair (the cross-encoder)
    knows nothing of what the papers define, so it is shown the question's own words.
    A text that already uses both forms is left as it is. `asked`: `asked_acronyms`."""
    for acronym in asked:
        short_form = re.compile(rf"\b{re.escape(acronym.short)}\b")
        long_forms = [_phrase(long) for long in acronym.longs]
        if not acronym.in_full and not short_form.search(text):
            found = [form for form in long_forms if form.search(text)]
            text = _note_after(text, found[0], acronym.short) if found else text
        elif acronym.in_full and not any(form.search(text) for form in long_forms):
            text = _note_after(text, short_form, acronym.in_full[0])
    return text


def spell_out(pairs: Iterable[tuple[str, str]]) -> Callable[[str], str]:
    """A function that writes each acronym of `pairs` (one paper's) out after its first use
    in a text ("The EIA (equality impact assessment) will be reviewed annually"), unless the
    text names it in full already. Passages are embedded so: the embedder cannot know what a
    paper's acronyms stand for, and a question asking in full words then finds them."""
    names: dict[str, str] = {}
    for short, long in sorted(pairs):
        names.setdefault(short, long)
    if not names:
        return str  # the text as it is
    shorts = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                        + r")\b")

    def spelled(text: str) -> str:
        written = text  # what a text names in full is judged on the text as it is
        for short in sorted(set(shorts.findall(text))):
            if not _phrase(names[short]).search(text):
                written = _note_after(written, re.compile(rf"\b{re.escape(short)}\b"),
                                      names[short])
        return written

    return spelled


@lru_cache(maxsize=4096)
def _phrase(long: str) -> re.Pattern:
    """A long form as a paper may write it: any capitals, any line breaks between words."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, long.split())) + r"\b", re.I)


def _note_after(text: str, form: re.Pattern, note: str) -> str:
    """`text` with "(note)" after the first match of `form`."""
    found = form.search(text)
    return f"{text[:found.end()]} ({note}){text[found.end():]}" if found else text
