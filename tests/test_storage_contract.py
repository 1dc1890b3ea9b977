"""The storage contract, run against both backends (`backend` fixture: embedded SQLite +
FTS5 + FAISS, and PostgreSQL + pgvector from the pgserver wheel): what ranking, the record
and the API rely on from a store must hold alike on each."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import CABINET_MINUTES, PLANNING_PACK, make_pdf
from scrutiny_qa import index
from scrutiny_qa.config import Settings
from scrutiny_qa.evaluate import agreement
from scrutiny_qa.ingest import ingest
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.retrieve import Searcher
from scrutiny_qa.store import LIKE_ESCAPE, like_pattern


@pytest.fixture()
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    make_pdf(folder / "planning-pack.pdf", PLANNING_PACK)
    make_pdf(folder / "cabinet-minutes.pdf", CABINET_MINUTES)
    (folder / "roads.txt").write_text(
        "Sefton Council\nCabinet\n\nOfficers will report back on pothole repairs in March.\n"
        "The gritting routes were reviewed and two new routes were added for the winter.",
        encoding="utf-8")
    (folder / "parks.txt").write_text(
        "Sefton Council\nCabinet\n\nThe parks strategy was approved. Special educational needs"
        " and disabilities (SEND) provision in the parks was welcomed by members.",
        encoding="utf-8")
    return folder


def _searcher(settings: Settings, embedder) -> Searcher:  # noqa: ANN001
    return Searcher(index.open_index(settings), embedder)


def test_ingest_then_ask_cites_item_and_page(backend, papers, embedder):
    summary = ingest([papers], backend, embedder)
    assert (summary.indexed, summary.failures) == (4, [])
    top = _searcher(backend, embedder).search("Sunday opening of branch libraries", k=3)[0]
    assert "Sunday" in top.text
    assert top.citation["agenda_item"]["number"] == "2"
    assert top.citation["page"] is not None


def test_unchanged_papers_are_skipped_changed_replaced_gone_pruned(backend, papers, embedder):
    ingest([papers], backend, embedder)
    again = ingest([papers], backend, embedder)
    assert (again.indexed, again.unchanged, again.embedded) == (0, 4, 0)
    (papers / "roads.txt").write_text("Officers will report on salt stocks in November.",
                                      encoding="utf-8")
    (papers / "parks.txt").unlink()
    changed = ingest([papers], backend, embedder, prune=True)
    assert (changed.replaced, changed.unchanged, len(changed.removed)) == (1, 2, 1)
    texts = [r.text for r in _searcher(backend, embedder).search("salt stocks pothole parks")]
    assert any("salt stocks" in t for t in texts)
    assert not any("pothole" in t or "parks strategy" in t for t in texts)


def test_a_paper_that_fails_leaves_nothing_half_written(backend, papers, embedder,
                                                        monkeypatch):
    from scrutiny_qa import ingest as ingest_module

    def broken(conn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        conn.execute("INSERT INTO acronyms(document_id, short, long) VALUES (?, ?, ?)",
                     (args[0], "X", "a row written before the fault"))
        raise RuntimeError("a fault while storing the record")

    monkeypatch.setattr(ingest_module, "store_record", broken)
    summary = ingest([papers], backend, embedder)
    assert len(summary.failures) == 4
    conn = index.open_index(backend).conn
    for table in ("documents", "chunks", "acronyms"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_rows_are_read_by_name_and_position_and_like_ignores_case(backend, papers, embedder):
    ingest([papers], backend, embedder)
    conn = index.open_index(backend).conn
    row = conn.execute("SELECT id, title FROM documents ORDER BY id").fetchone()
    assert row["id"] == row[0] and row["title"] == row[1] and list(row.keys()) == ["id", "title"]
    found = conn.execute(f"SELECT count(*) FROM chunks WHERE text LIKE ? {LIKE_ESCAPE}",
                         [like_pattern("POTHOLE")]).fetchone()[0]
    assert found == 1
    literal = conn.execute(f"SELECT count(*) FROM chunks WHERE text LIKE ? {LIKE_ESCAPE}",
                           [like_pattern("100%")]).fetchone()[0]
    assert literal == 0  # "%" in a filter is a per cent sign, not a wildcard


def test_keyword_search_ranks_alike_on_both_backends(papers, tmp_path, postgres_url, embedder):
    embedded = Settings(index_dir=tmp_path / "embedded")
    database = Settings(index_dir=tmp_path / "unused", database=postgres_url)
    for settings in (embedded, database):
        ingest([papers], settings, embedder)
    first, second = _searcher(embedded, embedder), _searcher(database, embedder)
    for question in ("gritting routes winter", "library opening hours consultation",
                     "visitor figures branch", "special educational needs"):
        texts = [[s.conn.execute("SELECT text FROM chunks WHERE id = ?", (i,)).fetchone()[0]
                  for i in s.keyword(question)] for s in (first, second)]
        assert texts[0] == texts[1] and texts[0]
    for word in ("librari", "sunday", "nowhere"):
        assert first.conn.lexical.matches("chunks", word) == \
            second.conn.lexical.matches("chunks", word)
    phrase = ["special educational needs and disabilities"]
    assert first.conn.lexical.matches("chunks", phrase[0]) == 1 == \
        second.conn.lexical.matches("chunks", phrase[0])
    questions = [{"question": q} for q in ("Sunday opening", "pothole repairs", "rota")]
    assert agreement(first, second, questions) == 1.0


def test_vectors_search_nearest_and_keep_to_a_filter(backend, papers, embedder):
    ingest([papers], backend, embedder)
    searcher = _searcher(backend, embedder)
    vectors = searcher.index.vectors
    total = searcher.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
    assert vectors.count() == total
    query = embedder.encode_query("pothole repairs")
    nearest = vectors.search(query, 3)
    text = searcher.conn.execute("SELECT text FROM chunks WHERE id = ?",
                                 (nearest[0],)).fetchone()[0]
    assert "pothole" in text
    stored = vectors.vector(nearest[0])
    assert stored.shape == query.shape and float(stored @ query) > 0.3
    allowed = np.array([i for i in range(1, total + 5) if i != nearest[0]], dtype=np.int64)
    assert nearest[0] not in vectors.search(query, 3, allowed)


def test_filters_narrow_both_retrievers(backend, papers, embedder):
    ingest([papers], backend, embedder)
    searcher = _searcher(backend, embedder)
    only = Filters(document="roads")
    results = searcher.search("library opening hours pothole", k=5, filters=only)
    assert results and all(r.citation["path"].endswith("roads.txt") for r in results)


def test_the_api_serves_either_backend_alike(backend, papers, embedder):
    from fastapi.testclient import TestClient

    from scrutiny_qa.api import create_app

    ingest([papers], backend, embedder)
    client = TestClient(create_app(backend, embedder), base_url="http://localhost")
    assert client.get("/healthz").json()["documents"] == 4
    answer = client.get("/api/ask", params={"q": "new gritting routes for the winter"}).json()
    first = answer["results"][0]
    assert "gritting" in first["text"]
    page = client.get(f"/api/documents/{first['citation']['document_id']}/pages/1")
    assert page.status_code == 200
    resolutions = client.get("/api/resolutions", params={"q": "Sunday opening"}).json()
    assert resolutions["items"] and "Sunday" in resolutions["items"][0]["text"]
    assert client.get("/api/resolutions", params={"q": "xyzzy qwerty"}).json()["items"] == []
    assert client.get("/api/documents/99999").status_code == 404


def test_a_filter_nothing_matches_finds_nothing(backend, papers, embedder):
    ingest([papers], backend, embedder)
    searcher = _searcher(backend, embedder)
    assert searcher.search("gritting routes", filters=Filters(council="Nowhere Council")) == []
    assert searcher.keyword("gritting routes", Filters(council="Nowhere Council")) == []
