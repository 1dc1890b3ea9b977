"""Document metadata: council, committee, meeting date, document type and a human title.

All of it is inferred from the first pages' text (then the file and folder names), because
council papers rarely carry usable PDF metadata. Anything inferred can be overridden by a
sidecar `<file>.meta.json`, e.g. {"committee": "Cabinet", "meeting_date": "2025-01-30"}.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

from scrutiny_qa.formats import register

DECISION_RECORD = "decision record"  # an executive decision's signed record
DOC_TYPES = (
    "agenda pack",
    "minutes",
    "officer report",
    "cabinet member update",
    DECISION_RECORD,
    "other",
)

_MONTHS = {
    name[:3].lower(): number
    for number, name in enumerate(
        "January February March April May June July August September October November "
        "December".split(),
        start=1,
    )
}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_LONG_DATE = re.compile(rf"\b{_DAY}[\s-]+{_MONTH},?[\s-]+(\d{{4}})\b", re.I)
# As US papers write a date: "March 4, 2025", "Sept. 12 2024".
_MONTH_FIRST_DATE = re.compile(rf"\b{_MONTH}\.?\s+{_DAY},?\s+(\d{{4}})\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
_ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")

_COUNCIL = re.compile(
    r"\b((?:[A-Z][a-z]+\.? ){1,3}"
    r"(?:Metropolitan Borough|County Borough|Borough|County|City|District|Town|Parish)? ?Council)\b"
)
# A council's name that says what kind of council it is ("… Borough Council").
_COUNCIL_TYPE = re.compile(r"(?:Borough|County|City|District|Town|Parish) Council$")
# The words of a council's name that say what it is, if it says: "Metropolitan Borough
# Council", "County Council", or a bare "Council".
_KIND = re.compile(r"(?:(?:Metropolitan )?\w+ )?Council$")
# Words that start a phrase ending in "Council" but never a council's name: "the County
# Council", "13 March County Council" (a month: "March Town Council" is the one loss).
# Words of a meeting's or a decision's name, never of a council's: "REGULAR MEETING OF
# COUNCIL", "OFFICER RECOMMENDATION AND COUNCIL RESOLUTION".
_MEETING_WORDS = re.compile(r"\b(?i:meeting|regular|ordinary|special|extraordinary|annual|"
                            r"recommendation|resolution|minutes|agenda)\b")
_COUNCIL_STOP = {"the", "county", "city", "borough", "district", "town", "parish", "full", "this",
                 "a", "each", "our", "metropolitan", "medway", "your", "dear",
                 *(name.lower() for name in "January February March April June July August "
                   "September October November December".split())}

# A report's or summons's header naming the body that meets: "MEETING: Cabinet",
# "Meeting: Overview and Scrutiny Committee", "Committee: Licensing Sub-Committee", "Report
# to: Cabinet", a decision notice's "Decision maker: Cabinet" (a person it is addressed to,
# or who decides, is no body: `_NOT_A_COMMITTEE`); in a header set as a table, the label
# and its value apart by a wide gap ("Meeting      Decision Session - …").
_COMMITTEE_LINE = re.compile(r"^\s*(?:MEETING|Meeting|COMMITTEE|Committee|REPORT TO|Report to|"
                             r"Meeting of|(?i:decision\s+maker))(?:\s*:|[ \t]{3,}(?=\S))"
                             r"[ \t]*(.*?)\s*$")
# Where a header's value ends when the next label or the date shares its line: "Cabinet
# Date: 11 March 2026".
_NEXT_LABEL = re.compile(r"\s+(?:[A-Z][A-Za-z]+(?:\s+[a-z]+)?\s*:|\d{1,2}(?:st|nd|rd|th)?\s+"
                         r"[A-Z][a-z]+\s+\d{4}).*$")
# Minutes name their body in their opening line, even the full council's, which has no
# name but the council's: "MINUTES of a meeting of the County Council held in …", "Minutes
# of the Annual Meeting of the Finance Committee held on …", Scottish "MINUTE of MEETING of
# the … INTEGRATION JOINT BOARD held in …".
_MINUTES_OF = re.compile(r"^\s*(?i:minutes?\s+of\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?meeting\s+"
                         r"of\s+(?:the\s+)?)([A-Z][^\n]{2,80}?)\s+(?i:held)\b", re.M)
# … or name it before the word "meeting": "Minutes of the Full Council meeting held on …",
# "Minutes of Strategy, Policy and Resources Committee Meeting held on …",
_MINUTES_OF_NAMED = re.compile(r"^\s*(?i:minutes\s+of\s+(?:(?:a|an|the)\s+)?)([A-Z][^\n]{2,60}?)"
                               r"\s+(?i:meeting\s+held)\b", re.M)
# … or name it alone: "Minutes of the Corporate Scrutiny Committee held on …".
_MINUTES_OF_BODY = re.compile(r"^\s*(?i:minutes\s+of\s+(?:(?:a|an|the)\s+)?)((?:[A-Z][\w&'’,-]*\s+"
                              r"(?:(?:and|of|&)\s+)?){0,6}?(?:Committee|Cabinet|Panel|Board|"
                              r"Council|Commission|Executive|Forum))\s+(?i:held)\b", re.M)
# A paper reprinting another body's minutes for this meeting says so in its opening lines:
# "Extract from the Minutes of the Cabinet held on 9 January 2025", "Minutes excerpt from
# Selection and Member Services Committee – 13 December" (misspelt "except" as well). The
# body's name is capitalised words ending in a body's word ("… Cabinet Committee"), so a run
# on ("… held on …", "– 13 December") is not part of it.
_EXTRACT_OF = re.compile(
    r"^\s*(?i:minutes?\s+(?:extract|excerpt|except)s?\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?"
    r"|(?:extract|excerpt)s?\s+(?:from|of)\s+(?:the\s+)?minutes\s+(?:of|from)\s+"
    r"(?:the\s+|a\s+meeting\s+of\s+(?:the\s+)?)?)"
    r"((?:[A-Z][\w&'’()-]*\s+(?:(?:and|of|&)\s+)?){0,8}?"
    r"(?i:Committee|Cabinet|Panel|Board|Council)(?:\s+(?i:Committee))?)\b(.*\n?.*)", re.M)
# How many of a paper's first lines may say that it is such an extract.
_OPENING_LINES = 8
_BODY_WORD = r"(?:Committee|Cabinet|Panel|Board|Council|Scrutiny|Commission)(?:\s*\([^)]*\))?"
# Minutes say so in their first lines, whatever header their publisher prints above
# ("Public Document Pack"): "MINUTES" alone, "Minutes of the meeting held on …", "Minute of
# Meeting (of the Moray Council)" or "… REGULAR MEETING MINUTES"; an
# agenda listing its minutes item says "Agenda" there too.
_MINUTES_OPENING = re.compile(
    r"^\s*(?:minutes?\s*$|minutes\s+of\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?meeting\b.*\bheld\b"
    # a panel's "Record of Meeting", a working group's "Notes of the Meeting" or "Notes of
    # the meeting of the … held on …"
    r"|(?:record|notes?)\s+of\s+(?:the\s+)?meeting\s*$"
    r"|notes?\s+of\s+(?:a|the)\s+meeting\s+of\b.*\bheld\b"
    r"|minute\s+of\s+(?:the\s+)?meeting(?:\s+of\s+(?:the\s+)?\S.{2,80})?\s*$"  # Scottish
    # … or after the place and day met: "ABERDEEN, 12 March 2025. Minute of Meeting of the …"
    r"|[A-Z][\w' -]{1,30},\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.\s+"
    r"minute\s+of\s+(?:the\s+)?meeting\b"
    # "At a MEETING of the CITY GOVERNANCE COMMITTEE held at Dundee on …"
    r"|(?-i:At)\s+an?\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?\S.{2,120}?\bheld\b"
    # a US board's "REGULAR MEETING MINUTES", a letterhead's "Committee Minutes"
    r"|(?:.{0,60}\s)?(?:meeting|committee)\s+minutes\s*$)",
    re.I | re.M)
_AGENDA_LINE = re.compile(r"^\s*(?:agenda|a g e n d a)\b(?!\s*item)", re.I | re.M)
# A body named with its council: "the Planning Committee of Cornwall Council".
_BODY_OF_COUNCIL = re.compile(rf"^(.*?{_BODY_WORD})\s+of\s+(?:the\s+)?(.+?\bCouncil)$", re.I)
# A header naming the body before the word "meeting": "CABINET MEETING: 20 MARCH 2025".
_BODY_MEETING_LINE = re.compile(rf"^\s*((?:[A-Z][\w&'’-]*\s+){{0,6}}?{_BODY_WORD})\s+meeting\s*:",
                                re.I)
# A US county's or district's "Board of Supervisors", "Board of Education" ends a name too.
_BODY_END = rf"(?:{_BODY_WORD}|Board\s+of\s+[A-Z][A-Za-z]+)"
_COMMITTEE_NAME = re.compile(rf"^\s*((?:[A-Z][\w&'’,()\-]*\s?){{0,8}}{_BODY_END})\s*$",
                             re.M | re.I)
# What any committee name line ends with: checked first, because _COMMITTEE_NAME's nested
# repetition backtracks through every way of splitting a long line that does not match (up
# to 225 ms for one line of a Kent pack).
_COMMITTEE_END = re.compile(rf"{_BODY_END}\s*$", re.I)
# A heading naming the decisions a paper records before the body that took them: "RECORD OF
# THE DECISIONS OF THE CABINET", "Decisions taken by the Executive".
_PAPER_OF = re.compile(r"^(?:(?:record|minutes?|notes|summary|schedule)\s+of\s+(?:the\s+)?)?"
                       r"(?:(?:decisions?|proceedings)\s+(?:of|taken\s+by)\s+(?:the\s+)?)", re.I)


@dataclass(frozen=True)
class DocumentMeta:
    """What a citation says about a document beyond its path."""

    title: str | None
    doc_type: str = "other"
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None  # ISO yyyy-mm-dd


def infer_meta(path: Path, pages_text: list[str]) -> DocumentMeta:
    """Infer metadata from the document's opening pages, its file name and its folder."""
    head = _cells_apart("\n".join(pages_text[:3])[:12000])
    stamp = _MEETING_STAMP.search(path.stem)
    extract = _minutes_extract(head)
    body = _minutes_body(head) or (extract.group(1) if extract else None)
    meta = DocumentMeta(
        title=_title(path, head),
        doc_type=_doc_type(path, head, body),
        council=_council_or_folder(head, body, path),
        committee=_committee(stamp, body, head),
        meeting_date=_meeting_date(stamp, extract, path, head),
    )
    if meta.title is None:
        parts = [meta.doc_type.capitalize(), meta.committee, date_in_words(meta.meeting_date)]
        meta = replace(meta, title=" · ".join(p for p in parts if p))
    return meta


HEADER_CELL_LINES = 8  # the opening lines where a two-column letterhead's cells are parted


def _cells_apart(head: str) -> str:
    """`head` with each of its first lines parted where a wide gap (three spaces or more)
    separates two columns of a letterhead ("City of York Council      Committee Minutes"),
    each cell a line of its own; a label and its value ("Meeting      Decision Session",
    "To:   County Council") stay together."""
    lines = head.split("\n")
    parted = [re.sub(r"(?<=[^\s:])[ \t]{3,}(?=\S)", "\n", line)
              if not _COMMITTEE_LINE.match(line) and not re.match(r"^\s*(?:Date|DATE)\b", line)
              else line for line in lines[:HEADER_CELL_LINES]]
    return "\n".join([*parted, *lines[HEADER_CELL_LINES:]])


def document_name(title: str, doc_type: str) -> str:
    """What a citation line calls a document: its own title, or, when the title was composed
    from type, committee and date (`infer_meta`), just its type, since the line already
    names the committee and date."""
    kind = doc_type.capitalize()
    return kind if title == kind or title.startswith(f"{kind} · ") else title


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def apply_sidecar(meta: DocumentMeta, path: Path) -> tuple[DocumentMeta, list[str]]:
    """Overlay `<file>.meta.json` when present; returns the metadata and what in the
    sidecar was left out, and why, one reason a line.

    A sidecar corrects what a paper says about itself; a slip in it (a number for a date,
    a misspelt key, a file that is not JSON) should not keep the paper out of the index,
    where it is still found by what it says. So what cannot be used is left out and named,
    never ignored in silence nor failing the paper; `null` clears a field the paper was
    wrongly given (all but title and type, which every paper has)."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return meta, []
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError included
        return meta, [f"not read ({_sidecar_error(exc)}): the paper's own metadata is used"]
    if not isinstance(values, dict):
        return meta, [f"not read: it holds {_json_kind(values)}, not an object of fields "
                      f'such as {{"committee": "Cabinet"}}']
    known = asdict(meta)
    problems = {key: _field_problem(key, value, known) for key, value in values.items()}
    kept = {key: value for key, value in values.items() if problems[key] is None}
    return replace(meta, **kept), [f"{problem}: left out" for problem in problems.values()
                                   if problem]


def _field_problem(key: str, value: object, known: dict) -> str | None:
    """Why a sidecar's `key` cannot be set to `value` (None when it can)."""
    if key not in known:
        return f"unknown key {key!r} (known: {', '.join(known)})"
    if value is None and key not in ("title", "doc_type"):
        return None
    if not isinstance(value, str) or not value.strip():
        return f"{key} must be text, not {_json_kind(value)}"
    if key == "doc_type" and value not in DOC_TYPES:
        return f"doc_type must be one of {', '.join(DOC_TYPES)}, not {value[:40]!r}"
    if key == "meeting_date" and not iso_date(value):
        return f"meeting_date must be a date written YYYY-MM-DD, not {value[:40]!r}"
    return None


def iso_date(text: str) -> bool:
    """Whether `text` is a real day written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    kinds = ((bool, "true/false"), (int, "a number"), (float, "a number"), (str, "empty text"),
             (list, "a list"), (dict, "an object"))
    return next(name for kind, name in kinds if isinstance(value, kind))


def _sidecar_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return getattr(exc, "strerror", None) or str(exc)


def inherit_meeting(meta: DocumentMeta, meeting: DocumentMeta | None) -> DocumentMeta:
    """A paper published for a meeting is cited as that meeting's: the meeting's council (a
    letter from a district council in a county's pack is the county's paper), body and date
    (an appendix dated "21.01.25", or a budget report drafted in December, was published
    for the meeting of its folder's day). Minutes of another day's meeting keep the body and
    date they record, as does another body's minute reprinted for the meeting ("Extract from
    the Minutes of the Cabinet held on …"): its resolutions are that body's. A recorded date
    after the meeting's is a misprint and is not cited; such minutes, undated, keep their
    body when read again (each ingest reads the stored papers anew).

    Appendices and reports published for one meeting sit in one folder; they rarely name the
    meeting themselves, or name a body they went to before (a cabinet committee), but the
    folder's agenda names the meeting's. The context lines its passages are embedded and
    searched with are built after this (contextualise.py), so they name the meeting's date
    and council too; a date the paper prints (a half-year report "at 30 September 2024") is
    still found in its text.
    """
    if meeting is None:
        return meta
    council = meeting.council or meta.council
    if meta.doc_type == "minutes" and (
            meta.meeting_date not in (None, meeting.meeting_date)
            or (meta.meeting_date is None and meta.committee not in (None, meeting.committee))):
        # no paper records a meeting held after the one it is published for: a misprint
        later = bool(meeting.meeting_date and meta.meeting_date
                     and meta.meeting_date > meeting.meeting_date)
        return replace(meta, council=council, meeting_date=None if later else meta.meeting_date)
    return replace(
        meta,
        council=council,
        committee=meeting.committee or meta.committee,
        meeting_date=meeting.meeting_date or meta.meeting_date,
    )


def date_in_words(iso: str | None) -> str | None:
    """"2022-09-27" → "27 September 2022", the way questions and papers write dates."""
    if not iso:
        return None
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


_SHORT_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def date_short(iso: str | None) -> str | None:
    """"2023-11-28" → "28 Nov 2023", the one style the page, the CLI and labels show."""
    if not iso:
        return None
    day = date.fromisoformat(iso)
    return f"{day.day} {_SHORT_MONTHS[day.month - 1]} {day.year}"  # not %b: it follows the locale


def parse_date(text: str) -> date | None:
    """The first date written in `text` in any of the forms council papers use."""
    found = dates_in(text)
    return found[0] if found else None


def dates_in(text: str) -> list[date]:
    """Every date written in `text`, in the order they are written."""
    return [day for _, day in _dates_in(text)]


def _dates_in(text: str) -> list[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for m in _LONG_DATE.finditer(text):
        _add(found, m.start(), int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    for m in _MONTH_FIRST_DATE.finditer(text):
        if m.group(1)[0].islower():
            continue  # "the Council may 12, …"
        _add(found, m.start(), int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    for m in _NUMERIC_DATE.finditer(text):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        _add(found, m.start(), year, int(m.group(2)), int(m.group(1)))
    for m in _ISO_DATE.finditer(text):
        _add(found, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return sorted(found, key=lambda pair: pair[0])


def _add(found: list[tuple[int, date]], pos: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):  # "31/02/25" is not a date
        found.append((pos, date(year, month, day)))


# A file name stamped with a meeting's date, start time and body, as committee systems
# (ModernGov) name what they publish: "Budget Amendments 13th-Feb-2025 09.30 County Council".
_MEETING_STAMP = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[-\s]([A-Za-z]{3,9})[-\s](\d{4})\s+\d{1,2}[.:]\d{2}\b"
    r"(?:\s+([A-Z][\w&',()\- ]*[\w)]))?")


def meeting_folder_date(path: Path) -> str | None:
    """The date a paper's folder is named for ("cabinet/2025-01-30/"): such a folder holds
    what was published for that day's meeting."""
    found = parse_date(path.parent.name.replace(".", "/"))
    return found.isoformat() if found else None


def _minutes_extract(head: str) -> re.Match | None:
    """The opening line saying the paper is an extract of a body's minutes (`_EXTRACT_OF`),
    with the body's name and what follows it (the date)."""
    return _EXTRACT_OF.search(_opening(head))


def _minutes_body(head: str) -> str | None:
    """The body the minutes' opening line names, as written ("Minutes of a meeting of the
    Cabinet held …", "Minutes of the Full Council meeting held …")."""
    opening = _opening(head)
    found = _MINUTES_OF.search(opening) or _MINUTES_OF_NAMED.search(opening) \
        or _MINUTES_OF_BODY.search(opening)
    return found.group(1) if found else None


def _opening(head: str) -> str:
    """A paper's first lines, where it says what it is ("Minutes of a meeting of …")."""
    return "\n".join([line for line in head.splitlines() if line.strip()][:_OPENING_LINES + 1])


def _committee_line(head: str) -> str | None:
    """The body the first header naming one names ("Meeting: Cabinet", "Meeting: Full
    Council", "CABINET MEETING: 20 MARCH 2025"), not a person ("Report to: Cabinet Member
    for Finance"). A header laid out in two columns extracts its value on the next line
    ("REPORT TO:" / "WEST OF ENGLAND …"), and a long name may wrap onto a line of its own
    body word ("… AUTHORITY" / "COMMITTEE")."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        named = _BODY_MEETING_LINE.match(line)
        if named:  # "CABINET MEETING: 20 MARCH 2025"
            return named.group(1)
        m = _COMMITTEE_LINE.match(line)
        if not m:
            continue
        rest = lines[index + 1:index + 3]
        value = m.group(1) or (rest.pop(0) if rest and ":" not in rest[0] else "")
        if rest and _COMMITTEE_END.fullmatch(rest[0]) and not _COMMITTEE_END.search(value):
            value = f"{value} {rest[0]}"  # not "Cabinet" / "Council", its two meetings
        value = _NEXT_LABEL.sub("", value).strip(" ,")
        if value and not _A_PERSON.search(value):  # "Meeting: County Council" is a body
            return value
    return None


# A label naming the meeting's date: "Meeting date:", "Date of meeting:", a US staff
# report's "AGENDA OF: March 25, 2025" (its "DATE:" is the report's own).
_MEETING_DATE_LABEL = r"^\s*(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|agenda\s+of)\s*:.*$"
_WEEKDAY_LINE = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*(?:\n.*)?"
# A date alone on a line of a paper's heading ("15 April 2025" under the committee's name),
# or after the place met in ("ABERDEEN, 12 March 2025.", as Scottish minutes open).
_DATE_ALONE = (r"^\s*(?:[A-Z][A-Za-z]+,\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}"
               r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?\s*$")
HEADER_LINES = 10
# Minutes confirming an earlier meeting's: "That the Minutes of the meeting held on 21
# January 2025 are approved" names that meeting's date, not this one's; and so does an
# item's heading "MINUTE OF PREVIOUS MEETING OF 29 JANUARY 2025".
_CONFIRMS_EARLIER = re.compile(r"\bminutes\s+of\s+the\s+(?:\w+\s+){0,3}meeting\s+held\s+on\b.*"
                               r"\b(?:approved|confirmed|agreed|signed|adopted|correct)"
                               r"|\b(?:previous|last|preceding|earlier)\s+meeting\b", re.I)


def _meeting_date(stamp: re.Match | None, extract: re.Match | None, path: Path,
                  head: str) -> str | None:
    """A file name stamped with the meeting's date and time names the meeting outright (the
    paper's own "Date:" line may be the day a covering letter was sent, two weeks later);
    else prefer a date on a line that names the meeting (a weekday's date, a date alone in
    the heading), not the earlier meeting whose minutes are confirmed, then the file name,
    then the folder. (The paper's own date: `inherit_meeting` cites a paper published in a meeting's
    folder by the meeting's.)"""
    if stamp and (found := parse_date(" ".join(stamp.groups()[:3]))):
        return found.isoformat()
    if extract and (found := parse_date(extract.group(2))):
        return found.isoformat()
    top = "\n".join(head.splitlines()[:HEADER_LINES])
    for pattern, text in ((_MEETING_DATE_LABEL, head), (rf"^\s*DATE:\s*{_WEEKDAY_LINE}", head),
                          (r"^\s*DATE:.*$", head),
                          (_WEEKDAY_LINE, head),
                          (_DATE_ALONE, top),
                          (r"^.*\b(?:meeting|panel|committee|cabinet|council)\b.*(?:\n\s*\n?.*)?$",
                           head)):
        for m in re.finditer(pattern, text[:4000], re.I | re.M):
            found = None if _CONFIRMS_EARLIER.search(m.group(0)) else parse_date(m.group(0))
            if found:
                return found.isoformat()
    for part in [path.stem, *(p.name for p in path.parents)]:
        found = parse_date(part.replace(".", "/"))
        if found:
            return found.isoformat()
    found = parse_date(head[:3000])
    return found.isoformat() if found else None


def _council(head: str, body: str | None = None) -> str | None:
    """The council whose paper this is. A letterhead naming a parish, town or community
    council is that council's (it names the county and district it sits in, not itself,
    on every page); minutes whose opening names their body's council (`body`, "the Planning
    Committee of Cornwall Council") are that council's. Otherwise the register of councils
    (`formats.register`) decides: of the councils the paper names (a name that does not say
    its kind only in the letterhead), the one its own .gov.uk mail is at, its letterhead
    naming it before a neighbour it speaks of ("Warwickshire County Council as highway
    authority"), named most often;
    else the one council its mail is at (a report naming the neighbour that reviewed its
    service, its own name never written in full); else, with no council's mail in it, the
    registered council it names most. A council the register does not hold (a town abroad)
    is read from the paper's own words (`_council_by_name`). An authority that is no council
    (a national park's, a fire authority) named alone atop the paper is its own."""
    local = _LOCAL_COUNCIL.search("\n".join(head.splitlines()[:12]))
    if local:
        return tidy_name(local.group(1))
    heading = _letterhead_councils(head)
    top = "\n".join([line for line in head.splitlines() if line.strip()][:AUTHORITY_LINES])
    authority = _AUTHORITY.search(_capitals_read(top))
    if authority and not heading:  # a national park's, a fire authority's letterhead
        return _registered(authority.group(1))
    of_council = _BODY_OF_COUNCIL.match((body or "").strip())
    if of_council:  # the minutes' opening names the body's council: "… of Cornwall Council"
        return _registered(of_council.group(2))
    mailed = _mail_councils(head)
    named = [(council, count) for council, count in register.named_in(_capitals_read(head))
             if (not mailed or council in mailed)
             and (_says_its_kind(council.name) or council in heading | mailed)]
    own = [pair for pair in named if pair[0] in heading]
    if named:  # a council its letterhead names before any it speaks of
        return max(own or named, key=lambda pair: (pair[1], len(pair[0].name)))[0].name
    if len(mailed) == 1:
        return next(iter(mailed)).name
    return None if mailed else _council_by_name(head)


def _council_or_folder(head: str, body: str | None, path: Path) -> str | None:
    """The paper's council (`_council`); but where its folder is named for a registered
    council and the paper shows no other as its own (in its letterhead, its mail or the
    minutes' opening line), the folder's: minutes that never print their own council's
    name speak of the neighbours they write to ("… to write to Gloucestershire County
    Council")."""
    council = _council(head, body)
    folder = _folder_council(path)
    if not folder or council == folder or council is None:
        return council or folder
    own = {c.name for c in _letterhead_councils(head) | _mail_councils(head)}
    of_council = _BODY_OF_COUNCIL.match((body or "").strip())
    return council if council in own or of_council or _LOCAL_COUNCIL.search(
        "\n".join(head.splitlines()[:12])) else folder


def _folder_council(path: Path) -> str | None:
    """The registered council a folder above the paper is named for (`register.by_folder`),
    for a paper that names no council itself."""
    for folder in path.parents:
        if council := register.by_folder(folder.name):
            return council.name
    return None


def _registered(name: str) -> str:
    """A council's name as the register holds it ("CORNWALL COUNCIL" is "Cornwall
    Council"), else as written, tidied."""
    read = _capitals_read(name.strip())
    found = [council for council, _ in register.named_in(read) if read in council.names]
    return found[0].name if found else tidy_name(name)


def _letterhead_councils(head: str) -> set[register.Council]:
    """The registered councils named by a line of their own among the paper's first lines."""
    found = set()
    for line in head.splitlines()[:12]:
        read = _capitals_read(line.strip())
        found |= {council for council, _ in register.named_in(read) if read in council.names}
    return found


def _says_its_kind(name: str) -> bool:
    """Whether a council's name says what it is ("… County Council", "… Combined
    Authority"): a bare "Medway Council" in a paper's text is often a neighbour spoken of,
    and names its paper only in the letterhead or through the paper's own mail."""
    return bool(_COUNCIL_TYPE.search(name) or name.endswith("Authority"))


def _capitals_read(text: str) -> str:
    """`text` with its lines in capitals in title case, so that a letterhead's "KENT COUNTY
    COUNCIL" is read as the name it is, small words in a place's name in lower case
    ("STRATFORD-ON-AVON" is "Stratford-on-Avon", "BATH AND NORTH EAST SOMERSET" "Bath and
    North East Somerset")."""
    return "\n".join(_NAME_WORD.sub(lambda m: m.group(0).lower(), line.title())
                     if line.isupper() else line for line in text.splitlines())


# Small words within a name: "STRATFORD-ON-AVON", "NEWRY, MOURNE AND DOWN", "KINGSTON UPON
# HULL", "ISLE OF WIGHT" (as the register writes them; not a line's first word).
_NAME_WORD = re.compile(r"(?<=-)(?:On|Upon|Under|In|By|Le|The|Of|En|De)(?=-)"
                        r"|(?<=\S )(?:And|Upon|Of|The)(?= \S)")


# A letterhead line of a local (parish, town, community) council: "RINGMER PARISH COUNCIL".
_LOCAL_COUNCIL = re.compile(
    r"^\s*((?:[A-Z][\w'’.-]*\s+){1,4}(?i:parish|town|community|village)\s+(?i:council))\s*$",
    re.M)


def _council_by_name(head: str) -> str | None:
    """The council a paper names in its own words, for councils the register does not hold:
    the name ending "… Council" written most often, counting a name with a word before it
    ("Since Ringmer Parish Council") towards the shorter name it ends with; a name without
    a council's type counts only as a letterhead line of its own. A letterhead naming a
    city, town or county ("City of Riverton") names it too. A council's or a municipality's
    name on a line of its own at the top of the paper ("TARANUI DISTRICT COUNCIL", "CITY OF
    NORTH RIDGEFIELD") is the paper's, however often it names a neighbour ("… to Rangiwhai
    District Council for comment") or its own body ("Regular City Council meeting")."""
    letterhead = "\n".join(head.splitlines()[:12])
    own = next((m.group(1) for m in _COUNCIL.finditer(_capitals_read(letterhead))
                if m.group(1).split()[0].lower() not in _COUNCIL_STOP
                and not _MEETING_WORDS.search(m.group(1))
                and re.search(rf"^\s*{re.escape(m.group(1))}\s*$", _capitals_read(letterhead),
                              re.M)), None)
    town = _LETTERHEAD_PLACE.search(letterhead)
    said = _COUNCIL_OF.search(head[:LETTERHEAD_CHARS])
    place = (town.group(1) or town.group(2)) if town else said.group(1) if said else None
    if own or place:
        return own or tidy_name(place)
    counts: dict[str, int] = {}
    for m in _COUNCIL.finditer(head):
        name = m.group(1)
        if _MEETING_WORDS.search(name):
            continue
        own_line = re.search(rf"^\s*{re.escape(name)}\s*$", letterhead, re.M)
        if _COUNCIL_TYPE.search(name) or own_line:
            for form in _ending_names(name):
                counts[form] = counts.get(form, 0) + 1
    upper = next((m for m in re.finditer(
        r"\b([A-Z]{3,}(?: [A-Z]{3,})?) (COUNTY |BOROUGH |CITY |SHIRE |DISTRICT )?COUNCIL\b", head)
        if m.group(1).split()[0].lower() not in _COUNCIL_STOP
        and not _MEETING_WORDS.search(m.group(1))), None)  # not "… OF THE COUNCIL MEETING"
    if not counts and upper:
        counts[upper.group(0).title()] = 1
    return max(counts, key=lambda name: (counts[name], len(name))) if counts else None


# A letterhead line naming a municipality: "City of Riverton", "TOWN OF ELMWOOD", "SHIRE OF
# HARVEY" (Western Australia), "THE CORPORATION OF THE CITY OF BELLEVILLE" (Ontario),
# "STELLENBOSCH MUNICIPALITY" (South Africa).
_LETTERHEAD_PLACE = re.compile(
    r"^[ \t]*(?i:(?:the[ \t]+)?corporation[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"((?i:city|town|county|village|borough|municipality|shire|township)[ \t]+(?i:of)[ \t]+"
    r"(?:[A-Z][a-z.'’-]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z.'’-]+|[A-Z]{2,})){0,3})"
    r"(?:,[ \t]*[A-Z][\w ]{1,20})?[ \t]*$"
    # or the place before its kind: "STELLENBOSCH MUNICIPALITY", "Wellington Shire"
    r"|^[ \t]*((?:(?!(?i:of|the|and)\b)(?:[A-Z][a-z.'’-]+|[A-Z]{2,})[ \t]+){1,3}"
    r"(?i:(?:local[ \t]+|district[ \t]+|metropolitan[ \t]+)?municipality|shire|township))[ \t]*$",
    re.M)  # one line: the next is no part of it
# A letterhead line naming an authority that is no council: "PEAK DISTRICT NATIONAL PARK
# AUTHORITY", "Humberside Fire Authority", "Anytown Combined Authority".
_AUTHORITY = re.compile(r"^[ \t]*((?:[A-Z][a-z'’-]+[ \t]+){1,6}Authority)[ \t]*$", re.M)
AUTHORITY_LINES = 3  # the letterhead lines that may name it
LETTERHEAD_CHARS = 1500  # how far into a paper its opening may name its council in a sentence
# How often a paper must name a known council's place, and no other's, to be that council's:
# once or twice is a neighbour spoken of ("work with Kent" in a Medway letter).
PLACE_MENTIONS = 3
# A .gov.uk mail address, which a PDF's text may break before a dot ("little@kent\n.gov.uk");
# the label before ".gov.uk" (or its secure forms ".gcsx.gov.uk", ".gsi.gov.uk") names the
# organisation: "@sefton.gcsx.gov.uk" is Sefton's.
_GOV_MAIL = re.compile(r"@(?:[\w-]+\s?\.)*?([\w-]+)\s?(?:\.gcsx\s?|\.gsi\s?)?\.gov\.uk\b", re.I)


def _mail_councils(text: str) -> set[register.Council]:
    """The registered councils the paper's .gov.uk mail addresses are at."""
    return {council for m in _GOV_MAIL.finditer(text)
            if (council := register.by_domain(m.group(1)))}


def _place(council: str) -> str:
    """The place a council is named for: "Kent" of "Kent County Council", "Sefton" of
    "Sefton Council"."""
    place = _KIND.sub("", council) if _COUNCIL_TYPE.search(council) else \
        council.removesuffix("Council")
    return place.strip()


def council_among(text: str, known: list[str]) -> str | None:
    """Which council a paper that names no council of its own is: the one its .gov.uk mail
    is at (by the register: "georgina.little@kent.gov.uk" on a Kent front sheet), else,
    with no council's mail in it, the only one of the corpus's `known` councils whose place
    it names, at least PLACE_MENTIONS times (a Sefton member's update says "Sefton" six
    times and never "Sefton Council")."""
    mailed = _mail_councils(text)
    if len(mailed) == 1:
        return next(iter(mailed)).name
    if mailed:
        return None
    mentions = {council: len(re.findall(rf"\b{re.escape(_place(council))}\b", text))
                for council in known}
    named = [council for council, count in mentions.items() if count]
    return named[0] if len(named) == 1 and mentions[named[0]] >= PLACE_MENTIONS else None


def _ending_names(name: str) -> list[str]:
    """`name` and the shorter council names it ends with ("Tunbridge Wells Borough Council",
    "Wells Borough Council"), each starting with a capital that is not a stop
    word and keeping a word before the council's type."""
    words = name.split()
    kind = len(_KIND.search(name).group(0).split())
    places = len(words) - (kind if _COUNCIL_TYPE.search(name) else 1)
    return [" ".join(words[i:]) for i in range(places)
            if words[i][:1].isupper() and words[i].lower().rstrip(".") not in _COUNCIL_STOP]


# Lines shaped like a committee's name that are not one: a council's own name ("Medway
# Council", "Kent County Council"), a role ("Leader of the Council", signing a letter).
# A person a paper is from or to, by role: "Cabinet Member for Finance", "the Leader".
_PERSON_ROLE = (r"^(?:the\s+)?(?:deputy\s+)?(?:leader|chair(?:man|woman)?|vice[-\s]chair\w*|mayor|"
                r"clerk|(?:cabinet\s+)?member|chief\s+executive)\b")
_A_PERSON = re.compile(_PERSON_ROLE, re.I)
_NOT_A_COMMITTEE = re.compile(
    r"\b(?:county|borough|city|district) council\b|record of decision|^\S+(?:\s\S+)?\s+council$|"
    rf"{_PERSON_ROLE}|^an?\s", re.I)  # "A Resolution of the …"


# A council meeting as a body, its kind alone on its line: "City Council", "COUNTY COUNCIL"
# (no place before it: "Kent County Council" names the council, not the body that met).
_FULL_COUNCIL = re.compile(r"\s*(?i:city|county|town|borough|district|parish|regional)\s+"
                           r"(?i:council)\s*")
# The council a Canadian or Australian council's minutes open by naming: "The Council of the
# City of Ottawa met at …".
_COUNCIL_OF = re.compile(r"\b[Cc]ouncil\s+of\s+the\s+((?:City|Town|County|Municipality|District|"
                         r"Region|Township|Shire)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# What a downloaded copy's name adds: "… County Council (copy).pdf", "… Cabinet_1.pdf".
_COPY_MARK = re.compile(r"(?:\s*\((?:copy|\d+)\)|_\d+)+$", re.I)
# A body's name line may carry its meeting's date: "CORPORATE PARENTING PANEL – 10th December",
# "CORPORATE PARENTING PANEL– 29 October 2024".
_DATED_NAME = re.compile(rf"\s*[–-]\s*{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?\s*$", re.I)


def _committee(stamp: re.Match | None, body: str | None, head: str) -> str | None:
    """The body that met: named by the file's meeting stamp ("… 09.30 County Council.pdf"),
    else by a "MEETING:" line or the minutes' opening line, else by the first line shaped
    like a body's name. `stamp`: the file name's `_MEETING_STAMP`; `body`: the body the
    minutes' opening names, or an excerpt of a body's minutes (`_minutes_extract`)."""
    stamped = _COPY_MARK.sub("", stamp.group(4) or "") if stamp else ""
    if stamped:
        return tidy_name(stamped)
    named = _committee_line(head)
    if named:
        return tidy_name(named)
    if body:
        of_council = _BODY_OF_COUNCIL.match(body.strip())
        return tidy_name(of_council.group(1) if of_council else body)
    for line in head.splitlines()[:40]:
        # a heading's parts apart by dashes, in capitals: "THE FIFE COUNCIL - EDUCATION
        # COMMITTEE - BLENDED MEETING" (the council, the body, how it met)
        line = _DATED_NAME.sub("", line.strip())
        for part in re.split(r"\s+[–-]\s+", line) if line.isupper() else [line]:
            part = _PAPER_OF.sub("", part)
            if 3 < len(part) < 120 and part[:1].isupper() and _COMMITTEE_END.search(part) \
                    and _COMMITTEE_NAME.fullmatch(part) and (_FULL_COUNCIL.fullmatch(part)
                                                             or not _NOT_A_COMMITTEE.search(part)):
                return tidy_name(part)
    return None


def tidy_name(name: str) -> str:
    """A name as citations show it: single-spaced, and one printed in capitals in title case
    with its small words in lower case ("CORPORATE DIRECTOR, CHILDREN'S SERVICES" is
    "Corporate Director, Children's Services")."""
    name = re.sub(r"\s+", " ", name).strip(" -:")
    if name.isupper():
        name = " ".join(w if w in {"AND", "OF", "THE"} else w.capitalize() for w in name.split())
        name = re.sub(r"\b(And|Of|The)\b", lambda m: m.group(1).lower(), name.title())
        name = name[0].upper() + name[1:]
    return name.replace("'S", "'s").replace("’S", "’s")


_DECISION_RECORD_NAME = re.compile(r"record of (?:\w+ ){0,2}decision|decision number|"
                                   r"decision notice|notice of (?:\w+ ){0,2}(?:decision|"
                                   r"determination)|^\s*decision reference\s*:", re.I | re.M)


def _names_a_decision_record(text: str) -> bool:
    """Whether `text` heads itself a record of decision ("KENT COUNTY COUNCIL – PROPOSED
    RECORD OF DECISION", "NOTICE OF DETERMINATION"): the name stands in a heading, no word
    before it on its line in lower case, as in a sentence of minutes that speaks of one
    ("That Council issue a Notice of Decision to Grant a Permit")."""
    for m in _DECISION_RECORD_NAME.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not re.search(r"\b(?!(?:of|the|and|for|to)\b)[a-z]", before):
            return True
    return False


def _doc_type(path: Path, head: str, body: str | None) -> str:
    """What a paper is; `body`: the body its opening says it is the minutes of, if any."""
    name = path.name.lower()
    text = head[:6000]
    if _names_a_decision_record(text[:1500]):
        return DECISION_RECORD
    opening = _opening(head)
    if (body or _MINUTES_OPENING.search(opening)) and not _AGENDA_LINE.search(opening):
        return "minutes"  # saying so first, under a publisher's "Public Document Pack"
    if re.search(r"public document pack|a g e n d a|^\s*agenda\s*(?:[-–:][\w .:,]{0,30})?$|"
                 r"reports pack|frontsheet",
                 text + "\n" + name, re.I | re.M) or SUMMONS.search(text[:1500]):
        return "agenda pack"
    # Minutes before updates: a Cabinet's minutes record an item "Cabinet Member Updates".
    if "minutes" in name or body or re.search(
            r"^\s*(MINUTES of (?:a|the) meeting|MEETING HELD AT)|^\s*PRESENT:", text, re.M):
        return "minutes"
    if re.search(r"cabinet member update|update report of the cabinet member", text, re.I):
        return "cabinet member update"
    if re.search(r"report title|report of|recommendation|^\s*(from|to):\s", text, re.I | re.M):
        return "officer report"
    return "other"


# A summons's words: "Members are invited to a Meeting of the Cabinet …", "You are hereby
# summoned to attend …", "An Agenda is set out below", a posted "NOTICE OF REGULAR
# MEETING" heading or "Notice is hereby given that the … Court will meet" (US bodies), a
# town meeting's warrant: "you are hereby required to notify and warn the inhabitants" (New
# England).
SUMMONS = re.compile(r"\bmembers\s+are\s+(?:invited|summoned|requested)\s+to\s+(?:attend\s+)?"
                     r"(?:a|the)\s+meeting\b|\byou\s+are\s+(?:hereby\s+)?summoned\b|"
                     r"\ban\s+agenda\s+is\s+set\s+out\s+below\b|"
                     r"^\s*notice\s+of\s+(?:an?\s+|the\s+)?(?:regular|special|ordinary|annual|"
                     r"extraordinary)?\s*meeting\s*$|"
                     r"\bnotice\s+is\s+hereby\s+given\s+that\b[^.]{0,120}?\bwill\s+meet\b|"
                     r"\byou\s+are\s+hereby\s+(?:required|directed)\s+to\s+notify\s+and\s+warn\b",
                     re.I | re.M)
_OPAQUE_NAME = re.compile(r"\d*_?[0-9a-f]{12,}")
_DECISION_HEADER = re.compile(
    r"\bdecision\s+(?:number|no\.?|ref(?:erence)?)\s*[:.]?\s*((?:[A-Z]{1,5}/)?\d{2,4}/\d{3,6})\b",
    re.I)
_DECISION_FILE = re.compile(r"(?<![\d-])(\d{2})-(\d{5})(?![\d-])")


def decision_reference(path: Path, head: str) -> str | None:
    """The decision a paper belongs to ("24/00093"): from a "Decision number:" header, else
    from a file name that carries it ("24-00093 - EqIA.pdf"), so that every passage of a
    decision's report, record and appendices can be found by the number people quote."""
    found = _DECISION_HEADER.search(head[:3000])
    return found.group(1) if found else decision_in_name(path.name)


def decision_in_name(name: str) -> str | None:
    """The decision number a file's name carries, written "24-00093", as "24/00093"."""
    named = _DECISION_FILE.search(name)
    return f"{named.group(1)}/{named.group(2)}" if named else None


# A field's value and the lines it wraps onto, up to a blank line, the next field or a
# numbered heading ("1. Purpose").
_RUNS_ON = (r"(.+(?:\n(?![ \t]*$)(?![ \t]*[A-Z][\w ()/&'’-]{0,30}:)"
            r"(?![ \t]*\d{1,2}(?:\.\d+)*\.?\s).+){0,3})")


def _title(path: Path, head: str) -> str | None:
    """A report's own title ("Report title:", "Subject:", "Title:", "Title of report:"), else
    the file name less a downloaded copy's mark (None for opaque, hash-like names). A
    "Subject:" or "Title:" wraps onto the lines below it ("Transfer the
    18-25 section of the Strengthening / Independence Service from …") until a blank line
    or the next field ("Decision no:")."""
    for pattern in (r"Report Title\s*[:\t ]\s*(.+)", r"Subject Matter / Title of Decision\s*\n(.+)",
                    rf"^\s*Subject:\s*{_RUNS_ON}",
                    # two words at least: a form's "Title: Mr" is a person's; on its own
                    # line, "TITLE:" is a two-column header's (below)
                    rf"^\s*Title(?:\s+of\s+(?:the\s+)?report)?[ \t]*:[ \t]*(?=\S+[ \t]+\S)"
                    rf"{_RUNS_ON}"):
        m = re.search(pattern, head, re.I | re.M)
        if m and m.group(1).strip():
            return _clip(re.sub(r"\s+", " ", m.group(1)).strip(), 160)
    if titled := _two_column_title(head):
        return _clip(tidy_name(titled), 160)
    if _OPAQUE_NAME.fullmatch(path.stem):
        return None
    return plain_name(path)


# A header laid out in two columns extracts label and value apart, the label itself broken
# over two lines: "REPORT" / "TITLE:" / "INVESTMENT FUND PROGRAMME AND GRANT" / "ASSURANCE" /
# "RESPONSIBLE" / "OFFICER:".
_TITLE_LABEL = re.compile(r"^(?:report\s+title|title\s+of\s+report)\s*:$", re.I)
_FIELD_END = re.compile(r":\s*$")
TITLE_LINES = 3  # a title wraps over at most this many lines


def _two_column_title(head: str) -> str | None:
    """A report's title from a two-column header: the lines under its label, up to the next
    label (a line ending in a colon; a single word above it is that label's first half)."""
    lines = [line.strip() for line in head.splitlines()[:60] if line.strip()]
    for index, line in enumerate(lines):
        broken = f"{lines[index - 1]} {line}" if index else line  # "REPORT" / "TITLE:"
        if not (_TITLE_LABEL.match(line) or _TITLE_LABEL.match(broken)):
            continue
        value: list[str] = []
        for following in lines[index + 1:index + 2 + TITLE_LINES]:
            if _FIELD_END.search(following):
                if len(value) > 1 and len(value[-1].split()) == len(following.split()) == 1:
                    value.pop()  # "RESPONSIBLE" / "OFFICER:"
                break
            value.append(following)
        return " ".join(value[:TITLE_LINES]) or None
    return None


def plain_name(path: Path) -> str:
    """A file's name as a title: without its extension or a downloaded copy's mark."""
    return re.sub(r"[_]+", " ", _COPY_MARK.sub("", path.stem)).strip()


def _clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word, marked as cut."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
