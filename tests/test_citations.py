"""Citations people can use: the council in every one, dated as people write dates."""

from __future__ import annotations

from scrutiny_qa.cli import format_citation

CITATION = {"council": "Kent County Council", "committee": "Cabinet",
            "meeting_date": "2025-01-30", "agenda_item": {"number": "4", "title": "Libraries"},
            "minute": {"number": "87", "heading": "Libraries", "meeting_date": "2024-12-05"},
            "page": 2, "page_label": "5", "document_name": "Minutes", "path": "/papers/m.pdf"}


def test_a_citation_names_the_council_and_dates_in_words():
    assert format_citation(CITATION) == ("Kent County Council · Cabinet · 30 Jan 2025 · Item 4:"
                                         " Libraries · Minute 87 (minutes of 5 Dec 2024) ·"
                                         " p. 5 (PDF p. 2) · Minutes [m.pdf]")


def test_the_council_is_named_once_and_stands_alone_without_a_committee():
    named = {**CITATION, "committee": "Kent County Council Cabinet"}
    assert format_citation(named).startswith("Kent County Council Cabinet · 30 Jan 2025 · ")
    alone = {**CITATION, "committee": None, "meeting_date": None}
    assert format_citation(alone).startswith("Kent County Council · Item 4")
