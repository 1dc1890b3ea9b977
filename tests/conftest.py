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


# Kent-style minutes: "(Item N)" headings, lettered parts, an undertaking in the narrative,
# and a later minute referring back to an earlier one of the same meeting.
CABINET_MINUTES = [
    "KENT COUNTY COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held in the Council"
    " Chamber,\nCounty Hall, Maidstone on Thursday, 30 January 2025.\n"
    "PRESENT: Mr R Gough (Chairman), Mr N Baker\n"
    "86. Minutes of the Meeting held on 9th January 2025\n(Item 3)\n"
    "RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record\n"
    "and that they be signed by the Chair\n"
    "87. Library Opening Hours\n(Item 4)\n"
    "1. Mr Smith introduced the report on the Sunday opening of branch libraries.\n"
    "2. Mr Jones undertook to provide Members with the visitor figures for each branch\n"
    "library by the end of March 2025.",
    "(3) RESOLVED that Cabinet:\n(a) agree the Sunday opening of branch libraries from"
    " September;\n(b) delegate authority to the Corporate Director to agree the rota; and\n"
    "(c) ask the Head of Libraries to report back to the next meeting of the Cabinet.\n"
    "88. Waste Contract Update\n(Item 5)\n"
    "Further to Minute No. 87 (3), the Cabinet considered the waste contract.\n"
    "RESOLVED that the update be noted.",
]


# A Kent-style record of an executive decision: "Decision:" then one paragraph per thing
# decided, up to "Reason(s) for decision:".
DECISION_RECORD = [
    "KENT COUNTY COUNCIL - RECORD OF DECISION\nDECISION TO BE TAKEN BY:\n"
    "Mr A Baker, Cabinet Member for Highways and Transport\nDECISION NUMBER:\n25/00012\n"
    "Key decision: YES\nSubject Matter / Title of Decision\nRural Bus Services Support\n"
    "Decision:\nAs Cabinet Member for Highways and Transport I agree to:\n \n"
    "APPROVE the continued funding of the rural bus routes until 31 March 2026.\n \n"
    "DELEGATE authority to the Director of Highways to agree the timetables with operators.\n"
    " \nReason(s) for decision:\nPassenger numbers on the rural routes have recovered.",
    "Financial Implications:\nThe support costs 400,000 pounds a year.\n"
    "Any interest declared when the decision was taken: None.",
]


# Council minutes with a recorded vote: a tally of names under the motion it decides.
COUNCIL_MINUTES = [
    "KENT COUNTY COUNCIL\nMINUTES of a meeting of the County Council held on Thursday,"
    " 13 February 2025.\n291. Revenue Budget 2025-26\n(Item 6)\n"
    "(11) Mr Hood proposed, and Mr Lewis seconded, the following amendment:\n"
    "\"To fund a feasibility study into home to school transport.\"\n"
    "(12) Following the debate, the Chairman put to the vote the amendment set out in\n"
    "paragraph 11 above and the voting was as follows:\nFor (3)\nMr Brady, Mr Hood, Mr Lewis\n"
    "Against (4)\nMr Baker, Mr Gough, Mr Love, Mr Oakford\nAbstain (0)\nAmendment lost.",
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
    make_pdf(corpus / "cabinet-minutes.pdf", CABINET_MINUTES)
    make_pdf(corpus / "record-of-decision.pdf", DECISION_RECORD)
    make_pdf(corpus / "council-minutes.pdf", COUNCIL_MINUTES)
    settings = Settings(index_dir=base / "index")
    ingest([corpus], settings, embedder)
    return settings


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - pgserver's
    """A real PostgreSQL with pgvector (the pgserver wheel), started once for the run."""
    try:
        import pgserver
        import psycopg  # noqa: F401 - the backend's driver must be there too
    except ImportError as exc:
        pytest.skip(f"PostgreSQL backend not installed ({exc.name}): pip install '.[test]'")
    try:
        server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    except Exception as exc:  # noqa: BLE001 - any failure to start is a reason to skip
        pytest.skip(f"PostgreSQL (pgserver) could not start here: {exc}")
    yield server
    server.cleanup()


@pytest.fixture()
def postgres_url(postgres_server, request: pytest.FixtureRequest) -> str:  # noqa: ANN001
    """A new, empty database on the test server: the URL an `--index` takes."""
    import psycopg

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    base = postgres_server.get_uri()
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.replace("/postgres?", f"/{name}?", 1)


@pytest.fixture(params=["embedded", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh index on each backend: every storage contract test runs twice."""
    if request.param == "embedded":
        return Settings(index_dir=tmp_path / "index")
    return Settings(index_dir=tmp_path / "index", database=request.getfixturevalue("postgres_url"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "cluster: starts a Ray cluster on this machine; left "
                            "out unless asked for with -m (make cluster-test)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the `cluster` tests out of a run whose -m expression does not name them: they
    start Ray nodes and take minutes. (Here rather than as an `addopts` -m, so that any
    other marker's -m in addopts leaves them out still.)"""
    if "cluster" in (config.option.markexpr or ""):
        return
    left_out = [item for item in items if item.get_closest_marker("cluster")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("cluster")]
