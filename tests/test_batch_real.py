"""The Dask engine with the real extraction on a small synthetic corpus: the same store as the local engine.

One test runs in-process workers (quick); the slow one starts real worker processes, as the CLI does.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from events.batch import ingest_with_dask
from events.bench.corpus import write_corpus
from events.readers import read_paths
from events.store import connect, ingest
from test_batch import table_rows

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, articles=30, seed=3, shard_size=10)
    return folder


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    con = connect(db)
    try:
        summary = ingest(con, read_paths([corpus]))
    finally:
        con.close()
    assert summary.ok and summary.stored == 30 and summary.events > 0
    return db


def test_real_extraction_in_process_workers_equals_local(corpus, local_db, tmp_path):
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=":0", silence_logs=40)
    try:
        batch = ingest_with_dask([corpus], tmp_path / "dask.duckdb", scheduler=cluster.scheduler_address,
                                 partitions=4, parquet_dir=tmp_path / "parquet", progress=False)
    finally:
        cluster.close()
    assert batch.ok and batch.stored == 30, batch.lines()
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(local_db)


@pytest.mark.slow
def test_real_extraction_process_workers_equals_local(corpus, local_db, tmp_path):
    batch = ingest_with_dask([corpus], tmp_path / "dask.duckdb", n_workers=2, partitions=3,
                             parquet_dir=tmp_path / "parquet", progress=False)
    assert batch.ok and batch.workers == 2 and batch.stored == 30, batch.lines()
    assert table_rows(tmp_path / "dask.duckdb") == table_rows(local_db)
