"""The bundled demo database: data/articles (seed .txt + articles.jsonl) -> a DuckDB file.

In: a db path. Out: that path, built first if it did not exist. The build goes to a temporary
file renamed into place at the end, so an interrupted build never looks like a finished one.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from events.extract.records import Article
from events.readers import read_paths
from events.store.connection import REPO_ROOT, connect, default_db_path, read_connection
from events.store.pipeline import IngestSummary, ingest
from events.store.schema import SCHEMA_VERSION, current_version

ARTICLES_DIR = REPO_ROOT / "data" / "articles"
SEED = ARTICLES_DIR / "telesur-2016-07-27-us-russia-airstrikes.txt"
BUNDLED = (SEED, ARTICLES_DIR / "articles.jsonl")


def bundled_articles() -> list[Article]:
    """The bundled articles; the seed's source is named from data/articles/LICENSES.md."""
    articles = []
    for item in read_paths(BUNDLED):
        if not isinstance(item, Article):
            raise ValueError(f"bundled article unreadable: {item.origin}: {item.reason}")
        if item.origin == str(SEED):
            item = replace(item, source="teleSUR")
        articles.append(item)
    return articles


def _upgrade(path: Path) -> None:
    """Migrate an existing database made by older code, so read-only connections see the current views."""
    try:
        with read_connection(path, wait_seconds=0) as con:
            if current_version(con) >= SCHEMA_VERSION:
                return
    except ValueError:
        return  # another process is writing it: that process has migrated it already
    connect(path).close()


def ensure_bundled_database(
    db_path: str | os.PathLike | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Build ``db_path`` from the bundled articles unless it exists (then only migrate it if it is old);
    ``progress(done, total)`` is called before each article and once at the end."""
    path = default_db_path(db_path)
    if path.exists():
        _upgrade(path)
        return path
    articles = bundled_articles()
    building = path.with_name(path.name + ".building")
    for stale in (building, building.with_name(building.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = connect(building, threads=1)
    try:
        def counted():
            for done, article in enumerate(articles):
                if progress:
                    progress(done, len(articles))
                yield article
            if progress:
                progress(len(articles), len(articles))

        summary: IngestSummary = ingest(con, counted())
    finally:
        con.close()
    if not summary.ok:
        raise ValueError("building the bundled database failed: " + "; ".join(r for _, r in summary.failures))
    os.replace(building, path)
    return path
