"""The decision grammar: how any council's papers say that something was decided.

Councils write a decision in many forms: "RESOLVED: That (1) …" and "(4) RESOLVED that:"
in UK minutes, "Resolved:" or "It was AGREED that" elsewhere, "The Committee noted the
report", "Decision" over "To agree …", "RESOLUTION OC24/121" over its mover and seconder
(Australia, New Zealand), "Motion by Council Member A, seconded by …, to approve …" in US
minutes, and "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION …" in a US adopted
resolution. A line opening one of these starts a resolution block (`structure`), whose
parts the record reads (`resolutions`).

"RESOLVED" in capitals, "AGREED" or "DECIDED" in capitals before what was decided, or a
capitalised marker ending in a colon or "that" ("Resolved:", "Agreed that") open a decision
in any paper ("RESOLVED (unanimously) that" too). The narrative of minutes ("It was agreed
that …", "The Cabinet RESOLVED to …", "The Committee noted the report") and a labelled
decision ("DECISION: That …") open one only in minutes, since a report's history ("In 2019
the Council agreed that …", "The Cabinet RESOLVED on 22 February to …") records no
decision of its own, and a proposed record of decision's "Decision:" proposes one.
"""

from __future__ import annotations

import re

# A decision's paragraph number: "(4)", "4.", or a numbered paragraph "1.1" (not its own).
_NUMBER = r"(?:\(?(?P<own>\d{1,3})[.)]\s*|\d{1,3}\.\d{1,3}\.?\s+)?"
_BODY = (r"(?:The\s+(?:[A-Z][\w&'’-]*\s+){0,4}?(?:Committee|Cabinet|Council|Panel|Board|"
         r"Commission|Sub-[Cc]ommittee|Executive|Forum|Authority|Meeting|Members?)\s+)")
_BY = r"(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE\s+IT\s+(?:FURTHER\s+)?)"
# Any paper: "RESOLVED" in capitals after its numbering, "It was" or "BE IT" (a UK minute's
# "5. RESOLVED Members to note …" included); "AGREED" or "DECIDED" in capitals only before a
# colon, a dash, "that" or "to", or alone ("AGREED SAVINGS" heads a table, "DECIDED BY:" a
# form); or, opening the line with a capital, "Resolved:", "Agreed – that", "Decided that",
# "Resolved on the proposal of Councillor A, seconded by …, that" (Ireland).
_FORMAL = re.compile(
    rf"^\s*{_NUMBER}(?:(?:{_BY}|(?i:it\s+was\s+))?(?:(?i:unanimously)\s+)?"
    r"(?P<caps>RESOLVED\b(?:\s*\((?i:unanimously|nem\.?\s*con\.?)\))?"
    r"|(?:AGREED|DECIDED)(?=\s*[:–-]|\s+(?:that|to|THAT|TO)\b|\s*$))"
    r"|(?P<any>Resolved|Agreed|Decided)"
    r"(?=\s*[:–-]\s*(?:[Tt]hat\b|[Tt]o\b|\(\w{1,3}\)|[a-z])|\s+that\b|\s*[:–-]?\s*$"
    r"|,?\s+on\s+the\s+(?:proposal|motion)\s+of\b))")
# Minutes only: the narrative of a decision: "It was agreed that …", a body's decision in
# capitals or not ("The Cabinet RESOLVED to …", "The Committee agreed that …"), and a body
# noting a paper ("The Panel noted the report", "Committee NOTED the correspondence"), not a
# fact ("noted that waiting times rose"); and, in Scottish minutes under their "DECISION"
# label, the verb alone in capitals ("NOTED.", "APPROVED for signature by the Chair."), not a
# signature block's "APPROVED:" or "APPROVED AS TO FORM"; and a body alone before its
# decision's parts ("The Committee:-" / "(1) noted the report;", "The Board:" / "1 approved
# the budget"), as Scottish councils and boards record one ("Thereafter, the Committee:-"); a
# body's decision after "then" ("The Committee then agreed to award …"), its adopting a
# recommendation, its approving "as a correct record"; the minutes of a meeting "were
# approved as a true record" or "were submitted, confirmed and signed"; a town meeting's
# "VOTED: In the words of the motion." or "UNANIMOUSLY VOTED: To …" and a select board's
# "Voted unanimously to approve …" (New England).
_NOTED_WHAT = (r"(?:the|its)\s+(?:\w+\s+){0,3}?(?i:report|update|minutes|information|contents|"
               r"position|progress|recommendations?|comments|presentation|proposals?|plan|"
               r"applications?|correspondence|accounts|statement|letters?|petition|papers?|"
               r"programme|program|strategy|policy|register|log|tracker)\b")
# Minutes only: a decision under a label, "DECISION: That …", "Decision – to approve …" (in
# any other paper, a proposed record of decision's "Decision: Cabinet is asked to" proposes).
# The label may stand alone on its line, the decision on the next ("Decision" / "To agree
# the work programme.").
_LABELLED = re.compile(rf"^\s*{_NUMBER}(?:DECISIONS?|Decisions?)(?:\s*[:–-]\s*"
                       r"(?=(?:[•·]\s*)?(?:[Tt]hat\b|[Tt]o\b)|\(\w{1,3}\))"
                       r"|\s+(?=(?:[•·]\s*)?(?:That\b|To\b)|\(\w{1,3}\)))")
# Also a decision numbered as a resolution ("RESOLUTION OC24/121", "RESOLUTION CO/2024/141",
# "COUNCIL RESOLUTION" alone on its line, "Council Resolution (OM25/32)", "Resolution No.
# 2025-063", "Resolution SPC25-104: Cr A Moved, Cr B Seconded", the mover, seconder and what
# was resolved below),
# and a motion moved ("Motion by Council Member A, seconded by …, to approve …"; "Moved by
# Cllr A, seconded by Cllr B, that …"; "Moved Cr A/Cr B" and "Moved Cr A, seconded Cr B."
# in Australia and New Zealand; "Vice Mayor A moved, seconded by Council Member B, to …" in
# the US; a school board's "Motion by Trustee A"; "25-114  It was moved and seconded that …"
# under its resolution's number, as Canadian regional boards record one), which
# `resolutions` keeps only if it was not lost.
# Who moves a motion: "Councillor", "Cr", "Council Member", "Vice Mayor", "Trustee" …
_MEMBER = (r"(?:(?:Vice|Deputy)\s+)?(?:Council\s*(?:Member|member|Man|Woman|or)|Cou?ncillor|Cllr|"
           r"Cr|Commissioner|Alderman|Alderperson|Trustee|Supervisor|Selectman|Selectwoman|"
           r"Director|Board\s+Member|Mayor|Vice|Member|Mr|Mrs|Ms|Dr)")
_NARRATIVE = re.compile(
    rf"^\s*{_NUMBER}(?:(?i:it\s+was\s+)(?:(?i:unanimously)\s+)?"
    r"(?P<verb>(?i:resolved|agreed|decided|approved))(?:\s+(?i:that|to)\b|\s*:)"
    rf"|{_BODY}(?:(?i:unanimously|then|also|further)\s+)?"
    r"(?:(?P<decided>(?i:resolved|agreed|decided|approved|adopted))"
    r"(?:\s+(?i:that|to|the|as\s+a)\b|\s*:)"
    rf"|(?P<noted>(?i:noted|endorsed))\s+{_NOTED_WHAT})"
    rf"|(?:Committee|Cabinet|Panel|Board|Sub-Committee)\s+(?i:noted|endorsed)\s+{_NOTED_WHAT}"
    r"|(?:Thereafter,?\s+)?[Tt]he\s+(?:[A-Z][\w&'’-]*\s+){0,4}?(?:Committee|Cabinet|Council|"
    r"Panel|Board|Commission|Sub-[Cc]ommittee|Executive|Forum|Authority)\s*:-?\s*$"
    r"|(?i:the\s+)?(?i:minutes)\s+of\s+the\s+(?:\w+\s+){0,3}?(?i:meeting)\b.{0,80}?\b"
    r"(?:were|was)\s+(?:\w+,\s+|\w+\s+and\s+)*(?:approved|confirmed|agreed|signed)\b"
    r"|(?:NOTED|APPROVED|ENDORSED)(?:\s*[.;]\s*$|\s+(?:the|for|that|subject|as\s+amended)\b)"
    r"|(?:(?i:unanimously)\s+)?VOTED\s*:|Voted\s+(?:unanimously\s+)?(?:to|that)\b"
    r"|(?:(?:COUNCIL|COMMITTEE|BOARD)\s+)?RESOLUTION(?:\s+(?:NO\.?\s*)?[A-Z]{0,6}/?\d[\w/.-]*)?\s*$"
    r"|(?:(?:Council|Committee|Board)\s+)?Resolution\s+(?:No\.?\s*)?\(?[A-Z]{0,6}[/-]?\d[\w/.-]*\)?"
    r"\s*(?::.*)?$"
    r"|(?P<motion>(?:(?:A\s+)?(?i:motion)\s+(?:was\s+)?(?:made\s+)?by\s+"
    rf"|(?:It\s+was\s+)?(?i:moved)\s+(?:by\s+)?){_MEMBER}\b"
    rf"|{_MEMBER}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+moved,?\s+(?:and\s+)?seconded\b"
    r"|(?:\d{2,4}-\d{2,4}\s+)?It\s+was\s+moved\s+and\s+seconded\b))")


# How a decision left unfinished reads on into its next paragraph: "RESOLVED that:", "…; and",
# "… be referred to the".
OPEN_END = re.compile(r"(?:[:;,–-]|\b(?:that|and|or|to|by|the|of|be))\s*$", re.I)


def opens_decision(line: str, narrative: bool = False, following: str = "") -> re.Match | None:
    """The marker of the decision `line` opens, if it opens one (its `own` group: the
    paragraph number before it, "(4) RESOLVED"); `narrative` admits the forms that only
    minutes use ("It was agreed that", "The Committee noted"). With the `following` line,
    a marker the page wrapped ("… It was" / "resolved to …") opens one too."""
    found = _marker(line, narrative)
    if found or not following:
        return found
    joined = _marker(f"{line} {following}", narrative)
    return joined if joined and joined.end() > len(line) else None


def _marker(line: str, narrative: bool) -> re.Match | None:
    found = _FORMAL.match(line)
    if found or not narrative:
        return found
    return _LABELLED.match(line) or _NARRATIVE.match(line)


def without_marker(line: str) -> str:
    """`line` without the formal marker that opens it ("RESOLVED: That …" -> "That …"); a
    narrative decision ("The Committee noted the report") is its own words and stays whole."""
    found = _FORMAL.match(line) or _LABELLED.match(line)
    return line[found.end():].lstrip(" \t:.-–/") if found else line
