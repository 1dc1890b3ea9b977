"""Shared fixtures: PDFs generated on the fly, one embedder per run, a seed-corpus index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder
from scrutiny_qa.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent


def make_pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    """A PDF with one page per string (lines split on newlines); "" makes an empty page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for text in pages:
        pdf.add_page()
        for line in text.split("\n"):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# A small generated agenda pack beside the seeds, so that PDF citations are exercised too.
PLANNING_PACK = [
    "AGENDA\nPLANNING COMMITTEE\nThursday, 5th June, 2025, at 10.00 am\n1. Apologies\n"
    "2. Library Opening Hours Review (Pages 1 - 2)",
    "This page is intentionally left blank",
    "Library Opening Hours Review\nThe review proposes that branch libraries open on Sunday"
    " afternoons from September, funded by the reduced evening hours.\nPage 1\nAgenda Item 2",
    "Consultation showed strong support for the Sunday opening of branch libraries.\nPage 2",
]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder(Settings().model)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """An index of the bundled seed corpus, built once for the whole test run."""
    base = tmp_path_factory.mktemp("seeds")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    make_pdf(corpus / "planning-pack.pdf", PLANNING_PACK)
    settings = Settings(index_dir=base / "index")
    ingest([corpus], settings, embedder)
    return settings
