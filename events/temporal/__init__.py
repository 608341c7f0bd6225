"""Temporal engine: text -> time expressions resolved against a reference date.

    tag(text, reference_date) -> list[Timex]
    tag_absolute(text) -> list[Timex]          the expressions that need no reference date
    tag_without_reference(text) -> list[Timex] those, and yearless calendar dates placed by the story's last year
    find_publication_date(text) -> PublicationDate | None
"""
from events.temporal.publication import dateline_day, find_publication_date
from events.temporal.tagger import tag, tag_absolute, tag_without_reference
from events.temporal.timex import Interval, PublicationDate, Timex

__all__ = ["Interval", "PublicationDate", "Timex", "dateline_day", "find_publication_date", "tag", "tag_absolute", "tag_without_reference"]
