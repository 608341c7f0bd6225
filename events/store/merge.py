"""Merging: the same event reported by several articles becomes one timeline event.

In: an extracted ``Event`` and the timeline events already stored. Out: the timeline event it
joins (or None) and that event's fields after joining. Pure functions, no database.

Rule (docs/store.md, "Merging"; measured by ``python -m events.evaluate merge`` against a gold of which reports tell
one happening): an article-level event joins a timeline event when
  1. the types are equal,
  2. the canonical actor sets share at least one actor; or one of the two names no actor and both are told at the
     same named place on the same day ("a car bomb killed 26 in Rashidin" and "the bombing of the convoy in
     Rashidin", Saturday, one naming no attacker); a statement, accusation or proposal also needs the same speaker
     (its first actor: "the United States" said two things on one day through two officials),
  3. both are dated and the date intervals overlap (undated events never merge on date); a date borrowed from
     another event of the story (anchored) places an event too loosely to say two reports tell the same one,
     unless it is a day and both are told at the same named place,
  4. the places are compatible: same canonical place, or same admin1, or either one missing, or one is the
     country the other lies in ("Kenya" and "Nairobi"); not asked of spoken events (their place is often the
     dateline's, where each report was filed from),
  5. the timeline event has no source from the same article yet (an article's own events stay apart).
Among several matches it joins the one sharing most actors, then the narrowest date, then the
smallest event_id, so the choice does not depend on row order.

The timeline event keeps the event_id of its first source for good: ids exported earlier stay
valid as more articles arrive (the price: another ingest order may pick another first source).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from events.extract.records import STATUSES, Event


@dataclass(frozen=True)
class TimelineEvent:
    """A row of the ``events`` table: one event on the timeline, possibly reported by many articles."""

    event_id: str
    type: str
    status: str
    date_start: date | None
    date_end: date | None
    precision: str
    date_text: str
    actors: tuple[str, ...]
    location: str = ""
    admin1: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    victims: str = ""
    attributed_to: str = ""
    confidence: float = 0.5
    primary_source: str = ""
    n_sources: int = 1
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    summary: str = ""
    date_basis: str = "none"  # how the date was found (events.extract.records.DATE_BASES)

    @property
    def dated(self) -> bool:
        return self.date_start is not None and self.date_end is not None


def mergeable(event: TimelineEvent) -> bool:
    """Can take part in merging at all (rules 2-3): dated (a date borrowed from the story only to the day, at a named
    place), and with actors or a named place."""
    return not _unmergeable(event)


def _unmergeable(event: TimelineEvent) -> str:
    if not event.dated:
        return "undated"
    if event.date_basis == "anchored" and not (event.precision == "day" and event.location):
        return "dated by its story"
    return "" if event.actors or event.location else "no actors"


#: ``mergeable`` over the columns of the ``events`` table (or rows shaped like it), in SQL.
MERGEABLE_SQL = ("date_start IS NOT NULL AND date_end IS NOT NULL"
                 " AND (date_basis <> 'anchored' OR (precision = 'day' AND location <> ''))"
                 " AND (len(actors) > 0 OR location <> '')")

#: Types whose first actor is the speaker (rule 2).
SPOKEN = frozenset({"statement", "accusation", "proposal"})


def timeline_event(event: Event, acled: tuple[str, str] = ("", "")) -> TimelineEvent:
    """A new timeline event with ``event`` as its only (and primary) source."""
    place, toll = event.location, event.fatalities
    return TimelineEvent(
        event_id=event.event_id,
        type=event.type,
        status=event.status,
        date_start=event.date.first,
        date_end=event.date.last,
        precision=event.date.precision if event.date.first else "none",
        date_text=event.date.text,
        actors=event.actor_names,
        location=place.name if place else "",
        admin1=place.admin1 if place else "",
        country=place.country if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        fatalities_low=toll.low if toll else None,
        fatalities_best=toll.best if toll else None,
        fatalities_high=toll.high if toll else None,
        victims=toll.victims if toll else "",
        attributed_to=event.attributed_to,
        confidence=event.confidence,
        primary_source=event.event_id,
        n_sources=1,
        acled_event_type=acled[0],
        acled_sub_event_type=acled[1],
        summary=event.summary,
        date_basis=event.date_basis if event.date.first else "none",
    )


def _places_compatible(a: TimelineEvent, b: TimelineEvent) -> bool:
    if not a.location or not b.location:
        return True
    if a.location.casefold() == b.location.casefold():
        return True
    if a.admin1 and a.admin1.casefold() == b.admin1.casefold():
        return True
    return any(whole.location == whole.country and whole.country == part.country for whole, part in ((a, b), (b, a)))


def same_place(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Both told at one named place below a country (the gazetteer's canonical name, compared as it is)."""
    return bool(a.location) and a.location == b.location and a.location != a.country


def _same_day(a: TimelineEvent, b: TimelineEvent) -> bool:
    return a.precision == b.precision == "day" and a.date_start == b.date_start


def refusal(existing: TimelineEvent, new: TimelineEvent) -> str:
    """Which of rules 1-4 above keeps the two apart ("" when none does); rule 5 is the caller's: it knows which
    articles a timeline event holds."""
    if existing.type != new.type:
        return "types differ"
    if reason := _unmergeable(existing) or _unmergeable(new):
        return reason
    if "anchored" in (existing.date_basis, new.date_basis) and not same_place(existing, new):
        return "dated by its story"
    if not set(existing.actors) & set(new.actors) and not (
            (not existing.actors or not new.actors) and same_place(existing, new) and _same_day(existing, new)):
        return "no shared actor"
    if existing.type in SPOKEN and existing.actors and new.actors and existing.actors[0] != new.actors[0]:
        return "speakers differ"
    if existing.date_start > new.date_end or new.date_start > existing.date_end:
        return "dates apart"
    # Words are placed where a report is filed from when they name no place (the dateline): two outlets quoting one
    # speaker on one day file from two capitals. The speaker and the day tell the words apart; the place does not.
    if existing.type in SPOKEN:
        return ""
    return "" if _places_compatible(existing, new) else "places differ"


def matches(existing: TimelineEvent, new: TimelineEvent) -> bool:
    """Rules 1-4 above."""
    return not refusal(existing, new)


def _span(event: TimelineEvent) -> int:
    return (event.date_end - event.date_start).days


def best_match(candidates: list[TimelineEvent], new: TimelineEvent) -> TimelineEvent | None:
    """The candidate ``new`` joins, or None (see the tie-break order in the module docstring)."""
    fitting = [c for c in candidates if matches(c, new)]
    if not fitting:
        return None
    return min(fitting, key=lambda c: (-len(set(c.actors) & set(new.actors)), _span(c), c.event_id))


def _place_detail(event: TimelineEvent) -> int:
    return sum((bool(event.location), bool(event.admin1), event.latitude is not None))


def _certainty(status: str) -> int:
    return STATUSES.index(status) if status in STATUSES else len(STATUSES)


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


def absorb(existing: TimelineEvent, new: TimelineEvent) -> TimelineEvent:
    """``existing`` after ``new`` (a single-source event) joined it.

    Status: the most certain one (order of STATUSES). Date: the narrowest interval. Actors: the union,
    in order of first report. Place: the more detailed. Toll: lowest low, highest best and high.
    Confidence: the highest. Evidence, article, summary and event_id stay with the primary source.
    """
    merged = existing
    if _certainty(new.status) < _certainty(existing.status):
        merged = replace(merged, status=new.status)
    if _span(new) < _span(existing):
        merged = replace(merged, date_start=new.date_start, date_end=new.date_end,
                         precision=new.precision, date_text=new.date_text, date_basis=new.date_basis)
    if _place_detail(new) > _place_detail(existing):
        merged = replace(merged, location=new.location, admin1=new.admin1, country=new.country,
                         latitude=new.latitude, longitude=new.longitude)
    if (new.fatalities_best or 0) > (existing.fatalities_best or 0) or not existing.victims:
        merged = replace(merged, victims=new.victims or existing.victims)
    return replace(
        merged,
        actors=tuple(dict.fromkeys(existing.actors + new.actors)),
        fatalities_low=_min(existing.fatalities_low, new.fatalities_low),
        fatalities_best=_max(existing.fatalities_best, new.fatalities_best),
        fatalities_high=_max(existing.fatalities_high, new.fatalities_high),
        attributed_to=existing.attributed_to or new.attributed_to,
        confidence=max(existing.confidence, new.confidence),
        summary=existing.summary or new.summary,
        n_sources=existing.n_sources + 1,
    )


@dataclass
class Placement:
    """Where one article's events went: the timeline event of each (in order), the timeline events
    it created, the stored ones it changed (after absorbing), and how many events joined one."""

    event_ids: list[str] = field(default_factory=list)
    created: dict[str, TimelineEvent] = field(default_factory=dict)
    updated: dict[str, TimelineEvent] = field(default_factory=dict)
    merged: int = 0


Pool = Iterable[TimelineEvent] | Callable[[TimelineEvent], Iterable[TimelineEvent]]


def place_events(pool: Pool, singles: Sequence[TimelineEvent], *, merge: bool = True) -> Placement:
    """Place one article's single-source events (deduplicated, in order) among existing timeline events.

    ``pool``: the existing timeline events that may qualify, or ``pool(single)`` giving them per
    event (a superset is fine: ``best_match`` narrows it). Each event joins its best match (rule 5:
    at most one of the article's events per timeline event) or becomes a new timeline event; the
    article's own events never merge with each other. The one merge loop of both engines.
    """
    candidates = pool if callable(pool) else (lambda _single, fixed=list(pool): fixed)
    placement = Placement()
    for single in singles:
        target = None
        if merge:
            target = best_match([c for c in candidates(single) if c.event_id not in placement.updated], single)
        if target is None:
            event_id = placement.created.setdefault(single.event_id, single).event_id
        else:
            event_id = target.event_id
            placement.updated[event_id] = absorb(target, single)
            placement.merged += 1
        placement.event_ids.append(event_id)
    return placement
