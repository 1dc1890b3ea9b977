"""Marking a whole passage in its page: found by its words, whatever tidying changed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from scrutiny_qa.api import create_app
from scrutiny_qa.locate import passage_span, utf16_span

HEADER = "| Action | Lead officer | Status |\n|---|---|---|\n"
PAGE = (
    "Agenda Item 6\n"
    + HEADER
    + "| Recruit foster carers | Head of Fostering | On track |\n\n"
    + "1.1 The service recruited twelve new foster carers in the quarter, against a target\n"
    "of ten, and placed four children with them.\n"
    "1.2 Sufficiency remains a concern for older children.\n\n"
    + HEADER
    + "| Review placements | Head of Placements | Complete |\n"
)


def test_a_tidied_passage_is_marked_from_its_first_to_its_last_word():
    passage = ("1.1 The service recruited twelve new foster carers in the quarter, against a"
               " target of ten, and placed four children with them. 1.2 Sufficiency remains a"
               " concern for older children.")
    start, end = passage_span(PAGE, passage)
    assert PAGE[start:end].startswith("1.1 The service")
    assert PAGE[start:end].endswith("older children.")


def test_a_table_header_printed_twice_is_marked_where_the_passage_stands():
    passage = "Action · Lead officer · Status Review placements · Head of Placements · Complete"
    start, end = passage_span(PAGE, passage)
    assert PAGE[start:end].endswith("Complete")
    assert "Recruit foster carers" not in PAGE[start:end]


def test_words_the_page_does_not_hold_are_not_marked():
    assert passage_span(PAGE, "The library opened on Sundays from September.") is None
    assert passage_span(PAGE, "") is None


def test_offsets_are_counted_as_a_browser_counts_them():
    text = "Budget 𝟐𝟎𝟐𝟓 agreed: the plan for schools"
    span = passage_span(text, "the plan for schools")
    assert text[span[0]:span[1]] == "the plan for schools"
    start, end = utf16_span(text, span)
    assert text.encode("utf-16-le")[start * 2:end * 2].decode("utf-16-le") == \
        "the plan for schools"


def test_the_page_route_says_where_a_text_passage_stands(seed_index, embedder):
    client = TestClient(create_app(seed_index, embedder), base_url="http://localhost")
    result = client.get("/api/ask", params={"q": "terms of reference of the domestic abuse"
                                                 " partnership board", "k": 1}).json()
    first = result["results"][0]
    assert first["citation"]["page"] is None  # a text source
    page_url = first["links"]["page_text"]
    page = client.get(page_url, params={"passage": first["chunk_id"]}).json()
    marked = page["marked"]
    assert marked["passage"] == first["chunk_id"]
    shown = page["text"][marked["start"]:marked["end"]]
    assert shown.split()[:3] == first["text"].split()[:3]
    assert shown.split()[-3:] == first["text"].split()[-3:]
    assert client.get(page_url).json()["marked"] is None
    other = client.get(page_url, params={"passage": first["chunk_id"] + 1000000}).json()
    assert other["marked"] is None


def test_the_marks_a_passage_opens_and_closes_with_are_marked_too():
    page = "Recommendation\n(a) note the report.\nNext"
    start, end = passage_span(page, "(a) note the report.")
    assert page[start:end] == "(a) note the report."
