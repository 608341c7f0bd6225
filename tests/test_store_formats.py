"""The formats other tools read: ACLED's CSV (read by pandas, every column checked against the codebook's
allowed values), GeoJSON (read back by geopandas through GDAL, as QGIS reads it, and by shapely) and
TimelineJS3's JSON (validated by jsonschema against a schema written from TimelineJS3's JSON format page)."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import geopandas
import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pycountry
import pytest
import shapely.geometry

from events.extract import default_dictionaries
from events.store import EXPORT_COLUMNS, ensure_bundled_database, export_frame, read_connection
from events.store.acled import (ACLED_COLUMNS, EventActor, EventDetails, acled_export, default_acled_rules, iso_numeric,
                                load_acled_rules, time_coding)
from events.store.export import to_safe_csv, to_xlsx
from events.store.formats import (BINARY_FORMATS, FORMATS, KML_NS, RENDERED_FORMATS, check_format, to_geojson, to_kml,
                                  to_timelinejs)

ROOT = Path(__file__).resolve().parent.parent

# --- ACLED's codebook, as the codebook states it (independent of exports.toml) -------------------------

CODEBOOK_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
DISORDER_TYPES = {"Political violence", "Demonstrations", "Political violence; Demonstrations", "Strategic developments"}
REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
           "Southeast Asia", "East Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
           "South America", "Caribbean", "North America", "Oceania", "Antarctica"}
ISO_NUMERIC = {int(c.numeric) for c in pycountry.countries}


def check_acled_csv(text: str) -> pd.DataFrame:
    """Read ACLED CSV text with pandas and check every column and code; return the frame."""
    frame = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""], dtype={"event_id_cnty": str})
    assert list(frame.columns) == list(ACLED_COLUMNS)
    for record in frame.to_dict(orient="records"):
        assert record["event_id_cnty"]
        day = date.fromisoformat(record["event_date"])
        assert record["year"] == day.year
        assert record["time_precision"] in (1, 2, 3)
        assert record["event_type"] in CODEBOOK_TYPES and record["sub_event_type"] in CODEBOOK_TYPES[record["event_type"]]
        assert record["disorder_type"] in DISORDER_TYPES
        if record["event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            assert record["disorder_type"] == "Political violence"
        if record["event_type"] == "Strategic developments":
            assert record["disorder_type"] == "Strategic developments"
        inters = []
        for side in ("1", "2"):
            inter = record[f"inter{side}"]
            if pd.notna(inter):
                assert inter in range(1, 9) and isinstance(record[f"actor{side}"], str), record
                inters.append(int(inter))
        if pd.notna(record["interaction"]):
            code = int(record["interaction"])
            assert pd.notna(record["inter1"])
            expected = (10 * min(inters) + max(inters)) if len(inters) == 2 else 10 * inters[0]
            assert code == expected and (pd.isna(record["actor2"]) or len(inters) == 2), record
        assert pd.isna(record["civilian_targeting"]) or record["civilian_targeting"] == "Civilian targeting"
        assert pd.isna(record["iso"]) or int(record["iso"]) in ISO_NUMERIC
        assert pd.isna(record["region"]) or record["region"] in REGIONS
        assert pd.isna(record["iso"]) == pd.isna(record["country"])
        if pd.notna(record["latitude"]):
            assert -90 <= record["latitude"] <= 90 and -180 <= record["longitude"] <= 180
            assert record["geo_precision"] in (1, 2, 3)
        else:
            assert pd.isna(record["longitude"]) and pd.isna(record["geo_precision"])
        assert record["fatalities"] >= 0 and float(record["fatalities"]).is_integer()
        assert "machine-extracted" in record["tags"].split("; ")
        assert pd.isna(record["timestamp"]) or record["timestamp"] > 0
        for column in ("notes", "actor1", "actor2", "location", "source"):
            value = record[column]
            assert pd.isna(value) or not str(value).startswith(("=", "+", "-", "@", "\t", "\r"))  # inert
    return frame


# --- TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html) as a JSON Schema -----------

_DATE = {"type": "object", "required": ["year"], "additionalProperties": False, "properties": {
    "year": {"type": "integer"}, "month": {"type": "integer", "minimum": 1, "maximum": 12},
    "day": {"type": "integer", "minimum": 1, "maximum": 31}, "hour": {"type": "integer", "minimum": 0, "maximum": 23},
    "minute": {"type": "integer", "minimum": 0, "maximum": 59}, "second": {"type": "integer", "minimum": 0, "maximum": 59},
    "millisecond": {"type": "integer"}, "display_date": {"type": "string"}, "format": {"type": "string"}}}
_TEXT = {"type": "object", "additionalProperties": False,
         "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
_MEDIA = {"type": "object", "required": ["url"], "properties": {
    "url": {"type": "string"}, "caption": {"type": "string"}, "credit": {"type": "string"},
    "thumbnail": {"type": "string"}, "alt": {"type": "string"}, "title": {"type": "string"}, "link": {"type": "string"},
    "link_target": {"type": "string"}}}
_SLIDE_PROPERTIES = {
    "start_date": _DATE, "end_date": _DATE, "text": _TEXT, "media": _MEDIA, "group": {"type": "string"},
    "display_date": {"type": "string"}, "autolink": {"type": "boolean"}, "unique_id": {"type": "string"},
    "background": {"type": "object", "properties": {"url": {"type": "string"}, "alt": {"type": "string"},
                                                   "color": {"type": "string"}}}}
TIMELINEJS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object", "required": ["events"], "additionalProperties": False,
    "properties": {
        "events": {"type": "array", "items": {"type": "object", "required": ["start_date"],
                                              "additionalProperties": False, "properties": _SLIDE_PROPERTIES}},
        "title": {"type": "object", "additionalProperties": False, "properties": _SLIDE_PROPERTIES},
        "eras": {"type": "array", "items": {"type": "object", "required": ["start_date", "end_date"],
                                            "additionalProperties": False,
                                            "properties": {"start_date": _DATE, "end_date": _DATE, "text": _TEXT}}},
        "scale": {"enum": ["human", "cosmological"]},
    },
}


def check_timelinejs(text: str) -> dict:
    story = json.loads(text)
    jsonschema.validate(story, TIMELINEJS_SCHEMA, cls=jsonschema.Draft202012Validator)
    ids = [slide["unique_id"] for slide in story["events"]]
    assert len(ids) == len(set(ids))  # TimelineJS needs unique ids for its bookmarks
    return story


def read_geojson(text: str, tmp_path) -> geopandas.GeoDataFrame:
    """Through GDAL (pyogrio), as QGIS reads a .geojson file, and each geometry through shapely."""
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection" and "crs" not in collection  # RFC 7946: WGS 84 only
    for feature in collection["features"]:
        point = shapely.geometry.shape(feature["geometry"])
        assert point.is_valid and point.geom_type == "Point"
    path = tmp_path / "events.geojson"
    path.write_text(text, encoding="utf-8")
    frame = geopandas.read_file(path)
    assert len(frame) == len(collection["features"])
    if len(frame):
        assert frame.crs.to_epsg() == 4326
    return frame


# --- hand-made export frames -----------------------------------------------------------------------------

BASE = {c: None for c in EXPORT_COLUMNS} | {
    "status": "occurred", "precision": "day", "date_text": "", "actors": [], "location": "", "admin1": "",
    "country": "Syria", "victims": "", "attributed_to": "", "confidence": 0.8, "evidence": "", "evidence_start": 0,
    "evidence_end": 1, "article_id": "a1", "title": "T", "url": "https://example.org/a", "source": "Voice of America",
    "published": "2016-07-27", "n_sources": 1}
ACLED_OF = {name: spec.acled for name, spec in default_dictionaries().types.items()}


def event(event_id: str, type_: str, start: str | None, end: str | None = None, **values) -> dict:
    acled_type, sub_type = ACLED_OF[type_]
    return BASE | {"event_id": event_id, "type": type_, "acled_event_type": acled_type, "acled_sub_event_type": sub_type,
                   "date_start": start or "", "date_end": end or start or "",
                   "precision": values.pop("precision", "day" if start else "none")} | values


def frame_of(*events: dict) -> pd.DataFrame:
    return pd.DataFrame(list(events), columns=list(EXPORT_COLUMNS))


STRIKE = event("strike", "airstrike", "2016-07-20", location="Aleppo", admin1="Aleppo", latitude=36.2, longitude=37.16,
               fatalities_low=12, fatalities_best=14, fatalities_high=15, victims="civilians",
               evidence="=HYPERLINK(\"http://evil\") Russian warplanes struck Aleppo, killing 12 civilians.")
CLASH = event("clash", "clashes", "2016-07-18", "2016-07-24", precision="week", location="Damascus", admin1="Damascus",
              latitude=33.5102, longitude=36.29128, evidence="Government forces clashed with Islamic State.")
PROTEST = event("protest", "protest", "2016-07-22", location="Idlib", admin1="Idlib", latitude=35.93, longitude=36.63,
                evidence="Hundreds protested in Idlib against the Nusra Front.")
ACCORD = event("accord", "agreement", "2016-07-01", "2016-07-31", precision="month", location="Syria",
               latitude=35.0, longitude=38.0, evidence="Russia and Turkey agreed on a truce.")
CAMPAIGN = event("campaign", "air_campaign", "2014-09-01", "2014-09-30", precision="month", country="",
                 evidence="The U.S. began bombing Syria in Sept. 2014.")
SAID = event("said", "statement", "2016-07-20", evidence="Kerry said talks would go on.")
PLANNED = event("planned", "airstrike", "2016-08-01", status="planned", evidence="Jets will strike Raqqa.")
UNDATED = event("undated", "bombing", None, evidence="A car bomb exploded in Azaz.")
DETAILS = {
    "strike": EventDetails("Russia airstrike, Aleppo, 12 killed", (EventActor("Vladimir Putin", "person", "Russia", "agent"),
                                                                   EventActor("TASS", "media", "Russia"))),
    "clash": EventDetails("Clashes, Damascus", (EventActor("Islamic State", "armed group", "", "target"),
                                                EventActor("Syrian government", "state", "", "agent"))),
    "protest": EventDetails("Protest, Idlib", (EventActor("Nusra Front", "armed group"),)),
    "accord": EventDetails("Russia and Turkey agreement", (EventActor("Russia", "state"), EventActor("Turkey", "state")),
                           ("Voice of America", "Wikinews"), 1_500_000_000),
    "campaign": EventDetails("<b>US air campaign</b>", (EventActor("United States", "state", "", "agent"),)),
}


# --- exports.toml ------------------------------------------------------------------------------------------


def test_every_event_type_maps_into_the_codebook_or_is_left_out_with_a_reason():
    rules = load_acled_rules()
    assert set(rules.sub_event_types) == set(CODEBOOK_TYPES)
    assert {k: set(v) for k, v in rules.sub_event_types.items()} == CODEBOOK_TYPES
    assert set(rules.disorder.values()) == DISORDER_TYPES
    for ours, (acled_type, sub_type) in ACLED_OF.items():
        if ours in rules.left_out:
            assert (acled_type, sub_type) == ("", "") and rules.left_out[ours]
        else:
            assert sub_type in CODEBOOK_TYPES[acled_type], ours
    assert set(rules.left_out) == {"casualties", "proposal", "statement", "accusation", "sanctions"}
    assert set(rules.regions.values()) <= REGIONS
    assert set(rules.inter_names) == set(range(1, 9))
    assert all(iso_numeric(c) in ISO_NUMERIC for c in rules.regions)  # every listed country is one pycountry knows


@pytest.mark.parametrize("mapping, problem", [
    ({"statement": ("Strategic developments", "Other")}, "both mapped to ACLED and left out"),
    ({"new_type": ("", "")}, "neither mapped"),
    ({"new_type": ("Battles", "Dogfight")}, "does not have"),
])
def test_the_mapping_and_the_left_out_list_must_agree(mapping, problem):
    with pytest.raises(ValueError, match=problem):
        load_acled_rules(event_types=ACLED_OF | mapping)


@pytest.mark.parametrize("start, end, precision, expected", [
    ("2016-07-20", "2016-07-20", "day", ("2016-07-20", 1)),
    ("2016-07-18", "2016-07-24", "week", ("2016-07-21", 2)),  # the middle of the week
    ("2016-07-10", "2016-08-05", "day", ("2016-07-23", 2)),  # a span of up to a month
    ("2016-07-01", "2016-07-31", "month", ("2016-07-16", 3)),  # the middle of the month
    ("2016-01-01", "2016-12-31", "year", ("2016-07-01", 3)),
    ("2016-06-01", "2016-08-31", "day", ("2016-07-16", 3)),  # longer than a month
])
def test_time_precision_follows_the_codebook(start, end, precision, expected):
    day, code = time_coding(date.fromisoformat(start), date.fromisoformat(end), precision, default_acled_rules())
    assert (day.isoformat(), code) == expected


# --- ACLED ------------------------------------------------------------------------------------------------


def test_acled_rows_follow_the_codebook_and_leave_out_what_acled_would_not_code():
    exported = acled_export(frame_of(STRIKE, CLASH, PROTEST, ACCORD, CAMPAIGN, SAID, PLANNED, UNDATED), DETAILS)
    frame = check_acled_csv(to_safe_csv(exported.frame))
    rows = {r["event_id_cnty"]: r for r in frame.to_dict(orient="records")}
    assert set(rows) == {"strike", "clash", "protest", "accord", "campaign"}
    reasons = dict(exported.left_out)
    assert sum(reasons.values()) == 3
    assert any(r.startswith("type statement") for r in reasons) and any(r.startswith("status planned") for r in reasons)
    assert any(r.startswith("undated") for r in reasons)

    strike = rows["strike"]  # Russia (through Putin; TASS only reports) strikes in Syria, civilians killed
    assert (strike["actor1"], strike["inter1"], strike["actor2"], strike["inter2"]) == ("Russia", 8, "Civilians (Syria)", 7)
    assert strike["interaction"] == 78 and strike["civilian_targeting"] == "Civilian targeting"
    assert (strike["iso"], strike["region"], strike["geo_precision"], strike["time_precision"]) == (760, "Middle East", 1, 1)
    assert strike["fatalities"] == 12  # the most conservative figure
    assert strike["notes"].startswith("'=HYPERLINK")  # inert in a spreadsheet

    clash = rows["clash"]  # the agent first; the Syrian government is at home in Syria
    assert (clash["actor1"], clash["inter1"], clash["actor2"], clash["inter2"], clash["interaction"]) == (
        "Syrian government", 1, "Islamic State", 2, 12)
    assert (clash["event_date"], clash["time_precision"], clash["disorder_type"]) == ("2016-07-21", 2, "Political violence")
    assert (clash["latitude"], clash["longitude"]) == (33.5102, 36.29128)

    protest = rows["protest"]  # whom a crowd protests against is no party to a peaceful protest
    assert (protest["actor1"], protest["inter1"], protest["interaction"]) == ("Protesters (Syria)", 6, 60)
    assert pd.isna(protest["actor2"]) and protest["disorder_type"] == "Demonstrations"

    accord = rows["accord"]  # Russia and Turkey abroad; the place is the whole country: no ACLED location
    assert (accord["inter1"], accord["inter2"], accord["interaction"], accord["time_precision"]) == (8, 8, 88, 3)
    assert pd.isna(accord["latitude"]) and pd.isna(accord["geo_precision"]) and accord["country"] == "Syria"
    assert accord["source"] == "Voice of America; Wikinews" and accord["source_scale"] == "International"
    assert accord["timestamp"] == 1_500_000_000 and accord["disorder_type"] == "Strategic developments"

    campaign = rows["campaign"]  # no country: a state's code (home or abroad) cannot be told, nor iso or region
    assert campaign["actor1"] == "United States" and pd.isna(campaign["inter1"]) and pd.isna(campaign["interaction"])
    assert pd.isna(campaign["iso"]) and pd.isna(campaign["region"])


def test_a_pair_outside_the_codebook_is_left_out_not_guessed():
    odd = STRIKE | {"event_id": "odd", "acled_event_type": "Battles", "acled_sub_event_type": "Dogfight"}
    exported = acled_export(frame_of(odd, CLASH), DETAILS)
    assert list(exported.frame["event_id_cnty"]) == ["clash"]
    assert exported.left_out == (("type airstrike: Battles / Dogfight is not in ACLED's codebook", 1),)


def test_acled_takes_date_basis_into_its_tags_when_the_export_has_it():
    frame = frame_of(STRIKE).assign(date_basis="explicit")
    row = acled_export(frame, DETAILS).frame.iloc[0]
    assert "date_basis=explicit" in row["tags"].split("; ")


# --- GeoJSON ------------------------------------------------------------------------------------------------


def test_geojson_is_longitude_first_with_every_column_and_reads_in_geopandas(tmp_path):
    frame = frame_of(STRIKE, CLASH, UNDATED).assign(date_basis=["explicit", "anchored", "none"])  # a later column
    rendered = to_geojson(frame)
    assert rendered.rows == 2 and rendered.left_out == (("no coordinates", 1),)
    read = read_geojson(rendered.content, tmp_path)
    damascus = read[read["event_id"] == "clash"].geometry.iloc[0]
    assert (damascus.x, damascus.y) == (36.29128, 33.5102)  # Damascus: x = longitude 36.3 E, y = latitude 33.5 N
    assert set(EXPORT_COLUMNS) | {"date_basis"} <= set(read.columns)
    feature = json.loads(rendered.content)["features"][0]
    assert list(feature["properties"]) == list(frame.columns)  # every column, in order, lists kept as lists
    assert feature["properties"]["actors"] == [] and feature["id"] == "strike"


# --- KML -----------------------------------------------------------------------------------------------------


def read_kml(text: str, tmp_path) -> tuple[ET.Element, pd.DataFrame]:
    """The document as XML, and its placemarks as GDAL (pyogrio) reads a .kml file, as QGIS does."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{{{KML_NS}}}kml"
    path = tmp_path / "events.kml"
    path.write_text(text, encoding="utf-8")
    placemarks = root.findall(f".//{{{KML_NS}}}Placemark")
    frame = pyogrio.read_dataframe(path) if placemarks else pd.DataFrame()
    assert len(frame) == len(placemarks)
    return root, frame


def _placemarks(root: ET.Element) -> dict[str, ET.Element]:
    return {p.get("id").removeprefix("event-"): p for p in root.iter(f"{{{KML_NS}}}Placemark")}


def test_kml_places_each_located_event_at_longitude_latitude_timed_as_precisely_as_its_date(tmp_path):
    located_undated = event("undated-here", "bombing", None, latitude=36.59, longitude=37.04, evidence="A car bomb exploded in Azaz.")
    frame = frame_of(STRIKE, CLASH, ACCORD, CAMPAIGN, located_undated).assign(
        date_basis=["explicit", "anchored", "publication", "explicit", "none"])  # a later column
    rendered = to_kml(frame, DETAILS)
    assert rendered.rows == 4 and rendered.left_out == (("no coordinates", 1),)  # the campaign has no place
    root, read = read_kml(rendered.content, tmp_path)
    marks = _placemarks(root)
    ns = {"k": KML_NS}
    assert marks["clash"].findtext("k:Point/k:coordinates", namespaces=ns) == "36.29128,33.5102"  # longitude first
    damascus = read[read["Name"] == "Clashes, Damascus"].geometry.iloc[0]
    assert (damascus.x, damascus.y) == (36.29128, 33.5102)
    assert marks["strike"].findtext("k:TimeStamp/k:when", namespaces=ns) == "2016-07-20"  # a day
    assert (marks["clash"].findtext("k:TimeSpan/k:begin", namespaces=ns),
            marks["clash"].findtext("k:TimeSpan/k:end", namespaces=ns)) == ("2016-07-18", "2016-07-24")  # a week
    assert (marks["accord"].findtext("k:TimeSpan/k:begin", namespaces=ns),
            marks["accord"].findtext("k:TimeSpan/k:end", namespaces=ns)) == ("2016-07-01", "2016-07-31")  # a month
    assert marks["undated-here"].find("k:TimeStamp", ns) is None and marks["undated-here"].find("k:TimeSpan", ns) is None
    # a date the text states is drawn full, one the narrative or the report's day lends paler
    assert marks["strike"].findtext("k:styleUrl", namespaces=ns) == "#stated"
    assert {marks[i].findtext("k:styleUrl", namespaces=ns) for i in ("clash", "accord")} == {"#lent"}
    assert "2016-07" in marks["accord"].findtext("k:description", namespaces=ns)
    assert "date: publication" in marks["accord"].findtext("k:description", namespaces=ns)
    data = {d.get("name"): d.findtext("k:value", namespaces=ns) for d in marks["strike"].iter(f"{{{KML_NS}}}Data")}
    assert list(data) == list(frame.columns) and data["date_basis"] == "explicit" and data["fatalities_best"] == "14"


def test_kml_balloons_show_article_text_as_text_and_link_only_web_addresses():
    hostile = event("hostile", "bombing", "2016-07-20", latitude=36.2, longitude=37.16, url="javascript:alert(1)",
                    title="<img src=x onerror=alert(1)>", evidence="<script>alert('x')</script> A bomb & a blast.")
    root = ET.fromstring(to_kml(frame_of(STRIKE, hostile), DETAILS).content.encode("utf-8"))
    marks = _placemarks(root)
    # the XML parser gives what Google Earth renders as HTML: it must hold no markup from the article
    balloon = marks["hostile"].findtext(f"{{{KML_NS}}}description")
    assert "<script>" not in balloon and "&lt;script&gt;" in balloon and "&amp; a blast" in balloon
    assert "<img" not in balloon and "javascript:" not in balloon
    assert '<a href="https://example.org/a"' in marks["strike"].findtext(f"{{{KML_NS}}}description")
    assert marks["strike"].findtext(f"{{{KML_NS}}}name") == "Russia airstrike, Aleppo, 12 killed"


# --- TimelineJS ---------------------------------------------------------------------------------------------


def test_timelinejs_matches_its_json_format_dates_as_precise_as_the_text():
    hostile = event("hostile", "bombing", "2016-07-20", url="javascript:alert(1)", title="<img src=x onerror=alert(1)>",
                    evidence="<script>alert('x')</script> A bomb & a blast.")
    rendered = to_timelinejs(frame_of(STRIKE, CLASH, ACCORD, CAMPAIGN, UNDATED, hostile), DETAILS)
    story = check_timelinejs(rendered.content)
    assert rendered.rows == 5 and rendered.left_out == (("undated", 1),)
    slides = {s["unique_id"]: s for s in story["events"]}
    assert slides["strike"]["start_date"] == {"year": 2016, "month": 7, "day": 20} and "end_date" not in slides["strike"]
    assert slides["clash"]["end_date"] == {"year": 2016, "month": 7, "day": 24}
    assert slides["accord"]["start_date"] == {"year": 2016, "month": 7} and "end_date" not in slides["accord"]
    assert slides["strike"]["text"]["headline"] == "Russia airstrike, Aleppo, 12 killed"
    assert '<a href="https://example.org/a"' in slides["strike"]["text"]["text"]
    # the air campaign is an era as well as a slide; its headline is escaped HTML
    assert story["eras"] == [{"start_date": {"year": 2014, "month": 9, "day": 1},
                              "end_date": {"year": 2014, "month": 9, "day": 30},
                              "text": {"headline": "&lt;b&gt;US air campaign&lt;/b&gt;"}}]
    text = slides["hostile"]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text and "&amp; a blast" in text
    assert "<img" not in text and "javascript:" not in text  # a non-http URL is not linked


# --- empty and unknown -----------------------------------------------------------------------------------------


def test_a_filter_that_selects_nothing_gives_valid_empty_files(tmp_path):
    empty = frame_of()
    assert list(check_acled_csv(to_safe_csv(acled_export(empty, {}).frame)).columns) == list(ACLED_COLUMNS)
    assert len(read_geojson(to_geojson(empty).content, tmp_path)) == 0
    assert check_timelinejs(to_timelinejs(empty, {}).content)["events"] == []
    root, _ = read_kml(to_kml(empty, {}).content, tmp_path)
    assert root.find(f"{{{KML_NS}}}Document") is not None and not _placemarks(root)


def read_xlsx(content: bytes):
    """The workbook's one sheet as openpyxl reads it (the reader pandas uses for .xlsx)."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(content))
    assert workbook.sheetnames == ["events"]
    return workbook["events"]


def test_xlsx_types_each_cell_and_never_writes_a_formula():
    listed = event("listed", "airstrike", "2016-07-21", actors=["Russia", "Syrian government"], fatalities_best=None,
                   title="+1 killed", url="javascript:alert(1)")
    content = to_xlsx(frame_of(STRIKE, UNDATED, listed))
    sheet = read_xlsx(content)
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(EXPORT_COLUMNS) and len(rows) == 4
    at = {name: n for n, name in enumerate(EXPORT_COLUMNS)}
    strike, undated, other = rows[1], rows[2], rows[3]
    assert strike[at["evidence"]].value == STRIKE["evidence"] and strike[at["evidence"]].data_type == "s"  # shown, not run
    assert other[at["title"]].value == "+1 killed" and other[at["title"]].data_type == "s"
    assert strike[at["date_start"]].value.date() == date(2016, 7, 20) and strike[at["date_start"]].is_date
    assert strike[at["published"]].value.date() == date(2016, 7, 27)
    assert strike[at["fatalities_best"]].value == 14 and strike[at["latitude"]].value == 36.2
    assert strike[at["url"]].hyperlink.target == "https://example.org/a"
    assert other[at["url"]].value == "javascript:alert(1)" and other[at["url"]].hyperlink is None  # only http(s) links
    assert undated[at["date_start"]].value is None and other[at["fatalities_best"]].value is None
    assert other[at["actors"]].value == "Russia; Syrian government"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    with zipfile.ZipFile(io.BytesIO(content)) as package:  # no formula anywhere in the sheet's XML
        assert "<f>" not in package.read("xl/worksheets/sheet1.xml").decode()


def test_an_empty_xlsx_has_its_header():
    sheet = read_xlsx(to_xlsx(frame_of()))
    assert [c.value for c in next(sheet.iter_rows())] == list(EXPORT_COLUMNS)


def test_an_unknown_format_lists_the_known_ones():
    with pytest.raises(ValueError, match="known formats: csv, jsonl, xlsx, parquet, acled, geojson, kml, timelinejs"):
        check_format("shapefile")
    assert set(RENDERED_FORMATS) == set(FORMATS) - {"parquet"} and set(BINARY_FORMATS) <= set(RENDERED_FORMATS)


# --- end to end: the bundled articles, every format through the command line, each read back -------------


def test_python_m_events_exports_the_bundled_store_in_every_format(tmp_path):
    db = ensure_bundled_database(tmp_path / "bundled.duckdb")
    with read_connection(db) as con:
        frame = export_frame(con)
    located = int((frame["latitude"].notna() & frame["longitude"].notna()).sum())
    dated = int((frame["date_start"] != "").sum())
    assert len(frame) > 0

    def export(fmt: str, *filters: str) -> tuple[str, str]:
        out = tmp_path / f"{fmt}{len(filters)}.out"
        done = subprocess.run([sys.executable, "-m", "events", "export", "--db", str(db), "--format", fmt,
                               "--output", str(out), *filters], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return (out.read_text(encoding="utf-8") if fmt not in ("parquet", "xlsx") else str(out)), done.stderr

    text, _ = export("csv")
    assert len(pd.read_csv(io.StringIO(text))) == len(frame)
    text, _ = export("jsonl")
    assert [json.loads(line)["event_id"] for line in text.splitlines()] == list(frame["event_id"])
    path, _ = export("parquet")
    assert pq.read_table(path).num_rows == len(frame)
    path, _ = export("xlsx")
    workbook = pd.read_excel(path, sheet_name="events", keep_default_na=False, na_values=[""])
    assert list(workbook.columns) == list(EXPORT_COLUMNS) and list(workbook["event_id"]) == list(frame["event_id"])
    text, stderr = export("acled")
    acled = check_acled_csv(text)
    assert 0 < len(acled) < len(frame) and "left out of acled:" in stderr and "type statement" in stderr
    left_out = sum(int(line.split()[0]) for line in stderr.splitlines()[2:])
    assert len(acled) + left_out == len(frame)
    assert set(acled["event_id_cnty"]) <= set(frame["event_id"])
    text, _ = export("geojson")
    assert len(read_geojson(text, tmp_path)) == located > 0
    text, _ = export("timelinejs")
    assert len(check_timelinejs(text)["events"]) == dated > 0
    text, stderr = export("kml")
    assert len(read_kml(text, tmp_path)[1]) == located and "no coordinates" in stderr

    nothing = ("--actor", "Nobody at all")  # a filter that selects nothing: valid, empty files
    assert len(check_acled_csv(export("acled", *nothing)[0])) == 0
    assert len(read_geojson(export("geojson", *nothing)[0], tmp_path)) == 0
    assert check_timelinejs(export("timelinejs", *nothing)[0])["events"] == []
    assert not _placemarks(read_kml(export("kml", *nothing)[0], tmp_path)[0])
    assert pd.read_csv(io.StringIO(export("csv", *nothing)[0])).empty

    unknown = subprocess.run([sys.executable, "-m", "events", "export", "--db", str(db), "--format", "shapefile"],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert unknown.returncode == 2 and all(name in unknown.stderr for name in FORMATS)
