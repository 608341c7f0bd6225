"""One analysed article -> the rows of the store's tables. Pure: no database.

In: an ``Analysis`` and the ACLED type lookup. Out: ``ArticleRows``: the ``articles`` row, the
``timexes`` rows, the article-level events (exact repeats dropped) with their single-source timeline
events, and, once the timeline event of each is known, the ``event_sources`` and ``source_actors``
rows. The local store (events.store.write) and the Dask engine (events.batch.partition) both build
their rows here, so the two engines cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

from events.extract.records import Analysis, Article, Event
from events.store.merge import TimelineEvent, timeline_event

AcledTypes = Callable[[str], tuple[str, str]]

#: Columns of each table, in the order the row tuples below have them.
EVENT_COLUMNS = tuple(f.name for f in fields(TimelineEvent))
_ACTORS = EVENT_COLUMNS.index("actors")
SOURCE_COLUMNS = (
    "source_id", "event_id", "article_id", "type", "status",
    "date_start", "date_end", "precision", "date_text", "date_value", "date_basis",
    "evidence", "evidence_start", "evidence_end", "trigger",
    "location", "place_text", "admin1", "country", "latitude", "longitude",
    "fatalities_low", "fatalities_best", "fatalities_high", "victims", "fatalities_text",
    "attributed_to", "confidence", "summary",
)
ACTOR_COLUMNS = ("source_id", "event_id", "position", "actor", "text", "start_offset", "end_offset",
                 "known", "kind", "acts_for", "role")
TIMEX_COLUMNS = ("article_id", "start_offset", "end_offset", "text", "type", "value", "mod", "granularity",
                 "first_day", "last_day")
ARTICLE_COLUMNS = ("article_id", "title", "url", "source", "published", "published_basis", "origin", "text",
                   "n_events", "reason")


def origin(article: Article) -> str:
    """How failure messages name an article: its file (and line), else URL, title or id."""
    return article.origin or article.url or article.title or article.article_id


def timeline_row(event: TimelineEvent) -> tuple:
    """``event`` as a row of the ``events`` table (EVENT_COLUMNS)."""
    return tuple(list(event.actors) if c == "actors" else getattr(event, c) for c in EVENT_COLUMNS)


def timeline_from_row(row: Sequence) -> TimelineEvent:
    """An ``events`` row (EVENT_COLUMNS, as DuckDB returns it) -> TimelineEvent."""
    position = _ACTORS
    return TimelineEvent(*row[:position], tuple(row[position]), *row[position + 1:])


def source_row(event: Event, event_id: str) -> tuple:
    """An article-level event as a row of ``event_sources`` (SOURCE_COLUMNS); ``event_id``: its timeline event."""
    place, toll, when = event.location, event.fatalities, event.date
    return (
        event.event_id, event_id, event.article_id, event.type, event.status,
        when.first, when.last, when.precision if when.first else "none", when.text, when.value, when.basis,
        event.evidence, event.evidence_start, event.evidence_end, event.trigger,
        place.name if place else "", place.text if place else "", place.admin1 if place else "",
        place.country if place else "", place.latitude if place else None, place.longitude if place else None,
        toll.low if toll else None, toll.best if toll else None, toll.high if toll else None,
        toll.victims if toll else "", toll.text if toll else "",
        event.attributed_to, event.confidence, event.summary,
    )


@dataclass(frozen=True)
class ArticleRows:
    """The rows one analysed article gives, before merging decides the timeline events."""

    article: tuple  # ARTICLE_COLUMNS
    timexes: list[tuple]  # TIMEX_COLUMNS
    events: tuple[Event, ...]  # article-level events, exact repeats dropped, in order
    singles: tuple[TimelineEvent, ...]  # each event as a timeline event of its own (same order)

    def sources(self, event_ids: Sequence[str] | None = None) -> list[tuple]:
        """``event_sources`` rows; ``event_ids``: the timeline event of each (default: its own id)."""
        ids = event_ids if event_ids is not None else [e.event_id for e in self.events]
        return [source_row(event, event_id) for event, event_id in zip(self.events, ids)]

    def actors(self, event_ids: Sequence[str] | None = None) -> list[tuple]:
        """``source_actors`` rows; ``event_ids`` as for ``sources``."""
        ids = event_ids if event_ids is not None else [e.event_id for e in self.events]
        return [
            (event.event_id, event_id, position, actor.name, actor.text, actor.start, actor.end,
             actor.known, actor.kind, actor.acts_for, actor.role)
            for event, event_id in zip(self.events, ids)
            for position, actor in enumerate(event.actors)
        ]


def article_rows(analysis: Analysis, acled_types: AcledTypes) -> ArticleRows:
    """The rows of ``analysis``; the same span, type and trigger found twice is one source."""
    article = analysis.article
    article_id = article.article_id
    basis = "given" if article.published else "text" if analysis.published else "none"
    events, seen = [], set()
    for event in analysis.events:
        if (key := event.event_id) not in seen:  # event_id is a hash: compute it once
            seen.add(key)
            events.append(event)
    return ArticleRows(
        article=(article_id, article.title, article.url, article.source, analysis.published, basis,
                 article.origin, article.text, len(events), analysis.reason),
        timexes=[(article_id, t.start, t.end, t.text, t.type, t.value, t.mod, t.granularity,
                  t.interval.first if t.interval else None, t.interval.last if t.interval else None)
                 for t in analysis.timexes],
        events=tuple(events),
        singles=tuple(timeline_event(event, acled_types(event.type)) for event in events),
    )
