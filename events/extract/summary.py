"""Summaries: an Event in, a short line out ("US-led coalition airstrike, northern Syria, dozens of civilians killed").

    summarise(event, label) -> str        with_summary(event, label) -> the event with its summary set
"""
from __future__ import annotations

from events.extract.records import Event, replace

QUALIFIER = {"planned": "planned", "proposed": "proposed", "denied": "denied", "hypothetical": "possible"}


def summarise(event: Event, label: str) -> str:
    agents = [a.name for a in event.actors if a.role == "agent"] or [a.name for a in event.actors if a.role != "target"]
    who = " and ".join(list(dict.fromkeys(agents))[:2])
    qualifier = QUALIFIER.get(event.status, "")
    what = f"{qualifier} {label}" if qualifier and not label.startswith(qualifier[:6]) else label
    parts = [f"{who} {what}".strip()]
    if event.location is not None:
        parts.append(event.location.name)
    toll = event.fatalities
    if toll is not None and toll.text:
        words = " ".join(toll.text.split())
        parts.append(f"{words} killed")
    line = ", ".join(parts)
    return line[:1].upper() + line[1:] if line[:1].islower() and not line.startswith(("al-", "de ")) else line


def with_summary(event: Event, label: str) -> Event:
    return replace(event, summary=summarise(event, label))
