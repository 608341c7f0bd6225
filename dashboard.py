"""The conflict-timeline dashboard: ``streamlit run dashboard.py``. Layout only.

Queries live in events/queries.py, figures and escaped HTML in events/figures.py; the store (and its
safe CSV writer) in events/store. Filters are bound to the URL's query parameters, so a view is shared
by copying the link. Nothing is fetched from outside the app: see docs/dashboard.md.
"""
from __future__ import annotations

import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import streamlit as st

from events import figures, queries
from events.extract import analyse
from events.extract.records import Article
from events.readers import ReadFailure, parse_published, read_paths
from events.store import add_article, default_db_path, ensure_bundled_database, read_connection
from events.store.formats import FORMATS, RENDERED_FORMATS

TABLE_ROWS = 1000  # rows shown on the page; the download has every filtered row
UNDATED_ROWS = 200  # undated events listed beside the timeline (all are counted)
EAGER_DOWNLOAD_ROWS = 5000  # above this the download is built only when the button is clicked
ARTICLE_OPTIONS = 300  # articles listed in the sidebar (a long list slows every page load)

st.set_page_config(page_title="Conflict timeline", layout="wide")
DB = str(default_db_path())


@st.cache_resource
def _build_lock() -> threading.Lock:
    return threading.Lock()


if not Path(DB).exists():
    with _build_lock(), st.spinner("First run: building the event database from the bundled articles..."):
        progress = st.progress(0.0)
        ensure_bundled_database(DB, progress=lambda done, total: progress.progress(
            done / max(total, 1), text=f"{done} of {total} articles"))
        progress.empty()


@st.cache_resource(show_spinner=False)
def _migrated(db: str) -> bool:
    """Bring an older database's schema up to date once per server (queries use read-only connections)."""
    try:
        ensure_bundled_database(db)  # the file exists: this only migrates it, and only if it is old
    except ValueError:  # another program holds it for writing: read it as it is
        return False
    return True


_migrated(DB)


def _query(query: str, db: str, *args):
    """``queries.<query>(con, *args)`` on a short read-only connection."""
    with read_connection(db) as con:
        return getattr(queries, query)(con, *args)


@st.cache_data(show_spinner=False, max_entries=512)
def run(query: str, db: str, version: tuple, *args):
    """``_query``, cached until the db changes."""
    return _query(query, db, *args)


# The figures and the download are cached themselves: their frames are queried uncached, so as not to be
# kept twice (a million-row export once as rows and once as text).
@st.cache_data(show_spinner=False, max_entries=64)
def timeline_figure(db: str, version: tuple, filters: queries.Filters, lanes: str, colors: tuple):
    return figures.timeline_figure(_query("timeline", db, filters, lanes), dict(colors))


@st.cache_data(show_spinner=False, max_entries=64)
def map_figure(db: str, version: tuple, filters: queries.Filters, colors: tuple):
    return figures.map_figure(_query("map_points", db, filters), dict(colors))


@st.cache_data(show_spinner=False, max_entries=64)
def summary_figures(db: str, version: tuple, filters: queries.Filters, colors: tuple):
    return (figures.per_month_figure(_query("per_month", db, filters), dict(colors)),
            figures.per_actor_figure(_query("per_actor", db, filters), dict(colors)))


@st.cache_data(show_spinner=False, max_entries=64)
def download_file(db: str, version: tuple, filters: queries.Filters, fmt: str):
    return _query("export_file", db, filters, fmt)


VERSION = queries.store_version(DB)
FACETS = run("facets", DB, VERSION)
COLORS = figures.type_colors(FACETS.types["type"])
st.session_state.setdefault("selection_round", 0)
ROUND = st.session_state["selection_round"]

# --- sidebar: filters, kept in the URL ------------------------------------------------------------------

OPTIONS = {
    "actor": dict(zip(FACETS.actors["actor"], FACETS.actors["n"])),
    "type": dict(zip(FACETS.types["type"], FACETS.types["n"])),
    "status": dict(zip(FACETS.statuses["status"], FACETS.statuses["n"])),
    "source": dict(zip(FACETS.sources["source"], FACETS.sources["n"])),
}


def article_options(sources: tuple[str, ...], picked: tuple[str, ...]) -> dict[str, tuple[str, int]]:
    """Article id -> (title, events): the most recent articles of the chosen sources, plus those picked."""
    frames = [run("article_choices", DB, VERSION, sources, ARTICLE_OPTIONS)]
    if picked:
        frames.append(run("article_titles", DB, VERSION, picked))
    return {a: (t or a, int(n)) for frame in frames for a, t, n in zip(frame["article_id"], frame["title"], frame["n"])}


if "url_read" not in st.session_state:  # a shared link: the URL sets the widgets once per session
    st.session_state["url_read"] = True
    from_url, problems = queries.filters_from_params({k: st.query_params.get_all(k) for k in st.query_params})
    for problem in problems:
        st.toast(problem)
    for key, field_name in queries.URL_LISTS.items():
        known = OPTIONS[key] if key in OPTIONS else article_options((), getattr(from_url, field_name))
        st.session_state[key] = [v for v in getattr(from_url, field_name) if v in known]
    if FACETS.first and FACETS.last:
        st.session_state["dates"] = (max(from_url.date_from or FACETS.first, FACETS.first),
                                     min(from_url.date_to or FACETS.last, FACETS.last))
    st.session_state["q"] = from_url.text
    st.session_state["sources_min"] = from_url.min_sources
    lanes_in_url = st.query_params.get("lanes")
    st.session_state["lanes"] = lanes_in_url if lanes_in_url in queries.LANE_CHOICES else "actor"

EXTENT = (FACETS.first, FACETS.last)
if st.session_state.get("dates") == st.session_state.get("extent") and "extent" in st.session_state:
    st.session_state["dates"] = EXTENT  # the whole range stays the whole range when the store grows
st.session_state["extent"] = EXTENT

with st.sidebar:
    st.header("Filters")
    picked = {}
    for key, label in (("actor", "Actors"), ("type", "Event types"), ("status", "Status"), ("source", "Sources")):
        counts_of = OPTIONS[key]
        picked[key] = st.multiselect(label, list(counts_of), key=key,
                                     format_func=lambda v, c=counts_of: f"{v or '(none)'} ({c[v]:,})")
    ARTICLES = article_options(tuple(picked["source"]), tuple(st.session_state.get("article") or ()))
    picked["article"] = st.multiselect("Articles", list(ARTICLES), key="article",
                                       format_func=lambda a: f"{ARTICLES[a][0]} ({ARTICLES[a][1]:,})")
    if len(ARTICLES) >= ARTICLE_OPTIONS:
        st.caption(f"Articles: the {ARTICLE_OPTIONS} most recent are listed; pick a source to list others.")
    date_from = date_to = None
    if FACETS.first and FACETS.last:
        chosen = st.date_input("Date range (events overlapping it)", min_value=FACETS.first,
                               max_value=FACETS.last, key="dates")
        chosen = tuple(chosen) if isinstance(chosen, (tuple, list)) else (chosen,)
        if chosen and chosen[0] and chosen[0] != FACETS.first:
            date_from = chosen[0]
        if len(chosen) > 1 and chosen[1] and chosen[1] != FACETS.last:
            date_to = chosen[1]
    text = st.text_input("Search evidence", key="q", placeholder="words in the evidence sentence")
    min_sources = st.number_input("Reported by at least (articles)", min_value=1, step=1, key="sources_min",
                                  help="Reports of one happening by several articles are merged into one event: "
                                       "2 or more keeps the events more than one article told.")
    lanes = st.segmented_control("Timeline lanes", queries.LANE_CHOICES, key="lanes",
                                 format_func=lambda v: f"by {v}") or "actor"
    st.caption("The filters are kept in the page's URL: copy the link to share this view.")
    if st.button("Clear chart selections"):
        st.session_state["selection_round"] += 1
        st.rerun()

FILTERS = queries.Filters(actors=tuple(picked["actor"]), types=tuple(picked["type"]),
                          statuses=tuple(picked["status"]), sources=tuple(picked["source"]),
                          articles=tuple(picked["article"]), date_from=date_from, date_to=date_to,
                          text=text or "", min_sources=int(min_sources))
URL = queries.filters_to_params(FILTERS) | ({"lanes": lanes} if lanes != "actor" else {})
if URL != {k: (st.query_params.get_all(k) if k in queries.URL_LISTS else st.query_params.get(k))
           for k in st.query_params}:
    st.query_params.from_dict(URL)
timeline_state = st.session_state.get(f"timeline-{ROUND}") or {}
map_state = st.session_state.get(f"map-{ROUND}") or {}
SPAN = figures.selected_span(timeline_state.get("selection"))
PLACES = figures.selected_places(map_state.get("selection"))
# Each chart is narrowed by the other's selection, the table by both.
FOR_TIMELINE = FILTERS.narrowed(places=PLACES)
FOR_MAP = FILTERS.narrowed(span=SPAN)
FOR_TABLE = FILTERS.narrowed(span=SPAN, places=PLACES)

# --- header ----------------------------------------------------------------------------------------------

st.title("Conflict timeline")
COUNTS = run("counts", DB, VERSION, FOR_TABLE)
metrics = st.columns(4)
metrics[0].metric("Events shown", f"{COUNTS.total:,}", help=f"of {FACETS.total:,} in the store")
metrics[1].metric("Dated", f"{COUNTS.dated:,}")
metrics[2].metric("Undated", f"{COUNTS.undated:,}")
metrics[3].metric("With coordinates", f"{COUNTS.located:,}")
if SPAN or PLACES:
    st.info("Narrowed by the chart selection: "
            + (f"{SPAN[0]} to {SPAN[1]}" if SPAN else "") + (" and " if SPAN and PLACES else "")
            + (f"{len(PLACES)} place(s) on the map" if PLACES else "")
            + ". Use 'Clear chart selections' in the sidebar to undo.")

# --- timeline and map ------------------------------------------------------------------------------------

left, right = st.columns([0.64, 0.36])
with left:
    st.subheader("Timeline")
    st.plotly_chart(timeline_figure(DB, VERSION, FOR_TIMELINE, lanes, tuple(COLORS.items())),
                    key=f"timeline-{ROUND}", on_select="rerun", selection_mode=("points", "box"),
                    config=figures.PLOTLY_CONFIG)
    st.caption("Points: events dated to the day. Bars: events the text dates only to a week, month or "
               "year, drawn over that whole interval. Select a span (box select) to narrow the table and map.")
with right:
    st.subheader("Map")
    st.plotly_chart(map_figure(DB, VERSION, FOR_MAP, tuple(COLORS.items())), key=f"map-{ROUND}", on_select="rerun",
                    selection_mode=("points", "box", "lasso"), config=figures.PLOTLY_CONFIG)
    map_counts = run("counts", DB, VERSION, FOR_MAP)
    st.caption(f"{map_counts.total - map_counts.located:,} of {map_counts.total:,} events have no coordinates "
               "and are not on the map. Point size: casualties.")
    UNDATED = replace(FILTERS, date_from=None, date_to=None).narrowed(places=PLACES)  # every filter but dates
    undated_n = run("counts", DB, VERSION, UNDATED).undated
    listed = f", first {UNDATED_ROWS:,} listed" if undated_n > UNDATED_ROWS else ""
    undated_box = st.expander(f"Undated events ({undated_n:,}{listed})", expanded=0 < undated_n <= 20,
                              key="undated", on_change="rerun")
    if undated_box.open:  # listed only while open: one query and one table less on every redraw
        undated = run("undated_events", DB, VERSION, UNDATED, UNDATED_ROWS)
        undated_box.dataframe(undated[["type", "status", "actors", "summary", "source"]], hide_index=True,
                              width="stretch", height=240)

# --- table and download ----------------------------------------------------------------------------------

st.subheader("Events")
TABLE = run("event_table", DB, VERSION, FOR_TABLE, TABLE_ROWS)
if COUNTS.total > len(TABLE):
    st.caption(f"Showing the first {len(TABLE):,} of {COUNTS.total:,} events by date; the download has all of them.")
selected_rows = st.dataframe(
    TABLE, hide_index=True, width="stretch", height=360, key="table", on_select="rerun",
    selection_mode="single-row",
    column_config={
        "date_start": st.column_config.DateColumn("Start", format="YYYY-MM-DD"),
        "date_end": st.column_config.DateColumn("End", format="YYYY-MM-DD"),
        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
        "date_text": st.column_config.TextColumn("Time expression"),
        "date_basis": st.column_config.TextColumn("Dated by", help="explicit: its own time expression; "
                                                  "anchored: its paragraph's dated event; publication: the report's day"),
        "fatalities_low": st.column_config.NumberColumn("Killed (low)", format="%d"),
        "fatalities_best": st.column_config.NumberColumn("Killed", format="%d"),
        "fatalities_high": st.column_config.NumberColumn("Killed (high)", format="%d"),
        "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
        "latitude": st.column_config.NumberColumn("Lat", format="%.4f"),
        "longitude": st.column_config.NumberColumn("Lon", format="%.4f"),
        "n_sources": st.column_config.NumberColumn("Sources", format="%d"),
        "url": st.column_config.TextColumn("URL"),
    },
)
format_column, button_column = st.columns([0.25, 0.75], vertical_alignment="bottom")
FORMAT = format_column.selectbox("Download format", RENDERED_FORMATS, key="download_format",
                                 format_func=lambda name: FORMATS[name].label)
CHOSEN = FORMATS[FORMAT]
if COUNTS.total <= EAGER_DOWNLOAD_ROWS:
    RENDERED = download_file(DB, VERSION, FOR_TABLE, FORMAT)
    download_data, held = RENDERED.content, RENDERED.rows
else:  # built on click: how many rows the format keeps is not known yet
    download_data, held = (lambda db=DB, v=VERSION, f=FOR_TABLE, fmt=FORMAT: download_file(db, v, f, fmt).content), None
which = (f"these {COUNTS.total:,}" if held in (None, COUNTS.total) else f"{held:,} of these {COUNTS.total:,}")
button_column.download_button(f"Download {which} events ({CHOSEN.label})", data=download_data,
                              file_name=f"events.{CHOSEN.suffix}", mime=CHOSEN.mime, key="download")
st.caption(f"{CHOSEN.label}: {CHOSEN.about}. It holds {CHOSEN.rows}.")

# --- event detail and article view -----------------------------------------------------------------------

rows = selected_rows.selection.rows if selected_rows else []
event_id = TABLE.iloc[rows[0]]["event_id"] if rows and rows[0] < len(TABLE) else None
if event_id is None and len(TABLE):
    st.caption("Select a row of the table to see its evidence and its article.")
detail = run("event_detail", DB, VERSION, event_id) if event_id else None
if detail:
    st.subheader("Event")
    mentions = run("evidence_actors", DB, VERSION, event_id, detail["article_id"])
    timexes = run("article_timexes", DB, VERSION, detail["article_id"])
    start, end = int(detail["evidence_start"]), int(detail["evidence_end"])
    st.html(figures.highlight_html(detail["evidence"], figures.evidence_marks(
        start, end, timexes, mentions, detail["actors"], detail["evidence"])))
    st.html(figures.event_facts_html(detail))
    source_article = run("article", DB, VERSION, detail["article_id"])
    if source_article:
        with st.expander("Article text, every time expression highlighted with its resolved value",
                         expanded=True):
            st.html(figures.article_header_html(source_article))
            st.html(figures.highlight_html(source_article["text"], figures.timex_marks(timexes)))

# --- summaries -------------------------------------------------------------------------------------------

# Drawn only while open: two more Plotly charts would slow every first paint and every redraw.
summary = st.expander("Summary: events per month and per actor", key="summary", on_change="rerun")
if summary.open:
    per_month_chart, per_actor_chart = summary_figures(DB, VERSION, FOR_TABLE, tuple(COLORS.items()))
    month_col, actor_col = summary.columns(2)
    month_col.plotly_chart(per_month_chart, config=figures.PLOTLY_CONFIG, key="per_month")
    actor_col.plotly_chart(per_actor_chart, config=figures.PLOTLY_CONFIG, key="per_actor")
else:
    summary.caption("Open to draw events per month and per actor for the current filters.")

# --- add an article --------------------------------------------------------------------------------------


def _uploaded_article(upload) -> Article:
    """An uploaded .txt/.html file read by the project's readers (same rules as the CLI)."""
    suffix = Path(upload.name).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(upload.getvalue())
        items = list(read_paths(path))
    if not items or isinstance(items[0], ReadFailure):
        raise ValueError(f"{upload.name}: {items[0].reason if items else 'nothing readable'}")
    article = items[0]
    title = article.title if article.title and article.title != "upload" else Path(upload.name).stem
    return replace(article, title=title, origin=upload.name)


with st.expander("Add an article", expanded=bool(st.session_state.get("add_open"))):
    pasted = st.text_area("Article text", height=200, key="new_text")
    upload = st.file_uploader("...or upload a .txt or .html file", type=["txt", "html", "htm"], key="new_file")
    c1, c2, c3, c4 = st.columns(4)
    title = c1.text_input("Title", key="new_title")
    source = c2.text_input("Source", key="new_source")
    url = c3.text_input("URL", key="new_url")
    published_text = c4.text_input("Publication date", key="new_published", placeholder="YYYY-MM-DD",
                                   help="Leave empty to let extraction find it in the text")
    article = None
    try:
        published = parse_published(published_text, "Publication date")
        if upload is not None:
            article = _uploaded_article(upload)
        elif pasted.strip():
            article = Article(text=pasted.strip())
    except ValueError as error:
        st.error(str(error))
    if article is not None:
        article = replace(article, title=title or article.title or "Pasted article", source=source or article.source,
                          url=url or article.url, published=published or article.published,
                          origin=article.origin or "dashboard")
        preview, save = st.columns(2)
        if preview.button("Preview", key="new_preview"):
            st.session_state["add_open"] = True
            analysis = analyse(article)
            st.write(f"Publication date: {analysis.published or 'not found'}; "
                     f"{len(analysis.timexes)} time expressions, {len(analysis.events)} events.")
            st.html(figures.highlight_html(article.text, figures.timex_marks_from_records(analysis.timexes)))
            st.dataframe(queries.analysis_events_frame(analysis), hide_index=True, width="stretch")
            if analysis.reason:
                st.warning(f"No events: {analysis.reason}")
        if save.button("Save to the store", type="primary", key="new_save"):
            st.session_state["add_open"] = True
            try:
                result = add_article(DB, article)
            except ValueError as error:  # e.g. another program is writing the database
                st.error(f"Not saved: {error}")
            else:
                st.cache_data.clear()  # the timeline, table and facets must show the new events
                st.session_state["saved_message"] = (
                    "This article was already in the store." if result.status == "present" else
                    f"Saved '{figures.escape_text(article.title)}': {result.n_events} events "
                    f"({result.new_events} new on the timeline, {result.merged} merged into existing ones).")
                st.rerun()
    if st.session_state.get("saved_message"):
        st.success(st.session_state["saved_message"])
