"""A damaged index directory: a lost pointer loses nothing, a damaged file is one line and a
non-zero exit, and the next ingest rebuilds it from the papers (issue 25 D7, D11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny_qa import index
from scrutiny_qa.cli import main
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest


@pytest.fixture()
def built(tmp_path: Path, embedder) -> tuple[Path, Settings]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "libraries.txt").write_text("The committee agreed Sunday library hours.", "utf-8")
    (corpus / "roads.txt").write_text("Officers will report on pothole repairs.", "utf-8")
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    return corpus, settings


def _documents(settings: Settings) -> set[str]:
    conn = index.open_index(settings).conn
    return {Path(row[0]).name for row in conn.execute("SELECT path FROM documents")}


def test_a_pointer_to_a_missing_generation_falls_back_and_deletes_nothing(built, embedder):
    corpus, settings = built
    live = index.current_generation(settings.index_dir)
    for broken in ("gen-20200101-000000-deadbeef", "../../etc", "\x00\xff"):
        (settings.index_dir / index.CURRENT).write_text(broken, encoding="latin-1")
        assert index.current_generation(settings.index_dir) == live
    (settings.index_dir / index.CURRENT).unlink()
    assert index.current_generation(settings.index_dir) == live
    index._remove_stale(settings.index_dir)
    assert live.is_dir() and _documents(settings) == {"libraries.txt", "roads.txt"}
    summary = ingest([corpus], settings, embedder)  # carries on from it, not from nothing
    assert (summary.unchanged, summary.rebuilt) == (2, False)
    assert _documents(settings) == {"libraries.txt", "roads.txt"}


@pytest.mark.parametrize("name", [index.STORE_FILE, index.VECTORS_FILE, index.MANIFEST_FILE])
def test_a_damaged_index_file_is_one_line_and_an_ingest_rebuilds_it(built, embedder, capsys,
                                                                     name):
    corpus, settings = built
    damaged = index.current_generation(settings.index_dir) / name
    damaged.write_bytes(b"\x00garbage, not what was written" * 100)
    assert main(["info", "--index", str(settings.index_dir)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"'{damaged}' is damaged" in err
    assert "scrutiny-qa ingest" in err
    summary = ingest([corpus], settings, embedder)  # vectors are rebuilt from the store
    assert summary.rebuilt == (name != index.VECTORS_FILE)
    assert _documents(settings) == {"libraries.txt", "roads.txt"}
    assert main(["info", "--index", str(settings.index_dir)]) == 0


def test_a_generation_is_on_disk_before_the_pointer_names_it(built, embedder, monkeypatch):
    corpus, settings = built
    synced: list[str] = []
    real = index._fsync
    monkeypatch.setattr(index, "_fsync", lambda path: (synced.append(path.name), real(path)))
    replace = index.os.replace
    monkeypatch.setattr(index.os, "replace",
                        lambda a, b: (synced.append("swap"), replace(a, b)))
    (corpus / "new.txt").write_text("A new paper on the waste strategy.", "utf-8")
    ingest([corpus], settings, embedder)
    swap = synced.index("swap")
    assert {index.STORE_FILE, index.VECTORS_FILE, index.MANIFEST_FILE, "current.tmp"} <= \
        set(synced[:swap])
