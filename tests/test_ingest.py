"""Incremental ingest: skip, replace, prune, duplicates, bad input and failed ingests."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import make_pdf
from scrutiny_qa import index
from scrutiny_qa.chunk import embedded_text
from scrutiny_qa.config import ChunkSettings, Settings
from scrutiny_qa.ingest import ingest
from scrutiny_qa.query.present import whole_vote
from scrutiny_qa.query.twins import collapse
from scrutiny_qa.retrieve import Searcher


def _docs(settings: Settings) -> dict[str, str]:
    generation = index.current_generation(settings.index_dir)
    conn = sqlite3.connect(generation / index.STORE_FILE)
    rows = conn.execute("SELECT path, sha256 FROM documents").fetchall()
    return {Path(path).name: sha for path, sha in rows}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "libraries.txt", "The committee agreed to extend library opening hours.")
    _write(folder, "roads.txt", "Officers will report back on pothole repairs in March.")
    return folder


def test_unchanged_files_are_skipped_and_changed_ones_replaced(corpus, tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    first = ingest([corpus], settings, embedder)
    assert (first.indexed, first.unchanged) == (2, 0)
    again = ingest([corpus], settings, embedder)
    assert (again.indexed, again.unchanged, again.embedded) == (0, 2, 0)
    _write(corpus, "roads.txt", "Officers will report back on gritting routes in November.")
    changed = ingest([corpus], settings, embedder)
    assert (changed.replaced, changed.unchanged) == (1, 1)
    searcher = Searcher(index.open_index(settings), embedder)
    texts = [r.text for r in searcher.search("gritting routes", k=5)]
    assert any("gritting" in t for t in texts) and not any("pothole" in t for t in texts)


def test_prune_removes_files_gone_from_the_corpus(corpus, tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    (corpus / "roads.txt").unlink()
    kept = ingest([corpus], settings, embedder)
    assert "roads.txt" in _docs(settings) and not kept.removed
    pruned = ingest([corpus], settings, embedder, prune=True)
    assert [Path(p).name for p in pruned.removed] == ["roads.txt"]
    assert set(_docs(settings)) == {"libraries.txt"}


def test_byte_identical_copies_are_indexed_once_as_aliases(corpus, tmp_path, embedder):
    (corpus / "copy").mkdir()
    (corpus / "copy" / "libraries (copy).txt").write_bytes((corpus / "libraries.txt").read_bytes())
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    assert summary.indexed == 2 and len(summary.duplicates) == 1
    assert len(_docs(settings)) == 2
    result = Searcher(index.open_index(settings), embedder).search("library opening hours", k=1)
    citation = result[0].citation
    names = {Path(citation["path"]).name, *(Path(a).name for a in citation["aliases"])}
    assert names == {"libraries.txt", "libraries (copy).txt"} and len(citation["aliases"]) == 1
    # Pruning the indexed path hands the document over to its surviving copy.
    survivor = Path(citation["aliases"][0])
    Path(citation["path"]).unlink()
    ingest([corpus], settings, embedder, prune=True)
    assert survivor.name in _docs(settings) and len(_docs(settings)) == 2


def test_bad_files_are_reported_and_the_rest_is_indexed(corpus, tmp_path, embedder):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    make_pdf(corpus / "locked.pdf", ["secret"], password="pw")
    make_pdf(corpus / "scan.pdf", [""])
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    reasons = {Path(path).name: reason for path, reason in summary.failures}
    assert set(reasons) == {"broken.pdf", "empty.txt", "notes.docx", "locked.pdf", "scan.pdf"}
    assert "encrypted" in reasons["locked.pdf"] and "no text layer" in reasons["scan.pdf"]
    assert summary.indexed == 2


def test_a_file_that_breaks_keeps_its_previous_version(corpus, tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    make_pdf(corpus / "report.pdf", ["Report on school transport costs.\nPage 1"])
    ingest([corpus], settings, embedder)
    before = _docs(settings)["report.pdf"]
    (corpus / "report.pdf").write_bytes(b"%PDF-1.4 truncated")
    summary = ingest([corpus], settings, embedder)
    assert [Path(p).name for p, _ in summary.failures] == ["report.pdf"]
    assert _docs(settings)["report.pdf"] == before


def test_a_failed_ingest_leaves_the_previous_index_usable(corpus, tmp_path, embedder,
                                                          monkeypatch):
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    live = index.current_generation(settings.index_dir)
    _write(corpus, "new.txt", "A new paper about the waste strategy.")

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(index, "commit_generation", crash)
    with pytest.raises(RuntimeError):
        ingest([corpus], settings, embedder)
    assert index.current_generation(settings.index_dir) == live
    assert list(settings.index_dir.glob("gen-*")) == [live]
    assert set(_docs(settings)) == {"libraries.txt", "roads.txt"}


def test_querying_with_another_chunker_asks_for_a_reingest(corpus, tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    other = Settings(index_dir=settings.index_dir, chunking=ChunkSettings(target_tokens=99))
    with pytest.raises(index.IndexUnavailable, match="Re-ingest"):
        index.open_index(other)
    summary = ingest([corpus], other, embedder)
    assert summary.rebuilt and summary.indexed == 2
    assert index.open_index(other)


def test_an_acronym_used_undefined_is_searched_for_by_its_name(tmp_path, embedder):
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "strategy.txt",
           "An Equality Impact Assessment has been completed for the strategy.\f"
           "The EIA will be revisited every spring.")
    _write(folder, "other.txt", "The EIB lends money. The council met in spring.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([folder], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    conn = searcher.conn
    wanted = conn.execute("SELECT id FROM chunks WHERE text LIKE 'The EIA%'").fetchone()[0]
    found = searcher.candidates("When is the equality impact assessment looked at again?")
    assert wanted in found["keyword"]
    # the passage that answers, though it says only "EIA", leads the one naming it in full:
    # its acronym counts as the question's words
    top = searcher.search("When is the equality impact assessment revisited?", k=1)[0]
    assert top.chunk_id == wanted


def test_passages_are_embedded_with_their_paper_s_acronyms_spelled_out(tmp_path, embedder):
    folder = tmp_path / "corpus"
    folder.mkdir()
    # long paragraphs where every sentence uses the acronym: spelling it out must not
    # push any passage past the embedder's limit
    body = " ".join(f"The LTP names scheme {n} and the LTP funds it." for n in range(80))
    _write(folder, "plan.txt", f"The Local Transport Plan (LTP) was adopted.\f{body}")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([folder], settings, embedder)
    opened = index.open_index(settings)
    rows = opened.conn.execute("SELECT id, context, text FROM chunks").fetchall()
    later = [row for row in rows if row["text"].startswith("The LTP")]
    assert later
    for row in rows:
        written = embedded_text(row["context"], row["text"])
        if row in later:  # first use spelled out, once; the defining passage as it is
            written = written.replace("LTP", "LTP (local transport plan)", 1)
        assert embedder.count_tokens(written) <= embedder.max_tokens
        stored = opened.vectors.vector(row["id"])
        assert float(stored @ embedder.encode([written])[0]) == pytest.approx(1.0, abs=1e-4)


def test_who_wrote_a_report_is_answered_by_its_sign_off(tmp_path, embedder):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, topic, person, role in (
            ("libraries.txt", "library opening hours", "Jane Doe", "Head of Libraries"),
            ("roads.txt", "pothole repairs on rural roads", "Sam Green", "Director of Highways")):
        body = " ".join(f"This report on {topic} records finding {n} of the review."
                        for n in range(120))
        _write(folder, name, f"Report on {topic}\n\n{body}\n\n{person}\n\n{role}\n")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([folder], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    for question, person in (("Who wrote the report on library opening hours?", "Jane Doe"),
                             ("Who prepared the review of pothole repairs?", "Sam Green")):
        top = searcher.search(question, k=3)[0]
        assert person in top.text and top.citation["kind"] == "sign-off", question
    about = searcher.search("What did the review of library opening hours look at?", k=3)
    assert about[0].citation["kind"] != "sign-off"


def test_an_answer_is_found_by_the_member_s_question_it_answers(tmp_path, embedder):
    folder = tmp_path / "corpus"
    folder.mkdir()
    filler = " ".join(f"The team will check site {n} again next week." for n in range(40))
    _write(folder, "questions.txt", (
        "Question 1\n\nQuestion by Ann Lee to Bob Roe, Cabinet Member for Highways\n\n"
        "Why were the potholes in Barham marked as repaired when they were not?\n\nAnswer\n\n"
        f"{filler}\n\nI have asked the Director to look into this and apologise.\n\n"
        "Question 2\n\nQuestion by Cy Doe to Di Fox, Leader of the Council\n\n"
        f"Will the libraries open on Sundays?\n\nAnswer\n\n{filler}\n\nYes, from September."))
    settings = Settings(index_dir=tmp_path / "index")
    ingest([folder], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    rows = searcher.conn.execute("SELECT context, text FROM chunks ORDER BY ord").fetchall()
    apology = next(r for r in rows if "apologise" in r["text"])
    assert "Barham" not in apology["text"] and "Question 1 by Ann Lee" in apology["context"]
    assert not any("Barham" in r["text"] and "Sundays" in r["text"] for r in rows)
    found = searcher.search("What was Ann Lee told about the Barham potholes?", k=3)
    answer = next(r for r in found if "apologise" in r.text)
    assert answer.citation["question"].startswith("Question 1 by Ann Lee to Bob Roe")


def test_a_recorded_vote_is_found_by_the_motion_its_label_names(tmp_path, embedder):
    heading = ("Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax"
               " Setting 2025-26, the Treasury Management Strategy and the Investment Strategy)")
    names = ", ".join(f"Mr Member{n}" for n in range(30))
    motions = (("11", "fund a feasibility study into home to school transport", "lost"),
               ("15", "move capital from the estate programme to electric vehicle charging",
                "carried"))
    parts = []
    for paragraph, motion, result in motions:
        parts.append(f"({paragraph}) Mr Hood proposed the following amendment: \"To {motion}"
                     f".\"\n\n({int(paragraph) + 1}) Following the debate, the Chairman put to"
                     f" the vote the amendment set out in paragraph {paragraph} above and the"
                     f" voting was as follows:\n\nFor (30)\n\n{names}\n\nAgainst (30)\n\n"
                     f"{names}\n\nAmendment {result}.")
    debate = " ".join(f"Members asked whether a feasibility study of home to school transport"
                      f" route {n} was agreed." for n in range(40))  # many passages say it
    name = "Printed minutes 13th-Feb-2025 09.30 County Council budget meeting and amendments.txt"
    _write(tmp_path, name, (
        "MINUTES of a meeting of the County Council held on Thursday, 13 February 2025.\n\n"
        f"291. {heading}\n(Item 6)\n\n{debate}\n\n" + "\n\n".join(parts)))
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / name], settings, embedder)
    opened = index.open_index(settings)
    labels = {row["id"]: row["context"] for row in opened.conn.execute(
        "SELECT id, context FROM chunks WHERE kind = 'vote'")}
    # the vote's label outlasts the long minute heading in the context line
    assert any(label.endswith("home to school transport.\"") for label in labels.values())
    searcher = Searcher(opened, embedder, pool=5)  # the votes stand beyond both retrievers'
    found = searcher.search("Was the home to school transport feasibility study agreed?", k=5)
    voted = [r for r in found if r.chunk_id in labels]
    assert voted and "home to school transport" in labels[voted[0].chunk_id]
    assert voted[0].citation["vote"].startswith("Vote on the amendment in paragraph 11"
                                                 " (Amendment lost; For 30, Against 30)")
    # the vote fills several passages; it is one result, shown whole, its overlaps once
    whole = voted[0].text
    assert whole.startswith("(12) Following the debate") and whole.endswith("Amendment lost.")
    assert whole.count("For (30)") == whole.count("Against (30)") == 1
    assert whole.count("Mr Member29") == 2
    assert [r.citation["vote"] for r in found].count(voted[0].citation["vote"]) == 1
    # read closely, the debate's sentences outscore a list of names: the vote still leads
    reread = searcher.search("Was the home to school transport feasibility study agreed?",
                             k=5, rerank=True)
    assert reread[0].citation["vote"] == voted[0].citation["vote"]


def test_only_a_meeting_s_agenda_gives_its_papers_their_committee(tmp_path, embedder):
    folder = tmp_path / "corpus" / "2025-03-13"
    folder.mkdir(parents=True)
    _write(folder, "agenda.txt", "AGENDA\n\nThursday, 13 March 2025\n\n1. Apologies\n\n"
                                 "2. Library Opening Hours (Pages 1 - 2)")
    _write(folder, "letter.txt", "Highways Panel\n\nThe panel met to discuss potholes.")
    _write(folder, "report.txt", "Library opening hours\n\nThe libraries will open on Sundays.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / "corpus"], settings, embedder)
    generation = index.current_generation(settings.index_dir)
    conn = sqlite3.connect(generation / index.STORE_FILE)
    committees = dict(conn.execute("SELECT path, committee FROM documents").fetchall())
    by_name = {Path(path).name: committee for path, committee in committees.items()}
    assert by_name["letter.txt"] == "Highways Panel"  # its own
    assert by_name["report.txt"] is None  # not the letter's: the agenda names no committee


def test_a_meeting_s_papers_are_cited_as_that_meeting_s(tmp_path, embedder):
    folder = tmp_path / "corpus" / "cabinet" / "2025-01-30"
    folder.mkdir(parents=True)
    _write(folder, "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.txt",
           "KENT COUNTY COUNCIL\n\nAGENDA\n\n1. Apologies\n\n2. Budget (Pages 1 - 2)")
    _write(folder, "Appendix D 21.01.25.txt",
           "Children's, Young People and Education Cabinet Committee\n\nA letter from"
           " Swale Borough Council, 21 January 2025, on the budget.")
    _write(folder, "Minutes of the meeting held on 9th January 2025.txt",
           "MINUTES of a meeting of the Corporate Parenting Panel held on Thursday,"
           " 9 January 2025.\n\nPRESENT: Mrs Chandler\n\n1. Apologies\n\nNone.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / "corpus"], settings, embedder)
    generation = index.current_generation(settings.index_dir)
    conn = sqlite3.connect(generation / index.STORE_FILE)
    cited = {Path(row[0]).name[:12]: row[1:] for row in conn.execute(
        "SELECT path, council, committee, meeting_date FROM documents")}
    assert cited["Agenda front"] == ("Kent County Council", "Cabinet", "2025-01-30")
    # an appendix is the meeting's paper, whatever council or body it names or date it bears
    assert cited["Appendix D 2"] == ("Kent County Council", "Cabinet", "2025-01-30")
    # minutes of another day's meeting keep the body and the date they record
    assert cited["Minutes of t"] == ("Kent County Council", "Corporate Parenting Panel",
                                     "2025-01-09")


def test_a_paper_saved_twice_is_cited_as_its_meeting_s_copy(tmp_path, embedder):
    text = ("Amendment 3: Liberal Democrats\n\nAllocate £2m of capital to on-street"
            " electric vehicle charging points, funded by borrowing.")
    meeting = tmp_path / "corpus" / "full_council" / "2025-02-13"
    loose = tmp_path / "corpus" / "duplicates"
    meeting.mkdir(parents=True)
    loose.mkdir()
    # the same words but one, not the same bytes, and ranked first for that word
    _write(loose, "3 - Amendment - LEVI capital funding_1.txt", text + " Rejected.")
    _write(meeting, "3 - Amendment - LEVI capital funding.txt", text)
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / "corpus"], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    result = searcher.search("rejected electric vehicle charging amendment", k=1)[0]
    assert result.ranks["keyword"] == 2  # ranked below the loose copy, cited for its meeting
    assert result.citation["meeting_date"] == "2025-02-13"
    assert [Path(c["path"]).parent.name for c in result.citation["also_in"]] == ["duplicates"]


def test_a_separately_published_report_is_cited_under_its_agenda_item(tmp_path, embedder):
    folder = tmp_path / "corpus" / "full_council" / "2025-03-13"
    folder.mkdir(parents=True)
    _write(folder, "Agenda frontsheet 13th-Mar-2025 10.00 County Council.txt",
           "AGENDA\n\nCOUNTY COUNCIL\n\n1. Apologies for Absence\n\n"
           "11. Devolution and Local Government Reorganisation Update (Pages 1 - 8)\n\n"
           "12. Treasury Management - Mid-Year Update 2024-25 (Pages 9 - 20)")
    _write(folder, "Council Report Mid Year 24-25.txt",
           "From: Roger Gough\nSubject: Treasury Management Mid-Year Update 2024-25\n\n"
           "The property fund was valued at £20m at 30 September 2024.\n\nAppendices\n"
           "Appendix 3 – Glossary of Terms\nAppendix 4 – Prudential Indicators")
    _write(folder, "Appendix 2.txt", "A glossary of treasury terms: gilts, bonds, property funds.")
    # listed by the report: placed with it; the same label under another title: not
    _write(folder, "Appendix 3 - Glossary of Terms 2024-25.txt",
           "Property funds: pooled funds investing in property.")
    _write(folder, "Appendix 4 - Staff Survey Results.txt",
           "The property fund team answered the survey.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / "corpus"], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    cited = {Path(r.citation["path"]).stem: r.citation["agenda_item"]
             for r in searcher.search("property fund treasury", k=5)}
    assert cited["Council Report Mid Year 24-25"] == {
        "number": "12", "title": "Treasury Management - Mid-Year Update 2024-25",
        "printed_pages": None}  # the pack's pages 9-20 are not this paper's
    assert cited["Appendix 2"] is None  # nothing says which item it belongs to
    assert cited["Appendix 3 - Glossary of Terms 2024-25"]["number"] == "12"
    assert cited["Appendix 4 - Staff Survey Results"] is None


@pytest.mark.parametrize("second_a", [False, True])
def test_an_appendix_known_by_its_letter_is_cited_under_its_series_item(tmp_path, embedder,
                                                                        second_a):
    agenda = ("AGENDA\n\nCABINET\n\n1. Apologies\n\n"
              "6. Draft Revenue Budget 2025-26 (Pages 1 - 40)\n\n"
              "7. Highways Term Contract (Pages 41 - 50)")
    papers = {
        "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.txt": agenda,
        "Draft Revenue Budget 2025-26 Report.txt":
            "Subject: Draft Revenue Budget 2025-26\n\nThe Reserves Policy is set out in"
            " Appendix A and the Capital Strategy in Appendix C.",
        "Appendix A - Reserves Policy.txt": "Reserves are held against budget risks.",
        "Appendix B 21.01.25.txt": "Spending growth, savings and income by directorate.",
        "Appendix C - Capital Strategy.txt": "Capital spending is funded by borrowing.",
        "Appendix D 21.01.25.txt": "Savings and income by directorate in the later years."}
    if second_a:  # another item's Appendix A: the letter bounds no series
        papers["Appendix A - Highways Term Contract Award.txt"] = "The contract is awarded."
    searcher = _meeting_searcher(tmp_path, embedder, "cabinet/2025-01-30", papers)
    cited = {Path(path).stem: item for path, item in searcher.conn.execute(
        "SELECT d.path, MAX(c.item) FROM documents d JOIN chunks c ON c.document_id = d.id"
        " GROUP BY d.id")}
    assert cited["Appendix C - Capital Strategy"] == "6"
    # between A and C, both the budget's; unless A is two papers' letter
    assert cited["Appendix B 21.01.25"] == (None if second_a else "6")
    assert cited["Appendix D 21.01.25"] is None  # after C: it may start another series


def _meeting_searcher(tmp_path: Path, embedder, folder: str, papers: dict[str, str]) -> Searcher:
    """An index of one meeting's folder (`folder` under the corpus) holding `papers`."""
    meeting = tmp_path / "corpus" / folder
    meeting.mkdir(parents=True)
    for name, text in papers.items():
        _write(meeting, name, text)
    settings = Settings(index_dir=tmp_path / "index")
    ingest([tmp_path / "corpus"], settings, embedder)
    return Searcher(index.open_index(settings), embedder)


def test_papers_of_a_summons_without_page_ranges_are_cited_under_its_items(tmp_path,
                                                                            embedder):
    searcher = _meeting_searcher(tmp_path, embedder, "full_council/2025-01-09", {
        "Agenda frontsheet 09th-Jan-2025 10.00 County Council.txt":
            "An extraordinary meeting of the County Council will be held on 9th January 2025."
            "\n\nA G E N D A\n\n1. Apologies for Absence\n\n2. Declarations of Interest\n\n"
            "3. English Devolution White Paper\n- To follow\n\nBenjamin Watts\nGeneral Counsel",
        "Devolution White Paper - County Council Report - FINAL.txt":
            "Subject: English Devolution White Paper\n\nThe Leader asks the Council to request"
            " a place on the Devolution Priority Programme.\n\nAppendix A - Ministerial Letter"})
    result = searcher.search("Devolution Priority Programme request", k=1)[0]
    assert result.citation["agenda_item"] == {"number": "3",
                                              "title": "English Devolution White Paper",
                                              "printed_pages": None}


def test_a_paper_printing_an_agenda_of_its_own_does_not_rename_the_meeting_s_items(
        tmp_path, embedder):
    searcher = _meeting_searcher(tmp_path, embedder, "full_council/2025-03-13", {
        "Agenda frontsheet 13th-Mar-2025 10.00 County Council.txt":
            "AGENDA\n\n1. Apologies for Absence\n\n2. Questions (Pages 1 - 4)\n\n"
            "3. Treasury Management - Mid-Year Update 2024-25 (Pages 5 - 20)",
        # an appendix: the treasury group's own meeting, whose item 3 is another matter
        "Appendix 3 - TMG meeting note.txt":
            "AGENDA\n\n1. Market Update\n\n2. Strategy Check\n\n3. Quarterly Report\n\n"
            "The group noted the quarterly report on borrowing.",
        "Council Report Treasury Management Mid-Year Update.txt":
            "Subject: Treasury Management Mid-Year Update 2024-25\n\n"
            "The council's external borrowing fell to £800m by 30 September 2024."})
    result = searcher.search("external borrowing at 30 September", k=1)[0]
    assert result.citation["agenda_item"] == {
        "number": "3", "title": "Treasury Management - Mid-Year Update 2024-25",
        "printed_pages": None}  # a report published alone is not on the pack's pages


def test_a_report_of_a_meeting_with_no_agenda_is_placed_by_its_own_minutes_items(
        tmp_path, embedder):
    # a joint committee's folder holding its minutes (numbered as its agenda) and a report;
    # minutes of the meeting before, saved in the same folder, place nothing
    minutes = ("Minutes of the meeting of the Joint Health Scrutiny Committee held on 12 "
               "March 2025\n\n1. Apologies\n\nNone.\n\n2. Declarations of Interest\n\n"
               "None.\n\n3. Minutes of the last meeting\n\nAgreed.\n\n"
               "4. Stroke Services Review\n\nResolved: That the review be noted.\n\n"
               "5. Work Programme\n\nNoted.")
    searcher = _meeting_searcher(tmp_path, embedder, "joint-health-scrutiny/2025-03-12", {
        "Printed minutes 12th-Mar-2025 Joint Health Scrutiny Committee.txt": minutes,
        "Stroke Services Review report.txt":
            "Stroke Services Review\n\nThe hyper-acute stroke unit will open at the Royal "
            "Infirmary in October 2025."})
    result = searcher.search("hyper-acute stroke unit opening", k=1)[0]
    assert result.citation["agenda_item"]["number"] == "4"
    earlier = _meeting_searcher(tmp_path / "b", embedder, "joint-health-scrutiny/2025-03-12", {
        "Minutes of previous meeting.txt": minutes.replace("12 March 2025", "8 January 2025"),
        "Stroke Services Review report.txt":
            "Stroke Services Review\n\nThe hyper-acute stroke unit will open at the Royal "
            "Infirmary in October 2025."})
    result = earlier.search("hyper-acute stroke unit opening", k=1)[0]
    assert result.citation["agenda_item"] is None


def test_a_paper_naming_no_council_is_cited_as_the_corpus_s_council_of_its_place(
        tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # a council two papers are cited by is known
    _write(corpus, "pack.txt", "Sefton Council\n\nOverview and Scrutiny Committee\n\n"
                               "The committee noted the report on school attendance.")
    _write(corpus, "minutes.txt", "Sefton Council\n\nCabinet\n\nMembers asked how many"
                                  " school places the new academy would add.")
    _write(corpus, "update.txt", "CABINET MEMBER UPDATE\n\nSefton's virtual school supports"
                                 " Sefton children in care placed outside Sefton borough.")
    _write(corpus, "letter.txt", "Sefton and Wirral: a note on the Sefton ferry timetable.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    councils = {Path(r.citation["path"]).name: r.citation["council"] for r in
                Searcher(index.open_index(settings), embedder).search("Sefton school", k=5)}
    assert councils == {"pack.txt": "Sefton Council", "minutes.txt": "Sefton Council",
                        "update.txt": "Sefton Council",
                        "letter.txt": None}  # named twice: a neighbour spoken of, perhaps


def test_one_paper_s_guess_at_a_council_is_no_council_for_others(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "amendment.txt", "Budget County Council\n\nAmendment 6 to the budget.")
    _write(corpus, "report.txt", "Budget Monitoring\n\nBudget pressures grew. Budget"
                                 " holders were told. Budget lines were cut.")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    opened = index.open_index(settings)
    councils = {Path(path).name: council for path, council in
                opened.conn.execute("SELECT path, council FROM documents")}
    # "Budget County Council" is one paper's reading of its heading, cited by no other paper
    assert councils == {"amendment.txt": "Budget County Council", "report.txt": None}


def test_a_vote_reprinted_in_another_paper_is_shown_once(tmp_path, embedder):
    ayes = ", ".join(f"Mr Aye{n}" for n in range(10))
    noes = ", ".join(f"Mrs No{n}" for n in range(30))
    minutes = ("MINUTES of a meeting of the County Council held on Thursday, 13 February 2025."
               "\n\n291. Budget\n(Item 6)\n\n(11) Mr Hood proposed the following amendment:"
               " \"To fund a feasibility study into home to school transport.\"\n\n(12) The"
               " Chairman put to the vote the amendment set out in paragraph 11 above and the"
               f" voting was as follows:\n\nFor (10)\n\n{ayes}\n\nAgainst (30)\n\n{noes}\n\n"
               "Amendment lost.")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "minutes.txt", minutes)
    _write(corpus, "reprint.txt", f"Minutes of Previous Meeting\n\n{minutes}")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    searcher = Searcher(index.open_index(settings), embedder)
    parts = {(Path(row["path"]).name, row["ord"]): row["id"] for row in searcher.conn.execute(
        "SELECT c.id, c.ord, d.path FROM chunks c JOIN documents d ON d.id = c.document_id"
        " WHERE c.vote IS NOT NULL")}
    first = min(chunk for (name, _), chunk in parts.items() if name == "minutes.txt")
    last = max(chunk for (name, _), chunk in parts.items() if name == "reprint.txt")
    # the reprint's last passage (the noes) ranks next to the original's first (the ayes)
    shown = collapse(searcher.conn, [(first, 1.0), (last, 0.9)], k=5)
    assert len(shown) == 1 and shown[0][2] == [last]  # one result; the reprint "also in"
    # shown whole: the vote put, every name once (the stored overlap read once), the outcome
    whole = whole_vote(searcher.conn, searcher.conn.execute(
        "SELECT document_id, vote, page_seq FROM chunks WHERE id=?", (first,)).fetchone())
    # ("Against (30)" ends one passage and opens the next, which repeats it)
    assert all(len(re.findall(rf"\bAye{n}\b", whole)) == 1 for n in range(10))
    assert all(len(re.findall(rf"\bNo{n}\b", whole)) == 1 for n in range(30))
    assert whole.count("For (10)") == whole.count("Against (30)") == 1
    assert whole.startswith("(12) The Chairman put") and whole.endswith("Amendment lost.")


def test_a_manifest_s_fields_override_what_is_inferred_and_bad_cells_are_named(
        tmp_path, embedder):
    folder = tmp_path / "corpus" / "cabinet" / "2025-01-30"
    folder.mkdir(parents=True)
    _write(folder, "Agenda frontsheet.txt",
           "KENT COUNTY COUNCIL\n\nAGENDA\n\n1. Apologies\n\n2. Budget (Pages 1 - 2)")
    _write(folder, "report.txt", "Gloucester City Council\n\nThe scheme is adopted for 2026.")
    _write(folder, "letter.txt", "A letter on the budget.")
    (tmp_path / "corpus" / "manifest.csv").write_text(
        "path,council,committee,meeting_date,item,doc_type\n"
        "cabinet/2025-01-30/report.txt,Ashford Borough Council,Overview Panel,2025-02-03,"
        "D.-2.,officer report\n"
        "cabinet/2025-01-30/letter.txt,,,2025-02-31,,memo\n", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([tmp_path / "corpus"], settings, embedder)
    conn = sqlite3.connect(index.current_generation(settings.index_dir) / index.STORE_FILE)
    cited = {Path(row[0]).name: row[1:] for row in conn.execute(
        "SELECT d.path, d.council, d.committee, d.meeting_date, d.doc_type, MIN(c.item)"
        " FROM documents d JOIN chunks c ON c.document_id = d.id GROUP BY d.id")}
    # the collector's word beats the paper's own and its meeting folder's
    assert cited["report.txt"] == ("Ashford Borough Council", "Overview Panel", "2025-02-03",
                                   "officer report", "D-2")
    # empty cells say nothing; cells that cannot be used are left out, and said so
    assert cited["letter.txt"][2] == "2025-01-30"
    assert not summary.failures  # the manifest is no paper to index
    warned = [why for path, why in summary.warnings if path.endswith("letter.txt")]
    assert any("manifest.csv:3: meeting_date" in why for why in warned)
    assert any("manifest.csv:3: doc_type" in why for why in warned)


def test_a_long_paper_reports_each_stage_and_its_embedding_as_it_goes(tmp_path, embedder,
                                                                      monkeypatch):
    """Issue 25 D12: a 50 MB text takes minutes, and a bar moving only between files
    looked hung; progress within a file names the stage, and the embedding of every paper's
    passages after linking says how many are done."""
    from scrutiny_qa import contextualise

    monkeypatch.setattr(contextualise, "EMBED_SLICE", 2)
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "long.txt", "\n\n".join(
        f"Ward {n}: the committee heard that the library in ward {n} opens on Sundays. " * 12
        for n in range(6)))
    stages: list[tuple[str, str]] = []
    summary = ingest([folder], Settings(index_dir=tmp_path / "index"), embedder,
                     on_stage=lambda path, stage: stages.append((path.name, stage)))
    assert stages[:3] == [("long.txt", "reading"), ("long.txt", "finding its structure"),
                          ("long.txt", "cutting passages")]
    total = summary.embedded
    assert total > 2 and stages[3:] == [
        ("all papers", "building context lines"),
        *(("all papers", f"embedding passages {done:,}/{total:,}")
          for done in range(0, total, 2))]
