"""Export: the ``event_rows`` view, filtered, as CSV, JSONL, an Excel workbook or Parquet.

In: a connection and ``Filters``. Out: pandas frames / text / workbook bytes / a Parquet file with exactly
``EXPORT_COLUMNS``. ``to_safe_csv`` is the one CSV writer (the dashboard's download uses it too):
text cells that a spreadsheet would run as a formula get a leading single quote. ``to_xlsx`` writes every text
cell as a string cell, which Excel shows as written and never runs.
"""
from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from events.store.schema import EXPORT_COLUMNS, ROW_COLUMNS, quoted

DATE_COLUMNS = ("date_start", "date_end", "published")
#: First characters that make a spreadsheet treat a cell as a formula (or smuggle one in).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Filters:
    """Keep events with any of ``actors`` (canonical names, case-insensitive), any of ``types``
    (event type or ACLED type/sub-type), a date interval overlapping [since, until], and reported by at least
    ``min_sources`` articles. A date bound drops undated events."""

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    min_sources: int = 1


def _where(filters: Filters) -> tuple[str, list]:
    clauses, params = [], []
    if filters.types:
        wanted = [t.casefold() for t in filters.types]
        marks = ", ".join("?" for _ in wanted)
        clauses.append(f"(lower(type) IN ({marks}) OR lower(acled_event_type) IN ({marks})"
                       f" OR lower(acled_sub_event_type) IN ({marks}))")
        params += wanted * 3
    if filters.actors:
        wanted = [a.casefold() for a in filters.actors]
        clauses.append("event_id IN (SELECT event_id FROM event_actors WHERE lower(actor) IN ("
                       + ", ".join("?" for _ in wanted) + "))")
        params += wanted
    if filters.since:
        clauses.append("date_end >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("date_start <= ?")
        params.append(filters.until)
    if filters.min_sources > 1:
        clauses.append("n_sources >= ?")
        params.append(filters.min_sources)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _query(con: duckdb.DuckDBPyConnection, columns, filters: Filters | None) -> duckdb.DuckDBPyRelation:
    where, params = _where(filters or Filters())
    return con.sql(
        f"SELECT {quoted(columns)} FROM event_rows{where} ORDER BY date_start NULLS LAST, date_end, event_id",
        params=params,
    )


def event_frame(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Typed rows (dates as dates, ``actors`` as lists, ``summary`` last) for the dashboard."""
    frame = _query(con, ROW_COLUMNS, filters).df()
    for column in DATE_COLUMNS:
        frame[column] = [None if pd.isna(v) else pd.Timestamp(v).date() for v in frame[column]]
    frame["actors"] = [list(v) if v is not None else [] for v in frame["actors"]]
    return frame


def export_frame(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Exactly EXPORT_COLUMNS; dates as ISO text, "" when undated; ``actors`` as lists."""
    frame = event_frame(con, filters)[list(EXPORT_COLUMNS)]
    for column in DATE_COLUMNS:
        frame[column] = [v.isoformat() if v else "" for v in frame[column]]
    return frame


def _joined(value: object) -> object:
    """A list cell (``actors``) as one text, its items joined by "; " as in CSV; any other value as it is."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(str(v) for v in value)
    return value


def _inert(value: object) -> object:
    value = _joined(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_safe_csv(frame: pd.DataFrame) -> str:
    """CSV text of ``frame``; list cells joined by "; "; formula-like text cells prefixed with ';
    numeric columns untouched (so -3.5 stays a number)."""
    safe = frame.copy()
    for column in safe.columns:
        dtype = safe[column].dtype
        if pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype):
            continue
        safe[column] = safe[column].astype(object).map(_inert)
    # CRLF rows (RFC 4180): the csv writer then quotes cells holding a bare CR as well as LF.
    return safe.to_csv(index=False, lineterminator="\r\n")


def _json_value(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, str)):
        return value.item()  # numpy scalars
    return value


def to_jsonl(frame: pd.DataFrame) -> str:
    """One JSON object per row; ``actors`` stays a list, missing numbers are null."""
    lines = []
    for record in frame.astype(object).to_dict(orient="records"):
        lines.append(json.dumps({k: _json_value(v) for k, v in record.items()}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def _cell(value: object) -> object:
    """A frame value as one cell's value: None for missing, lists joined by "; ", numpy scalars as Python ones."""
    value = _joined(value)
    return value if isinstance(value, str) else _json_value(value)


def to_xlsx(frame: pd.DataFrame) -> bytes:
    """An Excel workbook of ``frame``: one sheet "events", the header row frozen with a filter on it, the date
    columns as Excel dates, numbers as numbers, list cells joined by "; ", http(s) URLs as links, and every other
    cell a string cell (XlsxWriter's ``strings_to_formulas`` off), so "=HYPERLINK(...)" in a headline shows as
    written and is never run: no quote is added, unlike CSV, where a spreadsheet guesses each cell's kind."""
    import xlsxwriter  # late: only this export needs it

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                            "strings_to_numbers": False})
    sheet = workbook.add_worksheet("events")
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    columns = list(frame.columns)
    for col, name in enumerate(columns):
        sheet.write_string(0, col, name, bold)
    for row, record in enumerate(frame.itertuples(index=False), start=1):
        for col, raw in enumerate(record):
            value = _cell(raw)
            if value is None or value == "":
                continue
            name = columns[col]
            if isinstance(value, bool):
                sheet.write_boolean(row, col, value)
            elif isinstance(value, (int, float)):
                if math.isfinite(value):
                    sheet.write_number(row, col, value)
            elif name in DATE_COLUMNS:
                day_value = cell_day(value)
                sheet.write_datetime(row, col, datetime(day_value.year, day_value.month, day_value.day), day)
            elif name == "url" and str(value).startswith(("http://", "https://")) and len(str(value)) <= 2000:
                if sheet.write_url(row, col, str(value), string=str(value)) != 0:  # over Excel's link limits
                    sheet.write_string(row, col, str(value))
            else:
                sheet.write_string(row, col, str(value))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(columns) - 1, 0))
    workbook.close()
    return buffer.getvalue()


def empty_cell(value) -> bool:
    """Is a cell of the export frame empty: None, NA, NaN or ""?"""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == ""


def cell_day(value) -> date | None:
    """A date column's cell of the export frame (ISO text, or a date) as a date; None when empty."""
    return None if empty_cell(value) else date.fromisoformat(str(value)[:10])


def write_parquet(con: duckdb.DuckDBPyConnection, path: str | Path, filters: Filters | None = None) -> int:
    """Typed Parquet (DATE columns, null when undated; ``actors`` a list); returns the row count."""
    table = _query(con, EXPORT_COLUMNS, filters).to_arrow_table()
    pq.write_table(table, str(path))
    return table.num_rows
