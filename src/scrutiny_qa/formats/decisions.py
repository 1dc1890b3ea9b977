"""The decision grammar: how any council's papers say that something was decided.

Councils write a decision in many forms: "RESOLVED: That (1) …" and "(4) RESOLVED that:"
in UK minutes, "Resolved:" or "It was AGREED that" elsewhere, "The Committee noted the
report", and "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION …" in a US adopted
resolution. A line opening one of these starts a resolution block (`structure`), whose
parts the record reads (`resolutions`).

Words in capitals ("RESOLVED", "AGREED", "DECIDED") or a marker ending in a colon or
"that" ("Resolved:", "Agreed that") open a decision in any paper. The plain narrative of
minutes ("It was agreed that …", "The Cabinet noted the report") opens one only in minutes,
since a report's history ("In 2019 it was agreed that …") records no decision of its own.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\(?(?P<own>\d{1,3})[.)]\s*)?"
_BODY = (r"(?:The\s+(?:[A-Z][\w&'’-]*\s+){0,4}?(?:Committee|Cabinet|Council|Panel|Board|"
         r"Commission|Sub-Committee|Executive|Forum|Authority|Meeting|Members?)\s+)")
_BY = r"(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE\s+IT\s+(?:FURTHER\s+)?)"
# Any paper: a decision's word in capitals, after its numbering, "It was", a body's name or
# "BE IT"; or, opening the line, in any case with a colon, a dash or "that" after it.
_FORMAL = re.compile(
    rf"^\s*{_NUMBER}(?:(?:{_BY}|(?i:it\s+was\s+)|{_BODY})?(?:(?i:unanimously)\s+)?"
    r"(?P<caps>RESOLVED|AGREED|DECIDED)\b"
    r"|(?P<any>(?i:resolved|agreed|decided))(?=\s*(?:[:–-]|(?i:that)\b)))")
# Minutes only: the narrative of a decision.
_NARRATIVE = re.compile(
    rf"^\s*{_NUMBER}(?:(?i:it\s+was\s+)(?:(?i:unanimously)\s+)?"
    r"(?P<verb>(?i:resolved|agreed|decided|approved))\s+(?i:that|to)\b"
    rf"|{_BODY}(?:(?i:unanimously)\s+)?"
    r"(?P<noted>(?i:resolved|agreed|decided|approved|noted|endorsed))\b)")


def opens_decision(line: str, narrative: bool = False) -> re.Match | None:
    """The marker of the decision `line` opens, if it opens one (its `own` group: the
    paragraph number before it, "(4) RESOLVED"); `narrative` admits the forms that only
    minutes use ("It was agreed that", "The Committee noted")."""
    found = _FORMAL.match(line)
    if found or not narrative:
        return found
    return _NARRATIVE.match(line)


def without_marker(line: str) -> str:
    """`line` without the formal marker that opens it ("RESOLVED: That …" -> "That …"); a
    narrative decision ("The Committee noted the report") is its own words and stays whole."""
    found = _FORMAL.match(line)
    return line[found.end():].lstrip(" \t:.-–") if found else line
