"""A check schemathesis runs on every answer besides its own (SCHEMATHESIS_HOOKS names this
module in tests/test_openapi.py): no answer names a folder of the server (issue 25 D16)."""

from __future__ import annotations

import os

import schemathesis

SERVER_FOLDER = "SCRUTINY_QA_TEST_SERVER_FOLDER"


@schemathesis.check
def no_server_folder(ctx, response, case) -> None:  # noqa: ANN001 - schemathesis' types
    """The folder holding the corpus and the index must appear in no answer."""
    folder = os.environ[SERVER_FOLDER].encode()
    if folder in response.content:
        raise AssertionError(f"the answer names the server's folder {folder.decode()}")
