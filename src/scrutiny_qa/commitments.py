"""Commitments: who was asked or promised to do what, and by when, in a set of minutes.

Minutes record actions in a few set forms: a resolution part "the Executive Director ... be
requested to submit a further report to the next meeting", a narrative "the Cabinet Member
undertook to provide a written answer", "a report would be brought back to a future
meeting", "the Chair requested that ... be shared", an action line "ACTION: Clerk to write
to the highway authority by 30 June", and a row of an action log ("HWB34/2 | Present the
final PNA | Director of Public Health | 11 Sep 2025 | Open", `formats.actions`). Each is
read with a small grammar of these forms (no model), so every commitment found can be
traced to its words on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrutiny_qa.chunk import LIST_LABEL, split_sentences
from scrutiny_qa.formats.actions import logged_actions
from scrutiny_qa.formats.base import title_cased
from scrutiny_qa.metadata import parse_date, tidy_name
from scrutiny_qa.resolutions import Resolution, clauses
from scrutiny_qa.structure import Block

MAX_WHO_WORDS = 12  # a longer "subject" is a clause misread, not a role or a body
_LABELLED = re.compile(rf"^(?:{LIST_LABEL})\s+", re.I)
_TIDY_WHAT = re.compile(r"[\s;,.]+$|\s*;\s*and\s*$")
_ASKED = r"requested|asked|urged|invited|instructed|recommended|encouraged|directed"
_DELIVER = (r"provide|circulate|share|send|report|look|arrange|bring|write|respond|follow|"
            r"check|consider|update|investigate|raise|feed|liaise|contact|explore|find|confirm|"
            r"review|meet|supply|publish|present|return|discuss|ensure|seek|invite|email|"
            r"speak|pass|give|organise|clarify|circulate|reconsider|hold|prepare|include")
# What "X would ..." promises (narrower than _DELIVER: "would find it harder" is no promise).
_PROMISED = (r"provide|circulate|share|send|report\s+back|look\s+into|arrange|bring\s+back|write|"
             r"respond|follow\s+up|check|investigate|raise|feed\s+back|liaise|contact|confirm|"
             r"supply|publish|present|email|clarify|update|ask|return\s+with|"
             r"meet\s+(?:with\s+)?(?:the\s+)?(?:[A-Z]|representatives|residents)|"
             r"bring\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:report|update|plan|paper|proposals?)\b")
_DONE = (r"provided|circulated|submitted|reported(?:\s+back)?|brought\s+(?:back|to|before)|"
         r"bought\s+back|shared|sent|arranged|investigated|looked\s+into|followed\s+up|sought|"
         r"given|discussed|raised|taken|considered|reconsidered|presented|updated|picked\s+up|"
         r"written|supplied|circulated|explored|reviewed|scheduled|deferred|added|advised|"
         r"informed|invited|made\s+available|published|requested|obtained")

# Owners minutes name in lower case ("that officers report back", "the clerk to write").
_LOWER_OWNERS = {"members", "officers", "councillors", "panel", "committee", "cabinet", "staff",
                 "clerk"}

# Each form: (kind, pattern, whether the sentence's subject is who acts). The first form that
# matches a sentence wins; a named group "who" overrides the subject.
_FORMS: list[tuple[str, re.Pattern[str], bool]] = [
    # an action line: "ACTION: Clerk to write to …", "Action by: Parks Manager – repair …"
    ("request", re.compile(
        r"^(?i:actions?)(?:\s+(?i:by))?\s*[:–-]\s*(?P<who>[^:;–-]{2,60}?)\s+(?:to|[–-])\s+"
        r"(?P<what>.+)", re.S), True),
    ("request", re.compile(
        r"(?<!should )(?<!could )(?<!might )(?<!may )\b(?:be|being|been|was|were)\s+"
        rf"(?:formally\s+|also\s+|further\s+)?(?:{_ASKED})\s+to\s+(?!declare\b)(?P<what>.+)",
        re.I | re.S),
     True),
    ("undertaking", re.compile(
        r"\b(?:undertook|undertakes|undertaken|promised|pledged|gave\s+an\s+undertaking)\s+to"
        r"\s+(?P<what>.+)", re.I | re.S), True),
    ("undertaking", re.compile(
        rf"\b(?:agreed|offered|committed|volunteered)\s+to\s+(?P<what>(?:{_DELIVER})\b.+)",
        re.I | re.S), True),
    ("request", re.compile(
        rf"(?:\b(?P<asker>\w+)\s+)?\b(?i:{_ASKED}|ask|asks|request|requests|urge|invite|"
        rf"instruct|direct)\s+(?P<who>(?!that\b|for\b|about\b|whether\b|if\b|"
        r"questions?\b|how\b|what\b|why\b)(?:(?!\bfor\b)[^,;:.]){2,80}?)\s+to\s+(?P<what>.+)",
        re.S), True),
    # "to request that the Chief Officer Place provide a briefing note …"
    ("request", re.compile(
        rf"\b(?:{_ASKED}|asks?|requests?|instructs?)\s+that\s+(?P<who>[^,;:.]{{2,80}}?)\s+"
        rf"(?P<what>(?:{_DELIVER})\b.+)", re.I | re.S), True),
    # "the Chair requested that the figures be shared" (not "… that his dissent be recorded")
    ("request", re.compile(
        r"\b(?:Chair|Chairman|Committee|Panel|Members?|Councillor\s+\w+|Cabinet|Leader|"
        r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\w+)\s+(?:requested|asked|proposed|recommended)\s+that"
        r"\s+(?P<what>.+?\bbe\s+(?!(?:recorded|minuted|noted)\b)\w+.*)", re.S), False),
    # a resolution's "That the General Manager, Transit, report back by …", opening it or a
    # part of it ("…; and B) That the …"); "that officers report back …", "that the clerk
    # write to …" (the bodies minutes name in lower case)
    ("request", re.compile(
        r"(?:^|[;:]\s*(?:and\s+)?(?:\(?\w{1,3}\)\s+)?)(?i:that)\s+(?:the\s+)?(?P<who>[A-Z][\w’'&-]*(?:,?\s+(?:of|for|and|&|[A-Z][\w’'&-]*)){0,6}"
        rf",?|{'|'.join(sorted(_LOWER_OWNERS))})(?<!['’]s)\s+"
        rf"(?P<what>(?:{_DELIVER})\b(?!\s+(?:be|is|was|and)\b).+)", re.S),
     True),
    ("undertaking", re.compile(
        rf"\b(?:would|will)\s+(?:also\s+|then\s+|now\s+|first\s+)?(?P<passive>be\s+)?"
        rf"(?P<what>(?:{_DONE}|{_PROMISED})\b.*)", re.I | re.S), True),
]
# In a resolution, the passive "be arranged", "be provided" is itself the instruction (not
# "no further notice be given": a determination that nothing is to be done).
_RESOLVED_ACTION = re.compile(rf"\bbe\s+(?:{_DONE})\b(?!\s+as\s+read)", re.I)
_NOTHING = re.compile(r"\b(?:no|nothing)\b[^,;]*$", re.I)
_BOUNDARY = re.compile(r";|:|\)\s+(?=[A-Z])|,\s+and\s+|\band\s+(?=(?:he|she|they|it|the|that|"
                       r"Mr|Mrs|Ms|Miss|Dr|Councillor)\b)|\bthat\s+|\b(?:said|reported|advised|"
                       r"explained|confirmed|stated|indicated)\s+(?=(?:he|she|they)\b)", re.I)
_PRONOUNS = {"he", "she", "they", "it", "him", "her"}
# The body a meeting is: asked by a delegation or a member of the public in the minutes'
# narrative, it is petitioned, not given a task.
_MEETING_BODIES = {"Council", "Committee", "Cabinet", "Board", "Panel", "Court", "Commission"}
_ROLE = re.compile(r"\b[Tt]he\s+([A-Z][\w’'&()-]*(?:\s+(?:of|for|and|&|–|-|[A-Z][\w’'&()-]*))*)")
_LEADING = re.compile(r"^(?:\(?\w{1,4}\)\s*|that\s+|and\s+|also\s+|further\s+|it\s+be\s+)+",
                      re.I)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_WHEN = re.compile(
    r"(?:(?:to|at|by|for|before|until)\s+)?(?:the\s+|a\s+|its\s+)?(?:next|future|following|"
    r"subsequent|forthcoming)\s+(?:formal\s+)?meeting(?:\s+of\s+(?:the\s+)?[A-Z][\w’'&()-]*"
    r"(?:\s+(?:[A-Z][\w’'&()-]*|of|and|&))*)?"
    r"|in\s+due\s+course|as\s+soon\s+as\s+(?:possible|practicable)"
    rf"|(?:by|before|in|during|until|no\s+later\s+than|not\s+later\s+than)\s+(?:(?:the\s+)?end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?=\s+\d{{4}}))?(?:\s+\d{{4}})?"
    rf"|(?:to|at)\s+the\s+{_MONTH}(?:\s+\d{{1,2}},?)?(?:\s+\d{{4}})?(?:\s+[A-Z][\w’'&-]*){{0,3}}"
    r"\s+meeting"
    r"|within\s+(?:\w+\s+){1,2}(?:days|weeks|months)"
    r"|in\s+(?:approximately\s+|about\s+)?\w+\s+months['’]?\s+time"
    rf"|(?:at\s+its|at\s+the)\s+meeting\s+(?:to\s+be\s+)?(?:held\s+)?on\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}")


@dataclass
class Commitment:
    """A request or undertaking, with the sentence it was read from and where it stands."""

    kind: str  # request | undertaking
    who: str | None
    what: str
    by_when: str | None
    due_date: str | None
    text: str
    block_index: int
    page_index: int
    source: str  # resolution | minutes | question
    resolution: int | None = None  # index into the resolutions list
    part: str | None = None


def find_commitments(blocks: list[Block], resolutions: list[Resolution],
                     in_minutes: bool) -> list[Commitment]:
    """Requests and undertakings in resolution parts and in the narrative of minutes.

    `in_minutes` says the whole document is minutes; otherwise only blocks that belong to a
    minute (minutes reprinted in an agenda pack) are read, so officers' reports, whose
    "will" and "should" are plans, not promises, are left alone.
    """
    found: list[Commitment] = []
    covered: set[int] = set()
    for number, resolution in enumerate(resolutions):
        start, end = resolution.block_range
        covered.update(range(start, end))
        owner = _actioned_by(blocks, resolution)
        found += [replace(said, who=said.who or owner)
                  for said in _from_resolution(number, resolution)]
    covered |= _amendments_moved(blocks)
    for index, block in enumerate(blocks):
        if index in covered or block.kind in {"heading", "section", "row"}:
            continue
        if not (in_minutes or block.minute_heading):
            continue
        source = "question" if re.search(r"question", block.minute_heading or "", re.I) \
            else "minutes"
        for sentence in _sentences(block.text):
            found += _read(sentence, sentence, index, block.page_index, source, resolved=False)
    return found + [row for row in _logged(blocks, in_minutes)
                    if not any(_same_action(row, said) for said in found)]


# A member moving an amendment: "Councillor Malik moved as an amendment, seconded by …:-".
_AMENDMENT_MOVED = re.compile(r"\bmoved\s+(?:as\s+)?an\s+amendment\b|\bmoved\s+the\s+following"
                              r"\s+amendment\b", re.I)


def _amendments_moved(blocks: list[Block]) -> set[int]:
    """The blocks holding the words of an amendment moved ("Councillor A moved as an
    amendment:-" / "That the Committee -" / "(2) instruct the Director … to report …"): a
    proposal, which the vote may defeat; what it asks is asked only once resolved."""
    moved: set[int] = set()
    for index, block in enumerate(blocks):
        if not _AMENDMENT_MOVED.search(block.text):
            continue
        moved.add(index)
        for following in range(index + 1, len(blocks)):
            part = blocks[following]
            if part.vote or part.kind not in {"para", "list"} \
                    or part.minute != block.minute or _AMENDMENT_MOVED.search(part.text):
                break
            moved.add(following)
    return moved


def _same_action(row: Commitment, said: Commitment) -> bool:
    """Whether an action log's `row` records what the minutes' text already promised (`said`):
    the same owner, and the same due date or most of the row's words ("Circulate breakdown
    of additional audit fees" for "circulate a breakdown of the additional fees")."""
    if not (row.who and said.who and row.who.lower() == said.who.lower()):
        return False
    if row.due_date and row.due_date == said.due_date:
        return True
    words = set(re.findall(r"[a-z]{4,}", row.what.lower()))
    return bool(words) and len(words & set(re.findall(r"[a-z]{4,}", said.what.lower()))) \
        >= SAME_SHARE * len(words)


# A heading saying the table below it is a committee's log of actions: "ACTION LOG",
# "Action tracker", "Actions arising from the last meeting".
_LOG_HEADING = re.compile(r"\bactions?\b(?:\W+\w+){0,3}?\W+(?:log|tracker|sheet|list|schedule|"
                          r"arising|register)\b|\bactions?\s+arising\b", re.I)
LOG_HEADING_BLOCKS = 3  # how far above its header row a log's heading may stand
SAME_SHARE = 0.5  # of an action log row's words, those the minutes' promise must share


def _logged(blocks: list[Block], in_minutes: bool) -> list[Commitment]:
    """The rows of the action logs among `blocks` (`formats.actions`): in minutes, or under
    a heading naming the table a log of actions (a report's action plan, owners and dates
    though it has, plans rather than records what was promised)."""
    rows = [(index, block.cells) for index, block in enumerate(blocks) if block.cells]
    found = []
    for action in logged_actions(rows):
        header = action.header_index
        above = blocks[max(0, header - LOG_HEADING_BLOCKS):header]
        if not (in_minutes or blocks[header].minute_heading
                or any(_LOG_HEADING.search(block.text) for block in above)):
            continue
        due = parse_date(action.due) if action.due else None
        found.append(Commitment("request", action.owner, action.action, action.due,
                                due.isoformat() if due else None, action.text,
                                action.block_index, blocks[action.block_index].page_index,
                                "action log"))
    return found


# A title's full stop ends no sentence of the record: "Mr. Moran agreed to publish the list".
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Cr|Prof|Rev)\.$")


def _sentences(text: str) -> list[str]:
    """`text`'s sentences (`split_sentences`), a title's full stop rejoined to its name."""
    joined: list[str] = []
    for sentence in split_sentences(text):
        if joined and _TITLE_END.search(joined[-1]):
            joined[-1] += f" {sentence}"
        else:
            joined.append(sentence)
    return joined


# The line naming who acts on a decision, below it: "Action by:" (its owner on the lines
# below, as a decision sheet prints it), "FOR ACTION: Highways Manager", "Action: Clerk".
_ACTIONED_BY = re.compile(r"^\s*(?i:for\s+)?(?i:action)(?:\s+(?i:by))?\s*:\s*(?P<who>[^.;]{0,80})$")
OWNER_BLOCKS = 2  # how far below a decision its owner's line may stand


def _actioned_by(blocks: list[Block], resolution: Resolution) -> str | None:
    """Who a decision names to act on it, on an owner's line below it in its minute or item
    ("Action by:" / "CORPORATE DIRECTOR, HOUSING AND REGENERATION (K. SWALES)"): the owner
    of what it asks that names no owner of its own."""
    start, end = resolution.block_range
    below = [block for block in blocks[end:end + OWNER_BLOCKS]
             if (block.item, block.minute) == (blocks[start].item, blocks[start].minute)]
    for index, block in enumerate(below):
        line = _ACTIONED_BY.match(block.text)
        if not line:
            continue
        who = line.group("who").strip() or (below[index + 1].text if index + 1 < len(below)
                                             else "")
        who = re.sub(r"\s*\([^)]*\)\s*$", "", who.split("\n")[0]).strip(" ,")
        if who and not re.search(r"\bto\s+[a-z]", who) and _is_owner(tidy_name(who)):
            return tidy_name(who)
    return None


def _from_resolution(number: int, resolution: Resolution) -> list[Commitment]:
    found: list[Commitment] = []
    start = resolution.block_range[0]
    if resolution.preamble:
        found += _read(resolution.preamble, resolution.preamble, start, resolution.page_index,
                       "resolution", resolved=True)
    for part in resolution.parts:
        for sub, clause in clauses(part.text):
            # a part's sentences one by one: "… RESOLVED: to approve the budget. The Chief
            # Executive undertook to write …" (minutes run on below a decision)
            for text in _sentences(clause):
                for item in _read(text, part.text, start, part.page_index, "resolution",
                                  resolved=True):
                    item.part = f"{part.label}({sub})" if part.label and sub \
                        else part.label or sub
                    found.append(item)
    for item in found:
        item.resolution = number
    return found


def _read(sentence: str, context: str, block_index: int, page_index: int, source: str,
          resolved: bool) -> list[Commitment]:
    """The commitment `sentence` states, if any (one per sentence: the first form to match)."""
    text = _LABELLED.sub("", re.sub(r"\s+", " ", sentence).strip()).lstrip("-•●▪◦*· ")
    for kind, form, subject_acts in _FORMS:
        m = form.search(text)
        if not m:
            continue
        groups = m.groupdict()
        named = groups.get("who")
        if named:
            who = _subject(named, context)
            if who is None or (who in _MEETING_BODIES and source != "resolution"):
                continue  # "the developer requested a reduction", a delegation asking Council
        else:
            who = (_subject(text[: m.start()], context)
                   if subject_acts and not groups.get("passive") else None)
            if who is None and "passive" in form.groupindex and not groups.get("passive"):
                continue  # "the fare increase will raise $640,000": a forecast, no promise
        what = _LEADING.sub("", text) if groups.get("passive") else groups["what"]
        return [_commitment(kind, who, what, text, block_index, page_index, source)]
    if resolved and (done := _RESOLVED_ACTION.search(text)):
        # the part saying it, when a resolution's parts share one sentence ("…; and")
        start, end = text.rfind(";", 0, done.start()) + 1, text.find(";", done.end())
        said = text[start:end if end >= 0 else len(text)].strip()
        what = re.sub(r"^(?:(?:and|that)\s+)+", "", said)
        if not _NOTHING.search(text[start:done.start()]):
            return [_commitment("request", None, what, text, block_index, page_index, source)]
    bare = _BARE_ACTION.match(text)
    who = _subject(bare.group("who"), context) if bare else None
    if bare and who and (_OWNER_WORD.search(who) or _TITLED.match(who)):
        return [_commitment("request", who, bare.group("what"), text, block_index, page_index,
                            source)]
    return []


# An action written bare, its owner first: "Clerk to submit the objection by 22 October",
# "Head of Finance to circulate the figures"; kept only when the owner is a role, body or a
# titled person ("Response to the consultation was good" names no owner), and not a decision
# ("Members to note the report", "Members to recommend to the County Council").
_BARE_ACTION = re.compile(r"^(?P<who>(?:The\s+)?[A-Z][\w’'&()-]*(?:\s+(?:of|for|and|&|"
                          r"[A-Z][\w’'&()-]*)){0,6})\s+to\s+(?!(?:note|recommend|agree|approve|endorse|"
                          r"receive|adopt|accept|consider)\b)(?P<what>[a-z]+\b.+)",
                          re.S)
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cr)\b")


def _commitment(kind: str, who: str | None, what: str, text: str, block_index: int,
                page_index: int, source: str) -> Commitment:
    when = _WHEN.search(what) or _WHEN.search(text)
    by_when = re.sub(r"\s+", " ", when.group(0)).strip() if when else None
    due = parse_date(by_when) if by_when else None
    return Commitment(kind, who, _TIDY_WHAT.sub("", what.strip()), by_when,
                      due.isoformat() if due else None, text, block_index, page_index, source)


def _subject(prefix: str, context: str) -> str | None:
    """Who a sentence is about: the words before its verb back to a clause boundary, with a
    pronoun ("and she be requested") taken back to the role named before it."""
    clause = _BOUNDARY.split(prefix)[-1]
    subject = _LEADING.sub("", clause.strip()).strip(" ,\"'“”‘’")
    if subject.lower() in _PRONOUNS:
        roles = _ROLE.findall(prefix) or _ROLE.findall(context)
        subject = re.sub(r"(?:\s+(?:of|for|and|&|–|-))+$", "", roles[-1]) if roles else subject
    subject = re.split(r"\s(?=The\s)", subject)[-1]  # "Roads The Engineer": a heading before
    subject = re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.I).strip(" ,")
    if "," in subject:  # "In response to a question from X, the Chief Executive undertook",
        # "Executive Directors ..., whose responsibilities ..., being asked", "the General
        # Manager, Transit, report back"
        parts = [part.strip() for part in subject.split(",") if part.strip()]
        last = re.sub(r"^(?:the|a|an)\s+", "", parts[-1], flags=re.I) if parts else ""
        if len(parts) == 2 and _OWNER_WORD.search(parts[0]) and _PERSON.match(last) \
                and not _OWNER_WORD.search(last) and not _TITLED.match(last):
            subject = f"{parts[0]}, {last}"  # a role and the service it heads
        elif _remit_listed(parts):
            subject = ", ".join(parts)
        else:
            subject = last if last and _is_owner(last) else parts[0] if parts else ""
    if not subject or len(subject.split()) > MAX_WHO_WORDS or subject.lower() in _PRONOUNS:
        return _speaker(prefix)
    return subject if _is_owner(subject) else _speaker(prefix)


def _remit_listed(parts: list[str]) -> bool:
    """Whether a subject's comma-parted `parts` are one role whose remit lists its services
    ("Cabinet Member for Highways, Transport and Economic Growth", "Cabinet Member for Climate
    Change, Decarbonisation and Sustainability"): a role ending "for X" or "of X" (X up to
    three words), then services in title
    case, the last joined on by "and"."""
    return len(parts) > 1 and bool(_OWNER_WORD.search(parts[0])) \
        and bool(re.search(r"\b(?:for|of)\s+(?:[A-Z][\w’'&-]*\s+){0,2}[A-Z][\w’'&-]*$", parts[0])) \
        and " and " in parts[-1] \
        and all(title_cased(part) and not _OWNER_WORD.search(part) for part in parts[1:])


# Who a sentence's first verb has, for a verb joined on after it ("The Head of Housing
# explained that … and undertook to bring …").
_SPEAKER = re.compile(r"^\s*(?:The\s+)?(?P<who>[A-Z][\w’'&()-]*(?:\s+(?:of|for|and|&|"
                      r"[A-Z][\w’'&()-]*)){0,6})\s+(?:explained|said|reported|confirmed|noted|"
                      r"stated|advised|acknowledged|responded|replied|agreed)\b.*\band\s*$",
                      re.S)


def _speaker(prefix: str) -> str | None:
    """The owner who opens `prefix` and speaks, when the verb it leads to is joined on with
    "and"; else None."""
    spoke = _SPEAKER.match(prefix)
    return spoke.group("who") if spoke and _is_owner(spoke.group("who")) else None


# An owner is a role or body ("Monitoring Officer", "the Committee", "members"), or a person
# ("Ms Gleave", "Joanne Carpenter"); words no owner's name holds (a verb, a relative or a
# demonstrative: "of Government was", "This extra funding", "Leader how he proposed") or
# opens with (a preposition: "to government") mark a fragment of the sentence instead.
_OWNER_WORD = re.compile(
    r"\b(?:Director|Officer|Manager|Chair(?:man|woman|person)?|Leader|Members?|Committee|"
    r"Sub-Committee|Panel|Cabinet|Council|Board|Head|Clerk|Mayor|Minister|Government|"
    r"Executive|Secretary|Commissioner|Authority|Team|Service|Group|Lead|Advis[eo]r|Holder|"
    r"Councillors?|Officers?|Staff|Attorney|Administrator|Partnership|Providers?|Department|"
    r"Directorate|Inspector|Auditor|Treasurer|Solicitor|Counsel|Chief|Deputy|Commission|"
    r"staff|officers)\b")  # "Public Works staff", "planning officers"
# A clause leading in, not an owner: "In response to a question from Councillor X".
_PREPOSITIONS = {"in", "on", "at", "for", "from", "with", "after", "following", "upon", "to",
                 "by", "as", "during", "further"}
_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Prof)\.?\s+)?"
                     r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3}$")
_NOT_IN_OWNER = re.compile(
    r"\b(?:was|were|is|are|be|been|being|would|could|should|will|shall|must|may|might|need|"
    r"needs|proposed|done|asked|requested|agreed|said|stated|noted|explained|confirmed|"
    r"undertook|which|whilst|while|how|this|that|these|those|it|all)\b", re.I)


def _is_owner(subject: str) -> bool:
    """Whether `subject` names a role, body or person rather than a fragment of a clause."""
    first = subject.split()[0]
    if _NOT_IN_OWNER.search(subject) or not (first[:1].isupper() or first in _LOWER_OWNERS) \
            or first.lower() in _PREPOSITIONS:
        return False
    return bool(_OWNER_WORD.search(subject) or _PERSON.match(subject)
                or subject.lower() in _LOWER_OWNERS or re.fullmatch(r"[A-Z]{2,6}", subject))
