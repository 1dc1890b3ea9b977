"""What the endpoints may answer besides their 200 and 422, for the OpenAPI document.

FastAPI documents each route's JSON 200 and its 422 by itself. The other answers, the files
and spreadsheets that are not JSON, the refusals of the HTTP edge and the 503s of a missing
index or a full close-reading line, are declared here, once each, so that /openapi.json is
true to every answer the server gives (issue 25 D17): a client generated from it handles
them, and schemathesis checks it (tests/test_openapi.py).
"""

from __future__ import annotations

from pydantic import BaseModel


class Problem(BaseModel):
    """Why a request was not answered, in words a user can act on."""

    detail: str


class HealthProblem(BaseModel):
    """/healthz without a usable index: not ok, and what to run."""

    ok: bool
    detail: str


_TEXT = {"text/plain": {"schema": {"type": "string"}}}


def _problem(description: str) -> dict:
    return {"model": Problem, "description": description}


EDGE = {400: {"description": "The Host header names no host this server answers for "
                             "(`serve --allow-host` adds one)", "content": _TEXT}}
NO_INDEX = {503: _problem("No usable index; the detail says what to run")}
NOT_FOUND = {404: _problem("No such document, page or minute")}
BODY = {
    400: {"model": Problem, "content": _TEXT,
          "description": "The body is not JSON (a JSON detail), or the Host header names no "
                         "host this server answers for (text)"},
    413: {"description": "The body is over 64 KiB", "content": _TEXT},
}
ASKED = {
    503: {**_problem("No usable index; or a close reading asked for and the cross-encoder's "
                     "files missing, or its line full, when Retry-After says when to ask "
                     "again"),
          "headers": {"Retry-After": {"description": "Seconds until the close-reading line "
                                                     "should have room",
                                      "schema": {"type": "integer"}}}},
}
HEALTH = {503: {"model": HealthProblem, "description": "No usable index"}}
FILE = {
    200: {"description": "The file's bytes exactly as indexed",
          "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}},
                      "text/plain": {"schema": {"type": "string"}}}},
    403: _problem("The file is there but the server may not read it"),
    404: _problem("No such document, or its file is no longer there"),
    409: _problem("The file has changed since it was indexed, so its pages may not be the "
                  "ones cited"),
}
CSV = {200: {"description": "Every entry the selection finds, one row per commitment or "
                            "resolution part (UTF-8 with a byte-order mark)",
             "content": {"text/csv": {"schema": {"type": "string"}}}}}
