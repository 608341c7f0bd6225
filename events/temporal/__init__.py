"""Temporal engine: text -> time expressions resolved against a reference date.

    tag(text, reference_date) -> list[Timex]
    find_publication_date(text) -> PublicationDate | None
"""
from events.temporal.publication import find_publication_date
from events.temporal.tagger import tag
from events.temporal.timex import Interval, PublicationDate, Timex

__all__ = ["Interval", "PublicationDate", "Timex", "find_publication_date", "tag"]
