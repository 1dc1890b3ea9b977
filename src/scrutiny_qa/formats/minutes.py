"""Minute headings in any numbering: told by counting up, not by their typography.

Councils number minutes "14. CHILDREN'S SERVICES", "292. Apologies for Absence (Item 1)",
"19 Bus Lane Review" (no full stop, mixed case), "EX/23/45 Budget Monitoring", "45/25
Budget" (the count before the year), "Minute No. 12 – Questions" or "Minute 12:
Questions". What every scheme shares is that a meeting's minutes count up, one after
another: a short line that opens with a number and has no sentence end is a minute's
heading when the numbers of such lines run in sequence through the minutes. A numbered
paragraph is no heading: it ends in punctuation ("3. In response to questions it was
said:"), opens a decision ("5. RESOLVED that …"), or fills its line and wraps onto the next
in lower case ("2. The Chair thanked the nominees and" / "winners of the awards"); and a
list's "1 2 3" restarts at each list, so it makes no long run.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scrutiny_qa.formats.base import AgendaItem
from scrutiny_qa.formats.decisions import opens_decision

# "19 Bus Lane Review", "292. Apologies", "EX/23/45 Budget", "45/25 Budget" (a count, then
# the year), "A.3 Better Care Fund" (a board's business in parts A, B …), "CAB 12/25 –
# Parks", "Minute No. 12 – Questions", "Min. 12: Questions", "Min 24/127 BUDGET" (town and
# parish councils), "Item 11. Award of Bid" (US minutes)
_CANDIDATE = re.compile(
    r"^\s*(?:(?i:minute|min\.?|item)\s*(?i:no\.?\s*)?)?"
    r"(?P<number>(?:(?P<part>[A-Z])\.|[A-Z]{1,5}\s?/?\s?)?(?P<first>\d{1,4})"
    r"(?:\s?/\s?(?P<second>\d{1,4}))?)"
    r"(?:[.:]?\s+|\s*[–—-]\s*)(?P<title>[A-Z(‘'\"“].{2,150}?)\s*$")
# "Minute No. 43/24" alone on its line, the minute's title on the next.
_NUMBER_ALONE = re.compile(r"^\s*(?i:minute|min\.?)\s*(?i:no\.?\s*)?"
                           r"(?:[A-Z]{1,5}\s?/?\s?)?\d{1,4}(?:\s?/\s?\d{1,4})?\s*$")
_SENTENCE_END = re.compile(r"[.!?;,:]['\"’”)]*\s*$")
# A minute number no paragraph opens with: coded ("MM/25/031", "EX/23/45", "CAB 12/25") or
# labelled ("Minute 12", "Item 4"). Its heading may wrap onto a line in lower case ("… -
# Section 183" / "of the Local Government Act 2001"), as a numbered paragraph's line does.
_CODED = re.compile(r"^\s*(?:[A-Z]{1,5}\s?/?\s?\d{1,4}\s?/\s?\d{1,4}\b"
                    r"|(?i:minute|min\.?|item)\s*(?i:no\.?\s*)?\d)")
HEADING_CHARS = 70  # a longer numbered line is a paragraph's first, filling the line
CAPITALS_CHARS = 160  # unless it is in capitals or coded, as headings are, not paragraphs
MIN_RUN = 4  # headings counting up before numbering is believed to be minutes'
MAX_STEP = 2  # a minute may be missing from a run (taken in private, withdrawn)


def counted_headings(lines: list[str]) -> dict[str, tuple[str, str]]:
    """The lines of `lines` (a paper's minutes, in order) that head minutes, each with its
    number as printed and its title: the longest run of consecutive candidate lines whose
    counts go up by 1 to MAX_STEP, when it has at least MIN_RUN of them (a candidate that
    does not count on ends a run, so separate lists never chain into one)."""
    candidates = _candidates(lines)
    best = max((_longest_run(candidates, reading) for reading in _READINGS), key=len)
    if len(best) < MIN_RUN:
        return {}
    heads = {line: (re.sub(r"\s+", "", m.group("number")), m.group("title").strip())
             for line, m in best}
    return heads | _sub_headings(lines, heads)


# A sub-item's heading under its minute: "12.1 QUARTER 1 FINANCIAL REPORT" under "12. OFFICER
# REPORTS", as councils in Australia, New Zealand and Scotland number their business; "9.A
# Resolution No. 25-0411 - …" (US boards); "59(a) 24/01876/FUL - Land East of …" (a
# planning committee's applications under its minute).
_SUB_CANDIDATE = re.compile(r"^\s*(?P<parent>\d{1,3})(?:\.(?P<sub>\d{1,2}|[A-Z])\.?|"
                            r"\((?P<paren>[a-z])\))\s+(?P<title>[A-Z0-9(‘'\"“].{2,150}?)\s*$")


def _sub_headings(lines: list[str], heads: dict[str, tuple[str, str]]
                  ) -> dict[str, tuple[str, str]]:
    """The headings numbered N.1, N.2 … (or N.A, N.B …, or N(a), N(b) …) under minute N's
    heading (`heads`), counting up as minutes do, each with its number as printed ("12.1",
    "9.A", "59(a)") and title: a sub-item of the business, not a numbered paragraph (which
    is long or ends a sentence; a lettered one is never a paragraph's, and may be long)."""
    found: dict[str, tuple[str, str]] = {}
    parent, last = None, 0
    for n, line in enumerate(lines):
        if line.strip() in heads:
            parent, last = heads[line.strip()][0], 0
            continue
        m = _SUB_CANDIDATE.match(line)
        if not m or m.group("parent") != parent:
            continue
        count = _sub_count(m)
        lettered = not (m.group("sub") or "").isdigit()
        after = lines[n + 1] if n + 1 < len(lines) else ""
        if 1 <= count - last <= MAX_STEP and _heading_like(
                line, lines[n - 1] if n else "", after, CAPITALS_CHARS if lettered else None):
            number = f"{parent}({m.group('paren')})" if m.group("paren") \
                else f"{parent}.{m.group('sub') if lettered else count}"
            found[line.strip()] = (number, m.group("title").strip())
            last = count
    return found


def _sub_count(m: re.Match) -> int:
    """Where a sub-item stands under its minute: "12.3" and "9.C" and "59(c)" are third."""
    sub = m.group("sub")
    if sub and sub.isdigit():
        return int(sub)
    return ord(sub or m.group("paren").upper()) - 64


# Which of a number's parts counts up: "EX/23/45" is the 45th minute of '23, "45/25" the 45th
# of '25, "B.1" the first of part B after part A's. A paper's minutes are read each way and
# the reading giving the longer run taken.
_PART = 100_000  # a part's place, in a count: "B.1" counts 200001, beyond any minute number
_READINGS = (lambda m: int(m.group("second") or m.group("first")),
             lambda m: int(m.group("first")),
             lambda m: int(m.group("first")) + _PART * (ord(m.group("part") or "@") - 64))


# A date wrapped to the start of a line ("1 July 2025; and") is no minute's number and title.
_DATED = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                    r"Nov|Dec)[a-z]*\.?,?\s+\d{4}\b")


def _candidates(lines: list[str]) -> list[tuple[str, re.Match]]:
    """The lines (stripped) that may head a minute, each with its number and title."""
    if not lines:
        return []
    before, after = ["", *lines[:-1]], [*lines[1:], ""]
    return [(line.strip(), m) for line, last, next_line in zip(lines, before, after, strict=True)
            if (m := _candidate(line, next_line)) and not _numbered_by_year(m)
            and not _DATED.match(line)
            and _heading_like(next_line if _NUMBER_ALONE.match(line) else line, last,
                              next_line)]


def _candidate(line: str, next_line: str) -> re.Match | None:
    """The number and title of a line that may head a minute: the line's own, or, for a
    number standing alone ("Minute No. 43/24"), the title on the line after it."""
    if _NUMBER_ALONE.match(line) and next_line.strip():
        return _CANDIDATE.match(f"{line.strip()} {next_line.strip()}")
    return _CANDIDATE.match(line)


def _numbered_by_year(m: re.Match) -> bool:
    """Whether a candidate's number is a year: a financial year ("2024/25", "2024/2025"),
    whose lines in a table count up as minutes do, or a year alone opening a title wrapped
    to its line ("2025 Transit Fare Strategy"); neither heads a minute."""
    first, second = m.group("first"), m.group("second")
    if second is None:
        return len(first) == 4 and 1990 <= int(first) <= 2099 \
            and m.group("number") == first
    return len(first) == 4 and int(second) % 100 == (int(first) + 1) % 100


def _longest_run(candidates: list[tuple[str, re.Match]],
                 count: Callable[[re.Match], int]) -> list[tuple[str, re.Match]]:
    """The longest run of `candidates` whose counts go up (`_counts_on`)."""
    best: list[tuple[str, re.Match]] = []
    run: list[tuple[str, re.Match]] = []
    for line, m in candidates:
        run = [*run, (line, m)] if run and _counts_on(count(run[-1][1]), count(m)) \
            else [(line, m)]
        best = run if len(run) > len(best) else best
    return best


def _counts_on(last: int, count: int) -> bool:
    """Whether a minute counted `count` may follow one counted `last`: up by 1 to MAX_STEP,
    or the first of the next part ("A.4" then "B.1")."""
    return 1 <= count - last <= MAX_STEP or (
        count % _PART == 1 and count // _PART == last // _PART + 1 and last >= _PART)


def _heading_like(line: str, before: str, after: str, limit: int | None = None) -> bool:
    """A numbered line that may head a minute: short (or in capitals, or `_CODED`: a US
    agenda item's title is long), unpunctuated, no decision, not carried on in lower case
    by the line after it (unless `_CODED`), and not a part of what the line before opens
    (`limit`: how long it may be, when its caller knows better)
    ("RESOLVED: That Cabinet" / "1. Approves the Capital Strategy")."""
    opened = (opens_decision(before) or re.search(r"(?::|\bthat)\s*$", before, re.I)) \
        and not re.search(r"[.!?]['\"’”)]*\s*$", before)
    limit = limit or (CAPITALS_CHARS if not re.search(r"[a-z]", line) or _CODED.match(line)
                      else HEADING_CHARS)
    return (len(line.strip()) <= limit and not _SENTENCE_END.search(line)
            and not opens_decision(line) and not opened
            and (_CODED.match(line) or not after.strip()[:1].islower()))


_AGENDA_NUMBER = re.compile(r"(?P<top>\d{1,3})(?:\.(?:\d{1,2}|[A-Z])|\([a-z]\))?")


def numbered_from_one(heads: dict[str, tuple[str, str]], lines: list[str]
                      ) -> dict[str, AgendaItem]:
    """The agenda items of minutes numbered 1, 2, 3 … for their meeting, sub-items "5.1"
    included, or in parts A.1, A.2 … B.1 (`heads`, read from `lines`): such minutes follow
    the agenda's numbering, so each minute is the agenda item of its number. Only when every
    heading was read: the run has no gap and no other line of the minutes could head one; a
    heading missed would file its minute under the item before it, and a wrong item is
    worse than none. Minutes numbered on through the year ("285.") or by year ("24/112")
    cite no item by number."""
    numbers = [number for number, _ in heads.values()]
    if not numbers or not _from_one(numbers):
        return {}
    known = {re.sub(r"\s+", " ", line) for line in heads}
    if any(re.sub(r"\s+", " ", line) not in known for line, _ in _candidates(lines)):
        return {}
    return {number: AgendaItem(number, title) for number, title in
            sorted(heads.values(), key=lambda pair: _place(pair[0]))}


_PARTED = re.compile(r"(?P<part>[A-Z])\.(?P<n>\d{1,2})")


def _from_one(numbers: list[str]) -> bool:
    """Whether minute `numbers` are an agenda's own: 1, 2, 3 … (with sub-items "5.1"), or
    parts A, B … each numbered from 1, with no gap."""
    if all(_AGENDA_NUMBER.fullmatch(n) for n in numbers):
        top = sorted({int(_AGENDA_NUMBER.match(n).group("top")) for n in numbers})
        return top == list(range(1, len(top) + 1))
    parted = [_PARTED.fullmatch(n) for n in numbers]
    if not all(parted):
        return False
    parts = sorted({m.group("part") for m in parted})
    return parts == [chr(ord("A") + i) for i in range(len(parts))] and all(
        sorted(int(m.group("n")) for m in parted if m.group("part") == part)
        == list(range(1, 1 + sum(m.group("part") == part for m in parted))) for part in parts)


def _place(number: str) -> list[int]:
    """Where a minute's number stands among its meeting's: "5.1" and "5.A" and "5(a)" after
    "5", "B.1" after "A.4"."""
    if parted := _PARTED.fullmatch(number):
        return [ord(parted.group("part")), int(parted.group("n"))]
    top, sub = re.fullmatch(r"(\d+)\W?(\w*)\)?", number).groups()
    return [int(top), *([int(sub) if sub.isdigit() else ord(sub.upper()) - 64] if sub else [])]
