"""Papers no layout was written for: lines of several layouts shuffled, cut and marked up
at random (seeded) must still be read without an error (a paper that raised would be left
out of the index whole), every block on one of the paper's pages and under an item of the
paper's own item list, or none."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from conftest import CABINET_MINUTES, COUNCIL_MINUTES, DECISION_RECORD, PLANNING_PACK
from scrutiny_qa.commitments import find_commitments
from scrutiny_qa.extract import Page
from scrutiny_qa.metadata import infer_meta
from scrutiny_qa.references import find_references
from scrutiny_qa.resolutions import find_decisions, find_resolutions
from scrutiny_qa.structure import FRONT, analyse, split_at_stamps
from test_listings import COLUMN_AGENDA, RANGE_BELOW_AGENDA, SUMMONS
from test_structure import FRONT_SHEET, VOTE_MINUTES

LINES = [line for text in (*PLANNING_PACK, *CABINET_MINUTES, *DECISION_RECORD,
                           *COUNCIL_MINUTES, FRONT_SHEET, VOTE_MINUTES, COLUMN_AGENDA,
                           RANGE_BELOW_AGENDA, SUMMONS)
         for line in text.splitlines()]


def _marked(line: str, rng: random.Random) -> str:
    """A line as another layout might print it, or cut, or one of the lines profiles key on."""
    return rng.choice([
        line, line, line, line.upper(), line[: rng.randint(0, len(line))],
        f"{rng.randint(1, 300)}. {line}", f"RESOLVED that {line}",
        f"Agenda Item {rng.choice(['1', '5a', 'D-2', 'C', '12.1'])}",
        f"{line} (Pages {rng.randint(1, 50)} - {rng.randint(1, 80)})",
        f"{line} {rng.randint(1, 50)} - {rng.randint(1, 80)}", "AGENDA",
        f"Page {rng.randint(1, 99)}", "For (3) Against (2)", f"Item {rng.randint(1, 9)}"])


def _paper(rng: random.Random) -> list[Page]:
    pages = []
    for number in range(1, rng.randint(1, 8) + 1):
        lines = [_marked(rng.choice(LINES), rng) for _ in range(rng.randint(0, 30))]
        label = str(number) if rng.random() < 0.5 else None
        pages.append(Page(number, label, "\n".join(lines)))
    return pages


@pytest.mark.parametrize("seed", range(8))
def test_odd_papers_are_read_without_error_or_invented_items(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        pages = split_at_stamps(_paper(rng))
        infer_meta(Path("paper.pdf"), [page.text for page in pages])
        for in_minutes in (False, True):
            structure = analyse(pages, in_minutes)
            resolutions = find_resolutions(structure.blocks)
            find_decisions(structure.blocks)
            find_commitments(structure.blocks, resolutions, in_minutes)
            find_references(structure.blocks)
            for block in structure.blocks:
                assert 0 <= block.page_index < len(pages)
                assert block.item in (None, FRONT) or block.item in structure.items
