"""Context lines are built after linking (contextualise.py), on both backends: a report
published alone is embedded and keyword-indexed with the council and date its meeting gives
it, and cited (not embedded) under the item its meeting's agenda lists it under; an agenda
arriving in a later ingest re-embeds exactly the papers whose line it changes; a stage that
stops heals next time."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny_qa import contextualise, index
from scrutiny_qa.acronyms import spell_out
from scrutiny_qa.chunk import embedded_text
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest

AGENDA = ("Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.txt",
          "KENT COUNTY COUNCIL\n\nAGENDA\n\n1. Apologies\n\n"
          "7. Highways Term Contract Award for Kingsnorth (Pages 41 - 50)")
REPORT = ("Highways Term Contract Award.txt",
          "The road maintenance contract is awarded to the bidder scoring highest on quality"
          " and price. Officers evaluated six tenders over the summer.")
ITEM_LINE = "Item 7: Highways Term Contract Award for Kingsnorth"


def _meeting(corpus: Path, *papers: tuple[str, str]) -> None:
    folder = corpus / "cabinet" / "2025-01-30"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in papers:
        (folder / name).write_text(text, encoding="utf-8")


def _passages(settings: Settings, name: str) -> dict[int, tuple[str, str, str]]:
    """The passages of the paper called `name`: id -> (text, context, embed hash)."""
    conn = index.open_index(settings).conn
    try:
        return {row[0]: tuple(row[1:]) for row in conn.execute(
            "SELECT c.id, c.text, c.context, c.embed_hash FROM chunks c JOIN documents d"
            " ON d.id = c.document_id WHERE d.path LIKE ?", (f"%{name}",))}
    finally:
        conn.close()


def test_a_report_published_alone_is_embedded_with_its_meeting_and_cited_under_its_item(
        backend, tmp_path, embedder):
    corpus = tmp_path / "corpus"
    _meeting(corpus, AGENDA, REPORT)
    assert ingest([corpus], backend, embedder).failures == []
    opened = index.open_index(backend)
    rows = opened.conn.execute(
        "SELECT c.id, c.text, c.context, c.item, c.item_title FROM chunks c"
        " JOIN documents d ON d.id = c.document_id"
        " WHERE d.path LIKE ?", ("%Highways Term Contract Award.txt",)).fetchall()
    assert rows
    for row in rows:  # the council and date the meeting gives it; the item cited only
        assert (row["item"], row["item_title"]) == ("7", ITEM_LINE.removeprefix("Item 7: "))
        assert "Kingsnorth" not in row["context"]
        assert row["context"].startswith("Kent County Council · ")
        assert "30 January 2025" in row["context"]
        written = embedded_text(row["context"], row["text"])
        stored = opened.vectors.vector(row["id"])
        assert float(stored @ embedder.encode([written])[0]) == pytest.approx(1.0, abs=1e-4)
    # found by the council its meeting names, which the report itself never prints
    found = opened.conn.lexical.search("chunks", ["kent"], (1.0, 1.0))
    assert {row["id"] for row in rows} <= set(found)
    opened.conn.close()


def test_an_agenda_arriving_later_re_embeds_exactly_the_papers_it_names(backend, tmp_path,
                                                                        embedder):
    corpus = tmp_path / "corpus"
    _meeting(corpus, REPORT)
    (corpus / "roads.txt").write_text("Officers will report back on pothole repairs in March.",
                                      encoding="utf-8")
    first = ingest([corpus], backend, embedder)
    report, roads = _passages(backend, REPORT[0]), _passages(backend, "roads.txt")
    assert first.embedded == len(report) + len(roads)
    assert not any("Kent County Council" in context for _, context, _ in report.values())

    _meeting(corpus, AGENDA)
    second = ingest([corpus], backend, embedder)
    agenda = _passages(backend, AGENDA[0])
    placed = _passages(backend, REPORT[0])
    assert (second.indexed, second.unchanged) == (1, 2)
    assert second.embedded == len(agenda) + len(report)  # the report's again, no other
    assert placed.keys() == report.keys()
    assert all("Kent County Council" in context and placed[i][2] != report[i][2]
               for i, (_, context, _) in placed.items())
    assert _passages(backend, "roads.txt") == roads
    assert ingest([corpus], backend, embedder).embedded == 0  # nothing left to do


def test_a_stage_that_stops_half_way_heals_on_the_next_ingest(backend, tmp_path, embedder,
                                                               monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "roads.txt").write_text("Officers will report back on pothole repairs in March.",
                                      encoding="utf-8")
    ingest([corpus], backend, embedder)
    (corpus / "parks.txt").write_text("\n\n".join(
        f"Park {n}: the parks strategy plants {n * 10} trees in ward {n} this winter. " * 8
        for n in range(5)), encoding="utf-8")
    monkeypatch.setattr(contextualise, "EMBED_SLICE", 2)
    encode, calls = embedder.encode, []

    def stops(texts: list[str]):  # noqa: ANN202
        calls.append(texts)
        if len(calls) == 2:
            raise RuntimeError("the machine went down")
        return encode(texts)

    monkeypatch.setattr(embedder, "encode", stops)
    with pytest.raises(RuntimeError):
        ingest([corpus], backend, embedder)
    monkeypatch.undo()
    parks = _passages(backend, "parks.txt")
    if backend.database:  # papers are written one by one: the first slice kept, the rest due
        assert len(parks) > 2 and sum(1 for *_, hashed in parks.values() if hashed) == 2
    else:  # a generation is made live whole or not at all
        assert parks == {}
    healed = ingest([corpus], backend, embedder)
    after = _passages(backend, "parks.txt")
    assert all(hashed for *_, hashed in after.values())
    assert healed.embedded == len(after) - (2 if backend.database else 0)
    assert len({hashed for *_, hashed in after.values()}) == len(after)


def test_a_line_linking_makes_too_long_is_clipped_never_the_passage(embedder):
    text = " ".join(f"Sentence {n} says the committee noted item {n}." for n in range(40))
    while not embedder.fits(text + " More."):
        text = text.rsplit(" ", 1)[0]
    line, written = contextualise._fitted(ITEM_LINE * 4, text, spell_out([]), embedder.fits)
    assert embedder.fits(written) and written.endswith(text)
    assert len(line) < len(ITEM_LINE * 4)
