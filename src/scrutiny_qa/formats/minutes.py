"""Minute headings in any numbering: told by counting up, not by their typography.

Councils number minutes "14. CHILDREN'S SERVICES", "292. Apologies for Absence (Item 1)",
"19 Bus Lane Review" (no full stop, mixed case), "EX/23/45 Budget Monitoring" or "Minute
12: Questions". What every scheme shares is that a meeting's minutes count up, one after
another: a short line that opens with a number and has no sentence end is a minute's
heading when the numbers of such lines run in sequence through the minutes. A numbered
paragraph is no heading: it ends in punctuation ("3. In response to questions it was
said:"), opens a decision ("5. RESOLVED that …"), or fills its line and wraps onto the next
in lower case ("2. The Chair thanked the nominees and" / "winners of the awards"); and a
list's "1 2 3" restarts at each list, so it makes no long run.
"""

from __future__ import annotations

import re

from scrutiny_qa.formats.decisions import opens_decision

# "19 Bus Lane Review", "292. Apologies", "EX/23/45 Budget", "Minute 12: Questions"
_CANDIDATE = re.compile(
    r"^\s*(?:(?i:minute)\s+(?i:no\.?\s*)?)?(?P<number>(?:[A-Z]{1,5}\s?/\s?)?(?:\d{2,4}\s?/\s?)?"
    r"(?P<count>\d{1,4}))[.:]?\s+(?P<title>[A-Z(‘'\"“].{2,150}?)\s*$")
_SENTENCE_END = re.compile(r"[.!?;,:]['\"’”)]*\s*$")
HEADING_CHARS = 70  # a longer numbered line is a paragraph's first, filling the line
MIN_RUN = 3  # headings counting up before numbering is believed to be minutes'
MAX_STEP = 2  # a minute may be missing from a run (taken in private, withdrawn)


def counted_headings(lines: list[str]) -> dict[str, tuple[str, str]]:
    """The lines of `lines` (a paper's minutes, in order) that head minutes, each with its
    number as printed and its title: the longest run of candidate lines whose counts go up
    by 1 to MAX_STEP, when it has at least MIN_RUN of them."""
    after = [*lines[1:], ""] if lines else []
    candidates = [(line.strip(), m) for line, next_line in zip(lines, after, strict=True)
                  if (m := _CANDIDATE.match(line)) and _heading_like(line, next_line)]
    best: list[tuple[str, re.Match]] = []
    for start in range(len(candidates)):
        run = [candidates[start]]
        for line, m in candidates[start + 1:]:
            step = int(m.group("count")) - int(run[-1][1].group("count"))
            if 1 <= step <= MAX_STEP:
                run.append((line, m))
        if len(run) > len(best):
            best = run
        if len(best) >= len(candidates) - start:
            break
    if len(best) < MIN_RUN:
        return {}
    return {line: (re.sub(r"\s+", "", m.group("number")), m.group("title").strip())
            for line, m in best}


def _heading_like(line: str, after: str) -> bool:
    """A numbered line that may head a minute: short, unpunctuated, no decision, and not
    carried on in lower case by the line after it."""
    return (len(line.strip()) <= HEADING_CHARS and not _SENTENCE_END.search(line)
            and not opens_decision(line) and not after.strip()[:1].islower())
