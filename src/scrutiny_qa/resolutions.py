"""Resolutions: every RESOLVED block of a set of minutes, split into its numbered parts, and
the decision of a record of decision.

Minutes print a decision as "RESOLVED: That (1) ...; (2) ...;" (Sefton) or "(4) RESOLVED
that ..." with lettered parts (Kent). A block often runs over a page break, so it is
gathered from the structured blocks that follow the RESOLVED line for as long as they
continue it: the same minute and agenda item, and either an unfinished sentence, or the
next part label in sequence. Each part keeps the page it starts on, for its citation.

A record of decision (an executive member's key decision) prints "Decision: As Cabinet
Member I agree to:" and then one paragraph per thing decided ("APPROVE ...", "DELEGATE
..."), up to its next section ("Reason(s) for decision:"); each paragraph is a part. A
notice of several decisions holds one under each agenda item.

Where minutes print no RESOLVED after a motion proposed, seconded and carried on a recorded
vote, the motion carried is the minute's decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from scrutiny_qa.formats.decisions import OPEN_END, opens_decision, without_marker
from scrutiny_qa.formats.sections import labelled_section_at
from scrutiny_qa.formats.votes import tally
from scrutiny_qa.structure import FRONT, Block

MAX_BLOCKS = 80  # a resolution longer than this is a misreading, not a resolution
# How many blocks after a resolution may record its vote ("Moved: … Yeas: … Nays: …").
TALLY_BLOCKS = 8

_LEAD = re.compile(r"^[\s\-•●▪◦*·]+")
_MARKER = re.compile(r"\((?P<p>\d{1,2}|[a-z]|[ivx]{1,5})\)\s+|(?P<d>\d{1,2})[.)]\s+"
                     r"|(?P<a>[a-z])\)\s+|(?i:section)\s+(?P<s>\d{1,2})[.:]\s+")
_INLINE = re.compile(r"\((?P<p>\d{1,2}|[a-z]|[ivx]{1,5})\)\s+")
# A line that ends what it says: a sentence's end, or a motion's outcome printed after it
# ("… be adopted. CARRIED", "CARRIED UNANIMOUSLY").
_CLOSED_END = re.compile(r"(?:[.!?)\"'’”]|\b(?:CARRIED|LOST|DEFEATED|FELL|FAILED|PASSED|"
                         r"UNANIMOUSLY))\s*$")
# "Decision:", or a notice's "Decision taken" / "Decisions made" heading, ending its block,
# or its section "2. DECISION" (or "Decision") alone (not "Key decision:", nor a cover's
# "Date of Decision:" or "Key Decision:" label)
_DECISION = re.compile(r"(?:^|(?<=\s))(?<!of\s)(?<!Key\s)(?<!KEY\s)"
                       r"(?:Decision\s*:|Decisions?\s+(?:taken|made)(?:\s*:|\s*$))\s*"
                       r"|^\s*(?:\d{1,2}\.?\s+)?(?:DECISIONS?|Decisions?)\s*$")
_SECTION = re.compile(r"^\s*[A-Z][^:.;]{2,60}:(?:\s|$)")  # "Reason(s) for decision: ..."
# A vote's outcome when the motion failed: "Motion lost", "the amendment FELL", "was not
# carried", "defeated", "Motion failed"; and when it was carried.
_LOST = re.compile(r"\b(?:lost|fell|failed|defeated|not\s+carried|rejected)\b", re.I)
# A new motion put after a decision: its vote is its own ("Councillor X proposed that …").
_NEW_MOTION = re.compile(r"\b(?:proposed|moved)\s+(?:that|to)\b|\bput\b.{0,60}\bto\s+the\s+vote\b",
                         re.I)
# A line giving one side of a division: "For: Councillors A, B", "Against:  Councillor C".
_SIDE_LINE = re.compile(r"^\s*(?:For|Against|Abstain(?:ed)?|Abstentions?|Absent)\s*[:(]", re.I)
_CARRIED = re.compile(r"\b(?:(?<!not\s)carried|passed|adopted)\b", re.I)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


@dataclass
class Part:
    """One numbered part of a resolution (label None when the resolution has no parts)."""

    label: str | None
    text: str
    page_index: int


@dataclass
class Resolution:
    """A RESOLVED block as printed, its parts, and the minute and pages it stands on."""

    text: str
    preamble: str
    parts: list[Part]
    page_index: int
    last_page_index: int
    item: str | None
    minute: str | None
    minute_heading: str | None
    minutes_date: str | None
    block_range: tuple[int, int] = (0, 0)
    vote: str | None = None  # the tally recorded with it ("For 3, Against 2")


def find_resolutions(blocks: list[Block]) -> list[Resolution]:
    """Every RESOLVED block in `blocks` (structured minutes), in reading order."""
    found: list[Resolution] = []
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "resolved":
            index += 1
            continue
        end = _gather(blocks, index)
        if not _motion_lost(blocks, index, end):
            found.append(_resolution(blocks, index, end))
            found[-1].vote = _tally_after(blocks, index, end) or _tally_before(blocks, index)
        index = end
    return sorted(found + _carried_motions(blocks, found), key=lambda r: r.block_range)


# A motion proposed and seconded, its words quoted or after a dash, in the paragraph that
# records it ("Proposed by Councillor A Seconded by Councillor B "That Council asks …"").
_PROPOSED_MOTION = re.compile(
    r"\b(?i:proposed|moved)\s+by\b.{0,80}?\b(?i:seconded)\s+by\b[^\"“\n–-]{0,60}?\s*"
    r"(?:[\"“](?P<quoted>[^\"”]{10,})[\"”]|[-–]\s*(?P<dashed>(?:that|to)\b[^.]{10,}\.))", re.S)


def _carried_motions(blocks: list[Block], found: list[Resolution]) -> list[Resolution]:
    """Motions proposed, seconded and carried on a recorded vote in a minute that records no
    other decision (a Northern Ireland council's "Proposed by … Seconded by … "That …"" and
    "The Chair declared the motion carried."; an Irish council's motion quoted, then "A
    vote was taken …", "declared the motion carried"): the motion carried is the decision."""
    decided = {_minute_of(blocks[r.block_range[0]]) for r in found}
    motions = []
    for index, block in enumerate(blocks):
        if not (block.vote and block.minute_heading and _CARRIED.search(block.vote)
                and not _LOST.search(block.vote) and _minute_of(block) not in decided):
            continue
        said = _motion_moved(blocks, index)
        if said is None:
            continue
        decided.add(_minute_of(block))
        motions.append(Resolution(
            text=said, preamble="", parts=[Part(None, said, block.page_index)],
            page_index=block.page_index, last_page_index=block.page_index, item=block.item,
            minute=block.minute, minute_heading=block.minute_heading,
            minutes_date=block.minutes_date, block_range=(index, index + 1),
            vote=tally(block.vote)))
    return motions


# A motion quoted in the minute before its vote: "The following motion … was considered:
# 'That this council introduce …'" (the closing quote before a space or the end: not a
# possessive's apostrophe, "the Department's").
_QUOTED_MOTION = re.compile(r"[\"“‘']\s*(?P<quoted>That\b.{10,}?)[\"”’'](?=\s|$)", re.S)


def _motion_moved(blocks: list[Block], index: int) -> str | None:
    """The words of the motion whose vote block `index` records: proposed and seconded in
    that block, else the nearest motion quoted earlier in the same minute."""
    moved = _PROPOSED_MOTION.search(blocks[index].text)
    if moved:
        return _tidy(moved.group("quoted") or moved.group("dashed"))
    for block in reversed(blocks[:index + 1]):
        if _minute_of(block) != _minute_of(blocks[index]):
            return None
        quoted = list(_QUOTED_MOTION.finditer(block.text))
        if quoted:
            return _tidy(quoted[-1].group("quoted"))
    return None


def _motion_lost(blocks: list[Block], start: int, end: int) -> bool:
    """Whether the decision at `start`:`end` is a motion moved ("Motion by …, to approve …")
    that failed: a motion is a decision only once carried."""
    opened = opens_decision(blocks[start].text, narrative=True)
    if not (opened and opened.groupdict().get("motion")):
        return False
    after = blocks[end:end + 1] if end < len(blocks) and blocks[end].kind != "resolved" else []
    said = " ".join(block.text for block in [*blocks[start:end], *after]
                    if _minute_of(block) == _minute_of(blocks[start]))
    return bool(_LOST.search(said)) and not _CARRIED.search(said)


def find_decisions(blocks: list[Block]) -> list[Resolution]:
    """The decisions printed in a record of decision (`blocks` of one), each a resolution
    whose parts are the paragraphs that follow "Decision:": the first under each agenda
    item (a joint committee's notice of one decision per item), or the record's first."""
    starts: dict[str | None, int] = {}
    for index, block in enumerate(blocks):
        if _DECISION.search(block.text):
            starts.setdefault(block.item, index)
    if None in starts:
        starts = {None: min(starts.values())}
    if len(starts) > 1:
        starts.pop(FRONT, None)  # a decision sheet's title, "Decisions", above its items
    return [_decision(blocks, start, stop)
            for start, stop in pairwise([*sorted(starts.values()), len(blocks)])]


def _decision(blocks: list[Block], start: int, stop: int) -> Resolution:
    """The decision whose "Decision:" stands in block `start`: up to its record's next
    section (a heading, a "Reasons for decision:" line, or such a label within a paragraph,
    `labelled_section_at`), with the tally the rest of its notice records before `stop`."""
    end = start + 1
    while end < stop and end - start < MAX_BLOCKS \
            and blocks[end].kind not in {"heading", "section"} \
            and not _SECTION.match(blocks[end].text) \
            and labelled_section_at(blocks[end - 1].text) is None:
        end += 1
    first = blocks[start]
    texts = [first.text[_DECISION.search(first.text).end():],
             *(b.text for b in blocks[start + 1:end])]
    cut = labelled_section_at(texts[-1])
    rest = " ".join([texts[-1][cut:] if cut is not None else "",
                     *(b.text for b in blocks[end:stop][:TALLY_BLOCKS])])
    texts[-1] = texts[-1][:cut]
    lead = _tidy(texts[0])
    parts = [Part(None, _tidy(text), b.page_index)
             for text, b in zip(texts[1:], blocks[start + 1:end], strict=True)]
    if not parts:
        lead, parts = "", [Part(None, lead, first.page_index)]
    return Resolution(
        text="\n".join([lead, *(p.text for p in parts)]).strip(), preamble=lead, parts=parts,
        page_index=first.page_index, last_page_index=blocks[end - 1].page_index,
        item=first.item, minute=first.minute, minute_heading=first.minute_heading,
        minutes_date=first.minutes_date, block_range=(start, end), vote=tally(rest))


def _tally_after(blocks: list[Block], start: int, end: int) -> str | None:
    """The tally recorded just after the resolution at `start`:`end`, in the same minute and
    before any other decision or motion (an adopted resolution's "PASSED AND ADOPTED … Yeas:
    … Nays: …"; not the vote on the next proposal, nor one that was lost), else one its own
    last block holds (`votes.tally`)."""
    following = []
    for block in blocks[end:end + TALLY_BLOCKS]:
        if block.kind == "resolved" or _minute_of(block) != _minute_of(blocks[start]) \
                or _NEW_MOTION.search(block.text):
            break
        following.append(block.text)
    said = "\n".join(following)
    return (None if _LOST.search(said) else tally(said)) or tally(blocks[end - 1].text)


def _tally_before(blocks: list[Block], start: int) -> str | None:
    """The tally of the vote just before the resolution at `start`, in the same minute and
    after any other decision: minutes print the vote, then "Motion carried", then
    "RESOLVED that …". A recorded vote's lines (`Block.vote`, one label for them all) are
    read together, as are a division's sides printed line by line; other blocks one by one,
    the nearest first. A motion lost, fallen or
    defeated (its tally's line saying so, or a line after it: "The proposal was declared
    lost.") is not what was resolved, so its tally is no resolution's. Only in minutes: the
    recitals before an adopted resolution tell of other bodies' votes ("WHEREAS, the Board
    recommended approval (vote: 7 to 0)")."""
    if blocks[start].minute_heading is None:
        return None
    index, lost = start - 1, False
    while index >= max(start - TALLY_BLOCKS, 0):
        block = blocks[index]
        if block.kind == "resolved" or _minute_of(block) != _minute_of(blocks[start]):
            return None
        first = index
        while block.vote and first > 0 and blocks[first - 1].vote == block.vote:
            first -= 1  # the recorded vote's lines above, under the same label
        while _SIDE_LINE.match(blocks[first].text) and first > 0 \
                and _SIDE_LINE.match(blocks[first - 1].text):
            first -= 1  # a division's sides, each its own line ("For: …" / "Against: …")
        said = "\n".join([block.vote or "", *(b.text for b in blocks[first:index + 1])])
        if (found := tally(said)) is not None:
            return None if lost or _LOST.search(block.vote or block.text) else found
        lost = lost or bool(_LOST.search(said))  # "The proposal was declared lost." below it
        index = first - 1
    return None


def _gather(blocks: list[Block], start: int) -> int:
    """The index just past the last block that continues the resolution opened at `start`."""
    first = blocks[start]
    own = opens_decision(first.text, narrative=True)
    own_number = int(own.group("own")) if own and own.group("own") else None
    lines = _lines(first.text)
    labels = [m for m in (_label(ln) for ln in lines) if m]
    end = start + 1
    while end < len(blocks) and end - start < MAX_BLOCKS:
        block = blocks[end]
        if block.kind in {"heading", "section", "resolved"} \
                or _minute_of(block) != _minute_of(first):
            break
        label = _label(block.text)
        if own_number is not None and label == str(own_number + 1):
            break  # the minute's next numbered paragraph
        text_so_far = lines[-1] if lines else ""
        if not _continues(block, label, labels, text_so_far, blocks[end + 1:end + 2]):
            break
        lines += _lines(block.text)
        if label:
            labels.append(label)
        end += 1
    return end


def _continues(block: Block, label: str | None, labels: list[str], last_line: str,
               following: list[Block]) -> bool:
    """Whether `block` is more of the resolution whose last line so far is `last_line`."""
    if _is_open(last_line):
        return True
    if label and labels and _follows(labels, label):
        return True
    if block.kind == "para" and not _CLOSED_END.search(block.text) and len(block.text) < 90:
        nxt = following[0] if following else None  # a sub-heading between lettered parts
        return bool(nxt and labels and (lbl := _label(nxt.text)) and _follows(labels, lbl))
    return False


def _is_open(line: str) -> bool:
    """A line that cannot end a resolution: "RESOLVED:", "That", "...; and", mid-sentence."""
    bare = without_marker(line).strip()
    return not bare or bool(OPEN_END.search(bare)) or not _CLOSED_END.search(bare)


def _minute_of(block: Block) -> tuple:
    return (block.item, block.minute, block.minute_heading)


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def _label(line: str) -> str | None:
    m = _MARKER.match(_LEAD.sub("", line))
    return (m.group("p") or m.group("d") or m.group("a") or m.group("s")) if m else None


def _style(label: str, previous: list[str]) -> str:
    """digit, roman or alpha; "i" is roman unless it follows "h" in an alphabetic list."""
    if label.isdigit():
        return "digit"
    if label in _ROMAN and not (label in {"i", "v", "x"} and
                                chr(ord(label) - 1) in previous):
        return "roman"
    return "alpha"


def _follows(labels: list[str], label: str) -> bool:
    """Whether `label` is the next label after one already seen, in the same style."""
    style = _style(label, labels)
    for seen in labels:
        if _style(seen, labels) == style and _successor(seen, style) == label:
            return True
    return False


def _successor(label: str, style: str) -> str | None:
    if style == "digit":
        return str(int(label) + 1)
    if style == "roman":
        position = _ROMAN.index(label) if label in _ROMAN else -1
        return _ROMAN[position + 1] if 0 <= position < len(_ROMAN) - 1 else None
    return chr(ord(label) + 1) if label < "z" else None


def _resolution(blocks: list[Block], start: int, end: int) -> Resolution:
    first = blocks[start]
    placed = [(ln, b.page_index) for b in blocks[start:end] for ln in _lines(b.text)]
    text = "\n".join(ln.strip() for ln, _ in placed)
    preamble, parts = split_parts(placed)
    return Resolution(
        text=text, preamble=preamble, parts=parts, page_index=first.page_index,
        last_page_index=blocks[end - 1].page_index, item=first.item, minute=first.minute,
        minute_heading=first.minute_heading, minutes_date=first.minutes_date,
        block_range=(start, end),
    )


def split_parts(placed: list[tuple[str, int]]) -> tuple[str, list[Part]]:
    """Cut a resolution's lines (with their page indexes) into preamble and top-level parts.

    Parts are numbered in one style ("(1)", "(a)", "1."), taken from the first label; labels
    of another style ("(a)" inside "(5)") stay inside the part they belong to.
    """
    pieces = _pieces(placed)
    style: str | None = None
    preamble: list[str] = []
    parts: list[Part] = []
    seen: list[str] = []
    for label, text, page in pieces:
        if label and style is None:
            style = _style(label, seen)
        if label and _style(label, seen) == style:
            parts.append(Part(label, text, page))
            seen.append(label)
        elif parts:
            marked = f"({label}) {text}" if label else text
            parts[-1].text = f"{parts[-1].text} {marked}".strip()
        else:
            preamble.append(text)
    lead = " ".join(preamble).strip()
    if not parts:
        page = placed[0][1] if placed else 0
        return "", [Part(None, _tidy(lead), page)]
    return _tidy(lead), [Part(p.label, _tidy(p.text), p.page_index) for p in parts]


def _pieces(placed: list[tuple[str, int]]) -> list[tuple[str | None, str, int]]:
    """(label, text, page) for each labelled or unlabelled run of text, in order; labels are
    found at line starts and inline after ":", ";" or "that" ("that (1) ...; and (2) ...")."""
    pieces: list[tuple[str | None, str, int]] = []
    for number, (raw, page) in enumerate(placed):
        line = _LEAD.sub("", raw).strip()
        if number == 0:
            line = without_marker(line)
        label = _label(line)
        if label:
            line = _MARKER.sub("", line, count=1)
        for sub_label, text in clauses(line):
            pieces.append((sub_label if sub_label else label, text, page))
            label = None
    return pieces


def clauses(line: str) -> list[tuple[str | None, str]]:
    """Split text at parenthesised labels that follow ":", ";", "; and" or "that": the
    lettered sub-parts inside a part ("be approved: (a) ...; (b) ...")."""
    cuts = [m for m in _INLINE.finditer(line)
            if re.search(r"(?:[:;]|;\s*and|\bthat|\bThat)\s*$", line[: m.start()])]
    if not cuts:
        return [(None, line)]
    out = [(None, line[: cuts[0].start()])] if line[: cuts[0].start()].strip() else []
    for cut, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        out.append((cut.group("p"), line[cut.end(): nxt.start() if nxt else None]))
    return out


def _tidy(text: str) -> str:
    """A part as a reader quotes it: no trailing "; and", single spaces."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*(?:;\s*(?:and|or)?|,\s*and)\s*$", "", text).strip()
