"""Close readings queue within bounds: past the line's places they are turned away at once
with a 503 and Retry-After, and /healthz and quick questions never wait behind them
(issue 25 D5, issue 28 point 3)."""

from __future__ import annotations

import http.client
import json
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from scrutiny_qa.api import create_app
from scrutiny_qa.bench import serving
from scrutiny_qa.rerank import Reranker

CONCURRENT = 40
WAITING = 4  # close readings let wait behind the running one
READING = 0.5  # seconds the slowed cross-encoder takes over each question


class SlowReranker(Reranker):
    """A cross-encoder that takes READING seconds and thinks every passage equal: the
    queue's behaviour without the model's cost on the test machine's cores."""

    def scores(self, question: str, passages: list[str]) -> np.ndarray:
        time.sleep(READING)
        return np.zeros(len(passages), dtype=np.float32)


def _timed_get(port: int, path: str) -> tuple[int, float, dict, dict]:
    """Status, seconds, headers and JSON body of one GET on a connection of its own."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    try:
        client.request("GET", path)
        response = client.getresponse()
        body = json.loads(response.read())
        return response.status, time.perf_counter() - started, dict(response.headers), body
    finally:
        client.close()


def _ask(question: str, closely: bool) -> str:
    return "/api/ask?" + urllib.parse.urlencode({"q": question, "rerank": str(closely).lower()})


def _under_load(port: int, closely: list[str]) -> tuple[list, list, list]:
    """Send every close reading at once; once they are all in, /healthz and quick
    questions. Returns the three kinds' results."""
    with ThreadPoolExecutor(len(closely) + 4) as pool:
        reads = [pool.submit(_timed_get, port, path) for path in closely]
        time.sleep(0.3)  # all in: the first is reading, the line is full
        health = [pool.submit(_timed_get, port, "/healthz") for _ in range(2)]
        quick = [pool.submit(_timed_get, port, _ask("library opening hours", False))
                 for _ in range(2)]
        return ([f.result() for f in reads], [f.result() for f in health],
                [f.result() for f in quick])


def test_forty_close_readings_neither_starve_health_nor_quick_questions(seed_index, embedder):
    app = create_app(seed_index, embedder, reranker=SlowReranker(), close_waiting=WAITING)
    with serving(app) as port:
        _timed_get(port, _ask("warm up", False))
        reads, health, quick = _under_load(
            port, [_ask(f"library opening hours {n}", True) for n in range(CONCURRENT)])
    assert all(status == 200 and took < 1 for status, took, _, _ in health + quick)
    served = [r for r in reads if r[0] == 200]
    turned = [r for r in reads if r[0] == 503]
    assert len(served) == 1 + WAITING and len(turned) == CONCURRENT - 1 - WAITING
    for _, took, headers, body in turned:
        assert took < 1 and int(headers["retry-after"]) >= 1
        assert "busy" in body["detail"]
    assert all(body["results"][0]["relevance"] == 0.0 for _, _, _, body in served)


@pytest.mark.slow
def test_forty_real_close_readings_leave_health_and_quick_questions_answering(seed_index,
                                                                              embedder):
    """The same with the real cross-encoder, whose close readings use every core."""
    with serving(create_app(seed_index, embedder)) as port:
        _timed_get(port, _ask("warm up", True))
        reads, health, quick = _under_load(
            port, [_ask(f"library opening hours {n}", True) for n in range(CONCURRENT)])
    assert all(status == 200 and took < 1 for status, took, _, _ in health + quick)
    statuses = [status for status, _, _, _ in reads]
    assert set(statuses) == {200, 503} and statuses.count(503) >= CONCURRENT // 2
