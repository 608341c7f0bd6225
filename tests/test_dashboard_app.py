"""The dashboard script under Streamlit's AppTest, on the bundled articles in a temporary store."""
from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from events.store import ensure_bundled_database, read_connection
from events.store.formats import FORMATS, KML_NS

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")
TIMEOUT = 120

NEW_ARTICLE = (
    "Russian warplanes struck the Syrian city of Aleppo on Sunday, killing 14 civilians, "
    "the Syrian Observatory for Human Rights said.\n\n"
    "Turkey said on Monday it would hold talks with Russia in Moscow next week."
)
HOSTILE = (
    "<script>window.pwned = 1</script> **Breaking**: [click](http://evil.example) "
    "Russian warplanes struck Aleppo on Sunday, killing 14 civilians.\n\n<img src=x onerror=alert(1)>"
)


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory):
    return ensure_bundled_database(tmp_path_factory.mktemp("bundled") / "events.duckdb")


@pytest.fixture()
def db(bundled_db, tmp_path, monkeypatch):
    path = tmp_path / "events.duckdb"
    shutil.copy(bundled_db, path)
    monkeypatch.setenv("EVENTS_DB", str(path))
    return path


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def _sql(path, sql, params=()):
    with read_connection(path) as con:
        return con.execute(sql, list(params)).fetchall()


def _table(at: AppTest) -> pd.DataFrame:
    return next(frame.value for frame in at.dataframe if "event_id" in frame.value.columns and "evidence" in frame.value)


def _busiest_actor(path) -> str:
    return _sql(path, "SELECT actor FROM event_actors GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 1")[0][0]


def test_builds_the_database_on_first_run(tmp_path, monkeypatch):
    path = tmp_path / "fresh" / "events.duckdb"
    monkeypatch.setenv("EVENTS_DB", str(path))
    at = _app().run()
    assert not at.exception
    assert path.exists()
    assert len(_table(at)) == _sql(path, "SELECT count(*) FROM event_rows")[0][0] > 0


def test_runs_on_the_bundled_data_and_shows_every_view(db):
    at = _app().run()
    assert not at.exception
    total = _sql(db, "SELECT count(*) FROM event_rows")[0][0]
    assert at.metric[0].value == f"{total:,}"
    assert len(_table(at)) == total
    assert len(at.get("plotly_chart")) == 2  # timeline and map; the summary charts wait until opened
    assert at.multiselect(key="actor").options  # actors offered with counts
    at.session_state["summary"] = True  # the user opens the summary expander
    at.run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 4  # timeline, map, per month, per actor


def test_undated_events_are_counted_and_listed_when_opened(db):
    at = _app().run()
    undated = _sql(db, "SELECT count(*) FROM event_rows WHERE date_start IS NULL")[0][0]
    [box] = [e for e in at.expander if e.label.startswith("Undated events")]
    assert f"({undated:,}" in box.label
    at.session_state["undated"] = True
    at.run()
    assert not at.exception
    listed = next(frame.value for frame in at.dataframe if "summary" in frame.value and "evidence" not in frame.value)
    assert len(listed) == min(undated, 200)


def test_picking_an_actor_narrows_the_table_to_that_actors_events(db):
    at = _app().run()
    actor = _busiest_actor(db)
    at.multiselect(key="actor").select(actor).run()
    assert not at.exception
    table = _table(at)
    expected = {row[0] for row in _sql(db, "SELECT DISTINCT event_id FROM event_actors WHERE actor = ?", [actor])}
    assert set(table["event_id"]) == expected
    assert len(table) < _sql(db, "SELECT count(*) FROM event_rows")[0][0]
    assert all(actor in actors.split("; ") for actors in table["actors"])
    assert at.query_params["actor"] in (actor, [actor])  # the view is in the URL


def test_the_url_sets_the_filters(db):
    actor = _busiest_actor(db)
    at = _app()
    at.query_params["actor"] = actor
    at.query_params["type"] = "no-such-type"  # ignored, not fatal
    at.run()
    assert not at.exception
    assert at.multiselect(key="actor").value == [actor]
    assert at.multiselect(key="type").value == []


def test_reported_by_several_articles_keeps_the_merged_events_and_its_download_holds_them(db, saved):
    at = _app().run()
    at.number_input(key="sources_min").set_value(2).run()
    assert not at.exception
    merged = {row[0] for row in _sql(db, "SELECT event_id FROM events WHERE n_sources >= 2")}
    assert merged and set(_table(at)["event_id"]) == merged
    assert at.query_params["sources_min"] in ("2", ["2"])
    data = [d for d, mime in saved if mime.startswith("text/csv")][-1]
    assert set(pd.read_csv(io.BytesIO(data if isinstance(data, bytes) else data.encode()))["event_id"]) == merged


@pytest.fixture()
def saved(monkeypatch) -> list[tuple[bytes, str]]:
    """(data, mime type) of every file the app hands the browser (download buttons), in order."""
    files: list[tuple[bytes, str]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        files.append((path_or_data, mimetype))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return files


def test_the_download_holds_exactly_the_filtered_rows(db, saved):
    at = _app().run()
    actor = _busiest_actor(db)
    at.multiselect(key="actor").select(actor).run()
    assert not at.exception
    data = [d for d, mime in saved if mime.startswith("text/csv")][-1]
    csv = pd.read_csv(io.BytesIO(data if isinstance(data, bytes) else data.encode()))
    assert set(csv["event_id"]) == set(_table(at)["event_id"])
    assert len(csv) == len(_table(at))
    assert "evidence" in csv.columns and "summary" not in csv.columns  # the store's export columns


@pytest.mark.parametrize("fmt, mime", [("geojson", "application/geo+json"), ("acled", "text/csv"),
                                       ("timelinejs", "application/json"), ("xlsx", FORMATS["xlsx"].mime),
                                       ("kml", FORMATS["kml"].mime)])
def test_the_download_offers_the_other_tools_formats_of_the_filtered_view(db, saved, fmt, mime):
    at = _app().run()
    at.multiselect(key="actor").select(_busiest_actor(db)).run()
    at.selectbox(key="download_format").select(fmt).run()
    assert not at.exception
    table = _table(at)
    data = [d for d, kind in saved if kind == mime][-1]
    if fmt == "xlsx":
        rows = pd.read_excel(io.BytesIO(data), sheet_name="events")
        assert set(rows["event_id"]) == set(table["event_id"]) and len(rows) == len(table)
        assert any(f"({FORMATS[fmt].label})" in b.label for b in at.get("download_button"))
        return
    text = data.decode() if isinstance(data, bytes) else data
    if fmt == "geojson":
        features = json.loads(text)["features"]
        located = table[table["latitude"].notna() & table["longitude"].notna()]
        assert {f["id"] for f in features} == set(located["event_id"]) and features
        assert all(f["geometry"]["coordinates"] == [f["properties"]["longitude"], f["properties"]["latitude"]]
                   for f in features)
        if len(features) < len(table):  # the button says how many of the shown events the file holds
            assert f"Download {len(features):,} of these {len(table):,} events" in at.get("download_button")[0].label
    elif fmt == "kml":
        placemarks = ET.fromstring(data if isinstance(data, bytes) else data.encode()).iter(f"{{{KML_NS}}}Placemark")
        located = table[table["latitude"].notna() & table["longitude"].notna()]
        assert {p.get("id").removeprefix("event-") for p in placemarks} == set(located["event_id"])
    elif fmt == "acled":
        rows = pd.read_csv(io.StringIO(text), dtype={"event_id_cnty": str})
        assert "interaction" in rows.columns and set(rows["event_id_cnty"]) <= set(table["event_id"])
    else:
        slides = json.loads(text)["events"]
        assert {s["unique_id"] for s in slides} == set(table.loc[table["date_start"].notna(), "event_id"])
    assert any(f"({FORMATS[fmt].label})" in b.label for b in at.get("download_button"))


def test_selecting_a_row_shows_its_evidence_and_escaped_article(db):
    at = _app().run()
    at.session_state["table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    bodies = [h.value for h in at.get("html")]
    assert any("<mark" in body for body in bodies)  # the article with its time expressions
    assert any("event-facts" in body for body in bodies)


def test_a_pasted_article_is_previewed_then_saved_and_its_events_appear(db):
    at = _app().run()
    before = _sql(db, "SELECT count(*) FROM event_rows")[0][0]
    at.text_area(key="new_text").input(NEW_ARTICLE)
    at.text_input(key="new_title").input("Strikes on Aleppo")
    at.text_input(key="new_source").input("Test wire")
    at.text_input(key="new_published").input("2016-07-27")
    at.run()
    at.button(key="new_preview").click().run()
    assert not at.exception
    assert any("Sunday" in h.value and "2016-07-24" in h.value for h in at.get("html"))  # resolved beside it
    at.button(key="new_save").click().run()
    assert not at.exception
    after = _sql(db, "SELECT count(*) FROM event_rows")[0][0]
    new = {row[0] for row in _sql(db, "SELECT e.event_id FROM event_rows e JOIN articles a USING (article_id) "
                                      "WHERE a.title = 'Strikes on Aleppo'")}
    assert new and after > before
    assert new <= set(_table(at)["event_id"])  # the page shows them without a restart
    assert "Test wire" in at.multiselect(key="source").options[-1] or any(
        "Test wire" in option for option in at.multiselect(key="source").options)


def test_article_text_is_escaped_never_run(db):
    at = _app().run()
    at.text_area(key="new_text").input(HOSTILE)
    at.text_input(key="new_published").input("2016-07-27")
    at.run()
    at.button(key="new_preview").click().run()
    assert not at.exception
    preview = [h.value for h in at.get("html") if "pwned" in h.value]
    assert preview
    for body in preview:
        assert "<script" not in body and "<img" not in body
        assert "**" not in body and "](" not in body
        assert "&lt;script&gt;" in body
    at.button(key="new_save").click().run()
    article_id = _sql(db, "SELECT article_id FROM articles WHERE text LIKE '%pwned%'")[0][0]
    at.multiselect(key="article").select(article_id).run()
    table = _table(at)
    if len(table):  # the article view of its first event: escaped as well
        at.session_state["table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
        at.run()
        shown = [h.value for h in at.get("html") if "pwned" in h.value]
        assert shown and all("<script" not in body and "&lt;script&gt;" in body for body in shown)


def test_lanes_by_type_and_a_map_selection_narrow_the_table(db):
    at = _app().run()
    at.segmented_control(key="lanes").set_value("type").run()
    assert not at.exception
    assert at.query_params["lanes"] in ("type", ["type"])
    (latitude, longitude, n), = _sql(db, "SELECT latitude, longitude, count(*) FROM event_rows WHERE latitude IS NOT NULL "
                                         "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 1")
    at.session_state["map-0"] = {"selection": {"points": [{"customdata": [latitude, longitude]}], "box": [],
                                               "lasso": [], "point_indices": [0]}}
    at.run()
    assert not at.exception
    table = _table(at)
    assert len(table) == n
    assert set(zip(table["latitude"], table["longitude"])) == {(latitude, longitude)}


def test_an_uploaded_html_file_is_read_by_the_readers_and_previewed(db):
    page = ("<html><head><title>Strikes near Aleppo</title></head><body><article><h1>Strikes near Aleppo</h1>"
            "<p>" + NEW_ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>")
    at = _app().run()
    at.file_uploader(key="new_file").upload("aleppo.html", page.encode("utf-8"), "text/html")
    at.text_input(key="new_published").input("2016-07-27")
    at.run()
    at.button(key="new_preview").click().run()
    assert not at.exception and not at.error
    assert any("Sunday" in h.value and "2016-07-24" in h.value for h in at.get("html"))


def test_a_bad_publication_date_is_a_clear_message(db):
    at = _app().run()
    at.text_area(key="new_text").input(NEW_ARTICLE)
    at.text_input(key="new_published").input("27/07/2016")
    at.run()
    assert not at.exception
    assert any("Publication date" in e.value and "2016-07-27" in e.value for e in at.error)
