"""A running server takes up each new index generation without a restart, and closes the
old one once no request uses it (issue 25 D4)."""

from __future__ import annotations

import http.client
import json
import time
from pathlib import Path

import pytest

from scrutiny_qa import index
from scrutiny_qa.api import create_app
from scrutiny_qa.bench import serving
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest
from scrutiny_qa.live import LiveIndex
from scrutiny_qa.record_search import open_search

LIBRARIES = "The committee agreed to open the branch libraries on Sunday afternoons."
FERRY = "The Cabinet agreed to subsidise the estuary ferry crossing until March 2027."


def _get(port: int, path: str) -> tuple[int, dict]:
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        client.request("GET", path)
        response = client.getresponse()
        return response.status, json.loads(response.read())
    finally:
        client.close()


@pytest.fixture()
def corpus(tmp_path: Path, embedder) -> tuple[Path, Settings]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "libraries.txt").write_text(LIBRARIES, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([folder], settings, embedder)
    return folder, settings


def test_a_running_server_answers_from_the_new_generation_within_seconds(corpus, embedder):
    folder, settings = corpus
    with serving(create_app(settings, embedder)) as port:
        before = _get(port, "/healthz")[1]
        assert before["documents"] == 1
        (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
        ingest([folder], settings, embedder)
        ingested = time.monotonic()
        status, health = _get(port, "/healthz")
        while health["index"] == before["index"] and time.monotonic() - ingested < 5:
            time.sleep(0.1)
            status, health = _get(port, "/healthz")
        assert status == 200 and health["index"] != before["index"]
        assert health["documents"] == 2
        status, answer = _get(port, "/api/ask?q=estuary+ferry+subsidy&k=1")
        assert status == 200 and answer["results"][0]["citation"]["path"] == "ferry.txt"
        assert time.monotonic() - ingested < 5
        # the old generation's folder is gone from disk (the ingest removed it): it was
        # answered from only while open, and is released now
        assert not (settings.index_dir / before["index"]).exists()


class _Opener:
    """Opens the live generation for a LiveIndex, remembering every search it opened."""

    def __init__(self, settings: Settings, embedder) -> None:  # noqa: ANN001
        self.settings, self.embedder, self.opened = settings, embedder, []

    def __call__(self):  # noqa: ANN204 - RecordSearch
        search = open_search(self.settings, self.embedder)
        self.opened.append(search)
        return search


def _is_open(search) -> bool:  # noqa: ANN001 - RecordSearch
    try:
        search.conn.execute("SELECT 1")
    except Exception:  # sqlite3.ProgrammingError: the store was closed
        return False
    return True


def test_the_old_generation_is_closed_when_its_last_request_ends(corpus, embedder):
    folder, settings = corpus
    opener = _Opener(settings, embedder)
    live = LiveIndex(settings.index_dir, opener)
    with live.lease() as first:
        (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
        ingest([folder], settings, embedder)
        with live.lease() as second:  # a request arriving after the swap
            assert second.path != first.path and second.documents == 2
            assert _is_open(first.search)  # still in use by the first request
        assert first.search.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    assert not _is_open(first.search) and _is_open(second.search)
    with live.lease() as third:  # nothing changed: the same generation, not reopened
        assert third is second and len(opener.opened) == 2


def test_a_new_generation_that_cannot_be_opened_leaves_the_old_one_answering(
        corpus, embedder, capsys):
    folder, settings = corpus
    live = LiveIndex(settings.index_dir, _Opener(settings, embedder))
    with live.lease() as first:
        pass
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    ingest([folder], settings, embedder)
    manifest = index.current_generation(settings.index_dir) / index.MANIFEST_FILE
    manifest.write_text("{not json", encoding="utf-8")
    with live.lease() as still:
        assert still is first and _is_open(still.search)
    assert f"warning: still answering from {first.path.name}:" in capsys.readouterr().err
