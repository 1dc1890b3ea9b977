"""Signals that need a small generated index: an agenda item a question names by label."""

from __future__ import annotations

from conftest import make_pdf
from scrutiny_qa import index
from scrutiny_qa.ingest import ingest
from scrutiny_qa.retrieve import Searcher


def _pack(month: str, trees: str) -> list[str]:
    return [f"AGENDA\nPARKS COMMITTEE\nThursday, 3rd {month}, 2025\n1. Apologies\n"
            "4. Play Areas (Pages 1 - 1)\n5. Tree Planting (Pages 2 - 2)",
            "Agenda Item 4\nThe play areas at Mill Lane will be resurfaced in the autumn.\nPage 1",
            f"Agenda Item 5\n{trees}\nPage 2"]


def test_a_question_naming_an_agenda_item_gets_that_item_of_the_meeting_it_means(
        backend, tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_pdf(corpus / "june-pack.pdf", _pack("June", "Two hundred oaks go along the river."))
    make_pdf(corpus / "july-pack.pdf", _pack("July", "Forty fruit trees go in the orchard."))
    ingest([corpus], backend, embedder)
    searcher = Searcher(index.open_index(backend), embedder)
    for question, pack in (("What was reported under agenda item 5 in July 2025?", "july"),
                           ("What came to the June 2025 meeting as item 5?", "june")):
        first = searcher.search(question, k=3)[0]
        assert (first.citation["agenda_item"]["number"], first.citation["path"][-13:-9]) == \
            ("5", pack), question
