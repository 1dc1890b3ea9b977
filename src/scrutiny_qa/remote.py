"""Asking a running server: `serve` says where it listens, and a one-off `ask` asks it.

A one-off `ask` loads the model and opens the index before its first answer (about a
second on the ONNX path); a running server has both loaded and answers in milliseconds.
So `serve` writes where it listens, its process id and which index it serves to a small
file in the user's runtime folder (one file per index, readable by the user alone), and
removes it when it stops. `ask` reads it, checks that the process lives, that /healthz
answers within HEALTH_SECONDS and names the model and generation the local index has, and
asks over HTTP; on any failure it searches locally, saying nothing, as it would have.

The server shows papers' paths under its corpus root (shown_paths.py) and says why a
source cannot be opened in those terms; on the same machine and index, `ask` restores the
full paths from the index and checks the sources itself, so that its output is the local
search's to the byte. A server named with `ask --server URL` may be another machine's: its
answer is printed as it gives it, and a failure is an error, not a fallback.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import fields
from pathlib import Path

from scrutiny_qa.config import Settings
from scrutiny_qa.shown_paths import ShownPaths
from scrutiny_qa.sources import source_problem

HEALTH_SECONDS = 0.5  # a server on this machine answers /healthz in milliseconds
ASK_SECONDS = 120.0  # a close reading may wait behind others (lanes.py)
STARTED_SECONDS = 60.0  # how long `serve` waits for its socket before it stops looking


class ServerUnavailable(Exception):
    """The server did not answer as asked; the reason says why."""


def _identity(settings: Settings) -> str:
    """What names the index a server serves: its folder's full path, or its database."""
    return settings.database or str(settings.index_dir.resolve())


def _runtime_folder() -> Path:
    """The user's runtime folder ($XDG_RUNTIME_DIR), or one of their own under the temp
    folder."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base:
        return Path(base) / "scrutiny-qa"
    return Path(tempfile.gettempdir()) / f"scrutiny-qa-{os.getuid()}"


def _trusted(folder: Path) -> bool:
    """Whether `folder` is the user's alone: a file another user could write there would
    send this user's questions to a server of their choosing."""
    try:
        found = folder.stat()
    except OSError:
        return False
    return found.st_uid == os.getuid() and not found.st_mode & 0o077


def _announcement(settings: Settings) -> Path:
    key = hashlib.sha256(_identity(settings).encode()).hexdigest()[:16]
    return _runtime_folder() / f"server-{key}.json"


@contextmanager
def announced(server, settings: Settings) -> Iterator[None]:  # noqa: ANN001 - uvicorn.Server
    """While the block runs `server`, say where it listens once it does (so a port of 0
    is announced as the one it was given); then remove the file if it is still this
    process's. A runtime folder that cannot be made the user's own announces nothing."""
    path = _announcement(settings)
    stopped = threading.Event()

    def announce() -> None:
        deadline = time.monotonic() + STARTED_SECONDS
        while not server.started:
            if stopped.wait(0.05) or time.monotonic() > deadline:
                return
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        entry = {"url": f"http://{_reachable(host)}:{port}", "pid": os.getpid(),
                 "index": _identity(settings)}
        with suppress(OSError):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _trusted(path.parent):
                temporary = path.with_suffix(f".{os.getpid()}.tmp")
                temporary.write_text(json.dumps(entry), encoding="utf-8")
                os.replace(temporary, path)

    announcer = threading.Thread(target=announce, daemon=True)
    announcer.start()
    try:
        yield
    finally:
        stopped.set()
        announcer.join()
        if _read(path).get("pid") == os.getpid():
            path.unlink(missing_ok=True)


def _reachable(host: str) -> str:
    """An address a client on this machine reaches a socket bound to `host` at."""
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if ":" in host:
        return "[::1]" if host == "::" else f"[{host}]"
    return host


def _read(path: Path) -> dict:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return entry if isinstance(entry, dict) else {}


def discovered(settings: Settings) -> str | None:
    """The URL of a server announced for this index whose process still lives, or None."""
    path = _announcement(settings)
    if not _trusted(path.parent):
        return None
    entry = _read(path)
    pid, url = entry.get("pid"), entry.get("url")
    if entry.get("index") != _identity(settings) or type(pid) is not int or pid <= 0 \
            or not isinstance(url, str) or not _alive(pid):
        return None
    return url


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or its number another user's now
        return False
    return True


class Server:
    """A scrutiny-qa server asked over HTTP."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url if "//" in url else f"http://{url}")
        try:
            self.host, self.port = parts.hostname, parts.port or 80
        except ValueError:  # a port that is no number, or out of range
            self.host = None
        if parts.scheme != "http" or not self.host:
            raise ValueError(f"--server takes a URL such as http://127.0.0.1:8000, not '{url}'")
        self.url, self.base = url.rstrip("/"), parts.path.rstrip("/")

    def get(self, path: str, timeout: float) -> dict:
        """The JSON answer to GET `path`, or ServerUnavailable."""
        client = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            client.request("GET", self.base + path)
            response = client.getresponse()
            body = response.read()
            if response.status != 200:
                detail = _detail(body) or response.reason
                raise ServerUnavailable(f"{self.url} answered {response.status}: {detail}")
            return json.loads(body)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise ServerUnavailable(f"{self.url} did not answer: {exc}") from None
        finally:
            client.close()

    def asker(self, k: int, filters: dict[str, str | None], rerank: bool,
              paths: ShownPaths | None = None) -> Callable[[str], dict]:
        """Questions to answers shaped as the local search prints them (`ask --json`);
        with `paths` (the local index's view), the papers' full paths restored and their
        sources checked here."""
        from scrutiny_qa.retrieve import Result

        names = [field.name for field in fields(Result)]

        def ask(question: str) -> dict:
            query = {"q": question, "k": k, "rerank": str(rerank).lower(),
                     **{name: value for name, value in filters.items() if value is not None}}
            found = self.get("/api/ask?" + urllib.parse.urlencode(query), ASK_SECONDS)
            try:
                results = [_as_local(result, names, paths) for result in found["results"]]
                return {"query": question, "answerable": found["answerable"],
                        "also_searched": found["also_searched"], "results": results}
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ServerUnavailable(f"{self.url} answered in another form ({exc!r})") \
                    from None

        return ask


def _detail(body: bytes) -> str:
    with suppress(ValueError, AttributeError):
        return str(json.loads(body).get("detail", ""))[:200]
    return ""


def _as_local(result: dict, names: list[str], paths: ShownPaths | None) -> dict:
    """One passage of the API's answer in the local search's form: `retrieve.Result`'s
    fields in order (the page's sequence number read from its page link), then why its
    source cannot be opened."""
    citation = paths.restored(result["citation"]) if paths else result["citation"]
    given = {**result, "citation": citation,
             "page_seq": int(result["links"]["page_text"].rsplit("/", 1)[1]) - 1}
    return {**{name: given[name] for name in names},
            "source_problem": source_problem(citation) if paths else result["source_problem"]}


def same_index_asker(settings: Settings, k: int, filters: dict[str, str | None],
                     rerank: bool) -> Callable[[str], dict] | None:
    """An asker of the server announced for this index, when it answers at once and serves
    the generation the local index has (the paths' view is read from that generation);
    else None."""
    from scrutiny_qa.index import IndexUnavailable, open_index

    url = discovered(settings)
    if url is None:
        return None
    server = Server(url)
    try:
        health = server.get("/healthz", HEALTH_SECONDS)
        opened = open_index(settings)
    except (ServerUnavailable, IndexUnavailable):
        return None
    try:
        if health.get("model") != opened.manifest.get("model") or \
                health.get("index") != opened.name:
            return None
        return server.asker(k, filters, rerank, ShownPaths.of(opened.conn))
    finally:
        opened.conn.close()
