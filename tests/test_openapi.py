"""schemathesis over /openapi.json, every check, a few thousand generated requests: the
document must be true to every answer and nothing may fail (issue 25 D17). Slow (minutes):
`make test-slow` runs it, and CI does, within a bounded time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemathesis_hooks import SERVER_FOLDER
from scrutiny_qa.api import create_app
from scrutiny_qa.bench import serving

pytestmark = pytest.mark.slow

EXAMPLES = 200  # per operation and phase: with the coverage and stateful phases, ~4,400 cases
SEED = int(os.environ.get("SCHEMATHESIS_SEED", "1"))  # fixed, so that CI is repeatable
TIME_LIMIT = 1200  # seconds; the run takes ~3 min on two busy cores


def test_schemathesis_finds_nothing(seed_index, embedder, tmp_path):
    folder = str(seed_index.index_dir.parent.resolve())
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "schemathesis_hooks", SERVER_FOLDER: folder,
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent),
                                          os.environ.get("PYTHONPATH", "")])}
    command = [str(Path(sys.executable).parent / "schemathesis"), "run", "--checks", "all",
               "--max-examples", str(EXAMPLES), "--seed", str(SEED),
               "--request-timeout", "60", "--max-failures", "20"]
    with serving(create_app(seed_index, embedder)) as port:
        run = subprocess.run([*command, f"http://127.0.0.1:{port}/openapi.json"], env=env,
                             cwd=tmp_path, capture_output=True, text=True, timeout=TIME_LIMIT)
    report = run.stdout[-20_000:] + run.stderr[-2_000:]
    assert run.returncode == 0, report
    assert "No issues found" in run.stdout, report
