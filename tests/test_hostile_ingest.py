"""Ingest of an uncleaned folder: every bad file, link, pipe, name and sidecar is one line
naming it and why, and never stops the good papers being indexed (issue 25)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from conftest import make_pdf
from scrutiny_qa import index
from scrutiny_qa import ingest as pipeline
from scrutiny_qa.cli import format_summary
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest

GOOD = "The committee agreed to extend library opening hours on Sundays."


@pytest.fixture()
def deadline():
    """Fail, rather than hang the run, if something waits on a named pipe."""
    def expired(*_: object) -> None:
        raise TimeoutError("the ingest hung")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    return corpus


def _rows(settings: Settings, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(index.current_generation(settings.index_dir) / index.STORE_FILE)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql).fetchall()


def _names(settings: Settings) -> set[str]:
    return {Path(row["path"]).name for row in _rows(settings, "SELECT path FROM documents")}


def _lines(summary, label: str) -> list[str]:  # noqa: ANN001 - ingest.Summary
    printed = format_summary(summary)
    printed.encode("utf-8")  # printable as it is: no lone surrogates
    return [line for line in printed.splitlines() if line.startswith(f"{label}: ")]


def test_odd_entries_are_skipped_with_one_line_each(tmp_path, embedder, deadline,
                                                    monkeypatch):
    corpus = _corpus(tmp_path)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Private notes that are not council papers.", encoding="utf-8")
    os.close(os.open(os.fsencode(corpus) + b"/caf\xe9 minutes.txt", os.O_CREAT | os.O_WRONLY))
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "gone.txt").symlink_to(corpus / "never-there.txt")
    (corpus / "out.txt").symlink_to(outside)
    (corpus / "up").symlink_to(corpus)  # a link to a folder above it ends there
    (corpus / "same.txt").symlink_to(corpus / "good.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "locked").mkdir()
    (corpus / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "two\nlines.txt").write_bytes(b"")
    scandir = os.scandir

    def refused(path):  # noqa: ANN001, ANN202 - as os.scandir; root may read any folder
        if Path(path) == corpus / "locked":
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refused)
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)

    assert _names(settings) == {"good.txt"} and summary.indexed == 1
    skipped = _lines(summary, "skipped")
    assert len(skipped) == 6, skipped  # "up" and "same.txt" lead back inside: not skipped
    assert f"skipped: {corpus}/caf\\xe9 minutes.txt: the name is not valid UTF-8 (rename it)" \
        in skipped
    assert "a link that cannot be followed" in next(r for r in skipped if "loop.txt" in r)
    assert "a link to nothing" in next(r for r in skipped if "gone.txt" in r)
    assert "--follow-links" in next(r for r in skipped if "out.txt" in r)
    assert "a named pipe" in next(r for r in skipped if "pipe.txt" in r)
    assert "Permission denied" in next(r for r in skipped if "locked" in r)
    failed = _lines(summary, "FAILED")
    assert failed == [f"FAILED: {corpus}/two\\nlines.txt: empty file"]


def test_links_out_of_the_corpus_are_followed_when_asked(tmp_path, embedder):
    corpus = _corpus(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("Officers will report on pothole repairs.", "utf-8")
    (corpus / "linked").symlink_to(elsewhere)
    (elsewhere / "back").symlink_to(corpus)  # followed, the tree loops back
    settings = Settings(index_dir=tmp_path / "index")
    ingest([corpus], settings, embedder)
    assert _names(settings) == {"good.txt"}
    summary = ingest([corpus], settings, embedder, follow_links=True)
    assert _names(settings) == {"good.txt", "notes.txt"} and not summary.skipped


def test_a_named_pipe_given_by_name_is_never_opened(tmp_path, embedder, deadline):
    corpus = _corpus(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([tmp_path / "pipe.txt", corpus], settings, embedder)
    assert summary.skipped == [(str(tmp_path / "pipe.txt"), "not a regular file: a named pipe")]
    assert _names(settings) == {"good.txt"}


SIDECARS = {
    "number.txt": "5",
    "null.txt": "null",
    "title.txt": '{"title": 5}',
    "date.txt": '{"meeting_date": 20250101, "committee": "Cabinet"}',
    "impossible.txt": '{"meeting_date": "2023-02-30"}',
    "list.txt": '{"committee": ["a", "b"]}',
    "broken.txt": '{"committee": ',
    "typo.txt": '{"comittee": "Cabinet"}',
    "latin1.txt": b'{"title": "caf\xe9"}',
}


def test_a_bad_sidecar_is_named_and_its_paper_indexed_without_it(tmp_path, embedder):
    corpus = _corpus(tmp_path)
    for name, sidecar in SIDECARS.items():
        (corpus / name).write_text(f"{GOOD} Paper {name}.", encoding="utf-8")
        data = sidecar if isinstance(sidecar, bytes) else sidecar.encode("utf-8")
        (corpus / f"{name}.meta.json").write_bytes(data)
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    assert not summary.failures and _names(settings) == {"good.txt", *SIDECARS}
    warnings = _lines(summary, "warning")
    assert len(warnings) == len(SIDECARS), warnings
    for name in SIDECARS:
        assert sum(f"/{name}.meta.json: " in line for line in warnings) == 1, name
    said = {Path(path).name: reason for path, reason in summary.warnings}
    assert said["date.txt.meta.json"] == "meeting_date must be text, not a number: left out"
    assert said["impossible.txt.meta.json"].startswith("meeting_date must be a date written")
    assert "not JSON" in said["broken.txt.meta.json"]
    assert "unknown key 'comittee'" in said["typo.txt.meta.json"]
    dated = _rows(settings, "SELECT path, committee, meeting_date FROM documents")
    kept = {Path(row["path"]).name: (row["committee"], row["meeting_date"]) for row in dated}
    assert kept["date.txt"] == ("Cabinet", None)  # the good field is kept
    assert kept["impossible.txt"][1] is None


def test_text_in_other_encodings_is_read(tmp_path, embedder):
    corpus = _corpus(tmp_path)
    damaged = "Café – the “Sunday” opening was agreed. ".encode() * 3 + b"\xff the end."
    (corpus / "damaged.txt").write_bytes(damaged)
    (corpus / "notepad.txt").write_bytes("Minutes: the Café review £5k.".encode("utf-16"))
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    assert not summary.failures
    assert summary.warnings == [(str(corpus / "damaged.txt"),
                                 "1 byte not valid UTF-8, indexed as \ufffd")]
    texts = {Path(row["path"]).name: row["text"] for row in _rows(
        settings, "SELECT d.path, p.text FROM pages p JOIN documents d ON d.id = p.document_id")}
    assert "Café – the “Sunday”" in texts["damaged.txt"] and "â€" not in texts["damaged.txt"]
    assert texts["notepad.txt"] == "Minutes: the Café review £5k."


def test_a_pdf_of_nothing_but_stamps_says_so(tmp_path, embedder):
    corpus = _corpus(tmp_path)
    make_pdf(corpus / "stamps.pdf", ["Agenda Item 2", "Agenda Item 2"])
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    assert _names(settings) == {"good.txt"}
    assert [(Path(path).name, reason.split(":")[0]) for path, reason in summary.failures] == \
        [("stamps.pdf", "no text to index")]


def test_a_fault_on_one_paper_leaves_nothing_of_it_and_spares_the_rest(tmp_path, embedder,
                                                                       monkeypatch):
    corpus = _corpus(tmp_path)
    (corpus / "odd.txt").write_text("Officers will report back on gritting.", "utf-8")
    real = pipeline.store_record

    def breaks(conn, doc_id, *args):  # noqa: ANN001, ANN202 - as record.store_record
        path = conn.execute("SELECT path FROM documents WHERE id=?", (doc_id,)).fetchone()[0]
        if path.endswith("odd.txt"):
            raise TypeError("an unforeseen paper")
        return real(conn, doc_id, *args)

    monkeypatch.setattr(pipeline, "store_record", breaks)
    settings = Settings(index_dir=tmp_path / "index")
    summary = ingest([corpus], settings, embedder)
    assert summary.failures == [(str(corpus / "odd.txt"), "internal error (TypeError: an "
                                 "unforeseen paper); please report it")]
    assert summary.indexed == 1 and _names(settings) == {"good.txt"}
    assert {row[0] for row in _rows(settings, "SELECT DISTINCT document_id FROM chunks")} == \
        {row[0] for row in _rows(settings, "SELECT id FROM documents")}


def test_the_printed_summary_is_one_line_a_file(tmp_path):
    summary = pipeline.Summary(failures=[("/c/a\nb.txt", "cannot read (x\ny)")],
                               skipped=[(os.fsdecode(b"/c/caf\xe9"), "bad name")])
    lines = format_summary(summary).splitlines()
    assert "FAILED: /c/a\\nb.txt: cannot read (x\\ny)" in lines
    assert "skipped: /c/caf\\xe9: bad name" in lines
    assert json.dumps(lines)  # no lone surrogates left
