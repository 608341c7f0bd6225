"""Cleaning: article text in, the spans worth reading and the page chrome dropped out.

    clean(text, dictionaries, cut=()) -> Cleaned(kept=[(start, end), ...], dropped=[Sentence, ...])

Offsets always index the original text. Dropped, by rules in data/dictionaries/cues.toml [chrome]:
page-furniture lines ("Live", "facebook", "Post with no comments."), photo captions ("... | Photo:
Reuters") and bullet lines repeating them, short bullet menu items, headlines of linked articles
(a short title-case line with no final punctuation standing alone between paragraphs), "Tags ..."
keyword runs glued into scraped text, inline widgets ("Get short URL 0 15"), glued photo captions and source
lines ("... city of Idlib September 10 2016.", "Source TRTWorld and agencies": tried only on a line a cheap gate
finds their tail in), and any spans the caller cuts (the publication dateline).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from functools import lru_cache

import ahocorasick  # does a line hold one of the inline rules' strings: one walk

from events.extract.dictionaries import WordStartPattern
from events.extract.records import Sentence
from events.temporal.caseless import required_literals

BULLET = re.compile(r"^[\s•·*▪◦●\-–]+")
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "is", "are", "be"}
# The first words of a real sentence after a "Tags" keyword run.
SENTENCE_OPENER = re.compile(
    r"\b(?:The|A|An|At least|More than|Dozens|Hundreds|Scores|Several|Some)\s+(?=\S)"
    r"|\b(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|"
    r"Nineteen|Twenty|Thirty|Forty|Fifty)\s+(?=\S)"
    r"|\b(?:Syrian troops|Syrian government|Syrian regime|\d+)\s+(?=[a-z0-9])"
    r"|(?<=[.!?] )(?=[A-Z])"
)
# A keyword run is short: the article text resumes within this many characters.
TAGS_SPAN = 300


@dataclass(frozen=True)
class Cleaned:
    kept: tuple[tuple[int, int], ...]
    dropped: tuple[Sentence, ...]


class Spans(tuple):
    """Kept spans in text order, indexed once so that ``inside`` is a binary search, not a scan: a long text has
    thousands of spans and is asked about every mention, which made the scan quadratic."""

    @cached_property
    def _index(self) -> tuple[list[int], list[int]] | None:
        starts = [s for s, _ in self]
        if any(a > b for a, b in zip(starts, starts[1:])):
            return None  # not in text order: ``inside`` scans as it always did
        reach, furthest = [], -1
        for _, e in self:
            furthest = max(furthest, e)
            reach.append(furthest)
        return starts, reach


def inside(kept: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Does text[start:end] lie within one kept span? (``clean`` returns them in text order.)"""
    index = kept._index if isinstance(kept, Spans) else None
    if index is not None:
        count = bisect.bisect_right(index[0], start)
        return count > 0 and index[1][count - 1] >= end
    for s, e in kept:
        if s <= start:
            if end <= e:
                return True
        else:
            return False
    return False


@lru_cache(maxsize=8)
def _rules(chrome_lines: tuple[str, ...], caption: str, tags: str) -> tuple[re.Pattern, re.Pattern, WordStartPattern]:
    lines = re.compile("|".join(f"(?:{rule})" for rule in chrome_lines) or r"(?!)", re.IGNORECASE)
    return lines, re.compile(caption or r"(?!)"), WordStartPattern(tags or r"(?!)")


@lru_cache(maxsize=64)  # the three chrome lists, and the few subsets of the inline rules that lines hold strings of
def _inline_rule(rules: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{rule})" for rule in rules) or r"(?!)")


def _possible_rules(rules: tuple[str, ...], text: str, start: int, end: int) -> tuple[str, ...]:
    """The rules that can match in text[start:end]: a rule none of whose required strings the range holds matches
    nowhere in it, so the choice of the others finds the same matches as the choice of all."""
    return tuple(rule for rule in rules if (needs := required_literals(rule)) is None
                 or any(text.find(literal, start, end) >= 0 for literal in needs))


@lru_cache(maxsize=8)
def _any_of(literals: tuple[str, ...]):
    """An automaton of ``literals``: does a range hold one of them, in one walk (``_holds``)."""
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


def _holds(automaton, text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold one of the automaton's strings? What ``any(text.find(s, start, end) >= 0 ...)`` says."""
    end = min(end, len(text))  # never past the text: pyahocorasick does not check its end argument
    return start < end and next(automaton.iter(text, start, end), None) is not None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_headline(line: str) -> bool:
    """A linked article's title: short, title case, no final punctuation."""
    words = line.split()
    if not 2 <= len(words) <= 14 or line[-1] in '.!?:;,"”\'’)':
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75 and not any(ch.isdigit() for ch in line)


def clean(text: str, dictionaries, cut: tuple[tuple[int, int], ...] = ()) -> Cleaned:
    chrome = dictionaries.cues.get("chrome", {})
    line_rule, caption_rule, tags_rule = _rules(tuple(chrome.get("lines", ())), chrome.get("caption", ""), chrome.get("tags", ""))
    spans = _lines(text)
    dropped: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] = []
    captions: list[str] = []
    bodies: list[tuple[int, int, str, bool, bool]] = []  # start, end, stripped text, had a bullet, is a caption
    for start, end in spans:
        raw = text[start:end]
        bullet = BULLET.match(raw)
        body = raw[bullet.end():] if bullet else raw.lstrip()
        body_start = end - len(body)
        body = body.rstrip()
        if not body:
            continue
        captioned = caption_rule.search(body) is not None
        bodies.append((body_start, body_start + len(body), body, bool(bullet and bullet.group().strip()), captioned))
        if captioned:
            captions.append(caption_rule.split(body)[0].strip())
    for index, (start, end, body, bulleted, captioned) in enumerate(bodies):
        if line_rule.fullmatch(body) or captioned:
            dropped.append((start, end))
        elif bulleted and (len(body.split()) <= 4 or any(c and c.startswith(body.rstrip(". ")) for c in captions)):
            dropped.append((start, end))
        elif _alone(text, start, end) and _is_headline(body) and index > 0 and index < len(bodies) - 1:
            dropped.append((start, end))
        else:
            kept.append((start, end))
    kept, tag_runs = _cut_tags(text, kept, tags_rule)
    dropped.extend(tag_runs)
    inline_rules = tuple(chrome.get("inline", ()))
    inline = _inline_rule(inline_rules)
    glued, gate = _inline_rule(tuple(chrome.get("glued", ()))), _inline_rule(tuple(filter(None, [chrome.get("glued_gate", "")])))
    needs = required_literals(inline.pattern)
    needed = _any_of(needs) if needs else None  # one walk of the line, not a find for each of some seventeen strings
    for start, end in list(kept):
        # A line holding none of the strings every inline rule needs is not scanned (the rules are tried at every position);
        # one holding some is scanned with only the rules whose own strings it holds (a "(" asks for one rule, not twenty).
        if needed is None or _holds(needed, text, start, end):
            matches = list(_inline_rule(_possible_rules(inline_rules, text, start, end)).finditer(text, start, end))
        else:
            matches = []
        if gate.search(text, start, end):  # the scan from each sentence start only where a tail of it is seen
            matches += glued.finditer(text, start, end)
        for match in matches:
            if match.end() > match.start():
                kept = _subtract(kept, match.start(), match.end())
                dropped.append((match.start(), match.end()))
    for cut_start, cut_end in cut:
        kept = _subtract(kept, cut_start, cut_end)
        dropped.append((cut_start, cut_end))
    kept = [(s, e) for s, e in kept if text[s:e].strip()]
    return Cleaned(Spans(kept), tuple(Sentence(s, e, text[s:e]) for s, e in sorted(set(dropped)) if e > s))


def _alone(text: str, start: int, end: int) -> bool:
    """The line stands as its own paragraph: a blank line (or the text's edge) before and after it."""
    # Only the whitespace around the line is looked at, not copies of the text before and after it: a long text
    # has thousands of lines, and copying made this quadratic.
    tabbed = start  # text[tabbed:start] is the spaces and tabs before the line
    while tabbed > 0 and text[tabbed - 1] in " \t":
        tabbed -= 1
    blank = start  # text[blank:start] is all the whitespace before it
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    trailing = end  # text[end:trailing] is all the whitespace after it
    while trailing < len(text) and text[trailing].isspace():
        trailing += 1
    before_alone = (tabbed == 0 or tabbed >= 2 and text[tabbed - 2:tabbed] == "\n\n"
                    or text[tabbed - 1] == "\n" and blank == 0 or text.count("\n", blank, start) >= 2)
    return before_alone and (trailing == len(text) or text.count("\n", end, trailing) >= 2)


def _subtract(spans: list[tuple[int, int]], cut_start: int, cut_end: int) -> list[tuple[int, int]]:
    result = []
    for start, end in spans:
        if cut_end <= start or cut_start >= end:
            result.append((start, end))
            continue
        if start < cut_start:
            result.append((start, cut_start))
        if cut_end < end:
            result.append((cut_end, end))
    return result


def _cut_tags(text: str, kept: list[tuple[int, int]], tags_rule: WordStartPattern) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    runs = []
    for start, end in kept:
        for match in tags_rule.finditer(text, start, end):
            # A "Tags" run is followed by keywords: title-case words, no sentence punctuation soon after the word.
            resume = _tags_end(text, match.end(), end, start)
            if resume is not None:
                runs.append((match.start(), resume))
    for run in runs:
        kept = _subtract(kept, *run)
    return kept, runs


def _tags_end(text: str, after: int, limit: int, span_start: int) -> int | None:
    window = text[after:min(limit, after + TAGS_SPAN)]
    if not window.startswith(" ") or not window[1:2].isupper():
        return None
    resumes = []
    # The lead is often repeated right after the keywords: resume where the article's first words recur ...
    lead_words = re.findall(r"\S+", text[span_start:after])
    for index in range(0, max(0, len(lead_words) - 4)):
        if not lead_words[index][:1].isupper():
            continue  # resume at a capitalised word, never mid-phrase
        probe = " ".join(lead_words[index:index + 4])
        position = window.find(probe) if len(probe) >= 15 else -1
        if position > 0:
            resumes.append(position)
            break
    # ... or at the first word that opens a sentence ("The", "At least", "Eleven children"), whichever comes first.
    opener = SENTENCE_OPENER.search(window, 1)
    if opener:
        resumes.append(opener.start())
    return after + min(resumes) if resumes else None
