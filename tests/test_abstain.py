"""Abstention: `answerable` says when nothing in the papers answers, on both rankings, through
the API and the command line; and the calibration behind its thresholds."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from scrutiny_qa.abstain import (
    COVERAGE_WEIGHT,
    CROSS_THRESHOLD,
    QUICK_THRESHOLD,
    answer_score,
    answerable,
)
from scrutiny_qa.api import create_app
from scrutiny_qa.calibrate import Scores, cross_validate, fit, shares
from scrutiny_qa.cli import main
from scrutiny_qa.query.present import Result

COVERED = "When could branch libraries open on Sunday afternoons?"
NOT_COVERED = "Which team won the rugby league grand final in Sydney?"


def _result(similarity: float, coverage: float = 0.0, relevance: float | None = None) -> Result:
    return Result(chunk_id=1, score=0.1, text="", highlights=[], citation={},
                  similarity=similarity, coverage=coverage, relevance=relevance)


def test_the_quick_ranking_is_judged_by_its_best_cosine_and_coverage():
    just = QUICK_THRESHOLD - COVERAGE_WEIGHT * 0.5
    assert answerable([_result(0.1), _result(just, coverage=0.5)])
    assert not answerable([_result(just - 0.01, coverage=0.5)])
    assert answer_score([_result(0.5, 0.25), _result(0.2, 0.75)]) == \
        (False, pytest.approx(0.5 + COVERAGE_WEIGHT * 0.75))
    assert not answerable([])


def test_a_close_reading_is_judged_by_the_cross_encoder_alone():
    """A high cosine does not outvote the cross-encoder that read the passage."""
    assert not answerable([_result(0.9, 1.0, relevance=CROSS_THRESHOLD - 0.1)])
    assert answerable([_result(0.0, 0.0, relevance=CROSS_THRESHOLD - 5),
                       _result(0.0, 0.0, relevance=CROSS_THRESHOLD)])


def test_the_fitted_threshold_keeps_the_answered_and_refuses_the_rest():
    scores = Scores(answered=[float(v) for v in range(10, 30)],
                    offtopic=[float(v) for v in range(0, 12)])
    threshold = fit(scores)
    assert 10 < threshold < 12
    kept, refused = shares(scores, threshold)
    assert kept >= 0.95 and refused >= 0.9
    for fitted, (kept, refused) in cross_validate(scores):
        assert 9 <= fitted <= 12 and kept >= 0.9 and refused >= 0.8


@pytest.fixture(scope="module")
def client(seed_index, embedder) -> TestClient:
    return TestClient(create_app(seed_index, embedder), base_url="http://localhost")


@pytest.mark.parametrize("rerank", [False, True])
def test_the_api_says_whether_the_papers_answer(client, rerank):
    covered = client.get("/api/ask", params={"q": COVERED, "rerank": rerank}).json()
    assert covered["answerable"] is True
    assert "Sunday" in covered["results"][0]["text"]
    elsewhere = client.get("/api/ask", params={"q": NOT_COVERED, "rerank": rerank}).json()
    assert elsewhere["answerable"] is False
    assert elsewhere["results"]  # the nearest passages are still given
    assert (elsewhere["results"][0]["relevance"] is None) is not rerank


def test_the_command_line_says_so_too(seed_index, capsys):
    index = ["--index", str(seed_index.index_dir)]
    assert main(["ask", NOT_COVERED, "-k", "2", *index]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Nothing in the indexed papers answers this.")
    assert "1. " in printed  # followed by the nearest passages
    assert main(["ask", COVERED, "-k", "2", "--json", *index]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["answerable"] is True and len(answer["results"]) == 2


def test_eval_abstain_prints_both_shares_for_both_rankings(seed_index, tmp_path, capsys):
    questions = tmp_path / "set.jsonl"
    questions.write_text(json.dumps({"id": "q1", "question": COVERED,
                                     "doc": "corpus/planning-pack.pdf",
                                     "must_contain": ["Sunday afternoons"]}) + "\n")
    offtopic = tmp_path / "offtopic.jsonl"
    offtopic.write_text("".join(json.dumps({"id": f"o{i}", "question": q}) + "\n"
                                for i, q in enumerate([NOT_COVERED, "How do I bake bread?"])))
    assert main(["eval", str(questions), "--abstain", str(offtopic), "--docs-root",
                 str(seed_index.index_dir.parent), "--index", str(seed_index.index_dir)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("answerable among 1 answered in the top 5: 1.0") == 2
    assert printed.count("not answerable among 2 off-topic: 1.0") == 2
    assert "quick ranking" in printed and "close reading" in printed
