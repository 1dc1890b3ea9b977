"""Query words and the meeting months a question names."""

import time

import pytest

from scrutiny_qa.terms import content_words, mentioned_items, mentioned_months, mentioned_numbers


def test_content_words_drop_stop_words_and_keep_references():
    assert content_words("What did the Cabinet decide under decision 24/00093?") == [
        "cabinet", "decide", "decision", "24/00093"]


def test_mentioned_months_need_a_year():
    assert mentioned_months("resolved in Sept. 2022 and on 9 January 2025") == {
        "2022-09", "2025-01"}
    assert mentioned_months("budget 2025-26, the 24/25 figures, and what may happen") == set()
    assert mentioned_months("What did the commission decide on January 23, 2024?") == {
        "2024-01"}  # as US papers and their readers write a date


def test_acronyms_are_learnt_from_definitions_and_expand_questions():
    from scrutiny_qa.acronyms import asked_acronyms, find_acronyms, other_forms

    text = ("An Equality Impact Assessment (EIA) was made. Special Educational Needs and "
            "Disabilities (SEND) services. Persistent Organic Pollutants (POPs). "
            "See the report (Appendix A) at (Item 5).")
    pairs = find_acronyms(text)
    assert pairs == {("EIA", "equality impact assessment"),
                     ("SEND", "special educational needs and disabilities"),
                     ("POPs", "persistent organic pollutants")}
    table: dict[str, set[str]] = {}
    for short, long in pairs:
        table.setdefault(short, set()).add(long)
    def expansions(question: str) -> list[str]:
        return other_forms(asked_acronyms(question, table))

    assert expansions("When is the equality impact assessment reviewed?") == ["EIA"]
    assert expansions("SEND strategy") == ["special educational needs and disabilities"]


def test_undefined_initialisms_are_learnt_from_a_name_the_same_paper_uses():
    from scrutiny_qa.acronyms import find_acronyms

    text = ("An Equality Impact Assessment has been completed.\n"
            "Health Overview and Scrutiny Committee minutes. Consumer Price Index rose.\n"
            "Country Parks Investment.\n"
            "3. The EIA is kept under review. The HOSC met. CPI is 3%. THE END.\n"
            "See the Consumer Price Index. Any other business. Check the end. AOB? No.")
    assert find_acronyms(text) == {
        ("EIA", "equality impact assessment"),
        ("HOSC", "health overview and scrutiny committee"),
        ("CPI", "consumer price index")}  # used twice, against another name once
    # "THE" and "END" are written in lower case too, so they are words; AOB's name is
    # missing its own capitals, and a name across a line break is not a name
    assert find_acronyms("Any other business. AOB.\nSpecial\nEducation Needs SEN") == set()


@pytest.mark.parametrize("text", [
    "x" * 1_000_000,  # a megabyte without a space: the old regex never finished
    ("-" * 79 + "\n") * 12_000,  # separator lines: 8-10 s a megabyte before
    "Alpha Beta Gamma Delta " * 40_000 + "ABGD",  # a line of names: cubic before
])
def test_acronyms_are_read_in_linear_time_from_huge_texts(text):
    """Issue 25 D12: each of these took minutes to hours; a linear reading takes well
    under a second on two busy cores (the bound leaves room for a slow machine)."""
    from scrutiny_qa.acronyms import find_acronyms

    started = time.perf_counter()
    find_acronyms(text)
    assert time.perf_counter() - started < 5


def test_a_definition_is_read_back_from_its_bracket_past_long_tokens():
    from scrutiny_qa.acronyms import find_acronyms

    text = ("-" * 5000 + "\nAn Equality Impact Assessment (EIA), ____ the "
            "Health Overview and Scrutiny Committee (HOSC).\n" + "y" * 500 + " (YY)")
    assert find_acronyms(text) == {("EIA", "equality impact assessment"),
                                   ("HOSC", "health overview and scrutiny committee")}


def test_decision_reference_from_header_or_file_name() -> None:
    from pathlib import Path

    from scrutiny_qa.metadata import decision_reference

    header = "RECORD OF DECISION\nDECISION NUMBER:\n24/00093\nFor publication"
    assert decision_reference(Path("Appendix 4.pdf"), header) == "24/00093"
    assert decision_reference(Path("24-00115 - EqIA.pdf"), "Equality analysis") == "24/00115"
    assert decision_reference(Path("Budget 2025-26.pdf"), "Capital 2025-35") is None


def test_questions_about_outcomes_ask_for_votes_and_resolutions() -> None:
    from scrutiny_qa.terms import asked_kinds

    assert asked_kinds("Did the motion on bus lanes pass?") == {"vote", "resolution"}
    assert asked_kinds("Was the amendment agreed?") == {"vote", "resolution"}
    assert asked_kinds("What did Cabinet resolve about libraries?") == {"resolution"}
    assert asked_kinds("How many passengers used the park and ride?") == set()
    # what a meeting was asked to decide is in a report's recommendations
    assert asked_kinds("What did the report recommend on parking fees?") == {"recommendation"}
    assert asked_kinds("What was cabinet asked to approve about libraries?") == \
        {"recommendation"}
    assert asked_kinds("How much was proposed for the art fund?") == {"recommendation"}
    assert asked_kinds("Who asked for the report?") == set()
    assert asked_kinds("Who voted against the budget?") == {"vote", "resolution"}
    # asking what a body decided asks for its record; naming a decision does not
    assert asked_kinds("What did the Licensing Committee decide about taxi fares?") == \
        {"resolution"}
    assert asked_kinds("What was decided on the library closures?") == {"resolution"}
    assert asked_kinds("What was the decision on the bus lane?") == {"resolution"}
    assert asked_kinds("what decisions were taken on parking") == {"resolution"}
    for asking in ("Did Cabinet approve the budget?", "Has the council decided to close the "
                   "library?", "Was a decision taken on the bus lane?",
                   "Which resolutions concern parking?", "Has the council adopted the plan?"):
        assert "resolution" in asked_kinds(asking), asking
    assert asked_kinds("What is the deadline for approving the scheme each year?") == set()
    assert asked_kinds("What was cabinet asked to decide about libraries?") == \
        {"recommendation"}
    assert asked_kinds("Does the plan decide whether the quarry opens?") == set()
    assert asked_kinds("Who called in the decision on libraries?") == set()
    assert asked_kinds("When is the decision on the bus lane due?") == set()


def test_minute_and_decision_numbers_are_read_from_a_question() -> None:
    assert mentioned_numbers("What was RESOLVED under minute 14 in September 2022?") == (
        {"14"}, set())
    assert mentioned_numbers("see Minute No. 43 and decision 24/00093") == ({"43"}, {"24/00093"})
    assert mentioned_numbers("what was decided on 25/00012?") == (set(), {"25/00012"})
    # school years, dates and fractions are not decision numbers
    assert mentioned_numbers("attendance in 24/25 and on 13/03/2025, 3/4 of minutes") == (
        set(), set())


def test_a_passage_is_shown_its_acronyms_in_the_words_of_the_question():
    from scrutiny_qa.acronyms import asked_acronyms, spelled_out

    def spelled(text: str, question: str, table: dict) -> str:
        return spelled_out(text, asked_acronyms(question, table))

    table = {"LTP": {"local transport plan"}, "EIA": {"equality impact assessment"}}
    text = "The LTP will be published in May. The LTP sets targets. An EIA is attached."
    assert spelled(text, "When will the local transport plan be published?", table) == (
        "The LTP (local transport plan) will be published in May. The LTP sets targets. "
        "An EIA is attached.")
    # the question shortens what the passage writes in full (across a line break)
    assert spelled("The Local Transport\nPlan is out.", "Is the LTP out?", table) == (
        "The Local Transport\nPlan (LTP) is out.")
    # a passage using both forms already, or neither, or the letters inside a word: as it is
    for passage in ("The Local Transport Plan (LTP) is out.", "The plan is out.",
                    "ELTPS is out."):
        assert spelled(passage, "Is the local transport plan (LTP) out?", table) == passage


def test_a_paper_s_acronyms_are_spelled_out_at_their_first_use_in_a_passage():
    from scrutiny_qa.acronyms import spell_out

    spelled = spell_out([("EIA", "equality impact assessment"), ("LTP", "local transport plan"),
                         ("LTP", "long term plan")])
    assert spelled("The EIA and the LTP: the EIA is yearly.") == (
        "The EIA (equality impact assessment) and the LTP (local transport plan): "
        "the EIA is yearly.")
    for as_it_is in ("An Equality Impact\nAssessment (EIA) was made; the EIA is yearly.",
                     "EIAs and XLTP are other words.", "No acronym here."):
        assert spelled(as_it_is) == as_it_is
    assert spell_out([])("The EIA.") == "The EIA."


def test_questions_asking_when_and_passages_naming_a_time() -> None:
    from scrutiny_qa.terms import asks_when, names_a_time

    assert asks_when("When does the library lease end?")
    assert asks_when("What is the deadline for objections to the licence?")
    assert asks_when("Why was the hub delayed and when will it open?")
    assert not asks_when("When officers inspected the depot, what did they find?")
    assert not asks_when("What did the council promise about setting a start date?")
    for named in ("The lease expires on 6th July 2027.", "works start by the end of March",
                  "a review in the autumn term 2025", "signed on 12/05/2025",
                  "due March 2026", "from April the fee rises"):
        assert names_a_time(named), named
    for unnamed in ("The budget for 2024-25 is £3m.", "The council may review it.",
                    "In 2023 the scheme began."):
        assert not names_a_time(unnamed), unnamed


def test_agenda_items_a_question_names_by_label():
    assert mentioned_items("What was agenda item e-1 at the February meeting?") == {"E-1"}
    assert mentioned_items("the report under Item No. 7a and item 12.1") == {"7a", "12.1"}
    for none in ("items of expenditure", "a line item of 3.5 million", "the item 24/00093"):
        assert mentioned_items(none) == set(), none
