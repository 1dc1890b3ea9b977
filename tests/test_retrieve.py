"""Ranking details that need no index: a vote's lead, a vote's passages joined whole, and
twins shown once."""

from __future__ import annotations

import sqlite3

from scrutiny_qa.query.close_reading import relevance
from scrutiny_qa.query.fusion import fuse
from scrutiny_qa.query.present import join_passages
from scrutiny_qa.query.signals import vote_lead
from scrutiny_qa.query.twins import collapse


def test_the_best_vote_leads_by_whichever_of_its_passages_ranks_near_the_top() -> None:
    labels = {1: ("Vote on the amendment (lost)", 1.0), 2: ("Vote on the amendment (lost)", 1.0),
              3: ("Vote on the motion (carried)", 1.0)}
    # the vote ranking's first is passage 1, but passage 2 of the same vote ranks 2nd
    ranked = fuse([([5, 2, 6, 1], 1.0)])
    assert vote_lead(labels, [1, 2, 3], ranked) == [2]
    assert vote_lead(labels, [3, 1, 2], ranked) == []  # the best vote is not near the top
    assert vote_lead(labels, [], ranked) == []


def test_a_vote_s_passages_are_joined_without_their_overlap() -> None:
    names = "Mr Baker, Mr Bond, Mr Booth, Mr Brazier, Mr Carter"
    first = f"For (5)\n{names}\nAgainst (2)"
    second = "Against (2)\nMr Hood, Mr Hook\nMotion carried."
    assert join_passages([(first, 0), (second, len("Against (2)"))]) == \
        f"For (5)\n{names}\nAgainst (2)\nMr Hood, Mr Hook\nMotion carried."
    carried = "the voting was as follows: For (5) Mr Baker, Mr Bond and Mr Booth"
    assert join_passages([(carried, 0), ("Mr Bond and Mr Booth Against (0)", 20)]) == \
        "the voting was as follows: For (5) Mr Baker, Mr Bond and Mr Booth Against (0)"
    # a shared end that the chunker did not carry over is two lines, both kept
    assert join_passages([("Against (1) Mr Hook", 0), ("Mr Hook, Mr Bond", 0)]) == \
        "Against (1) Mr Hook\nMr Hook, Mr Bond"


LISTING = ("G-3. A Resolution authorizing the City Manager to execute a contract with Acme Buses"
           " for on-demand transport services, at an amount not to exceed $400,000 annually.")
ADOPTED = ("SECTION 2. That by this Resolution the City Commission authorizes the City Manager"
           " to negotiate and execute a contract with Acme Buses for on-demand transport"
           " services for one year, at an amount not to exceed $400,000 annually, if funded.")


def _twins_store(papers: list[tuple[str, str | None]], texts: list[tuple[int, str]]):
    """A store holding just what `collapse` reads: papers (doc type, meeting date) of one
    council, and passages (paper, text)."""
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(
        "CREATE TABLE documents(id INTEGER PRIMARY KEY, meeting_date, committee, council,"
        " doc_type);"
        "CREATE TABLE chunks(id INTEGER PRIMARY KEY, text, item, page_label, document_id,"
        " vote, minute, page_seq)")
    conn.executemany("INSERT INTO documents VALUES (?, ?, 'Commission', 'Acme City', ?)",
                     [(i, day, kind) for i, (kind, day) in enumerate(papers, start=1)])
    conn.executemany("INSERT INTO chunks VALUES (?, ?, 'G-3', NULL, ?, NULL, NULL, 0)",
                     [(i, text, doc) for i, (doc, text) in enumerate(texts, start=1)])
    return conn


def test_an_agenda_listing_is_shown_as_the_passage_of_the_paper_that_prints_it() -> None:
    conn = _twins_store([("agenda pack", "2024-02-13"), ("other", "2024-02-13")],
                        [(1, LISTING), (2, ADOPTED)])
    assert collapse(conn, [(1, 1.0), (2, 0.9)], k=5) == [(2, 1.0, [1])]
    assert collapse(conn, [(2, 1.0), (1, 0.9)], k=5) == [(2, 1.0, [1])]


def test_a_listing_stays_apart_from_another_meeting_s_paper_and_minutes_stay_themselves():
    other_meeting = _twins_store([("agenda pack", "2024-02-13"), ("other", "2024-03-12")],
                                 [(1, LISTING), (2, ADOPTED)])
    assert [shown for shown, _, _ in collapse(other_meeting, [(1, 1.0), (2, 0.9)], 5)] == [1, 2]
    # minutes repeating a report's words are the record of the decision, not a listing
    minutes = _twins_store([("minutes", "2024-02-13"), ("other", "2024-02-13")],
                           [(1, LISTING), (2, ADOPTED)])
    assert [shown for shown, _, _ in collapse(minutes, [(1, 1.0), (2, 0.9)], 5)] == [1, 2]
    # an agenda pack's recommendation that the meeting's minutes resolve word for word is
    # the paper put to the meeting, not a listing of the minutes
    resolved = _twins_store([("agenda pack", "2024-02-13"), ("minutes", "2024-02-13")],
                            [(1, LISTING), (2, ADOPTED)])
    assert [shown for shown, _, _ in collapse(resolved, [(2, 1.0), (1, 0.9)], 5)] == [2, 1]


class _CountingReader:
    """A cross-encoder stand-in that scores a passage by its length and counts the pairs."""

    def __init__(self) -> None:
        self.pairs = 0

    def scores(self, question: str, passages: list[str]) -> list[float]:
        self.pairs += len(passages)
        return [float(len(text)) for text in passages]


def test_a_passage_published_twice_is_read_closely_once() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE chunks(id INTEGER PRIMARY KEY, context, text)")
    conn.executemany("INSERT INTO chunks VALUES (?, ?, ?)", [
        (1, "Cabinet pack", ADOPTED), (2, "Report published alone", ADOPTED),
        (3, "Cabinet pack", LISTING)])
    reader = _CountingReader()
    scores = relevance(reader, conn, "What is the cap?", (), [1, 2, 3])
    assert reader.pairs == 2 and scores[1] == scores[2] != scores[3]

