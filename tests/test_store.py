"""Store: schema, per-article transactions, idempotent ingest, migration, read helpers."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb
import pytest

from events.extract.records import Article
from events.store import (
    EXPORT_COLUMNS, ROW_COLUMNS, SCHEMA_VERSION, add_article, connect, default_db_path, ensure_bundled_database, ingest,
    read_connection,
)
from events.store.connection import DEFAULT_DB
from events.store.schema import MIGRATIONS, current_version
from events.store.write import store_analysis
from events.readers import ReadFailure
from test_store_fakes import acled, analyse

A1 = Article("Russia bombed Aleppo on 2016-07-20, killing 12.\n\nTurkey attacked Azaz in 2016-07.",
             date(2016, 7, 27), "One", "https://x/1", "S1", "one.txt")
A2 = Article("Russia and Syria bombed Aleppo on 2016-07-20, killing 15.", date(2016, 7, 28), "Two", "https://x/2")
EMPTY = Article("Nothing happened.", date(2016, 7, 28), "Empty", "https://x/3")


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "t.duckdb")
    yield connection
    connection.close()


def _counts(con) -> dict[str, int]:
    tables = ("articles", "timexes", "events", "event_sources", "source_actors")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_new_database_has_current_schema_and_views(con):
    assert current_version(con) == SCHEMA_VERSION
    rows = con.execute("SELECT * FROM event_rows").df()
    assert tuple(rows.columns) == ROW_COLUMNS == EXPORT_COLUMNS + ("summary",)
    assert list(con.execute("SELECT * FROM event_actors").df().columns) == ["event_id", "actor", "kind", "known", "role"]


def test_ingest_stores_everything_and_reingest_changes_nothing(con):
    summary = ingest(con, [A1, A2, EMPTY], analyse=analyse, acled_types=acled)
    assert (summary.read, summary.stored, summary.present, summary.events) == (3, 3, 0, 3)
    assert summary.ok and summary.no_events == {"no event sentence": 1}
    before = _counts(con)
    assert before == {"articles": 3, "timexes": 0, "events": 2, "event_sources": 3, "source_actors": 4}
    again = ingest(con, [A1, A2, EMPTY], analyse=analyse, acled_types=acled)
    assert (again.stored, again.present) == (0, 3)
    assert _counts(con) == before


def test_article_without_events_is_stored_with_its_reason(con):
    ingest(con, [EMPTY], analyse=analyse, acled_types=acled)
    assert con.execute("SELECT n_events, reason, published_basis FROM articles").fetchall() == [
        (0, "no event sentence", "given")]


def test_failures_are_reported_and_the_rest_stored(con):
    def flaky(article):
        if article.title == "Two":
            raise RuntimeError("boom")
        return analyse(article)

    summary = ingest(con, [A1, ReadFailure("bad.txt", "not UTF-8 text"), A2, EMPTY], analyse=flaky, acled_types=acled)
    assert not summary.ok and summary.stored == 2
    assert summary.failures == [("bad.txt", "not UTF-8 text"), ("https://x/2", "extraction failed: RuntimeError: boom")]
    assert "  bad.txt: not UTF-8 text" in summary.lines()


def test_a_failing_write_rolls_the_whole_article_back(con):
    analysis = analyse(A1)
    calls = []

    def broken_acled(event_type):
        calls.append(event_type)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return acled(event_type)

    with pytest.raises(RuntimeError):
        store_analysis(con, analysis, acled_types=broken_acled)
    assert _counts(con) == dict.fromkeys(_counts(con), 0)
    store_analysis(con, analysis, acled_types=acled)
    assert _counts(con)["event_sources"] == 2


def test_sources_keep_each_articles_own_evidence(con):
    ingest(con, [A1, A2], analyse=analyse, acled_types=acled)
    rows = con.execute("SELECT article_id, evidence, fatalities_best FROM event_sources WHERE type = 'airstrike'"
                       " ORDER BY article_id").fetchall()
    assert sorted(rows) == sorted([
        (A1.article_id, "Russia bombed Aleppo on 2016-07-20, killing 12.", 12),
        (A2.article_id, "Russia and Syria bombed Aleppo on 2016-07-20, killing 15.", 15),
    ])


def test_add_article_with_a_path(tmp_path, monkeypatch):
    import events.store.pipeline as ingest_module

    monkeypatch.setattr(ingest_module, "default_analyse", lambda: analyse)
    monkeypatch.setattr(ingest_module, "default_acled", lambda: acled)
    path = tmp_path / "d.duckdb"
    result = add_article(path, A1)
    assert (result.status, result.n_events, result.new_events) == ("stored", 2, 2)
    assert add_article(path, A1).status == "present"
    with read_connection(path) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        assert list(result.event_ids) == [r[0] for r in con.execute(
            "SELECT event_id FROM event_sources ORDER BY evidence_start").fetchall()]


def test_default_db_path_follows_events_db(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTS_DB", raising=False)
    assert default_db_path() == DEFAULT_DB and DEFAULT_DB.name == "events.duckdb"
    monkeypatch.setenv("EVENTS_DB", str(tmp_path / "x.duckdb"))
    assert default_db_path() == tmp_path / "x.duckdb"


def test_read_connection_is_read_only_and_needs_an_existing_file(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        with read_connection(tmp_path / "none.duckdb"):
            pass
    connect(tmp_path / "r.duckdb").close()
    with read_connection(tmp_path / "r.duckdb") as con:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")


def test_version_1_database_migrates(tmp_path):
    path = tmp_path / "v1.duckdb"
    old = duckdb.connect(str(path))
    old.execute(MIGRATIONS[0])
    old.execute("INSERT INTO schema_version (version) VALUES (1)")
    old.execute("INSERT INTO articles (article_id, title, published, text, n_events) VALUES ('a1', 'Old', '2016-07-27', 't', 1)")
    old.execute("INSERT INTO event_sources (source_id, event_id, article_id, type, evidence) VALUES ('s1', 'e1', 'a1', 'airstrike', 'Ev.')")
    old.execute("INSERT INTO events (event_id, type, status, date_start, date_end, precision, actors, primary_source, n_sources)"
                " VALUES ('e1', 'airstrike', 'occurred', '2016-07-20', '2016-07-20', 'day', ['Russia'], 's1', 1)")
    old.close()
    con = connect(path)
    assert current_version(con) == SCHEMA_VERSION == 3
    assert [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()] == [1, 2, 3]
    row = con.execute("SELECT event_id, title, evidence, acled_event_type, summary, actors, date_basis FROM event_rows").fetchone()
    # A dated event with no time expression of its own was dated by its publication day before version 3.
    assert row == ("e1", "Old", "Ev.", "", "", ["Russia"], "publication")
    con.close()


def test_ensure_bundled_database_only_migrates_an_existing_file(tmp_path):
    path = tmp_path / "v1.duckdb"
    old = duckdb.connect(str(path))
    old.execute(MIGRATIONS[0])
    old.execute("INSERT INTO schema_version (version) VALUES (1)")
    old.close()
    assert ensure_bundled_database(path) == path
    with read_connection(path) as con:
        assert current_version(con) == SCHEMA_VERSION
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # not filled: it existed


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    connect(path).close()
    raw = duckdb.connect(str(path))
    raw.execute("INSERT INTO schema_version (version) VALUES (99)")
    raw.close()
    with pytest.raises(ValueError, match="newer"):
        connect(path)


def test_duplicate_event_ids_in_one_article_are_stored_once(con):
    analysis = analyse(A2)
    doubled = replace(analysis, events=analysis.events * 2)
    result = store_analysis(con, doubled, acled_types=acled)
    assert result.status == "stored" and _counts(con)["event_sources"] == 1


def test_add_article_reports_extraction_failure_and_stores_nothing(tmp_path, monkeypatch):
    import events.store.pipeline as pipeline

    def broken(article):
        raise RuntimeError("no dictionaries")

    monkeypatch.setattr(pipeline, "default_analyse", lambda: broken)
    monkeypatch.setattr(pipeline, "default_acled", lambda: acled)
    with pytest.raises(pipeline.ExtractionError, match="RuntimeError: no dictionaries"):
        add_article(tmp_path / "f.duckdb", A1)
    with read_connection(tmp_path / "f.duckdb") as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_article_rows_drop_exact_repeats_and_take_the_timeline_ids_given():
    from events.store.rows import ARTICLE_COLUMNS, SOURCE_COLUMNS, article_rows

    analysis = analyse(A1)
    analysis = replace(analysis, events=analysis.events + analysis.events[:1])  # the same event found twice
    rows = article_rows(analysis, acled)
    assert len(rows.events) == len(rows.singles) == 2 and len(rows.article) == len(ARTICLE_COLUMNS)
    assert dict(zip(ARTICLE_COLUMNS, rows.article))["n_events"] == 2
    own, given = rows.sources(), rows.sources(["t1", "t2"])
    assert all(len(row) == len(SOURCE_COLUMNS) for row in own)
    assert [row[1] for row in own] == [e.event_id for e in rows.events] and [row[1] for row in given] == ["t1", "t2"]
    assert {row[1] for row in rows.actors(["t1", "t2"])} == {"t1", "t2"}
    assert [s.acled_event_type for s in rows.singles] == [acled(e.type)[0] for e in rows.events]
