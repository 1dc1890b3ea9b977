"""Structure: agenda items, minutes and text blocks, each placed on its page.

A citation is only as good as the structure under it, so every block of text carries the
page it stands on, the agenda item it belongs to (from the pack's "Agenda Item N" stamps,
carried forward, and from the front sheet's "5. Title (Pages 27 - 70)" listing, or a
table's page column, `formats/listings.py`) and, in
minutes, the minute number and heading. Running headers, footers and stamps are removed
from the text (they would split sentences across page breaks) but remembered as structure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from scrutiny_qa.extract import EDGE_LINES, Page, is_label_line, prints_page_number
from scrutiny_qa.formats.actions import table_cells
from scrutiny_qa.formats.base import FRONT, AgendaItem, InlineAgenda, InlineProfile
from scrutiny_qa.formats.cited import (
    CITED_BY,
    ITEM_REF,
    MINUTE_HEAD,
    SENTENCE_END,
    CitedProfile,
    could_head,
    joined_headings,
    wraps_heading,
)
from scrutiny_qa.formats.decided import DecidedProfile
from scrutiny_qa.formats.decisions import OPEN_END, opens_decision, without_marker
from scrutiny_qa.formats.filed import FiledProfile
from scrutiny_qa.formats.labelled import LabelledProfile
from scrutiny_qa.formats.labels import declared, headed
from scrutiny_qa.formats.listings import front_listing
from scrutiny_qa.formats.minutes import counted_headings, recorded_items
from scrutiny_qa.formats.recommendations import (
    SPAN_CHARS,
    SPAN_PAGES,
    ends_recommendations,
    inline_recommendation,
    opens_recommendations,
)
from scrutiny_qa.formats.sectioned import SectionedProfile
from scrutiny_qa.formats.sections import section_headings, standard_heading
from scrutiny_qa.formats.votes import tally as counted
from scrutiny_qa.metadata import SUMMONS, parse_date

# The pages on which a summons (an agenda printing no page ranges) may list its items.
SUMMONS_PAGES = 5
MIN_ITEM_PAGES = 2  # pages numbered by their item ("4.1") before the numbering is believed
# How much of an item's title (as `_words`) a line opening it mid-page must print.
SHARED_TITLE_CHARS = 24
# The lines at a page's top among which a report prints its title.
TITLE_LINES = 4
# The layouts whose agendas print their items inline, asked in turn (formats/).
INLINE_PROFILES: tuple[InlineProfile, ...] = (SectionedProfile(), CitedProfile(),
                                              LabelledProfile(), FiledProfile(),
                                              DecidedProfile())
_BLANK_LINE = re.compile(r"^\W*this\s+page\s+is\s+intentionally\s+(left\s+)?blank\W*$", re.I)
_LISTING = re.compile(
    r"^[\s\-•*]*(\d{1,3}[a-z]?|[A-Z]\.\d{1,2})[.)]?\s+(.+?)[\s*]*"
    r"\(Pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\)\s*$",
    re.I,
)
# A note under a summons's item, not its title wrapped: "Report of the Cabinet Member for
# …", "It is recommended that …", "To receive any announcements".
_ITEM_NOTE = re.compile(r"^(?:(?:Joint\s+)?Reports?\s+(?:of|by|from)|It\s+is|Members\s+are|To\s+"
                        r"(?:receive|consider|note|approve|confirm|agree))\b", re.I)
# A listed item without its pages: "5. Leisure Strategy", or its number set off by spaces
# as a summons prints it, "5     Leisure Strategy"; in a pack of parts, "A.1  Welcome".
TITLE_CHARS = 150  # the longest title an agenda prints without pages; more is a note run on
_LISTING_BARE = re.compile(r"^[\s\-•*]*(\d{1,2}[a-z]?|[A-Z]\.\d{1,2})(?:\.\s+|\s{2,}|\t)"
                           rf"([A-Z].{{2,{TITLE_CHARS}}}?)[\s*]*$")
# A part of a listed item, on a summons: "4.1  Budget Monitoring", "7.2 25/0141/HOU 4 Church
# Street" (a town council's planning applications).
_SUB_LISTING = re.compile(r"^[\s\-•*]*(\d{1,2}\.\d{1,2})\.?(?:\s+|\t)"
                          rf"([A-Z0-9].{{2,{TITLE_CHARS}}}?)[\s*]*$")
_ITEM_NO_HEADER = re.compile(r"^\s*Agenda\s+Item\s+No\.?\s*$", re.I)
# In capitals, as a summons prints it: a meeting note's "Agenda" line heads its own topics.
# "AGENDA", or "AGENDA - 1:00 P.M. SESSION" (a US council's two sessions)
_AGENDA_HEADING = re.compile(r"^\s*A ?G ?E ?N ?D ?A(?:\s+[-–:]\s*[\w .:,]{1,30})?\s*$")
# A status note after an item's title on a summons: "3. English Devolution White Paper - To follow".
_TO_FOLLOW = re.compile(r"[\s\-–(]*\b(?:report\s+)?to\s+follow\W*$", re.I)
_MINUTES_OPENING = re.compile(r"^\s*(?:MEETING\s+HELD\s+AT\b|MINUTES\s+of\s+a\s+meeting\b)")
# A heading ending in the item it records by number ("… (Item 4)", "… [Item 6]", "… (Agenda
# No. 6)"), as `formats.cited` reads them.
_ITEM_REF_END = re.compile(rf"{CITED_BY}\d+[a-z]?[)\]]\s*$")
# A list entry; an adopted resolution's "SECTION 2." is one of its parts.
_BULLET = re.compile(r"^\s*(?:[-•●▪◦*·]|\(?[0-9]{1,2}[a-z]?[.)]|\(?[a-z]{1,4}[.)]|\d+(?:\.\d+)+"
                     r"|(?i:section)\s+\d{1,3}[.:])\s")
_TABLE_ROW = re.compile(r"^\s*\|")
# Where a sentence opens inside a line: after a sentence's end or a label's colon; a formal
# decision after a lead-in's comma ("Having considered the report, it was RESOLVED"); one
# in lower case after a comma or a vote's outcome, kept only after `_LEADS_IN`.
_FORMAL_AFTER_COMMA = re.compile(r"it\s+was\s+[A-Z]{6}")  # ", it was RESOLVED that …"
_INNER_SENTENCE = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z(])|(?<=,)\s+(?=it\s+was\s+[A-Z]{6})"
                             r"|(?<=,)\s+(?=it\s+was\s+(?:resolved|agreed|decided)\b)"
                             r"|(?<=\band)\s+(?=it\s+was\s|the\s|(?i:resolved|agreed)\b)")
# What may stand before a decision in lower case on its line ("Proposed by Cllr A, seconded
# by Cllr B, it was agreed to …", "On the proposal of Cllr A, seconded by Cllr B, it was
# resolved that …" (Ireland), "… seconded by Cllr B and resolved:", "After discussion,
# it was agreed that …", "The motion was carried and the Board agreed:-", "… became the
# finding of the meeting and the Council agreed:-"): a proposal, a few words leading in,
# or a vote's outcome; a longer sentence's "…, it was agreed" tells of an agreement.
_LEADS_IN = re.compile(r"\b(?:proposed|moved|proposal)\b.*\bseconded\b|^\W*(?:\w+\W+){1,4}$"
                       r"|\b(?:carried|passed|meeting)\s+and$", re.I)
# A motion's outcome alone on its line, in capitals ("CARRIED", "CARRIED UNANIMOUSLY",
# "LOST", "CARRIED 4/2"), as Australian, New Zealand and Canadian minutes print it under the
# motion: it ends the motion's paragraph (kept in it), heading nothing.
_OUTCOME_ALONE = re.compile(r"^\s*(?:(?:MOTION|AMENDMENT)\s+)?(?:CARRIED|LOST|DEFEATED|FELL|FAILED|"
                            r"PASSED)(?:\s+(?:UNANIMOUSLY|ON\s+DIVISION|\d{1,3}\s*[-/]\s*\d{1,3}))?"
                            r"\s*\.?\s*$")
# An action line of minutes: "ACTION: Clerk to write …", "Action by: Parks Manager".
_ACTION_LINE = re.compile(r"^\s*(?:ACTIONS?|Actions?)(?:\s+(?:by|BY))?\s*[:–-]")
# A member proposing a motion: "Councillor McKinney proposed that the application be approved",
# "Councillor Malik moved as an amendment, seconded by …:-".
_PROPOSES = re.compile(r"^\s*(?:Councillor|Cllr|Cr|Alderman|Mayor|Mr|Mrs|Ms|Miss|Dr)\b.{0,60}?"
                       r"\b(?:proposed|moved)\s+(?:that|to|(?:as\s+)?an\s+amendment|the\s+following)"
                       r"\b")
# The line closing a meeting ("The meeting closed at 9.15 pm", "There being no further
# business, the Chair closed the meeting at 8.40pm", "The Mayor declared the meeting closed
# at 11.36am"): it ends the last decision, and what follows it (an appendix, a decision
# notice, the signature) is of no minute.
_CLOSING = re.compile(r"^[^.]{0,60}?\b(?:meeting|Chair(?:man|person)?|Mayor)\s+(?:was\s+)?"
                      r"(?:declared\s+)?(?:the\s+meeting\s+)?(?:closed|concluded|ended|"
                      r"terminated)\b(?:\s+the\s+meeting)?\s*(?:at\b|:)", re.I)
# An appendix's label alone on its line or before its title ("APPENDIX I", "Appendix A –
# Decision Notice"): what follows it in minutes is of no minute.
_APPENDED = re.compile(r"^\s*(?:APPENDIX|Appendix|ANNEX|Annex)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})"
                       r"(?:\s*[-–—:]\s*[^.]{0,80})?\s*$")
# A line drawn with characters ("________", "-----"): layout, read as a paragraph break.
_RULE = re.compile(r"^\s*[_\-=*~]{4,}\s*$")
_HTML_TAG = re.compile(r"</?(?:p|br|span|div|b|i|u|em|strong|sup|sub|font)\b[^>]*>", re.I)
# A contents entry: a title, a leader of dots ("……", ". . . .") and the page its section
# starts on, or a leader ending the line, the page on the next. On a contents page (at
# least CONTENTS_ENTRIES of them, their pages counting up) they are layout, like a page
# number: the title is printed again where the section begins, and a contents page kept as
# text became a run of passages of section names that rank for any question naming them.
# Elsewhere a leader is a table's ("Band D ....... 1,612.02", "For ...... 42").
_CONTENTS_ENTRY = re.compile(r"(?:[.…]\s?){5,}\s*(?:(\d{1,3})(?![,.]?\d)|$)")
CONTENTS_ENTRIES = 3


@dataclass
class Block:
    """A paragraph, list item, heading or table row, with everything a citation needs."""

    text: str
    # heading | para | list | row | resolved | section (a standard section's name in mixed
    # case, `standard_heading`: it ends what runs above it, but opens no passage)
    kind: str
    page_index: int
    item: str | None = None
    minute: str | None = None
    minute_heading: str | None = None
    minutes_date: str | None = None  # the date of the meeting minuted, for minutes in a pack
    vote: str | None = None  # for a recorded vote: what was voted on, the tally and the outcome
    signed: bool = False  # a sign-off: who wrote the report or letter, and in what role
    question: str | None = None  # in a paper of members' questions: the one this answers
    section: str | None = None  # a report's numbered section ("10.0 Legal Implications")
    recommends: bool = False  # in a report's recommendations (formats/recommendations.py)
    cells: list[str] | None = None  # an action log's row, read into its cells (formats/actions)


@dataclass
class Structure:
    """The structure of one document: its agenda items, and its blocks in reading order."""

    items: dict[str, AgendaItem] = field(default_factory=dict)
    page_items: list[str | None] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def analyse(pages: list[Page], is_minutes: bool) -> Structure:
    """Find agenda items and minutes in `pages` and cut their text into placed blocks.

    `pages` should come through `split_at_stamps` first, so that a text file with no page
    breaks still changes agenda item where its stamps stand.
    """
    items = front_sheet_items(pages)
    # a front sheet's list comes first
    inline = None if items else _inline_agenda(pages, is_minutes)
    items = inline.items if inline else items
    repeated = _running_lines(pages)
    page_items = _inline_page_items(pages, inline, repeated) if inline \
        else assign_items(pages, items)
    repeated |= _item_running_lines(pages, page_items)
    read = [_page_lines(page, is_minutes or _is_minutes_item(items.get(item or "")), repeated)
            for page, item in zip(pages, page_items, strict=True)]
    # headings are known as blocks print them, their white space single ("14.0  Staffing"
    # extracts with two spaces where a block reads "14.0 Staffing")
    minute_lines = [line for in_minutes, lines in read if in_minutes for line in lines]
    heads = {_single_spaced(line): found for line, found in counted_headings(
        minute_lines).items()}
    sections = {_single_spaced(line) for line in section_headings(
        [line for in_minutes, lines in read if not in_minutes for line in lines])}
    # a line opening a report's recommendations starts a block of its own
    headings = set(heads) | sections | {_single_spaced(line) for in_minutes, lines in read
                                        if not in_minutes for line in lines
                                        if opens_recommendations(line)}
    blocks: list[Block] = []
    tracker = _MinuteTracker(heads)
    minutes_dates: dict[str | None, str | None] = {}
    section: tuple[str | None, str | None] = (None, None)  # (item, the section's heading)
    recommending: _Recommendations | None = None  # those the blocks stand in
    for index, (page, (in_minutes, lines)) in enumerate(zip(pages, read, strict=True)):
        item = page_items[index]
        if lines and in_minutes and not is_minutes and item not in minutes_dates:
            found = parse_date(page.text[:600])  # the minutes' own heading names the meeting
            minutes_dates[item] = found.isoformat() if found else None
        opens = inline.opens if inline else _sharing_openers(page, item, items).get
        for run_item, run in _item_runs(lines, item, opens):
            for kind, text, cells in _blocks_from_lines(run, in_minutes, headings):
                minute: tuple[str | None, str | None] = (None, None)
                if in_minutes:
                    kind = tracker.observe(kind, text, len(blocks))
                    minute = tracker.current
                    for parted in blocks[tracker.began:]:  # its heading before a page break
                        parted.minute, parted.minute_heading = minute
                if text in sections or section[0] != run_item:
                    section = (run_item, text if text in sections else None)
                recommending = _recommending(recommending, kind, text, run_item, index,
                                             in_minutes)
                blocks.append(Block(text, kind, index, run_item, *minute,
                                    minutes_dates.get(item), section=section[1],
                                    recommends=recommending is not None, cells=cells))
    blocks = _merge_resolutions(blocks)
    if is_minutes and not items and (numbered := recorded_items(heads, minute_lines)):
        items = {item.number: item for item in numbered.values()}
        for block in blocks:  # the pages keep no item: an item opens and ends mid-page
            block.item = numbered[block.minute].number if block.minute in numbered else None
    _mark_sign_offs(blocks)
    _mark_questions(blocks)
    if any(block.minute_heading for block in blocks):
        _mark_votes(blocks)
    return Structure(items=items, page_items=page_items, blocks=blocks)


@dataclass
class _Recommendations:
    """A report's recommendations being read: where they began (item, page), whether in one
    paragraph only, and how much text they hold so far."""

    item: str | None
    page: int
    inline: bool
    chars: int = 0


def _recommending(began: _Recommendations | None, kind: str, text: str, item: str | None,
                  page: int, in_minutes: bool) -> _Recommendations | None:
    """The recommendations a block stands in, or None when it stands in none: they begin at
    their heading or a paragraph opening with them, and end with that paragraph, or at the
    next heading (or a line reading as one), another item, past the page after their own or
    SPAN_CHARS of text; minutes record decisions, not recommendations."""
    if in_minutes:
        return None
    if opens_recommendations(text):
        return _Recommendations(item, page, inline_recommendation(text), len(text))
    if kind in {"heading", "section"} or began is None or began.inline or began.item != item \
            or page > began.page + SPAN_PAGES or began.chars > SPAN_CHARS \
            or ends_recommendations(text):
        return None
    began.chars += len(text)
    return began


def whole_paper_item(structure: Structure, label: str) -> Structure:
    """`structure` cited under one agenda item throughout (a paper whose item its
    collector gave, `manifest.py`), keeping the title its own agenda gave the item."""
    title = structure.items[label].title if label in structure.items else None
    for block in structure.blocks:
        block.item = label
    return Structure({label: AgendaItem(label, title)}, [label] * len(structure.page_items),
                     structure.blocks)


def _page_lines(page: Page, in_minutes: bool, repeated: set[str]) -> tuple[bool, list[str]]:
    """Whether the page is minutes, and its lines as text: without running lines, stamps,
    page numbers, contents entries, rules and markup; a minute's wrapped heading joined."""
    if page.is_blank:
        return in_minutes, []
    contents = _is_contents_page(page)
    lines = [_RULE.sub("", _HTML_TAG.sub(" ", ln)) for ln in _body_lines(page, repeated)
             if _keep_line(ln, contents)]
    return in_minutes, [text for text, _ in joined_headings(lines)] if in_minutes \
        else lines


def _inline_agenda(pages: list[Page], is_minutes: bool) -> InlineAgenda | None:
    """The agenda of the first layout profile that recognises the paper as printing its
    items inline (asked of minutes only if minutes may be laid out its way); None for any
    other paper."""
    return next((found for profile in INLINE_PROFILES
                 if (profile.in_minutes or not is_minutes) and (found := profile.detect(pages))),
                None)


def _inline_page_items(pages: list[Page], agenda: InlineAgenda,
                       repeated: set[str]) -> list[str | None]:
    """The item in force at the top of each page of an inline agenda: the one its first
    line opens, else the one carried from the page before (the front sheet before any)."""
    result: list[str | None] = []
    current = agenda.before_first
    for page in pages:
        lines = [ln for ln in _body_lines(page, repeated) if ln.strip() and _keep_line(ln)]
        first = agenda.opens(lines[0]) if lines else None
        result.append(first or current)
        for line in lines:
            current = agenda.opens(line) or current
    return result


def _item_runs(lines: list[str], item: str | None,
               opens: Callable[[str], str | None]) -> list[tuple[str | None, list[str]]]:
    """A page's lines cut where items open (`opens`: an inline agenda's, or the items
    sharing the page, `_sharing_openers`), each run with its item (the page's own item until
    the first opening)."""
    runs: list[tuple[str | None, list[str]]] = [(item, [])]
    for line in lines:
        opened = opens(line)
        if opened:
            runs.append((opened, []))
        runs[-1][1].append(line)
    return [run for run in runs if run[1]]


def _sharing_openers(page: Page, item: str | None,
                     items: dict[str, AgendaItem]) -> dict[str, str]:
    """The lines of `page` opening another item the agenda lists as starting on it (short
    items share a page: "6 … (Page 4)", "7 … (Page 4)"), each with that item's label: a line
    printing the item's number, then its title's first words ("7.   HEAD OF PLANNING'S
    REPORT …" for "7 Head of Planning's Report …"), in any case."""
    sharing = {number: words[:SHARED_TITLE_CHARS] for number, listed in items.items()
               if number != item and page.label is not None and listed.first_label is not None
               and str(listed.first_label) == page.label
               and (words := _words(listed.title or ""))}
    if not sharing:
        return {}
    found: dict[str, str] = {}
    for line in page.text.splitlines():
        number = re.match(r"\s*(\S+?)[.)]?\s", line)
        label = number.group(1) if number else None
        if label in sharing and _words(line[number.end():]).startswith(sharing[label]):
            found[line] = label
    return found


def split_at_stamps(pages: list[Page]) -> list[Page]:
    """Cut page-less text (no PDF pages, no form feeds) where "Agenda Item N" stamps stand.

    In a PDF the stamp marks the whole page; in converted text it is the only trace of
    where an item's pages begin, so the text is cut there, keeping each part's label. Text
    is also cut where minutes open before any stamp (a pack whose first minutes page lost its
    stamp), so that `assign_items` can give those pages to the minutes item.
    """
    result: list[Page] = []
    stamped = False
    for page in pages:
        if page.number is not None:
            result.append(page)
            continue
        part: list[str] = []
        for line in page.text.splitlines(keepends=True):
            opens = declared(line) or (not stamped and _MINUTES_OPENING.match(line))
            stamped = stamped or bool(declared(line))
            if opens and "".join(part).strip():
                result.append(Page(None, page.label, "".join(part)))
                part = []
            if _BLANK_LINE.match(line):
                if "".join(part).strip():
                    result.append(Page(None, page.label, "".join(part)))
                result.append(Page(None, page.label, line))
                part = []
                continue
            part.append(line)
        if "".join(part).strip():
            result.append(Page(None, page.label, "".join(part)))
    return result


def front_sheet_items(pages: list[Page]) -> dict[str, AgendaItem]:
    """Agenda items listed before the first "Agenda Item" stamp, with their page ranges; or,
    on an agenda that prints no ranges (a summons whose papers are published apart), the
    items numbered 1, 2, 3 … under its "AGENDA" heading."""
    items: dict[str, AgendaItem] = {}
    front: list[Page] = []
    for page in pages:  # a front sheet runs to any length, up to the first stamp or minutes
        if _page_stamp(page) or _MINUTES_OPENING.match(page.text):
            break
        front.append(page)
    paged = [_join_wrapped_listings(page.text.splitlines()) for page in front]
    listing_pages = []  # the pages printing ranged entries
    for index, lines in enumerate(paged):
        for line in lines:
            if m := _LISTING.match(line):
                last = m.group(4) or m.group(3)
                items[m.group(1)] = AgendaItem(m.group(1), _clean_title(m.group(2)),
                                               int(m.group(3)), int(last))
                listing_pages.append(index)
    if items:
        # the items it prints without pages ("1 Apologies"), on the listing's own pages: a
        # report's "10 CONCLUSIONS" further on is none of them
        for line in [line for lines in paged[listing_pages[0]: listing_pages[-1] + 1]
                     for line in lines]:
            bare = _LISTING_BARE.match(line)
            if bare and bare.group(1) not in items and "(Page" not in line:
                items[bare.group(1)] = AgendaItem(bare.group(1), _clean_title(bare.group(2)))
    else:  # a table's page column, or a summons with no ranges, on its opening pages only
        opening = front[:SUMMONS_PAGES]
        items = front_listing([_unnumbered_lines(page) for page in opening]) \
            or next((found for page in opening if len(found := _summons_items(page)) > 1), {})
    return dict(sorted(items.items(), key=lambda kv: _item_key(kv[0])))


def _unnumbered_lines(page: Page) -> list[str]:
    """A page's lines but its page number ("Page 3", a bare "3" as `extract` read it)."""
    return [line for line in page.text.splitlines()
            if not prints_page_number(line) and not is_label_line(line.strip(), page.label)]


def _summons_items(page: Page) -> dict[str, AgendaItem]:
    """The items numbered 1, 2, 3 … ("1. Apologies", "1   Apologies") under the page's
    "AGENDA" heading or its summons ("An Agenda is set out below"). Such a page prints no
    page ranges to end a title, so a title runs on only into the line straight below it
    (no blank line between) that is not a note ("- To follow", a sentence, "Report of the
    Cabinet Member for …") or a heading in capitals ("EXEMPT ITEMS")."""
    lines = page.text.splitlines()
    start = next((i for i, line in enumerate(lines)
                  if _AGENDA_HEADING.match(line) or SUMMONS.search(line)), None)
    if start is None:
        return {}
    titles: dict[str, str] = {}
    last, open_title = "0", False
    for raw in lines[start + 1:]:
        line = raw.strip()
        entry = _LISTING_BARE.match(line) or _SUB_LISTING.match(line)
        if entry and _counts_on(last, entry.group(1)):
            last = entry.group(1)
            titles[last], open_title = entry.group(2), True
        elif open_title and line and not _caps_heading(line) and line[0].isalpha() \
                and not line.endswith(".") and not _ITEM_NOTE.match(line):  # notes
            titles[last] += f" {line}"
        else:
            open_title = False
    return {number: AgendaItem(number, _clean_title(_TO_FOLLOW.sub("", title)))
            for number, title in titles.items()}


def _counts_on(last: str, label: str) -> bool:
    """Whether a summons's `label` follows its item `last`: the next item ("4" after "3"),
    the next part of the same item ("4.2" after "4" or "4.1"), or the first part of the
    next item when the item's own line is not printed ("4.1" after "3", "5.1" after "4.2")."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", label):
        return False  # "5a", "A.1": not a summons's numbering
    top, _, part = last.partition(".")
    number, _, sub = label.partition(".")
    if not sub:
        return int(number) == int(top) + 1
    return (int(number) == int(top) and int(sub) == int(part or 0) + 1) or \
        (int(number) == int(top) + 1 and sub == "1")


def assign_items(pages: list[Page], items: dict[str, AgendaItem]) -> list[str | None]:
    """The agenda item of each page: its stamp, else its printed page in a listed range,
    else the item carried forward from the page before; pages before any item are the
    front sheet when the document lists items, and belong to no item otherwise."""
    own = _declared_alone(pages, items)
    if own:
        items.setdefault(own, AgendaItem(own))
        return [own] * len(pages)
    if not items:  # a pack whose agenda is no listing read here, its reports headed "Item 5"
        items.update({label: AgendaItem(label) for label in _headed_run(pages)})
    current: str | None = FRONT if items else None
    ranged = [it for it in items.values() if it.first_label is not None]
    stamped = _has_stamps(pages)
    single = ranged[0].number if len(ranged) == 1 and not stamped else None
    minutes = [it.number for it in items.values() if _is_minutes_item(it)]
    titles = _title_words(items) if not ranged and not stamped else {}
    paged = _item_paged(pages, items)
    result: list[str | None] = []
    for index, page in enumerate(pages):
        stamp = _page_stamp(page) or paged[index] or _headed_item(page, items) \
            or _titled_item(page, titles, current)
        by_label = _item_for_label(page.label, ranged)
        if stamp:
            current = stamp
            items.setdefault(stamp, AgendaItem(stamp))
        elif by_label:
            current = by_label
        elif current == FRONT and len(minutes) == 1 and _MINUTES_OPENING.match(page.text):
            current = minutes[0]  # the minutes item's first page, its stamp lost
        elif single and index > 0 and current == FRONT and _listing_page(pages[0]):
            current = single
        result.append(current)
    return _backfill_first_item(pages, result)


def _declared_alone(pages: list[Page], items: dict[str, AgendaItem]) -> str | None:
    """The one item a paper that lists no items declares on its pages, however often
    ("Agenda Item: C-4.2)" closing an adopted resolution, or a stamp on every page of a
    report published alone): the whole paper is that item's, its pages before the
    declaration too; or a report published alone whose first line heads it "Item 7". A
    paper declaring two items is a pack, cut at its stamps."""
    if items:
        return None
    found = {stamp for page in pages if (stamp := _page_stamp(page))}
    if not found and pages:  # a report headed "Item 7" on its first line, published alone
        found = {headed(_first_line(pages[0]))} - {None}
    return found.pop() if len(found) == 1 else None


def _headed_run(pages: list[Page]) -> list[str]:
    """The items a paper that lists none and carries no stamps heads its pages with ("Item
    5" alone as a page's first line): at least two, counting up in page order, as a pack's
    reports are. One alone is a report published alone (`_declared_alone`); labels out of
    order are a table's rows, not a pack's items."""
    if _has_stamps(pages):
        return []
    labels: list[str] = []
    for page in pages:
        found = headed(_first_line(page))
        if found and found not in labels:
            labels.append(found)
    keys = [_item_key(label) for label in labels]
    return labels if len(labels) > 1 and keys == sorted(keys) else []


def _backfill_first_item(pages: list[Page], result: list[str | None]) -> list[str | None]:
    """Unstamped pages between the front sheet's blank back page and the first stamp belong
    to the first stamped item (converted packs often lose the stamp on an item's first page)."""
    first = next((i for i, p in enumerate(pages) if _page_stamp(p)), None)
    if first is None:
        return result
    index = first - 1
    while index > 0 and result[index] == FRONT and not pages[index].is_blank:
        index -= 1
    if index > 0 and pages[index].is_blank:
        for fill in range(index + 1, first):
            result[fill] = result[first]
    return result


def _page_stamp(page: Page) -> str | None:
    """The item a line of the page declares ("Agenda Item 5", `labels.declared`)."""
    return next((found for ln in page.text.splitlines() if (found := declared(ln))), None)


def _headed_item(page: Page, items: dict[str, AgendaItem]) -> str | None:
    """The listed item a page's first line heads it with ("Item 5", `labels.headed`)."""
    found = headed(_first_line(page))
    return found if found in items else None


def _titled_item(page: Page, titles: dict[str, str], current: str | None) -> str | None:
    """The listed item whose title (`_title_words`) heads the page, within its first
    TITLE_LINES lines, in a pack whose agenda prints neither page ranges nor stamps: its
    reports follow in the agenda's order, each opening with its title. Only an item after
    `current` counts, and a page printing two listed titles is the agenda itself, as is one
    listing its title under its number ("5. Allotment Rents")."""
    if not titles:
        return None
    lines = page.text.splitlines()[:TITLE_LINES]
    if any(_LISTING_BARE.match(line) for line in lines):
        return None
    top, whole = f" {_words(' '.join(lines))} ", f" {_words(page.text)} "
    if sum(f" {words} " in whole for words in titles.values()) > 1:
        return None
    after = _item_key(current) if current not in (None, FRONT) else (-1, "")
    return next((number for number, words in titles.items()
                 if _item_key(number) > after and f" {words} " in top), None)


def _title_words(items: dict[str, AgendaItem]) -> dict[str, str]:
    """Each listed item's title as `_words`, but titles of one word ("Apologies"), which a
    page may print for any reason."""
    return {number: words for number, item in items.items()
            if len((words := _words(item.title or "")).split()) > 1}


def _words(text: str) -> str:
    """Text as lower-case words between single spaces: a title as any layout prints it."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _first_line(page: Page) -> str:
    return next((line for line in page.text.splitlines() if line.strip()), "")


# A packet's page numbered by its item at the page's foot ("4.1", "4.2", "5.1": the item,
# then its page), as US agenda packets print them.
_ITEM_PAGE = re.compile(r"^\s*(\d{1,2})\.(\d{1,3})\s*$")


def _item_paged(pages: list[Page], items: dict[str, AgendaItem]) -> list[str | None]:
    """Each page's item as its foot numbers it ("4.2": item 4's second page), when the pages
    so numbered count on (an item's pages from 1, one after another) and every item is on
    the agenda; None for each page otherwise."""
    feet = [_ITEM_PAGE.match(next((ln for ln in reversed(page.text.splitlines()) if ln.strip()),
                                  "")) for page in pages]
    numbered = [(m.group(1), int(m.group(2))) for m in feet if m]
    counts_on = all(page == (last_page + 1 if item == last else 1)
                    for (last, last_page), (item, page) in pairwise([("", 0), *numbered]))
    if len(numbered) < MIN_ITEM_PAGES or not counts_on \
            or any(item not in items for item, _ in numbered):
        return [None] * len(pages)
    return [m.group(1) if m else None for m in feet]


def _has_stamps(pages: list[Page]) -> bool:
    return any(_page_stamp(page) for page in pages)


def _listing_page(page: Page) -> bool:
    return any(_LISTING.match(ln) for ln in _join_wrapped_listings(page.text.splitlines()))


def _item_for_label(label: str | None, ranged: list[AgendaItem]) -> str | None:
    if label is None:
        return None
    number = int(label)
    for item in ranged:
        if item.first_label <= number <= item.last_label:
            return item.number
    return None


def _caps_heading(line: str) -> bool:
    """A front sheet's heading in capitals ("EXEMPT ITEMS"), which ends the title above it;
    one word in capitals may be the acronym a title wraps onto ("… Update on" / "SEND")."""
    return line.isupper() and len(line.split()) > 1


def _join_wrapped_listings(lines: list[str]) -> list[str]:
    """Join front-sheet titles wrapped over lines, and ranges split as "(Pages" / "461 - 610)";
    a heading in capitals ends a title. What runs on under a title unranged and ends a
    sentence is the item's description ("1. Apologies for Absence" / "To note any apologies
    for absence from Members."), as a Modern.gov front sheet prints one under each item: it
    stays a line of its own, apart from the title."""
    joined: list[list[str]] = []  # each listing's lines: its first, then those run on
    indent = 0  # how far the last listing's first line is indented
    for raw in lines:
        line = raw.strip()
        if not line or _ITEM_NO_HEADER.match(line):
            continue
        last = " ".join(joined[-1]) if joined else ""
        open_item = re.match(r"^[\-•*]*\s*\d{1,3}[a-z]?[.)]?\s", last) if joined else None
        unclosed = bool(joined) and re.search(r"\(Pages?\s*$", last)
        # a number indented under an item's title is the title's ("6   F/YR24/0688/F" /
        # "     27 High Street, Chatteris"): an item's number stands where the last one's did
        starts_item = re.match(r"^[\-•*]*\s*\d{1,3}[a-z]?[.)]?\s+\S", line) and not unclosed \
            and not (open_item and _indent(raw) > indent + 1)
        closed = re.search(r"\(Pages?\s+\d+(\s*[-–]\s*\d+)?\)", last) if joined else None
        if open_item and not starts_item and not closed and not _caps_heading(line) \
                and len(last) < 400:
            joined[-1].append(line)
        else:
            joined.append([line])
            indent = _indent(raw)
    return [line for parts in joined for line in _described(parts)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _described(parts: list[str]) -> list[str]:
    """A listing's lines as one line; or, when what runs on under an unranged title ends a
    sentence or would make it longer than any title, the title's line and its description
    (or the lines printed after the listing: "Members: Councillor …") apart."""
    rest = " ".join(parts[1:])
    if rest and (SENTENCE_END.search(rest) or len(parts[0]) + len(rest) > TITLE_CHARS) \
            and "(Page" not in rest and not SENTENCE_END.search(parts[0]):
        return [parts[0], rest]
    return [" ".join(parts)]


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" *-–")


def _item_key(number: str) -> tuple[int, str]:
    """Where an item stands in its agenda: by its number ("5a" after "5"), or, in a pack of
    lettered parts, by part and number ("A.10" after "A.9", before "B.1")."""
    if parted := re.match(r"([A-Z])\.(\d+)$", number):
        return (0, f"{parted.group(1)}{int(parted.group(2)):03d}")
    digits = re.match(r"\d+", number)
    return (int(digits.group(0)) if digits else 0, number)


def _is_minutes_item(item: AgendaItem | None) -> bool:
    return bool(item and item.title and re.search(r"\bminutes\b", item.title, re.I))


def _running_lines(pages: list[Page]) -> set[str]:
    """Lines repeated at the same place at the top or bottom of many pages: running headers
    and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update(_edge_lines(page))
    floor = max(3, len(pages) // 10)
    return {line for (line, _), n in counts.items() if n >= floor}


def _item_running_lines(pages: list[Page], page_items: list[str | None]) -> set[str]:
    """Headers that run over the pages of one agenda item only (the minutes' own "COMMITTEE -
    TUESDAY 27TH SEPTEMBER, 2022" line), too few to count across a whole pack. Sentences are
    never headers, so a repeated "That the report be noted." stays."""
    found: set[str] = set()
    for item in {it for it in page_items if it not in (None, FRONT)}:
        own = [p for p, it in zip(pages, page_items, strict=True) if it == item]
        counts: Counter[tuple[str, int]] = Counter()
        for page in own:
            counts.update(edge for edge in _edge_lines(page) if not SENTENCE_END.search(edge[0]))
        floor = max(3, len(own) // 2)
        found |= {line for (line, _), n in counts.items() if n >= floor}
    return found


def _edge_lines(page: Page) -> set[tuple[str, int]]:
    """The long lines among the page's first and last EDGE_LINES, each by its shape and its
    place (0, 1, 2 from the top; -1, -2, -3 from the bottom). A running header or footer
    keeps its place from page to page; a paragraph's line that stands there on some pages
    (a templated answer printed under many questions) does not."""
    lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()]
    edge = min(EDGE_LINES, len(lines))
    return {(_shape(lines[place]), place) for place in [*range(edge), *range(-edge, 0)]
            if len(lines[place]) > 12}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip()))


def _body_lines(page: Page, repeated: set[str]) -> list[str]:
    """The page's lines without the running lines (`_running_lines`) among its first and
    last EDGE_LINES, nor its printed number where it stands bare as the first or last line
    (extract._with_bare_labels; or beside a "Page N" footer, which says the same): alone, it
    would become a passage that says "7". A running line's words printed in the page's body
    are the body's: a templated answer repeated under many questions, or a resolution
    restated, is text, not a header."""
    lines = page.text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    ends = {filled[0], filled[-1]} if filled and page.label else set()
    edges = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    return [line for i, line in enumerate(lines)
            if not (i in ends and is_label_line(line, page.label))
            and not (i in edges and _shape(line) in repeated)]


def _is_contents_page(page: Page) -> bool:
    """Whether the page lists contents: CONTENTS_ENTRIES or more entries with a leader and a
    page number, the numbers counting up."""
    numbers = [int(m.group(1)) for m in _CONTENTS_ENTRY.finditer(page.text) if m.group(1)]
    return len(numbers) >= CONTENTS_ENTRIES and numbers == sorted(numbers)


def _keep_line(line: str, contents: bool = False) -> bool:
    if declared(line) or prints_page_number(line):
        return False
    return not (contents and _CONTENTS_ENTRY.search(line))


def _blocks_from_lines(lines: list[str], in_minutes: bool = False,
                       heads: set[str] | None = None
                       ) -> list[tuple[str, str, list[str] | None]]:
    """Join wrapped lines into paragraphs; start a new block at headings (also those among
    `heads`: a minute's, `counted_headings`, or a report section's, `section_headings`),
    list items, rows and decisions (in minutes, also at a decision told in narrative:
    `opens_decision`). An action log's lines (`table_cells`) are rows, each with its
    cells."""
    blocks: list[tuple[str, str, list[str] | None]] = []
    kind, buf = "para", []

    def flush(cells: list[str] | None = None) -> None:
        if buf:
            blocks.append((kind, _single_spaced(" ".join(buf)), cells))
            buf.clear()

    stripped = [raw.strip() for raw in lines]
    tabled = table_cells(lines)
    split = [(part, n > 0, tabled[index]) for index, line in enumerate(stripped)
             for n, part in enumerate(_decision_split(line, _next(stripped, index), in_minutes)
                                      if tabled[index] is None else [line])]
    pieces = [part for part, _, _ in split]
    for n, (line, decided, cells) in enumerate(split):
        if not line:
            flush()
            kind = "para"
            continue
        if cells is not None:
            flush()
            kind, buf[:] = "row", [line]
            flush(cells)
            kind = "para"
            continue
        new_kind = "heading" if heads and _single_spaced(line) in heads \
            else "resolved" if decided else _line_kind(line, in_minutes, _next(pieces, n))
        if kind == "resolved" and (new_kind == "heading" and _continues_in_capitals(buf, line)
                                   or new_kind == "resolved" and _moves_on(buf, line)):
            new_kind = None
        if new_kind or (buf and SENTENCE_END.search(buf[-1]) and line[:1].isupper()
                        and kind == "heading"):
            flush()
            kind = new_kind or "para"
        buf.append(line)
        if kind in {"heading", "row", "section"} and new_kind in {"heading", "row", "section"} \
                or _OUTCOME_ALONE.match(line) \
                or _CLOSING.match(buf[0]) and SENTENCE_END.search(line):
            flush()
            kind = "para"
    flush()
    return [block for block in blocks if block[1]]


def _next(lines: list[str], n: int) -> str:
    return lines[n + 1] if n + 1 < len(lines) else ""


def _decision_split(line: str, following: str, in_minutes: bool) -> list[str]:
    """`line` cut where a decision opens inside it ("… 38% were speeding. It was resolved
    to …", "Proposed by Cllr A, seconded by Cllr B, it was agreed to …"): a PDF wraps the
    minutes' text anywhere, so a decision's first words often share a line with the
    sentence before (not with a paragraph's number alone, "3. RESOLVED"). Every piece after
    the first opens a decision. Only in minutes: a report retells past decisions."""
    if in_minutes:
        for found in _INNER_SENTENCE.finditer(line):
            rest, before = line[found.end():], line[:found.start()]
            # in lower case ("it was agreed", "the Board agreed:-"), but "it was RESOLVED"
            lower = rest[:1].islower() and not _FORMAL_AFTER_COMMA.match(rest)
            opened = opens_decision(rest[:1].upper() + rest[1:], True, following)
            if len(before.split()) > 1 and opened \
                    and (not lower or _LEADS_IN.search(before)):
                return [before, *_decision_split(rest, following, in_minutes)]
    return [line]


def _single_spaced(text: str) -> str:
    """`text` stripped, each run of spaces and tabs one space: a block's text as it is kept."""
    return re.sub(r"[ \t]+", " ", text).strip()


def _continues_in_capitals(buf: list[str], line: str) -> bool:
    """A line in capitals that carries on an unfinished decision in capitals ("BE IT
    RESOLVED BY THE CITY COMMISSION" / "OF THE CITY OF RIVERTON:"), not a heading."""
    return bool(buf) and buf[-1].isupper() and line.isupper() \
        and not SENTENCE_END.search(buf[-1]) and not MINUTE_HEAD.match(line)


def _moves_on(buf: list[str], line: str) -> bool:
    """A line opening a decision that carries on the one `buf` opened: a motion's mover
    under the decision's number ("RESOLUTION OC24/121" / "Moved Cr A / Seconded Cr B"), or
    the rest of a marker the page wrapped ("… It was" / "RESOLVED to defer …"), or its
    sentence read on in lower case after a comma ("AGREED: On the proposal of A, seconded
    by B," / "it was agreed to …"); never a
    motion after a motion ("A motion was made by …" under the first's "Noes: 3 - …")."""
    if not buf or SENTENCE_END.search(buf[-1]):
        return False
    if line[:1].islower() and OPEN_END.search(buf[-1]):
        return True  # "AGREED: On the proposal of A, seconded by B," / "it was agreed to …"
    opened = opens_decision(line, True)
    begun = opens_decision(" ".join(buf), True)
    if begun and begun.groupdict().get("motion"):
        return False  # a motion after a motion (the first failed, its tally above) is new
    return bool(opened and opened.groupdict().get("motion")) or begun is None


def _line_kind(line: str, in_minutes: bool = False, following: str = "") -> str | None:
    if _TABLE_ROW.match(line):
        return "row"
    if opens_decision(line, in_minutes, following):
        return "resolved"
    letters = re.sub(r"[^A-Za-z]", "", line)
    if len(letters) >= 3 and len(line) < 90 and line.isupper() and not _OUTCOME_ALONE.match(line):
        return "heading"
    if standard_heading(line):
        return "section"
    if _ITEM_REF_END.search(line) and len(line) < 200 or in_minutes and _APPENDED.match(line):
        return "heading"
    if _BULLET.match(line):
        return "list"
    # a new paragraph: an action, a new motion or the meeting's close is no part of a decision
    if _ACTION_LINE.match(line) or _PROPOSES.match(line) or _CLOSING.match(line):
        return "para"
    if MINUTE_HEAD.match(line) and len(line) < 200 and not SENTENCE_END.search(line):
        return "heading"
    return None


class _MinuteTracker:
    """Follows minute numbers through minutes text: "14. CHILDREN'S SERVICES ..." (Sefton)
    or "292.   Apologies for Absence" followed by "(Item 1)" (Kent)."""

    def __init__(self, heads: dict[str, tuple[str, str]] | None = None) -> None:
        self.heads = heads or {}  # minute headings known by their counting up
        self.current: tuple[str | None, str | None] = (None, None)
        self.began = 0  # the position of the block the current minute's heading opens at
        self._pending: tuple[str | None, str | None, int] | None = None  # number, heading, at
        self._title: tuple[str, int] | None = None  # the block before, if it could head one
        self._closed = False  # whether the block before closed the meeting

    def observe(self, kind: str, text: str, position: int) -> str:
        """Track the minute `text` stands in. A numbered line becomes a minute only when its
        "(Item N)" comes next, not pages later: "3. In response to comments and questions
        asked it was said:" in unnumbered minutes is a paragraph, not minute 3. An "(Item N)"
        alone (at the top of a page, its heading left at the foot of the page before) opens
        a minute under the title line before it, if there was one. A numbered heading's
        wrapped lines may stand between it and its "(Item N)" when a page break parts them;
        the minute then begins at its heading's block (`began`), not at the "(Item N)".
        After the meeting's closing line, or at an appendix's label, no minute goes on."""
        pending, self._pending = self._pending, None
        title, self._title = self._title, (text, position) if could_head(text) else None
        self.began = position
        if self._closed or _APPENDED.match(text):
            self.current = (None, None)
        self._closed = bool(_CLOSING.match(text))
        if text in self.heads:
            number, heading = self.heads[text]
            ref = _ITEM_REF_END.search(heading)  # "6/25 BUDGET [Item 6]"
            self.current = (number, _clean_title(heading[:ref.start()] if ref else heading))
            # its wrapped lines, or its "(Item N)" over a page break, may follow
            self._pending = None if ref else (*self.current, position)
            return "heading"
        if pending and wraps_heading(text):
            self._pending = (pending[0], f"{pending[1]} {text.strip()}", pending[2])
            return kind
        if ITEM_REF.match(text):
            if pending:
                self.current, self.began = pending[:2], pending[2]
            elif title:
                self.current, self.began = (None, _clean_title(title[0])), title[1]
            else:
                self.current = (None, None)
            return "heading"
        ref = _ITEM_REF_END.search(text)
        if ref and not MINUTE_HEAD.match(text) and len(text) < 200:
            self.current, self._pending = (None, _clean_title(text[: ref.start()])), None
            return "heading"
        head = MINUTE_HEAD.match(text)
        if head and kind in {"heading", "list", "para"} and len(text) < 200:
            number, heading = head.group(1), head.group(2).strip()
            ref = _ITEM_REF_END.search(heading)
            if heading.upper() == heading and re.search(r"[A-Z]{3}", heading) or ref:
                self.current = (number, _clean_title(heading[: ref.start()] if ref else heading))
                self._pending = None
                return "heading"
            self._pending = (number, _clean_title(heading), position)
        return kind


def _merge_resolutions(blocks: list[Block]) -> list[Block]:
    """Keep a RESOLVED block and its numbered parts together, as one block of its minute. A
    decision that opens its parts ("RESOLVED that:") takes the paragraphs below it; one that
    is a sentence ("RESOLVED that the plan be approved.") takes a paragraph only as a part
    would come: after an open end ("…; and"), opening "That …", or as a list whose first
    part it is ("(1)", "a)"; a "b." after it goes on a discussion's list). In minutes whose
    headings carry no number, what follows a closed decision is the next topic's title and
    narrative, and a note under it ("Mr X asked that his vote against be recorded") is no
    part of it; nor is the meeting's closing line, nor a member moving an amendment to it."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        continues = (
            previous is not None
            and previous.kind == "resolved"
            and block.kind in {"list", "para"}
            and block.minute == previous.minute
            and block.item == previous.item
            and block.page_index == previous.page_index
            and not MINUTE_HEAD.match(block.text) and not _ACTION_LINE.match(block.text)
            and not _CLOSING.match(block.text) and not _PROPOSES.match(block.text)
            and (_OPENS_PARTS.match(without_marker(previous.text))
                 or OPEN_END.search(previous.text)
                 or _PART_OPENING.match(block.text)
                 or (block.kind == "list" and ("\n" in previous.text
                                               or _FIRST_PART.match(block.text))))
        )
        if continues:
            previous.text = f"{previous.text}\n{block.text}"
        else:
            merged.append(block)
    return merged


# The first of a decision's numbered parts: "(1)", "a)", "i.", "A)".
_FIRST_PART = re.compile(r"^\s*\(?(?:1|a|i|A)[.)]\s")
# How a decision's part opens.
_PART_OPENING = re.compile(r"^\s*(?:That|THAT|that|to)\b")
# A decision opening its parts: "RESOLVED that:", "6. RESOLVED that Council:".
_OPENS_PARTS = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\s*)?[^.;\n]{0,80}?:")
_NUMBERED_PARA = re.compile(r"^\(?(\d{1,3})\)\s+")
# A vote put: "put … to the vote", "put the motion to the Committee to vote", "a division
# was called for", "On a show of hands Members voted as follows:-".
_TO_THE_VOTE = re.compile(r"\bto\s+the\s+vote\b|\bput\b[^.]{0,80}?\bto\s+(?:a\s+)?vote\b"
                          r"|\ba\s+division\s+was\s+(?:called|requested|demanded)\b"
                          r"|\bon\s+a\s+show\s+of\s+hands\b|\bvoted\s+as\s+follows\b", re.I)
_VOTED_ON = re.compile(r"\b((?:substantive\s+)?(?:motion|amendment|recommendations?|proposal))\b",
                      re.I)
_PARAGRAPH_REF = re.compile(r"\bparagraph\s+(\d{1,3})\b", re.I)
_TALLY = re.compile(r"\b(For|Against|Abstain)\s*\((\d{1,3})\)")
_OUTCOME = re.compile(
    r"\b((?:substantive\s+)?(?:motion|amendment|recommendations?|proposal)(?:\s*\(as amended\))?"
    r"\s+(?:was\s+)?(?:accordingly\s+)?(?:declared\s+)?"
    r"(?:carried|lost|agreed|fell|defeated|approved|failed))\b"
    r"|\b(it was agreed(?: unanimously)?|agreed unanimously)\b", re.I)
_PROPOSER = re.compile(
    r"^[^“\"]{0,160}?\b(?:proposed|moved)\b[^“\"]{0,160}?\b(?:motion|amendment)\b"
    r"(?:\s+that)?[\s:,]*", re.I)
_LABEL = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+:\s*(?=[“\"])")  # "Proposed Purpose:"
_VOTE_BLOCKS = 12  # a vote runs from "put ... to the vote" to its outcome within this many blocks


def _mark_votes(blocks: list[Block]) -> None:
    """Label each recorded vote in minutes with what was voted on, its tally and outcome.

    The lists of names under "For (14)" / "Against (37)" say nothing about the motion, which
    stands paragraphs earlier ("put the motion set out in paragraph 3 to the vote"), so a
    question such as "did the motion on X pass?" could not find them; the label (carried into
    the passage's context) names the motion's sub-heading and opening words and the result.
    """
    paragraphs: dict[tuple, tuple[str, str | None]] = {}  # (item, minute, n) -> text, subhead
    current: tuple | None = None
    subheading: str | None = None
    minute: tuple = ()
    style: bool | None = None  # whether the minute's paragraphs are numbered "(n)" or "n)"
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if (block.item, block.minute, block.minute_heading) != minute:
            minute = (block.item, block.minute, block.minute_heading)
            subheading, current, style = None, None, None
        numbered = _NUMBERED_PARA.match(block.text)
        if numbered and style is None:
            style = block.text.lstrip().startswith("(")
        if numbered and not _motion_part(block.text, style, current, paragraphs):
            current = (*minute, numbered.group(1))
            paragraphs[current] = (block.text, subheading)
        elif _is_subheading(block):
            subheading, current = block.text.strip(), None
        elif current is not None and len(paragraphs[current][0]) < 600:
            text, sub = paragraphs[current]
            paragraphs[current] = (f"{text} {block.text}", sub)
        if _TO_THE_VOTE.search(block.text):
            end = _vote_end(blocks, index)
            if end is not None:
                label = _vote_label(blocks[index:end + 1], paragraphs, minute, subheading)
                for voted in blocks[index:end + 1]:
                    voted.vote = label
                index = end + 1
                continue
        index += 1


def _motion_part(text: str, style: bool | None, current: tuple | None,
                 paragraphs: dict) -> bool:
    """Whether a numbered block is a part of the motion the paragraph before quotes ("17) Mr
    Hood proposed: “County Council is asked to: (1) … (2) …”"), not the minute's next
    paragraph: its numbering is not the minute's ("(2)" under "17)"), or the quotation is
    open and the number does not count on from the paragraph's (a minute's paragraphs count
    up; its text is kept only to 600 characters, so a quotation may seem open past its end)."""
    if current is None:
        return False
    if text.lstrip().startswith("(") != style:
        return True
    quoted = paragraphs[current][0]
    still_open = quoted.count("“") > quoted.count("”") or quoted.count('"') % 2 == 1
    number = _NUMBERED_PARA.match(text)
    return still_open and number is not None and int(number.group(1)) <= int(current[-1])


def _is_subheading(block: Block) -> bool:
    """A short title line inside a minute ("Motion for Time Limited Debate 2 – X"), not the
    minute's own heading, a tally or a line of names."""
    text = block.text
    if block.kind == "heading":
        return not (MINUTE_HEAD.match(text) or _ITEM_REF_END.search(text))
    return (block.kind in {"para", "section"} and len(text) < 120 and text[:1].isupper()
            and not SENTENCE_END.search(text) and not _TALLY.search(text)
            and text.count(",") < 2 and "\n" not in text)


def _vote_end(blocks: list[Block], start: int) -> int | None:
    """The block holding the outcome of the vote put at `start` (None when none is found)."""
    for index in range(start, min(start + _VOTE_BLOCKS, len(blocks))):
        block = blocks[index]
        if index > start and (block.minute != blocks[start].minute
                              or _NUMBERED_PARA.match(block.text)):
            return None
        if _OUTCOME.search(block.text):
            return index
    return None


def _vote_label(span: list[Block], paragraphs: dict, minute: tuple,
                subheading: str | None) -> str:
    """ "Vote on the amendment in paragraph 24 (Amendment lost; For 15, Against 43, …): …" """
    opening = span[0].text
    what = _VOTED_ON.search(opening)
    ref = _PARAGRAPH_REF.search(opening)
    text = " ".join(block.text for block in span)
    outcome = _OUTCOME.search(text)
    result = (outcome.group(1) or outcome.group(2)).strip() if outcome else ""
    tally = counted(text) or ""
    subject, sub = paragraphs.get((*minute, ref.group(1)), (None, subheading)) if ref \
        else (None, subheading)
    where = f" in paragraph {ref.group(1)}" if ref else ""
    label = f"Vote on the {what.group(1).lower() if what else 'motion'}{where}"
    label += f" ({'; '.join(p for p in (result, tally) if p)})" if result or tally else ""
    said = [sub] if sub and _VOTED_ON.search(sub) else []  # a motion's title, not a section's
    if subject:
        said.append(_LABEL.sub("", _PROPOSER.sub("", _NUMBERED_PARA.sub("", subject))).strip())
    if said:
        label += ": " + ": ".join(said)
    return re.sub(r"\s+", " ", label)


# A sign-off: a person's name, then their role ("Paul Moffatt" / "Children's Commissioner
# for Sefton"), after "Yours sincerely", "From:" or "Report Author:" or on lines of its own.
_SIGN_PREFIX = r"(?:(?:Yours\s+(?:sincerely|faithfully)|Signed|From|By|Report\s+Author)[:,]?\s+)"
_PERSON = (r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof(?:essor)?)\.?\s+)?"
           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){1,3}")
_ROLE = (r"(?=[A-Z])[^.;:!?]{0,110}?\b(?:Commissioner|Director|Officer|Executive|Leader|Member|"
         r"Chair(?:man)?|Manager|Head|Counsel|Secretary|Solicitor|Clerk|Inspector|Advis[eo]r|"
         r"Mayor)\b[^.;:!?]{0,80}")
_NAME_ALONE = re.compile(rf"{_SIGN_PREFIX}?{_PERSON}")
_ROLE_ALONE = re.compile(_ROLE)
_NAME_AND_ROLE = re.compile(rf"{_SIGN_PREFIX}{_PERSON}\s*[,–-]?\s*{_ROLE}|"
                            rf"{_SIGN_PREFIX}?{_PERSON}\s*[,–-]\s*{_ROLE}")


def _mark_sign_offs(blocks: list[Block]) -> None:
    """Mark the sign-offs that say who wrote a report or letter: a name and a role in one
    short paragraph, or a name alone followed by its role, so that "who wrote the report?"
    finds them (the words of the question are rarely in a signature)."""
    for block, after in zip(blocks, [*blocks[1:], None][: len(blocks)], strict=True):
        if block.kind != "para" or len(block.text) > 160:
            continue
        if _NAME_AND_ROLE.fullmatch(block.text):
            block.signed = True
        elif after and after.kind == "para" and _NAME_ALONE.fullmatch(block.text) \
                and not _ROLE_ALONE.fullmatch(block.text) and _ROLE_ALONE.fullmatch(after.text):
            block.signed = after.signed = True


# A member's question put to a cabinet member ("Question 6" / "Question by Mike Sole to Neil
# Baker, Cabinet Member for Highways and Transport"), as papers of questions and answers print
# it; the question itself may follow on the same lines.
_QUESTION_NUMBER = re.compile(r"^Question\s+(\d{1,3})$", re.I)
_QUESTION_BY = re.compile(r"^Question\s+((?:by|from)\s+\S.{0,150}?\s+to\s+\S.*)$", re.I | re.S)
_NOT_THE_QUESTION = re.compile(r"^(?:Answer|Question\b)", re.I)


def _mark_questions(blocks: list[Block]) -> None:
    """Give every block from a member's question to the next one the question it stands
    under: who asked whom, and the question's opening words. The answer's paragraphs name
    neither the asker nor the matter asked about ("I've asked the Director of Highways to
    look further into this"), so without it they could not be found by what was asked. A
    question ends at the next, or where the agenda item or minute changes."""
    current, where = None, None
    for index, block in enumerate(blocks):
        if (block.item, block.minute, block.minute_heading) != where:
            current, where = None, (block.item, block.minute, block.minute_heading)
        asked = _QUESTION_BY.match(block.text)
        if asked:
            before = blocks[index - 1] if index else None
            number = _QUESTION_NUMBER.match(before.text) if before else None
            label = f"Question {number.group(1)}" if number else "Question"
            current = f"{label} {asked.group(1)}"
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            if after and after.item == block.item and not _NOT_THE_QUESTION.match(after.text):
                current += f": {after.text}"
            if number and before.item == block.item:
                before.question = current
        elif _QUESTION_NUMBER.match(block.text):
            current = None
        block.question = current
