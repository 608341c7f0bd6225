"""Dashboard benchmark: synthetic events in a temporary store, timed in a real browser.

    python -m events.bench dashboard [--events 100000] [--keep]

In: a number of events. Out (printed): seconds to the first drawn timeline and to the redraw after a
filter change, measured in Chromium driving ``streamlit run dashboard.py``. Figures, never pass/fail.

``synthetic_tables(n)`` builds the store's own tables (docs/store.md: articles, timexes, events,
event_sources, source_actors) as frames and ``load_synthetic(db, n)`` bulk-inserts them into a store
opened with ``events.store.connect`` (so the store's views and schema apply): ingesting 100,000 events
one article at a time would measure ingest, not the dashboard. Events mix precisions (day, week, month,
year, undated), places with and without coordinates, several actors each; article texts hold each
event's evidence sentence and time expression at the stored offsets.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from datetime import date, timedelta

import numpy as np
import pandas as pd

ACTORS = (
    "Syria", "Russia", "United States", "Turkey", "Iran", "Islamic State", "Nusra Front", "Free Syrian Army",
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


def _dates(kind: np.ndarray, day: np.ndarray) -> tuple[list, list, list, list, list]:
    start = date(2014, 1, 1)
    firsts, lasts, precisions, texts, values = [], [], [], [], []
    for k, d in zip(kind, day):
        f = start + timedelta(days=int(d))
        if k == 0:
            first, last, precision, text, value = f, f, "day", f.strftime("%B %-d"), f.isoformat()
        elif k == 1:
            first = f - timedelta(days=f.weekday())
            year, week, _ = first.isocalendar()
            last, precision, text, value = first + timedelta(days=6), "week", "last week", f"{year}-W{week:02d}"
        elif k == 2:
            first = f.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            precision, text, value = "month", f"in {f.strftime('%B')}", f.strftime("%Y-%m")
        elif k == 3:
            first, last, precision = date(f.year, 1, 1), date(f.year, 12, 31), "year"
            text, value = f"in {f.year}", str(f.year)
        else:
            first, last, precision, text, value = None, None, "none", "", ""
        firsts.append(first); lasts.append(last); precisions.append(precision); texts.append(text); values.append(value)
    return firsts, lasts, precisions, texts, values


def synthetic_tables(n: int, seed: int = 0, events_per_article: int = 8) -> SyntheticTables:
    """``n`` events dated over 2014-2017, reported by ``ceil(n / events_per_article)`` articles."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    rng = np.random.default_rng(seed)
    idx = np.arange(n)
    article_no = idx // events_per_article
    n_articles = int(article_no[-1]) + 1
    event_id = [f"ev{i:010d}" for i in idx]
    article_ids = [f"ar{i:010d}" for i in range(n_articles)]
    first, last, precision, date_text, value = _dates(
        rng.choice(5, n, p=[0.62, 0.1, 0.15, 0.05, 0.08]), rng.integers(0, 4 * 365, n))
    types = rng.choice(len(TYPES), n, p=[.25, .15, .2, .1, .1, .07, .05, .08])
    status = rng.choice(len(STATUSES), n, p=[.5, .3, .08, .07, .05])
    place = rng.integers(0, len(PLACES), n)
    weights = 1.0 / np.arange(1, len(ACTORS) + 1)  # Zipf-like popularity, as in the news
    weights /= weights.sum()
    n_actors = rng.choice([1, 2, 3], n, p=[.4, .45, .15])
    deadly = (types < 5) & (rng.random(n) < .7)
    best = np.where(deadly, rng.integers(0, 60, n), -1)

    texts = [[] for _ in range(n_articles)]
    offsets = [0] * n_articles
    events, sources, mentions, timexes = [], [], [], []
    for i in range(n):
        a = int(article_no[i])
        event_type, p = TYPES[types[i]], PLACES[place[i]]
        who = [ACTORS[j] for j in rng.choice(len(ACTORS), n_actors[i], replace=False, p=weights)]
        when = date_text[i]
        lead = (when[0].upper() + when[1:]) if when else "Reportedly"
        toll = f", killing {best[i]} people" if best[i] >= 0 else ""
        evidence = f"{lead}, {' and '.join(who)} carried out a {event_type} near {p[0]}{toll}."
        start = offsets[a]
        texts[a].append(evidence)
        offsets[a] += len(evidence) + 2
        fatalities = int(best[i]) if best[i] >= 0 else None
        summary = f"{event_type} by {', '.join(who)} near {p[0]}"
        acled = ACLED[event_type]
        events.append((event_id[i], event_type, STATUSES[status[i]], first[i], last[i], precision[i], when,
                       who, p[0], p[1], p[2], p[3], p[4], fatalities, fatalities, fatalities,
                       "civilians" if fatalities else "", "", 0.8, event_id[i], 1, acled[0], acled[1], summary))
        sources.append((event_id[i], event_id[i], article_ids[a], event_type, STATUSES[status[i]], first[i],
                        last[i], precision[i], when, value[i], "sentence" if when else "undated", evidence,
                        start, start + len(evidence), event_type, p[0], p[0], p[1], p[2], p[3], p[4],
                        fatalities, fatalities, fatalities, "civilians" if fatalities else "",
                        f"killing {fatalities}" if fatalities is not None else "", "", 0.8, summary))
        for position, name in enumerate(who):
            at = evidence.find(name)
            mentions.append((event_id[i], event_id[i], position, name, name, start + at, start + at + len(name),
                             True, KINDS.get(name, "state" if name in ACTORS[:5] else "armed group"), "",
                             "agent" if position == 0 else ""))
        if when:
            at = evidence.lower().find(when.lower())
            timexes.append((article_ids[a], start + at, start + at + len(when), evidence[at:at + len(when)],
                            "DATE", value[i], None, precision[i], first[i], last[i]))
    published = [date(2014, 1, 1) + timedelta(days=int(d)) for d in rng.integers(0, 4 * 365, n_articles)]
    articles = pd.DataFrame({
        "article_id": article_ids, "title": [f"Synthetic report {i + 1}" for i in range(n_articles)],
        "url": [f"http://example.invalid/report/{i + 1}" for i in range(n_articles)],
        "source": [SOURCES[i % len(SOURCES)] for i in range(n_articles)], "published": published,
        "published_basis": "given", "origin": "synthetic", "text": ["\n\n".join(t) for t in texts],
        "n_events": [len(t) for t in texts], "reason": "",
    })
    event_columns = ("event_id", "type", "status", "date_start", "date_end", "precision", "date_text", "actors",
                     "location", "admin1", "country", "latitude", "longitude", "fatalities_low",
                     "fatalities_best", "fatalities_high", "victims", "attributed_to", "confidence",
                     "primary_source", "n_sources", "acled_event_type", "acled_sub_event_type", "summary")
    source_columns = ("source_id", "event_id", "article_id", "type", "status", "date_start", "date_end",
                      "precision", "date_text", "date_value", "date_basis", "evidence", "evidence_start",
                      "evidence_end", "trigger", "location", "place_text", "admin1", "country", "latitude",
                      "longitude", "fatalities_low", "fatalities_best", "fatalities_high", "victims",
                      "fatalities_text", "attributed_to", "confidence", "summary")
    actor_columns = ("source_id", "event_id", "position", "actor", "text", "start_offset", "end_offset", "known",
                     "kind", "acts_for", "role")
    timex_columns = ("article_id", "start_offset", "end_offset", "text", "type", "value", "mod", "granularity",
                     "first_day", "last_day")
    return SyntheticTables(
        articles=articles,
        timexes=pd.DataFrame(timexes, columns=timex_columns),
        events=pd.DataFrame(events, columns=event_columns),
        event_sources=pd.DataFrame(sources, columns=source_columns),
        source_actors=pd.DataFrame(mentions, columns=actor_columns),
    )


def load_synthetic(db_path, n: int, seed: int = 0) -> Path:
    """Create (or extend) a store at ``db_path`` holding ``n`` synthetic events; returns the path."""
    from events.store import connect

    tables = synthetic_tables(n, seed)
    con = connect(db_path)
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("BEGIN TRANSACTION")
        for name in ("articles", "timexes", "events", "event_sources", "source_actors"):
            con.register("_synthetic", getattr(tables, name))
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _synthetic")
            con.unregister("_synthetic")
        con.execute("COMMIT")
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
