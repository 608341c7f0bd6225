"""Distributed batch ingest with Dask: the local engine's readers and extraction, run in partitions.

    ingest_with_dask(paths, db_path, *, scheduler=None, partitions=None, parquet_dir=None, merge=True,
                     published=None, columns=None, n_workers=None, retries=2, progress=True) -> BatchSummary

In: files or directories (as ``python -m events ingest`` takes them) and a DuckDB store path.
Out: the store filled exactly as a local ingest of the same input fills it, plus partitioned Parquet
under ``parquet_dir`` (default: next to the db, ``events.parquet/`` for ``events.duckdb``).

1. The client reads the inputs with events.readers (as the local engine does; its own Parquet
   output is never read back), in input order, drops articles the store already holds (and repeats
   within the input), and cuts the rest into contiguous partitions.
2. Each partition is analysed on a Dask worker (a LocalCluster of one single-threaded process per
   core by default, or the scheduler at ``scheduler``) and written as Parquet with a done-marker
   (events.batch.partition). A partition whose marker exists is not recomputed; a failing one is
   retried ``retries`` times, then reported with the inputs it held.
3. The client merges the events article by article in input order and loads everything into the
   store in one transaction (events.batch.load), so merging gives the local engine's result.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import os
import sys
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from events.batch.partition import AcledTypes, Analyse, PartitionResult, analyse_partition, read_done
from events.extract.records import Article
from events.readers import ReadFailure, read_paths
from events.readers.long import DEFAULT_MAX_BYTES, cut_long
from events.store import IngestSummary, connect, default_db_path

__all__ = ["BatchSummary", "Partition", "default_parquet_dir", "ingest_with_dask", "plan_partitions"]

#: Default partition size: big enough that task overhead is small, small enough to spread and retry.
ARTICLES_PER_PARTITION = 200
#: Small inputs still get this many partitions (one article each at least), so every worker has work.
MIN_PARTITIONS = 16


@dataclass
class BatchSummary(IngestSummary):
    """``IngestSummary`` (same counts and ``lines()``) plus what the Dask run did."""

    partitions: int = 0
    reused: int = 0  # partitions found done by an earlier run, not recomputed
    failed_partitions: int = 0
    workers: int = 0
    parquet_dir: str = ""
    dashboard: str = ""
    compute_seconds: float = 0.0  # wall time from submitting partitions to the last one done

    def lines(self) -> list[str]:
        return super().lines() + [
            f"partitions: {self.partitions} (reused from an earlier run: {self.reused},"
            f" failed: {self.failed_partitions}) on {self.workers} Dask workers",
            f"parquet: {self.parquet_dir}",
        ]


@dataclass(frozen=True)
class Partition:
    """Contiguous articles of the input; ``first_seq`` is the input position of the first."""

    index: int
    first_seq: int
    articles: tuple[Article, ...]

    @property
    def key(self) -> str:
        """Names the partition's files: the same articles at the same position give the same key."""
        digest = hashlib.sha256(f"{self.first_seq}\n".encode())
        for article in self.articles:
            digest.update(article.article_id.encode() + b"\n")
        return digest.hexdigest()[:20]

    def describe(self) -> str:
        first, last = self.articles[0], self.articles[-1]
        return f"partition {self.index + 1} ({first.origin or first.article_id} .. {last.origin or last.article_id})"


def default_parquet_dir(db_path: str | os.PathLike) -> Path:
    path = Path(db_path)
    return path.with_name(path.stem + ".parquet")


def plan_partitions(articles: list[Article], partitions: int | None = None) -> list[Partition]:
    """Cut ``articles`` into ``partitions`` contiguous runs of nearly equal length (default: by size)."""
    if partitions is not None and partitions < 1:
        raise ValueError(f"partitions must be at least 1, got {partitions}")
    if not articles:
        return []
    count = partitions or max(min(len(articles), MIN_PARTITIONS), math.ceil(len(articles) / ARTICLES_PER_PARTITION))
    count = min(count, len(articles))
    size, extra = divmod(len(articles), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(Partition(index, start, tuple(articles[start:end])))
        start = end
    return out


def _pending(items: Iterable[Article | ReadFailure], stored: set[str], summary: BatchSummary) -> list[Article]:
    """Articles to analyse, in input order; the rest are counted as the local engine counts them."""
    pending, seen = [], set()
    for item in items:
        if isinstance(item, ReadFailure):
            summary.failures.append((item.origin, item.reason))
            continue
        summary.read += 1
        if item.article_id in stored or item.article_id in seen:
            summary.present += 1
            continue
        seen.add(item.article_id)
        pending.append(item)
    return pending


def _client(scheduler: str | None, n_workers: int | None):
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler), None
        except (OSError, TimeoutError) as error:
            raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    if n_workers is not None and n_workers < 1:
        raise ValueError(f"n_workers must be at least 1, got {n_workers}")
    # Extraction is CPU-bound pure Python: one single-threaded process per core, not threads.
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _compute(
    todo: list[Partition], out_dir: Path, summary: BatchSummary, *, scheduler: str | None, n_workers: int | None,
    retries: int, progress: bool, analyse: Analyse | None, acled_types: AcledTypes | None,
) -> dict[str, PartitionResult]:
    from distributed import as_completed
    from tqdm import tqdm

    results: dict[str, PartitionResult] = {}
    client, cluster = _client(scheduler, n_workers)
    try:
        summary.dashboard = client.dashboard_link or ""
        summary.workers = len(client.nthreads())
        if progress:
            print(f"Dask dashboard: {summary.dashboard}  ({summary.workers} workers)", file=sys.stderr)
        token = uuid.uuid4().hex[:8]  # keys unique per run: a long-lived scheduler may remember old ones
        started = time.perf_counter()
        futures = {
            client.submit(analyse_partition, part.key, part.first_seq, list(part.articles), str(out_dir),
                          analyse, acled_types, key=f"events-partition-{part.index:06d}-{token}", retries=retries): part
            for part in todo
        }
        bar = tqdm(total=len(futures), desc="analysing", unit="partition", file=sys.stderr, disable=not progress)
        failed: list[tuple[Partition, str]] = []  # reported in input order, whichever finished first
        try:
            for future in as_completed(futures):
                part = futures[future]
                try:
                    results[part.key] = future.result()
                except (Exception, asyncio.CancelledError) as error:  # after the retries: name the inputs, go on
                    failed.append((part, f"failed after {retries} retries: {type(error).__name__}: {error}"))
                future.release()
                bar.update(1)
        except KeyboardInterrupt:
            client.cancel(list(futures))
            summary.interrupted = True
        finally:
            bar.close()
        summary.failed_partitions += len(failed)
        summary.failures.extend((part.describe(), reason) for part, reason in sorted(failed, key=lambda f: f[0].index))
        summary.compute_seconds = time.perf_counter() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return results


def ingest_with_dask(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    db_path: str | os.PathLike | None = None,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    parquet_dir: str | os.PathLike | None = None,
    merge: bool = True,
    published: date | None = None,
    columns: dict[str, str] | list[str] | None = None,
    n_workers: int | None = None,
    retries: int = 2,
    progress: bool = True,
    analyse: Analyse | None = None,
    acled_types: AcledTypes | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> BatchSummary:
    """Ingest ``paths`` into the store at ``db_path`` with Dask; see the module docstring.

    ``scheduler``: address of a running scheduler ("tcp://host:8786"); default a LocalCluster of
    ``n_workers`` processes (default: one per core). ``partitions``: how many pieces the input is cut
    into (default: about one per 200 articles, at least 16 for small inputs). ``published`` and
    ``columns``: as for ``events.readers.read_paths``. ``analyse`` / ``acled_types``: extraction
    stand-ins for tests (must be importable by the workers). ``max_bytes``: as for ``events.store.pipeline.ingest``.
    """
    db = default_db_path(db_path)
    out_dir = Path(parquet_dir) if parquet_dir is not None else default_parquet_dir(db)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"parquet_dir {out_dir} is a file, not a directory")
    summary = BatchSummary(parquet_dir=str(out_dir))
    con = connect(db)  # creates and migrates the store; closed while the workers run so others may read it
    try:
        stored = {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}
    finally:
        con.close()
    read = read_paths(paths, published=published, columns=columns, exclude=out_dir)
    pending = _pending(cut_long(read, max_bytes, summary.cut), stored, summary)
    plan = plan_partitions(pending, partitions)
    summary.partitions = len(plan)
    results: dict[str, PartitionResult] = {}
    todo = []
    for part in plan:
        done = read_done(out_dir, part.key)
        if done is None:
            todo.append(part)
        else:
            results[part.key] = done
            summary.reused += 1
    if progress:
        print(f"{len(pending)} articles to analyse in {len(plan)} partitions ({summary.reused} done by an earlier run);"
              f" {summary.present} already stored", file=sys.stderr)
    if todo:
        out_dir.mkdir(parents=True, exist_ok=True)
        results.update(_compute(todo, out_dir, summary, scheduler=scheduler, n_workers=n_workers, retries=retries,
                                progress=progress, analyse=analyse, acled_types=acled_types))
    if summary.interrupted:
        return summary  # nothing loaded; the partitions done so far are reused by the next run
    done_keys = [part.key for part in plan if part.key in results]
    for key in done_keys:
        summary.failures.extend(results[key].failures)
        summary.analyse_seconds += results[key].analyse_seconds
    if done_keys:
        from events.batch.load import load_partitions

        if progress:
            print(f"loading {len(done_keys)} partitions into {db}", file=sys.stderr)
        started = time.perf_counter()
        con = connect(db)
        try:
            loaded = load_partitions(con, out_dir, done_keys, merge=merge)
        except duckdb.Error as error:  # e.g. another process stored some of these articles meanwhile
            raise ValueError(f"loading {out_dir} into {db} failed, nothing was stored ({error});"
                             " rerun to load what is not stored yet") from error
        finally:
            con.close()
        summary.store_seconds = time.perf_counter() - started
        summary.stored, summary.events = loaded.stored, loaded.events
        summary.new_events, summary.merged = loaded.new_events, loaded.merged
        summary.no_events.update(loaded.no_events)
    return summary
