"""`scrutiny-qa load`: a server of its own, loaded as the page loads it, every figure
reported (issue 25's load run). Slow: it starts a server process (`make test-slow`)."""

from __future__ import annotations

import re

import pytest

from scrutiny_qa.cli import main

pytestmark = pytest.mark.slow


def test_a_short_load_run_reports_errors_latencies_and_memory(seed_index, tmp_path, capsys):
    assert main(["load", "--index", str(seed_index.index_dir), "--clients", "2",
                 "--seconds", "3", "--questions", str(tmp_path / "none.jsonl")]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"^2 clients for [\d.]+ s: [\d.]+ answers/s; server RSS [\d.]+ -> "
                     r"[\d.]+ MiB; /healthz after: 200$", printed, re.M)
    for kind in ("quick", "close"):
        assert re.search(rf"^  {kind} +answered +[1-9]\d* +errors 0 +p50 [\d.]+ ms +p95 "
                         r"[\d.]+ ms$", printed, re.M)
    assert "close readings turned away (503, Retry-After): 0" in printed
