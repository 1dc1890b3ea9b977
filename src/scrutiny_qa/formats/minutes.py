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

from scrutiny_qa.formats.base import AgendaItem, title_cased
from scrutiny_qa.formats.decisions import opens_decision

# "19 Bus Lane Review", "292. Apologies", "EX/23/45 Budget", "CL.301 Apologies", "45/25
# Budget" (a count, then the year), "A.3 Better Care Fund" (a board's business in parts A,
# B …), "CAB 12/25 – Parks", "13/03/25 Budget" (the 13th minute of March 2025, as a board
# numbers them), "Minute No. 12 – Questions", "Min. 12: Questions", "Min 24/127
# BUDGET" (town and parish councils), "Item 11. Award of Bid" and "ITEM 7 - Purchase of a
# grader." (US minutes), "ARTICLE 5. FY26 OPERATING BUDGET" (a New England town meeting),
# "25/031  1. Welcome" (a community council's minute, then the agenda item it records),
# "Exe/25/21 Strategy Update" (an executive's coded minutes), "101 :   MINUTES" (Cardiff)
_CANDIDATE = re.compile(
    r"^\s*(?:(?i:minute|min\.?|item|article)\s*(?i:no\.?\s*)?)?"
    r"(?P<number>(?:(?P<part>[A-Z])\.|[A-Z]{2,5}\.|[A-Z]{1,5}\s?/?\s?|[A-Z][a-z]{1,4}/)?"
    r"(?P<first>\d{1,4})(?:\s?/\s?(?P<second>\d{1,4})(?:/\d{2}(?:\d{2})?)?)?)"
    r"(?:\s?[.:]?\s+|\s*[–—-]\s*)(?P<title>(?:\d{1,2}\.\s+)?[A-Z(‘'\"“].{2,150}?)\s*$")
# "Minute No. 43/24" alone on its line, the minute's title on the next.
_NUMBER_ALONE = re.compile(r"^\s*(?i:minute|min\.?)\s*(?i:no\.?\s*)?"
                           r"(?:[A-Z]{1,5}\s?/?\s?)?\d{1,4}(?:\s?/\s?\d{1,4})?\s*$")
_SENTENCE_END = re.compile(r"[.!?;,:]['\"’”)]*\s*$")
# A minute number no paragraph opens with: coded ("MM/25/031", "EX/23/45", "CAB 12/25") or
# labelled ("Minute 12", "Item 4"). Its heading may wrap onto a line in lower case ("… -
# Section 183" / "of the Local Government Act 2001"), as a numbered paragraph's line does.
_CODED = re.compile(r"^\s*(?:[A-Z]{1,5}\s?/?\s?\d{1,4}\s?/\s?\d{1,4}\b|[A-Z]{2,5}\.\d{1,4}\b"
                    r"|(?i:minute|min\.?|item|article)\s*(?i:no\.?\s*)?\d)")
HEADING_CHARS = 70  # a longer numbered line is a paragraph's first, filling the line
CAPITALS_CHARS = 160  # unless it is in capitals or coded, as headings are, not paragraphs
MIN_RUN = 4  # headings counting up before numbering is believed to be minutes'
# … or coded headings ("P56/24", "P57/24", "P58/24": a short planning committee's), whose
# letters and year no paragraph or list opens with
MIN_CODED_RUN = 3
MIN_PARENTS = 2  # of which at least these many minutes, not sub-items of one minute
MAX_STEP = 3  # minutes may be missing from a run (taken in private, withdrawn, no business)
MAX_STRAYS = 2  # numbered lines in a row, not counting on, that a run passes over
WRAP_CHARS = 40  # the longest line a sub-item's title wraps onto after a comma


def counted_headings(lines: list[str]) -> dict[str, tuple[str, str]]:
    """The lines of `lines` (a paper's minutes, in order) that head minutes, each with its
    number as printed and its title: the longest run of consecutive candidate lines whose
    counts go up by 1 to MAX_STEP, when it and the sub-items under it (`_sub_headings`, which
    count up too) are at least MIN_RUN headings (MIN_CODED_RUN coded ones): minutes of a
    few items with their business numbered under them ("9 REPORTS", "9.1 …", "9.2 …", "10
    NOTICES OF MOTION", "10.1 …"), and a third level under those ("8.1 BUILT
    INFRASTRUCTURE", "8.1.1 …").
    Candidates that do not count on end a run past MAX_STRAYS of them, so separate lists
    never chain into one. A run is of one `_form`: "NOM 3 - Cllr A" under "Item 5: Notices
    of Motion" neither ends the run of "Item N:" headings nor joins it. A heading too long
    to be a candidate is read where the run lacks its very number (`_filled`)."""
    candidates = _candidates(lines)
    forms = dict.fromkeys(_form(line) for line, _, _ in candidates)
    runs = ((_longest_run([c for c in candidates if _form(c[0]) == form], reading), reading)
            for form in forms for reading in _READINGS)
    best, reading = max(runs, key=lambda found: len(found[0]), default=([], _READINGS[0]))
    if len(best) < MIN_PARENTS:
        return {}
    best = _filled(best, _candidates(lines, CAPITALS_CHARS), reading)
    heads = {line: (re.sub(r"\s+", "", m.group("number")), m.group("title").strip())
             for line, m, _ in best}
    subs = _sub_headings(lines, heads)
    deeper = _sub_headings(lines, {line: found for line, found in subs.items()
                                   if re.fullmatch(r"\d+\.\d+", found[0])})
    subs |= {line: found for line, found in deeper.items()
             if re.fullmatch(r"\d+\.\d+\.\d+", found[0])}
    least = MIN_CODED_RUN if all(_CODED.match(line) for line in heads) else MIN_RUN
    return heads | subs if len(heads) + len(subs) >= least else {}


# A sub-item's heading under its minute: "12.1 QUARTER 1 FINANCIAL REPORT" under "12. OFFICER
# REPORTS", as councils in Australia, New Zealand and Scotland number their business; "9.A
# Resolution No. 25-0411 - …" (US boards); "59(a) 24/01876/FUL - Land East of …" or "Item
# 4.2 HGY/2024/2210 - Former Depot" (a planning committee's applications under its minute);
# a third level under a sub-item ("8.1 BUILT INFRASTRUCTURE" / "8.1.1 COASTAL PATHWAY"), as
# councils in Queensland number a directorate's reports under their business.
_SUB_CANDIDATE = re.compile(r"^\s*(?:(?i:item|minute|min\.?)\s*(?i:no\.?\s*)?)?"
                            r"(?P<parent>\d{1,3}(?:\.\d{1,2})?)(?:\.(?P<sub>\d{1,2}|[A-Z])\.?|"
                            r"\((?P<paren>[a-z])\))\s+(?P<title>[A-Z0-9(‘'\"“].{2,150}?)\s*$")


def _sub_headings(lines: list[str], heads: dict[str, tuple[str, str]]
                  ) -> dict[str, tuple[str, str]]:
    """The headings numbered N.1, N.2 … (or N.A, N.B …, or N(a), N(b) …) under minute N's
    heading (`heads`), counting up as minutes do, each with its number as printed ("12.1",
    "9.A", "59(a)") and title: a sub-item of the business, not a numbered paragraph (which
    is long or ends a sentence; a lettered one is never a paragraph's, and may be long, as
    a title in title case may be: "11.1 Notice of Motion 2/2025 - Free Two-Hour Parking in
    December (Cr Hart)")."""
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
        long_ok = lettered or title_cased(m.group("title"))
        if 1 <= count - last <= MAX_STEP and _heading_like(
                _wrapped_title(line, after) if long_ok else line, lines[n - 1] if n else "",
                after, CAPITALS_CHARS if long_ok else None):
            number = f"{parent}({m.group('paren')})" if m.group("paren") \
                else f"{parent}.{m.group('sub') if lettered else count}"
            found[line.strip()] = (number, m.group("title").strip().rstrip(",–—- "))
            last = count
    return found


def _wrapped_title(line: str, after: str) -> str:
    """`line` without the comma it breaks at when its title wraps onto the line after, a
    short line in title case that ends no sentence ("… Aged Care Facility, 27 Breen
    Street," / "Golden Square")."""
    if line.rstrip().endswith(",") and len(after.strip()) <= WRAP_CHARS \
            and title_cased(after) and not _SENTENCE_END.search(after):
        return line.rstrip()[:-1]
    return line


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


def _candidates(lines: list[str], limit: int | None = None
                ) -> list[tuple[str, re.Match, int]]:
    """The lines (stripped) that may head a minute, each with its number and title, and
    where it stands in `lines` (`limit`: how long a heading may be, `_heading_like`)."""
    if not lines:
        return []
    before, after = ["", *lines[:-1]], [*lines[1:], ""]
    return [(line.strip(), m, index) for index, (line, last, next_line)
            in enumerate(zip(lines, before, after, strict=True))
            if (m := _candidate(line, next_line, lines[index + 2: index + 3]))
            and not _numbered_by_year(m)
            and not _DATED.match(line)
            and _heading_like(next_line if _NUMBER_ALONE.match(line) else line, last,
                              next_line, limit)]


def _candidate(line: str, next_line: str, beyond: list[str] = ()) -> re.Match | None:
    """The number and title of a line that may head a minute: the line's own, or, for a
    number standing alone ("Minute No. 43/24"), the title on the line after it; or, for a
    heading in capitals over a paragraph numbered as the minute ("QUARTER 3 FINANCIAL
    PERFORMANCE" / "6.   The Committee had before it …", a Scottish council's article; the
    heading may wrap after a dash onto a second line in capitals, `beyond` the line after
    that), that paragraph's number."""
    if _NUMBER_ALONE.match(line) and next_line.strip():
        return _CANDIDATE.match(f"{line.strip()} {next_line.strip()}")
    if _article(line):
        wrapped = bool(re.search(r"[-–,]\s*$", line)) and next_line.isupper() and beyond
        numbered = _ARTICLE_NUMBER.match(beyond[0] if wrapped else next_line)
        if numbered:  # the heading on one line or wrapped onto a second in capitals
            title = f"{line.strip()} {next_line.strip()}" if wrapped else line.strip()
            return _CANDIDATE.match(f"{numbered.group(1)}. {title}")
    return _CANDIDATE.match(line)


# The paragraph a Scottish article opens with, numbered as the article: "6.   The Committee".
_ARTICLE_NUMBER = re.compile(r"^\s*(\d{1,3})\.\s+[A-Z]")


def _article(line: str) -> bool:
    """Whether `line` is a heading in capitals with no number of its own (two words at
    least, no sentence's end), as a Scottish council heads an article of its minute."""
    return line.isupper() and len(line.split()) > 1 and not re.match(r"\s*\(?\d", line) \
        and not _CANDIDATE.match(line) and not _NUMBER_ALONE.match(line) \
        and not _SENTENCE_END.search(line)


def _numbered_by_year(m: re.Match) -> bool:
    """Whether a candidate's number is a year: a financial year ("2024/25", "2024/2025"),
    whose lines in a table count up as minutes do, or a year alone opening a title wrapped
    to its line ("2025 Transit Fare Strategy"); neither heads a minute."""
    first, second = m.group("first"), m.group("second")
    if second is None:
        return len(first) == 4 and 1990 <= int(first) <= 2099 \
            and m.group("number") == first
    return len(first) == 4 and int(second) % 100 == (int(first) + 1) % 100


def _longest_run(candidates: list[tuple[str, re.Match, int]],
                 count: Callable[[re.Match], int]) -> list[tuple[str, re.Match, int]]:
    """The longest run of `candidates` whose counts go up (`_counts_on`), from any of them:
    up to MAX_STRAYS candidates in a row that do not count on are passed over (a title's
    wrapped line opening with a number, "22 (Bloor Street), Oshawa"; a minute's own short
    list "1. Tender Award" / "2. Winter Maintenance"); more end the run."""
    best: list[tuple[str, re.Match, int]] = []
    for start in range(len(candidates)):
        if len(candidates) - start <= len(best):
            break
        run, strays = [candidates[start]], 0
        for at in range(start + 1, len(candidates)):
            if _next_in_run(candidates, at, count(run[-1][1]), count):
                run, strays = [*run, candidates[at]], 0
            elif (strays := strays + 1) > MAX_STRAYS:
                break
        best = run if len(run) > len(best) else best
    return best


def _next_in_run(candidates: list[tuple[str, re.Match, int]], at: int, last: int,
                 count: Callable[[re.Match], int]) -> bool:
    """Whether the candidate `at` counts on from `last`, and no candidate in the next
    MAX_STRAYS counts on nearer: after minute 9, "12 (O))" (a wrapped "Standing Order 12
    (O)") is passed over for the "10." below it."""
    counted = count(candidates[at][1])
    return _counts_on(last, counted) and not any(
        _counts_on(last, nearer := count(other[1])) and nearer < counted
        for other in candidates[at + 1:at + 1 + MAX_STRAYS])


def _filled(run: list[tuple[str, re.Match, int]], loose: list[tuple[str, re.Match, int]],
            count: Callable[[re.Match], int]) -> list[tuple[str, re.Match, int]]:
    """`run` with the `loose` candidates (read with a longer length limit: "4. Bishopthorpe
    Road and Clifton - Objections to Traffic Regulation Orders (10:48 am)") that stand
    where it lacks their very number: between the headings counted one before and one
    after, or after its last, counting on by one. A long line must be in title case, as a
    heading is, not a numbered paragraph's sentence filling its line ("3. The Committee
    considered the report of the Director of Finance on the budget")."""
    filled = list(run)
    for candidate in loose:
        line, m, index = candidate
        if _form(line) != _form(run[0][0]) or any(index == at for _, _, at in filled) \
                or not title_cased(m.group("title")):
            continue
        before = [c for c in filled if c[2] < index]
        after = [c for c in filled if c[2] > index]
        if before and count(before[-1][1]) + 1 == count(m) \
                and (not after or count(m) + 1 == count(after[0][1])):
            filled.insert(len(before), candidate)
    return filled


def _counts_on(last: int, count: int) -> bool:
    """Whether a minute counted `count` may follow one counted `last`: up by 1 to MAX_STEP,
    or the first of the next part ("A.4" then "B.1")."""
    return 1 <= count - last <= MAX_STEP or (
        count % _PART == 1 and count // _PART == last // _PART + 1 and last >= _PART)


_LABEL_FIRST = re.compile(r"^\s*(?i:minute|min\.?|item|article)\b")
# A lettered part opening the line after a heading ("24/115 Finance" / "a) Payments …"): the
# minute's first part, not its heading's wrapped line in lower case.
_LETTERED = re.compile(r"^\s*\(?(?:[a-h]|i{1,3}|iv|v)\)\s")


def _heading_like(line: str, before: str, after: str, limit: int | None = None) -> bool:
    """A numbered line that may head a minute: short (or in capitals, or `_CODED`: a US
    agenda item's title is long), unpunctuated, no decision, not carried on in lower case
    by the line after it (unless `_CODED`, or that line opens a lettered part), and not a
    part of what the line before opens ("RESOLVED: That Cabinet" / "1. Approves the Capital
    Strategy"); `limit`: how long it may be, when its caller knows better."""
    opened = (opens_decision(before) or re.search(r"(?::|\bthat)\s*$", before, re.I)) \
        and not re.search(r"[.!?]['\"’”)]*\s*$", before)
    limit = limit or (CAPITALS_CHARS if not re.search(r"[a-z]", line) or _CODED.match(line)
                      else HEADING_CHARS)
    said = line.rstrip()[:-1] if _LABEL_FIRST.match(line) and re.search(r"\w\.\s*$", line) \
        else line  # "ITEM 7 - Purchase of a motor grader." (US minutes end titles so)
    return (len(line.strip()) <= limit and not _SENTENCE_END.search(said)
            and not opens_decision(line) and not opened
            and (_CODED.match(line) or not after.strip()[:1].islower()
                 or bool(_LETTERED.match(after))))


_AGENDA_NUMBER = re.compile(r"(?P<top>\d{1,3})(?:\.(?:\d{1,2}|[A-Z])(?:\.\d{1,2})?|\([a-z]\))?")


def recorded_items(heads: dict[str, tuple[str, str]], lines: list[str]
                   ) -> dict[str, AgendaItem]:
    """The agenda item each minute records (by the minute's number): of minutes numbered 1,
    2, 3 … for their meeting, sub-items "5.1" included, or in parts A.1, A.2 … B.1 (`heads`,
    read from `lines`): such minutes follow the agenda's numbering, so each minute is the
    agenda item of its number; or of minutes whose every title opens with the item it
    records, 1, 2, 3 … ("25/031  1. Welcome", `_inner_items`). Only when every heading
    was read: the run has no gap, and no other line numbered as the headings are
    could head one after them or with a number the run lacks; a heading missed would file
    its minute under the item before it, and a wrong item is worse than none. A line
    numbered in another form ("NOM 3 - Cllr A" among "Item 3: Roads"), before the first
    heading (a summary table of the business), or with a number the run has or lies beyond
    (a minute's own list, a wrapped "22 (Bloor Street)") is no heading missed. Minutes
    numbered on through the year ("285.") or by year ("24/112") cite no item by number."""
    if inner := _inner_items(heads):
        return inner
    if any(_article(line) for line in heads):
        return {}  # an article's number counts the minute's paragraphs, not the agenda
    numbers = [number for number, _ in heads.values()]
    if not numbers or not _from_one(numbers):
        return {}
    known = {re.sub(r"\s+", " ", line) for line in heads}
    forms = {_form(line) for line in heads}
    candidates = [(re.sub(r"\s+", " ", line), m, index) for line, m, index in _candidates(lines)]
    at = {line: index for line, _, index in reversed(candidates) if line in known}
    tops = [_top(number) for number in numbers]
    for line, m, index in candidates:
        if at.get(line) == index or _form(line) not in forms or index < min(at.values()):
            continue  # a heading, another numbering's line, or one before the minutes begin
        top = _top(m.group("number"))
        if index > max(at.values()) or (top is not None and min(tops) <= top <= max(tops)
                              and re.sub(r"\s+", "", m.group("number")) not in numbers):
            return {}
    return {number: AgendaItem(number, title) for number, title in
            sorted(heads.values(), key=lambda pair: _place(pair[0]))}


# The agenda item a minute's title opens with: "25/031  1. Welcome" records item 1.
_INNER = re.compile(r"(\d{1,2})\.\s+")


def _inner_items(heads: dict[str, tuple[str, str]]) -> dict[str, AgendaItem]:
    """Each minute's item, when every heading's title opens with one and they count 1, 2,
    3 … with no gap and none twice (a heading missed would leave a gap)."""
    inner = {number: _INNER.match(title) for number, title in heads.values()}
    items = [found.group(1) for found in inner.values() if found]
    if not items or len(items) < len(inner) or not _from_one(items) \
            or len(set(items)) < len(items):
        return {}
    return {number: AgendaItem(inner[number].group(1), title[inner[number].end():])
            for number, title in heads.values()}


def _top(number: str) -> int | None:
    """The count a number opens with ("4" of "4.2"), None for a part's ("A.3")."""
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else None


def _form(line: str) -> str:
    """The form of a heading's number: the letters printed before it, in lower case ("item"
    for "Item 4:", "minuteno" for "Minute No. 12", "nom" for "NOM 3", "" for "4."); a
    part's one letter ("A.1", "B.2") is one form, "part"; a heading numbered by the
    paragraph below it, "article"."""
    if _article(line):
        return "article"
    letters = re.sub(r"[^a-z]", "", re.match(r"\D*", line).group().lower())
    return "part" if len(letters) == 1 else letters


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
    "5", "5.1.1" after "5.1", "B.1" after "A.4"."""
    if parted := _PARTED.fullmatch(number):
        return [ord(parted.group("part")), int(parted.group("n"))]
    return [int(part) if part.isdigit() else ord(part.upper()) - 64
            for part in re.findall(r"\d+|[A-Za-z]", number)]
