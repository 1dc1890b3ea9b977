"""Re-ranking with the bundled cross-encoder: it reads question and passage together, joins
the fused order on request, and a missing model is a clear error, not a silent fallback."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from fastapi.testclient import TestClient

from scrutiny_qa.api import create_app
from scrutiny_qa.query.close_reading import RERANK_DENSE, RERANK_TOP
from scrutiny_qa.record_search import open_search
from scrutiny_qa.rerank import Reranker, resolve_reranker_path


@pytest.fixture(scope="module")
def reranker() -> Reranker:
    return Reranker()


def test_the_passage_that_answers_scores_above_ones_that_share_its_words(reranker):
    question = "When will the new library open in Ashford?"
    answer = "The new Ashford library is due to open to the public in March 2026."
    same_words = "Ashford library staff attended a training day on customer service."
    unrelated = "The highways team resurfaced twelve roads in Dover last winter."
    scores = reranker.scores(question, [unrelated, same_words, answer])
    assert scores.shape == (3,)
    assert scores[2] > scores[1] > scores[0]
    assert reranker.scores(question, []).shape == (0,)


def test_a_passage_scores_the_same_whatever_is_read_with_it(reranker):
    question = "When will the new library open in Ashford?"
    passages = ["The new Ashford library is due to open in March 2026.",
                "The highways team resurfaced twelve roads in Dover last winter after storms."]
    alone = [reranker.scores(question, [text])[0] for text in passages]
    assert np.allclose(reranker.scores(question, passages), alone, atol=1e-5)


def test_a_long_passage_is_cut_to_the_model_length_not_refused(reranker):
    long = "The committee noted the report. " * 400
    assert reranker.scores("what did the committee note?", [long]).shape == (1,)


def test_a_folder_without_a_model_names_what_is_missing(tmp_path):
    (tmp_path / "tokenizer.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match="model.onnx"):
        resolve_reranker_path(str(tmp_path))
    with pytest.raises(FileNotFoundError, match="tokenizer.json, model.onnx"):
        resolve_reranker_path(str(tmp_path / "nowhere"))


def test_a_reranked_search_keeps_its_answer_and_says_what_the_model_ranked(seed_index,
                                                                         embedder):
    client = TestClient(create_app(seed_index, embedder), base_url="http://localhost")
    question = "What did Cabinet decide about Sunday opening of branch libraries?"
    plain = client.get("/api/ask", params={"q": question, "k": 5}).json()["results"]
    crossed = client.get("/api/ask", params={"q": question, "k": 5,
                                             "rerank": "true"}).json()["results"]
    assert all(r["ranks"]["cross"] is None for r in plain)
    assert all(r["ranks"]["cross"] for r in crossed)  # the top five were all read
    assert "Sunday opening of branch libraries" in crossed[0]["text"]


def test_a_missing_reranker_is_503_naming_it_and_plain_search_still_works(seed_index,
                                                                          embedder, tmp_path):
    settings = dataclasses.replace(seed_index, reranker=str(tmp_path / "no-model"))
    client = TestClient(create_app(settings, embedder), base_url="http://localhost")
    response = client.get("/api/ask", params={"q": "library opening", "rerank": "true"})
    assert response.status_code == 503 and "no-model" in response.json()["detail"]
    assert client.get("/api/ask", params={"q": "library opening"}).status_code == 200


class _Reader:
    """Stands in for the cross-encoder: remembers what it was given to read."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def scores(self, question: str, texts: list[str]) -> np.ndarray:
        self.read += texts
        return np.zeros(len(texts), dtype=np.float32)


def test_the_cross_encoder_reads_the_fused_top_and_the_dense_top(seed_index, embedder):
    searcher = open_search(seed_index, embedder).searcher
    reader = searcher.reranker = _Reader()
    question = "How many newly qualified social workers finished their first year?"
    results = searcher.search(question, k=5, rerank=True)
    dense = searcher.dense(embedder.encode_query(question))[: RERANK_DENSE]
    rows = searcher.conn.execute("SELECT id, context, text FROM chunks").fetchall()
    texts = {row["id"]: row["text"] for row in rows}
    # every one is read, with its context line, or a copy of its text printed elsewhere is
    for chunk_id in [*dense, *(r.chunk_id for r in results)]:
        assert any(read.endswith(texts[chunk_id]) for read in reader.read)
    assert RERANK_TOP < len(reader.read) <= RERANK_TOP + RERANK_DENSE
    assert len(reader.read) == len(set(reader.read))  # no text read twice


def test_the_cross_encoder_reads_a_passage_s_acronyms_in_the_question_s_words(seed_index,
                                                                            embedder):
    searcher = open_search(seed_index, embedder).searcher
    reader = searcher.reranker = _Reader()
    searcher.search("What did the child and adolescent mental health services report?",
                    k=5, rerank=True)
    shortened = [text for text in reader.read if re.search(r"\bCAMHS\b", text)]
    assert shortened, "no passage using the acronym was read"
    spelled = "CAMHS (child and adolescent mental health service"
    assert all(spelled in text for text in shortened
               if "adolescent mental health" not in text.lower())
    assert any(spelled in text for text in shortened)
