"""Dashboard benchmark: synthetic events in a temporary store, timed in a real browser.

    python -m events.bench dashboard [--events 100000] [--keep]

In: a number of events. Out (printed): seconds to the first drawn timeline and to the redraw after a
filter change, measured in Chromium driving ``streamlit run dashboard.py``. Figures, never pass/fail.

``synthetic_tables(n)`` builds the store's own tables (docs/store.md: articles, timexes, events,
event_sources, source_actors) as frames with numpy column operations, and ``load_synthetic(db, n)``
bulk-inserts them (one INSERT ... SELECT per table from the frame, through DuckDB's Arrow scan) into a
store opened with ``events.store.connect`` (so the store's views and schema apply): ingesting a million
events one article at a time would measure ingest, not the dashboard. 1,000,000 events take about 20 s. Events mix precisions (day, week, month,
year, undated), places with and without coordinates, several actors each; article texts hold each
event's evidence sentence and time expression at the stored offsets.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

ACTORS = (
    "Syria", "Russia", "United States", "Turkey", "Iran", "Islamic State", "Al-Nusra Front", "Free Syrian Army",
    "Syrian Democratic Forces", "Hezbollah", "Iraq", "Kurdistan Workers' Party", "Saudi Arabia",
    "Houthis", "United Nations", "Jaish al-Islam", "Ahrar al-Sham", "Israel", "France", "United Kingdom",
)
KINDS = {"United Nations": "organisation"}
TYPES = ("airstrike", "shelling", "clash", "bombing", "offensive", "meeting", "agreement", "statement")
ACLED = {"airstrike": ("Explosions/Remote violence", "Air/drone strike"),
         "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         "clash": ("Battles", "Armed clash"), "bombing": ("Explosions/Remote violence", "Remote explosive"),
         "offensive": ("Battles", "Armed clash"), "meeting": ("Strategic developments", "Agreement"),
         "agreement": ("Strategic developments", "Agreement"), "statement": ("Strategic developments", "Other")}
STATUSES = ("occurred", "reported", "planned", "proposed", "denied")
SOURCES = ("Voice of America", "teleSUR", "Reuters", "Al Jazeera", "Syrian Observatory")
PLACES = (
    ("Aleppo", "Aleppo", "Syria", 36.2021, 37.1343), ("Homs", "Homs", "Syria", 34.7324, 36.7137),
    ("Raqqa", "Raqqa", "Syria", 35.9528, 39.0079), ("Idlib", "Idlib", "Syria", 35.9306, 36.6339),
    ("Damascus", "Damascus", "Syria", 33.5138, 36.2765), ("Deir ez-Zor", "Deir ez-Zor", "Syria", 35.3359, 40.1408),
    ("Palmyra", "Homs", "Syria", 34.5600, 38.2800), ("Manbij", "Aleppo", "Syria", 36.5281, 37.9549),
    ("Mosul", "Nineveh", "Iraq", 36.3450, 43.1450), ("Fallujah", "Anbar", "Iraq", 33.3500, 43.7833),
    ("Sanaa", "Amanat al-Asimah", "Yemen", 15.3694, 44.1910), ("Aden", "Aden", "Yemen", 12.7855, 45.0187),
    ("Geneva", "Geneva", "Switzerland", 46.2044, 6.1432), ("northern Syria", "", "Syria", None, None),
    ("the border", "", "", None, None),
)


@dataclass(frozen=True)
class SyntheticTables:
    """Frames named and shaped like the store's tables."""

    articles: pd.DataFrame
    timexes: pd.DataFrame
    events: pd.DataFrame
    event_sources: pd.DataFrame
    source_actors: pd.DataFrame


_EPOCH = np.datetime64("2014-01-01")
_MONTHS = np.array(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"], dtype=object)


def _dates(kind: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per event: first and last day (datetime64[D], NaT when undated), precision, time expression, TIMEX3
    value. ``kind`` 0..4 is day, week, month, year, undated; ``day`` counts days from 2014-01-01."""
    f = _EPOCH + day.astype("timedelta64[D]")
    weekday = (f.astype("datetime64[D]").view("int64") - 4) % 7  # 1970-01-01 was a Thursday
    month = f.astype("datetime64[M]")
    year = f.astype("datetime64[Y]")
    week_first = f - weekday.astype("timedelta64[D]")
    firsts = np.select([kind == 0, kind == 1, kind == 2, kind == 3],
                       [f, week_first, month.astype("datetime64[D]"), year.astype("datetime64[D]")],
                       np.datetime64("NaT", "D"))
    lasts = np.select([kind == 0, kind == 1, kind == 2, kind == 3],
                      [f, week_first + 6, (month + 1).astype("datetime64[D]") - 1,
                       (year + 1).astype("datetime64[D]") - 1], np.datetime64("NaT", "D"))
    precisions = np.array(["day", "week", "month", "year", "none"], dtype=object)[kind]
    month_name = _MONTHS[month.view("int64") % 12]
    day_of_month = (f - month.astype("datetime64[D]")).view("int64") + 1
    years = year.view("int64") + 1970
    iso_week = pd.DatetimeIndex(week_first).isocalendar()
    texts, values = np.empty(len(kind), dtype=object), np.empty(len(kind), dtype=object)
    for k, text, value in (
        (0, month_name + " " + day_of_month.astype(str), f.astype(str)),
        (1, np.full(len(kind), "last week", dtype=object),
         iso_week["year"].astype(str).to_numpy() + "-W" + iso_week["week"].astype(str).str.zfill(2).to_numpy()),
        (2, "in " + month_name, month.astype(str)),
        (3, "in " + years.astype(str), years.astype(str)),
        (4, np.full(len(kind), "", dtype=object), np.full(len(kind), "", dtype=object)),
    ):
        chosen = kind == k
        texts[chosen], values[chosen] = np.asarray(text, dtype=object)[chosen], np.asarray(value, dtype=object)[chosen]
    return firsts, lasts, precisions, texts, values


def _pick_actors(rng: np.random.Generator, n: int) -> list[list[str]]:
    """1 to 3 distinct actors per event, Zipf-like popularity as in the news (Gumbel top-k sampling)."""
    weights = 1.0 / np.arange(1, len(ACTORS) + 1)
    keys = np.log(weights) + rng.gumbel(size=(n, len(ACTORS)))
    order = np.argsort(-keys, axis=1)[:, :3]
    n_actors = rng.choice([1, 2, 3], n, p=[.4, .45, .15])
    names = np.array(ACTORS, dtype=object)[order]
    return [list(row[:k]) for row, k in zip(names, n_actors)]


def synthetic_tables(n: int, seed: int = 0, events_per_article: int = 8) -> SyntheticTables:
    """``n`` events dated over 2014-2017, reported by ``ceil(n / events_per_article)`` articles.

    Built with numpy column operations (a million events in seconds), not one Python object per event.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    rng = np.random.default_rng(seed)
    idx = np.arange(n)
    article_no = idx // events_per_article
    n_articles = int(article_no[-1]) + 1
    event_id = np.char.add("ev", np.char.zfill(idx.astype(str), 10)).astype(object)
    article_ids = np.char.add("ar", np.char.zfill(np.arange(n_articles).astype(str), 10)).astype(object)
    first, last, precision, date_text, value = _dates(
        rng.choice(5, n, p=[0.62, 0.1, 0.15, 0.05, 0.08]), rng.integers(0, 4 * 365, n))
    types = rng.choice(len(TYPES), n, p=[.25, .15, .2, .1, .1, .07, .05, .08])
    status = np.array(STATUSES, dtype=object)[rng.choice(len(STATUSES), n, p=[.5, .3, .08, .07, .05])]
    place = rng.integers(0, len(PLACES), n)
    who = _pick_actors(rng, n)
    deadly = (types < 5) & (rng.random(n) < .7)
    best = np.where(deadly, rng.integers(0, 60, n), -1)
    type_names = np.array(TYPES, dtype=object)[types]
    location, admin1, country = (np.array([p[i] for p in PLACES], dtype=object)[place] for i in range(3))
    latitude, longitude = (np.array([np.nan if p[i] is None else p[i] for p in PLACES])[place] for i in (3, 4))
    fatalities = pd.array(np.where(best >= 0, best, 0), dtype="Int32")
    fatalities[best < 0] = pd.NA

    leads = [(w[0].upper() + w[1:]) + ", " if w else "Reportedly, " for w in date_text]
    joined = [" and ".join(names) for names in who]
    evidence = [f"{lead}{names} carried out a {t} near {p}{f', killing {b} people' if b >= 0 else ''}."
                for lead, names, t, p, b in zip(leads, joined, type_names, location, best.tolist())]
    lengths = np.fromiter((len(e) for e in evidence), dtype=np.int64, count=n)
    # Sentences of one article are joined by a blank line: offsets restart at each article.
    ends = np.cumsum(lengths + 2)
    article_base = (ends - lengths - 2)[article_no * events_per_article]
    start = (ends - lengths - 2 - article_base).astype(np.int64)
    summary = [f"{t} by {', '.join(names)} near {p}" for t, names, p in zip(type_names, who, location)]
    victims = np.where(best > 0, "civilians", "").astype(object)
    common = {"type": type_names, "status": status, "date_start": first, "date_end": last, "precision": precision,
              "date_text": date_text, "location": location, "admin1": admin1,
              "country": country, "latitude": latitude, "longitude": longitude, "fatalities_low": fatalities,
              "fatalities_best": fatalities, "fatalities_high": fatalities, "victims": victims,
              "attributed_to": "", "confidence": 0.8, "summary": summary}
    acled = np.array([ACLED[t] for t in TYPES], dtype=object)
    events = pd.DataFrame({"event_id": event_id, **common, "actors": who, "primary_source": event_id,
                           "n_sources": 1, "acled_event_type": acled[types, 0],
                           "acled_sub_event_type": acled[types, 1]})
    sources = pd.DataFrame({
        "source_id": event_id, "event_id": event_id, "article_id": article_ids[article_no], **common,
        "date_value": value, "date_basis": np.where(date_text != "", "explicit", "none").astype(object),
        "evidence": evidence, "evidence_start": start, "evidence_end": start + lengths, "trigger": type_names,
        "place_text": location,
        "fatalities_text": [f"killing {b}" if b >= 0 else "" for b in best.tolist()]})

    # Actor mentions: where each name sits in its sentence (after the lead, joined by " and ").
    counts = np.fromiter((len(names) for names in who), dtype=np.int64, count=n)
    owner = np.repeat(idx, counts)
    names = [name for row in who for name in row]
    position = np.arange(len(names)) - np.repeat(np.cumsum(counts) - counts, counts)
    at, cursor = [], 0
    for lead, row in zip(leads, who):
        cursor = len(lead)
        for name in row:
            at.append(cursor)
            cursor += len(name) + 5
    mention_start = start[owner] + np.asarray(at, dtype=np.int64)
    name_lengths = np.fromiter((len(name) for name in names), dtype=np.int64, count=len(names))
    mentions = pd.DataFrame({
        "source_id": event_id[owner], "event_id": event_id[owner], "position": position, "actor": names,
        "text": names, "start_offset": mention_start, "end_offset": mention_start + name_lengths, "known": True,
        "kind": [KINDS.get(name, "state" if name in ACTORS[:5] else "armed group") for name in names],
        "acts_for": "", "role": np.where(position == 0, "agent", "").astype(object)})

    dated = np.flatnonzero(date_text != "")
    timexes = pd.DataFrame({
        "article_id": article_ids[article_no[dated]], "start_offset": start[dated],
        "end_offset": start[dated] + np.fromiter((len(date_text[i]) for i in dated), dtype=np.int64, count=len(dated)),
        "text": [leads[i][:len(date_text[i])] for i in dated], "type": "DATE", "value": value[dated], "mod": None,
        "granularity": precision[dated], "first_day": first[dated], "last_day": last[dated]})

    texts = ["\n\n".join(evidence[i:i + events_per_article]) for i in range(0, n, events_per_article)]
    published = _EPOCH + rng.integers(0, 4 * 365, n_articles).astype("timedelta64[D]")
    articles = pd.DataFrame({
        "article_id": article_ids, "title": [f"Synthetic report {i + 1}" for i in range(n_articles)],
        "url": [f"http://example.invalid/report/{i + 1}" for i in range(n_articles)],
        "source": np.array(SOURCES, dtype=object)[np.arange(n_articles) % len(SOURCES)], "published": published,
        "published_basis": "given", "origin": "synthetic", "text": texts,
        "n_events": np.bincount(article_no), "reason": "",
    })
    return SyntheticTables(articles=articles, timexes=timexes, events=events, event_sources=sources,
                           source_actors=mentions)


def load_synthetic(db_path, n: int, seed: int = 0) -> Path:
    """Create (or extend) a store at ``db_path`` holding ``n`` synthetic events; returns the path."""
    from events.store import connect
    from events.store.transaction import transaction

    tables = synthetic_tables(n, seed)
    con = connect(db_path)
    try:
        con.execute("SET enable_progress_bar = false")
        with transaction(con):
            for name in ("articles", "timexes", "events", "event_sources", "source_actors"):
                con.register("_synthetic", getattr(tables, name))
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _synthetic")
                con.unregister("_synthetic")
    finally:
        con.close()
    return Path(db_path)


# --- driving the app in a real browser (shared with tests/test_browser.py) ------------------------------

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TIMELINE = ".st-key-timeline-0 .js-plotly-plot"
MAP = ".st-key-map-0 .js-plotly-plot"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class App:
    """``streamlit run dashboard.py`` on a free port against ``db_path``; a context manager."""

    def __init__(self, db_path, log_path=None, timeout: float = 60.0, script: Path | None = None):
        self.db_path, self.log_path, self.timeout = Path(db_path), log_path, timeout
        self.script = script or REPO / "dashboard.py"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = None

    def __enter__(self) -> App:
        import os
        import subprocess
        import sys
        import time
        import urllib.request

        env = dict(os.environ, EVENTS_DB=str(self.db_path))
        log = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(self.script), "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=self.script.parent, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}_stcore/health", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"streamlit did not start on port {self.port} (log: {self.log_path})")
            time.sleep(0.2)

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except Exception:
                self.process.kill()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def chart_title(page, selector: str) -> str:
    """The title text of the Plotly chart under ``selector`` ("" until it is drawn)."""
    titles = page.locator(f"{selector} .gtitle")
    return titles.first.text_content() if titles.count() else ""


def wait_for_chart(page, selector: str, not_title: str | None = None, timeout_ms: float = 60_000) -> str:
    """Wait until the chart is drawn (and its title differs from ``not_title``); return its title."""
    page.wait_for_function(
        """([selector, previous]) => {
            const title = document.querySelector(selector + ' .gtitle');
            return title && title.textContent && (previous === null || title.textContent !== previous);
        }""", arg=[selector, not_title], timeout=timeout_ms, polling=50)
    return chart_title(page, selector)


def actor_option(page, actor: str):
    """Open the sidebar's Actors multiselect, type ``actor`` and return its option (not yet clicked)."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(actor)
    option = page.locator('[role="option"]', has_text=actor).first
    option.wait_for(timeout=10_000)
    return option


FLOOR_APP = '''import plotly.graph_objects as go
import streamlit as st

picked = st.sidebar.multiselect("Actors", ["Syria", "Russia", "United States", "Turkey"], key="actor")
figure = go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2]))
figure.update_layout(title=f"{len(picked)} picked")
st.plotly_chart(figure, key="timeline-0")
'''


def _measure(browser, app: App, actor: str, label: str, outside: set[str]) -> None:
    """Print seconds to the first timeline and to its redraw, on a first and a second visit."""
    import time

    context = browser.new_context(viewport={"width": 1600, "height": 1400})
    for attempt in ("cold: new server, empty caches", "warm: second visit, caches full"):
        page = context.new_page()
        page.on("request", lambda request: outside.add(request.url.split("/")[2])
                if request.url.split("/")[2].split(":")[0] not in ("127.0.0.1", "localhost") else None)
        began = time.perf_counter()
        page.goto(app.url)
        before = wait_for_chart(page, TIMELINE, timeout_ms=180_000)
        print(f"{label}: first timeline ({attempt}): {time.perf_counter() - began:.2f} s   [{before}]")
        page.wait_for_timeout(500)
        option = actor_option(page, actor)
        began = time.perf_counter()
        option.click()
        after = wait_for_chart(page, TIMELINE, not_title=before, timeout_ms=60_000)
        print(f"{label}: redraw after picking {actor!r} ({attempt}): {time.perf_counter() - began:.2f} s   [{after}]")
        page.close()
    context.close()


def main(argv: list[str]) -> int:
    """Print seconds to the first drawn timeline and to the redraw after picking an actor."""
    import argparse
    import os
    import tempfile
    import time

    parser = argparse.ArgumentParser(prog="python -m events.bench dashboard", description=main.__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events in the store")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary store and print its path")
    args = parser.parse_args(argv)
    if args.events < 1:
        parser.error("--events must be at least 1")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("playwright is not installed: pip install playwright", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 2

    folder = Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    db = folder / "events.duckdb"
    started = time.perf_counter()
    load_synthetic(db, args.events, args.seed)
    print(f"events: {args.events:,} synthetic, store built in {time.perf_counter() - started:.1f} s ({db})")
    actor = ACTORS[3]  # a mid-frequency actor: the redraw changes a lot but not everything
    outside: set[str] = set()
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with App(db, log_path=folder / "streamlit.log") as app:
            _measure(browser, app, actor, "dashboard", outside)
        # The same two steps on a page holding one multiselect and one small Plotly chart: what any
        # Streamlit + Plotly page costs on this machine now (JS bundles, websocket, one chart).
        floor = folder / "floor" / "floor.py"
        floor.parent.mkdir()
        floor.write_text(FLOOR_APP, encoding="utf-8")
        with App(db, log_path=folder / "floor.log", script=floor) as app:
            _measure(browser, app, actor, "floor: minimal page", outside)
        browser.close()
    print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs")
    print("requests to other hosts:", ", ".join(sorted(outside)) or "none")
    if args.keep:
        print(f"kept {folder}")
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0
