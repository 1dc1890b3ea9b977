"""An open embedded index reads through a connection per thread (store.Reader): a server's
threads read side by side instead of one statement at a time on one shared connection."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from scrutiny_qa import index, store


def _read(conn: store.Reader) -> tuple[list[int], int]:
    """What a question's reads look like: a keyword search and a count."""
    return (conn.lexical.search("chunks", ["library", "Sunday"], (1.0, 0.4), 10),
            conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])


def _in_threads(conn: store.Reader, threads: int) -> list[tuple]:
    """Each thread's connection and reads, all reading at once (a barrier lines them up),
    from threads that end before this returns."""
    together = threading.Barrier(threads)

    def work() -> tuple:
        own = conn.conn
        together.wait(timeout=30)
        return own, _read(conn)

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(work) for _ in range(threads)]
        return [future.result() for future in futures]


def test_two_threads_read_at_once_through_their_own_connections(seed_index):
    opened = index.open_index(seed_index)
    try:
        expected = _read(opened.conn)
        (first, first_read), (second, second_read) = _in_threads(opened.conn, 2)
        assert first is not second and opened.conn.conn not in (first, second)
        assert first_read == second_read == expected and expected[0]
    finally:
        opened.conn.close()
    for conn in (first, second, opened.conn.conn):
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(sqlite3.ProgrammingError), ThreadPoolExecutor(1) as pool:
        pool.submit(opened.conn.execute, "SELECT 1").result()  # a thread new to it


def test_an_ended_threads_connection_is_taken_by_the_next_thread(seed_index):
    generation = index.current_generation(seed_index.index_dir)
    reader = store.Reader(generation / index.STORE_FILE, size=2)
    try:
        [(gone, _)] = _in_threads(reader, 1)
        assert reader.conn is gone  # free again: the thread that took it has ended
        [(other, _)] = _in_threads(reader, 1)
        assert other is not gone
    finally:
        reader.close()


def test_a_thread_reads_a_generation_deleted_after_it_was_opened(seed_index, tmp_path):
    """An ingest deletes the replaced generation while a server may still answer from it:
    a thread's first read then finds the file gone from its folder, and still reads."""
    copy = tmp_path / "gen"
    shutil.copytree(index.current_generation(seed_index.index_dir), copy)
    reader = store.Reader(copy / index.STORE_FILE)
    try:
        expected = _read(reader)
        shutil.rmtree(copy)
        [(_, read)] = _in_threads(reader, 1)
        assert read == expected
    finally:
        reader.close()
