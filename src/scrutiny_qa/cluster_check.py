"""`make cluster-check`: the scale-out path end to end on this one machine.

Starts a real PostgreSQL with pgvector and a 2-node Ray cluster on loopback (local_cluster),
ingests the papers through Ray into PostgreSQL and the same papers with the plain ingest
into an embedded index, scores a question set on both, measures how alike they rank, stops
everything it started (also on failure, Ctrl-C or SIGTERM), and prints as its last line one
JSON object. It exits 1 when a target is missed: passage counts equal, hit@5 within
HIT_TOLERANCE, top-10 agreement at least MIN_AGREEMENT, at least two nodes embedding.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scrutiny_qa import distributed, local_cluster
from scrutiny_qa.config import Settings, settings_from_env
from scrutiny_qa.embed import Embedder, make_embedder
from scrutiny_qa.evaluate import Report, agreement, evaluate, load_questions
from scrutiny_qa.ingest import Summary, ingest
from scrutiny_qa.record_search import open_search
from scrutiny_qa.retrieve import Searcher

HIT_TOLERANCE = 0.02
MIN_AGREEMENT = 0.9
MIN_NODES = 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_term)  # so that the clean-up below runs
    with tempfile.TemporaryDirectory(prefix="sqa-cluster-") as folder:
        result = check(args.paths, args.questions, args.docs_root, Path(folder))
    print(json.dumps(result))
    return 0 if result["targets_met"] else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scrutiny_qa.cluster_check",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        default=[Path("corpus"), Path("../shared/kent")])
    parser.add_argument("--questions", type=Path, default=Path("../shared/eval/dev.jsonl"))
    parser.add_argument("--docs-root", type=Path, default=Path("../shared"))
    return parser


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def check(paths: list[Path], questions: Path, docs_root: Path, folder: Path) -> dict[str, Any]:
    """Run the check with its servers and indexes in `folder`; the result's figures."""
    settings = settings_from_env()
    embedded = Settings(index_dir=folder / "index", model=settings.model)
    embedder = make_embedder(settings.model, settings.batch_size)
    asked = load_questions(questions)
    _say("starting PostgreSQL (pgserver)")
    with local_cluster.postgres(folder / "pg") as url:
        database = Settings(database=url, model=settings.model)
        ray_summary, ray_seconds = _ray_ingest(paths, database, embedder, folder / "ray")
        _say("plain ingest into an embedded index")
        started = time.perf_counter()
        local_summary = ingest(paths, embedded, embedder)
        local_seconds = time.perf_counter() - started
        _say("scoring both indexes")
        on_postgres = open_search(database, embedder).searcher
        on_embedded = open_search(embedded, embedder).searcher
        reports = [evaluate(s, asked, docs_root) for s in (on_postgres, on_embedded)]
        share = agreement(on_postgres, on_embedded, asked)
        counts = [_counts(s) for s in (on_postgres, on_embedded)]
        on_postgres.conn.close()  # before the server stops
    return _result(ray_summary, local_summary, reports, counts, share,
                   {"ingest_seconds_ray_postgres": round(ray_seconds, 1),
                    "ingest_seconds_plain_embedded": round(local_seconds, 1)})


def _ray_ingest(paths: list[Path], database: Settings, embedder: Embedder,
                folder: Path) -> tuple[Summary, float]:
    """Ingest through a 2-node Ray cluster that lives only as long as the ingest (so the
    plain ingest after it has the machine to itself)."""
    _say("starting a 2-node Ray cluster on 127.0.0.2 and 127.0.0.3")
    with local_cluster.ray_cluster(folder, workers=1, cpus=1) as cluster:
        _say(f"ingest through Ray ({cluster.address}) into PostgreSQL")
        started = time.perf_counter()
        summary = distributed.ingest(paths, database, embedder, cluster.address,
                                     progress=False)
        seconds = time.perf_counter() - started
        _say("stopping the Ray cluster")
    return summary, seconds


def _counts(searcher: Searcher) -> dict[str, int]:
    """How many documents and passages an index holds."""
    return {table: searcher.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "chunks")}


def _result(ray_summary: Summary, local_summary: Summary, reports: list[Report],
            counts: list[dict[str, int]], share: float,
            timings: dict[str, float]) -> dict[str, Any]:
    """The JSON's figures, the questions whose hit@5 differs, and whether targets are met."""
    hits = [report.metrics()["hit@5"] for report in reports]
    passages = [count["chunks"] for count in counts]
    missed = [{miss["id"] for miss in report.misses} for report in reports]
    result = {
        "ray_nodes_used": len(ray_summary.nodes),
        "passages_postgres": passages[0],
        "passages_embedded": passages[1],
        "hit@5_postgres": hits[0],
        "hit@5_embedded": hits[1],
        "top10_agreement": round(share, 3),
        **timings,
        "documents_postgres": counts[0]["documents"],
        "documents_embedded": counts[1]["documents"],
        "failed_postgres": len(ray_summary.failures),
        "failed_embedded": len(local_summary.failures),
        "hit@5_only_postgres": sorted(missed[1] - missed[0]),
        "hit@5_only_embedded": sorted(missed[0] - missed[1]),
    }
    result["targets_met"] = (passages[0] == passages[1]
                             and abs(hits[0] - hits[1]) <= HIT_TOLERANCE
                             and share >= MIN_AGREEMENT
                             and result["ray_nodes_used"] >= MIN_NODES)
    return result


def _say(what: str) -> None:
    print(f"cluster-check: {what}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
