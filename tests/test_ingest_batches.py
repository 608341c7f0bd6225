"""Batched ingest: batches, --jobs and one-article transactions store the same; the size limit; a
failing article in a batch; the dashboard's queries while an ingest runs in another process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from events import queries
from events.bench.ingest import copies
from events.extract.records import Article
from events.store import add_article, connect, export_frame, read_connection, to_safe_csv
from events.store.bundled import bundled_articles
from events.store.pipeline import ingest
from test_store_fakes import acled, analyse

ROOT = Path(__file__).resolve().parent.parent
FAKE_CLI = Path(__file__).resolve().parent / "test_store_fakes.py"


def _export(db: Path) -> str:
    with read_connection(db) as con:
        return to_safe_csv(export_frame(con))


@pytest.mark.slow
def test_jobs_and_batch_sizes_store_exactly_what_one_article_per_transaction_stores(tmp_path):
    """Real extraction: 70 copies of the bundled articles, so events merge across batches."""
    articles = copies(bundled_articles(), 70)
    one = ingest(tmp_path / "one.duckdb", articles, jobs=1)
    four = ingest(tmp_path / "four.duckdb", articles, jobs=4, batch_articles=9)
    con = connect(tmp_path / "single.duckdb")
    try:
        results = [add_article(con, article) for article in articles]  # one transaction each, SQL candidates
    finally:
        con.close()
    assert one.ok and four.ok and one.stored == four.stored == len(articles) and one.merged > 0
    assert sum(r.merged for r in results) == one.merged == four.merged
    assert _export(tmp_path / "one.duckdb") == _export(tmp_path / "four.duckdb") == _export(tmp_path / "single.duckdb")


def test_a_text_over_the_size_limit_is_cut_into_parts_in_batches_and_the_rest_stored(tmp_path):
    big = Article("\n\n".join(["Russia bombed Aleppo on 2016-07-20."] * 40), url="big")
    small = Article("Russia bombed Homs on 2016-07-20.", url="small")
    summary = ingest(tmp_path / "s.duckdb", [big, small], analyse=analyse, acled_types=acled, max_bytes=500)
    assert summary.ok and summary.read == summary.stored and summary.stored > 2
    (name, what), = summary.cut
    assert name == "big" and "over the limit of 500 (--max-bytes)" in what
    again = ingest(tmp_path / "s.duckdb", [big, small], analyse=analyse, acled_types=acled, max_bytes=500)
    assert again.stored == 0 and again.present == summary.stored  # a rerun stores no part twice


def test_an_article_that_cannot_be_stored_is_named_and_its_batch_neighbours_stored(tmp_path):
    def picky_acled(event_type):
        if event_type == "attack":
            raise RuntimeError("no ACLED type")
        return acled(event_type)

    texts = ["Russia bombed Aleppo on 2016-07-20.", "Turkey attacked Azaz on 2016-07-21.",
             "Russia bombed Aleppo on 2016-07-20, killing 3."]
    articles = [Article(text, url=f"u{i}") for i, text in enumerate(texts)]
    summary = ingest(tmp_path / "p.duckdb", articles, analyse=analyse, acled_types=picky_acled)
    assert summary.stored == 2 and summary.merged == 1
    assert [name for name, _ in summary.failures] == ["u1"] and "no ACLED type" in summary.failures[0][1]


def test_a_batch_refused_by_the_store_is_stored_article_by_article(tmp_path, monkeypatch):
    import events.store.handover as handover

    db = tmp_path / "r.duckdb"
    first = Article("Russia bombed Aleppo on 2016-07-20.", url="a")
    ingest(db, [first], analyse=analyse, acled_types=acled)
    # the run believes nothing is stored (as when another writer got in): the batch hits the primary key
    monkeypatch.setattr(handover.Writer, "stored_ids", lambda self: set())
    later = [Article("Russia bombed Aleppo on 2016-07-20, killing 2.", url="b"), first,
             Article("Russia bombed Homs on 2016-07-20.", url="c")]
    summary = ingest(db, later, analyse=analyse, acled_types=acled)
    assert summary.stored == 2 and summary.present == 1 and summary.ok and summary.merged == 1
    con = connect(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert con.execute("SELECT max(n_sources) FROM events").fetchone()[0] == 2
    finally:
        con.close()


@pytest.mark.slow
def test_the_dashboard_queries_read_the_store_while_an_ingest_writes_it(tmp_path):
    total = 6000
    places = ["Aleppo", "Azaz", "Homs", "Raqqa"]
    with open(tmp_path / "big.jsonl", "w", encoding="utf-8") as out:
        for i in range(total):
            text = f"Unit{i} bombed {places[i % 4]} on 2016-07-{1 + i % 28:02d}.\n\nArticle {i}."  # one event each
            out.write(json.dumps({"title": f"T{i}", "published": "2016-12-31", "text": text}) + "\n")
    db = tmp_path / "live.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(FAKE_CLI), "ingest", str(tmp_path / "big.jsonl"), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen, during = [], 0
    try:
        deadline = time.monotonic() + 300
        while not db.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        while time.monotonic() < deadline:
            running = process.poll() is None
            # the dashboard's own path: a short read-only connection and its query functions; a read
            # that cannot get the file within 5 s raises
            with read_connection(db, wait_seconds=5) as con:
                counts = queries.counts(con, queries.Filters())
                rows = len(queries.export_rows(con, queries.Filters()))
            seen.append((counts.total, rows))
            if running and process.poll() is None:
                during += 1
            if not running:
                break
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            process.kill()
        stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert f"stored: {total}" in stdout
    assert during >= 2, f"only {during} reads while the ingest ran: make it larger"
    assert seen == sorted(seen), "counts went down"
    assert seen[0][0] < seen[-1][0] == total and len(set(seen)) >= 2  # it saw the store grow
