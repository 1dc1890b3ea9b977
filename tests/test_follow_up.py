"""Follow-up of commitments: a later paper or minute of the same body that reports back,
pointing to the meeting that asked; never a paper that only shares the subject, another
body's paper, an earlier paper, or the same promise made again."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from scrutiny_qa.api import create_app
from scrutiny_qa.config import Settings
from scrutiny_qa.follow_up import body_key, status
from scrutiny_qa.ingest import ingest

COUNCIL = "Borsetshire Council"
MANIFEST = f"""path,council,committee,meeting_date,item,doc_type,title
cabinet/2024-11-28/plan.txt,{COUNCIL},Cabinet,2024-11-28,7,officer report,Library Plan
cabinet/2025-01-30/minutes.txt,{COUNCIL},Cabinet,2025-01-30,,minutes,Cabinet minutes
cabinet/2025-03-06/libraries.txt,{COUNCIL},Cabinet Committee,2025-03-06,5,officer report,\
Library Opening Hours Update
cabinet/2025-03-06/museums.txt,{COUNCIL},Cabinet,2025-03-06,6,officer report,Museum Figures
cabinet/2025-03-06/minutes.txt,{COUNCIL},Cabinet,2025-03-06,,minutes,Cabinet minutes
cabinet/2025-03-06/parks.txt,{COUNCIL},Cabinet,2025-03-06,7,officer report,Tree Planting
scrutiny/2025-03-10/review.txt,{COUNCIL},Scrutiny Committee,2025-03-10,4,officer report,\
Review
"""
PAPERS = {
    # before the promise: the same words, and the date of the meeting that will make it
    "cabinet/2024-11-28/plan.txt":
        "Library Plan\n\n1.1 The Sunday opening of branch libraries goes to the Cabinet on 30"
        " January 2025, and the Head of Libraries will report back on the Sunday opening of"
        " branch libraries to the meeting after that.\n",
    "cabinet/2025-01-30/minutes.txt":
        "CABINET\nMINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.\n"
        "11. Chair's Announcements\n(Item 2)\n"
        "1. The Chair undertook to write to group leaders to remind Members of their duty as"
        " corporate parents.\n"
        "12. Library Opening Hours\n(Item 4)\n"
        "1. The Cabinet Member introduced the report on the Sunday opening of branch libraries.\n"
        "2. RESOLVED that:\n(a) the Sunday opening of branch libraries from September be"
        " agreed; and\n(b) the Head of Libraries be asked to report back to the next meeting"
        " on the Sunday opening of branch libraries.\n"
        "13. Museums\n(Item 5)\n"
        "1. Mr Jones undertook to provide Members with the visitor figures for each museum,"
        " broken down by month, by the end of March 2025.\n"
        "14. Parks\n(Item 6)\n"
        "1. The Head of Parks undertook to circulate the tree planting survey results for"
        " every ward.\n",
    # a pointer back by minute number alone
    "cabinet/2025-03-06/parks.txt":
        "Tree Planting\n\n1.1 Further to Minute No. 14, the tree planting survey results for"
        " every ward are circulated with this report.\n",
    # the report back: the promise's words, and the meeting that asked
    "cabinet/2025-03-06/libraries.txt":
        "Library Opening Hours Update\n\n1.1 At its meeting on 30 January 2025, the Cabinet"
        " asked the Head of Libraries to report back to this meeting on the Sunday opening of"
        " branch libraries.\n\n1.2 Six branch libraries opened on Sunday afternoons in"
        " February, with 240 visits a day on average.\n",
    # the same subject, but no word of the meeting that asked
    "cabinet/2025-03-06/museums.txt":
        "Museum Figures\n\n1.1 Members are provided with the visitor figures for each museum,"
        " broken down by month, below.\n",
    # the same promise made again, pointing back to the first
    "cabinet/2025-03-06/minutes.txt":
        "CABINET\nMINUTES of a meeting of the Cabinet held on Thursday, 6 March 2025.\n"
        "20. Chair's Announcements\n(Item 2)\n"
        "1. As at the meeting on 30 January 2025, the Chair undertook to write to group"
        " leaders to remind Members of their duty as corporate parents.\n"
        "21. Waste Contract Award\n(Item 5)\nRESOLVED that the award be noted.\n",
    # another body, pointing back to the Cabinet's meeting with the museum promise's words
    "scrutiny/2025-03-10/review.txt":
        "Review\n\n1.1 At its meeting on 30 January 2025, the Cabinet heard that Mr Jones would"
        " provide Members with the visitor figures for each museum, broken down by month. The"
        " museums' visitor figures were provided to Members in March.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:
    corpus = tmp_path_factory.mktemp("follow-up") / "corpus"
    for name, text in {**PAPERS, "manifest.csv": MANIFEST}.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(index_dir=corpus.parent / "index")
    summary = ingest([corpus], settings, embedder)
    assert not summary.failures and summary.followed_up == 2
    return settings


@pytest.fixture(scope="module")
def commitments(index, embedder) -> list[dict]:
    client = TestClient(create_app(index, embedder), base_url="http://localhost")
    return client.get("/api/commitments", params={"limit": 200}).json()["items"]


def _about(commitments: list[dict], words: str) -> dict:
    found = [entry for entry in commitments if words in entry["what"]]
    assert len(found) == 1, [entry["what"] for entry in commitments]
    return found[0]


def test_a_later_paper_of_the_body_pointing_back_reports_back(commitments):
    entry = _about(commitments, "report back to the next meeting")
    follow_up = entry["followed_up_by"]
    assert follow_up["path"].endswith("libraries.txt")
    assert follow_up["reported_on"] == "2025-03-06"
    assert follow_up["agenda_item"]["number"] == "5"
    assert follow_up["links"]["page_text"].startswith(f"/api/documents/{follow_up['document_id']}")
    assert follow_up["passage"] > 0
    assert entry["status"] == "reported back (6 Mar 2025, item 5)"


def test_a_minute_cited_by_number_points_back_too(commitments):
    entry = _about(commitments, "tree planting survey")
    assert entry["followed_up_by"]["path"].endswith("parks.txt")
    assert entry["status"] == "reported back (6 Mar 2025, item 7)"


def test_no_pointer_back_another_body_or_the_promise_made_again_leave_it_open(commitments):
    museum = _about(commitments, "visitor figures for each museum")
    assert museum["followed_up_by"] is None and museum["status"] == "open"
    chair = [entry for entry in commitments if "group leaders" in entry["what"]]
    assert len(chair) == 2  # made at both meetings
    assert all(entry["status"] == "open" for entry in chair)


def test_the_csv_says_where_it_was_reported_back_with_a_link(index, embedder):
    client = TestClient(create_app(index, embedder), base_url="http://localhost")
    response = client.get("/api/commitments.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    back = [row for row in rows if row["status"] != "open"]
    assert sorted(row["status"] for row in back) == ["reported back (6 Mar 2025, item 5)",
                                                     "reported back (6 Mar 2025, item 7)"]
    assert back[0]["reported back in"].startswith("http://localhost/api/documents/")
    assert all(row["reported back in"] == "" for row in rows if row["status"] == "open")


def test_a_body_is_its_council_and_its_committee_named_either_way():
    assert body_key("X Council", "Overview and Scrutiny Committee (Children)") == \
        body_key("X Council", "Overview and Scrutiny (Children)")
    assert body_key("X Council", "Cabinet") != body_key("Y Council", "Cabinet")
    assert body_key("X Council", "Committee") is None  # names no committee
    assert body_key(None, "Cabinet") is None


def test_a_status_names_the_meeting_and_item_reported_back_at():
    follow_up = {"reported_on": "2023-11-28", "agenda_item": {"number": "12"}}
    assert status(follow_up) == "reported back (28 Nov 2023, item 12)"
    assert status({**follow_up, "agenda_item": None}) == "reported back (28 Nov 2023)"
    assert status({**follow_up, "agenda_item": {"number": "front"}}) == \
        "reported back (28 Nov 2023)"
    assert status(None) == "open"
