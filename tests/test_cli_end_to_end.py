"""End to end with the real extraction: `python -m events` on the bundled articles, the bundled
database builder, and add_article on the seed (publication date found in its text)."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb

from events.extract.records import Article
from events.store import EXPORT_COLUMNS, add_article, ensure_bundled_database, read_connection
from events.store.bundled import BUNDLED, SEED

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "events", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_python_m_events_ingest_export_stats(tmp_path):
    db = str(tmp_path / "e2e.duckdb")
    first = _run("ingest", *map(str, BUNDLED), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "articles read: 14" in first.stdout and "stored: 14" in first.stdout
    assert "ingesting" in first.stderr  # the progress bar
    with read_connection(db) as con:
        stored = con.execute("SELECT count(*), sum(n_events) FROM articles").fetchone()
        sources = con.execute("SELECT count(*) FROM event_sources").fetchone()[0]
        timexes = con.execute("SELECT count(*) FROM timexes").fetchone()[0]
    assert stored[0] == 14 and stored[1] == sources > 0 and timexes > 0

    again = _run("ingest", *map(str, BUNDLED), "--db", db)
    assert again.returncode == 0 and "already present: 14" in again.stdout and "stored: 0" in again.stdout

    exported = _run("export", "--db", db, "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert list(rows[0]) == list(EXPORT_COLUMNS) and len(rows) > 0
    assert all(r["precision"] in ("day", "week", "month", "year", "none") for r in rows)
    assert all((r["date_start"] == "") == (r["precision"] == "none") for r in rows)

    stats = _run("stats", "--db", db)
    assert stats.returncode == 0 and "by type:" in stats.stdout and "by month:" in stats.stdout


def test_ensure_bundled_database_builds_once(tmp_path):
    path = tmp_path / "data" / "events.duckdb"
    calls = []
    assert ensure_bundled_database(path, progress=lambda done, total: calls.append((done, total))) == path
    assert calls[0] == (0, 14) and calls[-1] == (14, 14)
    assert not path.with_name(path.name + ".building").exists()
    with read_connection(path) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 14
        seed_source = con.execute("SELECT source, published, published_basis FROM articles WHERE origin = ?",
                                  [str(SEED)]).fetchone()
    assert seed_source == ("teleSUR", date(2016, 7, 27), "text")
    stamp = path.stat().st_mtime_ns
    ensure_bundled_database(path)
    assert path.stat().st_mtime_ns == stamp


def test_add_article_finds_publication_date_in_text(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    result = add_article(tmp_path / "a.duckdb", Article(text=text, title="seed"))
    assert result.status == "stored" and result.n_events > 0
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    assert con.execute("SELECT published, published_basis FROM articles").fetchone() == (date(2016, 7, 27), "text")
    assert con.execute("SELECT count(*) FROM event_rows").fetchone()[0] == result.new_events
    con.close()


def test_ingest_engine_dask_gives_the_same_export_as_the_local_engine(tmp_path):
    local_db, dask_db = str(tmp_path / "local.duckdb"), str(tmp_path / "dask.duckdb")
    local = _run("ingest", *map(str, BUNDLED), "--db", local_db, "--quiet")
    assert local.returncode == 0, local.stderr
    dask = _run("ingest", "--engine", "dask", "--partitions", "2", *map(str, BUNDLED), "--db", dask_db, "--quiet")
    assert dask.returncode == 0, dask.stderr
    assert "stored: 14" in dask.stdout
    exports = [_run("export", "--db", db, "--format", "csv").stdout for db in (local_db, dask_db)]
    assert exports[0] and sorted(exports[0].splitlines()) == sorted(exports[1].splitlines())


def test_scheduler_without_engine_dask_is_refused(tmp_path):
    refused = _run("ingest", str(SEED), "--db", str(tmp_path / "x.duckdb"), "--scheduler", "tcp://127.0.0.1:1")
    assert refused.returncode == 2 and "--engine dask" in refused.stderr


def test_local_ingest_does_not_read_back_the_dask_engines_parquet_output(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    output = tmp_path / "store.parquet" / "articles"
    output.mkdir(parents=True)
    pq.write_table(pa.table({"title": ["x"], "published": ["2016-07-27"], "text": ["Airstrikes hit Aleppo on Monday."],
                             "url": ["u"], "source": ["s"]}), output / "part-0.parquet")
    run = _run("ingest", str(tmp_path), "--db", str(tmp_path / "store.duckdb"), "--quiet")
    assert run.returncode == 0, run.stderr
    assert "articles read: 1" in run.stdout
