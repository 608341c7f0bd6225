"""Merging in memory: article-level events, article by article in input order -> timeline events.

In: the timeline events already in the store, then each article's single-source events (in the
order the local engine would store them). Out: which timeline event each article-level event joins,
and the timeline events created or changed. The decisions are the store's own (events.store.merge:
``best_match``, ``absorb``), taken in the same order as events/store/write.py takes them, so the
result equals a local ingest of the same input; only the candidate lookup differs (an index by
type, actor and month instead of a SQL query), and it is a superset that ``best_match`` narrows.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from events.store.merge import TimelineEvent, absorb, best_match

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


class Timeline:
    """The timeline events of a store being loaded, indexed for merging."""

    def __init__(self, existing: Iterable[TimelineEvent] = (), *, merge: bool = True) -> None:
        self.merge = merge
        self.events: dict[str, TimelineEvent] = {}
        self.created: set[str] = set()  # event_ids new in this load
        self.changed: set[str] = set()  # event_ids that were in the store and absorbed new sources
        self._by_month: dict[tuple, set[str]] = defaultdict(set)  # (type, actor, year, month)
        self._by_actor: dict[tuple, set[str]] = defaultdict(set)  # (type, actor): every dated event
        self._wide: dict[tuple, set[str]] = defaultdict(set)  # (type, actor): events too wide for months
        for event in existing:
            self._add(event)

    def _add(self, event: TimelineEvent) -> None:
        self.events[event.event_id] = event
        if not self.merge or not event.dated or not event.actors:
            return  # never a candidate (events/store/write.py: dated, with actors)
        months = _months(event)
        for actor in event.actors:
            self._by_actor[(event.type, actor)].add(event.event_id)
            if months is None:
                self._wide[(event.type, actor)].add(event.event_id)
            else:
                for year, month in months:
                    self._by_month[(event.type, actor, year, month)].add(event.event_id)

    def _candidates(self, single: TimelineEvent) -> set[str]:
        if not single.dated or not single.actors:
            return set()  # best_match would refuse every candidate
        months = _months(single)
        found: set[str] = set()
        for actor in single.actors:
            if months is None:
                found |= self._by_actor.get((single.type, actor), set())
                continue
            found |= self._wide.get((single.type, actor), set())
            for year, month in months:
                found |= self._by_month.get((single.type, actor, year, month), set())
        return found

    def add_article(self, singles: list[TimelineEvent]) -> tuple[list[str], int]:
        """Place one article's events (deduplicated, in order); returns their timeline event ids and
        how many joined an existing event. Mirrors the loop of events/store/write.py ``_write``."""
        joined: set[str] = set()  # an article's events never merge with each other (rule 5)
        created: dict[str, TimelineEvent] = {}
        event_ids: list[str] = []
        merged = 0
        for single in singles:
            target = None
            if self.merge:
                pool = [self.events[i] for i in self._candidates(single) if i not in joined]
                target = best_match(pool, single)
            if target is None:
                event_id = created.setdefault(single.event_id, single).event_id
            else:
                event_id = target.event_id
                self._add(absorb(target, single))
                if event_id not in self.created:
                    self.changed.add(event_id)
                joined.add(event_id)
                merged += 1
            event_ids.append(event_id)
        for event in created.values():
            self._add(event)
            self.created.add(event.event_id)
        return event_ids, merged

    def rows(self, ids: Iterable[str]) -> list[TimelineEvent]:
        return [self.events[i] for i in sorted(ids)]
