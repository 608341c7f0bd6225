"""Every export format, written from the standard export frame: csv, jsonl, xlsx, parquet (export.py), and for
other tools acled (ACLED's CSV, acled.py), geojson (RFC 7946), kml (OGC KML 2.2, Google Earth) and timelinejs
(TimelineJS3's JSON).

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
import xml.etree.ElementTree as ET
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
from events.store.export import _cell, _json_value, cell_day, to_jsonl, to_safe_csv, to_xlsx


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
    Format("kml", "KML for Google Earth", "kml", "application/vnd.google-earth.kml+xml",
           "OGC KML 2.2 placemarks with their time for Google Earth's time slider, every column as extended data",
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


def _point(record: Mapping) -> tuple[float, float] | None:
    """A record's (longitude, latitude) when both are numbers on the globe; None for an unlocated event."""
    lat, lon = _number(record.get("latitude")), _number(record.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lon, lat


def to_geojson(frame: pd.DataFrame) -> Rendered:
    """A FeatureCollection of the events with coordinates: Point [longitude, latitude] (RFC 7946 order,
    WGS 84), every export column as a property, ``id`` the event id. Unlocated events are left out."""
    features, unlocated = [], 0
    for record in frame.astype(object).to_dict(orient="records"):
        point = _point(record)
        if point is None:
            unlocated += 1
            continue
        properties = {k: _json_value(v) for k, v in record.items()}
        features.append({"type": "Feature", "id": str(record["event_id"]),
                         "geometry": {"type": "Point", "coordinates": list(point)}, "properties": properties})
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


def _balloon(record: Mapping, facts: Iterable[str]) -> str:
    """An event's card as HTML, every text escaped: the evidence, a link to its article (http and https only) with its
    source and day, and the given facts."""
    source = " · ".join(p for p in (_text(record.get("source")), _text(record.get("published"))) if p)
    return (f"<p>{html.escape(_text(record.get('evidence')))}</p>"
            f"<p>{_link(_text(record.get('url')), _text(record.get('title')))}"
            + (f" ({html.escape(source)})" if source else "") + "</p>"
            f"<p><small>{html.escape('; '.join(f for f in facts if f))}</small></p>")


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
        facts = [_text(record.get("status")), f"{_text(record.get('n_sources')) or 1} source(s)"]
        if "date_basis" in record and _text(record["date_basis"]):
            facts.append(f"date: {_text(record['date_basis'])}")
        slide = {"start_date": start_date, "text": {"headline": html.escape(summary), "text": _balloon(record, facts)},
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


# --- KML ----------------------------------------------------------------------------------------------

KML_NS = "http://www.opengis.net/kml/2.2"
#: Placemark colours (KML's aabbggrr): a date the text states, and one the narrative or the report's day lends it
#: (hollow markers on the dashboard's timeline; here paler). No icon is named: an icon URL would make Google Earth
#: fetch it, and the default pin needs no network.
KML_STYLES = {"stated": "ff1400e6", "lent": "801400e6"}


def _kml_time(first: date | None, last: date | None, precision: str) -> ET.Element | None:
    """The event's time as precise as its date: a TimeStamp for one day, else a TimeSpan over its interval."""
    if first is None:
        return None
    last = last or first
    if precision == "day" and first == last:
        stamp = ET.Element(f"{{{KML_NS}}}TimeStamp")
        ET.SubElement(stamp, f"{{{KML_NS}}}when").text = first.isoformat()
        return stamp
    span = ET.Element(f"{{{KML_NS}}}TimeSpan")
    ET.SubElement(span, f"{{{KML_NS}}}begin").text = first.isoformat()
    ET.SubElement(span, f"{{{KML_NS}}}end").text = last.isoformat()
    return span


def _shown_date(first: date | None, last: date | None, precision: str) -> str:
    """The event's date as precise as the text tells it: "2014", "2016-07", "2016-07-18 to 2016-07-24", "2016-07-20"."""
    if first is None:
        return "undated"
    if precision == "year":
        return str(first.year)
    if precision == "month":
        return f"{first.year}-{first.month:02d}"
    if last is not None and last != first:
        return f"{first.isoformat()} to {last.isoformat()}"
    return first.isoformat()


def to_kml(frame: pd.DataFrame, details: Mapping[str, EventDetails]) -> Rendered:
    """OGC KML 2.2 for Google Earth (and QGIS, GDAL): one Placemark per event with coordinates, named by its summary,
    placed at (longitude, latitude), timed as precisely as its date (a day's TimeStamp, a week's, month's or year's
    TimeSpan; undated events carry no time and stay shown whatever the slider says), its balloon the evidence, the
    source and a link, and every export column as ExtendedData. The balloon is HTML-escaped before the XML writer
    escapes it again: Google Earth renders a description as HTML, so article text must arrive there as text.
    Unlocated events are left out."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(document, f"{{{KML_NS}}}name").text = timeline_rules().title or "Events"
    for name, colour in KML_STYLES.items():
        style = ET.SubElement(document, f"{{{KML_NS}}}Style", id=name)
        ET.SubElement(ET.SubElement(style, f"{{{KML_NS}}}IconStyle"), f"{{{KML_NS}}}color").text = colour
    placemarks, unlocated = 0, 0
    for record in frame.astype(object).to_dict(orient="records"):
        point = _point(record)
        if point is None:
            unlocated += 1
            continue
        event_id = _text(record.get("event_id"))
        placemark = ET.SubElement(document, f"{{{KML_NS}}}Placemark", id=f"event-{event_id}")
        ET.SubElement(placemark, f"{{{KML_NS}}}name").text = (
            details.get(event_id, EventDetails()).summary or _text(record.get("type")))
        basis = _text(record.get("date_basis"))
        first, last = cell_day(record.get("date_start")), cell_day(record.get("date_end"))
        precision = _text(record.get("precision")) or "day"
        facts = [_text(record.get("type")), _text(record.get("status")), _shown_date(first, last, precision)]
        if basis:
            facts.append(f"date: {basis}")
        ET.SubElement(placemark, f"{{{KML_NS}}}description").text = _balloon(record, facts)
        when = _kml_time(first, last, precision)
        if when is not None:
            placemark.append(when)
        ET.SubElement(placemark, f"{{{KML_NS}}}styleUrl").text = "#lent" if basis in ("anchored", "publication") else "#stated"
        extended = ET.SubElement(placemark, f"{{{KML_NS}}}ExtendedData")
        for column, value in record.items():
            data = ET.SubElement(extended, f"{{{KML_NS}}}Data", name=str(column))
            cell = _cell(value)
            if isinstance(cell, float) and cell.is_integer():
                cell = int(cell)  # a toll read into a column with gaps is a float: 14, not 14.0
            ET.SubElement(data, f"{{{KML_NS}}}value").text = "" if cell is None else str(cell)
        where = ET.SubElement(placemark, f"{{{KML_NS}}}Point")
        ET.SubElement(where, f"{{{KML_NS}}}coordinates").text = ",".join(repr(c) for c in point)
        placemarks += 1
    ET.indent(root, space=" ")
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return Rendered('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", placemarks,
                    (("no coordinates", unlocated),) if unlocated else ())


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
    if name == "kml":
        return to_kml(frame, details)
    if name == "acled":
        exported = acled_export(frame, details)
        return Rendered(to_safe_csv(exported.frame), len(exported.frame), exported.left_out)
    raise ValueError(f"format {name!r} is written to a file by DuckDB, not rendered")
