"""events.queries against a real store (schema, views) filled with synthetic events."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events import queries
from events.bench.dashboard import load_synthetic
from events.queries import Filters
from events.store import EXPORT_COLUMNS, read_connection


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    load_synthetic(path, 1200, seed=3)
    with read_connection(path) as connection:
        yield connection


def _actors_of(con, event_ids):
    rows = con.execute("SELECT event_id, list(actor) FROM event_actors GROUP BY event_id").fetchall()
    return {event_id: set(actors) for event_id, actors in rows if event_id in set(event_ids)}


def test_actor_filter_keeps_exactly_the_events_naming_the_actor(con):
    table = queries.event_table(con, Filters(actors=("Russia",)))
    expected = con.execute("SELECT count(DISTINCT event_id) FROM event_actors WHERE actor = 'Russia'").fetchone()[0]
    assert len(table) == expected > 0
    assert all("Russia" in actors for actors in _actors_of(con, table["event_id"]).values())


def test_filters_combine_with_and(con):
    both = queries.event_table(con, Filters(actors=("Syria",), types=("airstrike",), statuses=("reported",)))
    assert len(both) > 0
    assert set(both["type"]) == {"airstrike"} and set(both["status"]) == {"reported"}
    assert len(both) < len(queries.event_table(con, Filters(actors=("Syria",))))


def test_date_range_keeps_overlapping_intervals_and_drops_undated(con):
    start, end = date(2015, 3, 10), date(2015, 3, 20)
    table = queries.event_table(con, Filters(date_from=start, date_to=end))
    assert len(table) > 0
    assert table["date_start"].notna().all()
    assert all(first.date() <= end and last.date() >= start for first, last in zip(table["date_start"], table["date_end"]))
    # A month-precision event of March 2015 overlaps the range though it does not start in it.
    assert (table["precision"] == "month").any()


def test_text_search_is_literal(con):
    assert len(queries.event_table(con, Filters(text="aleppo"))) > 0
    assert len(queries.event_table(con, Filters(text="%"))) == 0  # a wildcard character is just a character
    assert len(queries.event_table(con, Filters(text="_"))) == 0


def test_counts_add_up(con):
    counts = queries.counts(con, Filters(types=("clash",)))
    assert counts.total == counts.dated + counts.undated
    assert counts.total == len(queries.event_table(con, Filters(types=("clash",))))
    undated = queries.undated_events(con, Filters(types=("clash",), date_from=date(2016, 1, 1)))
    assert len(undated) == counts.undated  # undated events are listed whatever the date range


def test_timeline_switches_to_aggregates_when_too_many(con):
    few = queries.timeline(con, Filters(actors=("Israel",)), lane_by="type", max_events=10_000)
    assert few.mode == "events"
    assert set(few.frame["event_id"]) == set(
        queries.event_table(con, Filters(actors=("Israel",))).dropna(subset=["date_start"])["event_id"])
    many = queries.timeline(con, Filters(), lane_by="type", max_events=100)
    assert many.mode == "aggregate" and many.bucket in ("day", "week", "month")
    assert many.frame["n"].sum() == many.total == queries.counts(con, Filters()).dated


def test_timeline_by_actor_puts_an_event_in_each_of_its_actors_lanes(con):
    data = queries.timeline(con, Filters(types=("agreement",)), lane_by="actor", max_events=10_000, max_lanes=100)
    per_event = data.frame.groupby("event_id")["lane"].apply(set)
    actors = _actors_of(con, per_event.index)
    assert all(per_event[e] == actors[e] for e in per_event.index)


def test_timeline_shared_lane_counts_each_event_once(con):
    data = queries.timeline(con, Filters(), lane_by="actor", max_events=100, max_lanes=3)
    assert data.mode == "aggregate"
    lanes = set(data.frame["lane"])
    top = lanes - {queries.OTHER_ACTORS}
    assert len(top) == 3 and queries.OTHER_ACTORS in lanes
    expected = con.execute(
        f"SELECT count(DISTINCT event_id) FROM event_actors JOIN events USING (event_id) "
        f"WHERE date_start IS NOT NULL AND actor NOT IN ({', '.join('?' for _ in top)})", list(top)).fetchone()[0]
    assert data.frame.loc[data.frame["lane"] == queries.OTHER_ACTORS, "n"].sum() == expected
    for lane in top:  # a named lane counts every dated event of that actor
        assert data.frame.loc[data.frame["lane"] == lane, "n"].sum() == con.execute(
            "SELECT count(*) FROM events WHERE date_start IS NOT NULL AND list_contains(actors, ?)", [lane]).fetchone()[0]


def test_source_article_and_text_filters_agree_with_event_rows(con):
    article_id = con.execute("SELECT article_id FROM event_rows ORDER BY event_id LIMIT 1").fetchone()[0]
    for filters, where, params in (
        (Filters(sources=("Reuters", "teleSUR")), "source IN ('Reuters', 'teleSUR')", []),
        (Filters(articles=(article_id,)), "article_id = ?", [article_id]),
        (Filters(text="Homs", actors=("Syria", "Iran")), "evidence ILIKE '%Homs%' AND "
         "(list_contains(actors, 'Syria') OR list_contains(actors, 'Iran'))", []),
    ):
        expected = {r[0] for r in con.execute(f"SELECT event_id FROM event_rows WHERE {where}", params).fetchall()}
        table = queries.event_table(con, filters)
        assert expected and set(table["event_id"]) == expected
        assert queries.counts(con, filters).total == len(expected)


def test_table_page_is_the_first_rows_in_date_order(con):
    page = queries.event_table(con, Filters(types=("clash",)), limit=50)
    whole = queries.event_table(con, Filters(types=("clash",)))
    assert list(page["event_id"]) == list(whole["event_id"][:50])
    assert page["evidence"].str.len().gt(0).all() and page["source"].notna().all()  # joined for the page


def test_as_date_reads_what_duckdb_pandas_and_plotly_give():
    import pandas as pd
    assert queries.as_date(pd.Timestamp("2016-07-24 12:00")) == date(2016, 7, 24)
    assert queries.as_date("2016-07-24 12:00") == date(2016, 7, 24)  # a Plotly box selection
    assert queries.as_date(date(2016, 7, 24)) == date(2016, 7, 24)
    assert queries.as_date(None) is None and queries.as_date(pd.NaT) is None and queries.as_date(float("nan")) is None
    with pytest.raises(ValueError, match="not a date"):
        queries.as_date("last tuesday")


def test_timeline_rejects_unknown_lanes(con):
    with pytest.raises(ValueError, match="lane_by"):
        queries.timeline(con, Filters(), lane_by="colour")


def test_map_points_count_located_events(con):
    points = queries.map_points(con, Filters(statuses=("occurred",)))
    assert points["n"].sum() == queries.counts(con, Filters(statuses=("occurred",))).located
    first = points.iloc[0]
    narrowed = Filters(places=((first["latitude"], first["longitude"]),))
    assert set(queries.event_table(con, narrowed)["location"]) == {first["place"]}


def test_export_rows_are_exactly_the_filtered_rows_in_export_columns(con):
    filters = Filters(actors=("Turkey",), sources=("Reuters",))
    rows = queries.export_rows(con, filters)
    assert tuple(rows.columns) == EXPORT_COLUMNS
    assert len(rows) == queries.counts(con, filters).total
    assert set(rows["event_id"]) == set(queries.event_table(con, filters)["event_id"])


def test_article_text_timexes_and_evidence_actors_agree(con):
    event = queries.event_detail(con, queries.event_table(con, Filters(), limit=1)["event_id"][0])
    article = queries.article(con, event["article_id"])
    assert article["text"][event["evidence_start"]:event["evidence_end"]] == event["evidence"]
    for row in queries.article_timexes(con, event["article_id"]).itertuples():
        assert article["text"][row.start_offset:row.end_offset] == row.text
    for row in queries.evidence_actors(con, event["event_id"], event["article_id"]).itertuples():
        assert article["text"][row.start_offset:row.end_offset] == row.text


def test_facets_count_every_event(con):
    facets = queries.facets(con)
    assert facets.types["n"].sum() == facets.total == facets.statuses["n"].sum()
    assert facets.first <= facets.last


def test_summaries(con):
    months = queries.per_month(con, Filters())
    assert months["n"].sum() == queries.counts(con, Filters()).dated
    actors = queries.per_actor(con, Filters(), limit=5)
    assert actors["actor"].nunique() == 5


def test_filters_reject_bad_arguments():
    with pytest.raises(ValueError, match="actors"):
        Filters(actors="Russia")
    with pytest.raises(ValueError, match="date_from"):
        Filters(date_from=date(2016, 2, 1), date_to=date(2016, 1, 1))


def test_narrowed_intersects_the_date_range():
    base = Filters(date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    narrowed = base.narrowed(span=(date(2015, 6, 1), date(2016, 3, 1)), places=((1.0, 2.0),))
    assert (narrowed.date_from, narrowed.date_to, narrowed.places) == (date(2016, 1, 1), date(2016, 3, 1), ((1.0, 2.0),))
    assert base.narrowed(span=(date(2014, 1, 1), date(2014, 2, 1))).event_ids == ("",)  # matches nothing


names = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12), max_size=3)


@given(actors=names, types=names, first=st.none() | st.dates(), text=st.text(max_size=20))
def test_url_parameters_round_trip(actors, types, first, text):
    filters = Filters(actors=tuple(dict.fromkeys(actors)), types=tuple(dict.fromkeys(types)), date_from=first,
                      text=text.strip())
    params = queries.filters_to_params(filters)
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    back, problems = queries.filters_from_params(as_lists)
    assert back == filters and problems == []


def test_min_sources_keeps_events_reported_by_several_articles_and_travels_in_the_url():
    filters = Filters(min_sources=2)
    where, params = queries.where_clause(filters)
    assert "n_sources >= ?" in where and params == [2]
    assert queries.where_clause(Filters()) == ("TRUE", [])
    assert queries.filters_to_params(filters) == {"sources_min": "2"}
    assert queries.filters_from_params({"sources_min": ["2"]}) == (filters, [])
    back, problems = queries.filters_from_params({"sources_min": ["two"]})
    assert back == Filters() and "sources_min" in problems[0]
    for bad in (0, "2", True):
        with pytest.raises(ValueError, match="min_sources"):
            Filters(min_sources=bad)


def test_bad_url_dates_are_reported_not_fatal():
    filters, problems = queries.filters_from_params({"from": ["last tuesday"], "actor": ["Russia"]})
    assert filters == Filters(actors=("Russia",))
    assert "from" in problems[0]
