"""Agenda placement: a separately published paper is cited under its meeting's item."""

from __future__ import annotations

from scrutiny_qa.agenda import ItemPages, by_series, lettered, listed_appendices, place
from scrutiny_qa.metadata import DocumentMeta

ITEMS = {
    "3": "Minutes of the meeting held on 13 February 2025 and, if in order, to be approved",
    "6": "Questions",
    "8": "Kent Minerals and Waste Local Plan 2024-39 See supplement pack published alongside",
    "9": "Review of Decision 24/00093 - Commissioned Family Hubs",
    "12": "Treasury Management - Mid-Year Update 2024-25",
    "13": "Joint Health Overview & Scrutiny Committee - Terms of Reference update",
    "14": "Governance & Audit Terms of Reference update",
    "15": "Governance Updates",
}


def test_a_paper_is_placed_by_the_item_its_name_or_decision_number_gives() -> None:
    assert place(["Item 12 Supplement - Treasury report"], ITEMS) == "12"
    assert place(["Appendix 3 - 24-00093 Decision Report"], ITEMS) == "9"
    assert place(["Appendix 3 - 24-00094 Decision Report"], ITEMS) is None  # another decision
    assert place(["EqIA"], ITEMS, decision="24/00093") == "9"  # its "Decision no:" header


def _minutes(day: str, body: str = "County Council") -> DocumentMeta:
    return DocumentMeta("Minutes", "minutes", "Kent County Council", body, day)


def test_minutes_are_placed_by_the_date_of_the_meeting_they_record() -> None:
    assert place(["Minutes of Previous Meeting"], ITEMS, minutes_of=_minutes("2025-02-13")) == "3"
    assert place(["Minutes of Previous Meeting"], ITEMS, minutes_of=_minutes("2025-01-09")) is None
    # an item for a body's minutes of two months: by the month, when the title names the body
    panel = {**ITEMS, "4": "Corporate Parenting Panel - October 2024 and December 2024 Minutes"}
    cpp = _minutes("2024-10-29", "Corporate Parenting Panel")
    assert place(["CPP Minutes 29.10.24"], panel, minutes_of=cpp) == "4"
    assert place(["Minutes"], panel, minutes_of=_minutes("2024-12-19")) is None  # the council's
    assert place(["CPP Minutes 29.11.24"], panel,
                 minutes_of=_minutes("2024-11-29", "Corporate Parenting Panel")) is None


def test_a_paper_is_placed_by_its_title_only_when_one_item_clearly_matches() -> None:
    assert place(["Council Report Mid Year 24-25", "Treasury Management Mid-Year Update 2024-25"],
                 ITEMS) == "12"
    assert place(["KMWLP - County Council Report", "Adoption of the Minerals and Waste Plan"],
                 ITEMS) == "8"  # "KMWLP": the item title's initials
    assert place(["KMWLP - County Council Report"], ITEMS) is None  # one word is not enough
    # the initials of a title's words up to a comma, not of the quarter after it: "QPR"
    quarterly = {**ITEMS, "16": "Quarterly Performance Report, Q3 2024-2025"}
    assert place(["QPR Q3 Cabinet appendix 1"], quarterly) == "16"
    assert place(["JHOSC ToR - report", "Joint Overview and Scrutiny Committee (JHOSC)"],
                 ITEMS) == "13"
    # both terms-of-reference items match as well: neither is chosen
    assert place(["Appendix A - Proposed Updated Terms of Reference"], ITEMS) is None
    assert place(["Questions put and answers given - March 2025"], ITEMS) is None  # one word
    assert place(["Appendix 2 - Glossary of Terms 2024-25"], ITEMS) is None
    # the one title of the same words, though one word, and shared with item 14 alike
    assert place(["Governance Update Report", "Governance Update"], ITEMS) == "15"
    assert place(["Governance Review"], ITEMS) is None
    # the file's name alone says it, the paper's own title another thing; an appendix's
    # letter is not a word of its name
    assert place(["Appendix D - Kent Minerals and Waste Local Plan - Non-Technical summary",
                  "Sustainability Appraisal Report Non-Technical Summary of the"], ITEMS) == "8"


def _printed(pages: dict[str, str]) -> ItemPages:
    printed = ItemPages()
    for item, text in pages.items():
        printed.add(item, text)
    return printed


def test_an_appendix_is_placed_by_the_one_item_whose_papers_list_it() -> None:
    pages = {"12": "Appendix 2 – Glossary of Terms\nAppendix 3 – TMG Meeting Notes, 13 November",
             "14": "Appendix A – Proposed Updated Terms of Reference",
             "13": "Appendix 1 – Proposed Kent and Medway NHS Joint Overview and Scrutiny ToR"}
    printed = _printed(pages)
    assert place(["Appendix 2 - Glossary of Terms 2024-25"], ITEMS, printed=printed) == "12"
    assert place(["Appendix A - Proposed Updated Terms of Reference"], ITEMS,
                 printed=printed) == "14"
    # the label must match as well as the title, and a bare label tells nothing
    assert place(["Appendix 3 - Glossary of Terms"], ITEMS, printed=printed) is None
    assert place(["Appendix 2"], ITEMS, printed=printed) is None
    # two items listing it alike: neither is chosen
    twice = _printed({**pages, "13": "Appendix A: Proposed updated terms of reference"})
    assert place(["Appendix A - Proposed Updated Terms of Reference"], ITEMS,
                 printed=twice) is None


def test_a_report_speaks_of_its_appendices_in_lists_and_in_prose() -> None:
    page = ("Appendix 1 – Executive Response\nAppendix 2 – Full call-in submission\n"
            "risks. A Reserves Policy is included as Appendix G to this report. An assessment of\n"
            "financial resilience is included as Appendix H, and a risk register at appendix I.")
    listed = listed_appendices(page)
    labels = [label for label, _ in listed]
    assert labels == ["1", "2", "G", "H", "I"]
    words = dict(listed)
    assert "Executive Response" in words["1"] and "call-in" not in words["1"]
    assert "Reserves Policy" in words["G"] and "resilience" not in words["G"]
    assert "resilience" in words["H"] and "register" in words["I"]
    assert place(["Appendix H - Assessment of Financial Resilience"], ITEMS,
                 printed=_printed({"12": page})) == "12"


def test_a_paper_reprinted_under_one_item_is_placed_there() -> None:
    amendment = ("Amendment 4: reduce the capital allocated to the Strategic Estate Programme "
                 "by two million pounds and allocate it to highways maintenance instead.")
    pack = f"Budget amendments. {amendment} Amendment 5: fly-tipping support for districts."
    printed = _printed({"6": pack, "3": "Minutes of the meeting held on 9 January 2025."})
    assert place(["4 - Amendment - Liberal Democrats"], ITEMS, printed=printed,
                 text=amendment) == "6"
    assert place(["A motion"], ITEMS, printed=printed,
                 text="A motion on electoral reform, moved by the opposition group leader.") is None


def test_an_appendix_known_by_its_letter_joins_the_series_either_side_of_it() -> None:
    assert lettered("Appendix D 21.01.25") == "D"
    assert lettered("Appendix 2") is None and lettered("24-00109 - Appendix A - PROD") is None
    budget = {"A": "6", "C": "6", "G": "6"}
    assert by_series("D", budget) == "6"
    assert by_series("H", budget) is None  # after the last: another item's series may start
    assert by_series("B", {"A": "6", "C": "14"}) is None  # two items' letters: no series
    assert by_series("B", {}) is None
