"""The HTTP API and the browser page: FastAPI over the live index and one loaded model.

The model is loaded once at start-up (`create_app`), and the index generation once per
ingest (live.py), so a question costs one query encoding plus two searches. Questions run
in lanes of their own (lanes.py). Only documents recorded in the index can be downloaded:
file requests are resolved through the database, never through a path from the client,
and answers name files by their place under the corpus root (shown_paths.py).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from scrutiny_qa import index
from scrutiny_qa.abstain import answerable
from scrutiny_qa.api_docs import (
    ASKED,
    BODY,
    CSV,
    EDGE,
    FILE,
    HEALTH,
    NO_INDEX,
    NOT_FOUND,
)
from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder, make_embedder
from scrutiny_qa.export import csv_text
from scrutiny_qa.http_edge import LOCAL_HOSTS, guard
from scrutiny_qa.lanes import CLOSE_WAITING, Busy, Lanes
from scrutiny_qa.live import Generation, LiveIndex
from scrutiny_qa.locate import passage_span, utf16_span
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.query.present import page_links
from scrutiny_qa.record_search import RecordFilters, open_search
from scrutiny_qa.rerank import Reranker, RerankerUnavailable
from scrutiny_qa.sources import (
    SourceChanged,
    SourceUnavailable,
    SourceUnreadable,
    document_paths,
    indexed_bytes,
    source_problem,
)
from scrutiny_qa.store import MAX_ID

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
MAX_QUESTION = 500
# A council, committee, type, role or document name: none is longer, and SQLite refuses
# LIKE patterns past 50,000 bytes.
MAX_FILTER = 200
MAX_PAGE = 1_000_000_000  # pages of a listing: (page - 1) * per_page stays a SQLite integer
MAX_BODY = 64 * 1024  # a question with every filter is under 2 KB
# A page of text served whole: a 50 MB text file without page breaks is one "page", which
# the browser cannot show anyway; the file itself is still served whole.
MAX_PAGE_TEXT = 1_000_000


def _unicode(text: str) -> str:
    """Refuse a lone surrogate ("\\ud800" in JSON): it is no character, and neither the
    model's tokenizer, SQLite nor the JSON answer can encode it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (it holds a lone surrogate)") from None
    return text


def _real_date(text: str) -> str:
    """Refuse a date that is no day ("2023-02-30"): dates are compared as text, so an
    impossible one would quietly filter as if it were the nearest real one."""
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a date") from None
    return text


def _whole_number(value: object) -> object:
    """JSON's 5.0 is the integer 5, as JSON Schema counts (the strict body refused it); true
    and "5" stay what they are, no number."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


Text = Annotated[str, AfterValidator(_unicode)]
Filter = Annotated[Text, Field(max_length=MAX_FILTER)]
# A day written YYYY-MM-DD from year 1000 on (Python's dates start at year 1, and no council
# met before); the schema says "format: date" too, so generated clients send real days.
IsoDate = Annotated[str, Field(pattern=r"^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
                               json_schema_extra={"format": "date"}),
                    AfterValidator(_real_date)]
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]


class AskRequest(BaseModel):
    """A question and optional filters, as JSON for POST /api/ask or the query of GET."""

    # at least one character other than white space: the schema says so, rather than a
    # 422 of another shape after validation
    q: Annotated[Text, Field(min_length=1, max_length=MAX_QUESTION, pattern=r"\S")]
    k: Annotated[int, BeforeValidator(_whole_number)] = Field(default=5, ge=1, le=50)
    council: Filter | None = None
    committee: Filter | None = None
    doc_type: Filter | None = None
    date_from: IsoDate | None = None
    date_to: IsoDate | None = None
    document: Filter | None = None  # an id (ASCII digits), or the end of a path, or a title
    rerank: bool = False  # have the cross-encoder re-read the top passages (slower, surer)


class AskBody(AskRequest):
    """The question as JSON, whose types are its own: `"rerank": 0` or `"k": "5"` is
    refused, as the schema says, where a query string's text must be read as numbers."""

    model_config = ConfigDict(strict=True)


class RecordSelection(BaseModel):
    """Search text and filters for the resolution and commitment lists and their CSV."""

    q: Annotated[Text, Field(max_length=MAX_QUESTION)] | None = None
    committee: Filter | None = None
    council: Filter | None = None
    date_from: IsoDate | None = None
    date_to: IsoDate | None = None
    who: Filter | None = None
    document: RowId | None = None

    def filters(self) -> RecordFilters:
        return RecordFilters(self.committee, self.council, self.date_from, self.date_to,
                             self.who, self.document)


class RecordQuery(RecordSelection):
    """A page of the selection: the lists page, while the CSV holds every entry."""

    limit: int = Field(default=20, ge=1, le=200)
    offset: int = Field(default=0, ge=0, le=MAX_ID)


def _leased(request: Request) -> Iterator[Generation]:
    """The live generation for the length of one request."""
    with request.app.state.scrutiny.live.lease() as generation:
        yield generation


Live = Annotated[Generation, Depends(_leased)]


def create_app(settings: Settings, embedder: Embedder | None = None,
               hosts: Iterable[str] = LOCAL_HOSTS, reranker: Reranker | None = None,
               close_waiting: int = CLOSE_WAITING) -> FastAPI:
    """The app; without a usable index every data endpoint answers 503 with how to build one.
    It answers requests for `hosts` only (`http_edge.allowed_hosts`), and lets
    `close_waiting` close readings wait behind the running one (lanes.py). There is no
    Swagger page: it loads from a CDN, which an offline machine cannot reach;
    /openapi.json stays."""
    state = _State(settings, embedder or make_embedder(settings.model, settings.batch_size),
                   reranker or Reranker(settings.reranker), Lanes(close_waiting))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(title="scrutiny-qa", description=__doc__, docs_url=None, redoc_url=None,
                  max_body_size=MAX_BODY, lifespan=lifespan, responses=EDGE)
    guard(app, hosts)
    app.state.scrutiny = state

    @app.exception_handler(index.IndexUnavailable)
    async def no_index(_: Request, exc: index.IndexUnavailable) -> JSONResponse:
        return JSONResponse({"detail": state.index_text(exc)}, status_code=503)

    @app.exception_handler(Busy)
    async def busy(_: Request, exc: Busy) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503,
                            headers={"Retry-After": str(exc.retry_after)})

    @app.get("/healthz", responses=HEALTH)
    async def healthz() -> dict:
        return await state.health()

    @app.get("/api/ask", responses=ASKED)
    async def ask_get(query: Annotated[AskRequest, Query()]) -> dict:
        return await state.ask(query)

    @app.post("/api/ask", responses={**ASKED, **BODY})
    async def ask_post(body: AskBody) -> dict:
        return await state.ask(body)

    @app.get("/api/resolutions", responses=NO_INDEX)
    def resolutions(query: Annotated[RecordQuery, Query()], live: Live) -> dict:
        return live.shown.answer(live.search.find("resolution", query.q, query.filters(),
                                                  query.limit, query.offset))

    @app.get("/api/commitments", responses=NO_INDEX)
    def commitments(query: Annotated[RecordQuery, Query()], live: Live) -> dict:
        return live.shown.answer(live.search.find("commitment", query.q, query.filters(),
                                                  query.limit, query.offset))

    @app.get("/api/resolutions.csv", response_class=Response, responses={**CSV, **NO_INDEX})
    def resolutions_csv(query: Annotated[RecordSelection, Query()], request: Request,
                        live: Live) -> Response:
        return _csv(live, "resolution", query, str(request.base_url))

    @app.get("/api/commitments.csv", response_class=Response, responses={**CSV, **NO_INDEX})
    def commitments_csv(query: Annotated[RecordSelection, Query()], request: Request,
                        live: Live) -> Response:
        return _csv(live, "commitment", query, str(request.base_url))

    @app.get("/api/minutes/{minute_id}", responses={**NOT_FOUND, **NO_INDEX})
    def minute(minute_id: Annotated[RowId, PathParam()], live: Live) -> dict:
        found = live.search.minute(minute_id)
        if found is None:
            raise HTTPException(404, f"no minute {minute_id}")
        return live.shown.answer(found)

    @app.get("/api/documents", responses=NO_INDEX)
    def documents(live: Live, page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
                  per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
        conn = live.search.conn
        total = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        rows = conn.execute(
            "SELECT * FROM documents ORDER BY meeting_date IS NULL, meeting_date DESC, title"
            " LIMIT ? OFFSET ?",  # undated last on every backend (PostgreSQL puts NULL first)
            (per_page, (page - 1) * per_page)).fetchall()
        return live.shown.answer({"total": total, "page": page, "per_page": per_page,
                                  "documents": [_document(live, row, brief=True)
                                                for row in rows]})

    @app.get("/api/documents/{doc_id}", responses={**NOT_FOUND, **NO_INDEX})
    def document(doc_id: Annotated[RowId, PathParam()], live: Live) -> dict:
        return live.shown.answer(_document(live, _row(live, doc_id)))

    @app.get("/api/documents/{doc_id}/file", response_class=Response,
             responses={**FILE, **NO_INDEX})
    def document_file(doc_id: Annotated[RowId, PathParam()], live: Live) -> Response:
        try:
            row = _row(live, doc_id)
            path, data = indexed_bytes(row["sha256"], document_paths(live.search.conn, row))
        except SourceUnavailable as exc:
            status = {SourceChanged: 409, SourceUnreadable: 403}.get(type(exc), 404)
            raise HTTPException(status, live.shown.text(str(exc))) from None
        media = "application/pdf" if row["kind"] == "pdf" else "text/plain; charset=utf-8"
        disposition = f"inline; filename*=utf-8''{quote(path.name)}"
        return Response(data, media_type=media, headers={"Content-Disposition": disposition})

    @app.get("/api/documents/{doc_id}/pages/{seq}", responses={**NOT_FOUND, **NO_INDEX})
    def page(doc_id: Annotated[RowId, PathParam()], seq: Annotated[RowId, PathParam()],
             live: Live, passage: Annotated[RowId | None, Query()] = None) -> dict:
        """A page's text; with `passage` (a passage's id), where that passage stands in it,
        so that the source view marks the whole passage."""
        _row(live, doc_id)
        found = live.search.conn.execute(
            "SELECT number, label, item, blank, substr(text, 1, ?) AS text, length(text) > ?"
            " AS cut FROM pages WHERE document_id=? AND seq=?",
            (MAX_PAGE_TEXT, MAX_PAGE_TEXT, doc_id, seq - 1)).fetchone()
        if found is None:
            raise HTTPException(404, f"document {doc_id} has no page {seq}")
        return {"document_id": doc_id, "seq": seq, "page": found["number"],
                "label": found["label"], "agenda_item": found["item"],
                "blank": bool(found["blank"]), "text": found["text"],
                "truncated": bool(found["cut"]),  # the file itself holds the rest
                "marked": _marked(live, doc_id, seq - 1, found["text"], passage)}

    @app.get("/api/facets", responses=NO_INDEX)
    def facets(live: Live) -> dict:
        conn = live.search.conn

        def values(column: str) -> list[str]:
            rows = conn.execute(f"SELECT DISTINCT {column} FROM documents WHERE {column} IS NOT"
                                f" NULL ORDER BY {column}").fetchall()
            return [row[0] for row in rows]

        dates = conn.execute("SELECT MIN(meeting_date), MAX(meeting_date) FROM documents")
        first, last = dates.fetchone()
        return {"councils": values("council"), "committees": values("committee"),
                "doc_types": values("doc_type"), "date_from": first, "date_to": last}

    if WEB_DIR.is_dir():
        app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    return app


class _State:
    """What the endpoints share: the settings, the model, the live index and the lanes."""

    def __init__(self, settings: Settings, embedder: Embedder, reranker: Reranker,
                 lanes: Lanes) -> None:
        self.settings, self.lanes = settings, lanes
        # one cross-encoder for every generation: reopening the index does not reload it
        self.live = LiveIndex(None if settings.database else settings.index_dir,
                              lambda: open_search(
            settings, embedder, reranker=reranker))

    async def health(self) -> dict:
        """What is open, looked at in a lane of its own: nothing queued can hold it up."""
        try:
            return await self.lanes.aside(self._health)
        except index.IndexUnavailable as exc:
            return JSONResponse({"ok": False, "detail": self.index_text(exc)}, status_code=503)

    def _health(self) -> dict:
        with self.live.lease() as generation:
            return {"ok": True, "model": generation.search.searcher.index.manifest["model"],
                    "documents": generation.documents, "passages": generation.passages,
                    "index": generation.name}

    async def ask(self, body: AskRequest) -> dict:
        """The answer, from the quick lane or the close-reading lane (Busy when its line
        is full), timed from arrival so that waiting for a turn counts."""
        started = time.perf_counter()
        lane = self.lanes.close if body.rerank else self.lanes.quick
        answer = await lane(lambda: self._answer(body))
        return {"query": body.q, "took_ms": round((time.perf_counter() - started) * 1000, 1),
                **answer}

    def _answer(self, body: AskRequest) -> dict:
        filters = Filters(body.council, body.committee, body.doc_type, body.date_from,
                          body.date_to, body.document)
        with self.live.lease() as generation:
            searcher = generation.search.searcher
            try:
                results = searcher.search(body.q, body.k, filters, rerank=body.rerank)
            except RerankerUnavailable as exc:
                raise HTTPException(503, str(exc)) from exc
            return generation.shown.answer({
                "answerable": answerable(results),
                "also_searched": searcher.also_searched(body.q),
                "results": [_result(r) for r in results]})

    def index_text(self, exc: index.IndexUnavailable) -> str:
        """Why there is no index, naming its folder as given to the server, never by the
        server's absolute path."""
        root = self.settings.index_dir
        return str(exc).replace(str(root.resolve()), root.name)

    def close(self) -> None:
        self.lanes.shutdown()
        self.live.close()


def _csv(live: Generation, kind: str, query: RecordSelection, base_url: str) -> Response:
    """Every entry the selection finds, as the CSV action log, its links absolute so that
    they work from the spreadsheet (its files named by their names alone)."""
    found = live.search.find(kind, query.q, query.filters(), limit=MAX_ID)

    def link(citation: dict, page: int | None) -> str:
        return base_url.rstrip("/") + page_links(citation["document_id"], page, 0)["page"]

    return Response(csv_text(kind, found["items"], link), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{kind}s.csv"'})


def _result(result) -> dict:  # noqa: ANN001 - retrieve.Result
    citation = result.citation
    return {"chunk_id": result.chunk_id, "text": result.text, "score": result.score,
            "similarity": result.similarity, "coverage": result.coverage,
            "relevance": result.relevance, "ranks": result.ranks,
            "highlights": result.highlights, "citation": citation,
            "links": page_links(citation["document_id"], citation["page"], result.page_seq),
            "source_problem": source_problem(citation)}


def _marked(live: Generation, doc_id: int, page_seq: int, text: str,
            passage: int | None) -> dict | None:
    """Where passage `passage` of this page stands in `text`, in the browser's UTF-16
    offsets; None when no passage is asked for, it is another page's, or its words are
    not found on the page."""
    if passage is None:
        return None
    row = live.search.conn.execute(
        "SELECT text FROM chunks WHERE id=? AND document_id=? AND page_seq=?",
        (passage, doc_id, page_seq)).fetchone()
    span = passage_span(text, row["text"]) if row else None
    if span is None:
        return None
    start, end = utf16_span(text, span)
    return {"passage": passage, "start": start, "end": end}


def _row(live: Generation, doc_id: int):  # noqa: ANN202 - a store row
    row = live.search.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no document {doc_id}")
    return row


def _document(live: Generation, row, brief: bool = False) -> dict:  # noqa: ANN001
    conn = live.search.conn
    info = {key: row[key] for key in ("id", "title", "council", "committee", "meeting_date",
                                      "doc_type", "kind", "page_count", "sha256", "path")}
    items = conn.execute("SELECT number, title, first_label, last_label, first_page,"
                         " last_page FROM items WHERE document_id=?", (row["id"],)).fetchall()
    info["agenda_items"] = [dict(item) for item in items]
    if not brief:
        info["aliases"] = [r[0] for r in conn.execute(
            "SELECT path FROM aliases WHERE document_id=? ORDER BY path", (row["id"],))]
    return info
