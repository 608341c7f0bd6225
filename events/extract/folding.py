"""A scored fold: several weak cues that two tellings are one happening, weighed at once (data/dictionaries/folds.toml).

    load_folds(path=None) -> Folds
    Folds.score(cues) -> float | None      # None: a veto holds
    Folds.best(candidates) -> int | None   # the candidate scoring highest at or above the threshold
    Folds.words[name] -> Caseless           # folds.toml [words]: the wordings some cues read
    Folds.far_reach, Folds.one_attack       # how far back, and by which means words, a telling of one attack is scored
    Folds.label_sides                       # the generic sides' words that, like labels, may name the other's party

The cues themselves are read off the two tellings by ``narrative._fold_cues``; this module only weighs them, so the
weights stay data and can be read, changed and checked apart from the code that finds each cue.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.temporal.caseless import Caseless

FOLDS = Path(__file__).resolve().parents[2] / "data" / "dictionaries" / "folds.toml"


@dataclass(frozen=True)
class Folds:
    weights: dict[str, float]
    vetoes: frozenset[str]
    threshold: float
    reach: int
    words: dict[str, Caseless] = None  # type: ignore[assignment]
    far_reach: int = 0  # how far back a telling naming the means of one attack (one_attack) is scored
    one_attack: tuple[str, ...] = ()  # the [words] lists naming the means of one attack
    label_sides: tuple[str, ...] = ()  # the actors.toml [[side]] sides whose generic words name a party as a label does

    def score(self, cues: dict[str, bool]) -> float | None:
        """The sum of the weights of the cues that hold, or None when a veto holds."""
        if any(cues.get(name) for name in self.vetoes):
            return None
        return sum(weight for name, weight in self.weights.items() if cues.get(name))

    def best(self, candidates: list[tuple[int, dict[str, bool]]]) -> int | None:
        """Of (position, cues) pairs, nearest first, the position scoring highest at or above the threshold (the
        nearest of equals), or None."""
        found, top = None, self.threshold
        for position, cues in candidates:
            score = self.score(cues)
            if score is not None and score >= top and (found is None or score > top):
                found, top = position, score
        return found


@lru_cache(maxsize=4)
def load_folds(path: Path | None = None) -> Folds:
    table = tomllib.loads((path or FOLDS).read_text(encoding="utf-8"))
    cues = table.get("cue", {})
    for name, cue in cues.items():
        if not cue.get("example") or ("weight" in cue) == bool(cue.get("veto")):
            raise ValueError(f"folds.toml: cue {name!r} needs an example and either a weight or veto = true")
    words = {}
    for name, entry in table.get("words", {}).items():
        if not entry.get("example") or not entry.get("patterns"):
            raise ValueError(f"folds.toml: words {name!r} needs patterns and an example")
        # Any case, as Caseless gated on the words every match needs: searched in each telling weighed against several
        # before it (spans only are read).
        words[name] = Caseless("|".join(f"(?:{p})" for p in entry["patterns"]), gated=True)
    one_attack = tuple(table["fold"].get("one_attack", ()))
    if any(name not in words for name in one_attack):
        raise ValueError("folds.toml: [fold] one_attack names a list that is not in [words]")
    return Folds(weights={name: float(cue["weight"]) for name, cue in cues.items() if "weight" in cue},
                 vetoes=frozenset(name for name, cue in cues.items() if cue.get("veto")),
                 threshold=float(table["fold"]["threshold"]), reach=int(table["fold"]["reach"]), words=words,
                 far_reach=int(table["fold"].get("far_reach", table["fold"]["reach"])), one_attack=one_attack,
                 label_sides=tuple(table["fold"].get("label_sides", ())))
