"""The record of decisions and promises: resolutions, commitments and minute references, read
from the seed minutes and a generated Kent-style minutes PDF, searched through the API and
exported as CSV."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import DECISION_RECORD, make_pdf
from scrutiny_qa.api import create_app
from scrutiny_qa.cli import main
from scrutiny_qa.commitments import find_commitments
from scrutiny_qa.export import COLUMNS
from scrutiny_qa.extract import Page, extract
from scrutiny_qa.metadata import infer_meta
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.query.signals import LEAD_SUPPORT, RecordHint
from scrutiny_qa.record_search import open_search
from scrutiny_qa.references import find_references
from scrutiny_qa.resolutions import find_decisions, find_resolutions
from scrutiny_qa.structure import analyse, split_at_stamps
from scrutiny_qa.terms import asked_kinds

ROOT = Path(__file__).resolve().parent.parent
PACK_2022 = ROOT / "corpus" / "001_6f5ed2c261c448bb.txt"
PACK_2023 = ROOT / "corpus" / "002_f603d839ce67df70.txt"


def _structure(path: Path):
    pages = split_at_stamps(extract(path, path.read_bytes()))
    meta = infer_meta(path, [p.text for p in pages])
    return analyse(pages, meta.doc_type == "minutes"), meta


def _resolved_lines(path: Path) -> int:
    return len(re.findall(r"(?m)^RESOLVED\b", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", [PACK_2022, PACK_2023])
def test_every_resolved_block_in_the_seed_minutes_is_extracted(path):
    structure, _ = _structure(path)
    found = find_resolutions(structure.blocks)
    assert len(found) == _resolved_lines(path)
    assert all(r.minute and r.minute_heading and r.minutes_date for r in found)
    assert all(r.item == "3" for r in found)  # the pack's "Minutes of the previous meeting"


def test_resolution_parts_minutes_and_dates_match_the_seed_text():
    structure, _ = _structure(PACK_2022)
    by_minute = {r.minute: r for r in find_resolutions(structure.blocks)}
    assert set(by_minute) == {str(n) for n in range(12, 20)}
    dashboard = by_minute["14"]
    assert dashboard.minutes_date == "2022-09-27"
    assert dashboard.minute_heading == "CHILDREN'S SERVICES IMPROVEMENT PROGRAMME"
    assert [p.label for p in dashboard.parts] == ["1", "2", "3"]
    assert dashboard.parts[0].text == "the Performance Dashboard at Annex A be noted"
    assert [p.label for p in by_minute["19"].parts] == [str(n) for n in range(1, 9)]
    assert "Leeds Family Values" in by_minute["19"].parts[3].text
    # A block split by a page break is gathered whole, without the running header.
    early_help = by_minute["15"]
    assert early_help.parts[0].text == "That the report be noted."


def test_sub_parts_stay_inside_their_part_and_across_pages():
    structure, _ = _structure(PACK_2023)
    by_minute = {r.minute: r for r in find_resolutions(structure.blocks)}
    protocol = by_minute["25"]  # "RESOLVED: That" | page break | "the Cabinet be requested"
    assert protocol.preamble.startswith("That the Cabinet be requested to approve")
    assert [p.label for p in protocol.parts] == ["1", "2"]
    work = by_minute["26"]
    assert [p.label for p in work.parts] == [str(n) for n in range(1, 9)]
    assert "(b) the Committee be requested to consider" in work.parts[4].text


def test_commitments_in_the_seed_minutes_name_who_what_and_when():
    structure, meta = _structure(PACK_2022)
    resolutions = find_resolutions(structure.blocks)
    found = find_commitments(structure.blocks, resolutions, meta.doc_type == "minutes")
    by_place = {(structure.blocks[c.block_index].minute, c.part): c for c in found}
    assert {("14", "3"), ("18", "2"), ("18", "4"), ("19", "3"), ("19", "4"),
            ("19", "5")} <= set(by_place)
    director = "Executive Director of Children's Social Care and Education"
    assert by_place[("18", "2")].who == director
    assert by_place[("18", "2")].what.startswith("provide an explanation regarding")
    assert by_place[("19", "3")].who == "Head of Education"  # "... and she be requested"
    assert by_place[("19", "4")].by_when == "in due course"
    narrative = [c for c in found if c.source == "minutes"]
    assert any(c.by_when == "at the next meeting of the Improvement Board" for c in narrative)
    noted = [c for c in found if c.what.endswith("be noted")]
    assert not noted  # "the report be noted" is a decision, not an action


def test_lettered_sub_parts_are_separate_commitments():
    structure, meta = _structure(PACK_2023)
    resolutions = find_resolutions(structure.blocks)
    found = find_commitments(structure.blocks, resolutions, False)
    parts = {c.part: c for c in found if c.source == "resolution"}
    assert parts["5(a)"].who == "Health Providers"
    assert parts["5(e)"].who == "Member Development Steering Group"
    assert parts["2"].by_when is not None and "future" in parts["2"].by_when
    assert parts["5(h)"].what.startswith("further information be requested")


def test_action_lines_in_minutes_are_commitments_with_owner_and_date():
    # a parish council's "ACTION:" line and a board's "Action by: … –" line
    pages = [Page(1, None, "Minutes of the Parish Council meeting held on 2 April 2025\n"
                           "19 Bus Shelters\nACTION: Clerk to write to the highway authority "
                           "by 30 June 2025.\n20 Allotments\nAction: None.\n"
                           "21 Play Areas\nAction by: Parks Manager – repair the gate by end of "
                           "May.\nActions arising from the last meeting were reviewed.\n"
                           "22 Date of Next Meeting\nThe next meeting is in May.")]
    found = _committed(pages)
    assert [(c.who, c.what, c.by_when, c.due_date) for c in found] == [
        ("Clerk", "write to the highway authority by 30 June 2025", "by 30 June 2025",
         "2025-06-30"),
        ("Parks Manager", "repair the gate by end of May", "by end of May", None)]


def test_minute_references_keep_number_part_and_date():
    structure, _ = _structure(PACK_2022)
    refs = find_references(structure.blocks)
    dated = {(r.number, r.part, r.date) for r in refs}
    assert ("43", "4", "2022-03-15") in dated
    assert ("4", None, "2022-07-05") in dated and ("5", "2", "2022-07-05") in dated
    # "(Minute No. 19 (3) refers)" takes its date from "At its last meeting held on ...".
    assert ("19", "3", "2022-09-27") in dated
    committee = [r for r in refs if r.committee]
    assert committee[0].committee.startswith("Overview and Scrutiny Committee (Adult")


@pytest.fixture(scope="module")
def client(seed_index, embedder) -> TestClient:
    return TestClient(create_app(seed_index, embedder), base_url="http://localhost")


def test_resolutions_search_finds_the_kent_minute_with_its_parts_and_page(client):
    body = client.get("/api/resolutions", params={"q": "Sunday opening of branch libraries"})
    first = body.json()["items"][0]
    assert first["minute"]["number"] == "87"
    assert [p["label"] for p in first["parts"]] == ["a", "b", "c"]
    assert first["citation"]["page"] == 2 and first["meeting_date"] == "2025-01-30"
    assert first["citation"]["links"]["page"].endswith("#page=2")


def test_commitments_filter_by_role_and_keep_deadlines(client):
    items = client.get("/api/commitments", params={"who": "Head of Libraries"}).json()["items"]
    assert len(items) == 1
    assert items[0]["by_when"] == "to the next meeting of the Cabinet"
    assert items[0]["part"] == "c" and items[0]["type"] == "request"
    jones = client.get("/api/commitments", params={"q": "visitor figures"}).json()["items"][0]
    assert jones["who"] == "Mr Jones" and jones["type"] == "undertaking"
    assert jones["citation"]["page"] == 1


def test_lists_run_newest_first_and_page_without_overlap(client):
    first = client.get("/api/resolutions", params={"limit": 5}).json()
    second = client.get("/api/resolutions", params={"limit": 5, "offset": 5}).json()
    dates = [e["meeting_date"] for e in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    assert first["total"] == second["total"] >= 20
    assert client.get("/api/resolutions", params={"date_from": "30/01/2025"}).status_code == 422


def test_minute_page_links_resolutions_commitments_and_references(client):
    item = client.get("/api/resolutions", params={"q": "branch libraries"}).json()["items"][0]
    minute = client.get(f"/api/minutes/{item['minute']['id']}").json()
    assert minute["number"] == "87" and minute["heading"] == "Library Opening Hours"
    assert len(minute["resolutions"]) == 1 and len(minute["commitments"]) == 2
    referrers = minute["referenced_by"]
    assert referrers and referrers[0]["resolved_by"] == "same meeting"
    later = client.get(f"/api/minutes/{referrers[0]['minute']['id']}").json()
    assert later["number"] == "88" and later["references"][0]["minute"]["number"] == "87"
    assert client.get("/api/minutes/999999").status_code == 404


def test_a_question_about_a_resolution_leads_with_it(client):
    question = "what did the committee resolve about the performance dashboard in September 2022?"
    first = client.get("/api/ask", params={"q": question}).json()["results"][0]
    assert "RESOLVED" in first["text"] and "Performance Dashboard at Annex A" in first["text"]
    assert first["citation"]["minute"]["number"] == "14"
    assert first["citation"]["agenda_item"]["number"] == "3"


def test_csv_export_round_trips_through_the_csv_module(seed_index, tmp_path, capsys):
    target = tmp_path / "actions.csv"
    assert main(["commitments", "--index", str(seed_index.index_dir), "--csv",
                 str(target)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == COLUMNS["commitment"]
    assert len(rows) >= 20
    director = [r for r in rows if r["who"] == "Head of Libraries"]
    assert director[0]["by when"] == "to the next meeting of the Cabinet"
    assert director[0]["minute"] == "87 (c)" and director[0]["page"] == "2"
    assert any("’" in r["what"] or "'" in r["what"] for r in rows)  # text survives intact


def test_a_record_of_decision_is_a_resolution_with_a_part_per_paragraph(tmp_path):
    structure, meta = _structure(make_pdf(tmp_path / "decision.pdf", DECISION_RECORD))
    assert meta.doc_type == "decision record"
    [decision] = find_decisions(structure.blocks)
    assert decision.preamble == "As Cabinet Member for Highways and Transport I agree to:"
    assert [part.text.split()[0] for part in decision.parts] == ["APPROVE", "DELEGATE"]
    assert "Reason" not in decision.text and "Financial" not in decision.text


def test_a_decision_is_found_by_its_number_and_leads_the_answer(client):
    found = client.get("/api/resolutions", params={"q": "decision 25/00012"}).json()["items"]
    assert found[0]["parts"][0]["text"].startswith("APPROVE the continued funding")
    assert found[0]["citation"]["page"] == 1
    question = "What did the Cabinet Member decide under decision 25/00012?"
    first = client.get("/api/ask", params={"q": question}).json()["results"][0]
    assert "APPROVE the continued funding" in first["text"]
    assert first["citation"]["path"].endswith("record-of-decision.pdf")


def test_a_question_naming_a_minute_number_gets_that_minute(client):
    question = "What was RESOLVED under minute 14 in September 2022?"
    results = client.get("/api/ask", params={"q": question}).json()["results"]
    assert results[0]["citation"]["minute"]["number"] == "14"
    assert results[0]["citation"]["minute"]["meeting_date"].startswith("2022-09")
    filtered = client.get("/api/ask", params={"q": "what happened under minute 87?",
                                               "document": "cabinet-minutes.pdf"}).json()
    assert filtered["results"][0]["citation"]["minute"]["number"] == "87"


def test_passages_printing_the_best_matching_request_join_the_ranking(client):
    question = "Which officer was asked to report back to Cabinet on library opening?"
    best = client.get("/api/commitments", params={"q": question}).json()["items"][0]
    assert best["who"] == "Head of Libraries"
    results = client.get("/api/ask", params={"q": question, "k": 10}).json()["results"]
    printing = [r for r in results if "ask the Head of Libraries to report back" in r["text"]]
    assert printing and printing[0]["ranks"]["record"] == 1
    elsewhere = client.get("/api/ask", params={"q": question, "k": 10,
                                               "document": "planning-pack.pdf"}).json()
    assert all(r["citation"]["path"].endswith("planning-pack.pdf")
               for r in elsewhere["results"])


def test_a_record_leads_only_where_the_question_itself_finds_it(seed_index, embedder):
    searcher = open_search(seed_index, embedder).searcher
    question = "Sunday opening of branch libraries"
    found = searcher.candidates(question)
    near = {i for ids in found.values() for i in ids[:LEAD_SUPPORT]}
    unrelated = max(set(range(1, searcher.index.vectors.count())) - near)
    third = searcher.search(question, k=3)[2].chunk_id
    assert third in near

    for leader, expected in ((unrelated, False), (third, True)):
        searcher.records = lambda *_, leader=leader: RecordHint([leader], [leader])
        assert (searcher.search(question, k=3)[0].chunk_id == leader) is expected


def test_resolutions_join_a_question_only_when_it_asks_what_was_decided(seed_index, embedder):
    records = open_search(seed_index, embedder)
    for question, asks in (
            ("What did the committee resolve about the performance dashboard?", True),
            ("Which budget was approved for the performance dashboard?", True),
            ("What is the deadline for approving the performance dashboard?", False),
            ("Who called in the decision on the performance dashboard?", False)):
        hint = records.hint(question, embedder.encode_query(question), Filters(),
                            asked_kinds(question))
        assert bool(hint.ranking) is asks, question
        assert bool(hint.leaders) is asks, question


def test_a_commitment_s_owner_is_a_role_body_or_person_never_a_fragment() -> None:
    minutes = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                    "12. Devolution (Item 4)\n"
                    "The Monitoring Officer undertook to circulate the legal advice.\n"
                    "Ms Gleave agreed to provide the figures by the end of March 2025.\n"
                    "This extra funding would be reported back to the next meeting.\n"
                    "The Leader asked the Minister of Government was asked to respond.\n"
                    "Members requested that the timetable be shared.")]
    structure = analyse(minutes, is_minutes=True)
    owners = {c.text[:12]: c.who for c in find_commitments(structure.blocks, [], True)}
    assert owners["The Monitori"] == "Monitoring Officer"
    assert owners["Ms Gleave ag"] == "Ms Gleave"
    assert owners["This extra f"] is None  # "This extra funding" is no owner
    assert owners["The Leader a"] is None  # "Leader asked the Minister of Government"


def test_an_owner_after_a_clause_leading_in_and_a_date_written_month_first() -> None:
    # an English cabinet's "In response to a question from Councillor X, Councillor Y
    # undertook"; an Irish council's "Mr. Moran agreed" (a title's full stop ends no
    # sentence); a town council's "will ask"; a Canadian council's "September 30, 2025"
    minutes = [Page(1, None, "MINUTES OF A MEETING OF THE CABINET HELD ON 14 JANUARY 2025\n"
                    "1050 HOME TO SCHOOL TRANSPORT\n"
                    "In response to a question from Councillor Okafor, Councillor Bellamy "
                    "undertook to bring a progress report to Cabinet in July 2025.\n"
                    "Mr. Moran agreed to publish the list on the website.\n"
                    "The Town Clerk will ask the County Council for a start date and report to "
                    "the next meeting.\n"
                    "Staff were directed to report back to Council by September 30, 2025 with "
                    "options.")]
    found = find_commitments(analyse(minutes, is_minutes=True).blocks, [], True)
    read = {c.what[:12]: (c.who, c.by_when, c.due_date) for c in found}
    assert read["bring a prog"] == ("Councillor Bellamy", "in July 2025", None)
    assert read["publish the "][0] == "Mr. Moran"
    assert read["ask the Coun"][0] == "Town Clerk"
    assert read["report back "][1:] == ("by September 30, 2025", "2025-09-30")
    assert "County Council for a start date and report" not in {c.who for c in found}


def test_a_decision_notice_s_decision_taken_is_its_decision() -> None:
    pages = [Page(1, None, "Wiltshire Council\nCABINET MEMBER DECISION NOTICE\n"
                  "Decision reference: PH/2025/014\nDecision taken\n\n"
                  "1. To approve the award of the contract to Northway Fleet Ltd.\n\n"
                  "2. To delegate authority to the Director of Highways.\n\n"
                  "Reasons for decision:\nThe fleet is old.")]
    decided = find_decisions(analyse(pages, is_minutes=False).blocks)
    assert [part.text for part in decided[0].parts] == [
        "1. To approve the award of the contract to Northway Fleet Ltd.",
        "2. To delegate authority to the Director of Highways."]


def test_a_decision_ends_at_its_record_s_next_section_named_without_a_colon() -> None:
    """The sections a record of decision must print (reasons, alternatives) end the
    decision however the house style sets them: own line, mixed case, no colon."""
    notices = [
        "CABINET MEMBER DECISION NOTICE\nDecision reference: PH/2025/014\nDecision taken\n"
        "1. To approve the award of the contract to Northway Fleet Ltd.\n"
        "2. To delegate authority to the Director of Highways.\n"
        "Reasons for the decision\nThe fleet is old and breaks down.\n"
        "Alternative options considered and rejected\nRefurbishment was too costly.",
        "RECORD OF EXECUTIVE DECISION\nDecision No: CAB/2025/14\nDecision:\n"
        "1. To adopt the parking strategy.\n2. To consult on the charges.\n"
        "Alternative Options Considered\nDoing nothing would leave the deficit.\n"
        "Financial Implications\nThe charges raise £40,000 a year."]
    for notice in notices:
        decided = find_decisions(analyse([Page(1, None, notice)], is_minutes=False).blocks)
        assert [part.text[:3] for part in decided[0].parts] == ["1. ", "2. "], notice
        assert not {"old", "Refurbishment", "nothing", "£40,000"} & set(
            decided[0].text.split()), notice


def test_a_line_only_ending_in_a_section_s_name_ends_no_decision() -> None:
    notice = ("DECISION NOTICE\nDecision reference: PH/2025/015\nDecision taken\n"
              "1. To approve the scheme, having considered the wider\n"
              "financial implications\nfor the highways budget and the\n"
              "Implications of the Act, as set out in the report.\n"
              "Reasons for the decision\nThe scheme is funded.")
    decided = find_decisions(analyse([Page(1, None, notice)], is_minutes=False).blocks)
    assert "as set out in the report" in decided[0].text
    assert "funded" not in decided[0].text


_ALIGNED_LOG = (
    "ACTION LOG (updated 6 March 2025)\n"
    "Ref      Action                              Owner              Due date     Status\n"
    "HWB23/1  Circulate smoking cessation quit    Director of Public 31 Jan 2025  Complete\n"
    "         rates by ward to Board members      Health\n"
    "HWB34/2  Present final PNA for sign-off      Director of Public 11 Sep 2025  Open\n"
    "                                             Health\n\nPage 2 of 3")
_BARRED_LOG = (
    "POLICE AND CRIME PANEL - ACTION TRACKER\nMeeting: 3 February 2025\n"
    "Ref    | Minute | Action                          | Lead              | Deadline   | Status\n"
    "-------|--------|---------------------------------|-------------------|------------|-------\n"
    "PCP/61 | 24     | Provide monthly 101 call        | Office of the PCC | 24/03/2025 | Open\n"
    "       |        | performance figures             | (Chief Executive) |            |\n"
    "PCP/63 | 25     | Share complaint themes report   | Panel Secretariat | 30/04/2025 | Open\n"
    "Completed actions are removed after one meeting.")


def test_an_action_log_s_rows_are_commitments_with_owner_and_due_date() -> None:
    # a board's log printed with its columns set apart by spaces, and a panel's tracker
    # with bars between its columns; wrapped cells join their row
    for text, expected in (
            (_ALIGNED_LOG, [("Director of Public Health",
                             "Circulate smoking cessation quit rates by ward to Board members",
                             "2025-01-31"),
                            ("Director of Public Health", "Present final PNA for sign-off",
                             "2025-09-11")]),
            (_BARRED_LOG, [("Office of the PCC (Chief Executive)",
                            "Provide monthly 101 call performance figures", "2025-03-24"),
                           ("Panel Secretariat", "Share complaint themes report",
                            "2025-04-30")])):
        structure = analyse([Page(1, None, text)], is_minutes=False)
        found = find_commitments(structure.blocks, [], False)
        assert [(c.who, c.what, c.due_date) for c in found] == expected
        assert {c.source for c in found} == {"action log"}
        # the rows keep the paper's words as printed (a passage quotes them in order)
        printed = " ".join(text.split())
        assert all(" ".join(b.text.split()) in printed for b in structure.blocks)


def test_an_action_list_s_other_column_names_are_read() -> None:
    # a transport board's "Minute No. / Item/Description / Action By / Target Date / Action
    # taken", and a regional council's "Action / Assignee / Due Date"
    board = ("Board Actions List\n"
             "Minute No.  Item/Description              Action By        Target Date      "
             "Action taken\n"
             "05/02/25    Fares income by zone to be    Fiona Blackwood  30 April 2025    "
             "On the agenda.\n"
             "            provided to Members.\n")
    regional = ("ACTIONS\nAction                                Assignee            Due Date\n"
                "Report on flood modelling costs       General Manager     1 June 2025\n")
    for text, minutes, who, due in ((board, False, "Fiona Blackwood", "2025-04-30"),
                                    (regional, True, "General Manager", "2025-06-01")):
        found = find_commitments(analyse([Page(1, None, text)], is_minutes=minutes).blocks, [],
                                 minutes)
        assert [(c.who, c.due_date) for c in found] == [(who, due)]


def test_a_report_s_action_plan_or_a_table_without_owners_and_dates_is_no_log() -> None:
    plan = _ALIGNED_LOG.replace("ACTION LOG (updated 6 March 2025)", "Equality action plan")
    structure = analyse([Page(1, None, plan)], is_minutes=False)
    assert find_commitments(structure.blocks, [], False) == []
    no_due = _BARRED_LOG.replace("Deadline", "Comment  ")
    structure = analyse([Page(1, None, no_due)], is_minutes=False)
    assert find_commitments(structure.blocks, [], False) == []


def test_a_request_that_someone_act_and_a_scottish_action_line_after_a_decision() -> None:
    # a Scottish committee's "Decision" / "The Committee agreed: … (b) to request that the
    # Chief Officer Place provide …" / "Action" / "Chief Officer Place", and an English
    # cabinet's "RESOLVED – to request that the Director of Finance bring …"
    scottish = [Page(1, None, "Minute of Meeting\nPerformance, Review and Scrutiny Committee\n"
                     "5.1 Quarter Two Performance Report\nThe report was presented.\nDecision\n"
                     "The Committee agreed:\n(a) to note the report; and\n(b) to request that "
                     "the Chief Officer Place provide a briefing note before the next meeting.\n"
                     "Action\nChief Officer Place")]
    structure = analyse(scottish, is_minutes=True)
    [decided] = find_resolutions(structure.blocks)
    assert "Action" not in decided.text  # the action line is no part of the decision
    english = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                    "12. Budget Monitoring (Item 4)\nRESOLVED – to request that the Director "
                    "of Finance bring a recovery plan to the next meeting.")]
    for pages in (scottish, english):
        found = _committed(pages)
        assert [(c.who, c.by_when) for c in found] == [
            ("Chief Officer Place" if pages is scottish else "Director of Finance",
             "before the next meeting" if pages is scottish else "to the next meeting")]
    # a request that a paper be noted asks no one to act; one that a thing be done names
    # no one to do it
    noted = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                  "12. Budget (Item 4)\nRESOLVED – to request that the report be noted.\n"
                  "13. Parks (Item 5)\nRESOLVED – to request that a briefing be provided.")]
    found = _committed(noted)
    assert [(c.who, c.what[:20]) for c in found] == [(None, "to request that a br")]


def test_a_request_among_parts_sharing_one_sentence_is_that_part_alone() -> None:
    # an English committee's bare-numbered parts "1 approve …; 2 delegate …; and 3 request
    # that a report … be brought to the committee in March 2026", and a cabinet's "(i) …;
    # (ii) … be brought back to Cabinet in June 2026"
    english = [Page(1, None, "Minutes of a meeting of the Committee\n65 TRANSPORT POLICY\n"
                    "RESOLVED (by majority):\nThat the Committee 1 approve the policy; 2 "
                    "delegate authority to the Director to make minor amendments; and 3 request "
                    "that a report on the impact of the policy be brought to the committee in "
                    "March 2026.")]
    cabinet = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                    "12. Parks (Item 4)\nRESOLVED that (i) the strategy be adopted; and (ii) a"
                    " review of play areas be brought back to Cabinet in June 2026.")]
    for pages, month in ((english, "March 2026"), (cabinet, "June 2026")):
        [found] = _committed(pages)
        assert found.by_when == f"in {month}"
        assert "delegate" not in found.what and "adopted" not in found.what
        assert found.what.rstrip(".").endswith(month)


def test_promises_run_on_below_a_decision_and_a_report_promised() -> None:
    # a national park authority's minutes running on below "The Authority RESOLVED: …"
    # (an undertaking after a bracketed tally, a bare action), and an Irish district's
    # "The Senior Executive Engineer will bring a progress report to the June meeting"
    park = [Page(1, None, "MINUTES of the Meeting of the Authority Committee held on 4 March "
                 "2025\nITEM 6 - REVENUE BUDGET 2025/26\nThe Authority RESOLVED: to approve "
                 "the revenue budget for 2025/26.\n(Voting: 12 in favour, 0 against, 2 "
                 "abstentions)\nThe Chief Executive undertook to write to the Secretary of "
                 "State before the end of March 2025.\nITEM 9 - CONSULTATION RESPONSES\n"
                 "The Authority RESOLVED: to endorse the response.\nHead of Planning to submit "
                 "the response by 21 March 2025.")]
    found = _committed(park)
    assert [(c.who, c.due_date) for c in found] == [("Chief Executive", None),
                                                    ("Head of Planning", "2025-03-21")]
    district = [Page(1, None, "Minutes of the Municipal District meeting held on 10 March "
                     "2025\nItem 5: Roads\nThe Senior Executive Engineer will bring a progress "
                     "report to the June 2025 District meeting.\nThe scheme would bring "
                     "dedicated investment funds to the area.\nMembers to recommend to the "
                     "Council: that the scheme proceed.")]
    found = _committed(district)
    assert [c.who for c in found] == ["Senior Executive Engineer"]
    assert found[0].by_when == "to the June 2025 District meeting"


def _committed(pages: list[Page]) -> list:
    """The commitments of `pages` read as minutes, resolutions' parts included."""
    structure = analyse(pages, is_minutes=True)
    return find_commitments(structure.blocks, find_resolutions(structure.blocks), True)


def test_a_notice_of_decisions_records_each_item_s_decision_and_vote() -> None:
    """A joint committee's notice prints one decision per agenda item, page by page, its
    labelled lines ("Reasons for Decision:", "Voting:") reading on as one paragraph; a
    council's record of decisions heads each with its item."""
    joint = [Page(n, None, f"JOINT PLANNING COMMITTEE - DECISION NOTICE\nMeeting date: 17 "
                  f"February 2025\nAgenda Item: {item}\nSubject: {subject}\nDecision:\n"
                  f"(1) To {what}.\n(2) To ask officers to report in June 2025.\n"
                  f"Reasons for Decision: To keep to the timetable.\nVoting: {vote}.")
             for n, (item, subject, what, vote) in enumerate((
                 ("6", "Local Plan Review", "approve the consultation", "For 9, Against 2"),
                 ("7", "Traveller Sites", "approve the method", "Unanimous")), start=1)]
    cabinet = [Page(n, None, f"RECORD OF DECISIONS - CABINET 3 MARCH 2025\nAgenda Item {item}"
                    f"\n{subject}\nDecision: To {what}; and to delegate the details to the "
                    f"Director.\nReasons for Decision: The budget allows it. Votes: {vote}")
               for n, (item, subject, what, vote) in enumerate((
                   ("4", "Parking Strategy", "adopt the strategy", "For 6, Against 1"),
                   ("5", "Leisure Contract", "extend the contract", "For 7, Against 0")),
                   start=1)]
    for pages, items in ((joint, ["6", "7"]), (cabinet, ["4", "5"])):
        decided = find_decisions(analyse(pages, is_minutes=False).blocks)
        assert [d.item for d in decided] == items
        assert not any("Reasons" in d.text or "Voting" in d.text for d in decided)
        assert decided[0].vote.startswith("For ") and decided[1].vote
    # a record of one decision, its items unknown, keeps its one decision
    single = [Page(1, None, "RECORD OF EXECUTIVE DECISION\nDecision: To approve the fees.\n"
                            "Reasons for Decision: Costs rose.\nDecision: To note it.")]
    assert [d.text for d in find_decisions(analyse(single, is_minutes=False).blocks)] == [
        "To approve the fees."]


def _owners(minutes: str) -> dict[str, str | None]:
    """Each commitment of `minutes` (one page), its first words to its owner."""
    structure = analyse([Page(1, None, minutes)], is_minutes=True)
    found = find_commitments(structure.blocks, find_resolutions(structure.blocks), True)
    return {c.what[:20]: c.who for c in found}


def test_commitments_name_their_owner_after_a_lead_in_or_a_first_verb() -> None:
    # a New Zealand and an English committee's answers to a member, and an officer who
    # explained and then undertook
    read = _owners(
        "Minutes of the Finance Committee held on 15 April 2025\n1. APOLOGIES\nNone.\n"
        "2. DAM COSTS\nIn response to a question from Cr Ngata, the Chief Executive undertook to "
        "provide a breakdown of the costs by 30 April 2025.\n3. AUDIT FEES\nIn response to a "
        "question from Councillor Rudd, the Accountancy Manager agreed to circulate the fees.\n"
        "4. EMPTY HOMES\nThe Head of Housing Services explained that contractors were short and "
        "undertook to bring an update to the July 2025 meeting.\n5. BUDGET\nThe Director of "
        "Finance said that the figures were provisional and undertook to circulate the final "
        "figures.\n6. CLOSE\nClosed.")
    assert read == {what[:20]: who for what, who in (
        ("provide a breakdown of", "Chief Executive"),
        ("circulate the fees", "Accountancy Manager"),
        ("bring an update to the", "Head of Housing Services"),
        ("circulate the final figures", "Director of Finance"))}


def test_a_resolution_naming_officers_or_the_clerk_in_lower_case_asks_them() -> None:
    # a district committee's "RESOLVED that officers report back …", a parish council's
    # "RESOLVED: that the clerk write to …"; officers' advice noted asks nobody
    read = _owners(
        "Minutes of the Environment Committee held on 3 June 2025\n11. APOLOGIES\nNone.\n"
        "12. FOOTWAYS\nRESOLVED that officers report back on a programme of repairs to the "
        "September meeting.\n13. BUS SHELTER\nRESOLVED: that the clerk write to the County "
        "Council about the damaged shelter.\n14. PARKING\nRESOLVED that officers’ advice be "
        "noted and that staff numbers be kept under review.\n15. CLOSE\nClosed.")
    assert read == {"report back on a pro": "officers", "write to the County ": "clerk"}


def test_a_resolution_asking_an_officer_in_its_own_words_is_a_request() -> None:
    # an Australian council's "Request the Chief Executive Officer to report back", a
    # Canadian council's "That the General Manager, Transit, report back", an English
    # committee's "That the Director of Finance report back"
    read = _owners(
        "Minutes of the Council held on 15 April 2025\n1. APOLOGIES\nNone.\n2. MINUTES\n"
        "RESOLVED: That the minutes of the meeting held on 19 February 2025 be taken as read "
        "and confirmed.\n3. AQUATIC CENTRE\nRESOLVED: That Council:\n1. Endorse the concept "
        "design.\n2. Request the Chief Executive Officer to report back to Council by August "
        "2025 on funding.\n4. FARES\nRESOLVED: A) That fares rise by 2.5%; and B) That the "
        "General Manager, Transit, report back by the Spring of 2026 on ridership.\n"
        "5. LIBRARY\nRESOLVED: That the Director of Finance report back to the Committee in "
        "June 2025.\n6. DECLARATIONS\nThe Chair was asked to declare, at this point in the "
        "meeting, any disclosable pecuniary interest.\n7. LEADER\nRESOLVED: That the Leader’s "
        "report be noted.\n8. CLOSE\nClosed.")
    assert read == {what[:20]: who for what, who in (
        ("report back to Council", "Chief Executive Officer"),
        ("report back by the Spring", "General Manager, Transit"),
        ("report back to the Committee", "Director of Finance"))}


def test_a_notice_s_decision_section_in_capitals_is_its_decision() -> None:
    # a licensing panel's "2. DECISION" and a planning inspectorate-style "DECISION" section
    for heading in ("2.   DECISION", "DECISION"):
        notice = ("NOTICE OF DETERMINATION\n1. THE APPLICATION\n1.1 The police applied for a "
                  f"review.\n{heading}\n2.1 The Panel has determined to take these steps:\n"
                  "(a) suspend the licence for four weeks;\n(b) modify the conditions.\n"
                  "3. REASONS\n3.1 Revocation was not proportionate.")
        [decided] = find_decisions(analyse([Page(1, None, notice)], is_minutes=False).blocks)
        assert decided.text.startswith("2.1 The Panel") and "suspend" in decided.text
        assert "Revocation" not in decided.text


def test_an_action_log_row_the_minutes_already_promised_is_not_a_second_commitment() -> None:
    # an audit committee's ACTION POINTS table under its minutes (same owner and date) and a
    # panel's action log (same owner, the promise's words); another action of that owner stays
    minutes = ("Minutes of the Audit Committee held on 15 April 2025\n1. APOLOGIES\nNone.\n"
               "2. AUDIT FEES\nIn response to a question, the Accountancy Manager agreed to "
               "circulate a breakdown of the additional fees to Members by 30 April 2025.\n"
               "3. PATROLS\nThe Chief Constable undertook to share the patrol figures with the "
               "Panel.\n4. CLOSE\nClosed.\nACTION LOG\n"
               "Action                                        Owner                 Due\n"
               "Circulate breakdown of audit fees             Accountancy Manager   30/04/2025\n"
               "Share patrol figures with the Panel            Chief Constable       May 2025\n"
               "Publish the audit plan                        Accountancy Manager   June 2025\n")
    structure = analyse([Page(1, None, minutes)], is_minutes=True)
    found = find_commitments(structure.blocks, [], True)
    assert sorted((c.who, c.source) for c in found) == [
        ("Accountancy Manager", "action log"), ("Accountancy Manager", "minutes"),
        ("Chief Constable", "minutes")]
    assert [c.what for c in found if c.source == "action log"] == ["Publish the audit plan"]


def test_petitions_forecasts_and_applications_are_no_commitments() -> None:
    # an Ontario township's delegation and variance, a combined authority's forecast; and the
    # commitments beside them: an acronym's body, a US date, a workshop to hold, a meeting
    read = _owners(
        "Minutes of the Council meeting held on 11 March 2025\n1. Delegations\nMr. J. "
        "Brubacher asked Council to phase in the arena ice rate increase.\n2. Variance\nThe "
        "County Engineer explained that the developer requested a reduction of the lot "
        "frontage to 60 feet.\n3. Fares\nRESOLVED: That the Committee notes that the fare "
        "increase will raise $640,000 a year.\n4. Speed limit\nStaff were directed to report "
        "back to Council at the April 22, 2025 meeting on the cost.\n5. Urgent care\nRESOLVED: "
        "That the ICB be requested to report back in September 2025.\n6. Land plan\nRESOLVED: "
        "That the Committee requests that staff hold a workshop before 30 June 2025.\n"
        "7. Parking\nThe Head of Neighbourhood Services said she would meet the Residents' "
        "Association again before the summer.\n8. Close\nClosed.")
    assert read == {what[:20]: who for what, who in (
        ("report back to Council at", "Staff"), ("report back in September", "ICB"),
        ("hold a workshop before", "staff"),
        ("meet the Residents' Association", "Head of Neighbourhood Services"))}


def test_a_member_asking_that_a_dissent_or_vote_be_recorded_makes_no_commitment() -> None:
    # a metropolitan borough's "requested that his dissent from this decision be recorded",
    # a district's "asked that her vote against be minuted"; a request that figures be shared
    # stays one
    minutes = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                    "12. Household Support Fund (Item 4)\nRESOLVED – That the scheme be approved."
                    "\nCouncillor Adeyemo requested that his dissent from this decision be "
                    "recorded.\nCouncillor Shah asked that her vote against be minuted.\n"
                    "The Chair requested that the take-up figures be shared with Members.")]
    found = _committed(minutes)
    assert [c.what for c in found] == ["the take-up figures be shared with Members"]


def test_an_owner_whose_title_lists_its_remit_keeps_the_whole_title() -> None:
    # a county's "The Cabinet Member for Highways, Transport and Economic Growth agreed to
    # provide …", a Welsh city's "The Director of Planning, Transport and Environment
    # undertook to …"; a clause before the owner still parts off
    minutes = [Page(1, None, "MINUTES of a meeting of the Cabinet held on 3 March 2025\n"
                    "12. Highways (Item 4)\nThe Cabinet Member for Highways, Transport and "
                    "Economic Growth agreed to provide the list of schemes by the end of March "
                    "2025.\nThe Director of Planning, Transport and Environment undertook to "
                    "publish the programme by September 2025.\nIn response to a question from "
                    "Councillor Hart, the Chief Executive undertook to write to residents.")]
    assert [c.who for c in _committed(minutes)] == [
        "Cabinet Member for Highways, Transport and Economic Growth",
        "Director of Planning, Transport and Environment", "Chief Executive"]


def _decided(minutes: str) -> list[tuple[str, str | None]]:
    """Each resolution of `minutes` (one page): its first words and its tally."""
    blocks = analyse([Page(1, None, minutes)], is_minutes=True).blocks
    return [(r.text[:30], r.vote) for r in find_resolutions(blocks)]


def test_a_motion_after_a_failed_one_is_its_own_and_the_failed_one_no_decision() -> None:
    # a US county board's minutes (Legistar: the second motion straight under the first's
    # "Noes:" line) and an English town council's
    county = ("Minutes of the Board of Supervisors\n1. BUDGET\nThe report was received.\n"
              "2. CANNABIS TAX\nA motion was made by Supervisor Lavagnino, seconded by "
              "Supervisor Nelson, that this\nmatter be Approved as recommended. The motion "
              "failed by the following vote:\nAyes: 2 - Supervisor Nelson and Supervisor "
              "Lavagnino\nNoes: 3 - Supervisor Lee, Supervisor Capps and Supervisor Hartmann\n"
              "A  motion  was  made  by  Supervisor  Capps,  seconded  by  Supervisor  Hartmann,"
              "  that  this\nmatter be Continued to March 18, 2025. The motion carried by the "
              "following vote:\nAyes: 5 - Supervisor Lee, Supervisor Capps, Supervisor "
              "Hartmann, Supervisor Nelson and\nSupervisor Lavagnino\n3. ADJOURNMENT\nClosed.\n"
              "4. CLOSE\nClosed.")
    town = ("Minutes of the Town Council held on 3 March 2025\n10. APOLOGIES\nNone.\n"
            "11. PRECEPT\nMoved by Cllr Ash, seconded by Cllr Bell, that the precept be frozen\n"
            "For: 3, Against: 6. The motion was lost.\nMoved by Cllr Cole, seconded by Cllr Dee, "
            "that the precept rise by 3%. Carried\n12. PLAY AREA\nNoted.\n13. CLOSE\nClosed.")
    assert _decided(county) == [("A motion was made by Superviso", "For 5")]
    assert [words for words, _ in _decided(town)] == ["Moved by Cllr Cole, seconded b"]


def test_the_tally_of_a_proposal_declared_lost_is_not_the_next_decision_s() -> None:
    # a Northern Irish council's minutes (the tally, then "declared lost", then the adopted
    # proposal on two lines) and an English committee's amendment that fell
    ulster = ("Minutes of Strategy, Policy and Resources Committee Meeting held on 16 January"
              "\nSPR/003/2025: Apologies\nNone.\nSPR/004/2025: Rates Estimates 2025/26\n"
              "The proposal was put to a vote and voting was as follows:\nFOR:           5\n"
              "AGAINST:    12\nABSTENTIONS: 1\nThe proposal was declared lost.\nAGREED:   On "
              "the proposal of Councillor Hanna, seconded by Councillor Larkin,\nit  was  "
              "agreed  to  recommend  to  Council  a  District  Rate  increase  of  4.49%.\n"
              "SPR/005/2025: Albert Basin\nNoted.\nSPR/006/2025: Close\nClosed.")
    english = ("Minutes of the Audit Committee held on 3 March 2025\n10. APOLOGIES\nNone.\n"
               "11. FEES\nAn amendment was put to the vote.\nFor: 4\nAgainst: 9\n"
               "The amendment fell.\nRESOLVED that the fees be approved.\n12. CLOSE\nClosed.\n"
               "13. END\nClosed.")
    assert _decided(ulster) == [("AGREED: On the proposal of Cou", None)]
    assert _decided(english) == [("RESOLVED that the fees be appr", None)]
    # a tally carried stays the decision's
    carried = english.replace("The amendment fell.", "The motion was carried.")
    assert _decided(carried) == [("RESOLVED that the fees be appr", "For 4, Against 9")]


def test_a_portfolio_of_several_words_and_a_no_later_than_deadline() -> None:
    # a Welsh cabinet's portfolio holder (three words before the comma) and an English
    # executive member's; a national park's "no later than June 2025" and a district's
    # "not later than 31 March 2026"
    minutes = (
        "Minutes of the Cabinet held on 10 February 2025\n1. APOLOGIES\nNone.\n2. LIBRARIES\n"
        "The Cabinet Member for Climate Change, Decarbonisation and Sustainability undertook to"
        " write to all members with the revised opening hours.\n3. CARE\nThe Executive Member "
        "for Adult Social Care, Health and Wellbeing undertook to circulate the figures.\n"
        "4. BARN\nThe officers were asked to bring the amended application back to the "
        "Planning Committee no later than June 2025.\n5. FEES\nRESOLVED that the Director of "
        "Finance report back not later than 31 March 2026.\n6. CLOSE\nClosed.")
    blocks = analyse([Page(1, None, minutes)], is_minutes=True).blocks
    found = find_commitments(blocks, find_resolutions(blocks), True)
    assert {(c.who, c.by_when, c.due_date) for c in found} == {
        ("Cabinet Member for Climate Change, Decarbonisation and Sustainability", None, None),
        ("Executive Member for Adult Social Care, Health and Wellbeing", None, None),
        ("officers", "no later than June 2025", None),
        ("Director of Finance", "not later than 31 March 2026", "2026-03-31")}


def test_irish_decisions_on_the_proposal_of_members_and_a_quoted_motion_carried() -> None:
    # an Irish county council's minutes ("Resolved on the proposal of …", "On the proposal
    # of …, it was resolved that …", a motion quoted, put to a vote and declared carried) and
    # an English council's notice of motion in double quotes, carried on a show of hands; a
    # quoted motion declared lost is no decision
    irish = ("Minutes of the Monthly Meeting of Kildare County Council held on 27 January 2025"
             "\n03/0125  Disposal of Land\nResolved on the proposal of Councillor Lynch, "
             "seconded by Councillor Ward, that\nthe disposal of land at Naas be approved.\n"
             "04/0125  Service Plan\nThe report was presented. On the proposal of Councillor "
             "Breen, seconded by Councillor Cooke, it was resolved that the plan be adopted.\n"
             "05/0125  Motion: Speed limits\nThe following motion was considered:\n'That this "
             "council introduce a 30 km/h limit at all rural schools in the council's area.'\n"
             "Councillor Daly asked that the matter be put to a vote. A vote was taken and "
             "resulted as follows:\nFor (16) Against (7) Abstain (0)\nThe Cathaoirleach "
             "declared the motion carried.\n06/0125  Close\nClosed.")
    english = ("Minutes of the Council held on 3 March 2025\n10. APOLOGIES\nNone.\n"
               "11. NOTICE OF MOTION\nCouncillor Ash moved the following motion:\n"
               "\"That this Council declares a nature emergency.\"\nThe motion was put to "
               "the vote on a show of hands.\nFor: 30\nAgainst: 12\nThe motion was carried.\n"
               "12. SECOND MOTION\n\"That this Council closes the library.\"\nThe motion "
               "was put to the vote.\nFor: 2\nAgainst: 40\nThe motion was lost.\n"
               "13. CLOSE\nClosed.")
    assert [words for words, _ in _decided(irish)] == [
        "Resolved on the proposal of Co", "it was resolved that the plan ",
        "That this council introduce a "]
    assert _decided(english) == [("That this Council declares a n", "For 30, Against 12")]


def test_an_amendment_moved_asks_nothing_and_its_motion_ends_before_it() -> None:
    # a Scottish committee's amendment (defeated on a division, the motion adopted) and an
    # English council's amendment moved in quotes; what the resolution asks is still asked,
    # of an officer whose title runs long
    scottish = (
        "Minutes of the Finance Committee held on 12 March 2025\n1. APOLOGIES\nNone.\n"
        "2. BUDGET\nCouncillor Yuill moved, seconded by Councillor Houghton:-\nThat the "
        "Committee approve the recommendations.\nCouncillor Malik moved as an amendment, "
        "seconded by Councillor Bonsell:-\nThat the Committee -\n(1) approve recommendation "
        "(a); and\n(2) instruct the Director of Resources to report to the next meeting.\n"
        "On a division, there voted:- for the motion (7); for the amendment (5).\n"
        "The Committee resolved:-\n(i) to adopt the motion; and\n(ii) to request that the Chief"
        " Officer - Early Intervention and Community Empowerment include a swimming target.\n"
        "3. CLOSE\nClosed.\n4. END\nClosed.")
    english = (
        "Minutes of the Council held on 3 March 2025\n10. APOLOGIES\nNone.\n11. PARKS\n"
        "Councillor Ash moved the following amendment: \"That officers be asked to close the "
        "park at dusk.\"\nThe amendment was put to the vote and lost.\nRESOLVED that the "
        "report be noted.\n12. CLOSE\nClosed.\n13. END\nClosed.")
    assert _owners(scottish) == {
        "include a swimming t": "Chief Officer - Early Intervention and Community Empowerment"}
    assert _owners(english) == {}
    blocks = analyse([Page(1, None, scottish)], is_minutes=True).blocks
    motion = next(r for r in find_resolutions(blocks) if r.text.startswith("Councillor Yuill"))
    assert "Malik" not in motion.text


def test_an_owner_named_below_a_decision_owns_what_it_asks() -> None:
    # a decision sheet's "Action by:" over the owner in capitals, and minutes' "FOR ACTION:"
    # line: the owner of what the decision asks without naming who; an owner the decision
    # names stays, and an action line saying what to do is no owner's line
    sheet = ("RECORD OF THE DECISIONS OF THE CABINET\n5.1  Free School Meals Extension\n"
             "DECISION\n1. To note that the offer will be reviewed, with a further report to "
             "Cabinet by October 2025.\nAction by:\nCORPORATE DIRECTOR, CHILDREN'S SERVICES "
             "(J. THOMAS)\nReasons for the decision\nTake-up is high.\n5.2  Leisure Update\n"
             "DECISION\n1. To agree the pool works.\n2. To note the costs.\nAction by:\n"
             "CORPORATE DIRECTOR, COMMUNITIES (S. BAXTER)\nReasons for the decision\nOld plant.")
    structure = analyse([Page(1, None, sheet)], is_minutes=False)
    found = find_commitments(structure.blocks, find_decisions(structure.blocks), False)
    assert [(c.who, c.by_when) for c in found] == [
        ("Corporate Director, Children's Services", "by October 2025")]
    minutes = (
        "Minutes of the Environment Committee held on 3 June 2025\n11. APOLOGIES\nNone.\n"
        "12. FOOTWAYS\nRESOLVED that officers report back on repairs.\n\nFOR ACTION: Highways "
        "Manager\n13. CLEANSING\nRESOLVED that the contractor be asked to attend the next "
        "meeting.\n\nFor Action: Head of Environmental Services\n14. TREES\nRESOLVED that a "
        "survey be arranged.\n\nACTION: Clerk to write to the landowner.\n15. CLOSE\nClosed.")
    assert _owners(minutes) == {"report back on repai": "officers",
                                "attend the next meet": "Head of Environmental Services",
                                "a survey be arranged": None,
                                "write to the landown": "Clerk"}


def test_council_directs_staff_and_a_determination_that_nothing_be_done_asks_nothing() -> None:
    # a Canadian council's "Council direct Public Works staff to report back" and a US
    # council's "direct the City Manager to …"; "no further notice be given" (a planning
    # determination) and an English committee's "no further action be taken" ask nothing
    minutes = (
        "Minutes of the City Council held on 12 February 2025\n1. APOLOGIES\nNone.\n"
        "2. SIDEWALKS\nBE IT RESOLVED that Council direct Public Works staff to report back to "
        "the Committee by June 2025 with options.\n3. FEES\nRESOLVED that Council direct the "
        "City Manager to publish the fee schedule.\n4. ZONING\nBE IT RESOLVED that, pursuant "
        "to the Planning Act, no further notice be given.\n5. COMPLAINT\nRESOLVED that no "
        "further action be taken.\n6. CLOSE\nClosed.")
    assert _owners(minutes) == {"report back to the C": "Public Works staff",
                                "publish the fee sche": "City Manager"}


def test_a_division_counted_in_yeas_and_nays() -> None:
    # a Canadian council's "CARRIED on a division of 20 YEAS to 4 NAYS" and a US board's
    # "passed 5 AYES, 2 NOES"
    from scrutiny_qa.formats.votes import tally
    assert tally("Item 7.1 was put to Council and CARRIED on a division of 20 YEAS to 4 "
                 "NAYS, as follows:") == "For 20, Against 4"
    assert tally("The motion passed with 5 AYES and 2 NOES.") == "For 5, Against 2"
    assert tally("Council heard from 20 residents over 4 years.") is None
