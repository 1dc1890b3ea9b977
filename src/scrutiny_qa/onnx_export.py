"""A sentence-transformers model exported to ONNX once, cached, and run with onnxruntime.

onnxruntime runs MiniLM's small matrices with less per-operator overhead than PyTorch, so
the same vectors come faster (measured by `scrutiny-qa bench`). The exported graph is the
transformer with the model's mean pooling and L2 normalisation, so its vectors are the
PyTorch ones to rounding and an index built by either path is read by the other; `load`
checks this on a probe text before the path is used. The export is written once, beside the
model when that folder is writable, else under the user's cache folder, and keyed by the
model's files and the torch and onnxruntime versions, so an upgrade exports afresh.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

EXPORT_VERSION = 1  # bump when the exported graph changes, so cached exports are redone
CACHE_NAME = ".scrutiny-qa-onnx"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
MIN_COSINE = 0.9999  # the probe's ONNX vector against PyTorch's, below which ONNX is refused
PROBE = "The committee resolved to fund the Ashford library's Sunday opening from April."


class OnnxUnavailable(RuntimeError):
    """The model cannot be run through ONNX here; the reason says why."""


class OnnxEncoder:
    """Runs the exported model: one single-threaded session for lone texts (a question:
    questions served at once then use a core each, with no thread team to wait for), and a
    session with a thread per core for batches, each opened on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sessions: dict[int, object] = {}

    def session(self, threads: int):  # noqa: ANN201 - onnxruntime is imported lazily
        if threads not in self._sessions:
            self._sessions[threads] = open_session(self.path, threads)
        return self._sessions[threads]

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


def load(model, folder: Path, check: Callable[[list[str]], np.ndarray]) -> OnnxEncoder:  # noqa: ANN001
    """The ONNX encoder for `model` (a SentenceTransformer loaded from `folder`), exporting it
    first if no cached export exists; `check` is the PyTorch encode its vectors must match.
    Raises OnnxUnavailable (or the export's own error) when the path cannot be used."""
    if not folder.is_dir():
        raise OnnxUnavailable(f"'{folder}' is not a model folder to key an export by")
    path = cached_export(model, folder)
    encoder = OnnxEncoder(path)
    ids = np.array([model.tokenizer(PROBE)["input_ids"]], dtype=np.int64)
    cosine = float(encoder.run(ids, np.ones_like(ids))[0] @ check([PROBE])[0])
    if cosine < MIN_COSINE:
        raise OnnxUnavailable(f"its vectors differ from PyTorch's (cosine {cosine:.6f}); "
                              "only mean-pooled, normalised models are exported")
    return encoder


def cached_export(model, folder: Path) -> Path:  # noqa: ANN001
    """The export's path: found in a cache folder, or written to the first writable one."""
    name = f"model-{cache_key(folder)}.onnx"
    places = cache_folders(folder)
    for place in places:
        if (place / name).is_file():
            return place / name
    for place in places:
        try:
            place.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(place, os.W_OK):
            return export(model, place / name)
    raise OnnxUnavailable(f"no writable folder for the export among {', '.join(map(str, places))}")


def cache_folders(folder: Path) -> list[Path]:
    """Beside the model first (shared by every index and user of this install), then the
    user's own cache folder."""
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return [folder / CACHE_NAME, user_cache / "scrutiny-qa" / "onnx"]


def cache_key(folder: Path) -> str:
    """SHA-256 over the model's files (names and bytes) and the versions that shape the
    export, so changed weights or an upgraded exporter or runtime never reuse an old file."""
    import onnxruntime
    import torch

    digest = hashlib.sha256(f"{EXPORT_VERSION} {torch.__version__} {onnxruntime.__version__}"
                            .encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()
                       and CACHE_NAME not in p.relative_to(folder).parts):
        digest.update(str(path.relative_to(folder)).encode())
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()[:16]


def export(model, target: Path) -> Path:  # noqa: ANN001
    """Export the transformer with mean pooling and normalisation to `target`, written under
    a temporary name and renamed, so a reader never sees half a file."""
    import torch

    graph = _pooled(model).eval()
    sample = model.tokenizer(["a short text", "a"], padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    handle, temporary = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
    os.close(handle)
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # the tracer's notes on shapes it fixes
            torch.onnx.export(graph, tuple(sample[name] for name in INPUTS), temporary,
                              input_names=list(INPUTS), output_names=["embedding"],
                              dynamic_axes={**axes, "embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide a shared export from others
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
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
