"""The Resolutions and Commitments lists as a search: only matching entries, filters that
combine, and the same selection as a CSV action log that matches the JSON."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from scrutiny_qa.api import create_app
from scrutiny_qa.export import COLUMNS

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


def _csv(client: TestClient, kind: str, params: dict) -> list[dict[str, str]]:
    response = client.get(f"/api/{kind}.csv", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # the byte-order mark
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))
    assert not rows or list(rows[0]) == COLUMNS[kind[:-1]]
    return rows


def test_the_commitments_csv_holds_the_json_entries_in_order(client):
    params = {"q": "report"}
    rows = _csv(client, "commitments", params)
    entries = client.get("/api/commitments", params={**params, "limit": 200}).json()["items"]
    assert len(rows) == len(entries) > 1
    for row, entry in zip(rows, entries, strict=True):
        assert (row["what"], row["who"], row["meeting date"], row["committee"]) == \
            (entry["what"], entry["who"] or "", entry["meeting_date"] or "",
             entry["committee"] or "")
        assert row["status"] == entry["status"]
        assert row["source link"].startswith("http://localhost/api/documents/")
    libraries = next(r for r in rows if r["who"] == "Head of Libraries")
    assert libraries["item"] == "4" or libraries["item"].startswith("4:")
    assert libraries["minute heading"] == "Library Opening Hours"
    assert libraries["source link"].endswith("#page=2") and libraries["page"] == "2"


def test_the_resolutions_csv_has_a_row_per_part_and_takes_the_filters(client):
    params = {"q": "branch libraries", "committee": "Cabinet"}
    rows = _csv(client, "resolutions", params)
    entries = client.get("/api/resolutions", params={**params, "limit": 200}).json()["items"]
    assert [r["resolution"] for r in rows] == [p["text"] for e in entries for p in e["parts"]]
    assert {r["council"] for r in rows} == {e["council"] or "" for e in entries}
    assert _csv(client, "resolutions", {"q": "xyzzy qwerty"}) == []


@pytest.mark.parametrize("params", [{"date_from": "30/01/2025"}, {"document": "0"},
                                    {"q": "x" * 501}])
def test_bad_csv_parameters_are_refused_with_422(client, params):
    assert client.get("/api/commitments.csv", params=params).status_code == 422
