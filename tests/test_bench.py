"""The benchmark's bookkeeping (never its timings): summaries, stage split, the report."""

from __future__ import annotations

import shutil

import pytest

from conftest import PLANNING_PACK, ROOT, make_pdf
from scrutiny_qa import bench
from scrutiny_qa import ingest as pipeline
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
    extract = pipeline.extract
    report = bench.bench_ingest([corpus], Settings(), embedder, tmp_path / "work")
    assert pipeline.extract is extract and "encode" not in vars(embedder)  # unwrapped again
    assert report["files"] == 2 and report["pages"] == 4
    assert report["bare_encoded"] == report["embedded"] > 0
    stages = report["stages_seconds"]
    assert {"extract", "chunk", "encode", "store", "other"} <= set(stages)
    counted = sum(v for k, v in stages.items() if k != "tokenizer check")
    assert counted == pytest.approx(report["seconds"], abs=0.1)  # stages rounded to 0.01 s
    assert report["index_size"]["total_mib"] > 0


def test_query_only_run_reports_latencies_and_targets(seed_index, embedder):
    options = bench.Options(paths=[], questions=None, rounds=1, clients=2, skip_ingest=True)
    report = bench.run(options, seed_index, embedder)
    query = report["query"]
    assert query["questions_from"] == "built-in"
    assert query["search"]["n"] == query["bare_encode_query"]["n"] == len(bench.FALLBACK_QUESTIONS)
    assert query["http"]["concurrent"]["n"] == len(bench.FALLBACK_QUESTIONS)
    assert query["memory_after_open"]["rss_mib"] > 0
    assert [t["check"] for t in report["targets"]] == [
        "search p50 / bare query-encode p50", "HTTP p50, one client (ms)"]
    text = bench.format_report(report)
    assert "Searcher.search" in text and "HTTP concurrent (2 clients)" in text
