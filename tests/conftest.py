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


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder(Settings().model)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """An index of the bundled seed corpus, built once for the whole test run."""
    base = tmp_path_factory.mktemp("seeds")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    settings = Settings(index_dir=base / "index")
    ingest([corpus], settings, embedder)
    return settings
