"""Agenda listings printing pages in a column or below each title (formats/listings.py),
and the packs they place: two table layouts, and listings that must not be read."""

from __future__ import annotations

from pathlib import Path

from conftest import make_pdf
from scrutiny_qa.extract import extract
from scrutiny_qa.formats.listings import front_listing, tabled_items
from scrutiny_qa.structure import FRONT, analyse

# A table agenda as it extracts: item, subject, pages in a column; a note numbered below.
COLUMN_AGENDA = """OVERVIEW AND SCRUTINY COMMITTEE
Tuesday 4 November 2025 at 6.30pm
Agenda
Item Subject Pages
1 Apologies for Absence
2 Declarations of Interest
3 Minutes of the Previous Meeting 1 - 2
4 Revenue Budget Monitoring 2025 - 26 3 - 4
5 Work Programme Page 5
6 Urgent Business
Notes: 1. Members of the public may attend."""

# A table agenda whose pages stand below each item's description, in capitals.
RANGE_BELOW_AGENDA = """CABINET
AGENDA
4 MINUTES
To confirm the minutes of the meeting held on 2 October 2025.
1 - 2
5 HOUSING STRATEGY 2025 - 2030
Report of the Director of Housing.
3 - 4
6 EXCLUSION OF THE PUBLIC"""


def test_column_listing_reads_titles_and_pages() -> None:
    items = tabled_items(COLUMN_AGENDA.splitlines())
    assert [(i.number, i.first_label, i.last_label) for i in items.values()] == [
        ("1", None, None), ("2", None, None), ("3", 1, 2), ("4", 3, 4), ("5", 5, 5),
        ("6", None, None)]
    # a title ending in a financial year keeps it; the page column is cut off
    assert items["4"].title == "Revenue Budget Monitoring 2025 - 26"
    assert items["5"].title == "Work Programme"


def test_pages_below_the_title_are_the_items() -> None:
    items = tabled_items(RANGE_BELOW_AGENDA.splitlines())
    assert {n: (i.title, i.first_label, i.last_label) for n, i in items.items()} == {
        "4": ("MINUTES", 1, 2), "5": ("HOUSING STRATEGY 2025 - 2030", 3, 4),
        "6": ("EXCLUSION OF THE PUBLIC", None, None)}


def test_a_listing_under_a_header_naming_its_page_column_reads_start_pages() -> None:
    # a South African municipality's "ITEM  SUBJECT  PAGE" contents (three-level items,
    # short items sharing a page), and an English council's "No.  Title  Page No."
    municipal = ["AGENDA  38TH COUNCIL MEETING",
                 "ITEM    SUBJECT                                        PAGE",
                 "1.      OPENING AND WELCOME                            3",
                 "5.      CONFIRMATION OF MINUTES                        3",
                 "7.      REPORTS SUBMITTED BY THE EXECUTIVE MAYOR",
                 "7.1.1   ADOPTION OF THE DRAFT 2025/26 BUDGET           4",
                 "7.2.1   WATER SERVICES DEVELOPMENT PLAN 2025-2030      9",
                 "8.      NOTICES OF MOTION                              12"]
    english = ["Agenda", "No.   Title                                 Page No.",
               "1     Apologies", "2     Minutes of the last meeting       1 - 6",
               "3     Housing Strategy 2025 - 2030          7",
               "4     Work Programme                        15"]
    items = tabled_items(municipal)
    assert {n: (i.first_label, i.last_label) for n, i in items.items()} == {
        "1": (3, 3), "5": (3, 3), "7": (None, None), "7.1.1": (4, 8), "7.2.1": (9, 11),
        "8": (12, 12)}
    assert items["7.2.1"].title == "WATER SERVICES DEVELOPMENT PLAN 2025-2030"
    items = tabled_items(english)
    assert {n: (i.title, i.first_label, i.last_label) for n, i in items.items()} == {
        "1": ("Apologies", None, None), "2": ("Minutes of the last meeting", 1, 6),
        "3": ("Housing Strategy 2025 - 2030", 7, 14), "4": ("Work Programme", 15, 15)}
    # without the header a bare number is no page; under it, pages running back are none
    assert tabled_items([municipal[0], *municipal[2:]]) == {}
    backwards = [*municipal[:2], "1. OPENING   9", "2. MINUTES   3", "3. BUDGET   1"]
    assert tabled_items(backwards) == {}


def test_numbers_that_are_not_a_listing_are_not_read() -> None:
    # a report's numbered paragraphs ending in page references: no agenda says it is one
    report = ["Budget Monitoring Report", "1 The forecast outturn is shown in the table 3 - 4",
              "2 Capital schemes are listed at pages 10 - 12"]
    assert tabled_items(report) == {}
    assert tabled_items(["AGENDA", *report[1:]]) != {}  # (the same lines on an agenda)
    backwards = ["AGENDA", "3 Minutes 20 - 24", "4 Budget 1 - 19"]
    assert tabled_items(backwards) == {}
    one = ["AGENDA", "3 Minutes of the last meeting 5 - 12", "4 Any Other Business"]
    assert tabled_items(one) == {}  # one entry with pages is no listing
    years = ["AGENDA", "4 Budget 2025 - 26", "5 Plan 2025 - 2030"]
    assert tabled_items(years) == {}


def _pack(tmp_path: Path, agenda: str) -> list[str | None]:
    pdf = make_pdf(tmp_path / "pack.pdf", [
        agenda,
        "Minutes of the meeting held on 2 October 2025.\nPage 1",
        "The minutes continue.\nPage 2",
        "Report of the Director on the subject.\nPage 3",
        "The report continues.\nPage 4",
        "The last report.\nPage 5",
    ])
    return analyse(extract(pdf, pdf.read_bytes()), is_minutes=False).page_items


def test_column_and_range_below_packs_place_their_pages(tmp_path: Path) -> None:
    assert _pack(tmp_path, COLUMN_AGENDA) == [FRONT, "3", "3", "4", "4", "5"]
    assert _pack(tmp_path, RANGE_BELOW_AGENDA) == [FRONT, "4", "4", "5", "5", "5"]


def test_a_report_with_numbered_paragraphs_has_no_items(tmp_path: Path) -> None:
    report = ("Budget Monitoring Report\n1 Purpose of the report\n"
              "2 The forecast is set out at pages 3 - 4\n3 Risks are listed at pages 9 - 12\n"
              "1 Appendix tables follow")
    assert set(_pack(tmp_path, report)) == {None}


def test_a_listing_reads_on_into_its_next_page_but_not_into_a_report() -> None:
    agenda = COLUMN_AGENDA.splitlines()[:8]  # items 1-4 on the first page
    more = ["5 Work Programme Page 5", "6 Urgent Business"]
    report = ["Budget Report", "1 Introduction", "2 The forecast is at pages 30 - 34"]
    assert list(front_listing([agenda, more, report])) == ["1", "2", "3", "4", "5", "6"]
    assert list(front_listing([["A report"], agenda])) == ["1", "2", "3", "4"]


SUMMONS = ("TOWN COUNCIL\nAGENDA\n1. Apologies\n2. Minutes of the Last Meeting\n"
           "3. Play Area Refurbishment\n4. Allotment Rents 2026\n5. Questions")


def _summons_pack(tmp_path: Path, reports: list[str]) -> list[str | None]:
    pdf = make_pdf(tmp_path / "summons-pack.pdf", [SUMMONS, *reports])
    return analyse(extract(pdf, pdf.read_bytes()), is_minutes=False).page_items


def test_an_unstamped_pack_places_reports_by_the_titles_they_open_with(tmp_path: Path) -> None:
    # no page ranges, no stamps: each report opens with its listed title, in agenda order
    assert _summons_pack(tmp_path, [
        "MINUTES OF THE LAST MEETING\nheld on 3 March 2026",
        "The minutes continue.",
        "Report to Council\nPlay Area Refurbishment\nThe play area at the park is worn.",
        "Quotes were sought from three suppliers.",
        "Allotment Rents 2026\nRents are reviewed each year.",
    ]) == [FRONT, "2", "2", "3", "3", "4"]


def test_titles_that_do_not_head_a_page_place_nothing(tmp_path: Path) -> None:
    # a title in a page's body, a one-word title, an earlier item's title after a later
    # one, and a page printing two listed titles (the agenda's continuation) move nothing
    assert _summons_pack(tmp_path, [
        "Questions\nwere taken from the public.",
        "Report to Council\nAllotment Rents 2026\nRents are reviewed each year.",
        "Play Area Refurbishment\nwas discussed at the last meeting.",
        "Summary\nAs reported under Minutes of the Last Meeting and Play Area Refurbishment.",
        "Appendix\nThe report continues.\nIt refers to the Play Area Refurbishment.",
    ]) == [FRONT, FRONT, "4", "4", "4", "4"]


def test_the_agendas_next_page_is_not_the_item_it_lists(tmp_path: Path) -> None:
    # an agenda's page printing one listed item under its number is a listing, not a report
    assert _summons_pack(tmp_path, [
        "4. Allotment Rents 2026\nTo agree the rents for the coming year.",
        "Play Area Refurbishment\nThe play area at the park is worn.",
    ]) == [FRONT, FRONT, "3"]


def test_a_summons_without_an_agenda_heading_lists_its_items() -> None:
    # a district council's summons: "An Agenda is set out below.", numbers set off by
    # spaces, a note under each item; a town council's "You are hereby summoned"
    from scrutiny_qa.extract import Page
    from scrutiny_qa.metadata import infer_meta
    district = ("East Suffolk Council\nCabinet\nMembers are invited to a Meeting of the Cabinet"
                "\non Tuesday, 4 March 2025 at 6.30 pm\nAn Agenda is set out below.\n"
                "1      Apologies for Absence\nTo receive apologies for absence, if any.\n"
                "2      Minutes\n3      Leisure Centre Investment Strategy ES/2125\n"
                "Report of the Cabinet Member for Communities\n4      Exempt Items\n"
                "It is recommended that under Section 100(A)(4) of the Local Government Act 1972\n"
                "the public be excluded.")
    town = ("Thornby Town Council\nYou are hereby summoned to attend a meeting of the Council"
            "\n1. Apologies\n2. Minutes\n3. Play Area\n4. Close")
    for text, titles in ((district, ["Apologies for Absence", "Minutes",
                                     "Leisure Centre Investment Strategy ES/2125",
                                     "Exempt Items"]),
                         (town, ["Apologies", "Minutes", "Play Area", "Close"])):
        assert infer_meta(Path("summons.pdf"), [text]).doc_type == "agenda pack"
        items = analyse([Page(1, None, text)], is_minutes=False).items
        assert [item.title for item in items.values()] == titles
    # a report inviting members to a meeting further down is no summons
    report = "Report to Cabinet\n" + "The budget was set.\n" * 80 + \
        "Members are invited to a meeting of the working group in May."
    assert infer_meta(Path("report.pdf"), [report]).doc_type != "agenda pack"


def test_a_summons_lists_the_parts_of_its_items() -> None:
    # a district council's summons whose reports are numbered as parts with no line of their
    # own for the item ("4.1", "4.2", then "5"); a town council's, parts under their item's
    # own line ("3. Planning" / "3.1 …"); a part not counting on is no item
    from scrutiny_qa.extract import Page
    district = ("Northshire District Council\nFinance Committee\nAGENDA\n"
                "1.   Apologies for absence\n2.   Minutes\n"
                "3.1  Budget Monitoring, Quarter 2\n3.2  Treasury Management Review\n"
                "4.   Fees and Charges 2026/27\n5.   Any Other Business")
    town = ("Thornby Town Council\nYou are hereby summoned to attend a meeting of the Council"
            "\n1. Apologies\n2. Minutes\n3. Planning\n3.1 25/0123/FUL Land at Mill Lane\n"
            "3.2 25/0141/HOU 4 Church Street\n3.4 Not the next part, so not an item\n"
            "4. Allotments\n5.2 Not a first part, so not an item\n5. Close")
    for text, titles in (
            (district, {"1": "Apologies for absence", "2": "Minutes",
                        "3.1": "Budget Monitoring, Quarter 2",
                        "3.2": "Treasury Management Review", "4": "Fees and Charges 2026/27",
                        "5": "Any Other Business"}),
            (town, {"1": "Apologies", "2": "Minutes", "3": "Planning",
                    "3.1": "25/0123/FUL Land at Mill Lane", "3.2": "25/0141/HOU 4 Church Street",
                    "4": "Allotments", "5": "Close"})):
        items = analyse([Page(1, None, text)], is_minutes=False).items
        assert {number: item.title for number, item in items.items()} == titles


def _items_and_runs(pages: list[str]) -> tuple[dict[str, str | None], list[tuple[str, str]]]:
    """The items a pack's listing gives (number to title) and each block's first words with
    its item on the last page; page N printing "Page N" at its foot."""
    from scrutiny_qa.extract import Page
    structure = analyse([Page(n, str(n), text) for n, text in enumerate(pages, start=1)],
                        is_minutes=False)
    return ({number: item.title for number, item in structure.items.items()},
            [(block.text[:12], block.item) for block in structure.blocks
             if block.page_index == len(pages) - 1])


def test_an_item_opening_on_a_page_another_item_started_is_cited_there() -> None:
    # a national park's planning pack (both items "(Page 4)", the second's heading in
    # capitals) and a district's (item 8 "(Pages 2 - 3)", item 9 from page 3): the line
    # printing the next item's number and title opens it; a numbered paragraph does not
    for listing, page, cited in (
            ("6. Brookside Farm, Longnor (Page 2)\n7. Head of Planning's Report (Page 2)",
             "6. BROOKSIDE FARM, LONGNOR\nThe barn is modest.\n7.   HEAD OF PLANNING'S "
             "REPORT - APPEALS\n1. Two appeals were lodged.", ["6", "6", "7", "7"]),
            ("8. Leisure Review (Page 2)\n9. Work Programme (Page 2)",
             "The review ends here.\n\n9 Work Programme\n\nThe programme is attached.\n\n"
             "10. Other business", ["8", "9", "9", "9"])):
        _, runs = _items_and_runs([f"AGENDA\n{listing}", page])
        assert [item for _, item in runs] == cited
        first, second = cited[0], cited[-1]
        unnumbered = page.replace(f"{second}. ", "").replace(f"{second}   ", "") \
            .replace(f"{second} ", "")
        _, runs = _items_and_runs([f"AGENDA\n{listing}", unnumbered])
        assert {item for _, item in runs} == {first}


def test_a_listing_reads_its_own_pages_and_an_address_under_a_title_is_the_titles() -> None:
    # a district's planning pack printing no stamps: an application's address indented under
    # its reference ("6   F/YR24/0688/F" / "     27 High Street"), a note after the last
    # item, and its reports' numbered sections further on; a town council's pack whose
    # listing runs over two pages
    planning = ("AGENDA\n1   To receive apologies for absence.\n2   Previous Minutes (Pages 5 - 8)"
                "\n6   F/YR24/0688/F\n     27 High Street, Chatteris\n     Change of use of shop"
                " (Page 3)\n7   Items which the Chairman has deemed urgent\nMembers: Councillor"
                " A Dee (Chairman), Councillor C Marks (Vice-Chairman), Councillor I Benney, "
                "Councillor M Connor")
    report = "F/YR24/0688/F\n1   EXECUTIVE SUMMARY\n1.1 The shop would become a dwelling.\n" \
             "10  CONCLUSIONS\n11  RECOMMENDATION\nRefuse.\n12.  The harm is not outweighed."
    items, _ = _items_and_runs([planning, "Minutes", report])
    assert items == {"1": "To receive apologies for absence.", "2": "Previous Minutes",
                     "6": "F/YR24/0688/F 27 High Street, Chatteris Change of use of shop",
                     "7": "Items which the Chairman has deemed urgent"}
    town = ["AGENDA\n1. Apologies\n2. Minutes (Pages 3 - 4)", "3. Play Area (Pages 5 - 6)\n"
            "4. Close", "Minutes\n5. Any other business", "Play area report"]
    items, _ = _items_and_runs(town)
    assert items == {"1": "Apologies", "2": "Minutes", "3": "Play Area", "4": "Close"}
