"""The benchmark's bookkeeping (never its timings): summaries, stage split, the report."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from conftest import PLANNING_PACK, ROOT, make_pdf
from scrutiny_qa import bench, prepare
from scrutiny_qa.config import Settings


def test_percentiles_in_milliseconds():
    stats = bench.percentiles([i / 1000 for i in range(1, 101)])
    assert stats["n"] == 100 and stats["mean_ms"] == 50.5
    assert stats["p50_ms"] == 50.5 and stats["p95_ms"] == 95.05 and stats["p99_ms"] == 99.01
    assert bench.percentiles([]) == {"n": 0}


def test_ingest_bench_encodes_exactly_what_ingest_embedded(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "003_84ecb4af7ae692af.txt", corpus)
    make_pdf(corpus / "planning-pack.pdf", PLANNING_PACK)
    extract = prepare.extract
    report = bench.bench_ingest([corpus], Settings(), embedder, tmp_path / "work")
    assert prepare.extract is extract and "encode" not in vars(embedder)  # unwrapped again
    assert report["files"] == 2 and report["pages"] == 4
    assert report["bare_encoded"] == report["embedded"] > 0
    assert report["bare_pytorch_encode_seconds"] > 0 and report["passages"] > 0
    stages = report["stages_seconds"]
    assert {"extract", "chunk", "encode", "store", "other"} <= set(stages)
    counted = sum(v for k, v in stages.items() if k != "tokenizer check")
    assert counted == pytest.approx(report["seconds"], abs=0.1)  # stages rounded to 0.01 s
    assert report["index_size"]["total_mib"] > 0


def test_query_only_run_reports_latencies_and_targets(seed_index, embedder, tmp_path,
                                                     monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx", None)  # as after a plain `pip install .`
    options = bench.Options(paths=[], questions=None, rounds=1, clients=2, skip_ingest=True)
    report = bench.run(options, seed_index, embedder)
    query = report["query"]
    assert report["backend"] == "onnx" and query["questions_from"] == "built-in"
    assert query["search"]["n"] == query["bare_encode_query"]["n"] == len(bench.FALLBACK_QUESTIONS)
    assert query["http"]["concurrent"]["n"] == len(bench.FALLBACK_QUESTIONS)
    assert query["memory_after_open"]["rss_mib"] > 0
    assert query["search_p50_ms"] == query["search"]["p50_ms"]
    assert query["bare_pytorch_query_encode_p50_ms"] == query["bare_encode_query"]["p50_ms"]
    assert query["rerank_p50_ms"] == query["search_reranked"]["p50_ms"]
    assert query["http_p50_ms"] == query["http"]["sequential"]["p50_ms"]
    assert query["http_qps_2_clients"] == query["http"]["concurrent"]["qps"]
    assert [t["check"] for t in report["targets"]] == [
        "search p50 / bare query-encode p50", "rerank p50 / bare query-encode p50",
        "HTTP p50, one client (ms)", "HTTP q/s (2 clients) x bare encode p50"]
    text = bench.format_report(report)
    assert "Searcher.search" in text and "HTTP concurrent (2 clients)" in text
    bench.write_json(report, tmp_path / "bench.json")
    assert json.loads((tmp_path / "bench.json").read_text())["query"]["http_p50_ms"] > 0


def test_the_issue_keys_are_written_under_their_names():
    query = {"search": {"p50_ms": 9.0}, "bare_encode_query": {"p50_ms": 10.0},
             "search_reranked": {"p50_ms": 90.0},
             "http": {"sequential": {"p50_ms": 12.0}, "concurrent": {"clients": 8, "qps": 120}}}
    assert bench.headline(query) == {
        "search_p50_ms": 9.0, "bare_pytorch_query_encode_p50_ms": 10.0, "rerank_p50_ms": 90.0,
        "http_p50_ms": 12.0, "http_qps_8_clients": 120}

