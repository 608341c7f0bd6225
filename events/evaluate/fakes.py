"""Agreement with FA-KES crowd facts: a fakes JSONL corpus in, printed shares out (extraction vs a keyword baseline).

    python -m events.evaluate fakes FAKES.jsonl [--errors OUT.jsonl] [--main most-deaths|lead]

Articles are given WITHOUT their publication date. For each article, the share where:
  pubdate      a publication date is found in the text (the issue's measure)
  pubdate=crowd  ... and it equals the crowd's date. The crowd often wrote another day than the dateline
               (corpus README), so this row shows agreement, not accuracy
  province     the main violent event's governorate equals the crowd's location
  perpetrator  the main violent event's actors (agents, else all; a person or member counts for its side)
               include the crowd's perpetrator (articles whose perpetrator is "unknown" are left out)
  type         the main violent event's type fits the crowd's cause (cause "unknown" left out)
  toll         the main violent event's death toll matches civilians + noncivilians (no toll read = 0): its best
               figure, its low..high range when best is unknown, or the figure as written ("more than 40" -> 40)
Also printed: events extracted per article (how crowded a timeline of these articles is).
Main violent event: among violent events not denied or hypothetical, the one with the most deaths (issue
12's definition; the first one told when none has a toll); ``--main lead`` takes the earlier definition (the
headline and lead's first event with a toll) for comparison with older figures.
Source: FA-KES (Abu Salem et al., ICWSM 2019), CC BY 4.0.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from events.extract import Article, analyse, default_dictionaries
from events.extract.records import Analysis, Event
from events.extract.roles import BYSTANDER_KINDS

PROVINCES = {
    "aleppo": {"Aleppo"}, "damascus": {"Damascus", "Rif Dimashq"}, "idlib": {"Idlib"}, "deir ezzor": {"Deir ez-Zor"},
    "raqqa": {"Raqqa"}, "homs": {"Homs"}, "hasakeh": {"Al-Hasakah"}, "hama": {"Hama"}, "daraa": {"Daraa"},
    "lattakia": {"Latakia"}, "quneitra": {"Quneitra"}, "tartous": {"Tartus"},
}
PERPETRATORS = {
    "syrian government or russian troops": {"Syrian government", "Russia"},
    "international coalition forces": {"US-led coalition", "United States", "France", "United Kingdom"},
    "the organization of the islamic state in iraq and the levant - isis": {"Islamic State"},
    "armed opposition groups": {"Syrian opposition"},
    "self administration forces": {"Syrian Democratic Forces", "People's Protection Units", "Kurdish self-administration"},
    "al-nusra front": {"Al-Nusra Front"},
}
CAUSES = {
    "shelling": {"airstrike", "air_campaign", "shelling"},
    "explosion": {"bombing"},
    "chemical and toxic gases": {"chemical_attack"},
    "shooting": {"attack_on_civilians", "clashes"},
    "execution": {"attack_on_civilians"},
}
LEAD_SENTENCES = 3
METRICS = ("pubdate", "pubdate=crowd", "province", "perpetrator", "type", "toll")


def main_violent_event(analysis: Analysis) -> Event | None:
    """The violent event (not denied or hypothetical) with the most deaths; the first one when none has a toll.
    A war-wide total read as an event ("has killed more than 300,000 since 2011") would win here: so this
    measure also checks that background totals are gone."""
    violent = _violent(analysis)
    if not violent:
        return None
    return max(violent, key=_toll)  # max keeps the first of equals: the earliest told


def lead_violent_event(analysis: Analysis) -> Event | None:
    """The earlier definition (``--main lead``): among the violent events of the headline and lead (first three
    sentences) if any, else all, the first with a death toll; if none has one, the first, with the first later
    event of its type that has a toll standing in for it."""
    violent = _violent(analysis)
    if not violent:
        return None
    lead_end = analysis.sentences[min(LEAD_SENTENCES, len(analysis.sentences)) - 1].end if analysis.sentences else 0
    pool = [e for e in violent if e.evidence_end <= lead_end] or violent
    with_toll = [e for e in pool if _toll(e)]
    if with_toll:
        return with_toll[0]
    later = [e for e in violent if e.type == pool[0].type and _toll(e)]
    return later[0] if later else pool[0]


def _violent(analysis: Analysis) -> list[Event]:
    types = default_dictionaries().types
    return [e for e in analysis.events if types[e.type].violent and e.status not in ("denied", "hypothetical")]


def _toll(event: Event) -> int:
    f = event.fatalities
    return 0 if f is None else (f.best or f.high or f.low or 0)


MAIN_EVENT = {"most-deaths": main_violent_event, "lead": lead_violent_event}


def _sides(event: Event) -> set[str]:
    actors = [a for a in event.actors if a.role == "agent"] or [
        a for a in event.actors if a.role != "target" and a.kind not in BYSTANDER_KINDS]
    return {a.name for a in actors} | {a.acts_for for a in actors if a.acts_for}


def stated_figure(text: str) -> int | None:
    """The number as written in the toll ("more than 40 people" -> 40): the crowd notes the figure it reads."""
    found = re.search(r"\d[\d,]*", text)
    return int(found.group().replace(",", "")) if found else None


def toll_matches(low: int | None, best: int | None, high: int | None, toll: int, text: str = "") -> bool:
    if text and stated_figure(text) == toll:
        return True
    if best is not None:
        return best == toll
    if low is None and high is None:
        return toll == 0
    return (low is None or low <= toll) and (high is None or toll <= high)


@dataclass
class Verdicts:
    """True/False per metric, None where the crowd fact is unknown."""

    pubdate: bool | None
    pubdate_crowd: bool | None
    province: bool | None
    perpetrator: bool | None
    type: bool | None
    toll: bool | None


def judge_extraction(row: dict, analysis: Analysis, main_event=main_violent_event) -> tuple[Verdicts, dict]:
    facts = row["facts"]
    event = main_event(analysis)
    crowd_toll = int(facts.get("civilians") or 0) + int(facts.get("noncivilians") or 0)
    fatal = event.fatalities if event else None
    detail = {
        "published": str(analysis.published), "event": event.summary if event else None,
        "type": event.type if event else None, "admin1": event.location.admin1 if event and event.location else None,
        "actors": sorted(_sides(event)) if event else [], "toll": [fatal.low, fatal.best, fatal.high] if fatal else None,
        "evidence": event.evidence[:300] if event else None,
    }
    verdicts = Verdicts(
        pubdate=analysis.published is not None,
        pubdate_crowd=str(analysis.published) == facts["date"],
        province=bool(event and event.location and event.location.admin1 in PROVINCES.get(facts["location"], set())),
        perpetrator=None if facts["actor"] not in PERPETRATORS else bool(event and _sides(event) & PERPETRATORS[facts["actor"]]),
        type=None if facts["cause"] not in CAUSES else bool(event and event.type in CAUSES[facts["cause"]]),
        toll=toll_matches(fatal.low, fatal.best, fatal.high, crowd_toll, fatal.text) if fatal else crowd_toll == 0,
    )
    return verdicts, detail


# ------------------------------------------------------------------ the keyword baseline

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
BASE_DATE = re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\s+(\d{{4}})\b|\b({MONTHS})\s+(\d{{1,2}})\s+(\d{{4}})\b", re.I)
BASE_PROVINCE = {"aleppo": "aleppo", "damascus": "damascus", "ghouta": "damascus", "idlib": "idlib", "idleb": "idlib",
                 "deir ez": "deir ezzor", "deir ezzor": "deir ezzor", "deir al-zo": "deir ezzor", "raqqa": "raqqa",
                 "homs": "homs", "hasak": "hasakeh", "hassak": "hasakeh", "hama": "hama", "daraa": "daraa", "deraa": "daraa",
                 "latakia": "lattakia", "lattakia": "lattakia", "quneitra": "quneitra", "tartus": "tartous", "tartous": "tartous"}
BASE_ACTOR = {"regime": "syrian government or russian troops", "russian": "syrian government or russian troops",
              "syrian army": "syrian government or russian troops", "coalition": "international coalition forces",
              "islamic state": "the organization of the islamic state in iraq and the levant - isis",
              "isis": "the organization of the islamic state in iraq and the levant - isis",
              "daesh": "the organization of the islamic state in iraq and the levant - isis",
              "rebels": "armed opposition groups", "terrorists": "armed opposition groups", "nusra": "al-nusra front",
              "sdf": "self administration forces", "ypg": "self administration forces"}
BASE_CAUSE = {"airstrike": "shelling", "air strike": "shelling", "shelling": "shelling", "barrel bomb": "shelling",
              "rocket": "shelling", "bomb": "explosion", "blast": "explosion", "explosion": "explosion", "chemical": "chemical and toxic gases",
              "chlorine": "chemical and toxic gases", "gas": "chemical and toxic gases", "shot": "shooting", "sniper": "shooting",
              "execut": "execution", "behead": "execution"}
BASE_TOLL = re.compile(r"\b(\d+)\s+(?:\w+\s+){0,3}?(?:killed|dead|died)\b|\bkill(?:ed|ing|s)\s+(\d+)\b", re.I)


def _first_keyword(text: str, table: dict[str, str]) -> str | None:
    lowered = text.lower()
    hits = [(lowered.find(k), v) for k, v in table.items() if k in lowered]
    return min(hits)[1] if hits else None


def judge_baseline(row: dict) -> Verdicts:
    facts, text = row["facts"], row["text"]
    found = BASE_DATE.search(text)
    published = None
    if found:
        months = MONTHS.split("|")
        try:
            if found.group(1):
                published = date(int(found.group(3)), months.index(found.group(2).lower()) + 1, int(found.group(1)))
            else:
                published = date(int(found.group(6)), months.index(found.group(4).lower()) + 1, int(found.group(5)))
        except ValueError:
            published = None
    toll = BASE_TOLL.search(text)
    number = int(toll.group(1) or toll.group(2)) if toll else 0
    crowd_toll = int(facts.get("civilians") or 0) + int(facts.get("noncivilians") or 0)
    return Verdicts(
        pubdate=published is not None,
        pubdate_crowd=str(published) == facts["date"],
        province=_first_keyword(text, BASE_PROVINCE) == facts["location"],
        perpetrator=None if facts["actor"] not in PERPETRATORS else _first_keyword(text, BASE_ACTOR) == facts["actor"],
        type=None if facts["cause"] not in CAUSES else _first_keyword(text, BASE_CAUSE) == facts["cause"],
        toll=number == crowd_toll,
    )


def _share(verdicts: list[Verdicts], metric: str) -> tuple[float, int]:
    values = [getattr(v, metric.replace("=", "_")) for v in verdicts if getattr(v, metric.replace("=", "_")) is not None]
    return (sum(values) / len(values) if values else 0.0), len(values)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate fakes", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", type=Path, help="write one JSON line per article with the verdicts and what was found")
    parser.add_argument("--main", choices=sorted(MAIN_EVENT), default="most-deaths",
                        help="which violent event is the article's main one (default: the one with the most deaths)")
    args = parser.parse_args(argv)
    try:
        rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{args.corpus}: cannot read FA-KES corpus: {exc}", file=sys.stderr)
        return 2
    ours, base, details = [], [], []
    event_count = 0
    for row in rows:
        analysis = analyse(Article(text=row.get("text", ""), published=None, title=row.get("title", ""), url=row.get("url", ""),
                                   source=row.get("source", ""), origin=str(args.corpus)))
        event_count += len(analysis.events)
        verdicts, detail = judge_extraction(row, analysis, MAIN_EVENT[args.main])
        ours.append(verdicts)
        base.append(judge_baseline(row))
        details.append({"url": row.get("url"), "facts": row["facts"], "verdicts": verdicts.__dict__, **detail})
    goals = {"pubdate": 0.95, "pubdate=crowd": float("nan"), "province": 0.90, "perpetrator": 0.80, "type": 0.80, "toll": 0.75}
    print(f"FA-KES agreement over {len(rows)} articles (no publication date given; main event: {args.main})")
    print(f"{'metric':<13} {'extraction':>10} {'baseline':>9} {'goal':>6} {'articles':>9}")
    for metric in METRICS:
        share, count = _share(ours, metric)
        base_share, _ = _share(base, metric)
        print(f"{metric:<13} {share:>10.3f} {base_share:>9.3f} {goals[metric]:>6.2f} {count:>9}")
    # Fewer is not better by itself: a timeline wants each event once, not every "said" and every retelling.
    print(f"events per article: {event_count / len(rows):.1f} ({event_count} events)" if rows else "events per article: -")
    if args.errors:
        args.errors.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in details), encoding="utf-8")
    return 0
