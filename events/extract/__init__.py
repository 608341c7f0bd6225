"""Event extraction: Article -> sentences -> Events (type, actors, place, toll, status, date, evidence).

    analyse(article, *, dictionaries=None) -> Analysis     everything found, and why no events if none
    extract(article) -> list[Event]                         list(analyse(article).events)
    acled_types(event_type) -> (event_type, sub_event_type) ACLED codebook names, ("", "") where none
    load_dictionaries(paths=None, replace=False) -> Dictionaries   shipped + user TOML dictionaries

Rules and word lists are data in data/dictionaries/*.toml; see docs/extraction.md.
"""
from __future__ import annotations

from events.extract.dictionaries import Dictionaries, default_dictionaries, load_dictionaries
from events.extract.pipeline import analyse
from events.extract.records import Analysis, Article, Event


def extract(article: Article) -> list[Event]:
    return list(analyse(article).events)


def acled_types(event_type: str) -> tuple[str, str]:
    spec = default_dictionaries().types.get(str(event_type).strip().lower().replace(" ", "_"))
    return spec.acled if spec is not None else ("", "")


__all__ = ["Analysis", "Article", "Dictionaries", "Event", "acled_types", "analyse", "default_dictionaries", "extract",
           "load_dictionaries"]
