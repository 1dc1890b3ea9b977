"""A load run: `scrutiny-qa serve` in a process of its own, asked by clients as the page asks.

Each client asks a question quickly and then asks it again to be read closely, as the
browser page does by default, in turn for as long as the run lasts, each on its own
kept-alive connection. Reported: answers, errors and close readings turned away (503), p50
and p95 of each kind, and the server's resident memory before and after (issue 25: a
server shared with colleagues is left running for months). The server runs apart from
the clients so that their parsing does not share its interpreter.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny_qa.bench import percentiles, rss_mib

READY_SECONDS = 180  # the model's first load on a busy machine
KINDS = ("quick", "close")


@dataclass
class Tally:
    """What the clients saw, by kind of question."""

    seconds: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    turned_away: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, took: float, status: int | str) -> None:
        with self.lock:
            if status == 200:
                self.seconds[kind].append(took)
            elif status == 503 and kind == "close":
                self.turned_away += 1
            else:
                self.errors[kind].append(str(status))


def run(index: Path, questions: list[str], clients: int, seconds: float) -> dict:
    """Start a server on `index`, load it for `seconds` with `clients`, and report."""
    with _server(index) as (port, pid):
        _client(port, questions[:1], time.monotonic(), Tally())  # both models loaded
        before = rss_mib(pid)
        tally, wall = _load(port, questions, clients, seconds)
        after = rss_mib(pid)
        healthy = _get(http.client.HTTPConnection("127.0.0.1", port, timeout=30), "/healthz")
    report = {"clients": clients, "seconds": round(wall, 1),
              "answers_per_second": round(sum(map(len, tally.seconds.values())) / wall, 1),
              "server_rss_mib": {"before": before, "after": after},
              "healthz_after": healthy, "close_turned_away": tally.turned_away}
    for kind in KINDS:
        report[kind] = {**percentiles(tally.seconds[kind]), "errors": len(tally.errors[kind]),
                        "error_statuses": sorted(set(tally.errors[kind]))}
    return report


def format_report(report: dict) -> str:
    """The report as lines to read."""
    rss = report["server_rss_mib"]
    lines = [f"{report['clients']} clients for {report['seconds']} s: "
             f"{report['answers_per_second']} answers/s; server RSS {rss['before']} -> "
             f"{rss['after']} MiB; /healthz after: {report['healthz_after']}"]
    for kind in KINDS:
        stats = report[kind]
        lines.append(f"  {kind:5}  answered {stats['n']:5}  errors {stats['errors']}"
                     f"{' ' + str(stats['error_statuses']) if stats['errors'] else ''}  "
                     f"p50 {stats.get('p50_ms', '-')} ms  p95 {stats.get('p95_ms', '-')} ms")
    lines.append(f"  close readings turned away (503, Retry-After): "
                 f"{report['close_turned_away']}")
    return "\n".join(lines)


def _load(port: int, questions: list[str], clients: int,
          seconds: float) -> tuple[Tally, float]:
    tally = Tally()
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=_client, args=(port, questions[n::clients] or questions,
                                                      deadline, tally))
               for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - started


def _client(port: int, questions: list[str], deadline: float, tally: Tally) -> None:
    """Ask quickly, then closely, question after question, until the deadline (at least
    one question)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    asked = 0
    while not asked or time.monotonic() < deadline:
        question = questions[asked % len(questions)]
        asked += 1
        for kind in KINDS:
            query = urllib.parse.urlencode({"q": question, "k": 8,
                                            "rerank": str(kind == "close").lower()})
            started = time.perf_counter()
            status = _get(connection, f"/api/ask?{query}")
            tally.add(kind, time.perf_counter() - started, status)
            if status not in (200, 503):
                connection.close()  # a fresh connection after anything unexpected
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.close()


def _get(connection: http.client.HTTPConnection, path: str) -> int | str:
    """The status of one GET, its body read whole; a failure's kind when there is none."""
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException) as exc:
        return type(exc).__name__


@contextlib.contextmanager
def _server(index: Path) -> Iterator[tuple[int, int]]:
    """`scrutiny-qa serve` on a free local port, once it answers /healthz; yields port, pid."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "scrutiny_qa.cli", "serve", "--index",
                               str(index), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(port, server)
        yield port, server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_ready(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline and server.poll() is None:
        if _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/healthz") == 200:
            return
        time.sleep(0.5)
    raise RuntimeError("the server did not answer /healthz (is there an index? `scrutiny-qa "
                       "info --index ...`)")
