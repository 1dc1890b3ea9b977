"""A one-off `ask` asks the server running on its index (remote.py), with the local search's
output to the byte, and searches locally whenever that server cannot answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from scrutiny_qa import cli, remote
from scrutiny_qa.api import create_app
from scrutiny_qa.bench import running
from scrutiny_qa.cli import main
from scrutiny_qa.config import Settings

QUESTION = "Was the home to school transport feasibility study amendment agreed?"


@pytest.fixture(autouse=True)
def runtime(tmp_path, monkeypatch) -> None:
    """Announcements in a runtime folder of this test's own."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


@contextmanager
def announced_server(settings: Settings, embedder) -> Iterator[str]:  # noqa: ANN001
    """A server on `settings`' index, announced as `serve` announces itself; its URL."""
    server = uvicorn.Server(uvicorn.Config(create_app(settings, embedder), host="127.0.0.1",
                                           port=0, log_level="warning"))
    with remote.announced(server, settings), running(server):
        deadline = time.monotonic() + 10
        while (url := remote.discovered(settings)) is None:
            assert time.monotonic() < deadline, "the server was not announced"
            time.sleep(0.02)
        yield url


def _ask(capsys, settings: Settings, *options: str) -> str:  # noqa: ANN001
    assert main(["ask", QUESTION, "-k", "3", "--index", str(settings.index_dir),
                 *options]) == 0
    return capsys.readouterr().out


def test_ask_answers_through_the_running_server_as_it_does_locally(
        seed_index, embedder, capsys, monkeypatch):
    local = {form: _ask(capsys, seed_index, "--local", *form) for form in [(), ("--json",)]}
    with announced_server(seed_index, embedder) as url:
        assert url.startswith("http://127.0.0.1:")
        with monkeypatch.context() as patched:  # no local search: the server must answer
            patched.setattr(cli, "_local_answerer", lambda *_: pytest.fail("searched locally"))
            served = {form: _ask(capsys, seed_index, *form) for form in local}
            given = json.loads(_ask(capsys, seed_index, "--json", "--server", url))
    assert served == local
    # a server named by URL is printed as it answers: paths under its corpus folder
    mine = json.loads(local[("--json",)])
    assert [r["chunk_id"] for r in given["results"]] == [r["chunk_id"] for r in mine["results"]]
    assert given["results"][0]["citation"]["path"] == \
        os.path.basename(mine["results"][0]["citation"]["path"])
    assert remote.discovered(seed_index) is None  # the server said it stopped


def test_a_stale_announcement_is_passed_over_for_the_local_search(seed_index, capsys):
    local = _ask(capsys, seed_index, "--local")
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    path = remote._announcement(seed_index)
    path.parent.mkdir(mode=0o700)
    for pid in (int(ended.stdout), os.getpid()):  # a dead server; a live one not listening
        path.write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": pid,
                                    "index": str(seed_index.index_dir.resolve())}))
        assert _ask(capsys, seed_index) == local
    assert remote.discovered(seed_index) == "http://127.0.0.1:9"


def test_an_announcement_in_a_folder_others_can_write_is_not_trusted(seed_index):
    path = remote._announcement(seed_index)
    path.parent.mkdir(mode=0o777)
    path.parent.chmod(0o777)
    path.write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": os.getpid(),
                                "index": str(seed_index.index_dir.resolve())}))
    assert remote.discovered(seed_index) is None


@pytest.mark.parametrize(("server", "said"), [
    ("ftp://127.0.0.1:8000", "error: --server takes a URL such as"),
    ("http://127.0.0.1:99999", "error: --server takes a URL such as"),
    ("http://127.0.0.1:9", "error: http://127.0.0.1:9 did not answer"),
])
def test_a_server_named_that_cannot_answer_is_one_line_of_error(seed_index, capsys, server,
                                                                said):
    assert main(["ask", QUESTION, "--server", server, "--index",
                 str(seed_index.index_dir)]) in (2, 3)
    err = capsys.readouterr().err
    assert err.startswith(said) and err.count("\n") == 1
