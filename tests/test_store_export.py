"""Export: exactly the documented columns, inert formula cells, filters, JSONL and Parquet."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from events.extract.records import Article
from events.store import EXPORT_COLUMNS, Filters, connect, export_frame, ingest, to_safe_csv
from events.store.export import to_jsonl, write_parquet
from test_store_fakes import acled, analyse

DOC = Path(__file__).resolve().parent.parent / "docs" / "store.md"

ARTICLES = [
    Article("Russia bombed Aleppo on 2016-07-20, killing 12.\n\nTurkey attacked Azaz in 2016-08.",
            date(2016, 8, 30), "=HYPERLINK(\"http://evil\")", "https://x/1", "+Source"),
    Article("Syria bombed Raqqa.", date(2016, 9, 1), "@SUM(A1)", "-u2", "\tTabbed"),
]


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "e.duckdb")
    ingest(connection, ARTICLES, analyse=analyse, acled_types=acled)
    yield connection
    connection.close()


def documented_columns() -> list[str]:
    """The first column of the table under '## Export columns' in docs/store.md."""
    section = DOC.read_text(encoding="utf-8").split("## Export columns", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)


def test_columns_are_exactly_the_documented_ones(con):
    assert documented_columns() == list(EXPORT_COLUMNS)
    assert list(export_frame(con).columns) == list(EXPORT_COLUMNS)
    header = next(csv.reader(io.StringIO(to_safe_csv(export_frame(con)))))
    assert header == list(EXPORT_COLUMNS)


def test_csv_formula_cells_are_inert_and_numbers_stay_numbers():
    frame = pd.DataFrame({
        "text": ["=1+1", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "plain", None, "a=b"],
        "count": [-3, 1, 2, 3, 4, 5, 6, 7, 8],
        "value": [-1.5, None, 0, 1, 2, 3, 4, 5, 6],
        "names": [["=A", "B"], [], ["C"], ["D"], ["E"], ["F"], ["G"], ["H"], ["I"]],
    })
    rows = list(csv.reader(io.StringIO(to_safe_csv(frame))))
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'+cmd", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "plain", "", "a=b"]
    assert [r[1] for r in rows[1:3]] == ["-3", "1"]
    assert [r[2] for r in rows[1:3]] == ["-1.5", ""]
    assert rows[1][3] == "'=A; B"


def test_exported_csv_is_safe_and_lists_actors(con):
    rows = list(csv.DictReader(io.StringIO(to_safe_csv(export_frame(con)))))
    assert {r["title"] for r in rows} == {"'=HYPERLINK(\"http://evil\")", "'@SUM(A1)"}
    assert {r["source"] for r in rows} == {"'+Source", "'\tTabbed"}
    undated = next(r for r in rows if r["location"] == "Raqqa")
    assert (undated["date_start"], undated["date_end"], undated["precision"]) == ("", "", "none")
    strike = next(r for r in rows if r["location"] == "Aleppo")
    assert strike["actors"] == "Russia" and strike["fatalities_best"] == "12" and strike["latitude"] == "36.0"


def test_jsonl_keeps_actor_lists_and_types(con):
    records = [json.loads(line) for line in to_jsonl(export_frame(con)).splitlines()]
    assert [list(r) for r in records] == [list(EXPORT_COLUMNS)] * 3
    strike = next(r for r in records if r["location"] == "Aleppo")
    assert strike["actors"] == ["Russia"] and strike["fatalities_best"] == 12 and strike["date_start"] == "2016-07-20"
    assert next(r for r in records if r["location"] == "Raqqa")["fatalities_best"] is None


def test_filters(con):
    def locations(**kwargs):
        return sorted(export_frame(con, Filters(**kwargs))["location"])

    assert locations() == ["Aleppo", "Azaz", "Raqqa"]
    assert locations(actors=("russia",)) == ["Aleppo"]
    assert locations(actors=("Russia", "Turkey")) == ["Aleppo", "Azaz"]
    assert locations(types=("airstrike",)) == ["Aleppo", "Raqqa"]
    assert locations(types=("Battles",)) == ["Azaz"]  # ACLED type works too
    assert locations(since=date(2016, 8, 15)) == ["Azaz"]  # overlaps August; undated dropped
    assert locations(until=date(2016, 7, 31)) == ["Aleppo"]
    assert locations(since=date(2016, 7, 20), until=date(2016, 7, 20), actors=("Russia",)) == ["Aleppo"]
    assert locations(actors=("Nobody",)) == []


def test_parquet_is_typed(con, tmp_path):
    path = tmp_path / "out.parquet"
    assert write_parquet(con, path, Filters(types=("airstrike",))) == 2
    table = pq.read_table(path)
    assert table.column_names == list(EXPORT_COLUMNS)
    rows = {r["location"]: r for r in table.to_pylist()}
    assert rows["Aleppo"]["date_start"] == date(2016, 7, 20) and rows["Raqqa"]["date_start"] is None
    assert rows["Aleppo"]["actors"] == ["Russia"]
