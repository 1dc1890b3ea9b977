"""The Resolutions and Commitments lists as a search: only matching entries, filters that
combine."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from scrutiny_qa.api import create_app

KINDS = ("resolutions", "commitments")


@pytest.fixture(scope="module")
def client(seed_index, embedder) -> TestClient:
    return TestClient(create_app(seed_index, embedder), base_url="http://localhost")


@pytest.mark.parametrize("kind", KINDS)
def test_a_query_of_nonsense_finds_nothing(client, kind):
    found = client.get(f"/api/{kind}", params={"q": "xyzzy qwerty"}).json()
    assert found["total"] == 0 and found["items"] == []


def test_a_query_returns_only_the_entries_that_match(client):
    everything = client.get("/api/resolutions", params={"limit": 200}).json()["total"]
    found = client.get("/api/resolutions", params={"q": "branch libraries", "limit": 200}).json()
    assert 0 < found["total"] < everything / 2
    assert found["items"][0]["minute"]["number"] == "87"


def test_filters_combine_with_the_query(client):
    query = {"q": "report", "limit": 200}
    broad = client.get("/api/commitments", params=query).json()
    dated = client.get("/api/commitments", params={**query, "date_from": "2025-01-01"}).json()
    assert 0 < dated["total"] < broad["total"]
    assert all(e["meeting_date"] >= "2025-01-01" for e in dated["items"])
    both = client.get("/api/commitments", params={**query, "date_from": "2025-01-01",
                                                  "who": "Head of Libraries"}).json()
    assert [e["who"] for e in both["items"]] == ["Head of Libraries"]
