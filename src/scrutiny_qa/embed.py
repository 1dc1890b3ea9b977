"""Embedding: sentence-transformers on CPU, normalised vectors, in batches.

The model is loaded once per process and only when needed (ingest, ask, serve), because it
is the slowest thing to start. Its own tokenizer decides whether a passage fits, so that the
chunker never hands it text it would silently truncate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property

import numpy as np

from scrutiny_qa.config import resolve_model_path


class Embedder:
    """A sentence-transformers model plus the facts the index records about it."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        self.name = model
        self.batch_size = batch_size

    @cached_property
    def _model(self):  # noqa: ANN202 - SentenceTransformer is imported lazily
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(resolve_model_path(self.name), device="cpu")

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        """Longest input, in the model's own tokens (special tokens included)."""
        return int(self._model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Tokens the model would see for `text`, counting [CLS]/[SEP]-style specials."""
        return len(self._model.tokenizer(text, add_special_tokens=True, truncation=False,
                                         verbose=False)["input_ids"])

    def fits(self, text: str) -> bool:
        return self.count_tokens(text) <= self.max_tokens

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text (inner product = cosine)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector, computed on the calling thread alone (see `one_thread`)."""
        with one_thread():
            return self.encode([text])[0]


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
