"""The record on councils nobody tuned for: every decision printed in the papers under
../shared/councils is found, with its agenda item where the paper declares one, and every
agenda's items are found. Counts are taken from the papers' own text, as the seed tests
count RESOLVED lines; the papers are read from ../shared, never copied into the project,
and the tests are skipped where it is absent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scrutiny_qa.extract import extract
from scrutiny_qa.formats.labels import canonical
from scrutiny_qa.metadata import infer_meta
from scrutiny_qa.resolutions import find_resolutions
from scrutiny_qa.structure import analyse, split_at_stamps

COUNCILS = Path(__file__).resolve().parents[2] / "shared" / "councils"
PAPERS = sorted(COUNCILS.rglob("*.pdf")) if COUNCILS.is_dir() else []
pytestmark = pytest.mark.skipif(not PAPERS, reason=f"{COUNCILS} is not there")

# What the papers print, read here independently of the product's grammar: a decision's
# enacting words, the item a paper declares, and an agenda's item lines ("D.-2. 23-6884").
_ENACTING = re.compile(r"BE\s+IT\s+(?:FURTHER\s+)?RESOLVED|^\s*RESOLVED\b", re.M)
_DECLARED = re.compile(r"^\s*Agenda\s*Item:\s*([A-Z]-?\s?\d+(?:\.\d+)?)\)?\s*$", re.M)
_LISTED = re.compile(r"^([A-Z]|\d{1,2})\.-(\d{1,2})\.\s", re.M)


def _read(path: Path):
    pages = split_at_stamps(extract(path, path.read_bytes()))
    meta = infer_meta(path, [page.text for page in pages])
    return "\n".join(page.text for page in pages), analyse(pages, meta.doc_type == "minutes")


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_printed_decision_is_in_the_record_with_its_item(path: Path) -> None:
    text, structure = _read(path)
    resolutions = find_resolutions(structure.blocks)
    assert len(resolutions) == len(_ENACTING.findall(text))
    declared = {canonical(label) for label in _DECLARED.findall(text)}
    if len(declared) == 1:
        assert {r.item for r in resolutions} <= declared
        assert set(structure.page_items) == declared


@pytest.mark.parametrize("path", [p for p in PAPERS if p.name == "agenda.pdf"],
                         ids=lambda p: p.parent.name)
def test_every_listed_item_of_an_agenda_is_found(path: Path) -> None:
    text, structure = _read(path)
    listed = {f"{section}-{number}" for section, number in _LISTED.findall(text)}
    assert listed and listed <= set(structure.items)
