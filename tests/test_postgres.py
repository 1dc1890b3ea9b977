"""What only the PostgreSQL backend does: SQL translated from the portable subset, and
passages' words and vectors kept in their council's partition."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CABINET_MINUTES, make_pdf
from scrutiny_qa import index
from scrutiny_qa.config import Settings
from scrutiny_qa.ingest import ingest
from scrutiny_qa.postgres import portable


def test_portable_sql_keeps_literals_and_translates_the_rest():
    sql = "SELECT '?', 'a%b' FROM t WHERE x LIKE ? AND y = ? AND z LIKE '%like%' -- 5%"
    assert portable(sql) == ("SELECT '?', 'a%%b' FROM t WHERE x ILIKE %s AND y = %s"
                             " AND z ILIKE '%%like%%' -- 5%%")
    assert portable("SELECT 'it''s ?' WHERE a = ?") == "SELECT 'it''s ?' WHERE a = %s"
    assert portable("SELECT 1 WHERE a IN () OR b NOT IN ( )") == \
        "SELECT 1 WHERE a = ANY('{}') OR b <> ALL('{}')"


def test_an_empty_list_of_ids_matches_nothing_as_in_sqlite(postgres_url):
    from scrutiny_qa.postgres import connect

    db = connect(postgres_url, dimension=4)
    assert db.execute("SELECT count(*) FROM documents WHERE id IN ()").fetchone()[0] == 0
    assert db.execute("SELECT 1 WHERE 'x' NOT IN ()").fetchone()[0] == 1


@pytest.fixture()
def two_councils(tmp_path: Path, postgres_url, embedder) -> Settings:  # noqa: ANN001
    """A database index of a Kent paper and a Sefton one."""
    papers = tmp_path / "papers"
    papers.mkdir()
    make_pdf(papers / "cabinet-minutes.pdf", CABINET_MINUTES)
    (papers / "roads.txt").write_text("Sefton Council\nCabinet\n\nThe gritting routes were"
                                      " reviewed.", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "unused", database=postgres_url)
    ingest([papers], settings, embedder)
    return settings


def test_passages_sit_in_their_council_s_partition(two_councils: Settings):
    settings = two_councils
    conn = index.open_index(settings).conn
    for table in ("chunk_vectors", "chunk_terms"):
        placed = conn.execute(
            f"SELECT tableoid::regclass::text AS part, council FROM {table}"
            " GROUP BY 1, 2").fetchall()
        councils = {row["council"] for row in placed}
        assert {"Kent County Council", "Sefton Council"} <= councils
        assert len({row["part"] for row in placed}) == len(placed)  # one council a partition
    stray = conn.execute(
        "SELECT count(*) FROM chunk_vectors v JOIN chunks c ON c.id = v.chunk_id"
        " JOIN documents d ON d.id = c.document_id WHERE v.council <> d.council").fetchone()[0]
    assert stray == 0


def test_a_filtered_search_reads_only_its_council_s_partitions(two_councils: Settings,
                                                                 embedder):
    import numpy as np

    settings = two_councils
    opened = index.open_index(settings)
    sefton = [row[0] for row in opened.conn.execute(
        "SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id"
        " WHERE d.council = 'Sefton Council'")]
    query = embedder.encode_query("gritting")
    assert set(opened.vectors.search(query, 10, np.array(sefton))) == set(sefton)
    councils = opened.conn.councils_in("council", "SELECT 'Sefton Council'", [])
    plan = "\n".join(row[0] for row in opened.conn.execute(
        f"EXPLAIN SELECT chunk_id FROM chunk_vectors WHERE {councils}"))
    kent = opened.conn.execute("SELECT count(*) FROM chunk_vectors WHERE council ="
                               " 'Kent County Council'").fetchone()[0]
    partitions = {row[0] for row in opened.conn.execute(
        "SELECT tableoid::regclass::text, council FROM chunk_vectors")}
    assert kent and len(partitions) == 2
    assert plan.count("Scan on chunk_vectors_") == 1  # Kent's partition is not read


def test_an_unreachable_database_is_one_line_and_exit_code_3(tmp_path: Path, capsys):
    from scrutiny_qa.cli import main

    url = f"postgresql://postgres:@/none?host={tmp_path}"
    for command in (["ingest", str(tmp_path)], ["info"], ["ask", "libraries"]):
        assert main([*command, "--index", url]) == 3
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: the index database")


def test_a_database_built_another_way_is_rebuilt_whole(two_councils: Settings, tmp_path: Path,
                                                        embedder):
    from scrutiny_qa.postgres import connect, write_manifest

    db = connect(two_councils.database)
    write_manifest(db, {"model": "another-model"})
    db.close()
    again = ingest([tmp_path / "papers"], two_councils, embedder)
    assert again.rebuilt and again.indexed == 2 and again.failures == []
    conn = index.open_index(two_councils).conn
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert conn.execute("SELECT pg_try_advisory_lock(1)").fetchone()[0]  # nothing left held



def test_a_running_server_takes_up_a_database_ingest(two_councils: Settings, tmp_path: Path,
                                                     embedder):
    from fastapi.testclient import TestClient

    from scrutiny_qa.api import create_app

    client = TestClient(create_app(two_councils, embedder), base_url="http://localhost")
    assert client.get("/healthz").json()["documents"] == 2
    (tmp_path / "papers" / "parks.txt").write_text(
        "Sefton Council\nCabinet\n\nThe parks strategy was approved.", encoding="utf-8")
    ingest([tmp_path / "papers"], two_councils, embedder)
    assert client.get("/healthz").json()["documents"] == 3
