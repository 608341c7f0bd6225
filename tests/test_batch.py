"""The Dask batch engine gives the local engine's store, resumes, skips stored articles, reports failures.

Extraction here is the deterministic stand-in of test_store_fakes (fast, and it merges across articles);
tests/test_batch_real.py runs the real extraction. The cluster is in-process (threads) to stay quick:
the engine's code path is the same as with process workers.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from events.batch import ingest_with_dask, plan_partitions
from events.batch.partition import PartitionResult
from events.extract.records import Article
from events.readers import read_paths
from events.store import connect, ingest, read_connection
from events.store.export import export_frame
from test_store_fakes import acled, analyse

distributed = pytest.importorskip("distributed")

TABLES = {
    "articles": "article_id, title, url, source, published, published_basis, origin, text, n_events, reason",
    "timexes": "*",
    "events": "*",
    "event_sources": "*",
    "source_actors": "*",
}
ACTORS = ("Russia", "Syria", "Turkey", "Iran")
PLACES = ("Aleppo", "Azaz", "Homs", "Raqqa")


def _paragraph(rng: random.Random) -> str:
    actors = " and ".join(rng.sample(ACTORS, rng.choice((1, 1, 2))))
    verb = rng.choice(("bombed", "bombed", "attacked", "met"))
    when = rng.choice((f" on 2016-07-{rng.randint(10, 14):02d}", " in 2016-07", " in 2016-08", ""))
    killed = rng.choice(("", f", killing {rng.randint(1, 40)}"))
    return f"{actors} {verb} {rng.choice(PLACES)}{when}{killed}."


def write_corpus(folder: Path, articles: int = 60, shards: int = 3, seed: int = 7) -> list[Path]:
    """JSONL shards whose events often describe the same event (so merging matters), some undated."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{n}.jsonl" for n in range(shards)]
    handles = [path.open("w", encoding="utf-8") for path in paths]
    for index in range(articles):
        paragraphs = [_paragraph(rng) for _ in range(rng.randint(0, 3))] or ["Nothing happened."]
        row = {"title": f"Article {index}", "published": f"2016-08-{rng.randint(1, 28):02d}",
               "text": "\n\n".join(paragraphs), "url": f"https://example.org/{index}", "source": "Test"}
        handles[index % shards].write(json.dumps(row) + "\n")
    for handle in handles:
        handle.close()
    return paths


def table_rows(db: Path) -> dict[str, list[tuple]]:
    with read_connection(db) as con:
        rows = {table: sorted(con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
                for table, columns in TABLES.items()}
        rows["export"] = export_frame(con).astype(str).values.tolist()
    return rows


def local_ingest(paths, db: Path):
    con = connect(db)
    try:
        return ingest(con, read_paths(paths), analyse=analyse, acled_types=acled)
    finally:
        con.close()


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=":0", silence_logs=40)
    yield cluster.scheduler_address
    cluster.close()


def dask_ingest(paths, db, scheduler, **options):
    options.setdefault("partitions", 7)
    return ingest_with_dask(paths, db, scheduler=scheduler, progress=False, analyse=analyse, acled_types=acled,
                            **options)


def test_dask_store_equals_local_store(tmp_path, scheduler):
    paths = write_corpus(tmp_path / "corpus")
    local = local_ingest(paths, tmp_path / "local.duckdb")
    batch = dask_ingest(paths, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "parquet")
    assert batch.ok, batch.lines()
    assert local.merged > 0 and local.no_events  # the corpus exercises merging and empty articles
    counts = ("read", "stored", "present", "events", "new_events", "merged", "no_events")
    assert {c: getattr(batch, c) for c in counts} == {c: getattr(local, c) for c in counts}
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(tmp_path / "local.duckdb")


def test_sql_candidates_and_the_in_memory_timeline_store_the_same(tmp_path):
    """add_article alone asks the store for merge candidates; an ingest run keeps the timeline in memory."""
    import events.store.pipeline as pipeline

    paths = write_corpus(tmp_path / "corpus", articles=40, seed=3)
    local_ingest(paths, tmp_path / "run.duckdb")
    con = connect(tmp_path / "one.duckdb")
    try:
        results = [pipeline.store_article(con, item, analyse=analyse, acled_types=acled) for item in read_paths(paths)]
    finally:
        con.close()
    assert sum(r.merged for r in results) > 0
    assert table_rows(tmp_path / "one.duckdb") == table_rows(tmp_path / "run.duckdb")


def test_adding_to_a_filled_store_merges_like_the_local_engine(tmp_path, scheduler):
    first = write_corpus(tmp_path / "first", articles=30, seed=1)
    second = write_corpus(tmp_path / "second", articles=30, seed=2)
    local_ingest(first, tmp_path / "local.duckdb")
    local_ingest(second, tmp_path / "local.duckdb")
    local_ingest(first, tmp_path / "dask.duckdb")
    batch = dask_ingest(second, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "parquet")
    assert batch.ok and batch.merged > 0
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(tmp_path / "local.duckdb")


def test_no_merge_keeps_articles_apart_like_the_local_engine(tmp_path, scheduler):
    paths = write_corpus(tmp_path / "corpus", articles=20)
    con = connect(tmp_path / "local.duckdb")
    ingest(con, read_paths(paths), analyse=analyse, acled_types=acled, merge=False)
    con.close()
    batch = dask_ingest(paths, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "p", merge=False)
    assert batch.merged == 0
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(tmp_path / "local.duckdb")


def test_parquet_output_is_partitioned_by_event_month(tmp_path, scheduler):
    paths = write_corpus(tmp_path / "corpus", articles=20)
    dask_ingest(paths, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "parquet")
    months = {p.name for p in (tmp_path / "parquet" / "events").iterdir()}
    assert {"month=2016-07", "month=2016-08", "month=undated"} <= months
    import duckdb

    rows = duckdb.sql(
        f"SELECT month, min(date_start), max(date_start), count(*) FROM read_parquet("
        f"'{tmp_path}/parquet/events/*/*.parquet', hive_partitioning = true) GROUP BY month ORDER BY month"
    ).fetchall()
    for month, first, last, _ in rows:
        if month == "undated":
            assert first is None and last is None
        else:
            assert first.strftime("%Y-%m") == month == last.strftime("%Y-%m")
    with read_connection(tmp_path / "dask.duckdb") as con:
        assert sum(n for *_, n in rows) == con.execute("SELECT count(*) FROM event_sources").fetchone()[0]


def test_rerun_skips_stored_articles_and_done_partitions(tmp_path, scheduler):
    paths = write_corpus(tmp_path / "corpus", articles=24)
    db, parquet = tmp_path / "dask.duckdb", tmp_path / "parquet"
    first = dask_ingest(paths, db, scheduler, parquet_dir=parquet)
    before = table_rows(db)
    again = dask_ingest(paths, db, scheduler, parquet_dir=parquet)
    assert (again.stored, again.present, again.partitions) == (0, first.stored, 0)
    assert table_rows(db) == before
    # A fresh store from the same input: every partition is found done and reused, not recomputed.
    fresh = dask_ingest(paths, tmp_path / "fresh.duckdb", "tcp://127.0.0.1:1", parquet_dir=parquet)
    assert fresh.reused == fresh.partitions == 7 and fresh.stored == first.stored
    assert table_rows(tmp_path / "fresh.duckdb") == before


def test_failed_partition_is_retried(tmp_path, scheduler, monkeypatch):
    import events.batch.partition as partition

    real, calls = partition.write_partition, []

    def flaky(out_dir, key, rows):
        calls.append(key)
        if calls.count(key) == 1:
            raise OSError("disk hiccup")
        real(out_dir, key, rows)

    monkeypatch.setattr(partition, "write_partition", flaky)
    paths = write_corpus(tmp_path / "corpus", articles=10)
    batch = dask_ingest(paths, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "p", partitions=2)
    assert batch.ok and batch.stored == 10 and len(calls) == 4


def test_partition_failing_every_retry_is_reported_with_its_inputs(tmp_path, scheduler, monkeypatch):
    import events.batch.partition as partition

    def broken(out_dir, key, rows):
        raise OSError("disk full")

    monkeypatch.setattr(partition, "write_partition", broken)
    paths = write_corpus(tmp_path / "corpus", articles=4, shards=1)
    batch = dask_ingest(paths, tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "p", partitions=2,
                        retries=1)
    assert not batch.ok and batch.failed_partitions == 2 and batch.stored == 0
    origin, reason = batch.failures[0]
    assert origin == f"partition 1 ({paths[0]}:1 .. {paths[0]}:2)"
    assert "disk full" in reason
    # in input order, whichever partition Dask gave up on first
    assert batch.failures[1][0] == f"partition 2 ({paths[0]}:3 .. {paths[0]}:4)"


def test_read_failures_and_extraction_failures_are_reported_like_the_local_engine(tmp_path, scheduler):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"text": "Russia bombed Aleppo on 2016-07-20."}\nnot json\n', encoding="utf-8")
    batch = dask_ingest([folder], tmp_path / "dask.duckdb", scheduler, parquet_dir=tmp_path / "p")
    local = local_ingest([folder], tmp_path / "local.duckdb")
    assert batch.failures == local.failures and len(batch.failures) == 1
    assert batch.stored == local.stored == 1


def test_plan_partitions_is_contiguous_and_balanced():
    articles = [Article(text=f"t{i}", url=f"u{i}") for i in range(10)]
    plan = plan_partitions(articles, 3)
    assert [len(p.articles) for p in plan] == [4, 3, 3]
    assert [p.first_seq for p in plan] == [0, 4, 7]
    assert [a for p in plan for a in p.articles] == articles
    assert len({p.key for p in plan}) == 3 and plan_partitions(articles, 3)[1].key == plan[1].key
    assert len(plan_partitions(articles, 50)) == 10
    with pytest.raises(ValueError, match="partitions"):
        plan_partitions(articles, 0)


def test_done_marker_round_trips():
    result = PartitionResult("k", 3, [("f.jsonl:2", "extraction failed: X")], 1.5)
    again = PartitionResult.from_json(result.to_json())
    assert (again.key, again.articles, again.failures, again.reused) == ("k", 3, [("f.jsonl:2", "extraction failed: X")], True)


def test_parquet_shards_give_the_same_store_as_their_jsonl(tmp_path, scheduler):
    import pyarrow as pa
    import pyarrow.parquet as pq

    jsonl = write_corpus(tmp_path / "jsonl", articles=20, shards=2)
    shards = tmp_path / "parquet-in"
    shards.mkdir()
    for path in jsonl:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        pq.write_table(pa.Table.from_pylist(rows), shards / (path.stem + ".parquet"))
    pq.write_table(pa.table({"summary": ["no text column"]}), shards / "zz-bad.parquet")
    from_jsonl = dask_ingest(jsonl, tmp_path / "a.duckdb", scheduler, parquet_dir=tmp_path / "pa")
    from_parquet = dask_ingest([shards], tmp_path / "b.duckdb", scheduler, parquet_dir=tmp_path / "pb")
    assert from_parquet.stored == from_jsonl.stored == 20
    assert from_parquet.failures == [(str(shards / "zz-bad.parquet"), "no column named 'text', 'maintext', 'body', 'content', 'article'; name it with --column text=NAME (columns: summary)")]
    strip = {"articles": 6}  # the origin column names the file read
    a, b = table_rows(tmp_path / "a.duckdb"), table_rows(tmp_path / "b.duckdb")
    for table, rows in a.items():
        if table in strip:
            rows = sorted(r[:strip[table]] + r[strip[table] + 1:] for r in rows)
            b[table] = sorted(r[:strip[table]] + r[strip[table] + 1:] for r in b[table])
        assert rows == b[table], table


def test_own_parquet_output_inside_an_input_folder_is_not_read_back(tmp_path, scheduler):
    folder = tmp_path / "data"
    write_corpus(folder, articles=6, shards=1)
    first = dask_ingest([folder], folder / "events.duckdb", scheduler)
    assert (folder / "events.parquet" / "articles").is_dir()
    again = dask_ingest([folder], folder / "events.duckdb", scheduler)
    assert (first.stored, again.read, again.present) == (6, 6, 6)


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    import dask

    paths = write_corpus(tmp_path / "corpus", articles=2, shards=1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ValueError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
            dask_ingest(paths, tmp_path / "dask.duckdb", "tcp://127.0.0.1:9", parquet_dir=tmp_path / "p")
