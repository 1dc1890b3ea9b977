"""Format profiles on six layouts, each generated here, and each profile kept off the others:
a paged front sheet with stamps, printed minutes in mixed case, CMIS-style minutes numbered
"EX/23/45" with "Resolved:", minutes told in narrative with a tally, a sectioned (US) agenda
with lettered items, and an adopted resolution that declares its agenda item."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny_qa.extract import Page
from scrutiny_qa.formats.cited import CitedProfile
from scrutiny_qa.formats.decisions import opens_decision
from scrutiny_qa.formats.labels import canonical, declared
from scrutiny_qa.formats.minutes import counted_headings
from scrutiny_qa.formats.sectioned import SectionedProfile
from scrutiny_qa.formats.votes import tally
from scrutiny_qa.metadata import infer_meta
from scrutiny_qa.resolutions import find_decisions, find_resolutions
from scrutiny_qa.structure import FRONT, analyse, split_at_stamps


def _pages(*texts: str) -> list[Page]:
    return [Page(number, None, text) for number, text in enumerate(texts, start=1)]


PAGED_PACK = _pages(
    "AGENDA\nAUDIT COMMITTEE\nTuesday, 3rd June, 2025\n1. Apologies\n"
    "2. Minutes of the meeting held on 4 March 2025 (Pages 1 - 2)\n"
    "3. Internal Audit Plan (Pages 3 - 4)",
    "Agenda Item 2\nMinutes text.\nPage 1",
    "More minutes.\nPage 2",
    "Agenda Item 3\nThe plan covers twelve audits.\nPage 3",
)

PRINTED_MINUTES = _pages(
    "Minutes of the Licensing Committee held on 12 May 2025\nPresent: Councillors A, B and C\n"
    "41. Apologies for Absence\nApologies were received from Councillor D.\n"
    "42. Declarations of Interest\nThere were none.\n"
    "43. Taxi Licensing Policy\nThe Committee considered the draft policy.\n"
    "RESOLVED – That the draft policy be approved for consultation.",
    "44. Street Trading Fees\nThe Licensing Manager introduced the report.\n"
    "Resolved: that the fees be frozen for 2025/26.",
)

CMIS_MINUTES = _pages(
    "EXECUTIVE\nMinutes of the meeting held on 5 June 2025\n"
    "EX/23/45 Budget Monitoring\nThe Executive received the quarter one report.\n"
    "Resolved: that (1) the forecast be noted; and (2) the Director of Finance report the "
    "recovery plan to the next meeting.\n"
    "EX/23/46 Capital Programme\nMembers discussed slippage.\nResolved: that the report "
    "be noted.\nEX/23/47 Bus Lane Review\nIt was AGREED that the review proceed.\n"
    "EX/23/48 Any Other Business\nThere was none.",
)

NARRATIVE_MINUTES = _pages(
    "Minutes of the Parish Council meeting held on 2 April 2025\n"
    "19 Bus Lane Review\nThe Council discussed the consultation.\n"
    "It was agreed that the Clerk write to the highway authority.\n"
    "20 Planning Applications\nThe Council noted the applications received.\n"
    "21 Precept\nThe recommendation was CARRIED with 7 voting FOR, 1 AGAINST.\n"
    "The Council resolved to set the precept at £40,000.\n"
    "22 Date of Next Meeting\nThe next meeting will be held on 7 May 2025.",
)

SECTIONED_AGENDA = _pages(
    "City of Riverton\nCity Commission\nAgenda - Final\nTuesday, March 4, 2025",
    "CALL TO ORDER\nA. PRESENTATIONS\nA.-1. 25-1001 Presentation of the Volunteer of the "
    "Year award.\nB. PUBLIC COMMENTS\nMembers of the public may speak for three minutes.\n"
    "C. CONSENT AGENDA\nC.-1. 25-1010 A Resolution of the City Commission approving a grant "
    "of $12,000 to the library foundation.\nC.-2. 25-1011 A Resolution of the City "
    "Commission accepting a donation of two benches.",
    "D. CITY COMMISSION ITEMS\nD.-1. 25-1020 Discussion regarding speed tables on Elm "
    "Street.\nD.-2. 25-1021 Update on the bridge repairs.",
)

ADOPTED_RESOLUTION = _pages(
    "CITY OF RIVERTON, FLORIDA\nRESOLUTION NO. 2025-14\nA RESOLUTION OF THE CITY COMMISSION\n"
    "APPROVING A GRANT TO THE LIBRARY FOUNDATION.\n"
    "WHEREAS, the library foundation runs the reading programme; and\n"
    "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION\nOF THE CITY OF RIVERTON:\n"
    "SECTION 1. That the foregoing recitals are confirmed.\n"
    "SECTION 2. That a grant of $12,000 is approved.\n"
    "SECTION 3. That this Resolution shall take effect on adoption.\n"
    "PASSED AND ADOPTED THIS FOURTH DAY OF MARCH, 2025.\n"
    "Moved: Lee / Seconded: Ortiz)\nYeas: Lee, Ortiz, Park)\nNays: Shaw)\n"
    "Majority: (3-1) Vote)\nAgenda Item: C-1)",
    "APPROVED:\nMAYOR\nATTEST:\nCITY CLERK",
)

REPORT = _pages(
    "Meeting: Cabinet\nSubject: Leisure Strategy\n1.0 Purpose of Report\n"
    "1.1 To seek approval of the strategy.\n2.0 Recommendations\n"
    "2.1 Cabinet is asked to RESOLVE that the strategy be adopted.\n"
    "3.0 Background\n3.1 In 2019 it was agreed that a strategy would be written.\n"
    "A. Leisure centres\nThe centres are well used.",
)


def test_item_labels_in_any_style_read_to_one_form() -> None:
    assert [canonical(x) for x in ("D.-2.", "5.", "C-4.2)", "1.-3.", "G- 3")] == \
        ["D-2", "5", "C-4.2", "1-3", "G-3"]
    assert declared("Agenda Item: C-4.2)") == "C-4.2"
    assert declared("AgendaItem C [9:45 a.m.]") == "C"
    assert declared("Agenda Item 5") == "5"
    assert declared("Time Certain 10:30am (Agenda Item F-1)") is None
    assert declared("Agenda Items E-8 and E-9 are related") is None


def test_a_sectioned_agenda_cites_each_lettered_item_from_its_line() -> None:
    structure = analyse(SECTIONED_AGENDA, is_minutes=False)
    assert {"A", "A-1", "B", "C", "C-1", "C-2", "D-1", "D-2"} <= set(structure.items)
    assert structure.items["C-1"].title.startswith("A Resolution of the City Commission")
    def placed(opening: str) -> str | None:
        return next(block.item for block in structure.blocks if block.text.startswith(opening))

    assert placed("City of Riverton") == FRONT
    assert placed("C.-1. 25-1010") == "C-1"
    assert placed("C.-2. 25-1011") == "C-2"
    assert placed("Members of the public") == "B"  # a section without items is an item
    assert placed("D.-2. 25-1021") == "D-2"
    assert structure.page_items == [FRONT, FRONT, "D"]


@pytest.mark.parametrize("pages", [PAGED_PACK, PRINTED_MINUTES, CMIS_MINUTES,
                                   NARRATIVE_MINUTES, ADOPTED_RESOLUTION, REPORT])
def test_the_sectioned_profile_fires_on_no_other_layout(pages: list[Page]) -> None:
    assert SectionedProfile().detect(pages) is None


@pytest.mark.parametrize("pages", [PAGED_PACK, SECTIONED_AGENDA, REPORT, ADOPTED_RESOLUTION])
def test_the_cited_items_profile_fires_only_on_headings_citing_items(pages: list[Page]) -> None:
    assert CitedProfile().detect(pages) is None


def test_a_cited_heading_wrapped_over_lines_opens_its_item_at_its_first_line() -> None:
    numbered = _pages(
        "Minutes of the Cabinet held on 30 January 2025\n"
        "84. Apologies\n(Item 1)\n \nNone.\n \n"
        "88. 24/00108 - Revenue and Capital Budget Monitoring Report - November\n"
        "2024-25\n(Item 5)\n \nThe Director introduced the report.",
        "89. Draft Capital Programme 2025-35 and Treasury Management\nStrategy\n(Item 6)\n"
        "RESOLVED that the programme be agreed.")
    unnumbered = _pages(  # a panel that numbers no minutes; a page number before a citation
        "MINUTES of the Corporate Parenting Panel held on 29 October 2024\n \n"
        "Apologies and Substitutes\n(Item 1)\n \nNone were received.\n \n"
        "Adoption Partnership South East, Regional Adoption Agency Annual Report\n"
        "2023/2024\n(Item 6)\n \nThe report was noted.\n \n"
        "The Joint Housing Protocol for Care Leavers\n7\n \n(Item 9)\nIt was endorsed.")
    for pages, titles in ((numbered, {
            "5": "24/00108 - Revenue and Capital Budget Monitoring Report - November 2024-25",
            "6": "Draft Capital Programme 2025-35 and Treasury Management Strategy"}),
            (unnumbered, {
                "6": "Adoption Partnership South East, Regional Adoption Agency Annual Report "
                     "2023/2024",
                "9": "The Joint Housing Protocol for Care Leavers"})):
        structure = analyse(pages, is_minutes=True)
        assert {label: structure.items[label].title for label in titles} == titles
        firsts = {block.item: block.text for block in reversed(structure.blocks)}
        assert all(title[:20] in firsts.get(label, "") for label, title in titles.items())


def test_a_heading_parted_from_its_citation_by_a_page_break_is_its_minute_s() -> None:
    minutes = _pages(
        "Minutes of the County Council held on 9 January 2025\n"
        "283. Apologies for Absence\n(Item 1)\nApologies were received from Mr A.\n"
        "284. Declarations of Disclosable Pecuniary Interests or Other Significant\n"
        "Interests in items on the agenda",
        "(Item 2)\nMembers who were district councillors declared an interest.\n"
        "Work Programme", "(Item 3)\nThe work programme was noted.")
    blocks = analyse(minutes, is_minutes=True).blocks
    opening = next(block for block in blocks if block.text.startswith("284."))
    assert (opening.minute, opening.item) == ("284", "2")
    titled = next(block for block in blocks if block.text.startswith("Work Programme"))
    assert titled.minute_heading == "Work Programme"
    counted = _pages(  # enough minutes counting up for their headings to be known as such
        "Minutes of the Cabinet held on 9 January 2025\n283. Apologies\n(Item 1)\nNone.\n"
        "284. Budget Monitoring", "(Item 2)\nThe report was noted.\n285. Local Plan\n"
        "(Item 3)\nIt was adopted.\n286. Questions\n(Item 4)\nNone were asked.")
    blocks = analyse(counted, is_minutes=True).blocks
    assert {(block.minute, block.minute_heading) for block in blocks
            if block.item == "2"} == {("284", "Budget Monitoring")}


def test_a_cited_heading_takes_no_paragraph_or_list_before_it_into_its_title() -> None:
    minutes = _pages(
        "MINUTES of the Corporate Parenting Panel held on 10 December 2024\n"
        "Chairman's Announcements\n(Item 2)\n"
        "2. The Chair shared that she would write to group leaders to remind\n"
        "Members of their responsibilities as a Corporate Parent.\n \n"
        "Minutes of the meeting held on 29 October 2024\n(Item 3)\nRESOLVED that they be "
        "signed.\nPresent:\nMr A Smith\nMrs B Jones\nWork Programme\n(Item 4)\nNoted.")
    items = CitedProfile().detect(minutes).items
    assert {label: item.title for label, item in items.items()} == {
        "2": "Chairman's Announcements", "3": "Minutes of the meeting held on 29 October 2024",
        "4": "Work Programme"}
    listed = _pages(
        "Minutes of the Panel held on 3 March 2025\nApologies\n(Item 1)\nNone.\n"
        "RESOLVED that the Panel:\n1. note the report\n2. agree the work programme\n"
        "Work Programme 2025/26\n(Item 8)\nNoted.\n \nAction\n"
        "Officers to circulate the figures\nFees and Charges\n(Item 9)\nAgreed.")
    items = CitedProfile().detect(listed).items
    assert (items["8"].title, items["9"].title) == ("Work Programme 2025/26",
                                                    "Fees and Charges")


def test_a_paged_pack_keeps_its_stamps_and_ranges() -> None:
    structure = analyse(split_at_stamps(PAGED_PACK), is_minutes=False)
    assert structure.page_items == [FRONT, "2", "2", "3"]
    assert structure.items["3"].title == "Internal Audit Plan"


def test_an_adopted_resolution_is_its_declared_item_with_parts_and_vote() -> None:
    structure = analyse(ADOPTED_RESOLUTION, is_minutes=False)
    assert structure.page_items == ["C-1", "C-1"]  # declared at the end of its first page
    (resolution,) = find_resolutions(structure.blocks)
    assert [part.label for part in resolution.parts] == ["1", "2", "3"]
    assert resolution.parts[1].text == "That a grant of $12,000 is approved."
    assert resolution.vote == "For 3, Against 1"
    assert resolution.item == "C-1"


def test_printed_minutes_in_mixed_case_have_their_minutes_and_decisions() -> None:
    structure = analyse(PRINTED_MINUTES, is_minutes=True)
    minutes = {block.minute: block.minute_heading for block in structure.blocks if block.minute}
    assert minutes == {"41": "Apologies for Absence", "42": "Declarations of Interest",
                       "43": "Taxi Licensing Policy", "44": "Street Trading Fees"}
    resolutions = find_resolutions(structure.blocks)
    assert [(r.minute, r.parts[0].text) for r in resolutions] == [
        ("43", "That the draft policy be approved for consultation."),
        ("44", "that the fees be frozen for 2025/26.")]


def test_cmis_minutes_numbered_by_committee_and_year() -> None:
    structure = analyse(CMIS_MINUTES, is_minutes=True)
    resolutions = find_resolutions(structure.blocks)
    assert [r.minute for r in resolutions] == ["EX/23/45", "EX/23/46", "EX/23/47"]
    assert [p.label for p in resolutions[0].parts] == ["1", "2"]
    assert resolutions[2].minute_heading == "Bus Lane Review"


def test_narrative_minutes_record_each_decision_and_its_tally() -> None:
    structure = analyse(NARRATIVE_MINUTES, is_minutes=True)
    resolutions = find_resolutions(structure.blocks)
    assert [r.minute for r in resolutions] == ["19", "20", "21"]  # 22 decided nothing
    assert resolutions[1].parts[0].text == "The Council noted the applications received."
    assert resolutions[2].parts[0].text.startswith("The Council resolved to set the precept")
    assert tally("The recommendation was CARRIED with 7 voting FOR, 1 AGAINST.") == \
        "For 7, Against 1"


def test_a_vote_printed_before_its_resolution_is_the_resolution_s_vote() -> None:
    narrative = find_resolutions(analyse(NARRATIVE_MINUTES, is_minutes=True).blocks)
    assert [r.vote for r in narrative] == [None, None, "For 7, Against 1"]
    recorded = _pages(
        "Minutes of the County Council held on 13 March 2025\n"
        "301. Apologies (Item 1)\nNone.\n302. Pay Policy Statement (Item 11)\n"
        "1) Mr A proposed, and Mr B seconded, the motion that Council endorses the statement.\n"
        "2) An amendment was put to the vote. For (5) Against (30) Abstain (1) Amendment lost.\n"
        "3) The Chairman put the motion to the vote and the voting was as follows:\n"
        "For (32)\nMr A, Mr B\nAgainst (1)\nMr C\nAbstain (2)\nMr D, Mr E Motion carried.\n"
        "4) RESOLVED that Council endorses the Pay Policy Statement.\n"
        "303. Motion on Buses (Item 12)\n1) An amendment was moved. For (3) Against (40) "
        "Amendment lost.\n2) RESOLVED that the motion be referred to the Cabinet.\n"
        "304. Questions (Item 13)\nNone.")
    assert [(r.minute, r.vote) for r in find_resolutions(
        analyse(recorded, is_minutes=True).blocks)] == [
        ("302", "For 32, Against 1, Abstain 2"), ("303", None)]  # a lost motion's is no one's


def test_an_adopted_resolution_s_recitals_lend_it_no_vote() -> None:
    recital = _pages(
        "RESOLUTION NO. 2025-20\nWHEREAS, the Planning Board recommended approval (vote: 7 to "
        "0); and\nNOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION:\n"
        "SECTION 1. That the plan is approved.")
    (resolution,) = find_resolutions(analyse(recital, is_minutes=False).blocks)
    assert resolution.vote is None


def test_a_report_s_history_and_recommendations_are_not_decisions() -> None:
    structure = analyse(REPORT, is_minutes=False)
    assert find_resolutions(structure.blocks) == []
    assert all(block.item is None for block in structure.blocks)  # no item invented
    assert opens_decision("In 2019 it was agreed that a strategy would be written.") is None
    assert counted_headings([page.text for page in REPORT][0].splitlines()) == {}


def test_tallies_in_their_common_forms() -> None:
    assert tally("For: 30, Against: 20, Abstentions: 2") == "For 30, Against 20, Abstain 2"
    assert tally("Yeas: Lee, Ortiz, Park) Nays: Shaw)") == "For 3, Against 1"
    assert tally("( vote: 7 to 0)") == "For 7, Against 0"
    assert tally("The grant runs for 20 years") is None


def test_tallies_told_in_a_sentence() -> None:
    assert tally("The motion was carried by 25 votes to 12, with 3 abstentions.") == \
        "For 25, Against 12, Abstain 3"
    assert tally("The amendment was lost by 10 votes to 30.") == "For 10, Against 30"
    assert tally("RESOLVED (8 for, 2 against, 1 abstention) that") == \
        "For 8, Against 2, Abstain 1"
    assert tally("5 in favour, 3 against and 1 abstention") == "For 5, Against 3, Abstain 1"
    assert tally("For 12, Against 3, Abstain 0") == "For 12, Against 3, Abstain 0"
    for prose in ("Parking income was reduced by 5 votes to 4 seats.",
                  "funding for 3 against 5 options", "a majority for 2 years"):
        assert tally(prose) is None, prose


def test_a_report_s_numbered_sections_head_their_numbered_paragraphs() -> None:
    report = _pages("10.0 Legal Implications\n10.1 The Act requires a scheme each year.\n"
                    "11.0 People Impact Assessment:\n11.1 Not applicable.\n"
                    "Actions agreed:\n3. Review the policy\n4. Report back")
    kinds = {block.text[:12]: block.kind
             for block in analyse(report, is_minutes=False).blocks}
    assert kinds["10.0 Legal I"] == "heading"
    assert kinds["11.0 People "] == "heading"
    assert kinds["3. Review th"] != "heading"  # no paragraphs numbered under it


def test_numbered_paragraphs_of_minutes_are_no_minute_headings() -> None:
    minutes = _pages(
        "MINUTES of the meeting of the Corporate Parenting Panel held on 29 October 2024\n"
        "Chairman's Announcements (Item 2)\n"
        "1. RESOLVED that Mr P Smith be duly elected Vice Chair of the Corporate\n"
        "Parenting Panel.\n"
        "2. The Chair and Members shared their congratulations for the nominees and\n"
        "winners of the awards, and the success of the events held over the summer.\n"
        "3. In response to a question surrounding children who do not take part in the\n"
        "events, Ms Carpenter shared that:\n"
        "4. A Member asked about the timeline for the survey\n"
        "Consultation. The Manager offered to follow up.\n"
        "5. RESOLVED that the Panel note the update.")
    structure = analyse(minutes, is_minutes=True)
    assert {block.minute for block in structure.blocks} == {None}
    assert len(find_resolutions(structure.blocks)) == 2


def test_minutes_numbered_count_then_year_or_set_off_by_a_dash() -> None:
    year_last = _pages(
        "Minutes of the Cabinet meeting held on 3 June 2025\n45/25 Apologies\nNone.\n"
        "46/25 Declarations of Interest\nNone were declared.\n47/25 Budget Monitoring\n"
        "The Cabinet considered the report.\nRESOLVED that the report be noted.\n"
        "48/25 Parks Strategy\nThe Leader introduced it.\nRESOLVED that the strategy be adopted.")
    dashed = _pages(
        "Minutes of the Planning Committee held on 3 June 2025\nMinute No. 12 – Apologies\n"
        "None.\nMinute No. 13 – Minutes\nRESOLVED that the minutes be signed.\n"
        "Minute No. 14 – Land at Mill Lane\nResolved: that the application be refused.\n"
        "Minute No. 15 – Appeals\nThe Committee noted the appeal decisions.")
    for pages, expected in ((year_last, [("47/25", "Budget Monitoring"),
                                         ("48/25", "Parks Strategy")]),
                            (dashed, [("13", "Minutes"), ("14", "Land at Mill Lane")])):
        resolutions = find_resolutions(analyse(pages, is_minutes=True).blocks)
        assert [(r.minute, r.minute_heading) for r in resolutions] == expected


def test_labelled_and_unanimous_decisions_in_minutes_and_a_proposal_elsewhere() -> None:
    minutes = _pages(
        "Minutes of the Cabinet meeting held on 3 June 2025\n45/25 Apologies\nNone.\n"
        "46/25 Budget Monitoring\nRESOLVED (unanimously) that the report be noted.\n"
        "47/25 Parks Strategy\nDECISION: That the Parks Strategy be adopted.\n"
        "48/25 Play Areas\nDecision – to defer the item to July.")
    resolutions = find_resolutions(analyse(minutes, is_minutes=True).blocks)
    assert [(r.minute, r.parts[0].text) for r in resolutions] == [
        ("46/25", "that the report be noted."), ("47/25", "That the Parks Strategy be adopted."),
        ("48/25", "to defer the item to July.")]
    proposal = _pages("PROPOSED RECORD OF DECISION\nDecision: That the Cabinet approves the "
                      "Parks Strategy.\nReason for decision: the strategy is due.")
    assert find_resolutions(analyse(proposal, is_minutes=False).blocks) == []


def test_a_closed_decision_takes_no_next_topic_and_an_open_one_takes_its_parts() -> None:
    unnumbered = _pages(
        "Minutes of the meeting of the Audit Committee held on 3 June 2025\n\n"
        "Internal Audit Plan\nThe Head of Audit presented the plan.\n"
        "RESOLVED that the plan be approved.\n\nRisk Register\nMembers discussed it.\n\n"
        "Mr A asked that his vote against be recorded.\n"
        "RESOLVED that:\nThe register is noted.\n\nThe Chief Executive reviews it in May.")
    resolutions = find_resolutions(analyse(unnumbered, is_minutes=True).blocks)
    assert [r.text.splitlines()[-1] for r in resolutions] == [
        "RESOLVED that the plan be approved.", "The Chief Executive reviews it in May."]
    assert "Risk Register" not in resolutions[0].text


def test_a_table_of_financial_years_in_minutes_heads_no_minutes() -> None:
    assert counted_headings(["2024/25 Outturn", "On budget.", "2025/26 Forecast", "Over.",
                             "2026/27 Budget", "Balanced.", "2027/28 Plan", "Savings."]) == {}


def test_lines_that_only_look_like_decisions_or_minutes_are_neither() -> None:
    for line in ("agreed that a new leisure strategy would be prepared.", "Agreed: 14 March 2024",
                 "DECIDED BY: Cabinet Member", "AGREED SAVINGS 2024/25",
                 "The Cabinet RESOLVED on 22 February 2024 to consult."):
        assert opens_decision(line) is None, line
    assert opens_decision("The Committee noted that waiting times had risen.", True) is None
    assert counted_headings(["RESOLVED: That Cabinet", "1. Approves the Capital Strategy",
                             "2. Notes the Treasury Strategy", "3. Agrees the MRP Policy",
                             "4. Delegates the Annual Review"]) == {}
    assert counted_headings(["Actions", "1 Repair the gate", "2 Clear the ditch",
                             "3 Replace the tank"]) == {}  # too short a run to be minutes


def test_a_report_s_lettered_headings_inside_an_agenda_item_open_no_section() -> None:
    staff_report = Page(4, None, "STAFF REPORT\nA. BACKGROUND\nThe contract ends in June.\n"
                                 "B. FISCAL IMPACT\nThe cost is $40,000.")
    structure = analyse([*SECTIONED_AGENDA, staff_report], is_minutes=False)
    assert {block.item for block in structure.blocks if block.page_index == 3} == {"D-2"}


UNNUMBERED_REPORT = _pages(
    "REPORT TO: JOINT COMMITTEE\nDATE: 5 JUNE 2025\nPurpose of Report\n"
    "To update on the investment programme.\nRecommendation\n"
    "That the Joint Committee:\n1) Approves the programme.\n2) Allocates £2m to a river fund.",
    "3) Notes the grant awarded.\nBACKGROUND\n1. The programme began in 2020.",
    "2. Spending is on track.",
)

STAFF_REPORT = _pages(
    "CITY OF RIVERTON\nSTAFF REPORT\nTO: Mayor and Commission\n"
    "Staff Recommendation: Approve the contract with Acme Buses for one year.\n"
    "BRIEF HISTORY: The city has run a shuttle since 2018.",
)


def _recommending(pages: list[Page], minutes: bool = False) -> list[str]:
    return [block.text for block in analyse(pages, is_minutes=minutes).blocks
            if block.recommends]


def test_a_report_s_recommendations_are_told_apart_in_any_house_style() -> None:
    assert _recommending(REPORT) == [
        "2.0 Recommendations", "2.1 Cabinet is asked to RESOLVE that the strategy be adopted."]
    assert _recommending(UNNUMBERED_REPORT) == [
        "Recommendation", "That the Joint Committee:", "1) Approves the programme.",
        "2) Allocates £2m to a river fund.", "3) Notes the grant awarded."]
    assert _recommending(STAFF_REPORT) == [
        "Staff Recommendation: Approve the contract with Acme Buses for one year."]


def test_recommendations_are_found_nowhere_else() -> None:
    for pages in (PRINTED_MINUTES, CMIS_MINUTES, NARRATIVE_MINUTES, SECTIONED_AGENDA,
                  ADOPTED_RESOLUTION, PAGED_PACK):
        assert _recommending(pages) == []
    minutes = _pages("Minutes of the Cabinet held on 3 June 2025\n12. Leisure Strategy\n"
                     "Recommendation: that the strategy be adopted.\nRESOLVED that the strategy"
                     " be adopted.")
    assert _recommending(minutes, minutes=True) == []  # in minutes, the decision counts
    prose = _pages("Reasons for recommendation\nThe strategy is needed.\n"
                   "Recommendations of the review were noted by the panel.")
    assert _recommending(prose) == []


def test_recommendations_end_a_page_after_their_own_without_a_heading() -> None:
    long_report = _pages("Recommendations:\nThat the plan be approved.", "The plan runs on.",
                         "Later text about something else.")
    assert _recommending(long_report) == ["Recommendations:", "That the plan be approved.",
                                          "The plan runs on."]


def test_recommendations_end_at_a_line_reading_as_the_next_heading_or_after_a_page() -> None:
    report = _pages("Recommendation\nThat the plan be approved.\n\nVoting arrangements\n\n"
                    "A simple majority of members present is needed.")
    assert _recommending(report) == ["Recommendation", "That the plan be approved."]
    text_source = _pages("Recommendations:\n" + "\n\n".join(
        f"({n}) That scheme {n} of the programme be approved and funded." for n in range(80)))
    marked = _recommending(text_source)
    assert marked[:2] == ["Recommendations:", "(0) That scheme 0 of the programme be approved"
                                               " and funded."]
    assert 20 < len(marked) < 80  # a page's worth, not the rest of a paper without pages


def test_a_decision_opening_inside_a_wrapped_line_of_minutes_is_found() -> None:
    # PDFs wrap minutes anywhere: the decision's first words share a line with the sentence
    # before it, in a parish council's minutes and in a committee's.
    parish = _pages(
        "Minutes of the Meeting of Thornby Cross Parish Council held on 8 October 2024\n"
        "24/110 Highways\nData from the speed sign showed 38% of vehicles speeding. It was\n"
        "resolved to purchase a second sign at a cost of £2,985.\n"
        "24/111 Finance\n(a) Payments: It was resolved to approve the schedule of payments.\n"
        "24/112 Correspondence\nNone.\n24/113 Date of next meeting\n12 November 2024.")
    committee = _pages(
        "Minutes of the Audit Committee held on 3 December 2024\n"
        "4. Apologies\nNone were received.\n5. Internal Audit Plan\n"
        "The Head of Audit presented the plan. The Committee agreed\n"
        "that the plan be approved, subject to one change.\n6. Work Programme\nNoted.\n"
        "7. Close\nThe meeting closed.")
    found = {minute: r.text for r in find_resolutions(analyse(parish, True).blocks)
             for minute in [r.minute]}
    assert found == {"24/110": "It was resolved to purchase a second sign at a cost of £2,985.",
                     "24/111": "It was resolved to approve the schedule of payments."}
    audit = find_resolutions(analyse(committee, True).blocks)
    assert [(r.minute, r.text) for r in audit] == [
        ("5", "The Committee agreed that the plan be approved, subject to one change.")]
    # a report retelling a decision, and a paragraph's number before its RESOLVED, are no
    # sentence before a decision
    assert find_resolutions(analyse(_pages(
        "Cabinet report\nBackground. The Committee agreed that a review be held.\n"), False
    ).blocks) == []
    numbered = find_resolutions(analyse(_pages(
        "Minutes of the Cabinet held on 9 January 2025\n80. Budget (Item 5)\n"
        "3. RESOLVED that Cabinet note the settlement.\n81. Close (Item 6)\nClosed."), True
    ).blocks)
    assert [r.text for r in numbered] == ["3. RESOLVED that Cabinet note the settlement."]


def _decided(text: str) -> list[tuple[str | None, str, str | None]]:
    found = find_resolutions(analyse(_pages(text), is_minutes=True).blocks)
    return [(r.minute, r.parts[0].text, r.vote) for r in found]


def test_decisions_in_other_councils_house_styles() -> None:
    # numbered paragraphs (a London borough), a "Decision" label over its decision (Welsh
    # and Scottish committees), a numbered resolution with mover, seconder and outcome
    # (Australian and New Zealand councils), and a motion carried (a US city council)
    assert [text for _, text, _ in _decided(
        "HOUSING SELECT COMMITTEE\nMinutes of the meeting held on 13 November 2024\n"
        "1. Minutes\n1.1 Resolved: that the minutes be agreed.\n2. Empty Homes\n"
        "2.1 Resolved: that the report be noted.\n")] == [
        "that the minutes be agreed.", "that the report be noted."]
    assert [text for _, text, _ in _decided(
        "Minutes of the Audit Committee held on 3 December 2024\n5 PERFORMANCE REPORT\n"
        "The report was presented.\nDecision\nThe Committee agreed:\n(a) to note the report\n"
        "6 WORK PROGRAMME\nDecision:\nTo agree the current work programme.\n"
        "7 NEXT MEETING\n18 February 2025.")] == [
        "to note the report", "To agree the current work programme."]
    assert _decided(
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 26 NOVEMBER 2024\n"
        "12. OFFICER REPORTS\n12.1 QUARTER 1 FINANCIAL REPORT\nRESOLUTION OC24/121\n"
        "Moved Cr Sharma / Seconded Cr Kostas\nThat Council notes the Quarter 1 report.\n"
        "CARRIED 4/2\n13. CLOSE OF MEETING\nThe meeting closed at 8.04pm.")[0][2] == \
        "For 4, Against 2"
    us = _decided(
        "REGULAR CITY COUNCIL MEETING MINUTES\nTuesday, March 4, 2025\n"
        "Item 11. Award of Bid\nMotion by Council Member Haddad, seconded by Council Member "
        "Novak, to award the contract to Kellerman Paving.\nMotion carried 5-2.\n"
        "Item 12. Joint Powers Agreement\nMotion by Council Member Brennan, seconded by "
        "Council Member Grant, to approve.\nMotion failed 3-4.\n")
    assert [(text.split(",")[0], vote) for _, text, vote in us] == [
        ("Motion by Council Member Haddad", "For 5, Against 2")]  # the failed motion is none


def test_decision_forms_of_minutes_are_not_decisions_elsewhere() -> None:
    assert opens_decision("Decision to approve the scheme was deferred.", True) is None
    report = _pages("Cabinet report\nRESOLUTION OC24/121\nMotion by Councillor A, seconded"
                    " by Councillor B, to approve the grant.\nThe motion was carried.")
    assert find_resolutions(analyse(report, is_minutes=False).blocks) == []


def test_tallies_in_the_forms_of_other_councils() -> None:
    assert tally("Motion carried 5-2 (Council Members Grant and Brennan voting no).") == \
        "For 5, Against 2"
    assert tally("Motion failed 3-4.") == "For 3, Against 4"
    assert tally("CARRIED 4/2") == "For 4, Against 2"
    assert tally("For – 5\nAgainst – 6\nAbstain – 1\nThe proposal fell.") == \
        "For 5, Against 6, Abstain 1"
    assert tally("Proposed Cllr Greaves, seconded Cllr Moss, all in favour.") == "Unanimous"
    assert tally("The budget was approved 12/2024 and carried 2024-25 forward.") is None
    # a recorded vote with its counts printed (Canada, a US county board), a Scottish
    # division between motion and amendment, and counts told with "votes"
    assert tally("Recorded Vote:\nYea (6): Mayor Lachance, Councillors Bouchard, Haldane\n"
                 "Nay (3): Councillors Ferreira, Iqbal, O'Dell\nCARRIED (6 to 3)") == \
        "For 6, Against 3"
    assert tally("Ayes: Anand, Brightman, Castellano, Holt (8)\nNays: None (0)\n"
                 "Absent: Iwasaki (1)") == "For 8, Against 0, Absent 1"
    assert tally("On a division, there voted:-\nFor the motion:- Ms Baxter, Mr Macrae and "
                 "Councillor Duthie (3).\nFor the amendment:- Councillors Ferrier and Guthrie "
                 "(2).") == "Motion 3, Amendment 2"
    assert tally("the recommendation was CARRIED with 14 votes for, 2 against and 1 "
                 "abstention") == "For 14, Against 2, Abstain 1"
    assert tally("For the motion there was wide support (a 2 year plan).") is None
    assert tally("He said nay (3 times) to the plan.") is None
    # a division whose sides are named, not counted (an Australian council's, a US
    # commission's), counted only when both sides are printed
    assert tally("A division is required. FOR: Crs Pike, Albury, Blake, Dwyer and Yip "
                 "AGAINST: Crs. Coote, Ranganathan") == "For 5, Against 2"
    assert tally("For: Commissioners Hale, Ruiz and Tan. Against: Nil.") == \
        "For 3, Against 0"
    assert tally("Report to Cabinet. For: Decision. Key decision: Yes") is None
    # a US roll call in capitals, members of one rank named together after a semicolon
    assert tally("ACTION: Motion carried with the following vote: AYES: Councilmembers "
                 "Brandt, Dominguez, Lowe; Vice Mayor Pasco; Mayor Whitlock NOES: "
                 "Councilmember Halvorsen ABSENT: None") == "For 5, Against 1"


def test_minute_numbers_over_their_titles_and_long_headings_in_capitals() -> None:
    # A metropolitan borough prints "Minute No. 43/24" on a line of its own, the title on the
    # next; a combined authority heads minutes in capitals longer than a short line.
    alone = _pages(
        "Minutes of the Health Scrutiny Committee held on 12 November 2024\n"
        "Minute No. 41/24\nMinutes\nRESOLVED – That the minutes be approved.\n"
        "Minute No. 42/24\nPublic Forum\nNo issues were raised.\n"
        "Minute No. 43/24\nAdult Social Care Waiting Lists and Assessment Performance\n"
        "RESOLVED – That the report be noted.\nMinute No. 44/24\nWork Programme\n"
        "RESOLVED – That the work programme be approved.")
    capitals = _pages(
        "MINUTES OF THE MEETING OF THE COMBINED AUTHORITY HELD ON 29 NOVEMBER 2024\n"
        "CA 110/24 APOLOGIES\nNone.\nCA 111/24 BROWNFIELD HOUSING PROGRAMME 2025-28\n"
        "RESOLVED/-\nThat the allocation be approved.\n"
        "CA 112/24 BEE NETWORK: BUS FRANCHISING TRANCHE 2 – PERFORMANCE UPDATE AND NEXT STEPS\n"
        "RESOLVED/-\nThat the single fare be retained.\n"
        "CA 113/24 REVENUE AND CAPITAL BUDGET MONITORING 2024/25 – QUARTER 2 UPDATE\n"
        "RESOLVED/-\nThat the outturn be noted.")
    assert [(r.minute, r.minute_heading) for r in find_resolutions(
        analyse(alone, is_minutes=True).blocks)] == [
        ("41/24", "Minutes"),
        ("43/24", "Adult Social Care Waiting Lists and Assessment Performance"),
        ("44/24", "Work Programme")]
    found = find_resolutions(analyse(capitals, is_minutes=True).blocks)
    assert [(r.minute, r.parts[0].text) for r in found] == [
        ("CA111/24", "That the allocation be approved."),
        ("CA112/24", "That the single fare be retained."),
        ("CA113/24", "That the outturn be noted.")]
    # a numbered paragraph in mixed case filling its line is still no heading
    long_line = "3. The Committee considered the report of the Director of Finance on the budget"
    assert long_line not in counted_headings(
        ["1. Apologies", "2. Minutes", long_line, "4. Budget", "5. Close"])


def test_minutes_numbered_from_one_are_the_agenda_s_items_with_their_sub_items() -> None:
    # New Zealand and Scottish councils number minutes as the agenda numbers its business,
    # from 1, with sub-items ("5.1") under a heading
    nz = analyse(_pages(
        "TARANUI DISTRICT COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL\n"
        "1 KARAKIA\nThe meeting opened with a karakia.\n2 APOLOGIES\nNone.\n"
        "3 DECLARATIONS\nNone.\n4 CONFIRMATION OF MINUTES\nConfirmed.\n5 REPORTS\n"
        "5.1 WATER SERVICES DELIVERY PLAN\n"
        "RESOLUTION CO/2024/144\nMOVED: Cr Fleming SECONDED: Cr Ngata\n"
        "That the plan be adopted for consultation.\nCARRIED\n5.2 RATES REMISSION POLICY\n"
        "The policy was adopted.\n6 PUBLIC EXCLUDED SESSION\nNone."), is_minutes=True)
    scottish = analyse(_pages(
        "Minute of Meeting\nPerformance, Review and Scrutiny Committee\n"
        "1. Welcome and Apologies\nApologies were received.\n2. Order of Business\nAs issued."
        "\n3. Declarations of Interest\nNone.\n4. Roads Update\nDecision\nThe Committee noted "
        "the report.\n5. Any Other Business\nNone."), is_minutes=True)
    assert nz.items["5.1"].title == "WATER SERVICES DELIVERY PLAN"
    [water] = find_resolutions(nz.blocks)
    assert (water.item, water.minute) == ("5.1", "5.1")
    assert [item for item in scottish.items] == ["1", "2", "3", "4", "5"]
    assert {b.item for b in scottish.blocks if "noted the report" in b.text} == {"4"}


def test_a_run_of_minute_headings_is_of_one_form() -> None:
    # an Irish district's "Item N:" headings with its motions "NOM 3 - Cllr A" among them,
    # and a town council's "N." headings with its public questions "Q1 Mr A" among them
    irish = ("Minutes of the Monthly Meeting of the Municipal District\n"
             "Item 1: Minutes\nAdopted.\nItem 2: Matters Arising\nNone.\n"
             "Item 3: Notices of Motion\nNOM 3 - Cllr Ruane\n\"That a crossing be installed.\"\n"
             "NOM 4 - Cllr Loftus\n\"That the flood scheme be reported on.\"\n"
             "Item 4: Community Grants\nThe Members noted grants of EUR 48,600.\n"
             "Item 5: Any Other Business\nNone.")
    town = ("Minutes of the meeting of the Town Council\n1. Apologies\nNone.\n"
            "2. Public Questions\nQ1 Mr Hart on the car park\nAnswered by the Clerk.\n"
            "Q2 Mrs Lowe on the allotments\nAnswered by the Chair.\n3. Minutes\nSigned.\n"
            "4. Play Area Grant\nThe grant of GBP 12,000 was accepted.\n5. Close\nClosed.")
    for text, said in ((irish, "EUR 48,600"), (town, "GBP 12,000")):
        structure = analyse(_pages(text), is_minutes=True)
        assert sorted(structure.items) == ["1", "2", "3", "4", "5"]
        assert {b.item for b in structure.blocks if said in b.text} == {"4"}
        assert not any(title.startswith(("Cllr", "Mr", "Mrs"))
                       for title in (i.title for i in structure.items.values()))
    # a heading of the run's own form not read still leaves every item uncited
    missed = analyse(_pages(town.replace("4. Play Area Grant", "4. Play area grant of the\n"
                                         "council")), is_minutes=True)
    assert missed.items == {}


def test_minutes_of_a_few_items_count_their_numbered_business() -> None:
    # an Australian council's minutes from item 9 ("9 REPORTS", "9.1 DA …"), and a New
    # Zealand board's pages from item 12: few minutes, their business numbered under them
    nsw = ["9 REPORTS - PLANNING", "9.1 DA 2024.318 - 12 Lot Subdivision", "RESOLUTION 21/25",
           "That Council approve the application.", "CARRIED",
           "9.2 Draft Coastal Management Program", "RESOLUTION 22/25",
           "That Council exhibit the program.", "CARRIED",
           "9.3 Planning Application DR/512/2024 - Aged Care Facility, 27 Breen Street,",
           "Golden Square", "RESOLUTION 23/25", "That Council grant a permit.", "CARRIED",
           "10 NOTICES OF MOTION",
           "10.1 Notice of Motion 2/2025 - Public Toilets at Cuttagee Beach (Cr Dwyer)",
           "RESOLUTION 23/25", "That a report come.", "CARRIED",
           "10.2 The Council considered the report of the Director on the coastal program",
           "Noted."]
    nz = ["12 OFFICER REPORTS", "12.1 QUARTER 1 FINANCIAL REPORT", "That the report be received.",
          "CARRIED", "12.2 DOG CONTROL POLICY", "That the policy be adopted.", "CARRIED",
          "13 PUBLIC EXCLUDED", "13.1 PROPERTY PURCHASE", "That the public be excluded.",
          "CARRIED"]
    for lines, sub in ((nsw, "10.1"), (nz, "13.1")):
        assert sub in {number for number, _ in counted_headings(lines).values()}
    # a long title in title case heads its sub-item, wrapped after a comma too; a numbered
    # sentence filling its line does not
    numbers = {number for number, _ in counted_headings(nsw).values()}
    assert "9.3" in numbers and "10.2" not in numbers
    # one minute's business alone, or three minutes with none under them, is too little
    assert counted_headings(nsw[:9]) == {}
    assert counted_headings(["9 REPORTS", "Noted.", "10 MOTIONS", "None.", "11 CLOSE"]) == {}


def test_a_third_level_of_business_under_a_sub_item_is_an_item() -> None:
    # a Queensland council's "8 REPORTS" / "8.1 BUILT INFRASTRUCTURE" / "8.1.1 REPORT TITLE",
    # and a New Zealand board's "6.2 GROUP" / "6.2.1 Title" in title case
    qld = ("ORDINARY MEETING MINUTES\n1 DECLARATION OF OPENING\nOpened.\n2 APOLOGIES\nNil.\n"
           "3 CONFIRMATION OF MINUTES\nConfirmed.\n4 REPORTS DIRECT TO COUNCIL\n"
           "4.1 BUILT INFRASTRUCTURE\n4.1.1 HARBOUR ROAD RESEALING (STAGE 2) -\nTENDER AWARD\n"
           "Council awarded the tender for $812,400.\n4.1.2 FOOTPATH PROGRAM 2025/26\n"
           "Council adopted the program.\n4.2 LIVEABILITY\n4.2.1 LIBRARY HOURS REVIEW\n"
           "Council extended Saturday hours.\n5 MEETING CLOSURE\nClosed at 11.36am.")
    nz = ("Minutes of the Strategy Committee\n5 Apologies\nNone.\n6 Reports\n"
          "6.1 Finance\n6.1.1 Annual Plan Consultation Outcomes\nThe plan was adopted.\n"
          "6.2 Operations\n6.2.1 Dog Control Bylaw Review\nThe bylaw was confirmed.\n"
          "6.2.2 Cemetery Fees\nFees of $1,150 were set.\n7 Closure\nClosed.")
    for text, said, item in ((qld, "$812,400", "4.1.1"), (nz, "$1,150", "6.2.2")):
        structure = analyse(_pages(text), is_minutes=True)
        assert {b.minute for b in structure.blocks if said in b.text} == {item}
    items = analyse(_pages(qld), is_minutes=True).items
    assert [*items] == ["1", "2", "3", "4", "4.1", "4.1.1", "4.1.2", "4.2", "4.2.1", "5"]
    assert items["4.1.1"].title == "HARBOUR ROAD RESEALING (STAGE 2)"
    # a report's numbered paragraphs "4.1.1 The …" under its sections are no headings
    paragraphs = qld.replace("4.1.2 FOOTPATH PROGRAM 2025/26", "4.1.2 The footpath program was "
                             "adopted after a long debate on the priorities.")
    assert "4.1.2" not in {b.minute for b in analyse(_pages(paragraphs), is_minutes=True).blocks}


def test_labelled_sub_items_under_a_minute_are_items() -> None:
    # a London planning sub-committee's "Item 4.2 HGY/2024/2210 - Site" under "4. PLANNING
    # APPLICATIONS", and a US council's "Item 7.1 Resolution 2025-14 …" under "7. CONSENT"
    london = ("MINUTES OF THE MEETING OF THE PLANNING SUB-COMMITTEE\n1. FILMING\nNoted.\n"
              "2. APOLOGIES\nNone.\n3. DECLARATIONS OF INTEREST\nNone.\n"
              "4. PLANNING APPLICATIONS\nItem 4.1  HGY/2024/1987 - 22 Lordship Mews\n"
              "RESOLVED\nThat planning permission be GRANTED.\n"
              "Item 4.2  HGY/2024/2210 - Former Depot, Carlton Road\nVotes: For 6, Against 2\n"
              "RESOLVED\nThat planning permission be GRANTED subject to a legal agreement.\n"
              "5. DATE OF NEXT MEETING\n10 March 2025.")
    us = ("CITY COUNCIL REGULAR MEETING MINUTES\n1. Call to Order\nOpened.\n2. Roll Call\n"
          "All present.\n3. Minutes\nApproved.\n4. Public Comment\nNone.\n"
          "5. Consent Agenda\nItem 5.1 Resolution 2025-14 Street Lighting Contract\n"
          "Motion carried 5-0.\nItem 5.2 Resolution 2025-15 Park Fees\n"
          "Motion carried 4-1.\n6. Adjournment\nClosed.")
    for text, second, said in ((london, "4.2", "legal agreement"), (us, "5.2", "4-1")):
        structure = analyse(_pages(text), is_minutes=True)
        assert second in structure.items
        assert {b.item for b in structure.blocks if said in b.text} == {second}
    # labelled under another minute than its own number's, it heads nothing
    astray = analyse(_pages(london.replace("Item 4.2", "Item 6.2")), is_minutes=True)
    assert "6.2" not in astray.items


def test_minutes_numbered_on_through_the_year_or_by_year_cite_no_item_by_number() -> None:
    for first, second in (("285.", "286."), ("24/112", "24/113")):
        numbered = analyse(_pages(
            f"Minutes of the Council held on 8 October 2024\n{first} Apologies\nNone.\n"
            f"{second} Highways\nNoted.\n"), is_minutes=True)
        assert numbered.items == {} and all(b.item is None for b in numbered.blocks)


def test_a_decision_keeps_its_own_vote_and_its_action_stays_an_action() -> None:
    decided = _decided(
        "Minutes of the Planning Committee held on 4 February 2025\n"
        "P014/25 Apologies\nNone.\nP015/25 Minutes\nAgreed.\nP016/25 Applications\n"
        "Resolved: That application A be approved.\n"
        "Councillor X proposed that application B be approved.\nMembers voted:\n"
        "For - 5\nAgainst - 6\nAbstain - 1\nThe proposal fell.\n"
        "Resolved: That application B be refused.\nP017/25 Close\nClosed.")
    assert [(text, vote) for _, text, vote in decided] == [
        ("That application A be approved.", None), ("That application B be refused.", None)]
    acted = _decided(
        "Minutes of the Corporate Scrutiny Committee held on 21 January 2025\n"
        "1 APOLOGIES\nNone.\n2 MINUTES\nConfirmed.\n3 WORK PROGRAMME\nDecision:\n"
        "To agree the forward work programme.\n"
        "ACTION: Scrutiny Manager to add an item on school transport.\n4 CLOSE\nClosed.")
    assert [text for _, text, _ in acted] == ["To agree the forward work programme."]
    assert _decided(
        "Minutes of the Cabinet held on 3 March 2025\n1. Apologies\nNone.\n2. Minutes\nAgreed."
        "\n3. Budget\nHaving considered the report, it was RESOLVED that the budget be noted."
        "\n4. Close\nClosed.")[0][1] == "that the budget be noted."


def test_minutes_with_a_heading_not_read_cite_no_item_by_number() -> None:
    # a heading wrapped onto a lower-case line is not read as one when only its number
    # opens it (a numbered paragraph's line wraps so): its minute would be filed under the
    # item before it, so no minute is cited as an item; labelled "Item 4." it is read
    minutes = ("REGULAR CITY COUNCIL MEETING MINUTES\nItem 1. Call to Order\nThe Mayor opened."
               "\nItem 2. Roll Call\nAll present.\nItem 3. Public Hearing - Ordinance 2025-03\n"
               "Motion by Council Member Grant, seconded by Council Member Lee, to adopt.\n"
               "Motion carried 7-0.\nItem 4. Approve an ordinance amending Chapter 14 regarding "
               "short-term\nrental licensing (First Reading)\nMotion by Council Member Ortiz, "
               "seconded by Council Member Lee, to approve.\nMotion carried 6-1.\n"
               "Item 5. Award of Bid\nNoted.\nItem 6. Adjournment\nClosed.")
    missed = analyse(_pages(minutes.replace("Item ", "")), is_minutes=True)
    assert missed.items == {} and all(block.item is None for block in missed.blocks)
    read = analyse(_pages(minutes), is_minutes=True)
    assert sorted(read.items) == ["1", "2", "3", "4", "5", "6"]
    assert [b.item for b in read.blocks if "Ortiz" in b.text] == ["4"]


def test_a_decision_after_a_vote_carried_on_its_line_and_a_wrapped_date_line() -> None:
    # a Scottish board's "The motion was accordingly carried and the Board agreed:-", under
    # minutes numbered 1 to 3 whose text wraps a date to a line's start ("1 July 2025; and")
    minutes = _pages(
        "MINUTE of MEETING of the INTEGRATION JOINT BOARD held on 26 February 2025\n"
        "1. APOLOGIES\nNone.\n2. DECLARATIONS OF INTEREST\nNone.\n3. BUDGET 2025/26\n"
        "On a division, there voted:-\nFor the motion:- Ms Baxter and Mr Macrae (2).\n"
        "For the amendment:- Councillor Ferrier (1).\n"
        "The motion was accordingly carried and the Integration Joint Board agreed:-\n"
        "(i) to close the ward from\n1 July 2025; and\n(ii) to issue Directions.\n"
        "4. DATE OF NEXT MEETING\nThe Board noted the date.")
    structure = analyse(minutes, is_minutes=True)
    assert sorted(structure.items) == ["1", "2", "3", "4"]
    [budget] = [r for r in find_resolutions(structure.blocks) if r.minute == "3"]
    assert budget.text.startswith("the Integration Joint Board agreed:-")
    assert (budget.item, budget.vote) == ("3", "Motion 2, Amendment 1")


def test_minute_headings_naming_their_item_after_their_number_cite_it() -> None:
    # an Irish county council's "MM/25/030 Item No. 3:" and a Welsh community council's
    # bilingual "25/033 Eitem 5 / Item 5:"
    irish = _pages("Minutes of Monthly Meeting of the Council held on 3rd March 2025\n"
                   "MM/25/028 Item No. 1: Adoption of Minutes\nThe minutes were adopted.\n"
                   "MM/25/029 Item No. 2: Votes of Sympathy\nThe Members extended sympathy.\n"
                   "MM/25/030 Item No. 3: Local Improvement Schemes 2025\n"
                   "Some 41 roads would be improved.")
    welsh = _pages("Minutes of the monthly meeting of the Council held on 11 March 2025\n"
                   "25/032 Eitem 4 / Item 4: Cynllunio / Planning\nNo objections.\n"
                   "25/033 Eitem 5 / Item 5: Goleuadau Stryd / Street Lighting\n"
                   "Seventeen lights remain to be converted.")
    for pages, last in ((irish, "3"), (welsh, "5")):
        structure = analyse(pages, is_minutes=True)
        [body] = [block for block in structure.blocks
                  if "41 roads" in block.text or "Seventeen" in block.text]
        assert body.item == last
        assert structure.items[last].title in {"Local Improvement Schemes 2025",
                                               "Goleuadau Stryd / Street Lighting"}


def test_minute_headings_citing_their_item_in_square_brackets_or_by_agenda_number() -> None:
    # an English county's "6/25  REVENUE … BUDGET  [Item 6]" and a unitary's planning
    # minutes "SPC/45  PA24/04512 - Land East of Trevenson Road (Agenda No. 6)"
    county = _pages("MINUTES of the meeting of the County Council\n"
                    "4/25    CHAIRMAN'S ANNOUNCEMENTS  [Item 4]\nNone.\n"
                    "5/25    LEADER'S STATEMENT  [Item 5]\nThe Leader spoke.\n"
                    "6/25    REVENUE AND CAPITAL BUDGET 2025/26  [Item 6]\n"
                    "RESOLVED: That the precept be GBP 1,836.09 for a Band D property.")
    planning = _pages("Minutes of the Strategic Planning Committee\n"
                      "SPC/44   Minutes (Agenda No. 2)\nApproved.\n"
                      "SPC/45   PA24/04512 - Land East of Trevenson Road (Agenda No. 6)\n"
                      "RESOLVED that planning permission be GRANTED for 120 homes.")
    for pages, item, title, said in (
            (county, "6", "REVENUE AND CAPITAL BUDGET 2025/26", "1,836.09"),
            (planning, "6", "PA24/04512 - Land East of Trevenson Road", "120 homes")):
        structure = analyse(pages, is_minutes=True)
        assert structure.items[item].title == title
        [decided] = [r for r in find_resolutions(structure.blocks) if said in r.text]
        assert decided.item == item
    # a report naming one item in brackets is no paper of cited headings, and an order's
    # "(No. 2)" cites no item
    report = _pages("Budget report\nThe precept was set at the last meeting [Item 6]\n"
                    "The figures follow.")
    assert CitedProfile().detect(report) is None
    order = _pages("MINUTES of the Cabinet\n1. APOLOGIES\nNone.\n2. MINUTES\nSigned.\n"
                   "3. PARKING PLACES ORDER (NO. 2)\nThe order was made.\n4. CLOSE\nClosed.")
    assert {b.minute_heading for b in analyse(order, is_minutes=True).blocks
            if "order was made" in b.text} == {"PARKING PLACES ORDER (NO. 2)"}


def test_an_item_named_without_a_minute_number_before_it_cites_nothing() -> None:
    listing = _pages("Parish notes\nItem 5: Budget\nThe budget was discussed.\n"
                     "Item 6: Play Area\nThe play area was discussed.\n"
                     "45. Item 6 was deferred to the next meeting.")
    assert CitedProfile().detect(listing) is None


def test_a_decision_after_its_proposer_and_seconder_on_one_line_is_found() -> None:
    assert [text for _, text, _ in _decided(
        "Minutes of Monthly Meeting of the Council held on 3rd March 2025\n"
        "MM/25/028 Item No. 1: Adoption of Minutes\n"
        "Proposed by Cllr. M. Fallon, seconded by Cllr. E. Rooney, it was agreed to adopt the\n"
        "minutes of the meeting held on 3rd February 2025.\n"
        "MM/25/029 Item No. 2: Roads\nAfter discussion, it was agreed that the Director write"
        " to the Department.\n")] == [
        "it was agreed to adopt the minutes of the meeting held on 3rd February 2025.",
        "it was agreed that the Director write to the Department."]
    # a longer sentence telling of an agreement opens no decision
    assert _decided("Minutes of the Parish Council held on 2 April 2025\n5 Roads\n"
                    "The Clerk reported that when the highway authority last met the "
                    "contractor, it was agreed that the works would wait.\n") == []


def test_a_title_opening_with_a_year_on_its_own_line_breaks_no_run_of_minutes() -> None:
    # a Canadian council's minutes: "10.2 Finance Department Report No. FIN-25-007" over
    # "2025 Transit Fare Strategy"; a year is no minute's number, so minutes 1 to 5 are read
    minutes = _pages("REGULAR MEETING OF COUNCIL\nMINUTES\n1. CALL TO ORDER\nOpened.\n"
                     "2. ADOPTION OF MINUTES\nAdopted.\n3. REPORTS\n3.1 Finance Report No. 7\n"
                     "2025 Transit Fare Strategy\nThe fares rise in July.\n4. BY-LAWS\nNone.\n"
                     "5. ADJOURNMENT\nClosed.")
    structure = analyse(minutes, is_minutes=True)
    assert sorted(structure.items) == ["1", "2", "3", "3.1", "4", "5"]
    assert [b.item for b in structure.blocks if "fares" in b.text] == ["3.1"]


def test_sub_items_lettered_or_in_brackets_are_minutes_and_items_of_their_own() -> None:
    # a US county board's "9.A Resolution No. 25-0411 - …" (long titles), a planning
    # committee's applications "59(a) 24/01876/FUL - …" under their minute
    board = _pages("REGULAR MEETING MINUTES\n1. CALL TO ORDER\nOpened.\n2. ROLL CALL\nAll.\n"
                   "3. ACTION ITEMS\n"
                   "3.A Resolution No. 25-0411 - Authorizing a Contract with Huron Valley "
                   "Ambulance\nMoved by Commissioner Frazier, supported by Commissioner Ellison,"
                   " to adopt.\nMotion carried 8-0.\n3.B Resolution No. 25-0412 - Establishing "
                   "a Rental Assistance Program\nMoved by Commissioner Holt, supported by "
                   "Commissioner Anand, to adopt.\nMotion carried 6-2.\n4. ADJOURNMENT\nClosed.")
    structure = analyse(board, is_minutes=True)
    assert sorted(structure.items) == ["1", "2", "3", "3.A", "3.B", "4"]
    assert [(r.minute, r.item, r.vote) for r in find_resolutions(structure.blocks)] == [
        ("3.A", "3.A", "For 8, Against 0"), ("3.B", "3.B", "For 6, Against 2")]
    planning = _pages("MINUTES OF A MEETING OF THE PLANNING COMMITTEE\n56. APOLOGIES\nNone.\n"
                      "57. DECLARATIONS\nNone.\n58. MINUTES\nApproved.\n59. PLANNING APPLICATIONS"
                      "\n59(a) 24/01876/FUL - Land East of Banbury Road, Kineton\n"
                      "RESOLVED: That permission be GRANTED.\n59(b) 24/02233/OUT - Former Garage"
                      "\nRESOLVED: That permission be REFUSED.\n60. APPEALS\nNoted.")
    minutes = [r.minute for r in find_resolutions(analyse(planning, is_minutes=True).blocks)]
    assert minutes == ["59(a)", "59(b)"]
    # a numbered paragraph under a minute is no sub-item: it ends a sentence
    paragraphs = _pages(planning[0].text.replace(
        "59(a) 24/01876/FUL - Land East of Banbury Road, Kineton",
        "59(a) The officer introduced the application."))
    assert "59(a)" not in {b.minute for b in analyse(paragraphs, is_minutes=True).blocks}


def test_decisions_after_a_finding_a_proposal_and_resolved_or_a_trustee_s_motion() -> None:
    # a Scottish council's "… became the finding of the meeting and the Council agreed:-",
    # an Irish district's "It was proposed by …, seconded by … and resolved:" over the words
    # resolved, and a US school board's "Motion by Trustee A, second by Trustee B, to adopt"
    scottish = ("Minute of Meeting of the Moray Council\nWednesday, 26 February 2025\n"
                "7. Revenue Budget\nOn a division there voted:\nFor the Motion (8): Cllrs A, B\n"
                "For the Amendment (5): Cllrs C, D\nAccordingly the Motion became the finding "
                "of the meeting and the Council agreed:-\n(i) a budget of GBP 271.6 million; "
                "and\n(ii) a Band D Council Tax of GBP 1,562.19.")
    irish = ("Minutes of the Monthly Meeting of Ballina Municipal District held on 18 March "
             "2025\nItem 4: Schedule of Works\nThe allocation is EUR 6,418,350.\nIt was proposed"
             " by Cllr Loftus, seconded by Cllr Gallagher and resolved:\n\"That the Schedule of "
             "Works 2025 be adopted.\"")
    school = ("BOARD OF EDUCATION - REGULAR MEETING MINUTES\nTuesday, February 11, 2025\n"
              "7.B Consolidation of Linwood Elementary\nMotion by Trustee Drury, second by "
              "Trustee Whitfield, to adopt Resolution No. 24-25-31.\nMotion carried 2-1.")
    for text, opening in ((scottish, "the Council agreed:-"), (irish, "resolved:"),
                          (school, "Motion by Trustee Drury")):
        meta = infer_meta(Path("minutes.pdf"), [text])
        assert meta.doc_type == "minutes", text
        found = find_resolutions(analyse(_pages(text), is_minutes=True).blocks)
        assert [r.text.split("\n")[0][:len(opening)] for r in found] == [opening]
    assert "Works 2025 be adopted" in find_resolutions(
        analyse(_pages(irish), is_minutes=True).blocks)[0].text
    # a sentence telling how something was once agreed opens no decision
    told = ("Minutes of the Parish Council held on 2 April 2025\n5 Roads\nThe Clerk said the "
            "works were costed in 2019 and the Council agreed to wait.")
    assert find_resolutions(analyse(_pages(told), is_minutes=True).blocks) == []


def test_motions_moved_in_australian_new_zealand_and_us_minutes_open_decisions() -> None:
    for line in ("Moved Cr Ferris/Cr Oakes", "Moved Cr Metcalf, seconded Cr Penny.",
                 "Councilmember Dominguez moved, seconded by Councilmember Lowe, to accept "
                 "the update.", "Vice Mayor Pasco moved, seconded by Council Member Brandt, to "
                 "adopt the resolution."):
        assert opens_decision(line, True).group("motion"), line
    for line in ("Moved to the next item of business.", "Councillor Smith moved to the chair.",
                 "The Mayor moved the meeting on to item 6."):
        assert opens_decision(line, True) is None, line
    # a resolution's number over its mover is one decision, its vote its own
    nz = _decided("KAHURANGI DISTRICT COUNCIL MINUTES\n1 APOLOGIES\nMoved Cr Ferris/Cr Oakes\n"
                  "CN25-03-1\nThat the apologies of Cr Sowman be accepted.\nCARRIED\n"
                  "2 MINUTES\nMoved Cr Loveridge/Cr Prout\nCN25-03-2\nThat the minutes be "
                  "confirmed.\nCARRIED 5-3\n3 REPORTS\nNoted.\n4 CLOSING\nClosed at noon.")
    assert [(minute, vote) for minute, _, vote in nz] == [("1", None), ("2", "For 5, Against 3")]


def test_a_committee_noting_a_paper_and_agreeing_after_its_proposer_decide() -> None:
    for line in ("Committee NOTED the correspondence.",
                 "The Committee NOTED the External Audit Plan 2024/25.",
                 "The Committee noted the work programme."):
        assert opens_decision(line, True), line
    assert opens_decision("Committee noted that waiting times rose.", True) is None
    # a Northern Ireland borough's and an English parish's decision after its proposer
    for minutes, said in (
            ("2. BINS\nProposed by Alderman Boyd, Seconded by Councillor Finlay and AGREED - to "
             "recommend\nthat Council approve the procurement of 40 bins.", "AGREED - to"),
            ("24/115 Finance\nProposed Cllr Trent, seconded Cllr Coyle and RESOLVED that the "
             "payments\nof £6,418.24 be approved.", "RESOLVED that")):
        blocks = analyse(_pages(f"Minutes of the meeting held on 11 February 2025\n{minutes}"),
                         is_minutes=True).blocks
        assert [b.text[:len(said)] for b in blocks if b.kind == "resolved"] == [said], minutes
    discussed = analyse(_pages("Minutes of the meeting held on 11 February 2025\n2. BINS\n"
                               "Members discussed the new bins and agreed that they were "
                               "welcome."), is_minutes=True).blocks
    assert not any(b.kind == "resolved" for b in discussed)


def test_minute_runs_pass_over_stray_numbered_lines_and_read_long_titled_headings() -> None:
    # a Canadian regional council's wrapped title "22 (Bloor Street), Oshawa" and a committee
    # report's own "1." and "2." among its minutes; a parish's "24/115 Finance" over "a)
    # Payments"; an Irish borough's summary table of the business before its minutes; a
    # decision session's long heading in title case
    canadian = ["The Regional Municipality of Halden", "1. Roll Call", "Present: all.",
                "2. Declarations of Interest", "None.", "3. Delegations",
                "3.1 Karen Whitfield re: Proposed Bicycle Lanes on Regional Road",
                "22 (Bloor Street), Oshawa (2025-W-10)", "She spoke in support.",
                "4. Communications", "None.", "5. Committee Reports",
                "1. Tender Award for the Courtice Outfall (2025-W-9) [CARRIED]",
                "2. Winter Maintenance Summary (2025-W-11) [CARRIED]", "6. Adjournment",
                "Closed."]
    parish = ["24/114 Minutes", "Approved.", "24/115 Finance", "a) Payments were approved.",
              "b) The precept was set.", "24/116 Planning", "a) No objection was made.",
              "24/117 Highways", "A second sign was bought."]
    irish = ["SUMMARY OF KEY RECOMMENDATIONS", "1. Apologies Councillor Reilly",
             "2. Declarations None", "3. Opening Hours Recommend approval", "1. APOLOGIES",
             "Recorded.", "2. DECLARATIONS OF INTEREST", "None.", "3. OPENING HOURS",
             "Approved.", "4. CORRESPONDENCE", "Noted."]
    york = ["43. Declarations of Interest", "None.", "44. Public Participation", "None.",
            "45. Bishopthorpe Road and Clifton - Objections to Traffic Regulation Orders "
            "(10:48 am)", "Resolved: That the lines be implemented.", "46. Urgent Business",
            "None.", "47. Close", "Closed."]
    for lines, heading, number in ((canadian, "6. Adjournment", "6"),
                                   (parish, "24/115 Finance", "24/115"),
                                   (irish, "4. CORRESPONDENCE", "4"), (york, york[4], "45")):
        assert counted_headings(lines)[heading][0] == number
    assert sorted(analyse(_pages("\n".join(canadian)), is_minutes=True).items)[:3] == \
        ["1", "2", "3"]
    assert "1. Tender Award for the Courtice Outfall (2025-W-9) [CARRIED]" not in \
        counted_headings(canadian)
    assert sorted(analyse(_pages("\n".join(irish)), is_minutes=True).items) == \
        ["1", "2", "3", "4"]
    # a second meeting's minutes after the first's leave both uncited by item
    twice = [*irish[4:], "1. APOLOGIES", "None."]
    assert analyse(_pages("\n".join(twice)), is_minutes=True).items == {}


def test_a_motion_s_outcome_alone_on_its_line_ends_the_motion_and_heads_nothing() -> None:
    # a New Zealand council's right-aligned "CARRIED" and an Australian council's
    # "CARRIED UNANIMOUSLY" under the motion, each followed by the minute's narrative
    for outcome in ("CARRIED", "CARRIED UNANIMOUSLY"):
        structure = analyse(_pages(
            "MINUTES OF THE ORDINARY MEETING\n1 APOLOGIES\nNone.\n2 BYLAW\nMoved Cr Dunphy/Cr "
            "Tawhiri\nThat the Council adopts the Dog Control Bylaw 2025.\n"
            f"                                        {outcome}\nCr Oakes asked that her vote "
            "against be recorded.\n3 REPORTS\nNoted.\n4 CLOSING\nClosed."), is_minutes=True)
        [bylaw] = find_resolutions(structure.blocks)
        assert bylaw.text.endswith(outcome) and "Oakes" not in bylaw.text
        assert not any(b.kind == "heading" and b.text == outcome for b in structure.blocks)
    # a heading that only opens with an outcome's word stays a heading
    budget = analyse(_pages("Minutes of the Cabinet held on 3 March 2025\nCARRIED FORWARD "
                            "BUDGETS\nThe sums were noted."), is_minutes=True)
    assert budget.blocks[1].kind == "heading"


def test_a_decision_s_marker_wrapped_over_two_lines_opens_one_decision() -> None:
    # a parish's "… obtained. It was" / "RESOLVED to defer …" and a licensing
    # sub-committee's "… presented. The Sub-Committee" / "RESOLVED that the licence …"
    for wrapped, said in (("Two quotes had been obtained. It was\nRESOLVED to defer a "
                           "decision.", "to defer a decision."),
                          ("The report was presented. The Sub-Committee\nRESOLVED that the "
                           "licence be granted.", "that the licence be granted.")):
        decided = _decided("Minutes of the meeting held on 13 January 2025\n1. Apologies\n"
                           f"None.\n2. Lighting\n{wrapped}\n3. Planning\nNone.\n4. Close\nClosed.")
        assert len(decided) == 1 and decided[0][1].endswith(said)
    # two decisions, the first unpunctuated, stay two
    two = _decided("Minutes of the meeting held on 13 January 2025\n1. Budget\nRESOLVED that "
                   "the report be noted\nRESOLVED that the budget be approved.")
    assert len(two) == 2


def test_a_motion_proposed_seconded_and_carried_on_a_vote_is_the_minute_s_decision() -> None:
    # a Northern Ireland committee's quoted motion and an English town council's motion
    # after a dash, each carried on a recorded vote with no "RESOLVED" after it
    northern = ('4. BEACH WHEELCHAIRS\nProposed by Councillor Toner\nSeconded by Councillor '
                'Jamison\n"That Council asks officers to report on beach wheelchairs."\n'
                "The Chair put the motion to the Committee to vote.\n15 Members voted For; 0 "
                "Members voted Against.\nThe Chair declared the motion carried.")
    town = ("4. PLANNING\nProposed by Cllr Hale, seconded by Cllr Moss - that the Council "
            "objects to the application. On being put to the vote the motion was carried "
            "(For 7, Against 2).")
    for minute, said, vote in ((northern, "That Council asks officers", "For 15, Against 0"),
                               (town, "that the Council objects", "For 7, Against 2")):
        decided = _decided(f"Minutes of the meeting held on 11 February 2025\n1. APOLOGIES\n"
                           f"None.\n2. MINUTES\nSigned.\n3. REPORTS\nNoted.\n{minute}\n"
                           "5. CLOSE\nClosed.")
        assert [(m, text[:len(said)], v) for m, text, v in decided] == [("4", said, vote)]
    # lost, or followed by the minute's own resolution, it is no decision of its own
    lost = town.replace("carried", "lost")
    resolved = town + "\nRESOLVED that the Council objects to the application."
    for minute in (lost, resolved):
        decided = _decided(f"Minutes of the meeting held on 11 February 2025\n1. APOLOGIES\n"
                           f"None.\n2. MINUTES\nSigned.\n3. REPORTS\nNoted.\n{minute}\n"
                           "5. CLOSE\nClosed.")
        assert [text[:8] for _, text, _ in decided] == ([] if minute == lost else ["that the"])


def test_a_resolution_numbered_in_mixed_case_opens_its_decision() -> None:
    # a Queensland council's "Council Resolution (OM25/32)", an Ontario township's
    # "Resolution No. 2025-063" and a New Zealand committee's "Resolution SPC25-104: Cr A
    # Moved, Cr B Seconded", each over its mover and what was resolved
    for number, mover in (("Council Resolution (OM25/32)", "Moved: Cr Delahunty"),
                          ("Resolution No. 2025-063", "Moved by: Councillor Driscoll"),
                          ("Resolution SPC25-104: Cr Ewing Moved, Cr Dunstan Seconded", "")):
        decided = _decided(f"Minutes of the meeting held on 12 March 2025\n1. APOLOGIES\nNil.\n"
                           f"2. MINUTES\nConfirmed.\n3. TENDER\n{number}\n{mover}\nThat Council "
                           "award the tender for the sum of $4,386,912.\nCarried\n4. CLOSE\n"
                           "Closed.")
        assert [(minute, "$4,386,912" in text) for minute, text, _ in decided] == [("3", True)]
    for line in ("Council Tax Resolution 2025/26", "Resolution of the Board",
                 "Resolution 2025/26 Council Tax"):
        assert opens_decision(line, True) is None, line


def test_minutes_numbered_with_a_code_and_a_dot_or_titles_ending_in_a_full_stop() -> None:
    # an English district's "CL.301 Apologies" and a Texas court's "ITEM 7 - Purchase of a
    # motor grader." (a title ending its sentence)
    district = ["CL.301 Apologies", "None.", "CL.302 Minutes", "Approved.",
                "CL.303 Council Tax Resolution 2025/26", "Approved.", "CL.304 Notice of Motion",
                "Carried."]
    texas = ["ITEM 6 - Order continuing the prohibition of outdoor burning.",
             "Motion carried 5-0.", "ITEM 7 - Purchase of a motor grader.", "Motion carried 5-0.",
             "ITEM 8 - Variance to Subdivision Rules.", "Motion carried 3-1.",
             "ITEM 9 - Adjourn.", "Adjourned."]
    for lines, number in ((district, "CL.303"), (texas, "7")):
        assert number in {n for n, _ in counted_headings(lines).values()}
    # an unlabelled numbered sentence is still no heading
    heads = counted_headings(["1. Apologies", "2. Minutes", "3. Members noted the report.",
                              "4. Budget", "5. Close"])
    assert "4. Budget" in heads and "3. Members noted the report." not in heads


def test_the_meeting_s_close_ends_its_last_decision_and_minute() -> None:
    # a Scottish review body's minutes closing "The meeting concluded at 11.40 a.m." before
    # its appended decision notice, and a parish council's "There being no further business,
    # the Chair closed the meeting at 8.40pm" before an appendix of actions
    scottish = ("MINUTES of Meeting of the LOCAL REVIEW BODY\n1. MINUTE\nApproved.\n"
                "2. REVIEW OF 24/01102/FUL\nDECISION\nAGREED that:\n(a) the review be upheld; "
                "and\n(b) the applicant be told.\n3. REVIEW OF 24/00955/PPP\nDECISION\n"
                "AGREED that:\n(a) a drainage assessment be sought; and\n(b) the review be "
                "continued.\nThe meeting concluded at 11.40 a.m.\nAPPENDIX I\n"
                "DECISION NOTICE\nThe Local Review Body grants planning permission.")
    parish = ("Minutes of the Parish Council\n41/25 Apologies\nNone.\n42/25 Minutes\nSigned.\n"
              "43/25 Play Area\nRESOLVED: That:\n1. the quote of GBP 8,400 be accepted;\n"
              "2. the Clerk order the equipment.\n44/25 Date of Next Meeting\n12 June.\n"
              "There being no further business, the Chair closed the meeting at 8.40pm.\n"
              "Appendix A – Action list\nThe Clerk to order equipment.")
    for text, last, after in ((scottish, "3", "grants planning"), (parish, "43/25", "to order")):
        blocks = analyse(_pages(text), is_minutes=True).blocks
        decided = [r for r in find_resolutions(blocks) if r.minute == last]
        assert decided and "closed" not in decided[-1].text and "concluded" not in decided[-1].text
        assert {b.minute for b in blocks if after in b.text} == {None}
    # an adjournment is no close, and an appendix named in a sentence is no appendix's label
    unlabelled = parish.replace("Appendix A – Action list\n", "")
    adjourned = unlabelled.replace("There being no further business, the Chair closed",
                                   "The meeting adjourned at 7.40pm and reconvened")
    named = parish.replace("There being no further business, the Chair closed the meeting at "
                           "8.40pm.\nAppendix A – Action list", "Appendix A lists the actions.")
    for text in (adjourned, named):
        assert {b.minute for b in analyse(_pages(text), is_minutes=True).blocks
                if "to order" in b.text} == {"44/25"}


def test_a_scottish_decision_label_over_a_verb_in_capitals_and_a_show_of_hands() -> None:
    # "DECISION" / "NOTED." and "DECISION" / "APPROVED for signature by the Chair." in a
    # Scottish council's minutes; a show of hands "Motion - 2 votes" / "Amendment - 3 votes"
    minutes = ("MINUTE of Meeting of the EDUCATION COMMITTEE\n1. MINUTE\nThere had been "
               "circulated copies of the Minute.\nDECISION\nAPPROVED for signature by the Chair."
               "\n2. ATTAINMENT REPORT\nThere had been circulated copies of a report.\nDECISION\n"
               "NOTED.\n3. SCHOOL ESTATE\nCouncillor Baird moved approval. Councillor Gow moved "
               "an amendment.\nOn a show of hands Members voted as follows:-\nMotion - 2 votes\n"
               "Amendment - 3 votes\nThe amendment was accordingly carried.\nDECISION\nAGREED "
               "that the review be delayed.")
    decided = {r.minute: r for r in find_resolutions(analyse(_pages(minutes),
                                                             is_minutes=True).blocks)}
    assert sorted(decided) == ["1", "2", "3"]
    assert decided["3"].vote == "Motion 2, Amendment 3"
    # a signature block's "APPROVED:" and a sentence's votes are neither
    assert opens_decision("APPROVED:", True) is None
    assert opens_decision("APPROVED AS TO FORM AND LEGAL SUFFICIENCY", True) is None
    assert tally("The motion received 2 votes more than the amendment.") is None
    assert tally("Motion - 2 votes") is None


def test_a_body_alone_before_its_decision_s_parts_opens_the_decision() -> None:
    # a Scottish committee's "Decision" / "The Committee:-" / "(1) noted …", and a transport
    # board's "The Board:" / "1 noted the paper;"
    fife = ("MINUTE of the EDUCATION COMMITTEE\n41. DECLARATIONS\nNone.\n42. MINUTE\nDecision\n"
            "The Committee agreed to approve the minute.\n43. LEARNING ESTATE\nDecision\n"
            "The Committee:-\n(1) noted the report;\n(2) agreed that a consultation be carried "
            "out; and\n(3) requested an update by December 2025.\n44. WORK PROGRAMME\n"
            "Decision\nThe Committee noted the work programme.")
    board = ("Minutes of the Board\n12/03/25 Apologies\nNone.\n13/03/25 Budget\nThe Board:\n"
             "1 noted the paper;\n2 approved the Budget of GBP 9.8bn.\n14/03/25 Fares\nNoted.\n"
             "15/03/25 Close\nClosed.")
    for text, minute, said in ((fife, "43", "(3) requested an update"),
                               (board, "13/03/25", "approved the Budget")):
        decided = [r for r in find_resolutions(analyse(_pages(text), is_minutes=True).blocks)
                   if said in r.text]
        assert decided and decided[0].text.startswith(("The Committee:-", "The Board:"))
        assert decided[0].minute == minute
    # a report's "The Committee:" names no decision, nor does a label with its title
    assert opens_decision("The Committee:-", False) is None
    assert opens_decision("The Committee: Membership and Terms of Reference", True) is None


def test_a_division_printed_side_by_side_line_by_line_is_the_decision_s_tally() -> None:
    # an English committee's recorded vote above "RESOLVED (by majority):", and an
    # Australian council's division above its resolution
    english = ("Minutes of the Committee\n63 MINUTES\nApproved.\n64 QUESTIONS\nNone.\n"
               "65 TRANSPORT POLICY\nA recorded vote was requested, with the following result:\n"
               "For: Councillors R Bailey, C Bulman and G Smith\n"
               "Against: Councillors E Gilman and B Posnett\nAbstain: Councillor L Smetham\n"
               "RESOLVED (by majority):\nThat the policy be approved.\n66 CLOSE\nClosed.")
    australian = ("Minutes of the Ordinary Meeting\n8 REPORTS\nNoted.\n9 BUDGET\n"
                  "FOR: Crs Pike, Albury and Yip\nAGAINST: Crs Coote and Ranganathan\n"
                  "RESOLVED that the budget be adopted.\n10 GENERAL BUSINESS\nNil.\n"
                  "11 CLOSE\nClosed.")
    for text, minute, vote in ((english, "65", "For 3, Against 2, Abstain 1"),
                               (australian, "9", "For 3, Against 2")):
        decided = {r.minute: r.vote for r in find_resolutions(
            analyse(_pages(text), is_minutes=True).blocks)}
        assert decided[minute] == vote
    # a side alone is no division
    assert tally("Abstain: Councillor L Smetham") is None
    assert tally("For: Decision\nKey decision: Yes") is None


def test_a_new_england_town_meeting_s_articles_and_votes() -> None:
    # a town meeting's "ARTICLE 5. FY26 OPERATING BUDGET" and "VOTED: In the words of the
    # motion.", and a select board's "Voted unanimously to approve …"
    town = ("MINUTES OF THE ANNUAL TOWN MEETING\nARTICLE 1. HEAR REPORTS\nMoved by the Chair: "
            "To accept the reports.\nUNANIMOUSLY VOTED: In the words of the motion.\n"
            "ARTICLE 2. FY26 OPERATING BUDGET\nMoved by the Finance Committee: That the Town "
            "appropriate $118,402,766.\nVOTED: In the words of the main motion.\n"
            "ARTICLE 3. STABILIZATION FUND\nVOTED: To indefinitely postpone Article 3.\n"
            "ARTICLE 4. ZONING BYLAW\nVOTED: To amend the Zoning Bylaw as printed.")
    board = ("Select Board Minutes\nItem 1. Call to Order\nOpened at 7 pm.\nItem 2. Minutes\n"
             "Voted unanimously to approve the minutes of April 8.\nItem 3. Road Repairs\n"
             "Voted to award the paving contract for $412,000.\nItem 4. Adjourn\nClosed.")
    town_decided = {r.minute for r in find_resolutions(analyse(_pages(town),
                                                               is_minutes=True).blocks)}
    assert town_decided == {"1", "2", "3", "4"}
    board_decided = {r.minute for r in find_resolutions(analyse(_pages(board),
                                                                is_minutes=True).blocks)}
    assert board_decided == {"2", "3"}
    # a report's "VOTED:" opens nothing, nor does a sentence saying members voted
    assert opens_decision("VOTED: In the words of the motion.", False) is None
    assert opens_decision("Members voted to defer the item.", True) is None


def test_a_motion_moved_and_seconded_under_its_resolution_s_number() -> None:
    # a Canadian regional board's "25-114   It was moved and seconded that …" / "MOTION
    # CARRIED", and a parish's "It was moved and seconded that …" with no number
    board = ("Minutes of the Regular Board meeting\n25-112 It was moved and seconded that the "
             "agenda be approved.\nMOTION CARRIED\n25-114 It was moved and seconded that the "
             "Financial Plan be approved with a requisition of $78,612,400.\nMOTION CARRIED\n"
             "25-115 It was moved and seconded that the grant be refused.\nMOTION DEFEATED")
    parish = ("Minutes of the Parish Council\nIt was moved and seconded that the precept of "
              "GBP 48,500 be set. Carried.")
    assert [r.text.split()[0] for r in find_resolutions(
        analyse(_pages(board), is_minutes=True).blocks)] == ["25-112", "25-114"]
    assert len(find_resolutions(analyse(_pages(parish), is_minutes=True).blocks)) == 1
    # a report telling of a motion opens none
    assert opens_decision("It was moved and seconded that the plan be approved.", False) is None


def test_a_minute_whose_title_opens_with_its_agenda_item_cites_that_item() -> None:
    # a Welsh community council's "25/031  1. Croeso / Welcome" (bilingual), and an English
    # town council's "Min 24/101  1. Apologies"
    welsh = ("LLANBADARN FAWR COMMUNITY COUNCIL\nMinutes of the monthly meeting\n"
             "25/031  1. Croeso / Welcome\nThe Chair welcomed everyone.\n"
             "25/032  2. Ymddiheuriadau / Apologies\nNone.\n25/033  3. Cofnodion / Minutes\n"
             "RESOLVED: That the minutes be approved.\n25/034  4. Praesept / Precept\n"
             "RESOLVED: To set a precept of GBP 38,500.\n25/035  5. Cynllunio / Planning\nNone.")
    town = ("Minutes of the Town Council\nMin 24/101  1. Apologies\nNone.\n"
            "Min 24/102  2. Minutes\nSigned.\nMin 24/103  3. Allotments\nRESOLVED: That rents "
            "rise to GBP 48.\nMin 24/104  4. Finance\nNoted.")
    for text, said, item, title in ((welsh, "38,500", "4", "Praesept / Precept"),
                                    (town, "GBP 48", "3", "Allotments")):
        structure = analyse(_pages(text), is_minutes=True)
        assert {b.item for b in structure.blocks if said in b.text} == {item}
        assert structure.items[item].title == title
        assert {r.item for r in find_resolutions(structure.blocks) if said in r.text} == {item}
    # a title without its item, or items not counting from 1 with no gap, cite none
    for changed in (town.replace("Min 24/103  3. Allotments", "Min 24/103  Allotments"),
                    town.replace("3. Allotments", "5. Allotments")):
        assert analyse(_pages(changed), is_minutes=True).items == {}


def test_coded_minutes_in_mixed_case_and_numbers_set_off_by_a_spaced_colon() -> None:
    # an English city executive's "Exe/25/21 Strategy Update" and a Welsh city cabinet's
    # "101 :   MINUTES OF THE CABINET MEETING"
    executive = ["Exe/25/20 Minutes", "Approved.", "Exe/25/21 Strategy - Delivery Update",
                 "Noted.", "Exe/25/22 Bee Network - Local Measures", "Approved.",
                 "Exe/25/23 Exclusion of the Press and Public", "Agreed."]
    cabinet = ["101 :   MINUTES OF THE LAST MEETING", "Approved.", "102 :   TRANSPORT HUB",
               "Noted.", "103 :   CORPORATE PLAN 2025-28", "Recommended.",
               "104 :   SCHOOL ORGANISATION", "Agreed."]
    assert [number for number, _ in counted_headings(executive).values()] == [
        "Exe/25/20", "Exe/25/21", "Exe/25/22", "Exe/25/23"]
    assert [title for _, title in counted_headings(cabinet).values()][1] == "TRANSPORT HUB"
    # a sentence opening with a word and a number is no heading
    assert counted_headings(["Page 2 : Contents", "Item 3 : Budget"]) == {}


def test_a_decision_told_after_then_or_thereafter_and_minutes_approved_in_prose() -> None:
    # a Northern Irish committee's "The Committee then agreed to award …" and "The Committee
    # adopted the recommendation …", a Scottish "Thereafter, the Committee:-", an English
    # county's "The minutes … were submitted, confirmed and signed."
    for line in ("The Committee then agreed to award the contract to Gilbert-Ash NI Ltd.",
                 "The Committee adopted the recommendation to extend the scheme.",
                 "Thereafter, the Committee:-",
                 "The Executive approved as a correct record the minutes of 12 February.",
                 "The minutes of the meeting held on 4 December 2024 were submitted, confirmed "
                 "and signed.",
                 "The minutes of the meeting held on 14 January 2025 were approved as a true "
                 "record."):
        assert opens_decision(line, True), line
        assert opens_decision(line, False) is None, line
    for line in ("The minutes of the last meeting are attached for information.",
                 "The Committee adopted a new approach in 2019, the report said."):
        assert opens_decision(line, True) is None, line


def test_minutes_numbered_by_their_agenda_pass_over_items_with_no_business() -> None:
    # a city council's Modern.gov minutes "4. Minutes", "6. Public forum", "9. Budget" (items
    # 5, 7 and 8 had no business), and a county's "1/25" … "3/25", "6/25", "7/25"
    city = ("MINUTES of the Full Council\n1. Welcome\nNone.\n2. Apologies\nNone.\n"
            "3. Declarations of interest\nNone.\n4. Minutes of previous meeting\nApproved.\n"
            "6. Public forum\nTwelve statements were received.\n"
            "9. Budget 2025/26\nRESOLVED: That a net revenue budget of GBP 563.4m be approved.\n"
            "10. Motions\nNone.")
    county = ("MINUTES of the County Council\n1/25 APOLOGIES\nNone.\n2/25 MINUTES\nSigned.\n"
              "3/25 DECLARATIONS\nNone.\n6/25 REVENUE BUDGET\nRESOLVED: That the precept be "
              "GBP 1,836.09.\n7/25 QUESTIONS\nNone.")
    for text, minute, said in ((city, "9", "563.4m"), (county, "6/25", "1,836.09")):
        [decided] = [r for r in find_resolutions(analyse(_pages(text), is_minutes=True).blocks)
                     if said in r.text]
        assert decided.minute == minute
    # a wider gap parts two lists: a minute's own "1. 2. 3." list does not run on into "8."
    assert counted_headings(["1. Apologies", "2. Minutes", "3. Budget", "4. Parks",
                             "8. Close"]).get("8. Close") is None


def test_a_run_takes_the_nearest_number_that_counts_on() -> None:
    # a Northern Irish borough's "9. ANY OTHER RELEVANT BUSINESS (… STANDING ORDER" wrapped
    # onto "12 (O))", and a district's "7. APPLICATIONS UNDER SECTION" wrapped onto "10 OF THE
    # ACT": the wrapped line counts on from the heading, but the next heading counts nearer
    borough = ["5. RECYCLING", "Noted.", "6. DOG CONTROL", "Agreed.", "7. CORRESPONDENCE",
               "Noted.", "8. NOTICE OF MOTION", "Carried.",
               "9. ANY OTHER RELEVANT BUSINESS (NOTIFIED IN ACCORDANCE WITH STANDING ORDER",
               "12 (O))", "None.", "10. WASTE COLLECTION VEHICLES", "Agreed.",
               "11. DATE OF NEXT MEETING", "11 March."]
    district = ["4. APOLOGIES", "None.", "5. MINUTES", "Signed.", "6. PARKS", "Noted.",
                "7. APPLICATIONS UNDER SECTION", "10 OF THE ACT", "Granted.",
                "8. TREE PRESERVATION ORDERS", "Confirmed.", "9. CLOSE", "Closed."]
    for lines, first, last in ((borough, 5, 11), (district, 4, 9)):
        assert [number for number, _ in counted_headings(lines).values()] == [
            str(n) for n in range(first, last + 1)]


def test_a_vote_told_in_one_sentence_with_its_counts_in_words_or_figures() -> None:
    # a Northern Irish committee's "On a vote, six Members voted for the proposal and nine
    # against", an English council's "12 voting for and 30 against"
    for text, said in (("On a vote, six Members voted for the proposal and nine against and "
                        "it was declared lost.", "For 6, Against 9"),
                       ("The amendment was lost, 12 voting for and 30 against.",
                        "For 12, Against 30"),
                       ("Seven members voted in favour and two against.", "For 7, Against 2")):
        assert tally(text) == said
    # words for numbers that count no vote
    assert tally("No one spoke against the scheme for twenty years.") is None


def test_a_scottish_article_is_headed_in_capitals_and_numbered_by_its_paragraph() -> None:
    # a city council committee's minute and an integration joint board's: each article a
    # heading in capitals (one wrapped after a dash) over its first paragraph, numbered on
    # through the minute; the numbers are no agenda items
    council = ("ABERDEEN CITY COUNCIL\nFINANCE AND RESOURCES COMMITTEE\n"
               "DETERMINATION OF URGENT BUSINESS\n1.   There was no urgent business.\n"
               "MINUTE OF PREVIOUS MEETING OF 29 JANUARY 2025\n2.   The Committee had before "
               "it the minute.\nThe Committee resolved:-\nto approve the minute.\n"
               "COUNCIL FINANCIAL PERFORMANCE - COMMERCIAL INCOME REVIEW -\nCORS/25/051\n"
               "3.   The Committee had before it a report.\nThe Committee resolved:-\n"
               "to note the report.\nPROPERTY DISPOSAL - FORMER ANNEXE\n4.   The Committee "
               "had before it a report.\nThe report was noted.")
    board = ("INTEGRATION JOINT BOARD\nWELCOME AND APOLOGIES\n10. The Chair welcomed members."
             "\nDECLARATIONS OF INTEREST\n11. None were made.\nFINANCIAL MONITORING REPORT\n"
             "12. The Board considered the report.\nThe Board agreed to note the report.\n"
             "WINTER PLAN 2025/26\n13. The Board considered the plan.")
    for text, minutes in (
            (council, [("1", "DETERMINATION OF URGENT BUSINESS"),
                       ("2", "MINUTE OF PREVIOUS MEETING OF 29 JANUARY 2025"),
                       ("3", "COUNCIL FINANCIAL PERFORMANCE - COMMERCIAL INCOME REVIEW - "
                             "CORS/25/051"),
                       ("4", "PROPERTY DISPOSAL - FORMER ANNEXE")]),
            (board, [("10", "WELCOME AND APOLOGIES"), ("11", "DECLARATIONS OF INTEREST"),
                     ("12", "FINANCIAL MONITORING REPORT"), ("13", "WINTER PLAN 2025/26")])):
        structure = analyse(_pages(text), is_minutes=True)
        read = [(b.minute, b.minute_heading) for b in structure.blocks if b.minute]
        assert list(dict.fromkeys(read)) == minutes
        assert structure.items == {}
    # a report's sections in capitals, their paragraphs numbered from 1 in each, are none
    report = ("BACKGROUND\n1. The council owns the site.\nPROPOSAL\n1. The site is sold.\n"
              "FINANCIAL IMPLICATIONS\n1. A receipt follows.\nRISKS\n1. None.")
    assert not any(b.minute for b in analyse(_pages(report), is_minutes=True).blocks)


def test_filed_items_open_at_their_label_and_file_number() -> None:
    # a US county board's minutes (consent items "A-1)" then departmental "1)", each over
    # its title) and a city council's agenda ("1.  25-0311"); the decisions under them
    # cite them, and file numbers out of order (a table of cases) are no agenda
    county = ("Minutes of the Board of Supervisors\nADMINISTRATIVE AGENDA\nA-1)   25-00141\n"
              "Auditor-Controller - Receive the Treasury Report\nConsider recommendations as "
              "follows: a) Receive and file.\nReceived and filed.\nA-2)   25-00152\nPublic Works"
              " - Approve Plans for Cathedral Oaks Road\nBridge Replacement\nApproved.\n"
              "DEPARTMENTAL AGENDA\n1)   25-00190\nHEARING - Short-Term Rental Ordinance\n"
              "A motion was made by Supervisor Capps, seconded by Supervisor Lee, that this "
              "matter be Approved. The motion carried by the following vote:\nAyes: 3 - "
              "Supervisor Lee, Supervisor Capps and Supervisor Hartmann\nNoes: 2 - Supervisor "
              "Nelson and Supervisor Lavagnino\n2)   25-00197\nBudget Development Update\n"
              "A motion was made by Supervisor Nelson, seconded by Supervisor Lee, that this "
              "matter be Received. The motion carried by the following vote:\nAyes: 5")
    city = ("CITY COUNCIL AGENDA\n1.  25-0311\nProclamation - Arbor Day\n2.  25-0312\n"
            "Minutes of March 4, 2025\n3.  25-0320\nContract Award - Street Resurfacing\n"
            "Staff recommends award to the lowest bidder.")
    minutes = analyse(_pages(county), is_minutes=True)
    assert {n: item.title for n, item in minutes.items.items()} == {
        "A-1": "Auditor-Controller - Receive the Treasury Report",
        "A-2": "Public Works - Approve Plans for Cathedral Oaks Road Bridge Replacement",
        "1": "HEARING - Short-Term Rental Ordinance", "2": "Budget Development Update"}
    assert [(r.item, r.vote) for r in find_resolutions(minutes.blocks)] == [
        ("1", "For 3, Against 2"), ("2", "For 5")]
    agenda = analyse(_pages(city), is_minutes=False)
    assert list(agenda.items) == ["1", "2", "3"]
    cases = "Appeals\n2)   24-00512\nLand at Oak Road\n1)   24-00390\nMill Lane\n3)   24-00601\nX"
    assert analyse(_pages(cases), is_minutes=False).items == {}


def test_a_decision_sheet_takes_its_items_in_turn_under_their_headings() -> None:
    # a London borough's record of the decisions of its cabinet ("5.1 Title" / "DECISION")
    # and a county's ("7. Title" / "Decision"); each decision cites its item; a proposed
    # record of one decision (one label) and headings out of order are no such sheet
    london = ("RECORD OF THE DECISIONS OF THE CABINET\n1.  DECLARATIONS OF INTERESTS\nNone.\n"
              "5.1  Housing Revenue Account (HRA) Budget 2025-26 and Rent Setting\nDECISION\n"
              "1. To approve a rent increase of 2.7% for all tenanted Council dwellings.\n"
              "2. To note the equalities implications.\nReasons for the decision\nThe Council "
              "must set a balanced budget.\n5.2  Leisure Services Contract - Insourcing Update\n"
              "DECISION\n1. To agree the refurbishment of the pool.\nReasons for the decision\n"
              "The plant is old.")
    county = ("Cabinet - 4 March 2025\nDecisions\n6. Capital Programme 2025/26\nDecision\n"
              "To approve the capital programme.\nReasons for the decision\nTo invest.\n"
              "7. Highways Maintenance Contract\nDecision\nTo award the contract to the "
              "lowest bidder.\nReasons for the decision\nBest value.")
    for text, items in ((london, {"1": "DECLARATIONS OF INTERESTS",
                                  "5.1": "Housing Revenue Account (HRA) Budget 2025-26 and "
                                         "Rent Setting",
                                  "5.2": "Leisure Services Contract - Insourcing Update"}),
                        (county, {"6": "Capital Programme 2025/26",
                                  "7": "Highways Maintenance Contract"})):
        structure = analyse(_pages(text), is_minutes=False)
        assert {n: item.title for n, item in structure.items.items()} == items
        decided = find_decisions(structure.blocks)
        assert [d.item for d in decided] == list(items)[-2:]
    one = "RECORD OF DECISION\n1. Background\nThe site.\n2. Options\nTwo.\nDECISION\nTo sell."
    assert analyse(_pages(one), is_minutes=False).items == {}
    jumbled = county.replace("7. Highways", "5. Highways")
    assert analyse(_pages(jumbled), is_minutes=False).items == {}


def test_three_coded_minutes_are_a_run_and_three_numbered_ones_are_not() -> None:
    # a district planning committee's three minutes ("P56/24" …) and a town council's
    # ("TC/25/12" …): codes no paragraph opens with; three plain numbers, or two codes,
    # are too few to be believed
    planning = ("MINUTES OF THE PLANNING COMMITTEE\nP56/24   PREVIOUS MINUTES\nSigned.\n"
                "P57/24   F/YR24/0512/O\nLand East of Wisbech Road.\nGranted.\n"
                "P58/24   F/YR24/0688/F\n27 High Street.\nDeferred.")
    town = ("Minutes of the Town Council\nTC/25/12 Apologies\nNone.\nTC/25/13 Play Area\n"
            "Agreed.\nTC/25/14 Allotments\nNoted.")
    for text, numbers in ((planning, ["P56/24", "P57/24", "P58/24"]),
                          (town, ["TC/25/12", "TC/25/13", "TC/25/14"])):
        assert [n for n, _ in counted_headings(text.splitlines()).values()] == numbers
    plain = "Minutes\n1. Apologies\nNone.\n2. Play Area\nAgreed.\n3. Allotments\nNoted."
    assert counted_headings(plain.splitlines()) == {}
    assert counted_headings(town.splitlines()[:5]) == {}
