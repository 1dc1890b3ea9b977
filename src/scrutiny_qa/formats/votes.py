"""The tally grammar: how papers record the count of a vote, in its common forms.

"For: 30, Against: 20, Abstentions: 2", "For (14)" and "For – 5" in UK minutes; "7 voting
FOR, 1 AGAINST"; "Motion carried 5-2", "CARRIED 4/2", "all in favour"; "Yeas: Lee, Ortiz,
Park / Nays: Shaw" (names, counted) and "(vote: 7 to 0)" or "Majority: (3-2) Vote" in US
records; "Yea (6): … Nay (3): …" (Canada); "carried by 25 votes to 12, with 3 abstentions"
and "(8 for, 2 against)" told in a sentence; a Scottish division, "For the motion:- … (4).
For the amendment:- … (2)." ("Motion 4, Amendment 2"), or on a show of hands "Motion - 2
votes" / "Amendment - 3 votes"; "unanimously". A tally is read into
one plain line ("For 3, Against 2"), so that a question about how a vote went finds it and
a reader sees the count without the lists of names. Small counts may be written in words
("six Members voted for the proposal and nine against").
"""

from __future__ import annotations

import re

_SIDES = {"for": "For", "yeas": "For", "yea": "For", "ayes": "For", "yes": "For",
          "in favour": "For", "against": "Against", "nays": "Against", "nay": "Against",
          "noes": "Against", "no": "Against",
          "abstain": "Abstain", "abstained": "Abstain", "abstentions": "Abstain",
          "abstention": "Abstain", "absent": "Absent"}
# A side of a vote as a tally heads it, capitalised: "for 20 years" is no tally.
_SIDE = (r"(?P<side>For|FOR|Yeas?|YEAS?|Ayes|AYES|In favour|IN FAVOUR|Against|AGAINST|"
         r"Nays?|NAYS?|Noes|NOES|Abstain(?:ed)?|ABSTAIN(?:ED)?|Abstentions?|ABSTENTIONS?|Absent|"
         r"ABSENT)")
# "For: 30", "For (14)", "Abstentions: 2", "For – 5"
_COUNTED = re.compile(rf"\b{_SIDE}\s*(?:[:(]|\s[–-])\s*(?P<n>\d{{1,3}})\b\)?")
# "7 voting FOR", "1 AGAINST", "5 voted in favour", "20 YEAS to 4 NAYS" (a Canadian council's
# division; not "85 in favour of option 2", nor the
# 30 of "FOR 30 AGAINST 20", which is a side's count written after it)
_VOTING = re.compile(r"(?<!FOR )(?<!For )\b(?P<n>\d{1,3})\s+(?:(?i:members?|councillors?)\s+)?"
                     r"(?:(?i:voting|voted)\s+(?P<voted>(?i:for|against|in\s+favour))"
                     r"|(?P<side>FOR|AGAINST|YEAS|NAYS|AYES|NOES))\b")
# "Yeas: Lee, Ortiz, Park)", "AYES: Councilmembers Lee, Ortiz; Mayor Park": names up to a
# bracket, the next "Side:" or the end; the count printed after them ("Ayes: Anand, … Holt
# (8)", "Nays: None (0)") is taken as printed.
_NAMED = re.compile(r"\b(?P<side>Yeas|Ayes|Nays|Noes|Absent|YEAS|AYES|NAYS|NOES|ABSENT)\s*:\s*"
                    r"(?P<names>[^:)\n]*?)\s*(?:\)|(?=\b[A-Z][A-Za-z]+\s*:)|$)", re.M)
# A division's sides named ("FOR: Crs Pike, Albury and Yip AGAINST: Crs Coote, Ranganathan",
# as Australian councils record one, "Abstain: Councillor L Smetham" beside them): counted
# only when both sides are printed, since "For: Decision" heads a report's cover sheet.
_DIVIDED = re.compile(r"\b(?P<side>For|FOR|Against|AGAINST|Abstain(?:ed)?|ABSTAIN(?:ED)?)\s*:\s*"
                      r"(?P<names>[A-Z][^:\d\n.]*?)\s*(?=\b(?:For|FOR|Against|AGAINST|"
                      r"Abstain(?:ed)?|ABSTAIN(?:ED)?)\s*:|[.\n]|$)")
# "(vote: 7 to 0)", "Vote 5-1", "Majority: (3-2) Vote", "Unanimous: 5-0 Vote"
_SCORE = re.compile(r"(?i:\bvote\b)\s*:?\s*\(?\s*(?P<a>\d{1,3})\s*(?:-|to)\s*(?P<b>\d{1,3})\b"
                    r"|\b(?P<c>\d{1,3})\s*-\s*(?P<d>\d{1,3})\s*\)?\s*(?i:vote)\b")
# "Motion carried 5-2", "CARRIED 4/2", "Motion failed 3-4": the votes for, then against.
_OUTCOME_SCORE = re.compile(r"\b(?:carried|passed|adopted|approved|failed|lost|defeated)\s+"
                            r"\(?(?P<a>\d{1,3})\s*[-–/]\s*(?P<b>\d{1,3})\b(?![-/]\d)", re.I)
# "carried by 25 votes to 12", "lost by 10 votes to 30": the votes for, then against.
_BY_VOTES = re.compile(r"\b(?:carried|lost|agreed|approved|passed|defeated|rejected|fell)\s+"
                       r"by\s+(?P<a>\d{1,3})\s+votes?\s+to\s+(?P<b>\d{1,3})\b", re.I)
# "(8 for, 2 against, 1 abstention)", "with 14 votes for, 2 against", "For 12, Against 3,
# Abstain 0": a side and its count,
# the count first or the side first and capitalised, read only when for and against stand
# together ("for 20 years" alone is no tally).
_AND = r"(?:\W{1,4}|\W{0,2}\s+and\s+)"
_PAIRED = re.compile(
    r"\b(?:(?P<a>\d{1,3})\s+(?:(?i:votes?)\s+)?(?i:for|in\s+favour)"
    r"|(?:For|FOR|In favour|IN FAVOUR)\s+"
    rf"(?P<a2>\d{{1,3}})){_AND}(?:(?P<b>\d{{1,3}})\s+(?i:against)|(?:Against|AGAINST)\s+"
    rf"(?P<b2>\d{{1,3}}))\b(?:{_AND}(?:(?P<c>\d{{1,3}})\s+(?i:abstentions?|abstained)"
    r"|(?:Abstentions?|ABSTENTIONS?|Abstain(?:ed)?|ABSTAIN(?:ED)?)\s+(?P<c2>\d{1,3})))?")
# "with 3 abstentions", after a "by … votes to …" count.
_ABSTAINING = re.compile(r"\b(?P<n>\d{1,3})\s+abstentions?\b", re.I)
# A Scottish division between a motion and an amendment: "For the motion:- A, B and C (3).
# For the amendment:- D and E (2)."
_DIVISION = re.compile(r"\bFor\s+the\s+(?P<side>motion|amendment)\s*:?-?[^\n]*?"
                       r"\(\s*(?P<n>\d{1,3})\s*\)", re.I)
# The same on a show of hands: "Motion - 2 votes" / "Amendment - 3 votes" (read only when
# both sides stand).
_SHOWN = re.compile(r"\b(?P<side>Motion|MOTION|Amendment|AMENDMENT)\s*[-–:]\s*"
                    r"(?P<n>\d{1,3})\s+(?i:votes?)\b")
_UNANIMOUS = re.compile(r"(?<!\bnot\s)(?<!\bnot\sa\s)\bunanimous(?:ly)?\b|\ball\s+in\s+favour\b",
                        re.I)


# "6 Members voted for the proposal and 9 against", "12 voting for and 30 against": both
# sides told in one sentence (read before "6 … voted for" alone is).
_VOTED_PAIR = re.compile(r"\b(?P<a>\d{1,3})\s+(?:(?i:members?|councillors?)\s+)?(?i:voted|voting)"
                         r"\s+(?i:for|in\s+favour)\b[^.;]{0,80}?\b(?i:and|with)\s+(?P<b>\d{1,3})"
                         r"\s+(?:(?i:voted|voting)\s+)?(?i:against)\b")
# Counts written in words, as minutes often give a small vote: "six Members voted for …".
_NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORD = re.compile(rf"\b(?i:{'|'.join(_NUMBER_WORDS)})\b")


def tally(text: str) -> str | None:
    """The tally `text` records ("For 3, Against 2"), or None when it records none."""
    text = _NUMBER_WORD.sub(lambda m: str(_NUMBER_WORDS[m.group().lower()]), text)
    counts: dict[str, int] = {}
    if pair := _VOTED_PAIR.search(text):
        counts = {"For": int(pair.group("a")), "Against": int(pair.group("b"))}
    for m in _COUNTED.finditer(text):
        counts.setdefault(_side(m.group("side")), int(m.group("n")))
    for m in _VOTING.finditer(text):
        counts.setdefault(_side(m.group("side") or m.group("voted")), int(m.group("n")))
    for m in _NAMED.finditer(text):
        if printed := re.search(r"\((\d{1,3})$", m.group("names")):
            counts.setdefault(_side(m.group("side")), int(printed.group(1)))
            continue
        names = [n for n in re.split(r"\s*(?:[,;]|\band\b)\s*", m.group("names")) if n.strip()]
        if names and names[0].lower() not in {"none", "nil", "0"}:
            counts.setdefault(_side(m.group("side")), len(names))
    if not counts:
        counts = _divided(text)
    if not {"For", "Against"} & set(counts):
        counts = {}  # "Absent: Councillor Smith" alone is an attendance list, no vote
    if not counts:
        counts = {m.group("side").capitalize(): int(m.group("n"))
                  for m in _DIVISION.finditer(text)}
    if not counts:
        counts = {m.group("side").capitalize(): int(m.group("n")) for m in _SHOWN.finditer(text)}
        counts = counts if len(counts) == 2 else {}
    if not counts:
        counts = _counted_in_words(text)
    if not counts and (score := _SCORE.search(text)):
        high, low = sorted((int(score.group("a") or score.group("c")),
                            int(score.group("b") or score.group("d"))), reverse=True)
        counts = {"For": high, "Against": low}
    unanimous = bool(_UNANIMOUS.search(text))
    if counts:
        said = ", ".join(f"{side} {n}" for side, n in counts.items())
        return f"{said} (unanimous)" if unanimous else said
    return "Unanimous" if unanimous else None


def _divided(text: str) -> dict[str, int]:
    """A division whose sides are named, not counted: how many each names, when the text
    names both ("AGAINST: Nil" counts none)."""
    counts: dict[str, int] = {}
    for m in _DIVIDED.finditer(re.sub(r"\b(Crs?|Cllrs?|Mrs?|Ms|Dr)\.", r"\1", text)):
        names = [n for n in re.split(r"\s*(?:[,;]|\band\b)\s*", m.group("names")) if n.strip()]
        none = names[0].lower() in {"none", "nil"}
        counts.setdefault(_side(m.group("side")), 0 if none else len(names))
    return counts if {"For", "Against"} <= set(counts) else {}


def _side(word: str) -> str:
    return _SIDES[re.sub(r"\s+", " ", word.lower())]


def _counted_in_words(text: str) -> dict[str, int]:
    """A tally told in a sentence: "carried by 25 votes to 12, with 3 abstentions", "(8 for,
    2 against, 1 abstention)", "For 12, Against 3, Abstain 0"."""
    if m := _OUTCOME_SCORE.search(text):
        return {"For": int(m.group("a")), "Against": int(m.group("b"))}
    if m := _BY_VOTES.search(text):
        counts = {"For": int(m.group("a")), "Against": int(m.group("b"))}
        if abstaining := _ABSTAINING.search(text, m.end()):
            counts["Abstain"] = int(abstaining.group("n"))
        return counts
    if m := _PAIRED.search(text):
        counts = {"For": int(m.group("a") or m.group("a2")),
                  "Against": int(m.group("b") or m.group("b2"))}
        if m.group("c") or m.group("c2"):
            counts["Abstain"] = int(m.group("c") or m.group("c2"))
        return counts
    return {}
