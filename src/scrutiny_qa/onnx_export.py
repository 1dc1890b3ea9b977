"""A sentence-transformers model exported to ONNX once, cached, and run with onnxruntime.

onnxruntime runs MiniLM's small matrices with less per-operator overhead than PyTorch, so
the same vectors come faster (measured by `scrutiny-qa bench`). The exported graph is the
transformer with the model's mean pooling and L2 normalisation, so its vectors are the
PyTorch ones to rounding and an index built by either path is read by the other; the
export is checked on a probe text when it is made. Beside the graph it holds the model's
tokenizer and the facts the product asks of a model (dimension, token limit), so that a
cached export is run without importing torch or sentence-transformers at all: those
imports took ~4 s of the ~5.7 s a one-off `scrutiny-qa ask` cost. The export is written
once, beside the model when that folder is writable, else under the user's cache folder,
and keyed by the model's files and the torch and onnxruntime versions, so an upgrade
exports afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable
from functools import cached_property
from importlib import metadata
from pathlib import Path

import numpy as np

from scrutiny_qa import onnx_models

# Bump when what an export holds changes, so cached exports are redone (2: the tokenizer
# and the model's facts beside the graph, in a folder of their own).
EXPORT_VERSION = 2
CACHE_NAME = ".scrutiny-qa-onnx"
FACTS = "facts.json"  # written last: an export folder holding it is whole
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
MIN_COSINE = 0.9999  # the probe's ONNX vector against PyTorch's, below which ONNX is refused
PROBE = "The committee resolved to fund the Ashford library's Sunday opening from April."


class OnnxUnavailable(RuntimeError):
    """The model cannot be run through ONNX here; the reason says why."""


class OnnxEncoder:
    """Runs an export (a folder: `model.onnx`, `tokenizer.json`, FACTS): one single-threaded
    session for lone texts (a question: questions served at once then use a core each, with
    no thread team to wait for), and a session with a thread per core for batches, each
    opened on first use, as is the tokenizer."""

    def __init__(self, folder: Path, facts: dict) -> None:
        self.folder = folder
        self.dimension = int(facts["dimension"])
        self.max_tokens = int(facts["max_tokens"])  # special tokens included
        self.pad_id = int(facts["pad_id"])
        self._sessions: dict[int, object] = {}

    def session(self, threads: int):  # noqa: ANN201 - onnxruntime is imported lazily
        if threads not in self._sessions:
            self._sessions[threads] = open_session(self.folder / "model.onnx", threads)
        return self._sessions[threads]

    @cached_property
    def _counter(self):  # noqa: ANN202 - a tokenizers.Tokenizer counting whole texts
        return onnx_models.tokenizer(self.folder)

    @cached_property
    def _feeder(self):  # noqa: ANN202 - cuts what it feeds the model at max_tokens
        return onnx_models.tokenizer(self.folder, self.max_tokens)

    def count_tokens(self, text: str) -> int:
        """Tokens the model would see for the whole of `text`, specials included."""
        return len(self._counter.encode(text).ids)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ids as the model reads them: cut at its limit, unpadded."""
        return [encoding.ids for encoding in self._feeder.encode_batch(texts)]

    def run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Unit vectors for a batch of token ids (int64, padded, with their mask)."""
        threads = 1 if len(ids) == 1 else max(1, min(os.cpu_count() or 1, 4))
        session = self.session(threads)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return session.run(None, feeds)[0]


def open_session(path: Path, threads: int):  # noqa: ANN201
    """A CPU session with `threads` threads per operator that sleep rather than spin when idle
    (spinning threads steal the shared cores from the rest of the server)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def load(folder: Path, model: Callable[[], object],
         check: Callable[[list[str]], np.ndarray]) -> OnnxEncoder:
    """The ONNX encoder for the sentence-transformers model in `folder`: its cached export,
    or one made first from `model()` (the loaded model, asked for only then) and checked
    against `check` (PyTorch's encode). Raises OnnxUnavailable (or the export's own error)
    when the path cannot be used."""
    if not folder.is_dir():
        raise OnnxUnavailable(f"'{folder}' is not a model folder to key an export by")
    export_folder = cached_export(model, folder, check)
    facts = json.loads((export_folder / FACTS).read_text(encoding="utf-8"))
    if "refused" in facts:
        raise OnnxUnavailable(facts["refused"])
    return OnnxEncoder(export_folder, facts)


def cached_export(model: Callable[[], object], folder: Path,
                  check: Callable[[list[str]], np.ndarray]) -> Path:
    """The export's folder: found whole in a cache folder, or written to the first writable
    one."""
    name = f"model-{cache_key(folder)}"
    places = cache_folders(folder)
    for place in places:
        if (place / name / FACTS).is_file():
            return place / name
    for place in places:
        try:
            place.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(place, os.W_OK):
            return export(model(), place / name, check)
    raise OnnxUnavailable(f"no writable folder for the export among {', '.join(map(str, places))}")


def cache_folders(folder: Path) -> list[Path]:
    """Beside the model first (shared by every index and user of this install), then the
    user's own cache folder."""
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return [folder / CACHE_NAME, user_cache / "scrutiny-qa" / "onnx"]


def cache_key(folder: Path) -> str:
    """SHA-256 over the model's files (names and bytes) and the versions that shape the
    export, so changed weights or an upgraded exporter or runtime never reuse an old file.
    The versions are read from the installed packages' metadata: importing torch to ask
    would cost the very seconds the cache saves."""
    digest = hashlib.sha256(f"{EXPORT_VERSION} {_version('torch')} {_version('onnxruntime')}"
                            .encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()
                       and CACHE_NAME not in p.relative_to(folder).parts):
        digest.update(str(path.relative_to(folder)).encode())
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()[:16]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def export(model, target: Path, check: Callable[[list[str]], np.ndarray]) -> Path:  # noqa: ANN001
    """Export `model` (a SentenceTransformer) to the folder `target`: the transformer with
    mean pooling and normalisation, its tokenizer, and its facts, written under a temporary
    name and renamed, so a reader never sees half an export. The probe text's vector must
    match `check`'s; an export that does not is kept as a refusal saying why (its facts
    alone), so that it is not made again at every start."""
    import torch

    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        graph = _pooled(model).eval()
        sample = model.tokenizer(["a short text", "a"], padding=True, return_tensors="pt")
        axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # the tracer's notes on shapes it fixes
            torch.onnx.export(graph, tuple(sample[name] for name in INPUTS),
                              str(staging / "model.onnx"), input_names=list(INPUTS),
                              output_names=["embedding"],
                              dynamic_axes={**axes, "embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
        model.tokenizer.backend_tokenizer.save(str(staging / "tokenizer.json"))
        facts: dict = {"dimension": int(model.get_embedding_dimension()),
                       "max_tokens": int(model.max_seq_length),
                       "pad_id": int(model.tokenizer.pad_token_id or 0)}
        encoder = OnnxEncoder(staging, facts)
        ids = np.array(encoder.token_ids([PROBE]), dtype=np.int64)
        cosine = float(encoder.run(ids, np.ones_like(ids))[0] @ check([PROBE])[0])
        if cosine < MIN_COSINE:
            facts = {"refused": f"its vectors differ from PyTorch's (cosine {cosine:.6f}); "
                                "only mean-pooled, normalised models are exported"}
            for path in staging.iterdir():
                path.unlink()
        (staging / FACTS).write_text(json.dumps(facts), encoding="utf-8")
        os.chmod(staging, 0o755)  # mkdtemp's 0700 would hide a shared export from others
        try:
            os.rename(staging, target)
        except OSError:  # another process made it meanwhile: theirs is as good
            if not (target / FACTS).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _pooled(model):  # noqa: ANN001, ANN202 - torch is imported lazily
    """The model's transformer followed by mean pooling over real tokens and L2 norm, as
    sentence-transformers computes them for a mean-pooled, normalised model."""
    import torch

    class MeanPooled(torch.nn.Module):
        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN201
            tokens = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    return MeanPooled(model[0].auto_model)
