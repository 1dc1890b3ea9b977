"""Metadata: what a citation says of a paper's meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny_qa.metadata import DocumentMeta, council_among, infer_meta, inherit_meeting


def test_a_file_stamped_with_its_meeting_is_dated_by_it_not_by_its_covering_letter() -> None:
    letter = ("Ask for: Joel Cook\nDate: 27 February 2025\nDear Member\n"
              "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025\nEnclosed are the amendments.")
    stamped = Path("full_council/Budget Amendments 13th-Feb-2025 09.30 County Council.pdf")
    assert infer_meta(stamped, [letter]).meeting_date == "2025-02-13"
    report = "By: Roger Gough, Leader of the Council\nTo: Cabinet\nDATE: 4 March 2025\nSummary"
    assert infer_meta(Path("cabinet/2025-03-04/Quarterly report.pdf"), [report]).meeting_date \
        == "2025-03-04"  # without a stamp, the paper's own lines say


def test_a_council_s_name_or_a_role_is_not_taken_for_a_committee() -> None:
    def committee(text: str) -> str | None:
        return infer_meta(Path("appendix.pdf"), [text]).committee

    assert committee("Dear Minister\nYours sincerely\nRoger Gough\nLeader of the Council") is None
    assert committee("Medway Council\nGun Wharf\nDear Roger") is None
    assert committee("decision, taking account of comments expressed by the Scrutiny") is None
    assert committee("Highways Panel\nThe panel met on Monday.") == "Highways Panel"


def test_a_meeting_stamp_or_the_minutes_opening_line_names_the_body_that_met() -> None:
    stamped = Path("Printed minutes 13th-Feb-2025 09.30 County Council (copy).pdf")
    assert infer_meta(stamped, ["KENT COUNTY COUNCIL\nMinutes"]).committee == "County Council"
    opening = ("KENT COUNTY COUNCIL\nCOUNTY COUNCIL\nMINUTES of a meeting of the County Council"
               " held in the Council Chamber on Thursday, 9 January 2025.")
    assert infer_meta(Path("minutes.pdf"), [opening]).committee == "County Council"
    dated = "CORPORATE PARENTING PANEL – 10th December 2024\nMINUTES of the meeting held"
    assert infer_meta(Path("CPP Minutes.pdf"), [dated]).committee == "Corporate Parenting Panel"
    unspaced = "CORPORATE PARENTING PANEL– 29 October 2024\nMINUTES of the meeting held"
    assert infer_meta(Path("CPP.pdf"), [unspaced]).committee == "Corporate Parenting Panel"


def test_another_body_s_minutes_reprinted_for_a_meeting_keep_their_body() -> None:
    # An appendix to a council report, reprinting a committee's resolutions: they are that
    # committee's, not the council's, though the paper was published for the council.
    council = DocumentMeta(None, "agenda pack", "Kent County Council", "County Council",
                           "2025-03-13")

    def cited(text: str) -> DocumentMeta:
        return inherit_meeting(infer_meta(Path("full_council/2025-03-13/Appendix 1.pdf"),
                                          [text]), council)

    extract = cited("Governance Update Appendix 1 – County Council 13 March 2025\n"
                    "Minutes excerpt from Selection and Member Services Committee – 13\n"
                    "December 2024\nItem 6 – Governance Working Party Updates\n"
                    "5. RESOLVED Members to note the report.")
    assert (extract.doc_type, extract.committee, extract.meeting_date) == (
        "minutes", "Selection and Member Services Committee", "2024-12-13")
    # a meeting after the one the paper was published for is a misprint: no date, same body
    misprint = cited("EXTRACT FROM THE MINUTES OF A MEETING OF THE CABINET HELD ON"
                     " 9 JANUARY 2026\nRESOLVED that the plan be agreed.")
    assert (misprint.committee, misprint.meeting_date) == ("Cabinet", None)
    again = inherit_meeting(misprint, council)  # the next ingest reads the stored paper again
    assert (again.doc_type, again.committee, again.meeting_date) == ("minutes", "Cabinet", None)
    named = cited("Extract from the minutes of the Environment and Transport Cabinet Committee"
                  " held on 5 March 2025 for referral to County Council\nRESOLVED that …")
    assert (named.committee, named.meeting_date) == (
        "Environment and Transport Cabinet Committee", "2025-03-05")
    # an extract of something else, or minutes quoted further down, is no extract of minutes
    for text in ("Report of the General Counsel\nExtract from the Council's Constitution",
                 "Report of the Leader\n" + "Budget\n" * 9 + "Extract from the minutes of"
                 " the Cabinet held on 30 January 2025 is at Appendix A."):
        assert (cited(text).doc_type, cited(text).committee) == ("officer report",
                                                                 "County Council")
    report = cited("Report of the General Counsel\nThis is an extract from the report to Cabinet.")
    assert (report.doc_type, report.committee) == ("officer report", "County Council")


def test_minutes_recording_cabinet_member_updates_are_minutes() -> None:
    text = ("CABINET\nMINUTES of a meeting of the Cabinet held on 30 January 2025.\n"
            "PRESENT: Mr R W Gough\n87. Cabinet Member Updates\n(Item 4)")
    assert infer_meta(Path("Printed minutes.pdf"), [text]).doc_type == "minutes"
    update = "CABINET MEMBER UPDATE\nCouncillor Portfolio Period of Report"
    assert infer_meta(Path("update.pdf"), [update]).doc_type == "cabinet member update"


def test_a_council_is_named_by_its_own_name_not_the_words_before_it() -> None:
    def council(text: str) -> str | None:
        return infer_meta(Path("paper.pdf"), [text]).council

    assert council("Since Kent County Council began, Kent County Council has grown.") \
        == "Kent County Council"
    assert council("Report to the 13 March County Council meeting") is None
    assert council("Sefton Council\nAgenda") == "Sefton Council"  # a letterhead
    body = "\n".join(["Membership of the"] * 20 + ["Mayoral Data Council"])
    assert council(body) is None  # a body's name far down a table, not a council


def test_a_paper_s_mail_addresses_say_whose_council_it_is() -> None:
    def council(text: str) -> str | None:
        return infer_meta(Path("report.pdf"), [text]).council

    report = ("Report of Hilary Brooks, Director, hilary.brooks@sthelens\n.gov.uk\n"
              "A peer review by Salford City Council found strengths. Salford City Council "
              "will revisit in May.")
    # Salford is named twice, but the report is written from St Helens, whose mail domain the
    # register of councils knows although the report never writes its name in full.
    assert council(report) == "St Helens Borough Council"
    assert council(report + "\nSt Helens Borough Council") == "St Helens Borough Council"
    pack = "\n".join(["Agenda"] * 20 + ["Contact: Paul Fine, paul.fine@sefton.gcsx.gov.uk",
                                        "minutes are on Sefton Council's website"])
    assert council(pack) == "Sefton Council"  # not a letterhead, but the pack's own mail
    letter = ("Kent County Council\nroger.gough@kent.gov.uk\nMedway Council\n"
              "vince.maple@medway.gov.uk\nKent County Council and Medway Council propose")
    assert council(letter) == "Kent County Council"  # mail from two councils: the one named most


def test_a_title_is_the_whole_subject_or_the_file_s_name_less_a_copy_s_mark() -> None:
    cover = ("From: Sue Chandler\nSubject: Transfer the 18-25 section of the Strengthening \n"
             "Independence Service to the Adult Social Care Directorate \n \n"
             "Decision no: 24/00109\nKey Decision: Yes")
    assert infer_meta(Path("report.pdf"), [cover]).title == (
        "Transfer the 18-25 section of the Strengthening Independence Service to the Adult"
        " Social Care Directorate")
    fields = "Subject: Armed Forces Covenant\nClassification: Unrestricted\nSummary: …"
    assert infer_meta(Path("report.pdf"), [fields]).title == "Armed Forces Covenant"
    copy = Path("Budget Amendments 13th-Feb-2025 09.30 County Council (copy).pdf")
    assert infer_meta(copy, ["Amendments"]).title == \
        "Budget Amendments 13th-Feb-2025 09.30 County Council"
    assert infer_meta(Path("3 - LEVI capital funding_1.pdf"), ["x"]).title == \
        "3 - LEVI capital funding"


def test_a_paper_naming_no_council_is_the_known_council_its_mail_or_place_gives() -> None:
    known = ["Kent County Council", "Sefton Council"]
    front_sheet = "AGENDA\nCABINET\nEmail: georgina.little@kent\n.gov.uk\n1. Apologies"
    assert council_among(front_sheet, known) == "Kent County Council"
    update = "Sefton schools. Sefton's virtual school. Across Sefton, attendance rose."
    assert council_among(update, known) == "Sefton Council"
    assert council_among("Sefton schools and Sefton families.", known) is None  # twice only
    both = update + " Kent and Sefton, Kent and Kent."
    assert council_among(both, known) is None  # two councils' places: neither is taken
    assert council_among("A report from St Helens, St Helens and St Helens.", known) is None
    medway = "From jo.smith@medway.gov.uk: Kent, Kent, Kent and Kent roads."
    assert council_among(medway, known) == "Medway Council"  # its mail's, not the place named


def test_a_paper_s_mail_at_a_registered_council_names_it_as_the_register_does() -> None:
    known = ["Kent County Council", "Sefton Council"]
    report = ("Report of Hilary Brooks HilaryBrooks@sthelens.gov.uk\n"
              "Families in St Helens. St Helens schools. Across St Helens, and in Salford.")
    assert council_among(report, known) == "St Helens Borough Council"
    other = report.replace("@sthelens", "@salford")
    assert council_among(other, known) == "Salford City Council"  # the mail, not the place
    two_domains = report + " Copied to a.b@wigan.gov.uk."
    assert council_among(two_domains, known) is None  # whose paper it is, mail does not say
    letter = "From j.doe@education.gov.uk: Education, Education and Education."
    assert council_among(letter, known) is None  # a government department is no council
    unregistered = "From clerk@ringmer-pc.gov.uk: Kent, Kent and Kent."
    assert council_among(unregistered, known) == "Kent County Council"  # by place, then


def test_a_parish_council_s_letterhead_beats_the_councils_it_names() -> None:
    minutes = ("RINGMER PARISH COUNCIL\nMinutes of the meeting held on 2 April 2025\n"
               "East Sussex County Council will resurface the road; East Sussex County Council"
               " and Lewes District Council were consulted.")
    assert infer_meta(Path("minutes.pdf"), [minutes]).council == "Ringmer Parish Council"


def test_a_neighbour_named_often_in_the_text_is_not_the_paper_s_council() -> None:
    report = ("KENT COUNTY COUNCIL\nDevolution update\n"
              + "Kent and Medway Council will work together with Medway Council. " * 4
              + "The Liverpool City Region shows how it works.")
    assert infer_meta(Path("report.pdf"), [report]).council == "Kent County Council"
    assert infer_meta(Path("note.pdf"), ["Across the Liverpool City Region, Liverpool City"
                                         " Region schools"]).council is None


def test_header_lines_in_common_forms_name_the_body_the_date_and_minutes() -> None:
    def meta(text: str) -> DocumentMeta:
        return infer_meta(Path("paper.pdf"), [text])  # a file name that says nothing

    minutes = meta("Harlow Town Council\nMinutes of the meeting of the Finance Committee held "
                   "on 3rd June 2025\nPresent: Cllrs A and B")
    assert (minutes.doc_type, minutes.committee, minutes.meeting_date) == \
        ("minutes", "Finance Committee", "2025-06-03")
    assert meta("Minutes of an Extraordinary Meeting of the Planning Committee held on 3 June "
                "2025").committee == "Planning Committee"
    assert meta("Meeting: Cabinet Date: 11 March 2026\nSubject: Parks").committee == "Cabinet"
    assert meta("Committee: Licensing Sub-Committee\nDate: 5 June 2025").committee == \
        "Licensing Sub-Committee"
    two_columns = meta("REPORT TO:\n\nWEST OF ENGLAND COMBINED AUTHORITY\nCOMMITTEE\nDATE:\n"
                       "5 JUNE 2026")
    assert two_columns.committee == "West of England Combined Authority Committee"
    assert meta("Report to: Cabinet Member for Finance\nDate: 5 June 2025").committee is None
    assert meta("Meeting: Full Council\nDate: 5 June 2025").committee == "Full Council"
    us_style = meta("CITY OF RIVERTON\nCity Commission Meeting\nTuesday, March 4, 2025")
    assert us_style.meeting_date == "2025-03-04"
    # a report that mentions minutes further down is no minutes
    assert meta("Report of the Head of Finance\nSummary\nThe budget is balanced.\n" * 3 +
                "Minutes of the meeting of the Audit Committee held on 1 May were noted."
                ).doc_type != "minutes"


def test_minutes_naming_their_body_before_meeting_or_with_its_council() -> None:
    def meta(text: str) -> DocumentMeta:
        return infer_meta(Path("paper.pdf"), [text])

    for opening, body in (("Minutes of the Full Council meeting held on 9 March 2026",
                           "Full Council"),
                          ("Minutes of the Licensing Sub-Committee meeting held on 3 April 2025",
                           "Licensing Sub-Committee")):
        found = meta(f"{opening}\nPresent: Councillors A and B")
        assert (found.doc_type, found.committee) == ("minutes", body), opening
    for opening, body, council in (
            ("Minutes of the meeting of the Planning Committee of Cornwall Council held on 5 "
             "March 2025", "Planning Committee", "Cornwall Council"),
            ("MINUTES of a meeting of the Cabinet of Bristol City Council held on 4 March 2025",
             "Cabinet", "Bristol City Council")):
        found = meta(opening)
        assert (found.committee, found.council) == (body, council), opening
    assert meta("CABINET MEETING: 20 MARCH 2025\nReport of the Director").committee == \
        "Cabinet"
    assert meta("PLANNING COMMITTEE MEETING: 4 June 2025").committee == "Planning Committee"
    # a line about a next meeting, or minutes of a meeting held elsewhere, name no body so
    assert meta("Next meeting: 4 June 2025\nReport of the Director").committee is None
    assert meta("The minutes of the meeting held on 4 June were agreed.").doc_type != "minutes"


def test_minutes_under_a_publisher_s_pack_header_are_minutes_and_a_pack_is_not() -> None:
    def kind(text: str) -> str:
        return infer_meta(Path("paper.pdf"), [text]).doc_type

    assert kind("Public Document Pack\nCABINET\nMinutes of the meeting held on Tuesday, 4 "
                "March 2025 at 6.00 pm\nPresent: Councillor A (Chair)") == "minutes"
    assert kind("Public Document Pack\nMINUTES\nPLANNING COMMITTEE\n5 March 2025\n"
                "PRESENT: Cllr B") == "minutes"
    # an item heading in the minutes' opening is no agenda
    assert kind("Public Document Pack\nMinutes of the meeting held on 4 March 2025\n"
                "Agenda Item C\nPublic Comment") == "minutes"
    # an agenda listing the last meeting's minutes as an item is a pack, in either layout
    assert kind("Public Document Pack\nAgenda\nCabinet\nDate: Tuesday, 4 March 2025\n3\n"
                "Minutes of the meeting held on 4 February 2025\nTo confirm") == "agenda pack"
    assert kind("Public Document Pack\nCabinet\nTuesday, 4 March 2025\n1. Apologies\n"
                "2. Minutes of the meeting held on 4 February 2025 (Pages 1 - 6)") == \
        "agenda pack"


def test_a_title_field_and_a_decision_maker_are_read_from_a_report_s_header() -> None:
    def meta(text: str) -> DocumentMeta:
        return infer_meta(Path("Report.pdf"), [text])

    titled = meta("Report to: Cabinet\nDate of meeting: 4 March 2025\nTitle: Budget "
                  "Monitoring Quarter 3\n1. Purpose\nThe report sets out the forecast.")
    assert titled.title == "Budget Monitoring Quarter 3"  # not run on into "1. Purpose"
    assert meta("Committee: Planning Committee\nTitle of Report: Land at North Road\n"
                "Report of: Head of Planning").title == "Land at North Road"
    # a two-column header's "TITLE:" on a line of its own is read as such, not run on
    assert meta("REPORT\nTITLE:\nPARKS STRATEGY\nRESPONSIBLE\nOFFICER:\nJ Smith").title == \
        "Parks Strategy"
    assert meta("Decision maker: Cabinet\nSubject: Parking Charges").committee == "Cabinet"
    assert meta("Decision maker: Cabinet Member for Highways\nSubject: Speed limits"
                ).committee is None


def test_a_letterhead_naming_a_municipality_names_it_alone() -> None:
    for head in ("CITY OF RIVERTON\nCity Commission Meeting\nMarch 4, 2025",
                 "Town of Millbrook, Vermont\nBoard of Selectmen\nAgenda"):
        council = infer_meta(Path("agenda.pdf"), [head]).council
        assert council in {"City of Riverton", "Town of Millbrook"}, council


def test_a_two_column_header_gives_the_report_s_title() -> None:
    def title(text: str) -> str | None:
        return infer_meta(Path("item-7-report.pdf"), [text]).title

    split_label = ("REPORT TO:\nCOMBINED AUTHORITY COMMITTEE\nDATE:\n5 JUNE 2026\nREPORT\nTITLE:\n"
                   "\nINVESTMENT FUND PROGRAMME AND GRANT\nASSURANCE\nRESPONSIBLE\nOFFICER:\n"
                   "DIRECTOR OF FINANCE")
    assert title(split_label) == "Investment Fund Programme and Grant Assurance"
    one_label = "Report title:\nBus Service Improvement Plan\nWard(s):\nAll"
    assert title(one_label) == "Bus Service Improvement Plan"
    assert title("Title: Mr\nName: J Smith") == "item-7-report"  # a form's field, no report's


def test_minutes_named_in_other_councils_openings() -> None:
    def meta(text: str) -> DocumentMeta:
        return infer_meta(Path("paper.pdf"), [text])

    scottish = meta("Minute of Meeting\nMidlothian Council\nPerformance, Review and Scrutiny "
                    "Committee\nDate: Tuesday 3 December 2024\n1. Welcome and Apologies")
    assert (scottish.doc_type, scottish.council) == ("minutes", "Midlothian Council")
    welsh = meta("ISLE OF ANGLESEY COUNTY COUNCIL\nMinutes of the Corporate Scrutiny "
                 "Committee held on 21 January 2025\n1 APOLOGIES")
    assert (welsh.doc_type, welsh.committee) == ("minutes", "Corporate Scrutiny Committee")
    ulster = meta("Minutes of Meeting of the Planning Committee of Mid Ulster District Council"
                  " held on Tuesday 4 February 2025")
    assert (ulster.committee, ulster.council) == ("Planning Committee",
                                                  "Mid Ulster District Council")
    ijb = meta("MINUTE of MEETING of the ANGUS HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD"
               " held in\nthe Town and County Hall, Forfar on Wednesday 26 February 2025.")
    assert ijb.doc_type == "minutes"
    # an agenda listing the last meeting's minutes stays an agenda
    assert meta("AGENDA\n1. Apologies\n2. Minute of Meeting held on 3 May").doc_type != \
        "minutes"


# Councils the register does not hold (New Zealand, a US city, an Ontario city's corporate
# name, a West Australian shire): the name heading the paper is its council, not a neighbour
# it writes to, nor its body's name, nor a meeting's or decision's name in capitals.
LETTERHEADS_ABROAD = [
    ("TARANUI DISTRICT COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 12 "
     "DECEMBER 2024\n5.1 Water services plan\nThe plan will go to Rangiwhai District Council"
     " for comment. Rangiwhai District Council replied.", "Taranui District Council"),
    ("CITY OF NORTH RIDGEFIELD\nREGULAR CITY COUNCIL MEETING MINUTES\nTuesday, March 4, "
     "2025\nThe Regular City Council meeting was called to order.", "City of North Ridgefield"),
    ("THE CORPORATION OF THE CITY OF BELLEVILLE\nREGULAR MEETING OF COUNCIL\nMINUTES\n"
     "Tuesday, April 8, 2025", "City of Belleville"),
    ("SHIRE OF HARVEY\nORDINARY COUNCIL MEETING\nMINUTES 24 September 2024\n"
     "OFFICER RECOMMENDATION AND COUNCIL RESOLUTION", "Shire of Harvey"),
    ("REGULAR MEETING OF COUNCIL\nMINUTES\nOFFICER RECOMMENDATION AND COUNCIL RESOLUTION",
     None),
    ("STELLENBOSCH MUNICIPALITY\nMINUTES OF THE 38TH MEETING OF THE COUNCIL\n26 March 2025",
     "Stellenbosch Municipality"),
    ("EMFULENI LOCAL MUNICIPALITY\nAGENDA\nORDINARY COUNCIL MEETING", "Emfuleni Local "
     "Municipality"),
    ("REPORT OF THE MUNICIPALITY\nMINUTES\nOFFICER RECOMMENDATION", None),
]


@pytest.mark.parametrize(("head", "council"), LETTERHEADS_ABROAD)
def test_a_letterhead_council_abroad_beats_a_neighbour_and_its_own_body(
        head: str, council: str | None) -> None:
    assert infer_meta(Path("minutes.pdf"), [head]).council == council


def test_a_registered_council_s_letterhead_beats_a_neighbour_it_speaks_of_more() -> None:
    # a district's planning minutes naming the county as highway authority twice; a
    # hyphenated place's name in capitals ("STRATFORD-ON-AVON") read as the register has it
    minutes = ("STRATFORD-ON-AVON DISTRICT COUNCIL\nMINUTES OF A MEETING OF THE PLANNING "
               "COMMITTEE\nON WEDNESDAY 12 FEBRUARY 2025\n59 24/01876/FUL - Land East of "
               "Banbury Road\nWarwickshire County Council as highway authority had raised no "
               "objection. Warwickshire County Council asked for a bus contribution.")
    assert infer_meta(Path("minutes.pdf"), [minutes]).council == \
        "Stratford-on-Avon District Council"
    # without its own letterhead the council named most is still taken
    spoken = minutes.split("\n", 1)[1]
    assert infer_meta(Path("minutes.pdf"), [spoken]).council == "Warwickshire County Council"


def test_a_decision_notice_is_a_record_of_decision_with_its_reference() -> None:
    from scrutiny_qa.metadata import DECISION_RECORD, decision_reference
    head = ("Wiltshire Council\nCABINET MEMBER DECISION NOTICE\nDecision reference: PH/2025/014"
            "\nDecision maker: Cabinet Member for Highways\nDate of decision: 17 February 2025"
            "\nDecision taken\n1. To approve the award of the contract.")
    assert infer_meta(Path("notice.pdf"), [head]).doc_type == DECISION_RECORD
    assert decision_reference(Path("notice.pdf"), head) == "PH/2025/014"
    report = "Cabinet report\nThe decisions taken at County Council on 13 February 2025."
    assert infer_meta(Path("report.pdf"), [report]).doc_type != DECISION_RECORD


def test_a_two_column_title_stops_at_the_next_field_in_brackets() -> None:
    head = ("DERBY CITY COUNCIL\nReport to: Climate Change Scrutiny Review Board\n"
            "Subject: Street Lighting LED Conversion - Phase 3 Progress\n"
            "Ward(s) affected: All\nKey decision: No")
    assert infer_meta(Path("report.pdf"), [head]).title == \
        "Street Lighting LED Conversion - Phase 3 Progress"


def test_a_date_alone_in_the_heading_is_the_meeting_s_not_the_minutes_it_confirms() -> None:
    # a district committee's minutes and a US city council's, each dated by a line alone
    # under their heading, each confirming an earlier meeting's minutes before any weekday
    district = ("STROUDLEY DISTRICT COUNCIL\nAUDIT AND STANDARDS COMMITTEE\n15 April 2025\n"
                "Minutes\nAS.33 MINUTES\nRESOLVED That the Minutes of the meeting held on 21 "
                "January 2025 are approved.")
    city = ("CITY OF PORTOLA BAY\nCITY COUNCIL REGULAR MEETING MINUTES\nMARCH 25, 2025\n"
            "3. The minutes of the regular meeting held on March 11, 2025 were approved as "
            "presented.")
    for text, day in ((district, "2025-04-15"), (city, "2025-03-25")):
        assert infer_meta(Path("minutes.pdf"), [text]).meeting_date == day
    confirming = ("Minutes of the Parish Council\nThat the minutes of the meeting held on 9 "
                  "December 2024 be signed as a correct record.")
    assert infer_meta(Path("parish/2025-01-13/minutes.pdf"), [confirming]).meeting_date == \
        "2025-01-13"


def test_a_scottish_minute_is_dated_by_its_place_line_not_its_previous_minute() -> None:
    # a Scottish committee's minute opening "ABERDEEN, 12 March 2025." and an English town
    # council's headed by its previous meeting's minutes: the earlier meeting dates neither
    scottish = ("ABERDEEN CITY COUNCIL\nFINANCE AND RESOURCES COMMITTEE\nABERDEEN,  12  March  "
                "2025.\nMinute  of  Meeting  of  the  FINANCE  AND  RESOURCES\nCOMMITTEE.\n"
                "MINUTE OF PREVIOUS MEETING OF 29 JANUARY 2025\n4. The Committee had before it"
                " the minute.")
    town = ("Thornby Town Council\nPlanning Committee\nPresent: Cllrs Ash and Bell\n"
            "1. Minutes of the last meeting held on 3 February 2025\nThese were signed.")
    assert infer_meta(Path("minute.pdf"), [scottish]).meeting_date == "2025-03-12"
    assert infer_meta(Path("thornby/2025-03-03-planning/minutes.pdf"), [town]).meeting_date \
        == "2025-03-03"
    # a meeting line naming its own date still dates it
    held = "Thornby Town Council\nMinutes of the meeting held on 3 March 2025\n1. Apologies"
    assert infer_meta(Path("minutes.pdf"), [held]).meeting_date == "2025-03-03"


def test_bodies_named_after_what_the_paper_records_or_as_a_board_of_members() -> None:
    # a London borough's record of decisions and a licensing committee's; a US county's
    # board of supervisors (its clerk, "Clerk of the Board", below) and a school board
    for text, body in (
            ("LONDON BOROUGH OF TOWER HAMLETS\nRECORD OF THE DECISIONS OF THE CABINET\nHELD AT "
             "5.30 P.M. ON WEDNESDAY, 29 JANUARY 2025", "Cabinet"),
            ("Northshire District Council\nDecisions of the Licensing Committee\n3 March 2025",
             "Licensing Committee"),
            ("County of Santa Barbara\nBOARD OF SUPERVISORS\nMinutes\nTuesday, March 4, 2025\n"
             "Sheila de la Guerra, Clerk of the Board", "Board of Supervisors"),
            ("Riverton Unified School District\nBoard of Education\nRegular Meeting Minutes\n"
             "March 4, 2025", "Board of Education")):
        assert infer_meta(Path("minutes.pdf"), [text]).committee == body


def test_council_names_with_small_words_and_authorities_that_are_no_council() -> None:
    # a Northern Irish and an English unitary letterhead in capitals, each opening minutes
    # that name their committee with no article; a national park's and a fire authority's
    # letterheads over papers naming parish and district councils
    for text, council, body in (
            ("NEWRY, MOURNE AND DOWN DISTRICT COUNCIL\nMinutes  of  Strategy,  Policy  and  "
             "Resources  Committee  Meeting  held  on\nThursday 16 January 2025",
             "Newry, Mourne and Down District Council", "Strategy, Policy and Resources Committee"),
            ("BATH AND NORTH EAST SOMERSET COUNCIL\nMinutes of Planning Committee held on 3 "
             "March 2025", "Bath and North East Somerset Council", "Planning Committee"),
            ("PEAK DISTRICT NATIONAL PARK AUTHORITY\nMINUTES\nMeeting: Planning Committee\n"
             "6. Litton Parish Council: Supports the application. Litton Parish Council asked for"
             " a condition.", "Peak District National Park Authority", "Planning Committee"),
            ("HUMBERSIDE FIRE AUTHORITY\nMeeting: Governance, Audit and Scrutiny Committee\n"
             "East Riding of Yorkshire Council and Hull City Council were consulted.",
             "Humberside Fire Authority", "Governance, Audit and Scrutiny Committee")):
        meta = infer_meta(Path("minutes.pdf"), [text])
        assert (meta.council, meta.committee) == (council, body)
    # a council's paper naming an authority in its text is still the council's
    text = "Thornby Town Council\nMinutes\nThe Highway Authority had been asked to attend."
    assert infer_meta(Path("minutes.pdf"), [text]).council == "Thornby Town Council"


def test_a_date_line_naming_a_weekday_is_the_meeting_s_not_the_letter_s() -> None:
    # a national park's notice of meeting (the letter's "Date:", then the meeting's) and a
    # Welsh council's summons
    for text, day in (
            ("Peak District National Park Authority\nOur Ref: A.1142/3085\nDate: 4 March 2025\n"
             "NOTICE OF MEETING\nMeeting: Planning Committee\nDate: Friday 14 March 2025\n"
             "AGENDA\n1. Apologies", "2025-03-14"),
            ("Cyngor Sir Ynys Môn\nDate: 2 June 2025\nDear Councillor\nA meeting of the "
             "Executive will be held as follows.\nDate: Tuesday, 10 June 2025\nAGENDA",
             "2025-06-10")):
        assert infer_meta(Path("agenda.pdf"), [text]).meeting_date == day


def test_a_paper_naming_no_council_is_its_registered_folder_s() -> None:
    minutes = ("MINUTES OF THE ENVIRONMENTAL SERVICES COMMITTEE HELD ON TUESDAY 11 FEBRUARY "
               "2025\n1. APOLOGIES\nNone.\n2. BINS\nThe Committee noted the report.")
    for folder, council in (("causeway-coast-and-glens/environmental", "Causeway Coast and "
                             "Glens Borough Council"), ("walsall-mbc/cabinet/2025-02-11",
                                                        "Walsall Council")):
        assert infer_meta(Path(f"corpus/{folder}/minutes.pdf"), [minutes]).council == council
    # a folder no registered council is named for names none; a paper's own council wins
    assert infer_meta(Path("corpus/durham-region/minutes.pdf"), [minutes]).council is None
    named = "Kent County Council\n" + minutes
    assert infer_meta(Path("corpus/croydon/minutes.pdf"), [named]).council == \
        "Kent County Council"


def test_minutes_speaking_of_a_notice_of_decision_are_minutes_and_name_their_council() -> None:
    # an Australian city council's minutes resolving to issue a planning permit's notice,
    # and a licensing panel's notice of determination, headed as one
    minutes = ("MINUTES OF THE COUNCIL MEETING OF WESTFORD CITY COUNCIL HELD ON WEDNESDAY 19 "
               "MARCH 2025\n1. APOLOGIES\nNil.\n2. PLANNING\nRESOLUTION\nMoved Cr Metcalf, "
               "seconded Cr Penny.\nThat Council issue a Notice of Decision to Grant a Permit.")
    meta = infer_meta(Path("minutes.pdf"), [minutes])
    assert (meta.doc_type, meta.council) == ("minutes", "Westford City Council")
    notice = ("WESTHAVEN CITY COUNCIL\nLICENSING PANEL\nNOTICE OF DETERMINATION\nREVIEW OF A "
              "PREMISES LICENCE\nDate of hearing: Thursday 6 March 2025")
    assert infer_meta(Path("notice.pdf"), [notice]).doc_type == "decision record"


def test_a_label_naming_the_meeting_s_date_dates_the_paper_before_the_report_s_own() -> None:
    # a US staff report's "AGENDA OF:" after its "DATE:", and an English report's "Date of
    # meeting:" after the date it was written
    us = ("CITY COUNCIL AGENDA REPORT\nDATE: March 12, 2025\nAGENDA OF: March 25, 2025\n"
          "SUBJECT: Residential Permit Parking")
    english = ("Report to the Cabinet\nDate: 2 January 2025\nDate of meeting: 16 January 2025\n"
               "Subject: Parking charges")
    for text, day in ((us, "2025-03-25"), (english, "2025-01-16")):
        assert infer_meta(Path("report.pdf"), [text]).meeting_date == day
    packet = ("CITY COUNCIL\nRegular Meeting of March 25, 2025\nAGENDA - 1:00 P.M. SESSION\n"
              "1. Minutes")
    assert infer_meta(Path("packet.pdf"), [packet]).doc_type == "agenda pack"


def test_a_letterhead_in_two_columns_is_read_cell_by_cell() -> None:
    # a unitary council's minutes and a district council's, each header set as a table
    york = ("City of York Council                                Committee Minutes\n\n"
            "Meeting            Decision Session - Executive Member for Transport\n\n"
            "Date               11 March 2025\n\n41.  Declarations of Interest\nNone.")
    district = ("Wychavon District Council                          Minutes\n"
                "Committee          Planning Committee\nDate               4 February 2025\n"
                "12.  Apologies\nNone.")
    for text, council, committee in ((york, "City of York Council",
                                      "Decision Session - Executive Member for Transport"),
                                     (district, "Wychavon District Council", "Planning Committee")):
        meta = infer_meta(Path("minutes.pdf"), [text])
        assert (meta.doc_type, meta.council, meta.committee) == ("minutes", council, committee)
    # a label's value after a wide gap stays its value, a person no body
    report = ("From:   Roger Gough, Leader of the Council\nTo:   County Council   Date:   13 "
              "March 2025\nSubject: Governance Update")
    meta = infer_meta(Path("report.pdf"), [report])
    assert meta.committee != "Roger Gough, Leader of the Council"
    assert meta.meeting_date == "2025-03-13"


def test_a_paper_showing_no_council_of_its_own_is_its_folder_s_not_a_neighbour_s() -> None:
    # a district's minutes writing to their county, a county's report on its districts
    minutes = ("Minutes of a meeting of Council held on Wednesday, 26 February 2025\nCL.309 Bus "
               "Services\nRESOLVED: That Council asks the Chief Executive to write to "
               "Gloucestershire County Council about the 855 bus.")
    report = ("From: Leader of the Council\nTo: County Council\nSubject: Devolution\nThe "
              "Leader met Tonbridge and Malling Borough Council and Swale Borough Council.")
    for folder, text, council in (("cotswold/council/2025-02-26", minutes,
                                   "Cotswold District Council"),
                                  ("kent/full_council/2025-01-09", report, "Kent County Council")):
        assert infer_meta(Path(f"{folder}/paper.pdf"), [text]).council == council
    # a council on the paper's own letterhead stays its own
    headed = "Gloucestershire County Council\n" + minutes
    assert infer_meta(Path("cotswold/council/paper.pdf"), [headed]).council == \
        "Gloucestershire County Council"


def test_a_scottish_minute_headed_minute_is_minutes() -> None:
    for opening in ("Minute\n\nHarbour Authority Sub-committee\n\nTuesday, 4 March 2025",
                    "MINUTE\nPlanning Committee\n4 March 2025"):
        assert infer_meta(Path("paper.pdf"), [opening]).doc_type == "minutes"


def test_a_record_or_notes_of_a_meeting_are_minutes() -> None:
    # a Jersey scrutiny panel's "Record of Meeting", an English working group's "Notes of the
    # meeting of the … held on …"
    for opening in ("Environment Scrutiny Panel\nRecord of Meeting\nDate: 4th March 2025",
                    "NOTES OF THE MEETING OF THE CLIMATE MEMBER WORKING GROUP HELD ON 3 JUNE "
                    "2025\nPresent: Cllr A"):
        assert infer_meta(Path("paper.pdf"), [opening]).doc_type == "minutes"
    # a report saying notes of a meeting are attached is a report
    report = ("Report of the Head of Housing\nNotes of the meeting held with residents are "
              "attached at Appendix 2.\nRecommendation: note the report.")
    assert infer_meta(Path("paper.pdf"), [report]).doc_type == "officer report"


def test_a_posted_notice_of_meeting_is_an_agenda() -> None:
    # a Texas commissioners court's posted notice, an English parish's notice of meeting
    texas = ("COMAL COUNTY COMMISSIONERS COURT\nNOTICE OF REGULAR MEETING\nThursday, March 13, "
             "2025\nNotice is hereby given that the Commissioners Court will meet at the above "
             "date.\nCONSENT AGENDA\n1. Approve payment of invoices.\n2. Accept the monthly "
             "report of the County Treasurer.")
    parish = ("OAKHAM MAGNA PARISH COUNCIL\nNOTICE OF MEETING\nThe Parish Council will meet on "
              "Monday 13 January 2025 at 7.30pm.\n1. Apologies\n2. Report of the Clerk")
    # a New England town meeting's warrant, the articles it will act on
    warrant = ("TOWN OF MILLBROOK\nANNUAL TOWN MEETING WARRANT\nTo any Constable of the Town: "
               "Greetings:\nIn the name of the Commonwealth, you are hereby required to notify"
               " and warn the inhabitants of the Town to meet on Monday, May 5, 2025.\n"
               "ARTICLE 1. HEAR REPORTS\nTo see if the Town will vote to accept the reports.")
    for text in (texas, parish, warrant):
        assert infer_meta(Path("paper.pdf"), [text]).doc_type == "agenda pack"
    report = ("Report of the Head of Planning\nDue notice of the meeting was given to the "
              "applicant.\nRecommendation: approve.")
    assert infer_meta(Path("report.pdf"), [report]).doc_type == "officer report"


def test_a_heading_in_capitals_parted_by_dashes_names_the_body() -> None:
    # a Scottish council's "THE FIFE COUNCIL - EDUCATION … COMMITTEE - BLENDED MEETING", and
    # a pack's "CABINET - THURSDAY, 30 JANUARY 2025"
    for head, body in (("THE FIFE COUNCIL - EDUCATION AND CHILDREN'S SERVICES COMMITTEE - "
                        "BLENDED MEETING\n11 March 2025\n41. DECLARATIONS OF INTEREST",
                        "Education and Children's Services Committee"),
                       ("CABINET - THURSDAY, 30 JANUARY 2025\nSupplementary report", "Cabinet")):
        assert infer_meta(Path("paper.pdf"), [head]).committee == body
    # an appendix's title in mixed case is not parted so
    appendix = "Appendix 1 – Proposed Joint Overview and Scrutiny\nTerms of Reference"
    assert infer_meta(Path("paper.pdf"), [appendix]).committee is None


def test_a_council_meeting_named_by_its_kind_and_a_council_named_in_the_opening() -> None:
    # a Canadian city council's minutes ("City Council" alone; "The Council of the City of
    # Ottawa met at …") and an Australian city's ("… of the Council of the City of Wanneroo
    # held …"); a registered council's letterhead is still the council, never the body
    ottawa = ("City Council Minutes 47, Wednesday, February 12, 2025\nCity Council\nMinutes\n"
              "The  Council  of  the  City  of  Ottawa  met  at  Andrew  S.  Haydon  Hall.")
    wanneroo = ("Ordinary Council Meeting\nMinutes of the Ordinary Meeting of the Council of "
                "the City of Wanneroo held on 4 March 2025")
    meta = infer_meta(Path("minutes.pdf"), [ottawa])
    assert (meta.council, meta.committee) == ("City of Ottawa", "City Council")
    assert infer_meta(Path("minutes.pdf"), [wanneroo]).council == "City of Wanneroo"
    kent = infer_meta(Path("minutes.pdf"), ["KENT COUNTY COUNCIL\nMinutes of the meeting"])
    assert (kent.council, kent.committee) == ("Kent County Council", None)


def test_scottish_minutes_opening_with_their_place_or_at_a_meeting_are_minutes() -> None:
    # Aberdeen's "ABERDEEN, 12 March 2025. Minute of Meeting of the …" run on as a sentence,
    # Dundee's "At a MEETING of the … held at Dundee on …"; a report's sentence telling of
    # a meeting is no minutes
    aberdeen = ("ABERDEEN CITY COUNCIL\nFINANCE AND RESOURCES COMMITTEE\nABERDEEN, 12 March "
                "2025. Minute of Meeting of the FINANCE AND RESOURCES\nCOMMITTEE. Present:- "
                "Councillor Yuill, Convener.")
    dundee = ("At a MEETING of the CITY GOVERNANCE COMMITTEE held at Dundee on 4 March 2025.\n"
              "Present:- Lord Provost Bill Campbell")
    for text in (aberdeen, dundee):
        assert infer_meta(Path("paper.pdf"), [text]).doc_type == "minutes"
    report = ("Report to Cabinet\nThe plan was first considered\nat a meeting of the Cabinet "
              "held on 4 March 2025.\nRecommendation: that the plan be adopted.")
    assert infer_meta(Path("paper.pdf"), [report]).doc_type != "minutes"
