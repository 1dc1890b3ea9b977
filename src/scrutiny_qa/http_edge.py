"""The HTTP edge: what every request passes before an endpoint sees it, and every answer after.

The server is shared with colleagues and left running for months, so the edge refuses what
no user sends and nothing may cost it its health:

- a Host header that is not this machine's (`allowed_hosts`): a web page elsewhere could
  otherwise rebind its own name to 127.0.0.1 and read the index through a browser;
- a validation error never echoes the input back (a 100 MB question came back in the 422,
  and a number JSON cannot write, 1e400 or NaN, made the 422 itself fail as a 500);
- every answer says `nosniff`, so a served text file is never run as a page, and pages may
  load scripts, styles and data only from this server (the browser page uses no other);
- a 405 names every method the path takes (`Allow`), not only those of its first route.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
MAX_ECHOED = 80  # characters of a field name or message in a 422


def allowed_hosts(host: str, also: Iterable[str] = ()) -> list[str]:
    """The Host headers to answer: this machine by its local names, the address the server
    listens on (unless it listens on all of them, which no client writes), and `also` (the
    names colleagues reach it by, `serve --allow-host`)."""
    listened = [] if host in ("0.0.0.0", "::", "") else [f"[{host}]" if ":" in host else host]
    return list(dict.fromkeys([*LOCAL_HOSTS, *listened, *also]))


def guard(app: FastAPI, hosts: Iterable[str]) -> None:
    """Put the edge's checks on `app`."""
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(405, _not_allowed)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(SecurityHeaders)  # outermost: on the refusals of the Host check too


async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming each field and what is wrong with it, but never the input itself."""
    return JSONResponse({"detail": [
        {"loc": [_short(str(part)) for part in error.get("loc", ())],
         "msg": _short(str(error.get("msg", ""))), "type": str(error.get("type", ""))}
        for error in exc.errors()]}, status_code=422)


async def _not_allowed(request: Request, exc: HTTPException) -> JSONResponse:
    """405 with every method the routes of this path take: /api/ask has a GET route and a
    POST route, and Starlette's own answer named only the first one's."""
    methods = {method for route in request.app.routes if hasattr(route, "methods")
               and route.matches(request.scope)[0] is not Match.NONE
               for method in route.methods}
    return JSONResponse({"detail": exc.detail}, status_code=405,
                        headers={"Allow": ", ".join(sorted(methods))})


def _short(text: str) -> str:
    """`text` clipped, and writable as UTF-8 (a JSON key may be a lone surrogate)."""
    clipped = text if len(text) <= MAX_ECHOED else text[:MAX_ECHOED] + "…"
    return clipped.encode("utf-8", errors="replace").decode("utf-8")


class SecurityHeaders:
    """Adds `nosniff` to every answer, and the content security policy to all but PDFs
    (a browser shows a PDF in a viewer of its own that the policy would block)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if headers.get("content-type", "") != "application/pdf":
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            await send(message)

        await self.app(scope, receive, with_headers)
