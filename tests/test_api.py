"""The JSON API over the seed-corpus index, through FastAPI's TestClient."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import PLANNING_PACK, make_pdf
from scrutiny_qa import sources
from scrutiny_qa.api import create_app
from scrutiny_qa.cli import main
from scrutiny_qa.config import Settings
from scrutiny_qa.index import open_index
from scrutiny_qa.ingest import ingest
from scrutiny_qa.sources import stale_documents


@pytest.fixture(scope="module")
def client(seed_index, embedder) -> TestClient:
    return TestClient(create_app(seed_index, embedder), base_url="http://localhost")


def test_ask_returns_cited_results_with_links(client):
    response = client.get("/api/ask", params={"q": "managed teams accountability", "k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "managed teams accountability" and body["took_ms"] > 0
    assert len(body["results"]) == 3
    first = body["results"][0]
    assert {"text", "highlights", "score", "similarity", "citation", "links"} <= set(first)
    for mark in first["highlights"]:
        assert first["text"][mark["start"]:mark["end"]] == mark["text"]
    doc = first["citation"]["document_id"]
    assert first["links"]["document"] == f"/api/documents/{doc}/file"


def test_answers_say_which_other_forms_of_an_acronym_were_searched(client, seed_index,
                                                                    capsys):
    # the seed papers define "Special Educational Needs and Disabilities (SEND)"
    data = client.get("/api/ask", params={"q": "What is the SEND strategy?"}).json()
    assert "special educational needs and disabilities" in data["also_searched"]
    plain = client.get("/api/ask", params={"q": "library opening hours"}).json()
    assert plain["also_searched"] == []
    assert main(["ask", "What is the SEND strategy?", "-k", "1",
                 "--index", str(seed_index.index_dir)]) == 0
    assert "(also searched for: special educational needs and disabilities" in \
        capsys.readouterr().out


def test_a_recorded_vote_is_cited_with_what_it_decided(client, seed_index, capsys):
    question = "Was the home to school transport feasibility study amendment agreed?"
    results = client.get("/api/ask", params={"q": question}).json()["results"]
    votes = [r["citation"]["vote"] for r in results if r["citation"]["kind"] == "vote"]
    assert votes and votes[0].startswith(
        "Vote on the amendment in paragraph 11 (Amendment lost; For 3, Against 4, Abstain 0)")
    assert main(["ask", question, "-k", "3", "--index", str(seed_index.index_dir)]) == 0
    assert "~ Vote on the amendment in paragraph 11 (Amendment lost" in capsys.readouterr().out


def test_post_ask_takes_the_same_fields_and_filters(client):
    body = {"q": "children's services", "k": 5, "date_from": "2023-01-01",
            "date_to": "2023-12-31"}
    results = client.post("/api/ask", json=body).json()["results"]
    assert results and all(r["citation"]["meeting_date"].startswith("2023") for r in results)


@pytest.mark.parametrize("params", [{"q": ""}, {"q": " \t"}, {"q": "x" * 501}, {"q": "ok", "k": 0},
                                    {"q": "ok", "k": 51}, {"q": "ok", "date_from": "May 2023"}])
def test_bad_questions_are_refused_with_422(client, params):
    response = client.get("/api/ask", params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)  # the documented shape, always


def _corpus_files(settings: Settings) -> int:
    return len(list((settings.index_dir.parent / "corpus").iterdir()))


def test_documents_list_detail_file_and_page(client, seed_index):
    listing = client.get("/api/documents", params={"per_page": 2}).json()
    assert listing["total"] == _corpus_files(seed_index) and len(listing["documents"]) == 2
    pack = next(d for d in client.get("/api/documents").json()["documents"]
                if d["doc_type"] == "agenda pack" and d["meeting_date"] == "2022-11-07")
    detail = client.get(f"/api/documents/{pack['id']}").json()
    titles = {item["number"]: item["title"] for item in detail["agenda_items"]}
    assert titles["5"] == "Children's Services Improvement Programme"
    assert detail["aliases"] == []
    served = client.get(f"/api/documents/{pack['id']}/file")
    assert served.status_code == 200 and served.headers["content-type"].startswith("text/plain")
    # named under the corpus folder, never by the server's absolute path (issue 25 D16)
    assert not Path(detail["path"]).is_absolute()
    corpus = seed_index.index_dir.parent / "corpus"
    assert served.content == (corpus / detail["path"]).read_bytes()
    page = client.get(f"/api/documents/{pack['id']}/pages/1").json()
    assert "Public Document Pack" in page["text"]


def test_pdf_results_link_to_their_page(client):
    results = client.get("/api/ask", params={"q": "Sunday opening of branch libraries"}).json()
    first = results["results"][0]
    citation = first["citation"]
    assert citation["path"].endswith("planning-pack.pdf")
    assert citation["agenda_item"] == {"number": "2", "title": "Library Opening Hours Review",
                                       "printed_pages": {"first": 1, "last": 2}}
    assert first["links"]["page"].endswith(f"/file#page={citation['page']}")
    assert (citation["page"], citation["page_label"]) in {(3, "1"), (4, "2")}
    served = client.get(first["links"]["document"])
    assert served.headers["content-type"] == "application/pdf"


def test_unknown_documents_and_pages_are_404(client):
    assert client.get("/api/documents/99999").status_code == 404
    assert client.get("/api/documents/99999/file").status_code == 404
    assert client.get("/api/documents/1/pages/99999").status_code == 404
    assert client.get("/api/documents/..%2F..%2Fetc%2Fpasswd/file").status_code in {404, 422}


def test_facets_and_health(client, seed_index):
    facets = client.get("/api/facets").json()
    assert "agenda pack" in facets["doc_types"]
    assert facets["date_from"] <= facets["date_to"]
    health = client.get("/healthz").json()
    assert health["ok"] and health["documents"] == _corpus_files(seed_index)
    assert health["passages"] > 100


def test_no_index_is_503_with_how_to_build_one(tmp_path, embedder):
    empty = TestClient(create_app(Settings(index_dir=tmp_path / "none"), embedder),
                       base_url="http://localhost")
    response = empty.get("/api/ask", params={"q": "anything"})
    assert response.status_code == 503 and "scrutiny-qa ingest" in response.json()["detail"]
    assert empty.get("/healthz").status_code == 503


def test_page_is_served_at_root(client):
    page = client.get("/")
    assert page.status_code == 200 and "<form" in page.text and "app.js" in page.text


def test_a_file_changed_since_indexing_is_not_opened_at_a_stale_page(tmp_path, embedder, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pack = make_pdf(corpus / "pack.pdf", PLANNING_PACK)
    copy = corpus / "copy of pack.pdf"
    copy.write_bytes(pack.read_bytes())
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    app = TestClient(create_app(settings, embedder), base_url="http://localhost")
    ask = {"q": "Sunday opening of branch libraries", "k": 1}
    link = app.get("/api/ask", params=ask).json()["results"][0]["links"]["document"]

    # An amended pack replaces the file; the byte-identical copy still holds what was cited.
    make_pdf(pack, ["Amended front sheet", *PLANNING_PACK])
    assert app.get(link).content == copy.read_bytes()
    assert app.get("/api/ask", params=ask).json()["results"][0]["source_problem"] is None

    copy.unlink()
    refused = app.get(link)
    assert refused.status_code == 409 and "changed since it was indexed" in refused.json()["detail"]
    result = app.get("/api/ask", params=ask).json()["results"][0]
    assert "scrutiny-qa ingest" in result["source_problem"]
    assert main(["ask", ask["q"], "-k", "1", "--json", "--index", str(settings.index_dir)]) == 0
    printed = json.loads(capsys.readouterr().out)
    # the command line, on the server itself, names the file in full; the API under the
    # corpus folder (issue 25 D16)
    assert result["source_problem"].startswith("pack.pdf has changed")
    assert printed["results"][0]["source_problem"] == \
        f"{corpus.resolve()}/{result['source_problem']}"

    pack.unlink()
    gone = app.get(link)
    assert gone.status_code == 404 and "is no longer there" in gone.json()["detail"]
    stale = stale_documents(open_index(settings).conn)
    assert len(stale) == 1 and stale[0].startswith(f"{pack.resolve()} is no longer there")


def test_a_quiet_replacement_or_an_unreadable_file_is_caught(tmp_path, embedder, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pack = make_pdf(corpus / "pack.pdf", PLANNING_PACK)
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    app = TestClient(create_app(settings, embedder), base_url="http://localhost")
    link = app.get("/api/ask", params={"q": "Sunday opening", "k": 1}).json()[
        "results"][0]["links"]["document"]
    assert app.get(link).status_code == 200  # its digest is now remembered

    # The same size and modification time, as `cp -p` or an unzip leaves them.
    original, stat = pack.read_bytes(), pack.stat()
    altered = bytearray(original)
    altered[len(altered) // 2] ^= 1
    pack.write_bytes(bytes(altered))
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert pack.stat().st_size == stat.st_size
    assert app.get(link).status_code == 409

    # Replaced after its digest was checked and before it was read to be served.
    pack.write_bytes(original)
    checked = sources.indexed_file

    def swapped_after_check(sha256, paths):
        found = checked(sha256, paths)
        found.write_bytes(bytes(altered))
        return found

    monkeypatch.setattr(sources, "indexed_file", swapped_after_check)
    assert app.get(link).status_code == 409
    monkeypatch.undo()

    pack.write_bytes(original)
    served = app.get(link)
    assert served.content == original
    assert served.headers["content-disposition"] == "inline; filename*=utf-8''pack.pdf"
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == pack.resolve():
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    problem = app.get("/api/ask", params={"q": "Sunday opening", "k": 1}).json()[
        "results"][0]["source_problem"]
    assert "cannot be read (Permission denied)" in problem
    assert app.get(link).status_code == 403
