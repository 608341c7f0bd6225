"""events.figures: honest timeline marks, stacking, selections, offline config, escaped article text."""
from __future__ import annotations

import html
import json
from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as hst

from events import figures
from events.figures import Mark
from events.queries import TimelineData
from events.temporal.timex import Interval, Timex

HOSTILE = "Breaking <script>alert('x')</script> **bold** [link](http://evil) `code` <img src=x onerror=1> _u_ # h"


def _events(rows):
    base = {"summary": "s", "actors": "A", "location": "Aleppo", "country": "Syria", "fatalities_low": None,
            "fatalities_best": None, "fatalities_high": None, "victims": "", "source": "VOA", "title": "t",
            "n_sources": 1, "evidence": "e", "status": "occurred", "date_text": "Sunday"}
    frame = pd.DataFrame([{**base, **row} for row in rows])
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_day_events_are_points_and_coarser_events_are_bars_over_their_interval():
    frame = _events([
        {"event_id": "a", "lane": "Syria", "type": "airstrike", "date_start": "2016-07-24", "date_end": "2016-07-24",
         "precision": "day"},
        {"event_id": "b", "lane": "Syria", "type": "airstrike", "date_start": "2016-07-01", "date_end": "2016-07-31",
         "precision": "month"},
        {"event_id": "c", "lane": "Russia", "type": "meeting", "date_start": "2016-07-18", "date_end": "2016-07-24",
         "precision": "week"},
    ])
    fig = figures.timeline_figure(TimelineData("events", frame, "actor", "", 3), figures.type_colors(frame["type"]))
    points = [t for t in fig.data if t.type in ("scatter", "scattergl")]
    bars = [t for t in fig.data if t.type == "bar"]
    assert [list(t.customdata[0])[0] for t in points] == ["a"]
    spans = {t.customdata[0][0]: (pd.Timestamp(t.base[0]), t.x[0] / 86_400_000) for t in bars}
    assert spans == {"b": (pd.Timestamp("2016-07-01"), 31), "c": (pd.Timestamp("2016-07-18"), 7)}
    assert fig.layout.xaxis.rangeslider.visible
    assert fig.layout.meta["events"] == 3


def test_hover_says_what_the_text_said_and_what_it_resolved_to():
    frame = _events([{"event_id": "b", "lane": "Syria", "type": "airstrike", "date_start": "2016-07-01",
                      "date_end": "2016-07-31", "precision": "month", "date_text": "In July",
                      "fatalities_low": 10, "fatalities_best": 20, "fatalities_high": 30, "victims": "civilians",
                      "summary": "<b>x</b>"}])
    fig = figures.timeline_figure(TimelineData("events", frame, "actor", "", 1), {"airstrike": "#000"})
    hover = fig.data[0].hovertext[0]
    for part in ("In July", "2016-07-01 to 2016-07-31 (month)", "10-30 killed (civilians)", "Aleppo", "VOA", "occurred"):
        assert part in hover
    assert "&lt;b&gt;x&lt;/b&gt;" in hover  # source text cannot add markup


def test_inferred_dates_are_hollow_and_say_how_they_were_found():
    frame = _events([
        {"event_id": "a", "lane": "Syria", "type": "statement", "date_start": "2016-07-24", "date_end": "2016-07-24",
         "precision": "day", "date_basis": "explicit"},
        {"event_id": "p", "lane": "Syria", "type": "statement", "date_start": "2016-07-27", "date_end": "2016-07-27",
         "precision": "day", "date_basis": "publication", "date_text": ""},
        {"event_id": "w", "lane": "Syria", "type": "airstrike", "date_start": "2016-07-18", "date_end": "2016-07-24",
         "precision": "week", "date_basis": "anchored"},
    ])
    fig = figures.timeline_figure(TimelineData("events", frame, "actor", "", 3), {"statement": "#111", "airstrike": "#222"})
    by_id = {t.customdata[0][0]: t for t in fig.data if t.customdata is not None and len(t.customdata)}
    assert by_id["a"].marker.symbol is None and by_id["p"].marker.symbol == "circle-open"
    assert by_id["w"].marker.line.color == "#222" and by_id["w"].marker.color == "rgba(255,255,255,0)"
    assert "publication day" in by_id["p"].hovertext[0] and "own time expression" in by_id["a"].hovertext[0]
    assert "paragraph" in by_id["w"].hovertext[0]
    assert any("inferred" in (t.name or "") for t in fig.data if t.showlegend is not False)
    assert [t.name for t in fig.data if t.showlegend is not False and t.legendgroup == "statement"] == ["statement"]


def test_many_events_on_one_day_get_distinct_rows_inside_their_lane():
    rows = [{"event_id": str(i), "lane": "Syria", "type": "clash", "date_start": "2016-07-24",
             "date_end": "2016-07-24", "precision": "day"} for i in range(12)]
    rows.append({"event_id": "x", "lane": "Russia", "type": "clash", "date_start": "2016-07-24",
                 "date_end": "2016-07-24", "precision": "day"})
    frame = _events(rows)
    stacked, bands = figures.stack_within_lanes(frame, ["Syria", "Russia"], gap_days=1)
    y = stacked["y"]
    syria = y[frame["lane"] == "Syria"]
    assert syria.nunique() == 12
    assert bands["Russia"] == (0.0, 1.0) and bands["Syria"][0] == 1.0  # Syria on top, grown for its 12 rows
    assert bands["Syria"][1] - bands["Syria"][0] == pytest.approx(12 * figures.ROW_UNITS)
    assert syria.between(*bands["Syria"]).all() and y[frame["lane"] == "Russia"].between(*bands["Russia"]).all()
    assert stacked["thickness"][frame["lane"] == "Syria"].max() * 11 <= syria.max() - syria.min() + 0.1


def test_aggregate_mode_draws_one_mark_per_lane_and_bucket():
    frame = pd.DataFrame({"lane": ["Syria", "Syria", "Russia"], "type": ["clash", "airstrike", "clash"],
                          "bucket_start": pd.to_datetime(["2016-07-01"] * 3),
                          "bucket_end": pd.to_datetime(["2016-07-31"] * 3), "n": [500, 20, 3],
                          "fatalities": [10, 0, 1]})
    fig = figures.timeline_figure(TimelineData("aggregate", frame, "actor", "month", 523), {})
    assert sum(len(t.x) for t in fig.data) == 2  # Syria's July and Russia's July
    [syria] = [(t.name, h) for t in fig.data for h in t.hovertext if "Syria: 520 events" in h]
    assert syria[0] == "clash"  # coloured by the commonest type
    assert "500 clash<br>20 airstrike" in syria[1]
    assert "per month" in fig.layout.title.text


def test_range_slider_only_when_it_is_cheap(monkeypatch):
    frame = _events([{"event_id": str(i), "lane": "Syria", "type": "clash", "date_start": f"2016-07-{i + 1:02d}",
                      "date_end": f"2016-07-{i + 1:02d}", "precision": "day"} for i in range(3)])
    data = TimelineData("events", frame, "actor", "", 3)
    assert figures.timeline_figure(data, {}).layout.xaxis.rangeslider.visible
    monkeypatch.setattr(figures, "RANGESLIDER_MAX_MARKS", 2)  # it would draw every mark a second time
    fig = figures.timeline_figure(data, {})
    assert not fig.layout.xaxis.rangeslider.visible and fig.layout.xaxis.rangeselector.buttons


def test_many_marks_use_webgl(monkeypatch):
    monkeypatch.setattr(figures, "WEBGL_ABOVE", 1)
    frame = _events([{"event_id": str(i), "lane": "Syria", "type": "clash", "date_start": f"2016-07-{i + 1:02d}",
                      "date_end": f"2016-07-{i + 1:02d}", "precision": "day"} for i in range(3)])
    fig = figures.timeline_figure(TimelineData("events", frame, "actor", "", 3), {})
    assert {t.type for t in fig.data} == {"scattergl"}


def test_empty_timeline_says_so():
    fig = figures.timeline_figure(TimelineData("events", pd.DataFrame(), "actor", "", 0), {})
    assert "No dated events" in fig.layout.annotations[0].text


def test_map_points_sized_by_casualties_and_coloured_by_type():
    points = pd.DataFrame({"latitude": [36.2, 34.7], "longitude": [37.1, 36.7], "place": ["Aleppo", "Homs"],
                           "country": ["Syria", "Syria"], "type": ["airstrike", "clash"], "n": [3, 1],
                           "fatalities": [100, 0]})
    colors = figures.type_colors(points["type"])
    fig = figures.map_figure(points, colors)
    by_type = {t.name: t for t in fig.data}
    assert by_type["airstrike"].marker.size[0] > by_type["clash"].marker.size[0]
    assert by_type["airstrike"].marker.color != by_type["clash"].marker.color
    assert fig.layout.meta["events"] == 4


def test_plotly_config_loads_nothing_from_outside():
    config = figures.PLOTLY_CONFIG
    assert config["topojsonURL"] == "/app/static/topojson/"
    assert config["typesetMath"] is False and config["showLink"] is False
    serialized = json.dumps(config)
    assert "http" not in serialized


def test_selected_span_from_box_or_points():
    assert figures.selected_span({"box": [{"x": ["2016-07-01 12:00", "2016-07-09"]}], "points": []}) == (
        date(2016, 7, 1), date(2016, 7, 9))
    points = {"points": [{"customdata": ["a", "2016-07-24", "2016-07-24"]},
                         {"customdata": ["b", "2016-07-01", "2016-07-31"]}]}
    assert figures.selected_span(points) == (date(2016, 7, 1), date(2016, 7, 31))
    assert figures.selected_span({}) is None and figures.selected_span(None) is None


def test_selected_places():
    selection = {"points": [{"customdata": [36.2, 37.1]}, {"customdata": [36.2, 37.1]}, {"lat": 1, "lon": 2}]}
    assert figures.selected_places(selection) == ((36.2, 37.1), (1.0, 2.0))


def test_article_text_is_shown_as_text_never_as_html_or_markdown():
    text = HOSTILE + "\n\nOn Sunday it happened."
    start = text.index("Sunday")
    html = figures.highlight_html(text, [Mark(start, start + 6, "timex", "2016-07-24 <i>")])
    for raw in ("<script", "<img", "**", "[link]", "](", "`", "_u_", "<i>"):
        assert raw not in html
    assert "&lt;script&gt;" in html and "&lt;i&gt;" in html
    assert '<mark style="' in html and ">Sunday</mark>" in html


def test_highlight_skips_overlaps_and_out_of_range_marks():
    html = figures.highlight_html("abcdef", [Mark(0, 3, "timex"), Mark(2, 4, "actor"), Mark(5, 99, "actor")])
    assert html.count("<mark") == 1 and "def" in html


def test_evidence_marks_shift_article_offsets_into_the_sentence():
    evidence = "On Sunday, Russia struck Aleppo."
    timexes = pd.DataFrame({"start_offset": [103, 5], "end_offset": [109, 9], "value": ["2016-07-24", "X"],
                            "granularity": ["day", "day"], "first_day": [date(2016, 7, 24), None],
                            "last_day": [date(2016, 7, 24), None]})
    mentions = pd.DataFrame({"actor": ["Russia"], "start_offset": [111], "end_offset": [117]})
    marks = figures.evidence_marks(100, 100 + len(evidence), timexes, mentions, ["Russia"], evidence)
    spans = {(evidence[m.start:m.end], m.kind) for m in marks}
    assert spans == {("Sunday", "timex"), ("Russia", "actor")}


def test_timex_marks_from_records_note_the_resolved_interval():
    timex = Timex(3, 7, "July", "DATE", "2016-07", granularity="month",
                  interval=Interval(date(2016, 7, 1), date(2016, 7, 31)))
    [mark] = figures.timex_marks_from_records([timex])
    assert mark.note == "2016-07 = 2016-07-01 to 2016-07-31 (month)"


def test_fatalities_text():
    assert figures.fatalities_text(12, 12, 12) == "12 killed"
    assert figures.fatalities_text(10.0, 20.0, 30.0, "civilians") == "10-30 killed (civilians)"
    assert figures.fatalities_text(None, None, None) == ""


@pytest.mark.parametrize("types", [["b", "a"], ["a", "b", "a"]])
def test_type_colors_are_stable(types):
    assert figures.type_colors(types) == {"a": figures.PALETTE[0], "b": figures.PALETTE[1]}


@given(text=hst.text(max_size=200))
def test_escaped_text_reads_back_as_the_original(text):
    shown = figures.highlight_html(text, [])
    inner = shown[shown.index(">") + 1:shown.rindex("</div>")]
    assert "<" not in inner.replace("<br>", "")
    assert html.unescape(inner.replace("<br>", "\n")) == text.replace("\r\n", "\n").replace("\r", "\n")
