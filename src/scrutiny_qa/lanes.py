"""Where questions run: a quick lane of one thread per core, and a bounded close-reading lane.

A quick search is CPU-bound (the question's encoding, then Python holding the GIL), so more
at once than there are cores only share the cores and all finish late: with 8 clients on
two cores, p50 168 -> 150 ms, p95 254 -> 179 ms, 45 -> 51 questions a second (scrutiny-qa
bench, two runs each). A close reading (the cross-encoder) uses every core for ~0.5 s, so
close readings run one at a time, beside the quick lane rather than in it, where one would
hold other users' quick answers back for that long.

Each lane is a thread pool of its own, and a request waits for its turn as a coroutine, not
in a thread: waiting in the server's shared thread pool, 45 close readings held `/healthz`
for 37 s and the last close reading for 164 s (issue 25 D5). The close-reading line is
bounded too: past `waiting` requests in line a request is turned away at once with how long
to wait (`Busy`, a 503 with Retry-After), and the page keeps its quick answers.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
# Close readings that may wait behind the running one: at ~0.5 s each, the last waits ~4 s.
CLOSE_WAITING = 8
CLOSE_SECONDS = 0.5  # what a close reading is taken to cost until some have been timed
TIMED = 16  # how many recent close readings the wait is estimated from


class Busy(Exception):
    """The close-reading line is full; `retry_after` is whole seconds until a place should
    be free."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("the server is busy reading other questions closely; ask again in "
                         f"{retry_after} s")
        self.retry_after = retry_after


class Lanes:
    """The two lanes of one server; `quick` and `close` run a function in theirs."""

    def __init__(self, close_waiting: int = CLOSE_WAITING, cores: int = CORES) -> None:
        self._quick = ThreadPoolExecutor(cores, thread_name_prefix="quick")
        self._close = ThreadPoolExecutor(1, thread_name_prefix="close-reading")
        self._aside = ThreadPoolExecutor(1, thread_name_prefix="aside")
        self._places = 1 + close_waiting  # the running close reading and those in line
        self._taken = 0
        self._lock = threading.Lock()
        self._seconds: deque[float] = deque([CLOSE_SECONDS], maxlen=TIMED)

    async def quick(self, work: Callable[[], T]) -> T:
        """`work()` in the quick lane, awaited without holding a thread while it waits."""
        return await asyncio.wrap_future(self._quick.submit(work))

    async def aside(self, work: Callable[[], T]) -> T:
        """`work()` beside both lanes: for /healthz, which nothing queued may hold up."""
        return await asyncio.wrap_future(self._aside.submit(work))

    async def close(self, work: Callable[[], T]) -> T:
        """`work()` in the close-reading lane, or Busy at once when its line is full."""
        with self._lock:
            if self._taken >= self._places:
                raise Busy(self._retry_after())
            self._taken += 1
        future: Future = self._close.submit(self._timed, work)
        future.add_done_callback(self._leave)  # also when the asking client has gone
        return await asyncio.wrap_future(future)

    def shutdown(self) -> None:
        """Stop the lanes' threads once the work given them is done."""
        for pool in (self._quick, self._close, self._aside):
            pool.shutdown(wait=False, cancel_futures=True)

    def _timed(self, work: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return work()
        finally:
            with self._lock:
                self._seconds.append(time.perf_counter() - started)

    def _leave(self, _: Future) -> None:
        with self._lock:
            self._taken -= 1

    def _retry_after(self) -> int:
        """Seconds until the line has room: the places taken, at the recent mean cost."""
        mean = sum(self._seconds) / len(self._seconds)
        return max(1, math.ceil(self._taken * mean))
