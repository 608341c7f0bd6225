"""Every export format, written from the standard export frame: csv, jsonl, xlsx, parquet (export.py), and for
other tools acled (ACLED's CSV, acled.py), geojson (RFC 7946) and timelinejs (TimelineJS3's JSON).

In: a read connection and the export frame (``export_frame`` for the CLI, ``queries.export_rows`` for the
dashboard: both exactly the export columns, dates as ISO text); columns are read by name, so a column
added to the export later is carried along (GeoJSON: every column is a property). Out: ``Rendered``
(the file's text, or its bytes for a binary format, its row count, what was left out and why). One writer per format, shared by the command
line and the dashboard's download.
"""
from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from events.extract.dictionaries import _Source
from events.store.acled import EXPORTS_TOML, EventActor, EventDetails, acled_export
from events.store.export import _json_value, to_jsonl, to_safe_csv, to_xlsx


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    suffix: str
    mime: str
    about: str
    rows: str  # which of the filtered events the file holds


FORMATS: Mapping[str, Format] = {f.name: f for f in (
    Format("csv", "CSV", "csv", "text/csv", "our columns, formula-looking cells made inert", "every event"),
    Format("jsonl", "JSONL", "jsonl", "application/jsonl", "our columns, one JSON object per event", "every event"),
    Format("xlsx", "Excel workbook", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "our columns in one sheet: dates as dates, numbers as numbers, no cell ever run as a formula", "every event"),
    Format("parquet", "Parquet", "parquet", "application/vnd.apache.parquet", "our columns, typed", "every event"),
    Format("acled", "ACLED CSV", "acled.csv", "text/csv", "ACLED's columns and codes",
           "the events ACLED would code: violence, protests and strategic developments that happened, dated"),
    Format("geojson", "GeoJSON", "geojson", "application/geo+json", "RFC 7946 points for GIS tools, every column a property",
           "the events with coordinates"),
    Format("timelinejs", "TimelineJS3 JSON", "timeline.json", "application/json", "a TimelineJS3 story", "the dated events"),
)}
#: Formats ``render`` writes (the dashboard offers these; Parquet is written to a file by DuckDB).
RENDERED_FORMATS = tuple(name for name in FORMATS if name != "parquet")
#: Of those, the ones whose file is bytes, not text.
BINARY_FORMATS = ("xlsx",)


def check_format(name: str) -> Format:
    """The format called ``name``; ``ValueError`` listing the known ones otherwise."""
    if name not in FORMATS:
        raise ValueError(f"unknown export format {name!r}; known formats: {', '.join(FORMATS)}")
    return FORMATS[name]


@dataclass(frozen=True)
class Rendered:
    content: str | bytes  # bytes for BINARY_FORMATS
    rows: int  # records in the file (rows, features, slides)
    left_out: tuple[tuple[str, int], ...] = ()  # (why, how many events), most first

    def left_out_lines(self) -> list[str]:
        return [f"{n:>6}  {why}" for why, n in self.left_out]


# --- what the export frame lacks ---------------------------------------------------------------------


def event_details(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> dict[str, EventDetails]:
    """Summary, actors (kind, acts_for, first stated role; the primary source's mentions first), outlets of
    every source and the latest ingest time, per timeline event."""
    ids = [str(i) for i in event_ids]
    if not ids:
        return {}
    wanted = "event_id IN (SELECT unnest(?::VARCHAR[]))"
    summaries = dict(con.execute(f"SELECT event_id, coalesce(summary, '') FROM events WHERE {wanted}", [ids]).fetchall())
    mentions = con.execute(
        f"""SELECT a.event_id, a.actor, any_value(a.kind), any_value(a.acts_for),
                   coalesce(first(a.role ORDER BY a.source_id = e.primary_source DESC, a.source_id, a.position)
                            FILTER (WHERE coalesce(a.role, '') <> ''), '')
            FROM source_actors a JOIN events e ON e.event_id = a.event_id
            WHERE a.{wanted} GROUP BY a.event_id, a.actor""", [ids]).fetchall()
    sources = con.execute(
        f"""SELECT s.event_id, list(DISTINCT a.source ORDER BY a.source) FILTER (WHERE coalesce(a.source, '') <> ''),
                   CAST(epoch(max(a.ingested_at)) AS BIGINT)
            FROM event_sources s JOIN articles a ON a.article_id = s.article_id
            WHERE s.{wanted} GROUP BY s.event_id""", [ids]).fetchall()
    actors: dict[str, dict[str, EventActor]] = {}
    for event_id, name, kind, acts_for, role in mentions:
        actors.setdefault(event_id, {})[name] = EventActor(name, kind or "", acts_for or "", role or "")
    outlets = {event_id: (tuple(names or ()), last) for event_id, names, last in sources}
    order = dict(con.execute(f"SELECT event_id, actors FROM events WHERE {wanted}", [ids]).fetchall())
    details = {}
    for event_id in ids:
        known = actors.get(event_id, {})
        ordered = [known[n] for n in (order.get(event_id) or []) if n in known]
        ordered += [a for n, a in known.items() if a not in ordered]
        names, last = outlets.get(event_id, ((), None))
        details[event_id] = EventDetails(summaries.get(event_id, ""), tuple(ordered), names, last)
    return details


# --- GeoJSON -------------------------------------------------------------------------------------------


def _number(value) -> float | None:
    value = _json_value(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def to_geojson(frame: pd.DataFrame) -> Rendered:
    """A FeatureCollection of the events with coordinates: Point [longitude, latitude] (RFC 7946 order,
    WGS 84), every export column as a property, ``id`` the event id. Unlocated events are left out."""
    features, unlocated = [], 0
    for record in frame.astype(object).to_dict(orient="records"):
        lat, lon = _number(record.get("latitude")), _number(record.get("longitude"))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            unlocated += 1
            continue
        properties = {k: _json_value(v) for k, v in record.items()}
        features.append({"type": "Feature", "id": str(record["event_id"]),
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties})
    collection = {"type": "FeatureCollection", "features": features}
    text = json.dumps(collection, ensure_ascii=False, allow_nan=False)
    return Rendered(text + "\n", len(features), (("no coordinates", unlocated),) if unlocated else ())


# --- TimelineJS ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRules:
    era_types: tuple[str, ...]
    era_min_days: int
    title: str


@lru_cache(maxsize=1)
def timeline_rules(path: Path = EXPORTS_TOML) -> TimelineRules:
    src = _Source(Path(path))
    table = src.data.get("timelinejs", {})
    types = table.get("era_types", [])
    if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
        src.fail(src.line_of("era_types"), "timelinejs.era_types must be a list of event types")
    return TimelineRules(tuple(types), int(table.get("era_min_days", 14)), str(table.get("title", "")))


def _date_parts(day: date, precision: str) -> dict:
    """A TimelineJS date object, as precise as the event's date: year; month for a month; day for a day or week."""
    parts = {"year": day.year}
    if precision in ("month", "week", "day"):
        parts["month"] = day.month
    if precision in ("week", "day"):
        parts["day"] = day.day
    return parts


def _link(url: str, label: str) -> str:
    """An HTML link to an http(s) URL (any other scheme, javascript: included, is shown as text only)."""
    text = html.escape(label or url)
    if url and urlsplit(url).scheme in ("http", "https"):
        return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return text


def _text(value) -> str:
    value = _json_value(value)
    return "" if value is None else str(value)


def to_timelinejs(frame: pd.DataFrame, details: Mapping[str, EventDetails], rules: TimelineRules | None = None) -> Rendered:
    """TimelineJS3's JSON: one slide per dated event (headline: the summary; text: the evidence and a link
    to its article), campaigns of ``era_types`` spanning ``era_min_days`` or more also as eras. Every text
    is HTML-escaped (TimelineJS puts headline and text into the page as HTML)."""
    rules = rules or timeline_rules()
    slides, eras, undated = [], [], 0
    for record in frame.astype(object).to_dict(orient="records"):
        start, end = _text(record.get("date_start")), _text(record.get("date_end"))
        if not start:
            undated += 1
            continue
        first, last = date.fromisoformat(start[:10]), date.fromisoformat((end or start)[:10])
        precision = _text(record.get("precision")) or "day"
        event_id = _text(record.get("event_id"))
        summary = details.get(event_id, EventDetails()).summary or _text(record.get("type"))
        start_date, end_date = _date_parts(first, precision), _date_parts(last, precision)
        source = " · ".join(p for p in (_text(record.get("source")), _text(record.get("published"))) if p)
        facts = [_text(record.get("status")), f"{_text(record.get('n_sources')) or 1} source(s)"]
        if "date_basis" in record and _text(record["date_basis"]):
            facts.append(f"date: {_text(record['date_basis'])}")
        body = (f"<p>{html.escape(_text(record.get('evidence')))}</p>"
                f"<p>{_link(_text(record.get('url')), _text(record.get('title')))}"
                + (f" ({html.escape(source)})" if source else "") + "</p>"
                f"<p><small>{html.escape('; '.join(f for f in facts if f))}</small></p>")
        slide = {"start_date": start_date, "text": {"headline": html.escape(summary), "text": body},
                 "group": html.escape(_text(record.get("type"))), "unique_id": event_id, "autolink": False}
        if end_date != start_date:
            slide["end_date"] = end_date
        slides.append(slide)
        if _text(record.get("type")) in rules.era_types and (last - first).days + 1 >= rules.era_min_days:
            # A band spans the whole interval: at month precision both ends would be the month's first day.
            eras.append({"start_date": _date_parts(first, "day"), "end_date": _date_parts(last, "day"),
                         "text": {"headline": html.escape(summary)}})
    story = {"title": {"text": {"headline": html.escape(rules.title),
                                "text": html.escape(f"{len(slides)} events extracted by machine from news articles; "
                                                    "each slide quotes its evidence and links its source.")}},
             "events": slides, "eras": eras, "scale": "human"}
    text = json.dumps(story, ensure_ascii=False, allow_nan=False, indent=1)
    return Rendered(text + "\n", len(slides), (("undated", undated),) if undated else ())


# --- one entry point ---------------------------------------------------------------------------------


def render(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, name: str) -> Rendered:
    """The export frame written in format ``name`` (any of ``RENDERED_FORMATS``)."""
    check_format(name)
    if name == "csv":
        return Rendered(to_safe_csv(frame), len(frame))
    if name == "xlsx":
        return Rendered(to_xlsx(frame), len(frame))
    if name == "jsonl":
        return Rendered(to_jsonl(frame), len(frame))
    if name == "geojson":
        return to_geojson(frame)
    details = event_details(con, frame["event_id"])
    if name == "timelinejs":
        return to_timelinejs(frame, details)
    if name == "acled":
        exported = acled_export(frame, details)
        return Rendered(to_safe_csv(exported.frame), len(exported.frame), exported.left_out)
    raise ValueError(f"format {name!r} is written to a file by DuckDB, not rendered")
