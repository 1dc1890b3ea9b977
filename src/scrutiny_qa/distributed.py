"""Ingest on a Ray cluster (`scrutiny-qa ingest PATHS --ray ADDRESS`).

The papers are prepared on the cluster and written here, by the driver, then linked here
and embedded on the cluster:

- The driver hashes every file first and deals with what needs no work (unreadable,
  unchanged, a copy of a paper indexed already) before anything is dispatched, as the
  local ingest does.
- Ray Data reads, extracts and structures each remaining paper in a task, then chunks it
  in an actor pool: the chunker measures passages with the embedding model's own
  tokenizer, which each actor loads once.
- Papers come back in the order of the files and the driver writes each in its own
  transaction (`ingest.Writer`), so a byte-identical copy becomes the alias of the paper
  before it, as locally, and writes work with either backend.
- A worker node that dies takes its papers in flight with it; Ray runs them again
  elsewhere, so a paper may be delivered twice: the driver writes a path once.
- Then the same stages as a local ingest (`ingest.finish`): linking on the driver, then
  context lines, whose texts to embed (those not embedded before) are encoded by a second
  actor pool, in order, slice by slice, and written by the driver.

Workers must see the papers at the same paths as the driver (one machine, or a shared
file system): they read the files, their manifests and sidecars themselves.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import ray
import ray.data

from scrutiny_qa import index
from scrutiny_qa.config import Settings
from scrutiny_qa.contextualise import EMBED_SLICE, Encoder
from scrutiny_qa.embed import Embedder, make_embedder
from scrutiny_qa.ingest import Summary, Writer, finish
from scrutiny_qa.prepare import Prepared, chunk, failure_reason, outline, read_regular, unreadable
from scrutiny_qa.walk import find_files

PACKAGE = Path(__file__).resolve().parent
PROBE_SECONDS = 5.0


@dataclass
class Outcome:
    """One file's trip through the cluster: the prepared paper or why it failed, the
    warnings met on the way, and the node that chunked it."""

    path: Path
    digest: str
    paper: Prepared | None = None
    failure: str | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)
    node: str | None = None


def ingest(
    paths: list[Path],
    settings: Settings,
    embedder: Embedder,
    address: str,
    actors: int | None = None,
    prune: bool = False,
    on_file: Callable[[Path], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    follow_links: bool = False,
    progress: bool = True,
) -> Summary:
    """`ingest.ingest` with the papers prepared, and their passages encoded, on the Ray
    cluster at `address` by `actors` actors a stage (default: one per CPU of the cluster);
    `embedder` measures the passages' embedded texts here, each actor loads its own;
    `progress`: Ray Data's bars."""
    started = time.perf_counter()
    found = find_files(paths, follow_links)
    summary = Summary(files=len(found.files), skipped=found.skipped)
    if on_start:
        on_start(len(found.files))
    with _joined(address, progress), index.writing(settings, embedder.dimension) as (
            conn, rebuilt):
        summary.rebuilt = rebuilt
        writer = Writer(conn, settings, summary)
        jobs = _triage(writer, found.files, on_file)
        pool = actors or _cluster_cpus()
        nodes = write_back(writer, _prepared(jobs, settings, pool), on_file)
        finish(writer, paths, found.files, prune, embedder, _encoder(settings, pool, nodes))
        summary.nodes = sorted(nodes)
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _joined(address: str, progress: bool) -> Iterator[None]:
    """The driver connected to the cluster, its workers given this copy of the package
    (so every node runs the driver's code, whatever version is installed there), and
    Ray Data set to hand results back in input order."""
    _reachable(address)
    ray.init(address=address, runtime_env={"py_modules": [str(PACKAGE)]},
             logging_level=logging.WARNING)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = progress
    if not progress:
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        yield
    finally:
        ray.shutdown()


def _reachable(address: str) -> None:
    """Refuse at once a `host:port` where nothing listens: Ray would retry for minutes."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or "://" in address:
        return  # "auto", "local", a ray:// URL: Ray's to resolve
    try:
        socket.create_connection((host, int(port)), timeout=PROBE_SECONDS).close()
    except OSError as exc:
        raise ValueError(f"no Ray cluster answers at {address} "
                         f"({exc.strerror or exc})") from None


def _cluster_cpus() -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _triage(writer: Writer, files: list[Path],
            on_file: Callable[[Path], None] | None) -> list[tuple[Path, str]]:
    """The files to dispatch, with their content hashes; the rest (unreadable, unchanged,
    a copy of a paper indexed already) are dealt with here, before any work is sent."""
    jobs = []
    for path in files:
        data = writer.read(path)
        if data is not None and writer.pending(path, digest := hashlib.sha256(data).hexdigest()):
            jobs.append((path, digest))
        elif on_file:
            on_file(path)
    return jobs


def write_back(writer: Writer, outcomes: Iterable[Outcome],
               on_file: Callable[[Path], None] | None = None) -> set[str]:
    """Write each paper that comes back, once, and return the nodes that embedded them.
    A path already written in this ingest is a paper Ray ran again after losing a node:
    dropped. Checked again against the index, a paper may now be a copy of one written
    before it (an alias, as in a local ingest)."""
    written: set[str] = set()
    nodes: set[str] = set()
    for outcome in outcomes:
        if outcome.node:
            nodes.add(outcome.node)
        if str(outcome.path) in written:
            continue
        written.add(str(outcome.path))
        writer.summary.warnings += outcome.warnings
        if outcome.failure is not None:
            writer.summary.failures.append((str(outcome.path), outcome.failure))
        elif writer.pending(outcome.path, outcome.digest):
            writer.index(outcome.path, lambda paper=outcome.paper: paper)
        if on_file:
            on_file(outcome.path)
    return nodes


def _prepared(jobs: list[tuple[Path, str]], settings: Settings,
              actors: int) -> Iterator[Outcome]:
    """The jobs' outcomes from the cluster, in the jobs' order."""
    if not jobs:
        return
    rows = [{"path": str(path), "digest": digest} for path, digest in jobs]
    dataset = (ray.data.from_items(rows)
               .map(_outlined)
               .map_batches(_Chunking, fn_constructor_args=(settings,), batch_size=1,
                            compute=ray.data.ActorPoolStrategy(size=actors)))
    for row in dataset.iter_rows():
        yield pickle.loads(row["outcome"])


def _outlined(row: dict) -> dict[str, bytes]:
    """Ray task: read one file and outline it (extract, metadata, structure). The outcome
    travels pickled, one cell a paper: Arrow has no column type for it."""
    outcome = Outcome(Path(row["path"]), row["digest"])
    data = _read(outcome)
    if data is not None:
        try:
            outcome.paper = outline(outcome.path, data, outcome.digest, outcome.warnings.append)
        except Exception as exc:
            outcome.failure = failure_reason(exc)
    return {"outcome": pickle.dumps(outcome)}


def _read(outcome: Outcome) -> bytes | None:
    """The file's bytes, as the driver hashed them; else None, with the failure set."""
    try:
        data = read_regular(outcome.path)
    except OSError as exc:
        outcome.failure = unreadable(exc)
        return None
    if hashlib.sha256(data).hexdigest() != outcome.digest:
        outcome.failure = "changed while it was being indexed: ingest it again"
        return None
    return data


class _Chunking:
    """Ray actor: chunks outlined papers with the model's tokenizer, loaded once."""

    def __init__(self, settings: Settings) -> None:
        self.chunking = settings.chunking
        self.embedder = make_embedder(settings.model, settings.batch_size)
        self.node = ray.get_runtime_context().get_node_id()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[bytes]]:
        return {"outcome": [pickle.dumps(self._finish(pickle.loads(cell)))
                            for cell in batch["outcome"]]}

    def _finish(self, outcome: Outcome) -> Outcome:
        outcome.node = self.node
        if outcome.paper is not None:
            try:
                outcome.paper = chunk(outcome.paper, self.chunking, self.embedder)
            except Exception as exc:
                outcome.paper, outcome.failure = None, failure_reason(exc)
        return outcome


def _encoder(settings: Settings, actors: int, nodes: set[str]) -> Encoder:
    """Encode on the cluster: texts in batches to a pool of `actors` encoding actors, their
    vectors back in the texts' order, EMBED_SLICE at a time; the nodes that encoded are
    added to `nodes`. A batch lost with its node is run again elsewhere."""
    def encode(texts: list[str]) -> Iterator[np.ndarray]:
        if not texts:
            return
        rows = settings.batch_size * 8  # a batch an actor encodes at a time
        blocks = -(-len(texts) // rows)  # one a batch, so that every actor has some
        dataset = ray.data.from_items([{"text": text} for text in texts],
                                      override_num_blocks=blocks).map_batches(
            _Encoding, fn_constructor_args=(settings,), batch_size=rows,
            compute=ray.data.ActorPoolStrategy(size=actors))
        for batch in dataset.iter_batches(batch_size=EMBED_SLICE, batch_format="numpy"):
            nodes.update(batch["node"].tolist())
            yield np.asarray(batch["vector"], dtype=np.float32)
    return encode


class _Encoding:
    """Ray actor: encodes texts with a model it loads once."""

    def __init__(self, settings: Settings) -> None:
        self.embedder = make_embedder(settings.model, settings.batch_size)
        self.node = ray.get_runtime_context().get_node_id()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts = batch["text"].tolist()
        return {"vector": self.embedder.encode(texts),
                "node": np.array([self.node] * len(texts))}
