"""Rule data -> compiled regexes. Reads events/temporal/rules/*.toml once (cached).

In: the TOML files (tables.toml: word tables; en.toml: macros, tense words, rules; publication.toml).
Out: ``RuleSet``: one ``Rule`` per [[rules]] entry (its own compiled regex), an index from the first
characters a match can start with to the rules worth trying there, and the trigger regex that finds
those places; all built once per process (a fraction of a second).
A malformed rule file raises ValueError naming the file and the rule.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from events.temporal.caseless import Caseless
from events.temporal.starts import ANY, normalise, start_keys, trigger
from events.temporal.tense import clause_end

RULES_DIR = Path(__file__).parent / "rules"
FLAGS = re.IGNORECASE
_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")
#: The engine, not the rules, decides that a time expression starts and ends at a word boundary.
BOUNDED = r"(?<!\w)(?:{})(?!\w)"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: str  # macros expanded
    regex: re.Pattern
    data: dict = field(default_factory=dict)
    examples: tuple = ()
    #: ``regex`` without IGNORECASE, for the lower-cased text (caseless.py), or None when it has no such twin: the
    #: tagger asks it first where the rule cannot match, which it answers without IGNORECASE's per-letter folding.
    twin: re.Pattern | None = None


@dataclass(frozen=True)
class RuleSet:
    tables: dict[str, dict]
    macros: dict[str, str]
    rules: tuple[Rule, ...]
    future: Caseless  # its matches' text is lower-cased
    past: re.Pattern
    #: prepositions that decide the tense when they come right before the expression
    future_before: re.Pattern
    past_before: re.Pattern
    #: start key (see starts.py) -> the rules whose matches may start there, in file order
    by_start: dict[str, tuple[Rule, ...]]
    #: finds the next place where some rule may start; its match is the start key
    trigger: Caseless  # starts.trigger: finds where some rule may start
    #: text the trigger matched -> the rules worth trying there; filled as texts are met
    _seen: dict = field(default_factory=dict)
    #: ends right before a future marker that a past perfect overturns ("had been due to expire")
    overturned: re.Pattern | None = None
    #: a past auxiliary that only carries a plan seen from the past ("were planning to") when a future marker follows
    auxiliary: re.Pattern | None = None
    #: a past perfect in the clause turns "by"/"until" into a past deadline ("had filed reports by Wednesday")
    perfect: re.Pattern | None = None
    #: reporting verbs: after a comma they frame the clause before it and do not date it
    reporting: frozenset = frozenset()
    #: where a clause ends: sentence punctuation, not the full stop of a title or "vs." before a name
    clause_end: re.Pattern | None = None

    def candidates(self, start: str) -> tuple[Rule, ...]:
        """Rules worth trying where the trigger matched the text ``start``: those whose start key is a
        prefix of it, in file order."""
        found = self._seen.get(start)  # the text as met: most words recur, normalising is the slow part
        if found is not None:
            return found
        key = normalise(start)
        found = self._seen.get(key)
        if found is None:
            prefixes = {key[:n] for n in range(1, len(key) + 1)}
            wanted = {rule.name for k in prefixes if k in self.by_start for rule in self.by_start[k]}
            found = tuple(rule for rule in self.rules if rule.name in wanted)
        if len(self._seen) < 100_000:  # bounded: the text's vocabulary, not its length
            self._seen[key] = self._seen[start] = found
        return found


def _load(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read rule file: {error}") from error


def alternation(words, flexible_spaces: bool = False, ignore_case: bool = False) -> str:
    """Words -> one regex alternation, longest first (so "air strikes" wins over "air"); one that never matches when
    there are none. ``flexible_spaces``: a space in a word matches any run of white space ("air  strikes").
    ``ignore_case``: for a pattern run only with IGNORECASE (or as a ``Caseless``), where a word's case changes nothing:
    the words are lower-cased, so "President" and "president of" share one trie.

    Written as a trie ("air(?:\\s+strikes?)?" for "air", "air strike", "air strikes"): the engine tries the words
    sharing an opening once, not each word at every position, and matches exactly what the list of the words, longest
    first, matches (see ``_trie``)."""
    if flexible_spaces:
        pieces = {tuple(_spaced(word)) for word in words}
    else:
        pieces = {tuple(re.escape(char) for char in word) for word in words}
    if ignore_case and all(piece.isascii() for word in pieces for piece in word):
        pieces = {tuple(piece.lower() for piece in word) for word in pieces}
    return _trie(pieces) or _flat(pieces)


def _spaced(word: str):
    """The regex pieces of one word with flexible spaces: each character escaped, each space run one ``\\s+``."""
    for index, token in enumerate(word.split()):
        if index:
            yield r"\s+"
        yield from (re.escape(char) for char in token)


def _flat(pieces: set[tuple[str, ...]]) -> str:
    """The words as a plain alternation, longest first: where a trie could change what matches, or there are none."""
    return "|".join(sorted(("".join(p) for p in pieces), key=lambda alternative: (-len(alternative), alternative))) or "(?!)"


def _trie(pieces: set[tuple[str, ...]]) -> str | None:
    """The words (tuples of regex pieces: an escaped character or ``\\s+``) as nested alternations sharing their
    openings; None when there are none, or a word is not ASCII, or two pieces at one branching differ only in case.

    Exact: at one position the words that match are each other's openings (two pieces at a branching never match the
    same character: distinct ASCII characters apart from case, and ``\\s+`` against characters no word holds, as
    spaces became ``\\s+`` or are escaped), and the list longest first tries them longest first; the trie does too,
    a longer word's continuation before the shorter word's end (a greedy ``?``)."""
    if not pieces or not all(piece.isascii() for word in pieces for piece in word):
        return None
    root: dict = {}
    for word in pieces:
        node = root
        for piece in word:
            node = node.setdefault(piece, {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str | None:
        branches = sorted(piece for piece in node if piece)
        if len({piece.lower() for piece in branches}) < len(branches):
            return None  # "A" and "a": under IGNORECASE both match, so the order of the words would decide
        parts = []
        for piece in branches:
            rest = written(node[piece])
            if rest is None:
                return None
            parts.append(piece + rest)
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return written(root)


def table_alternation(words) -> str:
    """Keys -> regex alternation, longest first so that "a couple of" wins over "a"."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def expand(pattern: str, macros: dict[str, str], where: str) -> str:
    for _ in range(10):  # macros may use macros; ten levels is far more than needed
        if not _MACRO.search(pattern):
            return pattern
        def substitute(match: re.Match) -> str:
            name = match.group(1)
            if name not in macros:
                raise ValueError(f"{where}: unknown macro {{{name}}}")
            return macros[name]
        pattern = _MACRO.sub(substitute, pattern)
    raise ValueError(f"{where}: macros nest too deep")


def build_macros(tables: dict[str, dict], defined: dict[str, str]) -> dict[str, str]:
    macros = {name.upper(): table_alternation(words) for name, words in tables.items()}
    macros.update(defined)
    return macros


def compile_rules(raw_rules: list[dict], macros: dict[str, str], source: str, bounded: bool = True) -> tuple[Rule, ...]:
    rules = []
    seen = set()
    for index, raw in enumerate(raw_rules):
        name = raw.get("name") or f"#{index}"
        where = f"{source} rule {name}"
        for key in ("name", "kind", "pattern"):
            if not isinstance(raw.get(key), str):
                raise ValueError(f"{where}: missing or non-string '{key}'")
        if name in seen:
            raise ValueError(f"{where}: duplicate rule name")
        seen.add(name)
        pattern = expand(raw["pattern"], macros, where)
        try:
            regex = re.compile(BOUNDED.format(pattern) if bounded else pattern, FLAGS)
        except re.error as error:
            raise ValueError(f"{where}: bad pattern: {error}") from error
        examples = tuple(tuple(example) for example in raw.get("examples", ()))
        twin = Caseless(regex.pattern, regex.flags).lower
        rules.append(Rule(name, raw["kind"], pattern, regex, dict(raw.get("data", {})), examples, twin))
    return tuple(rules)


@lru_cache(maxsize=None)
def load_tables() -> dict[str, dict]:
    return _load(RULES_DIR / "tables.toml")


@lru_cache(maxsize=None)
def english_macros() -> dict[str, str]:
    return build_macros(load_tables(), _load(RULES_DIR / "en.toml").get("macros", {}))


@lru_cache(maxsize=None)
def english() -> RuleSet:
    path = RULES_DIR / "en.toml"
    raw = _load(path)
    tables = load_tables()
    macros = english_macros()
    rules = compile_rules(raw.get("rules", []), macros, path.name)
    tense = raw.get("tense", {})
    future = _caseless_markers(tense.get("future", []))
    past = _marker_regex(tense.get("past", []), tense.get("past_pattern"))
    # "will be held", "to be killed": a participle after "be" takes the tense of what comes before it.
    past = re.compile(r"(?<!\bbe\s)(?:" + past.pattern + ")")
    future_before = _right_before(tense.get("future_before", []))
    past_before = _right_before(tense.get("past_before", []))
    by_start = index_rules(rules)
    overturned = _optional_regex(tense.get("overturned"), r"\Z")
    auxiliary = _optional_regex(tense.get("auxiliary"))
    perfect = _optional_regex(tense.get("perfect"))
    return RuleSet(tables, macros, rules, future, past, future_before, past_before, by_start,
                   trigger(set(by_start)), overturned=overturned, auxiliary=auxiliary, perfect=perfect,
                   reporting=frozenset(word.lower() for word in tense.get("reporting", [])),
                   clause_end=clause_end(tense.get("abbreviations", [])))


def _optional_regex(pattern: str | None, suffix: str = "") -> re.Pattern | None:
    """A case-insensitive regex of [tense] (whole words), or None when the rule file leaves it out."""
    if not pattern:
        return None
    try:
        return re.compile(r"(?<!\w)(?:" + pattern + ")" + suffix, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"en.toml [tense]: bad pattern {pattern!r}: {error}") from error


def _right_before(words: list[str]) -> re.Pattern:
    """Matches one of ``words`` followed only by spaces (and "on"/"the") up to where the search ends."""
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?:\s+(?:on|the|mid|early|late))?\s+\Z", re.IGNORECASE)


_NOT_A_NOUN_AFTER = r"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)"


def _marker_parts(words: list[str]) -> list[str]:
    """Tense marker words as regexes meant to ignore case: whole words, and "'ll" that may follow a letter."""
    # "agreed to withdraw by Friday" looks ahead; "agreed to the possibility of a truce Saturday" does not
    plain = [w + _NOT_A_NOUN_AFTER if re.search(r"\bto$", w) else w for w in words if w[:1].isalnum()]
    clitics = [w for w in words if not w[:1].isalnum()]
    parts = [r"(?<!\w)(?:" + "|".join(plain or ["(?!)"]) + r")(?!\w)"]
    if clitics:
        parts.append(r"(?:" + "|".join(clitics) + r")(?!\w)")
    return parts


def _marker_regex(words: list[str], pattern: str | None = None) -> re.Pattern:
    """Tense marker words (case-insensitive) plus an optional case-sensitive pattern (e.g. lower-case words ending in
    -ed)."""
    parts = [f"(?i:{part})" for part in _marker_parts(words)]
    if pattern:
        parts.append(r"(?<!\w)(?P<weak>" + pattern + r")(?!\w)")
    return re.compile("|".join(parts))


def _caseless_markers(words: list[str]) -> Caseless:
    """Tense marker words with no case-sensitive part: run on the lower-cased text (same spans, text lower-cased), as an
    IGNORECASE choice of some sixty words tried at every position of a clause was most of what a tense cost."""
    return Caseless("|".join(f"(?:{part})" for part in _marker_parts(words)))


def index_rules(rules: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    """Start key -> rules (starts.py reads each pattern's possible first words from Python's regex parser)."""
    index: dict[str, list[Rule]] = {}
    for rule in rules:
        keys = start_keys(rule.pattern, FLAGS)
        if ANY in keys:
            raise ValueError(f"en.toml rule {rule.name}: may start with any letter; begin it with words written out")
        for key in keys:
            index.setdefault(key, []).append(rule)
    return {key: tuple(found) for key, found in index.items()}
