"""Synthetic corpus: N articles made from the bundled ones, written as JSONL shards. No downloads.

    python -m events.bench corpus --articles N [--output DIR] [--seed S] [--shard-size 1000]

In: the bundled articles (data/articles: articles.jsonl and the seed .txt) and the swap lists in
corpus_swaps.toml. Out: DIR/corpus-00000.jsonl, ... with columns title, published, text, url, source.

Article i copies bundled article ``i % len(bundled)``, swaps actor and place names within each
group of corpus_swaps.toml (one random permutation per group and article), and shifts the
publication date by a whole number of weeks, so "said Sunday" still falls on a Sunday and relative
expressions resolve to shifted dates. Articles without a publication date keep none (extraction
reads it from the text). Each URL gets a ``#synthetic-SEED-I`` fragment so every article is new
to the store. The same seed gives byte-identical shards.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from events.extract.records import Article

SWAPS_FILE = Path(__file__).with_name("corpus_swaps.toml")
DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "out" / "corpus"
SHARD_PATTERN = "corpus-{:05d}.jsonl"
#: Largest publication-date shift, in weeks either way (about two years).
MAX_SHIFT_WEEKS = 104


@dataclass(frozen=True)
class SwapGroup:
    """Interchangeable members; ``members[i][j]`` is form j (noun, adjective, ...) of member i."""

    name: str
    members: tuple[tuple[str, ...], ...]


def load_swap_groups(path: Path = SWAPS_FILE) -> tuple[SwapGroup, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    groups = []
    for number, raw in enumerate(data.get("group", []), start=1):
        members = tuple(tuple(member) for member in raw["members"])
        widths = {len(member) for member in members}
        if len(widths) != 1:
            raise ValueError(f"{path}: group {number} ({raw.get('name')}): every member needs the same number of forms")
        groups.append(SwapGroup(raw["name"], members))
    return tuple(groups)


def swap_mapping(group: SwapGroup, permutation: list[int]) -> dict[str, str]:
    """Form j of member i -> form j of member permutation[i]."""
    return {
        form: group.members[target][j]
        for source, target in enumerate(permutation)
        for j, form in enumerate(group.members[source])
    }


def apply_swaps(text: str, mapping: dict[str, str]) -> str:
    """Replace whole-word occurrences of ``mapping``'s keys in one pass (so swaps never chain)."""
    if not mapping:
        return text
    names = sorted(mapping, key=len, reverse=True)  # longest first: "Deir ez-Zor" before any shorter name
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])")
    return pattern.sub(lambda match: mapping[match.group(0)], text)


def synthetic_article(base: Article, index: int, seed: int, groups: tuple[SwapGroup, ...]) -> dict:
    """The JSONL row of synthetic article ``index`` built from ``base``."""
    rng = random.Random(f"{seed}:{index}")
    mapping: dict[str, str] = {}
    for group in groups:
        permutation = list(range(len(group.members)))
        rng.shuffle(permutation)
        mapping.update(swap_mapping(group, permutation))
    shift = timedelta(weeks=rng.randint(-MAX_SHIFT_WEEKS, MAX_SHIFT_WEEKS))
    url = base.url or f"synthetic://{base.title or 'article'}"
    return {
        "title": apply_swaps(base.title, mapping),
        "published": (base.published + shift).isoformat() if base.published else None,
        "text": apply_swaps(base.text, mapping),
        "url": f"{url}#synthetic-{seed}-{index}",
        "source": base.source,
    }


def bundled_bases() -> list[Article]:
    from events.store.bundled import bundled_articles  # late: the store is only needed for its article list

    return bundled_articles()


def generate(articles: int, seed: int = 0, bases: list[Article] | None = None) -> Iterator[dict]:
    if articles < 0:
        raise ValueError(f"--articles must be 0 or more, got {articles}")
    bases = bases if bases is not None else bundled_bases()
    if not bases:
        raise ValueError("no bundled articles to build a corpus from")
    groups = load_swap_groups()
    for index in range(articles):
        yield synthetic_article(bases[index % len(bases)], index, seed, groups)


def write_corpus(output: Path, articles: int, seed: int = 0, shard_size: int = 1000) -> list[Path]:
    """Write the shards (replacing earlier corpus-*.jsonl in ``output``); returns their paths."""
    if shard_size < 1:
        raise ValueError(f"--shard-size must be at least 1, got {shard_size}")
    if output.exists() and not output.is_dir():
        raise ValueError(f"--output {output} is a file, not a directory")
    output.mkdir(parents=True, exist_ok=True)
    for stale in output.glob("corpus-*.jsonl"):
        stale.unlink()
    shards: list[Path] = []
    handle = None
    try:
        for index, row in enumerate(generate(articles, seed)):
            if index % shard_size == 0:
                if handle:
                    handle.close()
                shards.append(output / SHARD_PATTERN.format(len(shards)))
                handle = shards[-1].open("w", encoding="utf-8")
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    return shards


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="number of articles to write")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"directory (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same corpus (default 0)")
    parser.add_argument("--shard-size", type=int, default=1000, help="articles per JSONL shard (default 1000)")
    args = parser.parse_args(argv)
    try:
        shards = write_corpus(args.output, args.articles, args.seed, args.shard_size)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{args.articles} articles in {len(shards)} shards written to {args.output}")
    return 0
