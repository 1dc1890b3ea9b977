"""The driver's side of a distributed ingest, without a cluster: papers prepared elsewhere
come back, possibly twice after a node is lost, and are written once each."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scrutiny_qa import index
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import Summary, Writer
from scrutiny_qa.prepare import prepare

distributed = pytest.importorskip("scrutiny_qa.distributed",
                                  reason="Ray is not installed (pip install -e '.[cluster]')")

TEXT = "The committee agreed to extend library opening hours on Sundays from September."


def _outcome(path: Path, embedder, node: str = "node-a") -> distributed.Outcome:  # noqa: ANN001
    """What a cluster worker hands back for `path`, prepared here."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    outcome = distributed.Outcome(path, digest, node=node)
    outcome.paper = prepare(path, data, digest, Settings().chunking, embedder,
                            outcome.warnings.append)
    return outcome


def _write_back(settings: Settings, outcomes: list, embedder) -> tuple[Summary, dict]:  # noqa: ANN001
    summary = Summary(files=len(outcomes))
    with index.writing(settings, embedder.dimension) as (conn, _):
        nodes = distributed.write_back(Writer(conn, settings, summary), outcomes)
        counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("documents", "chunks", "aliases")}
    assert nodes == {o.node for o in outcomes}
    return summary, counts


def test_a_paper_delivered_twice_is_written_once(tmp_path, embedder):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("library", "museum"), encoding="utf-8")
    first, second = (_outcome(tmp_path / name, embedder) for name in ("a.txt", "b.txt"))
    again = _outcome(tmp_path / "a.txt", embedder, node="node-b")  # run again elsewhere
    summary, counts = _write_back(Settings(index_dir=tmp_path / "index"),
                                  [first, again, second], embedder)
    assert (summary.indexed, summary.unchanged, summary.failures) == (2, 0, [])
    assert counts == {"documents": 2, "chunks": summary.passages, "aliases": 0}


def test_a_copy_coming_back_after_its_original_is_its_alias(tmp_path, embedder):
    (tmp_path / "minutes.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "minutes (copy).txt").write_text(TEXT, encoding="utf-8")
    outcomes = [_outcome(tmp_path / name, embedder)
                for name in ("minutes.txt", "minutes (copy).txt")]
    summary, counts = _write_back(Settings(index_dir=tmp_path / "index"), outcomes, embedder)
    assert summary.duplicates == [(str(tmp_path / "minutes (copy).txt"),
                                   str(tmp_path / "minutes.txt"))]
    assert counts["documents"] == 1 and counts["aliases"] == 1


def test_a_paper_that_failed_on_a_worker_is_one_line_with_its_warnings(tmp_path, embedder):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    failed = distributed.Outcome(tmp_path / "bad.txt", "0" * 64, failure="binary data, not text",
                                 warnings=[(str(tmp_path / "bad.txt"), "a caveat")], node="n")
    summary, counts = _write_back(Settings(index_dir=tmp_path / "index"),
                                  [failed, _outcome(tmp_path / "good.txt", embedder, "n")],
                                  embedder)
    assert summary.failures == [(str(tmp_path / "bad.txt"), "binary data, not text")]
    assert summary.warnings == [(str(tmp_path / "bad.txt"), "a caveat")]
    assert counts["documents"] == 1
