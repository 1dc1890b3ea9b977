"""Structure: agenda items from stamps and front-sheet ranges, minutes and RESOLVED blocks."""

from __future__ import annotations

from pathlib import Path

from conftest import make_pdf
from scrutiny_qa.extract import Page, extract
from scrutiny_qa.structure import FRONT, analyse, split_at_stamps

FRONT_SHEET = """AGENDA
PLANNING COMMITTEE
Thursday, 5th June, 2025, at 10.00 am
1. Apologies
2. Minutes of the Meeting held on 1st May 2025 (Pages 1 - 2)
3. Library Opening Hours Review - a long title that wraps onto
a second line (Pages 3 - 5)
4. Highways Maintenance (Pages
6 - 6)
5. School Transport - Presentation on
SEND
EXEMPT ITEMS
(At the time of preparing the agenda there were no exempt items.)
Benjamin Watts"""


def _pack(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "pack.pdf", [
        FRONT_SHEET,
        "This page is intentionally left blank",
        "MINUTES of the Planning Committee\n12. HOUSING SITES\nThe Committee considered"
        " the report.\nRESOLVED: That\n(1) the report be noted; and\n(2) officers report back"
        " in March.\nPage 1\nAgenda Item 2",
        "13. ANY OTHER BUSINESS\nNone was raised.\nPage 2",
        "Libraries report opening page.\nPage 3\nAgenda Item 3",
        "Libraries report continues without a stamp.\nPage 4",
        "Appendix to the libraries report.\nPage 5",
        "Highways report on its own page.\nPage 6",
    ])


def test_front_sheet_titles_and_page_ranges(tmp_path: Path) -> None:
    pages = extract(_pack(tmp_path), _pack(tmp_path).read_bytes())
    items = analyse(pages, is_minutes=False).items
    assert items["3"].title == "Library Opening Hours Review - a long title that wraps onto a " \
        "second line"
    assert (items["3"].first_label, items["3"].last_label) == (3, 5)
    assert (items["4"].first_label, items["4"].last_label) == (6, 6)
    assert items["1"].title == "Apologies" and items["1"].first_label is None
    # a last item printing no pages ends at the heading in capitals below it, not at an
    # acronym its title wraps onto
    assert items["5"].title == "School Transport - Presentation on SEND"


def test_a_summons_without_page_ranges_lists_its_items(tmp_path: Path) -> None:
    # An agenda whose papers are published apart prints no "(Pages …)" to end a title: a
    # wrapped title runs on, a "To follow" note and a heading in capitals do not join it.
    pdf = make_pdf(tmp_path / "summons.pdf", [
        "An extraordinary meeting of the County Council will be held on 9th January 2025.\n"
        "A G E N D A\n\n1. Apologies for Absence\n\n"
        "2. Declarations of Disclosable Pecuniary Interests or Other\n"
        "Significant Interests in items on the agenda\n\n"
        "3. English Devolution White Paper\n- To follow\n"
        "4. Minutes\nTo approve the minutes of the meeting held on 12 December 2024.\n"
        "5. Consideration of Decision 24/00093 (if required)\nEXEMPT ITEMS\n\n"
        "7. Not the next number, so not an item\n\nBenjamin Watts\nGeneral Counsel",
    ])
    items = analyse(extract(pdf, pdf.read_bytes()), is_minutes=False).items
    assert {number: item.title for number, item in items.items()} == {
        "1": "Apologies for Absence",
        "2": "Declarations of Disclosable Pecuniary Interests or Other Significant Interests"
             " in items on the agenda",
        "3": "English Devolution White Paper",
        "4": "Minutes",
        "5": "Consideration of Decision 24/00093 (if required)"}
    # without its AGENDA heading a page of numbered lines is a report's, not an agenda
    report = make_pdf(tmp_path / "report.pdf", ["1. Introduction\n2. Background\n3. Options"])
    assert analyse(extract(report, report.read_bytes()), is_minutes=False).items == {}


def test_items_follow_stamps_and_ranges(tmp_path: Path) -> None:
    pages = extract(_pack(tmp_path), _pack(tmp_path).read_bytes())
    structure = analyse(pages, is_minutes=False)
    # front sheet, blank, item 2 (stamp), item 2 (carried), item 3 (stamp), item 3 (carried),
    # item 3 (printed page 5 in its range), item 4 (printed page 6 in its range, no stamp).
    assert structure.page_items == [FRONT, FRONT, "2", "2", "3", "3", "3", "4"]
    stamped_text = " ".join(b.text for b in structure.blocks)
    assert "Agenda Item" not in stamped_text and "Page 3" not in stamped_text


def test_minutes_keep_resolved_block_with_its_minute(tmp_path: Path) -> None:
    pages = extract(_pack(tmp_path), _pack(tmp_path).read_bytes())
    blocks = analyse(pages, is_minutes=False).blocks
    resolved = [b for b in blocks if b.kind == "resolved"]
    assert len(resolved) == 1
    block = resolved[0]
    assert (block.minute, block.minute_heading, block.item) == ("12", "HOUSING SITES", "2")
    assert "(1) the report be noted" in block.text and "(2) officers report back" in block.text
    later = next(b for b in blocks if "None was raised" in b.text)
    assert later.minute == "13"


def test_kent_style_minute_heading_with_item_reference(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "minutes.pdf", [
        "KENT COUNTY COUNCIL\nMINUTES of a meeting of the Cabinet held on Thursday, 9 January"
        " 2025.\n292.   Apologies for Absence\n(Item 1)\nApologies were received from Mr Bond."
        "\n293.   Declarations of Disclosable Pecuniary Interests or Other Significant\n"
        "Interests in items on the agenda\n(Item 2)\nThere were no declarations.\n"
        "3. RESOLVED that Cabinet note the report.",
    ])
    blocks = analyse(extract(pdf, pdf.read_bytes()), is_minutes=True).blocks
    by_text = {b.text: b for b in blocks}
    assert by_text["Apologies were received from Mr Bond."].minute == "292"
    decl = by_text["There were no declarations."]
    assert decl.minute == "293"
    assert decl.minute_heading.endswith("Other Significant Interests in items on the agenda")
    assert any(b.kind == "resolved" and b.minute == "293" for b in blocks)


def test_unnumbered_minutes_are_not_numbered_by_their_paragraphs() -> None:
    # A panel's minutes: headings with "(Item N)" and numbered paragraphs; one heading is
    # left at the foot of a page, its "(Item N)" opening the next.
    pages = [Page(1, None, "CORPORATE PARENTING PANEL – 29 October 2024\nMINUTES of the meeting"
                           " held at Sessions House.\nPerformance Scorecard\n(Item 8)\n"
                           "1. Mr Swann presented the scorecard.\n\n"
                           "3. In response to comments and questions asked it was said:\n"
                           "a. Members asked about the figures in red.\n\n"
                           "The Joint Housing Protocol for Care Leavers"),
             Page(2, None, "(Item 9)\nRobin Cahill, Senior Commissioner\n"
                           "1. Mr Horton summarised the role of the housing group.")]
    blocks = analyse(pages, is_minutes=True).blocks
    minute = {b.text: (b.minute, b.minute_heading) for b in blocks}
    assert minute["a. Members asked about the figures in red."] == (None, "Performance Scorecard")
    assert minute["1. Mr Horton summarised the role of the housing group."] == \
        (None, "The Joint Housing Protocol for Care Leavers")


def test_a_numbered_minute_heading_wrapped_over_a_page_break_keeps_its_number() -> None:
    pages = [Page(1, None, "MINUTES of a meeting of the County Council held on 13 March 2025.\n"
                           "303. Treasury Management (Item 12)\n3) RESOLVED that Council endorses"
                           " the report.\n304. Joint Health Overview & Scrutiny Committee - Terms"
                           " of Reference\nupdate"),
             Page(2, None, "(Item 13)\nThis item was taken after Item 12.")]
    blocks = analyse(pages, is_minutes=True).blocks
    taken = next(b for b in blocks if b.text.startswith("This item was taken"))
    assert (taken.minute, taken.minute_heading) == \
        ("304", "Joint Health Overview & Scrutiny Committee - Terms of Reference update")


def test_text_pack_changes_item_where_stamps_stand() -> None:

    text = ("A G E N D A\n3. Minutes (Pages 5 - 8)\n4. Budget (Pages 9 - 20)\n"
            "This page is intentionally left blank\nminutes first page, unstamped\n"
            "Agenda Item 3\nminutes second page\nAgenda Item 4\nbudget report\n")
    pages = split_at_stamps([Page(None, None, text)])
    structure = analyse(pages, is_minutes=False)
    item_of = {b.text: b.item for b in structure.blocks}
    assert item_of["minutes first page, unstamped"] == "3"
    assert item_of["minutes second page"] == "3"
    assert item_of["budget report"] == "4"


VOTE_MINUTES = """KENT COUNTY COUNCIL
MINUTES of a meeting of the County Council held on Thursday, 19 December 2024.
281. Motions for Time Limited Debate
(Item 12)
Motion for Time Limited Debate 2 - Electoral Reform in Kent
3) Mr Green proposed, and Mr Hook seconded the motion that
"This Council asks the Leader to call for proportional representation in council elections."
4) Following the debate the Chairman put the motion set out in paragraph 3 to the vote and
the voting was as follows:
For (14)
Mr Brady, Mr Campkin, Ms Dawkins
Against (37)
Mr Abbot, Mr Beal, Mrs Crane
Abstain (0)
Motion lost.
5) Mr Meade proposed the next motion."""


def test_recorded_votes_are_labelled_with_the_motion_and_result() -> None:

    blocks = analyse([Page(1, None, VOTE_MINUTES)], is_minutes=True).blocks
    voted = [b for b in blocks if b.vote]
    assert any("Against (37)" in b.text for b in voted)
    label = voted[0].vote
    assert label == (
        "Vote on the motion in paragraph 3 (Motion lost; For 14, Against 37, Abstain 0): "
        "Motion for Time Limited Debate 2 - Electoral Reform in Kent: \"This Council asks the "
        "Leader to call for proportional representation in council elections.\"")
    assert not any(b.vote for b in blocks if "next motion" in b.text)


def test_a_vote_s_label_keeps_the_numbered_parts_of_its_motion() -> None:
    # The motion's own parts "(1)", "(2)" count below the minute's paragraph 17: they are
    # its words, not paragraphs 1 and 2, so the label does not stop at "asked to:".
    text = VOTE_MINUTES.replace(
        '3) Mr Green proposed, and Mr Hook seconded the motion that\n'
        '"This Council asks the Leader to call for proportional representation in council'
        ' elections."\n4) Following the debate the Chairman put the motion set out in'
        ' paragraph 3',
        '17) Mr Green proposed, and Mr Hook seconded the motion that\n'
        '"County Council is asked to:\n(1) Call for proportional representation.\n'
        '(2) Write to the Minister."\n18) Following the debate the Chairman put the motion'
        ' set out in paragraph 17').replace("5) Mr Meade", "19) Mr Meade")
    voted = [b for b in analyse([Page(1, None, text)], is_minutes=True).blocks if b.vote]
    assert voted[0].vote.endswith(
        '"County Council is asked to: (1) Call for proportional representation. (2) Write to'
        ' the Minister."')


def test_a_motion_s_parts_are_not_the_minute_s_paragraphs_of_the_same_numbers() -> None:
    # paragraph 1 quotes a motion in parts (1)-(4); paragraph 2 is an amendment to it
    text = ("MINUTES of a meeting of the County Council held on 9 January 2025.\n"
            "285. English Devolution White Paper\n(Item 3)\n"
            "1) The Leader proposed the motion:\n\"County Council is asked to:\n"
            "(1) Note the White Paper.\n(2) Endorse the request to join the programme.\n"
            "(3) Note the elections.\n(4) Expect transparency.\"\n"
            "2) Mr Hood proposed an amendment to add a part (5) on consultation.\n"
            "3) The Chairman put the amendment set out in paragraph 2 to the vote and the"
            " voting was as follows:\nFor (14)\nMr Baldock, Mr Brady\nAgainst (45)\n"
            "Mr Baker, Mr Bond\nAmendment lost.")
    voted = [b for b in analyse([Page(1, None, text)], is_minutes=True).blocks if b.vote]
    assert voted and voted[0].vote.startswith("Vote on the amendment in paragraph 2")
    assert "add a part (5) on consultation" in voted[0].vote
    assert "Endorse the request" not in voted[0].vote


def test_a_vote_without_an_outcome_is_not_labelled() -> None:

    text = VOTE_MINUTES.replace("Motion lost.", "")
    assert not any(b.vote for b in analyse([Page(1, None, text)], is_minutes=True).blocks)


def test_a_contents_page_s_entries_are_layout_not_text() -> None:
    text = ("TABLE OF CONTENTS\nChairman's Foreword .................................... 3\n"
            "Kent Events ..... 11 Armed Forces Covenant Conference . . . . . . 12\n"
            "Issue 4 – Minerals other than Aggregates……………………………………….…....\n"
            "Signed .........................  Date ...........\n"
            "Kent Events\nThe conference was held on 4 June 2024... and 120 attended.")
    kept = " ".join(b.text for b in analyse([Page(1, None, text)], is_minutes=False).blocks)
    assert "Foreword" not in kept and "Covenant Conference" not in kept
    assert "Minerals" not in kept and "Signed" not in kept
    assert "Kent Events The conference was held on 4 June 2024... and 120 attended." in kept
    # a leader elsewhere is a table's: its numbers are not pages counting up
    table = "Votes For ........ 42\nAgainst ........ 10\nAbstain ........ 3\nBand D ..... 1,612.02"
    kept = " ".join(b.text for b in analyse([Page(1, None, table)], is_minutes=False).blocks)
    assert "42" in kept and "10" in kept and "Abstain" in kept and "1,612.02" in kept


def test_bare_page_numbers_and_rules_are_not_text(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "appendix.pdf", [
        "03\nConsultation responses were mostly positive.\n______________\nNinety-five"
        " consultees took part.",
        "04\nThe hubs will open in April.",
    ])
    pages = extract(pdf, pdf.read_bytes())
    blocks = analyse(pages, is_minutes=False).blocks
    assert [b.text for b in blocks] == [
        "Consultation responses were mostly positive.", "Ninety-five consultees took part.",
        "The hubs will open in April."]


def test_sign_offs_are_marked_but_names_and_roles_in_passing_are_not(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        "Children's Services Commissioner\n\nThe Director of Finance reported the figures.\n\n"
        "Mr Baker, Cabinet Member for Highways, gave an update on the bus network.\n\n"
        "The review is complete.\n\nJane Doe\n\nDirector of Children's Services\n\n"
        "Yours sincerely Sam Green Head of Legal Services\n\n"
        "From: Rory Blue, Cabinet Member for Education\n", encoding="utf-8")
    blocks = analyse(extract(path, path.read_bytes()), is_minutes=False).blocks
    signed = [block.text for block in blocks if block.signed]
    assert signed == ["Jane Doe", "Director of Children's Services",
                      "Yours sincerely Sam Green Head of Legal Services",
                      "From: Rory Blue, Cabinet Member for Education"]


def test_an_answer_stands_under_the_member_s_question() -> None:

    text = ("Dear Member\n\nQuestion 1\n\nQuestion by Ann Lee to Bob Roe, Cabinet Member for"
            " Highways\n\nWhy were the potholes in Barham closed without repair?\n\nAnswer\n\n"
            "I have asked the Director to look into this.\n\nQuestion 2\n\nQuestion by Cy Doe"
            " to Di Fox, Leader of the Council\n\nWill the libraries open on Sundays?\n\n"
            "Answer\n\nYes, from September.")
    asked = {b.text: b.question for b in analyse([Page(1, None, text)], is_minutes=False).blocks}
    first = ("Question 1 by Ann Lee to Bob Roe, Cabinet Member for Highways: Why were the"
             " potholes in Barham closed without repair?")
    assert asked["Dear Member"] is None
    assert asked["Question 1"] == asked["I have asked the Director to look into this."] == first
    assert asked["Yes, from September."].startswith("Question 2 by Cy Doe to Di Fox")


def test_a_question_printed_with_its_asker_ends_with_its_agenda_item() -> None:

    pages = [Page(1, None, "Agenda Item 6\nQuestion 5\n\nQuestion by Ann Lee to Bob Roe, Chair"
                           " of the Health Committee\nHow many appointments are missed?\n\n"
                           "Answer\n\nAbout seven million a year."),
             Page(2, None, "Agenda Item 7\nLibrary Opening Hours\n\nThe branches will open"
                           " on Sundays.")]
    blocks = analyse(split_at_stamps(pages), is_minutes=False).blocks
    asked = {b.text: b.question for b in blocks}
    assert asked["About seven million a year."] == (
        "Question 5 by Ann Lee to Bob Roe, Chair of the Health Committee How many appointments"
        " are missed?")
    assert asked["The branches will open on Sundays."] is None


def test_headings_printed_with_wide_spacing_still_head_their_sections_and_minutes() -> None:
    # Word processors often set a heading's number apart with two spaces or a tab, which
    # text extraction keeps; the blocks read them single-spaced.
    report = [Page(1, None, "11.0  Risk Implications\n11.1 Recruitment may be slow.\n"
                            "12.0\tStaffing Implications\n12.1 No posts are lost.")]
    sections = {b.text: b.section for b in analyse(report, is_minutes=False).blocks}
    assert sections["12.1 No posts are lost."] == "12.0 Staffing Implications"
    assert sections["11.1 Recruitment may be slow."] == "11.0 Risk Implications"
    minutes = [Page(1, None, "Minutes of the Parish Council meeting held on 2 April 2025\n"
                             "19  Bus Shelters\nThe Council discussed the shelters.\n"
                             "20  Allotments\nThe Council noted the waiting list.\n"
                             "21\tPrecept\nThe Council set the precept.\n"
                             "22  Date of Next Meeting\nThe next meeting is in May.")]
    blocks = analyse(minutes, is_minutes=True).blocks
    minute = {b.text: (b.minute, b.minute_heading) for b in blocks}
    assert minute["The Council set the precept."] == ("21", "Precept")
    assert minute["The Council noted the waiting list."] == ("20", "Allotments")


def test_pages_headed_item_n_without_agenda_belong_to_that_listed_item() -> None:
    front = "AGENDA\nCABINET\n1. Apologies\n2. Minutes\n3. Budget Monitoring\n4. Parks Strategy"
    for head in ("Item", "ITEM", "Item No."):
        pages = [Page(1, None, front),
                 Page(2, None, f"{head} 3\nBudget Monitoring\nThe forecast is balanced."),
                 Page(3, None, "The reserves stand at £4m.\nItem 4 is next."),
                 Page(4, None, f"{head} 4\nParks Strategy\nThe strategy runs to 2030.")]
        assert analyse(pages, is_minutes=False).page_items == [FRONT, "3", "3", "4"], head
    # an item the agenda does not list, or "Item 4" below a page's first line, heads nothing
    pages = [Page(1, None, front), Page(2, None, "Item 9\nA table of works."),
             Page(3, None, "Works schedule\nItem 4\nResurfacing")]
    assert not {"9", "4"} & set(analyse(pages, is_minutes=False).page_items)


def test_a_pack_whose_agenda_is_no_listing_is_cut_where_pages_are_headed_item_n() -> None:
    summons = "You are summoned to attend a meeting of the Cabinet on 3 March 2025."
    for head in ("Item", "ITEM"):
        pages = [Page(1, None, summons), Page(2, None, f"{head} 3\nBudget Monitoring"),
                 Page(3, None, "The reserves stand at £4m."),
                 Page(4, None, f"{head} 4\nParks Strategy\nThe strategy runs to 2030.")]
        assert analyse(pages, is_minutes=False).page_items == [FRONT, "3", "3", "4"], head
    # labels out of order are a table's rows: no item is made of them
    rows = [Page(1, None, "Schedule of works"), Page(2, None, "Item 4\nResurfacing"),
            Page(3, None, "Item 2\nDrainage")]
    assert set(analyse(rows, is_minutes=False).page_items) == {None}


def test_a_front_sheet_longer_than_a_few_pages_lists_all_its_items() -> None:
    front = [Page(n, None, f"AGENDA (continued)\n{n}. Report number {n} (Pages {2 * n - 1} - "
                           f"{2 * n})") for n in range(1, 9)]
    body = [Page(9 + n, str(n), f"Report text {n}\nPage {n}") for n in range(1, 17)]
    structure = analyse([*front, *body], is_minutes=False)
    assert list(structure.items) == [str(n) for n in range(1, 9)]
    assert structure.page_items[8:] == [str((n + 1) // 2) for n in range(1, 17)]


def test_an_item_s_description_under_its_title_is_no_part_of_the_title() -> None:
    # a Modern.gov front sheet prints what each item is for under its title ("To note any
    # apologies …"), ranged or not; a title wrapped over two lines stays one title
    modern_gov = Page(1, None, (
        "Children and Families Committee\nAgenda\nDate: Monday, 10th March, 2025\n"
        "1. Apologies for Absence\nTo note any apologies for absence from Members.\n"
        "2. Declarations of Interest\nTo provide an opportunity for Members and Officers to"
        " declare\nany disclosable pecuniary interests in any item on the agenda.\n"
        "3. Public Speaking/Open Session\nIn accordance with the Committee Procedure Rules, "
        "a period of 15\nminutes is allocated for questions from the public.\n"
        "4. Home to School Transport Policy (Pages 1 - 2)\nTo consider a report on the "
        "policy.\n5. Annual Report of the Director of Public Health and\nWellbeing 2024 "
        "(Pages 3 - 4)"))
    body = [Page(n + 1, str(n), f"Agenda Item {(n + 7) // 2}\nReport text {n}\nPage {n}")
            for n in range(1, 5)]
    items = analyse([modern_gov, *body], is_minutes=False).items
    assert [(number, item.title) for number, item in items.items()] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Public Speaking/Open Session"), ("4", "Home to School Transport Policy"),
        ("5", "Annual Report of the Director of Public Health and Wellbeing 2024")]
    # an unranged title wrapped over two lines, with no sentence after it, stays whole
    wrapped = Page(1, None, modern_gov.text.replace(
        "3. Public Speaking/Open Session\nIn accordance with the Committee Procedure Rules, "
        "a period of 15\nminutes is allocated for questions from the public.",
        "3. Public Speaking and Questions to the Leader of the\nCouncil and Cabinet Members"))
    assert analyse([wrapped, *body], is_minutes=False).items["3"].title == \
        "Public Speaking and Questions to the Leader of the Council and Cabinet Members"


def test_a_report_published_alone_headed_item_n_is_that_item_s() -> None:
    for head in ("ITEM 7", "Item No. 7"):
        report = [Page(1, None, f"{head}\nParks Strategy\nReport of the Head of Place"),
                  Page(2, None, "The strategy runs to 2030.")]
        assert analyse(report, is_minutes=False).page_items == ["7", "7"], head
    mentioned = [Page(1, None, "Parks Strategy\nItem 7 of the plan is the play areas.")]
    assert analyse(mentioned, is_minutes=False).page_items == [None]


def test_running_headers_go_but_a_reply_printed_under_many_questions_stays() -> None:
    # A committee's answers to public questions: one templated reply is printed under many
    # questions, landing near the top of some pages and the foot of others; the paper's
    # header and footer stand at the same place on every page. The header and footer go;
    # every copy of the reply stays.
    reply = "The Mayor's office will write to each questioner with the figures requested."
    filler = [f"Paragraph {n} of the answers sets out the background in some detail."
              for n in range(1, 6)]
    pages = []
    for n in range(6):
        body = filler[:n] + [f"Question {n + 1}: bus services in the ward.", reply] \
            + filler[n:]
        pages.append(Page(n + 1, None, "\n".join(
            ["Transport Committee - Public Questions", *body,
             "Published by the Democratic Services Team"])))
    text = "\n".join(block.text for block in analyse(pages, is_minutes=False).blocks)
    assert "Transport Committee - Public Questions" not in text
    assert "Published by the Democratic Services Team" not in text
    assert text.count(reply) == 6


def test_page_number_footers_are_not_text(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "report.pdf", [
        "Background to the review.\n1 | P a g e", "The options considered.\n- 2 -"])
    blocks = analyse(extract(pdf, pdf.read_bytes()), is_minutes=False).blocks
    assert [b.text for b in blocks] == ["Background to the review.", "The options considered."]


def test_votes_told_in_other_councils_words_are_labelled_with_their_tally() -> None:
    # a Northern Irish planning committee's lost proposal, and a metropolitan borough's
    # "there voted … and the motion was declared carried"
    planning = ("Minutes of Meeting of the Planning Committee held on 4 February 2025\n"
                "P016/25 Planning Applications\n"
                "Councillor McKinney proposed that the application be approved.\n"
                "The Chair put the proposal to the vote.\nMembers voted:\nFor - 5\nAgainst - 6\n"
                "Abstain - 1\nThe proposal fell.\nP017/25 Enforcement\nNoted.\n"
                "P018/25 Minutes\nNoted.\nP019/25 Close\nClosed.")
    scrutiny = ("Minutes of the Health Scrutiny Committee held on 12 November 2024\n"
                "44. Winter Pressures\nCouncillor Wilson moved that the Chair write to the "
                "Secretary of State.\nUpon being put to the vote,\nthere voted 5 in favour and "
                "4 against, and the motion was declared carried.\n45. Work Programme\nNoted.\n"
                "46. Close\nClosed.\n47. Date of Next Meeting\nTo be confirmed.")
    labels = [{b.vote for b in analyse([Page(1, None, text)], is_minutes=True).blocks
               if b.vote} for text in (planning, scrutiny)]
    assert labels == [{"Vote on the proposal (proposal fell; For 5, Against 6, Abstain 1)"},
                      {"Vote on the motion (motion was declared carried; For 5, Against 4)"}]


def test_a_pack_and_minutes_of_lettered_parts_cite_items_a_1_to_b_2() -> None:
    """A board's business in parts ("PART A - ITEMS FOR DECISION": A.1, A.2 …; part B from
    B.1): its front sheet with page ranges, its stamped reports, and its minutes numbered
    as the agenda is."""
    front = ("AGENDA\nPART A - ITEMS FOR DECISION\nA.1  Welcome and apologies\n"
             "A.2  Better Care Fund Plan 2025/26                        (Pages 1 - 2)\n"
             "PART B - ITEMS FOR INFORMATION\nB.1  Pharmacy Statement    (Pages 3 - 3)\n"
             "B.2  Forward Plan")
    pack = [Page(1, None, front), Page(2, "1", "Item A.2\nBetter Care Fund Plan\nPage 1"),
            Page(3, "2", "The plan is funded.\nPage 2"),
            Page(4, "3", "Item B.1\nPharmacy Statement\nPage 3")]
    structure = analyse(pack, is_minutes=False)
    assert list(structure.items) == ["A.1", "A.2", "B.1", "B.2"]
    assert structure.page_items == [FRONT, "A.2", "A.2", "B.1"]
    minutes = [Page(1, None, "Health and Wellbeing Board\n12 March 2025\nMinutes\n"
                    "A.1 Welcome and apologies\nApologies were received.\n"
                    "A.2 Better Care Fund Plan 2025/26\nThe Board RESOLVED to approve the plan.\n"
                    "B.1 Pharmacy Statement\nThe Board noted the statement.\n"
                    "B.2 Forward Plan\nThe Forward Plan was noted.")]
    read = analyse(minutes, is_minutes=True)
    assert list(read.items) == ["A.1", "A.2", "B.1", "B.2"]
    assert [(b.minute, b.item) for b in read.blocks if b.kind == "resolved"] == [
        ("A.2", "A.2"), ("B.1", "B.1")]
    # parts not counting from A.1, or a part skipped, cite no item by number
    skipped = [Page(1, None, minutes[0].text.replace("B.1", "C.1").replace("B.2", "C.2"))]
    assert analyse(skipped, is_minutes=True).items == {}


def _packet(heading: str, feet: list[str]) -> list[Page]:
    """A US council's agenda packet: its agenda, then staff reports footed "4.1", "4.2" …"""
    agenda = (f"CITY OF PORTOLA BAY\nCITY COUNCIL\nRegular Meeting of March 25, 2025\n{heading}\n"
              "CONSENT AGENDA (Items 1-2)\n1. Minutes of the March 11 Meeting\n"
              "Motion to approve.\n2. Wharf Piling Repair\nMotion to accept.\n"
              "GENERAL BUSINESS (Items 3-4)\n3. Residential Permit Parking Ordinance\n"
              "Motion to introduce.\n4. Library Housing Loan\nResolution approving a loan.")
    reports = [f"CITY COUNCIL AGENDA REPORT\nSUBJECT: a report\nIts text.\n{foot}"
               for foot in feet]
    return [Page(n, None, text) for n, text in enumerate([agenda, *reports], start=1)]


def test_a_packet_s_pages_numbered_by_their_item_cite_that_item() -> None:
    # packets headed "AGENDA - 1:00 P.M. SESSION" and "A G E N D A", footed by item and page
    for heading in ("AGENDA - 1:00 P.M. SESSION", "A G E N D A"):
        structure = analyse(_packet(heading, ["3.1", "3.2", "4.1"]), is_minutes=False)
        assert structure.items["3"].title == "Residential Permit Parking Ordinance"
        assert structure.page_items == [FRONT, "3", "3", "4"]
    # feet that do not count on, or name an item the agenda lacks, cite nothing by them
    for feet in (["3.1", "3.3", "4.1"], ["3.1", "3.2", "9.1"]):
        structure = analyse(_packet("AGENDA", feet), is_minutes=False)
        assert structure.page_items[1:] == [FRONT, FRONT, FRONT], feet


def test_a_paper_taking_items_in_turn_cites_each_under_its_labelled_line() -> None:
    # a London planning addendum and a county planning committee's update sheet
    addendum = [Page(1, None, "PLANNING SUB-COMMITTEE 10 February 2025\nADDENDUM REPORT\n"
                     "Item 4.2   HGY/2024/2210   Former Depot, Carlton Road\n"
                     "The tenure split now gives 64 affordable homes.\n"
                     "Item 4.3   HGY/2024/2391   61 Westbury Avenue\nNo updates.")]
    update = [Page(1, None, "PLANNING COMMITTEE UPDATE SHEET\nITEM 6 – Land at Mill Lane, "
                   "Ashby\nTwo further letters of objection were received."),
              Page(2, None, "ITEM 7 – The Old Forge, Church Street\nThe applicant has "
                   "withdrawn the scheme.")]
    for pages, said, item in ((addendum, "64 affordable", "4.2"), (update, "withdrawn", "7")):
        structure = analyse(pages, is_minutes=False)
        assert {b.item for b in structure.blocks if said in b.text} == {item}
    assert analyse(update, is_minutes=False).items["6"].title == "Land at Mill Lane, Ashby"
    # one labelled line, labels out of order, or a sentence opening "Item 5" open nothing
    for text in ("Item 4.2   HGY/2024/2210   Former Depot\nText.",
                 "Item 7 Mill Lane\nText.\nItem 6 Old Forge\nText.",
                 "Item 5 was deferred to March.\nItem 6 was withdrawn by the applicant."):
        assert analyse([Page(1, None, text)], is_minutes=False).items == {}, text

