"""Records that flow through extraction: Article in, Events out. Plain, frozen data."""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date

from events.temporal.timex import Timex

#: How sure the article is that the event happened.
STATUSES = ("occurred", "reported", "planned", "proposed", "denied", "hypothetical")

#: Date precision of an event, as exported. "none" = undated.
PRECISIONS = ("day", "week", "month", "year", "none")

#: How an event's date was found: its own time expression ("explicit"), the dated event of the narrative it
#: belongs to ("anchored"), the publication day of the news report that tells it ("publication"), or not at
#: all ("none": undated).
DATE_BASES = ("explicit", "anchored", "publication", "none")


@dataclass(frozen=True)
class Article:
    """One news article as a reader delivers it. ``published`` may be None: the text may say it."""

    text: str
    published: date | None = None
    title: str = ""
    url: str = ""
    source: str = ""
    origin: str = ""  # file path (and line) it was read from, for messages

    @cached_property  # hashing the whole text at every use cost the ingest more than storing the article
    def article_id(self) -> str:
        """Content hash: the same text from the same URL is the same article."""
        digest = hashlib.sha256(f"{self.url}\n{self.text}".encode("utf-8")).hexdigest()
        return digest[:16]


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article's cleaned body. Offsets index ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorMention:
    """An actor as named in the text. ``name`` is canonical when ``known``, else as written."""

    name: str
    text: str
    start: int
    end: int
    known: bool = True
    kind: str = ""  # state, armed group, coalition, organisation, media, person
    acts_for: str = ""  # canonical actor a person or outlet speaks for ("Kerry" -> "United States")
    role: str = ""  # "agent" or "target" when the sentence says who acted on whom

    @property
    def written(self) -> str:
        """The words as written, lower case and single-spaced: how the dictionaries key generic words and labels."""
        return " ".join(self.text.lower().split())


@dataclass(frozen=True)
class Place:
    """A place name as written and what it resolved to."""

    text: str
    name: str
    admin1: str = ""  # province / governorate / state
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Fatalities:
    """A death toll: exact figures give low == best == high; "dozens" gives a range."""

    low: int | None
    best: int | None
    high: int | None
    victims: str = ""  # civilians, fighters, soldiers, children, ... as the text says
    text: str = ""


@dataclass(frozen=True)
class EventDate:
    """When an event happened, as honestly as the text says it."""

    first: date | None
    last: date | None
    precision: str  # one of PRECISIONS
    text: str = ""  # the time expression it came from, "" for publication date or undated
    value: str = ""  # TIMEX3 value, or "" when undated
    basis: str = "none"  # one of DATE_BASES

    def holds(self, other: "EventDate") -> bool:
        """Does this interval hold ``other``'s (both dated)? "in 2014" holds "on 3 May 2014", and a day holds itself."""
        return self.first <= other.first and other.last <= self.last


@dataclass(frozen=True)
class Event:
    """One event an article reports, with the sentence that supports it."""

    article_id: str
    type: str
    status: str
    date: EventDate
    evidence: str
    evidence_start: int
    evidence_end: int
    actors: tuple[ActorMention, ...] = ()
    location: Place | None = None
    fatalities: Fatalities | None = None
    attributed_to: str = ""
    trigger: str = ""  # the word that signalled the event ("airstrikes", "killed")
    confidence: float = 0.5
    summary: str = ""

    @cached_property  # asked for many times per event while its rows are built
    def event_id(self) -> str:
        key = f"{self.article_id}:{self.evidence_start}:{self.evidence_end}:{self.type}:{self.trigger}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def trigger_at(self) -> int:
        """Where the trigger first stands in the evidence, as written; -1 when the evidence does not hold it."""
        return self.evidence.find(self.trigger)

    @property
    def date_basis(self) -> str:
        """How the date was found (DATE_BASES)."""
        return self.date.basis

    @property
    def actor_names(self) -> tuple[str, ...]:
        """Canonical actor names, each once, in order of mention."""
        return tuple(dict.fromkeys(actor.name for actor in self.actors))

    @property
    def names_and_states(self) -> set[str]:
        """The actors' canonical names and the states they act for ("Kerry" and the United States)."""
        return {actor.name for actor in self.actors} | {actor.acts_for for actor in self.actors if actor.acts_for}


@dataclass(frozen=True)
class Analysis:
    """Everything extraction found in one article; ``reason`` says why ``events`` is empty."""

    article: Article
    published: date | None
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    reason: str = ""
    dropped: tuple[Sentence, ...] = field(default=())  # page chrome removed before extraction


def replace(record, /, **changes):
    """``dataclasses.replace(record, **changes)``, the same new record, built without calling ``__init__``: the
    pipeline makes some twenty changed copies an article (a summary, a date, actors), and ``dataclasses.replace``
    reads the class's fields and checks each before calling ``__init__``, which sets every field of a frozen record
    through ``object.__setattr__``. Only for a plain dataclass (every field set by ``__init__``, no ``__post_init__``,
    no slots); anything else, or a name that is no field, goes to ``dataclasses.replace``."""
    names = _PLAIN.get(type(record))
    if names is None:
        names = _PLAIN[type(record)] = _plain_fields(type(record))
    if not names or not names.issuperset(changes):
        return dataclasses.replace(record, **changes)
    state = record.__dict__.copy()
    if len(state) != len(names):
        # Fields only: a cached property's value (``Event.event_id``) was read off the old record's fields.
        state = {name: state[name] for name in names}
    state.update(changes)
    copy = object.__new__(type(record))
    object.__setattr__(copy, "__dict__", state)
    return copy


_PLAIN: dict[type, frozenset[str]] = {}


def _plain_fields(cls: type) -> frozenset[str]:
    """The field names of a dataclass whose ``__init__`` only sets its fields, or an empty set."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        return frozenset()
    fields = dataclasses.fields(cls)  # real fields only: an InitVar would need __post_init__, refused above
    if any(not f.init for f in fields):
        return frozenset()
    return frozenset(f.name for f in fields)
