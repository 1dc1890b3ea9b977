"""Citations people can use: the council in every one, dated as people write dates, and a
text source cited at the pages its pack prints its item on."""

from __future__ import annotations

from scrutiny_qa import index
from scrutiny_qa.cli import format_citation
from scrutiny_qa.config import Settings
from scrutiny_qa.export import csv_rows, file_link
from scrutiny_qa.ingest import ingest
from scrutiny_qa.retrieve import Searcher

CITATION = {"council": "Kent County Council", "committee": "Cabinet",
            "meeting_date": "2025-01-30", "agenda_item": {"number": "4", "title": "Libraries"},
            "minute": {"number": "87", "heading": "Libraries", "meeting_date": "2024-12-05"},
            "page": 2, "page_label": "5", "document_name": "Minutes", "path": "/papers/m.pdf"}

# A pack converted to text: no page numbers of its own, only the front sheet's "(Pages …)"
# and the "Agenda Item N" stamps where each item's papers begin.
TEXT_PACK = (
    "Public Document Pack\n\nAGENDA\nHOUSING COMMITTEE\nTuesday, 4th March, 2025, at 6.30 pm\n\n"
    "1. Apologies for Absence\n\n2. Minutes of the Previous Meeting (Pages 1 - 6)\n\n"
    "3. Damp and Mould in Council Homes (Pages 7 - 12)\n\n"
    "4. Garden Waste Charges (Pages 13 - 14)\n\n"
    "Agenda Item 2\nMINUTES of the Housing Committee held on 14 January 2025.\n"
    "The Committee noted the quarterly rent arrears figures.\n\n"
    "Agenda Item 3\nDamp and Mould in Council Homes\n"
    "1.1 Surveyors inspected 412 homes reported for damp and mould since October, and\n"
    "remedial works were completed in 280 of them within the target of twenty days.\n\n"
    "Agenda Item 4\nGarden Waste Charges\n"
    "1.1 The annual charge for garden waste collection rises to 52 pounds from April.\n"
)


def test_a_citation_names_the_council_and_dates_in_words():
    assert format_citation(CITATION) == ("Kent County Council · Cabinet · 30 Jan 2025 · Item 4:"
                                         " Libraries · Minute 87 (minutes of 5 Dec 2024) ·"
                                         " p. 5 (PDF p. 2) · Minutes [m.pdf]")


def test_the_council_is_named_once_and_stands_alone_without_a_committee():
    named = {**CITATION, "committee": "Kent County Council Cabinet"}
    assert format_citation(named).startswith("Kent County Council Cabinet · 30 Jan 2025 · ")
    alone = {**CITATION, "committee": None, "meeting_date": None}
    assert format_citation(alone).startswith("Kent County Council · Item 4")


def test_a_text_source_is_cited_at_its_item_s_pages_in_the_pack(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "housing-pack.txt").write_text(TEXT_PACK, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    citation = searcher.search("homes inspected for damp and mould", k=1)[0].citation
    assert citation["page"] is None and citation["page_label"] is None
    assert citation["agenda_item"]["printed_pages"] == {"first": 7, "last": 12}
    assert " · Item 3: Damp and Mould in Council Homes · pp. 7–12 · " in \
        format_citation(citation)


def test_a_printed_page_wins_over_the_item_s_range_and_one_page_is_one_page():
    ranged = {"number": "4", "title": "Libraries", "printed_pages": {"first": 6, "last": 6}}
    assert " · p. 5 (PDF p. 2) · " in format_citation({**CITATION, "agenda_item": ranged})
    text = {**CITATION, "agenda_item": ranged, "page": None, "page_label": None,
            "minute": None}
    assert format_citation(text).endswith("Item 4: Libraries · p. 6 · Minutes [m.pdf]")


def test_the_csv_gives_a_text_source_s_item_pages_as_its_printed_page():
    ranged = {"number": "3", "title": "Damp", "printed_pages": {"first": 7, "last": 12}}
    citation = {**CITATION, "agenda_item": ranged, "page": None, "page_label": None,
                "title": "Agenda pack"}
    entry = {"citation": citation, "minute": None, "council": "X", "committee": "Housing",
             "meeting_date": "2025-03-04", "who": None, "what": "report back", "by_when": None,
             "due_date": None, "type": "request", "part": None, "followed_up_by": None,
             "status": "open"}
    row = csv_rows("commitment", [entry], file_link)[0]
    assert row[-2:] == ["", "7–12"]
