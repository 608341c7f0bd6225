"""The dashboard in a real Chromium: filter by actor, every view follows, the CSV, Excel and KML downloads hold the
filtered rows, nothing leaves the machine; keep what several articles told, and the page and its link follow."""
from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from events.bench.dashboard import CHROMIUM, MAP, TIMELINE, App, actor_option, chart_title, launch_chromium, wait_for_chart
from events.store import ensure_bundled_database, read_connection
from events.store.formats import KML_NS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LOCAL_HOSTS = ("127.0.0.1", "localhost")


@pytest.fixture(scope="module")
def playwright_api():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM} on CI")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("playwright is not installed")
    with sync_playwright() as api:
        yield api


def _metric(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]', has_text=label).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text()


def _table_rows(page) -> int:
    """Data rows of the events table (the grid's aria-rowcount counts the header row too)."""
    return int(page.locator(".st-key-table [aria-rowcount]").first.get_attribute("aria-rowcount")) - 1


def test_filtering_by_actor_updates_every_view_offline(playwright_api, tmp_path):
    db = ensure_bundled_database(tmp_path / "events.duckdb")
    with read_connection(db) as con:
        actor, expected = con.execute(
            "SELECT actor, count(DISTINCT event_id) FROM event_actors GROUP BY actor ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        expected_ids = {r[0] for r in con.execute(
            "SELECT DISTINCT event_id FROM event_actors WHERE actor = ?", [actor]).fetchall()}
        total = con.execute("SELECT count(*) FROM event_rows").fetchone()[0]
    requests: list[str] = []
    with App(db, log_path=tmp_path / "streamlit.log") as app:
        browser = launch_chromium(playwright_api)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 2400}, accept_downloads=True)
            page.on("request", lambda request: requests.append(request.url))
            page.goto(app.url)
            timeline_before = wait_for_chart(page, TIMELINE, timeout_ms=120_000)
            map_before = wait_for_chart(page, MAP)
            assert _metric(page, "Events shown") == f"{total:,}"
            assert _table_rows(page) == total
            # The map's country outlines come from the app's own static folder.
            page.wait_for_function(
                "() => performance.getEntriesByType('resource').some(e => e.name.includes('/app/static/topojson/'))",
                timeout=30_000)

            actor_option(page, actor).click()
            page.keyboard.press("Escape")
            page.wait_for_function(
                """([label, value]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
                    .some(m => m.innerText.includes(label) && m.innerText.includes(value))""",
                arg=["Events shown", f"{expected:,}"], timeout=60_000)
            timeline_after = wait_for_chart(page, TIMELINE, not_title=timeline_before)
            map_after = wait_for_chart(page, MAP, not_title=map_before) if expected < total else chart_title(page, MAP)
            assert timeline_after != timeline_before and map_after != map_before
            page.wait_for_function("(n) => document.querySelector('.st-key-table [aria-rowcount]')"
                                   ".getAttribute('aria-rowcount') == n", arg=str(expected + 1), timeout=30_000)
            assert _table_rows(page) == expected
            assert "actor=" in page.url  # the view can be shared by its link

            with page.expect_download(timeout=60_000) as download_info:
                page.get_by_role("button", name=f"Download these {expected:,} events").click()
            csv = pd.read_csv(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8")))
            assert set(csv["event_id"]) == expected_ids and len(csv) == expected

            # The same rows as an Excel workbook: pick the format beside the button, then download.
            page.locator(".st-key-download_format").click()
            page.locator('[role="option"]', has_text="Excel workbook").first.click()
            with page.expect_download(timeout=60_000) as download_info:
                page.get_by_role("button", name=f"Download these {expected:,} events (Excel workbook)").click()
            workbook = pd.read_excel(download_info.value.path(), sheet_name="events")
            assert set(workbook["event_id"]) == expected_ids and len(workbook) == expected

            # And as KML for Google Earth: the located events of the view, one placemark each.
            located = set(workbook.loc[workbook["latitude"].notna() & workbook["longitude"].notna(), "event_id"])
            page.locator(".st-key-download_format").click()
            page.locator('[role="option"]', has_text="KML for Google Earth").first.click()
            which = f"these {expected:,}" if len(located) == expected else f"{len(located):,} of these {expected:,}"
            with page.expect_download(timeout=60_000) as download_info:
                page.get_by_role("button", name=f"Download {which} events (KML for Google Earth)").click()
            root = ET.parse(download_info.value.path()).getroot()
            assert {p.get("id").removeprefix("event-") for p in root.iter(f"{{{KML_NS}}}Placemark")} == located

            page.wait_for_timeout(1000)  # let the charts settle before the picture
            page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        finally:
            browser.close()
    hosts = {url.split("/")[2].rsplit(":", 1)[0] for url in requests if url.startswith(("http:", "https:", "ws:", "wss:"))}
    assert hosts and hosts <= set(LOCAL_HOSTS), f"requests left the machine: {hosts - set(LOCAL_HOSTS)}"
    assert not [url for url in requests if not url.startswith(("http://127.0.0.1", "http://localhost", "ws://127.0.0.1",
                                                                "ws://localhost", "data:", "blob:"))]


def test_keeping_what_several_articles_told_narrows_the_page_and_its_link(playwright_api, tmp_path):
    db = ensure_bundled_database(tmp_path / "events.duckdb")
    with read_connection(db) as con:
        merged = con.execute("SELECT count(*) FROM events WHERE n_sources >= 2").fetchone()[0]
        total = con.execute("SELECT count(*) FROM event_rows").fetchone()[0]
    assert 0 < merged < total  # the bundled articles tell some happenings twice
    with App(db, log_path=tmp_path / "streamlit.log") as app:
        browser = launch_chromium(playwright_api)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 2400})
            page.goto(app.url)
            wait_for_chart(page, TIMELINE, timeout_ms=120_000)
            field = page.locator(".st-key-sources_min input")
            field.fill("2")
            field.press("Enter")
            page.wait_for_function(
                """([label, value]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
                    .some(m => m.innerText.includes(label) && m.innerText.includes(value))""",
                arg=["Events shown", f"{merged:,}"], timeout=60_000)
            # the table is redrawn after the metrics: it may be missing for a moment
            page.wait_for_function("(n) => document.querySelector('.st-key-table [aria-rowcount]')"
                                   "?.getAttribute('aria-rowcount') == n", arg=str(merged + 1), timeout=30_000)
            assert _table_rows(page) == merged
            assert "sources_min=2" in page.url  # the view can be shared by its link
        finally:
            browser.close()
