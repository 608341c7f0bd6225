"""The command line with a deterministic extraction: ingest every format, re-ingest, broken files,
SIGKILL midway, export and stats."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import events.store.pipeline as pipeline
from events.cli import main
from events.store import EXPORT_COLUMNS
from test_store_fakes import acled, analyse

ROOT = Path(__file__).resolve().parent.parent
FAKE_CLI = Path(__file__).resolve().parent / "test_store_fakes.py"


@pytest.fixture(autouse=True)
def fake_extraction(monkeypatch):
    monkeypatch.setattr(pipeline, "default_analyse", lambda: analyse)
    monkeypatch.setattr(pipeline, "default_acled", lambda: acled)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Russia bombed Aleppo on 2016-07-20, killing 12.", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: B\ndate: 2016-07-22\n---\nSyria and Russia bombed Aleppo on 2016-07-20.",
                                 encoding="utf-8")
    (folder / "c.html").write_text(
        "<html><head><title>C</title><meta property='og:url' content='https://x/c'></head><body><article>"
        "<p>Turkey attacked Azaz in 2016-08. The ministry said so in a statement on Monday.</p>"
        "<p>Officials gave no further details about the operation or its aims.</p></article></body></html>",
        encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "d.jsonl").write_text(
        json.dumps({"title": "D", "published": "2016-09-01", "text": "Syria bombed Raqqa on 2016-08-30."}) + "\n"
        + json.dumps({"title": "E", "published": "2016-09-02", "text": "Nothing to see."}) + "\n", encoding="utf-8")
    (folder / "sub" / "e.csv").write_text("headline,story\nF,Turkey met Homs on 2016-09-03.\n", encoding="utf-8")
    return folder


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "event_sources", "source_actors", "timexes")}
    finally:
        con.close()


def test_ingest_every_format_then_reingest_changes_nothing(tmp_path, capsys):
    corpus = _corpus(tmp_path / "in")
    db = tmp_path / "x.duckdb"
    args = ["ingest", str(corpus), "--db", str(db), "--published", "2016-07-21", "--column", "title=headline",
            "--column", "text=story"]
    # the csv maps its columns, so the jsonl rows (title/text) still need the default names: two runs
    assert main(["ingest", str(corpus / "a.txt"), str(corpus / "b.md"), str(corpus / "c.html"),
                 str(corpus / "sub" / "d.jsonl"), "--db", str(db), "--published", "2016-07-21"]) == 0
    assert main(["ingest", str(corpus / "sub" / "e.csv"), "--db", str(db), "--column", "title=headline",
                 "--column", "text=story", "--published", "2016-09-04"]) == 0
    out = capsys.readouterr().out
    assert "stored: 1" in out and "events found: 1" in out
    counts = _counts(db)
    assert counts["articles"] == 6
    assert counts["event_sources"] == 5 and counts["events"] == 4  # a.txt and b.md merged
    con = duckdb.connect(str(db), read_only=True)
    titles = {t for (t,) in con.execute("SELECT title FROM articles").fetchall()}
    con.close()
    assert titles == {"a", "B", "C", "D", "E", "F"}
    assert main(args) == 1  # the jsonl rows lack the mapped "story" column: reported, not stored
    out = capsys.readouterr().out
    assert "already present: 4" in out and "stored: 0" in out and "no text (no 'story' column)" in out
    assert _counts(db) == counts


def test_local_ingest_reads_parquet(tmp_path, capsys):
    import pyarrow as pa

    shard = tmp_path / "shard.parquet"
    pq.write_table(pa.table({"title": ["P", "Q"], "published": ["2016-07-21", "2016-07-22"],
                             "text": ["Russia bombed Aleppo on 2016-07-20.", "Syria and Russia bombed Aleppo on 2016-07-20."]}),
                   shard)
    db = tmp_path / "x.duckdb"
    assert main(["ingest", str(shard), "--db", str(db), "--quiet"]) == 0
    assert "stored: 2" in capsys.readouterr().out
    assert _counts(db)["event_sources"] == 2 and _counts(db)["events"] == 1  # merged, as from any other format


def test_broken_files_are_reported_the_rest_stored_exit_nonzero(tmp_path, capsys):
    corpus = _corpus(tmp_path / "in")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x01")
    (corpus / "sub" / "bad.jsonl").write_text('{"text": "Russia bombed Homs on 2016-07-01."}\n{oops\n', encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db), "--quiet"]) == 1
    out = capsys.readouterr().out
    assert f"{corpus / 'broken.txt'}: not UTF-8 text" in out
    assert f"{corpus / 'sub' / 'bad.jsonl'}:2: invalid JSON" in out
    assert f"{corpus / 'sub' / 'e.csv'}: no column named 'text'" in out
    assert "skipped: 3" in out  # broken.txt, bad.jsonl line 2, e.csv (no text column without --column)
    assert _counts(db)["articles"] == 6


def test_export_formats_filters_and_stats(tmp_path, capsys):
    corpus = _corpus(tmp_path / "in")
    db = tmp_path / "x.duckdb"
    main(["ingest", str(corpus), "--db", str(db), "--quiet", "--published", "2016-07-21"])
    capsys.readouterr()

    assert main(["export", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(EXPORT_COLUMNS) and len(rows) == 3
    assert main(["export", "--db", str(db), "--format", "jsonl", "--actor", "Turkey"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["location"], r["actors"]) for r in records] == [("Azaz", ["Turkey"])]
    assert main(["export", "--db", str(db), "--type", "airstrike", "--since", "2016-08-01", "--format", "csv"]) == 0
    assert [r["location"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["Raqqa"]
    out_file = tmp_path / "out.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "--output", str(out_file), "--until", "2016-07-31"]) == 0
    assert pq.read_table(out_file).num_rows == 1
    assert main(["export", "--db", str(db), "--format", "csv", "--min-sources", "2"]) == 0
    merged = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert merged and all(int(r["n_sources"]) >= 2 for r in merged) and len(merged) < 3
    with pytest.raises(SystemExit):
        main(["export", "--db", str(db), "--min-sources", "0"])
    assert "at least 1" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "--output is required" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "xlsx"]) == 2  # a workbook is not written to a terminal
    assert "--output is required for --format xlsx" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "xlsx", "--output", str(tmp_path / "e.xlsx")]) == 0
    assert len(pd.read_excel(tmp_path / "e.xlsx")) == 3
    assert main(["export", "--db", str(tmp_path / "missing.duckdb")]) == 2

    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "timeline events: 3" in out
    assert "by type:" in out and "airstrike" in out and "by actor:" in out and "Russia" in out
    assert "2016-07" in out and "by month:" in out
    assert "by date basis:" in out and "explicit" in out


def test_no_merge_flag(tmp_path, capsys):
    corpus = _corpus(tmp_path / "in")
    db = tmp_path / "x.duckdb"
    main(["ingest", str(corpus / "a.txt"), str(corpus / "b.md"), "--db", str(db), "--quiet", "--no-merge",
          "--published", "2016-07-21"])
    assert "merged into existing: 0" in capsys.readouterr().out
    assert _counts(db)["events"] == 2


def test_usage_errors(capsys):
    with pytest.raises(SystemExit):
        main(["ingest"])
    with pytest.raises(SystemExit):
        main(["export", "--since", "July"])
    assert main(["ingest", "x.txt", "--column", "body=text"]) == 2
    assert "unknown field 'body'" in capsys.readouterr().err


def _articles_consistent(db: Path) -> tuple[int, int]:
    """(articles, events) after checking every stored article is whole."""
    con = duckdb.connect(str(db))
    try:
        broken = con.execute("""
            SELECT a.article_id FROM articles a LEFT JOIN event_sources s USING (article_id)
            GROUP BY a.article_id, a.n_events HAVING count(s.source_id) <> a.n_events""").fetchall()
        assert broken == []
        orphans = con.execute("SELECT count(*) FROM event_sources s LEFT JOIN articles a USING (article_id)"
                              " WHERE a.article_id IS NULL").fetchone()[0]
        dangling = con.execute("SELECT count(*) FROM event_sources s LEFT JOIN events e USING (event_id)"
                               " WHERE e.event_id IS NULL").fetchone()[0]
        actors = con.execute("SELECT count(*) FROM source_actors a LEFT JOIN event_sources s USING (source_id)"
                             " WHERE s.source_id IS NULL").fetchone()[0]
        assert (orphans, dangling, actors) == (0, 0, 0)
        n_sources = con.execute("SELECT count(*) FROM events e WHERE n_sources <>"
                                " (SELECT count(*) FROM event_sources s WHERE s.event_id = e.event_id)").fetchone()[0]
        assert n_sources == 0
        return (con.execute("SELECT count(*) FROM articles").fetchone()[0],
                con.execute("SELECT count(*) FROM event_sources").fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_midway_leaves_earlier_articles_whole(tmp_path, signal_number):
    total = 2000  # several batches (events.store.pipeline.BATCH_ARTICLES): the kill lands between commits or inside one
    places = ["Aleppo", "Azaz", "Homs", "Raqqa"]
    with open(tmp_path / "big.jsonl", "w", encoding="utf-8") as out:
        for i in range(total):
            text = (f"Russia bombed {places[i % 4]} on 2016-07-{1 + i % 28:02d}, killing {i % 50}.\n\n"
                    f"Turkey attacked {places[(i + 1) % 4]} in 2016-{1 + i % 12:02d}.\n\nArticle {i}.")
            out.write(json.dumps({"title": f"T{i}", "published": "2016-12-31", "text": text}) + "\n")
    db = tmp_path / "k.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(FAKE_CLI), "ingest", str(tmp_path / "big.jsonl"), "--db", str(db)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    progress = []

    def watch():  # tqdm redraws "ingesting:  12%|...| 48/400" on stderr
        while chunk := process.stderr.read1(256):
            progress.append(chunk.decode("utf-8", "replace"))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and _done("".join(progress[-4:])) < 40:
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed: make the batch larger"
    os.kill(process.pid, signal_number)
    stdout = process.communicate(timeout=60)[0].decode()
    stored, sources = _articles_consistent(db)
    assert 0 < stored < total and sources == 2 * stored, stdout
    if signal_number == signal.SIGINT:
        assert process.returncode == 130 and "interrupted" in stdout and f"stored: {stored}\n" in stdout, stdout
        return
    # after SIGKILL, running the same command again stores the rest
    rerun = subprocess.run(command + ["--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already present: {stored}" in rerun.stdout
    assert _articles_consistent(db) == (total, 2 * total)


def _done(text: str) -> int:
    import re

    found = re.findall(r"ingesting:.*?\| *(\d+)/\d+", text)
    return int(found[-1]) if found else 0
