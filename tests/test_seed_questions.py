"""End to end on the bundled seed corpus: questions return the right passage and citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny_qa import index
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.retrieve import Searcher

# (question, document, phrase the passage must hold, agenda item, minute)
CASES = [
    ("Who is accountable for managed teams in children's social care?",
     "001_6f5ed2c261c448bb.txt", "Accountability of managed teams", "3", "14"),
    ("terms of reference of the domestic abuse partnership board",
     "001_6f5ed2c261c448bb.txt", "Terms of Reference for the Sefton Domestic Abuse Partnership",
     "3", "13"),
    ("What was decided about the Education Excellence Strategy?",
     "001_6f5ed2c261c448bb.txt", "Education Excellence Strategy for Sefton 2022-2027 be received",
     "3", "16"),
    ("What did the LGA peer review of fostering recommend?",
     "003_84ecb4af7ae692af.txt", "clarity of the 'offer' to foster carers", None, None),
]


@pytest.fixture(scope="module")
def searcher(seed_index, embedder) -> Searcher:
    return Searcher(index.open_index(seed_index), embedder)


@pytest.mark.parametrize(("question", "doc", "phrase", "item", "minute"), CASES)
def test_question_finds_passage_with_citation(searcher, question, doc, phrase, item, minute):
    results = searcher.search(question, k=5)
    hits = [r for r in results if Path(r.citation["path"]).name == doc and phrase in r.text]
    assert hits, f"no passage holding {phrase!r} in the top 5"
    citation = hits[0].citation
    assert (citation["agenda_item"] or {}).get("number") == item
    assert (citation["minute"] or {}).get("number") == minute
    assert citation["sha256"] and len(citation["sha256"]) == 64


def test_results_carry_meeting_metadata_and_highlight(searcher):
    result = searcher.search("Children's Services Improvement Programme staff survey", k=1)[0]
    citation = result.citation
    assert citation["committee"].startswith("Overview and Scrutiny Committee")
    assert citation["meeting_date"] in {"2022-11-07", "2023-11-28"}
    assert citation["doc_type"] == "agenda pack"
    best = result.highlights[0]
    assert result.text[best["start"]:best["end"]] == best["text"]


def test_filters_narrow_results(searcher):
    results = searcher.search("children's services", k=10,
                              filters=Filters(date_from="2023-01-01", date_to="2023-12-31"))
    assert results
    assert all("2023" in (r.citation["meeting_date"] or "") for r in results)
    assert searcher.search("children", k=5, filters=Filters(council="Nowhere Council")) == []


def test_minutes_reprinted_in_a_pack_keep_their_own_meeting_date(searcher):
    results = searcher.search("Education Excellence Strategy received and noted", k=3)
    minute = next(r.citation["minute"] for r in results if r.citation["minute"])
    assert minute["number"] == "16" and minute["meeting_date"] == "2022-09-27"


def test_a_named_month_favours_passages_from_that_meeting(searcher):
    question = "what was resolved about the work programme in {}"
    for month, date in (("September 2022", "2022-09"), ("November 2023", "2023-11")):
        top = searcher.search(question.format(month), k=3)
        dates = [(r.citation["minute"] or {}).get("meeting_date") or r.citation["meeting_date"]
                 for r in top]
        assert dates[0].startswith(date), dates


def test_a_passage_published_twice_is_one_result_citing_the_pack(searcher):
    # The October 2023 cabinet member update (004) is reprinted in the November 2023 pack
    # (002, item 6 "Cabinet Member Reports"): cited to the pack's item, loose copy listed.
    results = searcher.search("Jewish Living Exhibition", k=5)
    hits = [r for r in results if "Jewish Living Exhibition" in r.text]
    assert hits
    for hit in hits:  # (neighbouring passages overlap, so the phrase may stand in two)
        citation = hit.citation
        assert Path(citation["path"]).name == "002_f603d839ce67df70.txt"
        assert citation["agenda_item"]["number"] == "6"
        twins = [Path(c["path"]).name for c in citation["also_in"]]
        assert twins == ["004_b5981790c435cf00.txt"]


def test_neighbouring_passages_do_not_offer_the_same_sentence(searcher):
    """Passages overlap by a few lines; when two neighbours both rank and the best sentence
    stands in their overlap, each result still offers a sentence of its own."""
    results = searcher.search("When will scrutiny get an update on the Covid-19 primary"
                              " curriculum working group?", k=8)
    offered = [(r.citation["document_id"], r.highlights[0]["text"])
               for r in results if r.highlights]
    assert len(offered) >= 6
    assert len(set(offered)) == len(offered)


def test_a_citation_names_the_document_by_its_own_title(searcher):
    """A title composed from type, committee and date gives way to the type (the citation
    line names committee and date already); a document's own title is kept, even when it
    holds the committee's name."""
    from scrutiny_qa.metadata import document_name

    pack = searcher.search("Children's Services Improvement Programme staff survey", k=1)[0]
    assert pack.citation["title"].startswith("Agenda pack · ")
    assert pack.citation["document_name"] == "Agenda pack"
    assert document_name("QPR Q3 Cabinet appendix 1", "other") == "QPR Q3 Cabinet appendix 1"
    assert document_name("Minutes", "minutes") == "Minutes"
