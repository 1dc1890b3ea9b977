"""`scrutiny-qa eval`: the scoring rules of shared/eval/README.md, and candidate recall."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import ROOT
from scrutiny_qa import index
from scrutiny_qa.evaluate import RECALL_DEPTHS, candidate_recall, evaluate, load_questions
from scrutiny_qa.evaluation_report import QuestionSet, ablate, render, score
from scrutiny_qa.query.fusion import WEIGHTS
from scrutiny_qa.query.present import Result
from scrutiny_qa.retrieve import Searcher


def _result(chunk_id: int, path: Path, text: str, page: int | None = None,
            item: str | None = None) -> Result:
    citation = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "page": page,
                "agenda_item": {"number": item, "title": "An item"} if item else None}
    return Result(chunk_id=chunk_id, score=1.0 / chunk_id, text=text, highlights=[],
                  citation=citation)


class FixedSearcher:
    """Returns the same prepared results for each question, whatever is asked."""

    def __init__(self, answers: dict[str, list[Result]]) -> None:
        self.answers = answers

    def search(self, question: str, k: int = 10, rerank: bool = False) -> list[Result]:
        return self.answers[question][:k]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "pack.txt").write_text("the pack", encoding="utf-8")
    (tmp_path / "copy-of-pack.txt").write_text("the pack", encoding="utf-8")
    (tmp_path / "minutes.txt").write_text("the minutes", encoding="utf-8")
    return tmp_path


def test_scores_follow_the_shared_rules(docs: Path, tmp_path: Path) -> None:
    questions = [
        {"id": "q1", "question": "found second", "doc": "pack.txt", "page": 3,
         "agenda_item": "5", "must_contain": ["the ‘Sunday’ opening – agreed"]},
        {"id": "q2", "question": "not found", "doc": "minutes.txt", "agenda_item": "front",
         "must_contain": ["never printed"]},
    ]
    answers = {
        # the phrase in a document that is not the gold one does not count
        "found second": [_result(1, docs / "minutes.txt", "The 'Sunday' opening - agreed"),
                         # a byte-identical copy, other white space and straight quotes: counts
                         _result(2, docs / "copy-of-pack.txt",
                                 "So THE  'Sunday'\nopening - agreed.", page=3, item="5")],
        "not found": [_result(3, docs / "minutes.txt", "something else", page=1, item="2")],
    }
    dump = tmp_path / "dump.jsonl"
    report = evaluate(FixedSearcher(answers), questions, docs, dump)
    metrics = report.metrics()
    assert (metrics["hit@1"], metrics["hit@3"], metrics["hit@10"]) == (0.0, 0.5, 0.5)
    assert metrics["mrr@10"] == 0.25
    assert (metrics["page_questions"], metrics["page_accuracy"]) == (1, 1.0)
    assert (metrics["item_questions"], metrics["item_accuracy"]) == (1, 1.0)  # "front" is not
    assert [m["id"] for m in report.misses] == ["q2"]
    dumped = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert [d["first_correct_rank"] for d in dumped] == [2, None]


def test_a_wrong_page_or_item_is_counted_wrong(docs: Path) -> None:
    questions = [{"question": "q", "doc": "pack.txt", "page": 4, "agenda_item": "6",
                  "must_contain": ["sunday"]}]
    answers = {"q": [_result(1, docs / "pack.txt", "Sunday opening", page=3, item="5")]}
    metrics = evaluate(FixedSearcher(answers), questions, docs).metrics()
    assert metrics["hit@1"] == 1.0
    assert (metrics["page_accuracy"], metrics["item_accuracy"]) == (0.0, 0.0)


def test_a_passage_shown_once_for_several_papers_is_judged_by_its_citation_of_the_gold_one(
        docs: Path) -> None:
    """The question's page and item belong to its own `doc`; a result whose first citation
    is another paper printing the same passage (a pack reprinting a report) still cites the
    gold paper in `also_in`, and that citation is the one judged."""
    questions = [{"question": "q", "doc": "minutes.txt", "also_docs": ["pack.txt"], "page": 2,
                  "agenda_item": "4", "must_contain": ["sunday"]}]
    shown = _result(1, docs / "pack.txt", "Sunday opening", page=40, item="9")
    shown.citation["also_in"] = [_result(2, docs / "minutes.txt", "", page=2, item="4").citation]
    metrics = evaluate(FixedSearcher({"q": [shown]}), questions, docs).metrics()
    assert (metrics["page_accuracy"], metrics["item_accuracy"]) == (1.0, 1.0)
    shown.citation["also_in"] = []  # only the other paper cited: its page is not the gold one
    metrics = evaluate(FixedSearcher({"q": [shown]}), questions, docs).metrics()
    assert (metrics["page_accuracy"], metrics["item_accuracy"]) == (0.0, 0.0)


def test_a_malformed_question_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    path.write_text('{"question": "q", "doc": "a.txt", "must_contain": ["x"]}\n'
                    '{"question": "no doc"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"questions\.jsonl:2:"):
        load_questions(path)


def test_candidate_recall_tells_unreachable_answers_apart(seed_index, embedder) -> None:
    searcher = Searcher(index.open_index(seed_index), embedder)
    questions = [
        {"question": "terms of reference of the Sefton Domestic Abuse Partnership Board",
         "doc": "001_6f5ed2c261c448bb.txt",
         "must_contain": ["Terms of Reference for the Sefton Domestic Abuse Partnership"]},
        {"question": "terms of reference of the Sefton Domestic Abuse Partnership Board",
         "doc": "001_6f5ed2c261c448bb.txt", "must_contain": ["a phrase no paper prints"]},
    ]
    recall = candidate_recall(searcher, questions, ROOT / "corpus")
    assert set(recall) == {"keyword", "dense", "either"}
    assert recall["keyword"][10] == 0.5
    assert recall["either"][RECALL_DEPTHS[-1]] == 0.5
    for depth in RECALL_DEPTHS:
        assert recall["either"][depth] >= max(recall["keyword"][depth], recall["dense"][depth])
    for ranking in recall.values():
        values = [ranking[depth] for depth in RECALL_DEPTHS]
        assert values == sorted(values)


def test_a_lettered_item_counts_in_its_canonical_form(docs: Path) -> None:
    questions = [{"id": "q1", "question": "lettered", "doc": "pack.txt", "agenda_item": "D-2",
                  "must_contain": ["the grant"]},
                 {"id": "q2", "question": "front", "doc": "pack.txt", "agenda_item": "front",
                  "must_contain": ["the grant"]}]
    answers = {"lettered": [_result(1, docs / "pack.txt", "the grant", item="D.-2.")],
               "front": [_result(2, docs / "pack.txt", "the grant", item="front")]}
    metrics = evaluate(FixedSearcher(answers), questions, docs).metrics()
    assert metrics["item_questions"] == 1  # a front sheet is no item to score
    assert metrics["item_accuracy"] == 1.0


class WeighedSearcher(FixedSearcher):
    """Finds the answer only while the window signal has a weight, as a ranking would."""

    def __init__(self, answers: dict[str, list[Result]]) -> None:
        super().__init__(answers)
        self.weights = dict(WEIGHTS)

    def search(self, question: str, k: int = 10, rerank: bool = False) -> list[Result]:
        return super().search(question, k, rerank) if self.weights["window"] else []


def test_the_ablation_turns_each_signal_off_and_pools_the_sets(docs: Path) -> None:
    question = {"id": "q1", "question": "q", "doc": "pack.txt", "must_contain": ["the grant"]}
    searcher = WeighedSearcher({"q": [_result(1, docs / "pack.txt", "the grant")]})
    sets = [QuestionSet("one", Path("one.jsonl"), [question]),
            QuestionSet("two", Path("two.jsonl"), [question, {**question, "id": "q2"}])]
    rows = dict(ablate(searcher, sets, docs))
    assert set(rows) == {"(all signals)"} | set(WEIGHTS) - {"dense", "keyword", "cross"}
    assert rows["(all signals)"]["all"] == (1.0, 1.0)
    assert rows["window"] == {"one": (0.0, 0.0), "two": (0.0, 0.0), "all": (0.0, 0.0)}
    assert rows["date"]["all"] == (1.0, 1.0)
    assert searcher.weights == WEIGHTS  # put back after


def test_the_report_has_a_table_a_set_with_the_baseline_and_the_misses(docs: Path) -> None:
    questions = [{"id": "q1", "question": "q", "doc": "pack.txt", "page": 2,
                  "must_contain": ["the grant"]},
                 {"id": "q2", "question": "missed", "doc": "pack.txt",
                  "must_contain": ["never printed"]}]
    searcher = FixedSearcher({"q": [_result(1, docs / "pack.txt", "the grant", page=2)],
                              "missed": []})
    sets = [QuestionSet("councils", Path("councils.jsonl"), questions)]
    reports = score({"hybrid": searcher, "keyword": searcher}, sets, docs)
    text = render(reports, sets, "2 documents", "scrutiny-qa eval councils.jsonl --report X")
    assert "## councils" in text and "2 questions, 1 with a page, 0 with an agenda item" in text
    rows = [line for line in text.splitlines() if line.startswith("| ")][2:]
    assert [row.split(" | ")[0] for row in rows] == \
        ["| BM25 baseline (no embeddings)", "| quick ranking", "| close reading"]
    assert "| quick ranking | 0.500 | 0.500 | 0.500 | 0.500 | 1.000 | 0.000 |" in text
    assert "first five: q2 (rank -)." in text
