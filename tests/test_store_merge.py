"""Merging: the same event from several articles becomes one timeline event with every source kept."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from events.extract.records import ActorMention, Article, Event, EventDate, Fatalities, Place
from events.store import connect, ingest
from events.store.merge import absorb, best_match, matches, mergeable, place_events, timeline_event
from test_store_fakes import acled, analyse


def _event(type_="airstrike", actors=("Russia",), first=date(2016, 7, 20), last=None, place="Aleppo",
           admin1="Aleppo", article="a1", start=0, status="occurred", best=None, confidence=0.5) -> Event:
    when = EventDate(first, last or first, "day", "x", "", "explicit") if first else EventDate(None, None, "none")
    return Event(
        article_id=article, type=type_, status=status, date=when, evidence="e", evidence_start=start,
        evidence_end=start + 1,
        actors=tuple(ActorMention(a, a, 0, 1) for a in actors),
        location=Place(place, place, admin1, "Syria") if place else None,
        fatalities=Fatalities(best, best, best) if best is not None else None, confidence=confidence,
    )


def _t(**kwargs):
    return timeline_event(_event(**kwargs))


def test_same_event_matches():
    assert matches(_t(), _t(article="a2", actors=("Syria", "Russia")))


@pytest.mark.parametrize("change", [
    {"type_": "attack"},  # another type
    {"actors": ("Turkey",)},  # no shared actor
    {"actors": (), "place": ""},  # no actors, no place
    {"actors": (), "place": "Azaz", "admin1": "Aleppo"},  # no actors, another town of the province
    {"actors": (), "first": date(2016, 7, 1), "last": date(2016, 7, 31)},  # no actors, not one day
    {"first": date(2016, 7, 21)},  # dates do not overlap
    {"first": None},  # undated never merges on date
    {"place": "Homs", "admin1": "Homs"},  # another place, another province
    {"place": "Homs", "admin1": ""},  # another place, province unknown
])
def test_differences_that_prevent_merging(change):
    assert not matches(_t(), _t(article="a2", **change))
    assert not matches(_t(article="a2", **change), _t())


@pytest.mark.parametrize("change", [
    {"place": ""},  # one place missing
    {"place": "Azaz", "admin1": "Aleppo"},  # same province
    {"first": date(2016, 7, 1), "last": date(2016, 7, 31)},  # "in July" overlaps 20 July
])
def test_compatible_differences_merge(change):
    assert matches(_t(), _t(article="a2", **change))


def test_a_report_naming_no_attacker_joins_one_told_at_the_same_place_on_the_same_day():
    assert matches(_t(), _t(article="a2", actors=()))
    assert matches(_t(actors=()), _t(article="a2"))


def test_a_country_holds_every_place_in_it():
    kenya = timeline_event(replace(_event(actors=("United States",)), location=Place("Kenya", "Kenya", "", "Kenya")))
    nairobi = timeline_event(replace(_event(actors=("United States",), article="a2"),
                                     location=Place("Nairobi", "Nairobi", "Nairobi", "Kenya")))
    assert matches(kenya, nairobi) and matches(nairobi, kenya)
    assert not matches(_t(), _t(article="a2", place="Kenya", admin1=""))  # a country holds only its own places


def _anchored(**kwargs):
    event = _event(**kwargs)
    return timeline_event(replace(event, date=replace(event.date, basis="anchored")))


def test_a_date_borrowed_from_the_story_merges_only_to_the_day_at_the_same_place():
    assert matches(_t(), _anchored(article="a2"))
    assert not matches(_t(), _anchored(article="a2", place="Azaz", admin1="Aleppo"))
    assert not mergeable(_anchored(place=""))


def test_spoken_events_need_the_same_speaker():
    said = _t(type_="statement", actors=("United States", "Bill Clinton"))
    assert matches(said, _t(type_="statement", actors=("United States",), article="a2"))
    assert not matches(said, _t(type_="statement", actors=("Kenya", "United States"), article="a2"))
    # two reports of one speaker's words on one day, filed from two capitals
    assert matches(said, _t(type_="statement", actors=("United States",), article="a2", place="Homs", admin1="Homs"))


def test_best_match_prefers_most_shared_actors_then_narrowest_date():
    wide = replace(_t(actors=("Russia", "Syria"), first=date(2016, 7, 1), last=date(2016, 7, 31)), event_id="b")
    narrow = replace(_t(actors=("Russia",)), event_id="a")
    new = _t(article="a3", actors=("Russia", "Syria"))
    assert best_match([narrow, wide], new).event_id == "b"
    assert best_match([narrow, replace(wide, actors=("Russia",))], new).event_id == "a"
    assert best_match([], new) is None


def test_absorb_keeps_id_and_primary_and_combines_fields():
    first = _t(first=date(2016, 7, 1), last=date(2016, 7, 31), status="reported", best=10, place="")
    second = _t(article="a2", actors=("Syria", "Russia"), status="occurred", best=14, confidence=0.9)
    merged = absorb(first, second)
    assert merged.event_id == first.event_id and merged.primary_source == first.primary_source
    assert merged.n_sources == 2 and merged.actors == ("Russia", "Syria")
    assert (merged.date_start, merged.date_end, merged.precision) == (date(2016, 7, 20), date(2016, 7, 20), "day")
    assert merged.status == "occurred" and merged.location == "Aleppo"
    assert (merged.fatalities_low, merged.fatalities_best, merged.fatalities_high) == (10, 14, 14)
    assert merged.confidence == 0.9


ARTICLES = [
    Article("Russia bombed Aleppo on 2016-07-20, killing 12.", date(2016, 7, 21), "A", "u1"),
    Article("Russia and Syria bombed Aleppo in 2016-07, killing 15.", date(2016, 7, 28), "B", "u2"),
    Article("Syria bombed Azaz on 2016-07-20.\n\nRussia bombed Homs on 2016-07-20.", date(2016, 7, 22), "C", "u3"),
    Article("Russia bombed Aleppo.", date(2016, 7, 22), "D", "u4"),
]


def test_place_events_joins_best_match_once_per_timeline_event_and_creates_the_rest():
    stored = _t(article="a0")
    first = _t(article="a1", start=1)
    second = _t(article="a1", start=2, actors=("Russia", "Syria"))  # would join the same one: rule 5
    undated = _t(article="a1", start=3, first=None)
    placement = place_events([stored], [first, second, undated])
    assert placement.event_ids == [stored.event_id, second.event_id, undated.event_id]
    assert placement.merged == 1 and list(placement.updated) == [stored.event_id]
    assert placement.updated[stored.event_id] == absorb(stored, first)
    assert list(placement.created) == [second.event_id, undated.event_id]
    # a pool given per event (the Dask engine's index) decides the same
    assert place_events(lambda single: [stored] if mergeable(single) else [], [first, second, undated]) == placement
    off = place_events([stored], [first, second], merge=False)
    assert off.merged == 0 and not off.updated and off.event_ids == [first.event_id, second.event_id]


def _stored(tmp_path, merge):
    con = connect(tmp_path / f"m{merge}.duckdb")
    ingest(con, ARTICLES, analyse=analyse, acled_types=acled, merge=merge)
    return con


def test_merged_in_the_store(tmp_path):
    con = _stored(tmp_path, merge=True)
    rows = con.execute("SELECT event_id, location, n_sources, actors, evidence, date_start, date_end, fatalities_best"
                       " FROM event_rows ORDER BY n_sources DESC, location").fetchall()
    first_id = analyse(ARTICLES[0]).events[0].event_id
    # A, B and C's Azaz strike are one event (same province); Homs is another place; D is undated.
    assert rows[0] == (first_id, "Aleppo", 3, ["Russia", "Syria"], "Russia bombed Aleppo on 2016-07-20, killing 12.",
                       date(2016, 7, 20), date(2016, 7, 20), 15)
    assert [(r[1], r[2]) for r in rows[1:]] == [("Aleppo", 1), ("Homs", 1)]
    sources = con.execute("SELECT count(*), count(DISTINCT article_id) FROM event_sources WHERE event_id = ?",
                          [first_id]).fetchone()
    assert sources == (3, 3)
    assert sorted(a for (a,) in con.execute("SELECT actor FROM event_actors WHERE event_id = ?", [first_id]).fetchall()) == [
        "Russia", "Syria"]


def test_no_merge_keeps_every_source_apart(tmp_path):
    con = _stored(tmp_path, merge=False)
    assert con.execute("SELECT count(*), max(n_sources) FROM event_rows").fetchone() == (5, 1)


def test_an_articles_own_events_never_merge_with_each_other(tmp_path):
    con = connect(tmp_path / "own.duckdb")
    text = "Russia bombed Aleppo on 2016-07-20.\n\nRussia bombed Aleppo on 2016-07-20, killing 3."
    ingest(con, [Article(text, date(2016, 7, 21), url="u")], analyse=analyse, acled_types=acled)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    # a second article's strike joins exactly one of them
    ingest(con, [Article("Russia bombed Aleppo on 2016-07-20.", date(2016, 7, 22), url="v")],
           analyse=analyse, acled_types=acled)
    assert sorted(n for (n,) in con.execute("SELECT n_sources FROM events").fetchall()) == [1, 2]


def test_the_store_and_the_in_memory_timeline_find_a_report_naming_no_attacker_by_its_place(tmp_path):
    """An article stored alone asks the store for candidates in SQL; an ingest run keeps the timeline in memory:
    both find the earlier report by its place when the new one names no actor, and the other way round."""
    import events.store.pipeline as pipeline

    articles = [Article("Russia bombed Azaz on 2016-07-20, killing 5.", date(2016, 7, 21), "A", "u1"),
                Article("Someone bombed Azaz on 2016-07-20, killing 6.", date(2016, 7, 21), "B", "u2"),
                Article("Someone bombed Homs on 2016-07-20.", date(2016, 7, 21), "C", "u3"),
                Article("Turkey bombed Homs on 2016-07-20.", date(2016, 7, 22), "D", "u4")]
    con = connect(tmp_path / "run.duckdb")
    summary = ingest(con, articles, analyse=analyse, acled_types=acled)
    con.close()
    con = connect(tmp_path / "one.duckdb")
    merged = sum(pipeline.store_article(con, article, analyse=analyse, acled_types=acled).merged for article in articles)
    counts = [row[0] for row in con.execute("SELECT n_sources FROM events ORDER BY location").fetchall()]
    con.close()
    assert summary.merged == merged == 2 and counts == [2, 2]
