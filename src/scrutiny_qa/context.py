"""The context line embedded and keyword-indexed with each passage, as a pure function of a
small record of where the passage stands.

The record holds only what the index stores once the corpus is linked (linking.py): its
paper's council, title, decision number and meeting date, and the passage's agenda item and
that item's title, the member's question it answers, its minute (number, heading, the date
of the meeting minuted, opening words) and its recorded vote's label. So the chunker can
build a passage's line from its own paper to cut it to fit, and the corpus stage
(contextualise.py) builds the same line again from the stored, linked fields, with what
linking learned (the item a report is published under, the council its siblings name).
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny_qa.chunk import count_tokens
from scrutiny_qa.metadata import date_in_words
from scrutiny_qa.structure import Block
from scrutiny_qa.terms import decision_spellings

CONTEXT_TOKENS = 96
LEAD_TOKENS = 28
VOTE_TOKENS = 56  # a vote's label (motion, tally, outcome) stands in for the minute's lead
QUESTION_TOKENS = 48  # who asked whom, and the question's opening words


@dataclass(frozen=True)
class Placement:
    """Where a passage stands: its paper (council, title, decision number, meeting date)
    and, within it, its agenda item, question, minute and vote."""

    title: str
    council: str | None = None
    reference: str | None = None  # a decision record's number ("24/00093")
    meeting_date: str | None = None  # ISO
    item: str | None = None
    item_title: str | None = None
    question: str | None = None
    minute: str | None = None
    minute_heading: str | None = None
    minutes_date: str | None = None  # the meeting a minute reprinted in a pack records
    vote: str | None = None
    lead: str | None = None  # the minute's opening words (`minute_leads`)


def context_line(at: Placement) -> str:
    """The passage's context line: council (questions name the council whose papers they
    mean), document title, decision number and meeting date, agenda item, the member's
    question an answer answers, and minute (its heading, the date of the meeting it records
    and its opening words, which say what a resolution further down is about; in a recorded
    vote, the vote's label, which names the motion and the result). Clipped to
    CONTEXT_TOKENS, the minute's opening words or the vote's label kept whole."""
    parts = [_paper_line(at)]
    if at.item_title and at.item_title != at.minute_heading:  # said once
        parts.append(f"Item {at.item}: {at.item_title}")
    if at.question:
        parts.append(clip(at.question, QUESTION_TOKENS))
    if at.minute_heading:
        number = f"Minute {at.minute}: " if at.minute else ""
        minuted = date_in_words(at.minutes_date)
        dated = f" (meeting of {minuted})" if minuted else ""
        lead = clip(at.vote, VOTE_TOKENS) if at.vote else at.lead
        parts.append(f"{number}{at.minute_heading}{dated}")
        if lead:  # what the minute or vote is about outlasts a long title or heading
            said = f" — {lead}"
            return clip(" | ".join(parts), CONTEXT_TOKENS - count_tokens(said)) + said
    return clip(" | ".join(parts), CONTEXT_TOKENS)


def _paper_line(at: Placement) -> str:
    """The paper's part of the line: council, title, decision number, meeting date, each
    unless the title says it already."""
    title = at.title
    if at.reference and not any(form in title for form in decision_spellings(at.reference)):
        title = f"{title} · Decision {at.reference}"
    when = date_in_words(at.meeting_date)
    if when and when not in title:
        title = f"{title} · {when}"
    if at.council and at.council not in title:  # a question may name the council
        title = f"{at.council} · {title}"
    return title


def minute_key(block: Block) -> tuple:
    """What one minute's blocks share, to find its opening words by."""
    return (block.item, block.minute, block.minute_heading)


def minute_leads(blocks: list[Block]) -> dict[tuple, str]:
    """The first words of each minute's opening paragraph, by `minute_key`."""
    leads: dict[tuple, str] = {}
    for block in blocks:
        key = minute_key(block)
        if block.minute_heading and key not in leads and block.kind in {"para", "list"}:
            leads[key] = clip(block.text, LEAD_TOKENS)
    return leads


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` tokens, marked as cut (to the mark alone, at worst)."""
    while count_tokens(text) > limit and len(text) > 1:
        text = text[: int(len(text) * 0.8)].rstrip() + "…"
    return text
