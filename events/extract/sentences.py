"""Sentences and clauses: kept spans of an article in, ``Sentence`` records (offsets into the article) out.

    split_sentences(text, kept, dictionaries) -> list[Sentence]
    clauses(sentence, dictionaries) -> list[(start, end)]
    asides(sentence, dictionaries) -> list[(start, end)]

A full stop ends a sentence unless it closes an abbreviation from cues.toml ("U.S.", "Sept.", "Gen."),
an initial ("J.", "P.J." unless a typical opener follows) or a number ("3.5"); closing quotes and brackets after the stop stay with the
sentence. "U.S." still ends a sentence when the next word is a typical sentence opener ("The", "It"). A stop after a word
all in lower case ends a sentence before a word in lower case or with no space ("says. the coalition", "family.The regime").
Clauses split a sentence at semicolons and dashes, and before the words listed in cues.toml
[clauses] after a comma (", with Russia launching ...", ", who last week called ..."). A run-on longer than
MAX_SENTENCE_CHARS is cut into pieces at commas, so no text costs the square of its length.
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.extract.records import Sentence
from events.temporal.caseless import Caseless, lowered
from events.temporal.ruleset import alternation

# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a set of characters lets the engine skip to them (one
# opening with a repeat is tried at every position of the text).
BOUNDARY = re.compile(r"([.!?][.!?]*)([\"”’')\]]*)(\s+)(?=(?:``|[\"“‘(\[])?[A-Z0-9])")
# Scraped pages drop the capital or the space after a full stop ("... the monitor says. the international coalition ...",
# "... by the Assad family.The regime ..."): a stop closing a word all in lower case ends a sentence before a word in lower
# case, or before a capitalised word with no space between. Abbreviations keep a capital ("Bancorp. for") or an inner
# stop ("a.m. ten days", "non-U.S. capital"), URLs a slash or a dot ("reuters.com"), so the word before is checked too.
LOWER_BOUNDARY = re.compile(r"\.(?<=[a-z][a-z]\.)([\"”’')\]]*)(?:(\s+)(?=(?:``|[\"“‘(\[])?[a-z])|(?=[A-Z][a-z]*\b))")
LOWER_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
INITIAL = re.compile(r"[A-Z]\.")  # "J. Doe"
# The word after a period, matched in place (a copy of the rest of the text for each period cost more than the match).
FOLLOWING_WORD = re.compile(r"(?:``|[\"“‘(\[])?(\w+)")
OPENERS = {"The", "It", "He", "She", "They", "This", "That", "These", "Those", "In", "On", "At", "But", "A", "An", "We", "I",
           "Its", "Their", "His", "Her", "Meanwhile", "However", "Earlier", "Later", "According"}


@lru_cache(maxsize=8)
def _abbreviations(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=8)
def _clause_rule(after_comma: tuple[str, ...], marks: tuple[str, ...], and_placing: tuple[str, ...] = ()) -> Caseless:
    words = alternation(after_comma)
    mark = "|".join(re.escape(m) for m in marks)
    if and_placing:
        # " and following ...": two happenings placed side by side end a clause without a comma.
        placing = alternation(and_placing)
        mark = "|".join(filter(None, (mark, rf"\s+(?=and\s+(?:{placing})\b)")))
    # ", as of yesterday," and ", as well as" open no clause ("had not, as of yesterday, announced any plans").
    # One flat choice (a group around the marks would hide their opening characters): each alternative then opens
    # with a literal, and the engine skips ahead to the commas, semicolons and dashes instead of trying every position.
    return Caseless(rf",\s+(?!as\s+(?:of|well)\b)(?=(?:{words})\b)|{mark}" if words else (mark or r"(?!)"))


@lru_cache(maxsize=8)
def _aside_rule(relative: tuple[str, ...], contrast: tuple[str, ...], phrase: tuple[str, ...] = ()) -> re.Pattern:
    alternatives = []
    if relative:
        alternatives.append(rf",\s+(?P<aside>(?:{'|'.join(re.escape(w) for w in relative)})\b[^,;]*),")
    if contrast:
        # Lower case only: "Civilians But its Own Data Says" is a title's capitalised word, not a clause. "but just
        # minutes apart" joins two phrases of one clause ([clauses] phrase_contrast): no clause of its own.
        joined = rf"(?!\s+(?:{'|'.join(re.escape(w) for w in phrase)})\b)" if phrase else ""
        alternatives.append(rf"(?P<rest>\b(?-i:{'|'.join(re.escape(w) for w in contrast)})\b{joined}.*)")
    return re.compile("|".join(alternatives) or r"(?!)", re.IGNORECASE | re.DOTALL)


def _holds_any(text: str, words) -> bool:
    """``any(word in text for word in words)``, as a loop: asked of every sentence, where making the generator cost
    more than the few ``in`` tests."""
    for word in words:
        if word in text:
            return True
    return False


def asides(sentence: Sentence, dictionaries) -> list[tuple[int, int]]:
    """Spans (article offsets) of one sentence that tell something of their own (cues.toml [clauses] relative and
    contrast): relative clauses set off by commas ("Brett McGurk, who was envoy until December, also criticized the
    decision" -> "who ... December") and the rest of the sentence from a contrasting "but"."""
    rule, relative, contrast = _aside_rules(dictionaries)
    if relative.search(sentence.text) is None and not _holds_any(sentence.text, contrast):
        return []  # most sentences: no relative word after a comma, no contrast word (the rule tries every position)
    return [(sentence.start + m.start(m.lastgroup), sentence.start + m.end(m.lastgroup)) for m in rule.finditer(sentence.text)]


@lru_cache(maxsize=8)
def _restrictive_rule(words: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    # "\s(?<![,\s]\s)\s*" is "(?<![,\s])\s+" (a space not after a comma or a space) written to start with a space: the
    # engine then skips to the spaces instead of trying the look-behind at every character.
    return re.compile(rf"\s(?<![,\s]\s)\s*(?P<clause>(?:{'|'.join(map(re.escape, words))})\s+"
                      rf"(?:{'|'.join(map(re.escape, verbs))}|[a-z]+ed)\b[^,;:()\"“”]*)")


def restrictive(sentence: Sentence, dictionaries) -> list[tuple[int, int]]:
    """Spans (article offsets) of relative clauses with no comma before them, opened by a relative word right before a
    verb (cues.toml [clauses] restrictive: "infighting between the insurgent groups that began Friday" -> "that began
    Friday"), up to the next comma: what a noun of it did, in its own time."""
    found = []
    for words, gate, rule in _restrictive_rules(dictionaries):
        if _holds_any(sentence.text, words) and gate.search(sentence.text):
            found += [(sentence.start + m.start("clause"), sentence.start + m.end("clause")) for m in rule.finditer(sentence.text)]
    return sorted(found)


@lru_cache(maxsize=8)
def _restrictive_rules(dictionaries) -> tuple[tuple[tuple[str, ...], re.Pattern, re.Pattern], ...]:
    """The restrictive rules of one Dictionaries, looked up once: each with its words and a gate every match passes (a
    word of it before a space; "who" as a substring is in "whole", "somehow"), which the engine finds by the words'
    first letters instead of trying the rule's look-behind at every space of the sentence."""
    cues = dictionaries.cues.get("clauses", {})
    # "that"/"which" before any verb of the list; "who" only before a past verb of its own list (no auxiliary: "will
    # discuss who is responsible" asks a question, it tells no one's act).
    return tuple((words, re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s"), _restrictive_rule(words, verbs))
                 for words, verbs in ((tuple(cues.get("restrictive", ())), tuple(cues.get("restrictive_verbs", ()))),
                                      (tuple(cues.get("restrictive_person", ())), tuple(cues.get("restrictive_person_verbs", ()))))
                 if words)


@lru_cache(maxsize=8)
def _aside_rules(dictionaries) -> tuple[re.Pattern, Caseless, tuple[str, ...]]:
    """The aside rule of one Dictionaries and its gate (_aside_gate), looked up once: ``asides`` runs for every sentence
    with a trigger, and building the cue tuples to look the rules up by cost as much as the gate's search."""
    cues = dictionaries.cues.get("clauses", {})
    relative, contrast = tuple(cues.get("relative", ())), tuple(cues.get("contrast", ()))
    return (_aside_rule(relative, contrast, tuple(cues.get("phrase_contrast", ()))), *_aside_gate(relative, contrast))


@lru_cache(maxsize=8)
def _aside_gate(relative: tuple[str, ...], contrast: tuple[str, ...]) -> tuple[Caseless, tuple[str, ...]]:
    """What every match of _aside_rule holds: a relative word right after a comma, or a contrast word as written."""
    return Caseless(rf",\s+(?:{'|'.join(re.escape(w) for w in relative)})\b" if relative else r"(?!)"), contrast


@lru_cache(maxsize=8)
def _rules(dictionaries) -> tuple[frozenset[str], Caseless, Caseless, tuple[str, ...]]:
    """Abbreviations and the clause rule of one Dictionaries, built once; with the rule without its " and following"
    part and the placing words that part needs (a sentence holding none of them, lower-cased, is cut only by the rest:
    the engine then skips ahead to its commas, semicolons and dashes instead of trying every space)."""
    cues = dictionaries.cues.get("clauses", {})
    after_comma, marks, placing = (tuple(cues.get(key, ())) for key in ("after_comma", "marks", "and_placing"))
    return (_abbreviations(tuple(dictionaries.cues.get("abbreviations", {}).get("words", ()))),
            _clause_rule(after_comma, marks, placing), _clause_rule(after_comma, marks),
            tuple(word.lower() for word in placing))


@lru_cache(maxsize=8)
def _run_on(dictionaries) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """cues.toml [abbreviations] run_on: a sentence adverb that opens a new sentence after a word with no full stop
    ("... in Aleppo City Meanwhile in Damascus city one person was injured"), before a word in lower case; with the
    adverbs, one of which, as written, follows every match (a text holding none of them is not searched)."""
    words = tuple(dictionaries.cues.get("abbreviations", {}).get("run_on", ()))
    # Written to start with a space ("(?<=[a-z])\s+" as "\s(?<=[a-z]\s)\s*"): it runs over every article's whole text,
    # and the engine skips to the spaces instead of trying the look-behind at every character.
    return (re.compile(rf"\s(?<=[a-z]\s)\s*(?=(?:{alternation(words)})\s+[a-z])") if words else None), words


def quote_open(before: str) -> bool:
    """Does ``before`` (a sentence's text up to a word) leave a quotation open: an odd count of straight quotes, or a curly
    or ``...'' quote opened after the last one closed?"""
    if before.count('"') % 2 == 1:
        return True
    return before.rfind("“") > before.rfind("”") or before.rfind("``") > before.rfind("''")


def split_sentences(text: str, kept: tuple[tuple[int, int], ...], dictionaries) -> list[Sentence]:
    abbreviations = _rules(dictionaries)[0]
    sentences: list[Sentence] = []
    run_on, run_on_words = _run_on(dictionaries)
    if run_on is not None and not any(word in text for word in run_on_words):
        run_on = None  # the match's look-ahead needs one of the adverbs inside the spans searched, so inside the text
    for span_start, span_end in kept:
        start = span_start
        for match in sorted([*BOUNDARY.finditer(text, span_start, span_end), *LOWER_BOUNDARY.finditer(text, span_start, span_end),
                             *(run_on.finditer(text, span_start, span_end) if run_on else ())], key=lambda m: m.start()):
            if match.re is run_on:
                _add(text, start, match.start(), sentences)
                start = match.end()
                continue
            if match.re is LOWER_BOUNDARY:
                token = _word_before(text, span_start, match.start())
                if LOWER_WORD.fullmatch(token) and token + "." not in abbreviations:
                    _add(text, start, match.end(1), sentences)
                    start = match.end()
                continue
            if match.group(1) == ".":
                token = _word_before(text, span_start, match.end(1))
                following = FOLLOWING_WORD.match(text, match.end(), span_end)
                next_word = following.group(1) if following else ""
                if token.lower() in abbreviations and next_word not in OPENERS:
                    continue
                if INITIAL.fullmatch(token) or (INITIALS.fullmatch(token) and next_word not in OPENERS):
                    continue  # "J. Doe"; "spokesman P.J. Crowley said" (a run of initials, like "U.S.", before no opener)
            end = match.end(2)
            _add(text, start, end, sentences)
            start = match.end()
        _add(text, start, span_end, sentences)
    if sentences:
        cut = _glued_headline(sentences[0], dictionaries)
        if cut is not None:
            first, parts = sentences[0], []
            _add(text, first.start, cut, parts)
            _add(text, cut, first.end, parts)
            sentences[:1] = parts
    return sentences


#: A word of a title: a capital or a figure first, or a name's particle before one ("al-Sham").
TITLE_WORD = re.compile(r"[\"“‘'(]*(?:[A-Z0-9&]|(?:al|el|ad|as|ar|ash|an|ibn|bin|abu)-[A-Z])")
HEADLINE_CAPITALS = 4  # capitalised words before the opener: fewer is a dateline ("KHAN SHEIKHUN Syria A suspected ...")


@lru_cache(maxsize=8)
def _glued_rules(dictionaries) -> tuple[re.Pattern | None, frozenset[str]]:
    cues = dictionaries.cues.get("abbreviations", {})
    openers = tuple(cues.get("glued_headline_openers", ()))
    return (re.compile(rf"(?:{alternation(openers)})(?=\s+\S)") if openers else None,
            frozenset(cues.get("glued_headline_small", ())))


def _glued_headline(sentence: Sentence, dictionaries) -> int | None:
    """Where the lead starts in the article's first sentence when a title-case headline runs into it with no full stop
    (cues.toml [abbreviations] glued_headline_openers): the last capitalised opener inside the sentence's leading
    title-case run, after at least HEADLINE_CAPITALS capitalised words; None when there is none."""
    openers, small = _glued_rules(dictionaries)
    if openers is None:
        return None
    capitals, cut, opener_end = 0, None, 0
    for word in re.finditer(r"\S+", sentence.text):
        token = word.group()
        if token[-1] in ".,;!?" or "," in token:
            return None  # a stop or a comma: prose or a list of names, no title
        if word.start() < opener_end:
            continue  # "than" of "More than": the opener's own word
        if TITLE_WORD.match(token):
            opener = openers.match(sentence.text, word.start())
            if capitals >= HEADLINE_CAPITALS and opener:
                cut, opener_end = word.start(), opener.end()
            capitals += 1
        elif token.lower() not in small:
            return None if cut is None else sentence.start + cut
    return None


def _word_before(text: str, span_start: int, end: int) -> str:
    """The word that ``end`` closes (from the last space, not before ``span_start``), opening quotes and brackets left off."""
    return text[max(span_start, text.rfind(" ", span_start, end) + 1):end].lstrip("(\"“‘'")


#: A sentence longer than this is cut into pieces, each ending at the last semicolon or comma before the limit (else the
#: last space). The rules look around each trigger within its sentence, so a sentence's cost grows with the square of
#: its length: a text with no full stops (a flattened table, a run-on dump) of 58,000 characters took 4 s as one
#: sentence, and a megabyte would take minutes. The longest sentence of the 1,087 corpus, gold and bundled texts has 606
#: characters, so no real sentence is cut.
MAX_SENTENCE_CHARS = 1000


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _piece_end(text: str, start: int, limit: int) -> int:
    """Where a piece of an over-long sentence from ``start`` ends, at or before ``limit``: after the last "; " or ", ",
    else at the last space, else at the limit itself."""
    mark = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
    if mark > start:
        return mark + 1
    space = text.rfind(" ", start + 1, limit)
    return space if space > start else limit


def _add(text: str, start: int, end: int, into: list[Sentence]) -> None:
    start, end = _trimmed(text, start, end)
    while end - start > MAX_SENTENCE_CHARS:
        cut = _piece_end(text, start, start + MAX_SENTENCE_CHARS)
        piece_start, piece_end = _trimmed(text, start, cut)
        if piece_end > piece_start:
            into.append(Sentence(piece_start, piece_end, text[piece_start:piece_end]))
        start, end = _trimmed(text, cut, end)
    if end > start:
        into.append(Sentence(start, end, text[start:end]))


def clauses(sentence: Sentence, dictionaries) -> list[tuple[int, int]]:
    """Clause spans (article offsets) of one sentence, in order, covering it."""
    _, rule, without_placing, placing = _rules(dictionaries)
    low = lowered(sentence.text)
    if low is not None and rule.lower is not None and not _holds_any(low, placing):
        rule = without_placing
    spans, start = [], sentence.start
    for match in rule.finditer(sentence.text):
        cut = sentence.start + match.start()
        if cut > start:
            spans.append((start, cut))
        start = sentence.start + match.end()
    spans.append((start, sentence.end))
    return [(s, e) for s, e in spans if e > s]
