"""Ingest on a real 2-node Ray cluster on loopback (127.0.0.2 head, 127.0.0.3 worker):
the same index as a plain ingest, incremental, into either backend, and whole after the
worker node is killed mid-ingest.

Marked `cluster`: left out of the default run (conftest.py), run by `make cluster-test`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from conftest import CABINET_MINUTES, COUNCIL_MINUTES, DECISION_RECORD, PLANNING_PACK, make_pdf
from scrutiny_qa import index
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest

pytestmark = pytest.mark.cluster
ray = pytest.importorskip("ray", reason="Ray is not installed (pip install -e '.[cluster]')")
from scrutiny_qa import distributed, local_cluster  # noqa: E402 - needs Ray

REPORTS = 16  # text papers beside the four PDFs: enough that a node dies with work in flight
TOPICS = ["library opening hours", "pothole repairs", "school transport", "adult social care",
          "household waste recycling", "bus subsidies", "flood defences", "youth services"]


@pytest.fixture()
def papers(tmp_path: Path) -> Path:
    """Four PDFs (an agenda pack, minutes, a decision record, a recorded vote) and REPORTS
    officer reports of about twenty passages each."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, pages in (("planning-pack.pdf", PLANNING_PACK),
                        ("cabinet-minutes.pdf", CABINET_MINUTES),
                        ("record-of-decision.pdf", DECISION_RECORD),
                        ("council-minutes.pdf", COUNCIL_MINUTES)):
        make_pdf(folder / name, pages)
    for n in range(REPORTS):
        (folder / f"report-{n:02d}.txt").write_text(_report(n), encoding="utf-8")
    return folder


def _report(n: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    paragraphs = [f"Report {n} to the Scrutiny Committee: {topic}, review number {n}."]
    paragraphs += [f"{p}. Officers reviewed {topic} in ward {p} during quarter {n % 4 + 1}: "
                   f"spending was {100 + 7 * p + n} thousand pounds against a budget of "
                   f"{120 + 5 * p} thousand, and {p + n} residents responded to the "
                   f"consultation on {topic}, most asking for the service to continue."
                   for p in range(1, 61)]
    return "\n\n".join(paragraphs)


@pytest.fixture()
def cluster(tmp_path: Path):  # noqa: ANN201
    with local_cluster.ray_cluster(tmp_path / "ray", workers=1, cpus=1) as started:
        yield started


def _passages(conn) -> dict[tuple[str, int], tuple]:  # noqa: ANN001
    """Every passage by (file name, position): its words and its vector."""
    rows = conn.execute("SELECT d.path, c.ord, c.text, c.context, c.vector FROM chunks c"
                        " JOIN documents d ON d.id = c.document_id").fetchall()
    found = {(Path(r[0]).name, r[1]): (r[2], r[3], r[4]) for r in rows}
    assert len(found) == len(rows)  # no passage twice
    return found


def _embedded(settings: Settings) -> dict[tuple[str, int], tuple]:
    generation = index.current_generation(settings.index_dir)
    with sqlite3.connect(generation / index.STORE_FILE) as conn:
        return _passages(conn)


def _same(found: dict, expected: dict) -> None:
    """The same passages, words alike and vectors alike to rounding."""
    assert found.keys() == expected.keys()
    for key, (text, context, vector) in expected.items():
        assert found[key][:2] == (text, context)
        got = np.frombuffer(found[key][2], np.float32) if isinstance(found[key][2], bytes) \
            else found[key][2].to_numpy()
        assert np.allclose(got, np.frombuffer(vector, np.float32), atol=1e-5)


@pytest.fixture()
def plain(papers: Path, tmp_path: Path, embedder) -> dict:  # noqa: ANN001
    """The passages a plain ingest of the papers writes."""
    settings = Settings(index_dir=tmp_path / "plain")
    summary = ingest([papers], settings, embedder)
    assert summary.failures == [] and summary.indexed == REPORTS + 4
    return _embedded(settings)


def test_ray_ingest_writes_what_a_plain_ingest_writes_and_is_incremental(
        cluster, papers, plain, tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "on-ray")
    first = distributed.ingest([papers], settings, embedder, cluster.address, progress=False)
    assert (first.indexed, first.failures, len(first.nodes)) == (REPORTS + 4, [], 2)
    _same(_embedded(settings), plain)

    again = distributed.ingest([papers], settings, embedder, cluster.address, progress=False)
    assert (again.unchanged, again.indexed, again.nodes) == (REPORTS + 4, 0, [])  # none sent

    with (papers / "report-03.txt").open("a", encoding="utf-8") as report:
        report.write("\n\nA late paragraph: the committee asked for a further report.")
    (papers / "report-05 (copy).txt").write_bytes((papers / "report-05.txt").read_bytes())
    changed = distributed.ingest([papers], settings, embedder, cluster.address,
                                 progress=False)
    assert (changed.replaced, changed.unchanged, len(changed.duplicates)) == (1, REPORTS + 3, 1)
    assert 0 < changed.embedded < changed.passages  # the unchanged passages' vectors reused


def test_ray_ingest_into_postgresql(cluster, papers, plain, tmp_path, embedder):
    with local_cluster.postgres(tmp_path / "pg") as url:
        settings = Settings(database=url)
        summary = distributed.ingest([papers], settings, embedder, cluster.address,
                                     progress=False)
        opened = index.open_index(settings)
        found = _passages(opened.conn)
        opened.conn.close()
    assert summary.failures == [] and len(summary.nodes) == 2
    _same(found, plain)


def test_ingest_completes_whole_when_a_worker_node_is_killed(
        cluster, papers, plain, tmp_path, embedder):
    worker = cluster.ips[1]
    written: list[Path] = []

    def kill_after_two(path: Path) -> None:
        written.append(path)
        if len(written) == 2:
            cluster.kill(worker)

    settings = Settings(index_dir=tmp_path / "on-ray")
    summary = distributed.ingest([papers], settings, embedder, cluster.address,
                                 on_file=kill_after_two, progress=False)
    assert worker not in cluster.nodes  # it was killed, mid-ingest
    assert (summary.indexed, summary.failures) == (REPORTS + 4, [])
    assert len(summary.nodes) == 2  # the lost node had embedded papers before it died
    _same(_embedded(settings), plain)  # nothing lost, nothing twice
