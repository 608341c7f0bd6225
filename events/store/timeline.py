"""The timeline in memory, indexed for merging: candidates without a query per article.

In: the timeline events already in the store (``stored_timeline``), then each article's single-source
events, article by article. Out: which timeline event each joins (``events.store.merge.place_events``,
the one merge loop) and the timeline events created or changed. The index (by type, actor and
month) gives a superset of the events that pass merge rules 1-3, which ``best_match`` narrows, so
the decisions equal those taken with the store's SQL candidate query. Used by a local ingest run
(events.store.pipeline) and by the Dask engine's load (events.batch.load).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import duckdb

from events.store.merge import MERGEABLE_SQL, Placement, TimelineEvent, mergeable, place_events
from events.store.rows import EVENT_COLUMNS, timeline_from_row
from events.store.schema import quoted

#: Events spanning more months than this are indexed by (type, actor) only.
_WIDE_MONTHS = 24


def _months(event: TimelineEvent) -> list[tuple[int, int]] | None:
    """Calendar months the event's dates cover; None when undated or wider than _WIDE_MONTHS."""
    if not event.dated:
        return None
    first: date = event.date_start
    last: date = event.date_end
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > _WIDE_MONTHS:
        return None
    months, year, month = [], first.year, first.month
    for _ in range(count):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _keys(event: TimelineEvent) -> tuple[str, ...]:
    """What an event is indexed by: its actors, and its named place (an event naming no actor joins another told at
    the same place; the place key cannot be mistaken for an actor's name)."""
    return (*event.actors, "\x00place:" + event.location) if event.location else event.actors


class Timeline:
    """The timeline events of a store being loaded, indexed for merging."""

    def __init__(self, existing: Iterable[TimelineEvent] = (), *, merge: bool = True,
                 load: Callable[[], Iterable[TimelineEvent]] | None = None) -> None:
        """``existing``: the timeline events already stored; or ``load()`` giving them when first needed."""
        self._load = load
        self.merge = merge
        self.events: dict[str, TimelineEvent] = {}
        self.created: set[str] = set()  # event_ids new in this load
        self.changed: set[str] = set()  # event_ids that were in the store and absorbed new sources
        # Keyed by type and an actor or the named place (_keys):
        self._by_month: dict[tuple, set[str]] = defaultdict(set)  # (type, key, year, month)
        self._by_key: dict[tuple, set[str]] = defaultdict(set)  # (type, key): every dated event
        self._wide: dict[tuple, set[str]] = defaultdict(set)  # (type, key): events too wide for months
        for event in existing:
            self._add(event)

    def _add(self, event: TimelineEvent) -> None:
        self.events[event.event_id] = event
        if not self.merge or not mergeable(event):
            return  # never a candidate
        months = _months(event)
        for key in _keys(event):
            self._by_key[(event.type, key)].add(event.event_id)
            if months is None:
                self._wide[(event.type, key)].add(event.event_id)
            else:
                for year, month in months:
                    self._by_month[(event.type, key, year, month)].add(event.event_id)

    def _candidates(self, single: TimelineEvent) -> set[str]:
        if not mergeable(single):
            return set()  # best_match would refuse every candidate
        months = _months(single)
        found: set[str] = set()
        for key in _keys(single):
            if months is None:
                found |= self._by_key.get((single.type, key), set())
                continue
            found |= self._wide.get((single.type, key), set())
            for year, month in months:
                found |= self._by_month.get((single.type, key, year, month), set())
        return found

    def candidates(self, single: TimelineEvent) -> list[TimelineEvent]:
        """The indexed events ``single`` may join (a superset that ``best_match`` narrows)."""
        return [self.events[i] for i in self._candidates(single)]

    def _loaded(self) -> None:
        if self._load is not None:
            load, self._load = self._load, None
            for event in load():
                self._add(event)

    def place(self, singles: Sequence[TimelineEvent]) -> Placement:
        """Where one article's events go; the index is unchanged until ``apply``."""
        self._loaded()
        return place_events(self.candidates, singles, merge=self.merge)

    def apply(self, placement: Placement) -> None:
        """Record a placement (once it is stored, for the local engine)."""
        self._loaded()
        for event_id, event in placement.updated.items():
            self._add(event)
            if event_id not in self.created:
                self.changed.add(event_id)
        for event in placement.created.values():
            self._add(event)
            self.created.add(event.event_id)

    def add_article(self, singles: Sequence[TimelineEvent]) -> tuple[list[str], int]:
        """Place and record one article's events (deduplicated, in order); returns their timeline
        event ids and how many joined an existing event."""
        placement = self.place(singles)
        self.apply(placement)
        return placement.event_ids, placement.merged

    def rows(self, ids: Iterable[str]) -> list[TimelineEvent]:
        return [self.events[i] for i in sorted(ids)]


def stored_timeline(con: duckdb.DuckDBPyConnection) -> list[TimelineEvent]:
    """The store's timeline events that could absorb new ones (``mergeable``)."""
    rows = con.execute(f"SELECT {quoted(EVENT_COLUMNS)} FROM events WHERE {MERGEABLE_SQL}").fetchall()
    return [timeline_from_row(row) for row in rows]
