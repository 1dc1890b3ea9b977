"""Benchmark: what an ingest and a question cost, next to what the model alone costs.

Encoding is the floor of a plain PyTorch pipeline: it indexes passages no faster than the
model embeds them, and answers no faster than the model embeds the question. So each time is
reported with the bare PyTorch sentence-transformers time for the same inputs in the same
process, and the targets are ratios to it (below 1 where the ONNX path beats it), which stay
comparable on a busy or a slower machine where raw times do not.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import json
import os
import resource
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from scrutiny_qa import index, prepare, store
from scrutiny_qa import ingest as pipeline
from scrutiny_qa.acronyms import spell_out
from scrutiny_qa.chunk import embedded_text
from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder, make_embedder
from scrutiny_qa.walk import find_files

if TYPE_CHECKING:
    from fastapi import FastAPI

    from scrutiny_qa.retrieve import Searcher

# The bare encodes are PyTorch sentence-transformers (issue 28's targets).
INGEST_TARGET = 0.6  # total ingest time / bare encode time of the passages embedded
QUERY_TARGET = 1.0  # in-process search p50 / bare question-encode p50
RERANK_TARGET = 10.0  # search with re-ranking p50 / bare question-encode p50
THROUGHPUT_TARGET = 1.0  # HTTP questions/s with all clients x bare question-encode p50 (s)
HTTP_TARGET_MS = 50.0  # HTTP p50 with one client
WARMUP = 5  # questions asked first and not counted (lazy imports, first-call allocations)
FALLBACK_QUESTIONS = [
    "What did the committee resolve about the budget?",
    "Which school attendance figures were reported?",
    "What was said about the EHC plan backlog?",
    "Who gave apologies for absence?",
    "When will the next meeting take place?",
]

# Ingest stages timed by wrapping these functions of the pipeline for the length of one
# run, so the pipeline modules carry no timing code. Names missing here are "other" time:
# reading and hashing files, duplicate checks, acronyms, the final SQLite commit.
_STAGES = {
    "extract": (prepare, ("extract", "split_at_stamps")),
    "metadata": (prepare, ("infer_meta",)),
    "structure": (prepare, ("analyse",)),
    "chunk": (prepare, ("chunk_blocks",)),
    "store": (pipeline, ("_insert_document", "_insert_pages", "_insert_items",
                         "_insert_passages")),
    "faiss+manifest": (index, ("commit_generation",)),
}


def percentiles(seconds: list[float]) -> dict:
    """p50/p95/p99 and mean of a list of durations, in milliseconds."""
    if not seconds:
        return {"n": 0}
    ms = np.asarray(seconds) * 1000
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {"n": len(ms), "mean_ms": round(float(ms.mean()), 2), "p50_ms": round(float(p50), 2),
            "p95_ms": round(float(p95), 2), "p99_ms": round(float(p99), 2)}


def timed(call: Callable[[], object]) -> float:
    """Wall-clock seconds `call` takes (perf_counter: monotonic, sub-microsecond)."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def bare_encode(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """The model's own encode with the settings the embedder uses, nothing else: for
    sentence-transformers models its PyTorch `encode`, whichever path the embedder takes;
    for the bundled bge ONNX model, the embedder's runner (tokenise, run, pool)."""
    return embedder.model_encode(texts)


def bare_query_encode(embedder: Embedder, question: str) -> np.ndarray:
    """The bare encode of one question, on the threads the model library would use for it
    in `Embedder.encode_query` (one, for PyTorch)."""
    with embedder.model_query_threads():
        return bare_encode(embedder, [embedder.query_text(question)])


# --- ingest -------------------------------------------------------------------------------


def bench_ingest(paths: list[Path], settings: Settings, embedder: Embedder, workdir: Path,
                 limit: int | None = None) -> dict:
    """Ingest `paths` into a fresh index under `workdir`, then encode the very texts it
    embedded once more, bare, in one call (the floor: best length-batching possible)."""
    files = find_files(paths).files[:limit] if limit else paths
    fresh = dataclasses.replace(settings, index_dir=workdir / "index")
    with stage_timer(embedder) as stages:
        summary = pipeline.ingest(files, fresh, embedder)
    generation = index.current_generation(fresh.index_dir)
    texts = embedded_texts(generation / index.STORE_FILE)
    bare = timed(lambda: bare_encode(embedder, texts))
    seconds = summary.seconds
    stages["other"] = seconds - stages["encode"] - sum(stages[k] for k in _STAGES)
    return {
        "files": summary.files, "failed": len(summary.failures), "pages": summary.pages,
        "passages": summary.passages, "embedded": summary.embedded,
        "bare_encoded": len(texts), "seconds": round(seconds, 2),
        "pages_per_s": round(summary.pages / seconds, 1),
        "passages_per_s": round(summary.passages / seconds, 1),
        "bare_pytorch_encode_seconds": round(bare, 2),
        "ratio_to_bare_encode": round(seconds / bare, 3),
        "stages_seconds": {k: round(v, 2) for k, v in stages.items()},
        "index_size": _size_of(fresh),
        "index": str(fresh.index_dir),
    }


def embedded_texts(store_path: Path) -> list[str]:
    """The distinct texts the ingest embedded: each passage's context line and text, as
    `chunk.embedded_text` builds them, with its paper's acronyms spelled out (one per embed
    hash, as ingest encodes them)."""
    conn = store.connect(store_path, readonly=True)
    rows = conn.execute("SELECT document_id, context, text FROM chunks GROUP BY embed_hash"
                        ).fetchall()
    pairs: dict[int, list[tuple[str, str]]] = {}
    for row in conn.execute("SELECT document_id, short, long FROM acronyms"):
        pairs.setdefault(row["document_id"], []).append((row["short"], row["long"]))
    conn.close()
    spellers = {doc_id: spell_out(found) for doc_id, found in pairs.items()}
    return [spellers.get(r["document_id"], str)(embedded_text(r["context"], r["text"]))
            for r in rows]


@contextlib.contextmanager
def stage_timer(embedder: Embedder) -> Iterator[dict[str, float]]:
    """Seconds spent in each stage of the ingest run inside the block. "tokenizer check"
    (the embedder's length check) happens inside "chunk" and is not added to the total."""
    times: dict[str, float] = dict.fromkeys([*_STAGES, "encode", "tokenizer check"], 0.0)
    targets = [(owner, name, stage) for stage, (owner, names) in _STAGES.items()
               for name in names]
    targets += [(embedder, "encode", "encode"), (embedder, "fits", "tokenizer check")]
    saved = [(owner, name, vars(owner).get(name)) for owner, name, _ in targets]
    for owner, name, stage in targets:
        setattr(owner, name, _clocked(getattr(owner, name), stage, times))
    try:
        yield times
    finally:
        for owner, name, original in saved:
            if original is None:  # a method looked up on the class: drop the instance copy
                delattr(owner, name)
            else:
                setattr(owner, name, original)


def _clocked(function: Callable, stage: str, times: dict[str, float]) -> Callable:
    def clocked(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times[stage] += time.perf_counter() - started

    return clocked


# --- queries ------------------------------------------------------------------------------


def load_questions(path: Path | None) -> tuple[list[str], str]:
    """The questions to time and where they came from (built-in ones when `path` is gone)."""
    if path is None or not path.is_file():
        return FALLBACK_QUESTIONS, "built-in"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()], str(path)


def bench_search(searcher: Searcher, questions: list[str], rounds: int) -> dict:
    """Searcher.search end to end against the bare encode of the same question, interleaved
    so that a burst of load from elsewhere hits both alike."""
    for question in questions[:WARMUP]:
        searcher.search(question)
    search, encode = [], []
    for _ in range(rounds):
        for question in questions:
            encode.append(timed(lambda q=question: bare_query_encode(searcher.embedder, q)))
            search.append(timed(lambda q=question: searcher.search(q)))
    report = {"search": percentiles(search), "bare_encode_query": percentiles(encode)}
    report["ratio_p50"] = round(report["search"]["p50_ms"] / report["bare_encode_query"]
                                ["p50_ms"], 3)
    # Re-ranking is asked for per search and has no target: one round says what it costs.
    searcher.search(questions[0], rerank=True)
    report["search_reranked"] = percentiles(
        [timed(lambda q=question: searcher.search(q, rerank=True)) for question in questions])
    return report


def bench_http(app: FastAPI, questions: list[str], rounds: int, clients: int) -> dict:
    """GET /api/ask on the real app under uvicorn: one client in turn, then `clients` at once.
    The clients are threads of this process, so they share its GIL with the server: the
    queries per second are what the server gives with its clients' parsing on its back."""
    with serving(app) as port:
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for question in questions[:WARMUP]:
            _ask(client, question)
        client.close()
        asked = questions * rounds
        return {"sequential": _load(port, asked, 1), "concurrent": _load(port, asked, clients)}


def _load(port: int, questions: list[str], clients: int) -> dict:
    """Send every question once over `clients` threads, each on its own kept-alive
    connection (http.client from the standard library, so that a plain `pip install .`
    benchmarks: no client library beyond what the product installs)."""
    local = threading.local()
    opened: list[http.client.HTTPConnection] = []

    def one(question: str) -> float:
        if not hasattr(local, "client"):
            local.client = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            opened.append(local.client)
        return timed(lambda: _ask(local.client, question))

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as workers:
        latencies = list(workers.map(one, questions))
    wall = time.perf_counter() - started
    for client in opened:
        client.close()
    return {"clients": clients, **percentiles(latencies), "qps": round(len(questions) / wall, 1)}


def _ask(client: http.client.HTTPConnection, question: str) -> None:
    """One question, its whole answer read (so the connection can be reused)."""
    client.request("GET", "/api/ask?" + urllib.parse.urlencode({"q": question}))
    response = client.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"/api/ask answered {response.status}: {body[:200]!r}")


@contextlib.contextmanager
def serving(app: FastAPI) -> Iterator[int]:
    """Run `app` under uvicorn in a background thread on a free local port; yield the port.

    uvicorn binds the port itself (port 0: any free one), as `serve` does: a socket handed to
    it would not get TCP_NODELAY, and every keep-alive response would wait ~40 ms for the
    client's delayed ACK."""
    import uvicorn

    with running(uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0,
                                               log_level="warning"))) as port:
        yield port


@contextlib.contextmanager
def running(server) -> Iterator[int]:  # noqa: ANN001 - a uvicorn.Server
    """Run `server` in a background thread; yield its port once it listens, and stop it
    when the block ends."""
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the benchmark server did not start")
        time.sleep(0.01)
    try:
        yield int(server.servers[0].sockets[0].getsockname()[1])
    finally:
        server.should_exit = True
        thread.join()


# --- memory and size ----------------------------------------------------------------------


def memory() -> dict:
    """Peak resident memory of this process so far, and resident memory now, in MiB."""
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"peak_rss_mib": round(peak_kib / 1024, 1), "rss_mib": rss_mib()}


def rss_mib(pid: int | str = "self") -> float | None:
    """Resident memory now of process `pid` (this one by default), in MiB; None if unknown."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def _size_of(settings: Settings) -> dict:
    opened = index.open_index(settings)
    try:
        return index_size(opened)
    finally:
        opened.conn.close()


def index_size(opened: index.OpenIndex) -> dict:
    """Bytes on disk of the index: a generation's SQLite store, FAISS vectors and whole
    folder, or a database's whole size."""
    if opened.path is None:
        size = opened.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        return {"total_mib": round(size / 2**20, 2)}
    generation = opened.path
    files = [p for p in generation.rglob("*") if p.is_file()]
    return {"sqlite_mib": _mib(generation / index.STORE_FILE),
            "faiss_mib": _mib(generation / index.VECTORS_FILE),
            "total_mib": round(sum(p.stat().st_size for p in files) / 2**20, 2)}


def _mib(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 2)


# --- the whole run ------------------------------------------------------------------------


@dataclasses.dataclass
class Options:
    """What to benchmark; see `scrutiny-qa bench --help`."""

    paths: list[Path]
    questions: Path | None
    rounds: int = 3
    clients: int = 8
    limit: int | None = None
    skip_ingest: bool = False
    skip_http: bool = False
    query_own_index: bool = False  # query --index even after an ingest run


def run(options: Options, settings: Settings, embedder: Embedder | None = None) -> dict:
    """Every part asked for, in one process, as a JSON-ready report."""
    report: dict = {"load_before": _load_average()}
    embedder = embedder or make_embedder(settings.model, settings.batch_size)
    report["model_load_seconds"] = round(timed(  # both paths: the pipeline's and the bare one
        lambda: (embedder.encode(["warm up"]), bare_encode(embedder, ["warm up"]))), 2)
    report["backend"] = embedder.backend
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as workdir:
        query_settings = settings
        if not options.skip_ingest:
            report["ingest"] = bench_ingest(options.paths, settings, embedder, Path(workdir),
                                            options.limit)
            report["memory_after_ingest"] = memory()
            if not options.query_own_index:
                query_settings = dataclasses.replace(
                    settings, index_dir=Path(report["ingest"]["index"]))
        report["query"] = bench_queries(query_settings, embedder, options)
    report["memory_at_end"] = memory()
    report["load_after"] = _load_average()
    report["targets"] = targets(report)
    return report


def bench_queries(settings: Settings, embedder: Embedder, options: Options) -> dict:
    """Open the index as `serve` does, then time searches in-process and over HTTP."""
    from scrutiny_qa.api import create_app
    from scrutiny_qa.record_search import open_search

    searcher = open_search(settings, embedder).searcher  # as `ask` and the API search
    opened = searcher.index
    questions, source = load_questions(options.questions)
    report = {"index": opened.name, "index_size": index_size(opened),
              "memory_after_open": memory(), "questions": len(questions),
              "questions_from": source, "rounds": options.rounds,
              **bench_search(searcher, questions, options.rounds)}
    if not options.skip_http:
        report["http"] = bench_http(create_app(settings, embedder), questions,
                                    options.rounds, options.clients)
    opened.conn.close()
    return {**headline(report), **report}


def headline(query: dict) -> dict:
    """The few numbers the issue tracks, under flat names (the qps key names the number of
    clients: `http_qps_8_clients` by default)."""
    numbers = {"search_p50_ms": query["search"]["p50_ms"],
               "bare_pytorch_query_encode_p50_ms": query["bare_encode_query"]["p50_ms"],
               "rerank_p50_ms": query["search_reranked"]["p50_ms"]}
    if "http" in query:
        concurrent = query["http"]["concurrent"]
        numbers["http_p50_ms"] = query["http"]["sequential"]["p50_ms"]
        numbers[f"http_qps_{concurrent['clients']}_clients"] = concurrent["qps"]
    return numbers


def targets(report: dict) -> list[dict]:
    """The issue's targets, each with the measured value and whether it is met."""
    rows = []
    if "ingest" in report:
        ratio = report["ingest"]["ratio_to_bare_encode"]
        rows.append({"check": "ingest time / bare encode", "value": ratio,
                     "target": f"<= {INGEST_TARGET}", "ok": ratio <= INGEST_TARGET})
    query = report["query"]
    encode_ms = query["bare_pytorch_query_encode_p50_ms"]
    rows.append({"check": "search p50 / bare query-encode p50", "value": query["ratio_p50"],
                 "target": f"<= {QUERY_TARGET}", "ok": query["ratio_p50"] <= QUERY_TARGET})
    rerank = round(query["rerank_p50_ms"] / encode_ms, 2)
    rows.append({"check": "rerank p50 / bare query-encode p50", "value": rerank,
                 "target": f"<= {RERANK_TARGET:g}", "ok": rerank <= RERANK_TARGET})
    if "http" in query:
        p50 = query["http_p50_ms"]
        rows.append({"check": "HTTP p50, one client (ms)", "value": p50,
                     "target": f"< {HTTP_TARGET_MS:g}", "ok": p50 < HTTP_TARGET_MS})
        concurrent = query["http"]["concurrent"]
        served = round(concurrent["qps"] * encode_ms / 1000, 2)
        rows.append({"check": f"HTTP q/s ({concurrent['clients']} clients) x bare encode p50",
                     "value": served, "target": f">= {THROUGHPUT_TARGET:g}",
                     "ok": served >= THROUGHPUT_TARGET})
    return rows


def _load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# --- the printed report -------------------------------------------------------------------


def format_report(report: dict) -> str:
    """The report as a few aligned tables a person reads."""
    lines = [f"load average before: {report['load_before']}  after: {report['load_after']}"
             f"  (model load {report['model_load_seconds']} s, not counted; "
             f"encoding with {report['backend']})"]
    if "ingest" in report:
        lines += ["", *_ingest_lines(report["ingest"])]
    lines += ["", *_query_lines(report["query"]), "", *_memory_lines(report), "", "targets:"]
    lines += _table(["check", "measured", "target", ""],
                    [[t["check"], t["value"], t["target"], "pass" if t["ok"] else "FAIL"]
                     for t in report["targets"]])
    return "\n".join(lines)


def _ingest_lines(ingest: dict) -> list[str]:
    stages = ingest["stages_seconds"]
    return [
        f"ingest: {ingest['files']} files ({ingest['failed']} failed), {ingest['pages']} pages, "
        f"{ingest['passages']} passages ({ingest['embedded']} embedded) in {ingest['seconds']} s"
        f"  = {ingest['pages_per_s']} pages/s, {ingest['passages_per_s']} passages/s",
        f"bare PyTorch encode of the same {ingest['bare_encoded']} texts in one call: "
        f"{ingest['bare_pytorch_encode_seconds']} s  "
        f"(ingest / bare = {ingest['ratio_to_bare_encode']})",
        "where the ingest time went (s; tokenizer check is part of chunk):",
        *_table(list(stages), [list(stages.values())]),
        _size_line(ingest["index_size"]),
    ]


def _query_lines(query: dict) -> list[str]:
    header = ["latency (ms)", "n", "p50", "p95", "p99", "mean", "qps"]
    rows = [_latency_row("bare PyTorch encode_query", query["bare_encode_query"]),
            _latency_row("Searcher.search", query["search"]),
            _latency_row("  with --rerank (1 round)", query["search_reranked"])]
    for name, run in query.get("http", {}).items():
        rows.append(_latency_row(f"HTTP {name} ({run['clients']} client"
                                 f"{'s' if run['clients'] > 1 else ''})", run))
    return [f"queries: {query['questions']} questions ({query['questions_from']}) x "
            f"{query['rounds']} rounds on {query['index']}", *_table(header, rows),
            _size_line(query["index_size"])]


def _latency_row(name: str, stats: dict) -> list:
    return [name, stats["n"], stats["p50_ms"], stats["p95_ms"], stats["p99_ms"],
            stats["mean_ms"], stats.get("qps", "")]


def _memory_lines(report: dict) -> list[str]:
    opened = report["query"]["memory_after_open"]
    lines = [f"memory: RSS after loading model and index {opened['rss_mib']} MiB"]
    if "memory_after_ingest" in report:
        lines.append(f"        peak RSS by the end of ingest "
                     f"{report['memory_after_ingest']['peak_rss_mib']} MiB")
    lines.append(f"        peak RSS by the end of the run {report['memory_at_end']['peak_rss_mib']}"
                 " MiB")
    return lines


def _size_line(size: dict) -> str:
    if "sqlite_mib" not in size:  # a database: its whole size
        return f"index database: {size['total_mib']} MiB"
    return (f"index on disk: {size['total_mib']} MiB (SQLite {size['sqlite_mib']} MiB, "
            f"FAISS {size['faiss_mib']} MiB)")


def _table(header: list[str], rows: list[list]) -> list[str]:
    cells = [[str(c) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                      for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
            for row in cells]


def write_json(report: dict, path: Path) -> None:
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
