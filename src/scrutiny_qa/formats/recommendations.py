"""A report's recommendations: what the meeting is asked to decide.

Officer reports of any council print them under a heading of their own ("Recommendation",
"2.0 Recommendations", "RECOMMENDATION(S):", "Recommended decision", "Staff
Recommendation"), which then run to the next heading (or a line that reads as one), or
open a paragraph with it
("Recommendation: That the Cabinet …"), which is then the whole of it.
Questions about what a committee was asked to agree, or what a report proposed, are answered
there rather than in the background further on, so its passages are told apart (a passage's
kind "recommendation") and never run into the next section.
"""

from __future__ import annotations

import re

_OPENS = re.compile(
    r"^\s*(?:\d{1,2}(?:\.0)?\.?\s+)?(?:(?:staff|officers?)'?s?\s+)?"
    r"(?:recommendations?|recommended\s+(?:decisions?|resolutions?))(?:\s*\(s\))?"
    r"\s*(?::\s*(?P<inline>\S.*)?)?$", re.I)
# Without a heading after them, recommendations end on the page after their own, or after
# about a page's worth of text (a text source has no pages): longer runs seen were the
# report's next sections, whose mixed-case headings read as plain lines.
SPAN_PAGES = 1
SPAN_CHARS = 3000
# A line that reads as the next section's heading ("Voting arrangements", "12. Contact
# details"): a few words, capitalised or numbered "N.", ending in no punctuation.
_NEXT_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d)?\.?\s+)?[A-Z][^.!?:;]*$")
_NEXT_HEADING_WORDS = 6


def opens_recommendations(line: str) -> bool:
    """Whether `line` heads a report's recommendations or opens a paragraph with them."""
    return bool(_OPENS.match(line))



def inline_recommendation(line: str) -> bool:
    """Whether `line` opens a paragraph with its recommendation ("Recommendation: That …"),
    which is then the whole of it, rather than heading a section of them."""
    found = _OPENS.match(line)
    return bool(found and found.group("inline"))


def ends_recommendations(text: str) -> bool:
    """Whether a block reads as the heading of the section after the recommendations."""
    return len(text.split()) <= _NEXT_HEADING_WORDS and bool(_NEXT_HEADING.match(text.strip()))
