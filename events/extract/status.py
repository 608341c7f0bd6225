"""Status, tense, anchoring and attribution of events: an article's cue index in, words out.

    cues = CueIndex(text, dictionaries)          one Aho-Corasick pass for all cue families over the whole text
    cues.status(sentence, clause, trigger_start, type_name) -> status
    cues.tense(clause_start, trigger_start, trigger_tense) -> "present" | "past" | "perfect" | "future" | ""
    cues.anchor(clause_start, trigger_start) -> offset after an anchoring word ("following"), or None
    cues.source(sentence, actors) -> canonical name (or written name) of who the sentence cites, or ""

Cue lists live in data/dictionaries/cues.toml. Status: the nearest denial, modal, plan, proposal, hedging
("reportedly", "claimed": "reported") or plain attribution ("said", "according to": "occurred") cue before the trigger
in its clause (at most WINDOW characters back) decides; failing that, words anywhere in the sentence that say the
account is unconfirmed ("could not be independently verified") make it "reported"; otherwise "occurred". Statements and
accusations are themselves acts that occurred: they are never "reported", and only a cue right before their verb
(SPEECH_WINDOW) gives them a status: the rest belongs to what is said.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from events.extract.matcher import PhraseMatcher, fold
from events.extract.records import ActorMention, Sentence
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation

STATUS_ORDER = ("denied", "hypothetical", "planned", "proposed", "reported", "attributed", "unconfirmed")
#: Status cues that attribute without doubting ("said", "according to"): the nearest of them before a trigger leaves the
#: event ``occurred`` (cues.toml [status] attributed).
ATTRIBUTED = "attributed"
#: Status cues said anywhere in a sentence that leave its events ``reported`` ("which could not be independently
#: verified"; cues.toml [status] unconfirmed).
UNCONFIRMED = "unconfirmed"
SPEECH_TYPES = {"statement", "accusation"}
TENSES = ("present", "past", "perfect", "future")
WINDOW = 160  # cues govern what follows them closely
SPEECH_WINDOW = 30
NAME_AFTER = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w'-]+\s?){1,5})")


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...], anchored_end: bool = False, gated: bool = False) -> Caseless:
    """``gated``: for a list that most texts searched hold none of (see ``Caseless``)."""
    body = alternation(words, flexible_spaces=True)
    return Caseless(rf"\b(?:{body})\b" + (r"(?:\s+the)?\W*$" if anchored_end else ""), gated=gated)


class _Hits:
    """Matches of one cue family over the text, sorted, for "the last one in [lo, hi)" questions."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.items = spans
        self.starts = [item[0] for item in self.items]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def last(self, lo: int, hi: int) -> tuple[int, int, str] | None:
        index = bisect.bisect_left(self.starts, hi) - 1
        return self.items[index] if index >= 0 and self.items[index][0] >= lo else None


@lru_cache(maxsize=8)
def cue_matcher(dictionaries) -> PhraseMatcher[tuple[str, str]]:
    """One Aho-Corasick automaton for all cue families, built once per Dictionaries; payload (family, label).
    Within a family a word in two lists keeps the first, in STATUS_ORDER / TENSES order."""
    cues = dictionaries.cues
    status, tense = cues.get("status", {}), cues.get("tense", {})
    anchors, attribution = cues.get("anchors", {}), cues.get("attribution", {})
    responsibility = cues.get("responsibility", {})
    lists = [("status", name, status.get(name, [])) for name in STATUS_ORDER]
    lists += [("tense", name, tense.get(name, [])) for name in TENSES]
    lists += [("anchor", "anchor", anchors.get("before_trigger", [])), ("reporting", "reporting", anchors.get("reporting_nouns", [])),
              ("before_source", "before", attribution.get("before_source", [])),
              ("after_source", "after", attribution.get("after_source", [])),
              ("claim_after", "after", responsibility.get("after_actor", [])),
              ("claim_before", "before", responsibility.get("before_actor", []))]
    return PhraseMatcher([(word, (family, label)) for family, label, words in lists for word in words], possessive=False)


def is_month_may(text: str, start: int, end: int) -> bool:
    """ "has been under Daesh control since May": "May" written with its capital inside a sentence is the month (or
    a name), not the modal."""
    if text[start:end] != "May":
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\"'`:;\n" or text[end:end + 3].strip()[:1].isdigit()


# "six fighters who were defending Division 30 said Observatory director Rami Abdel Rahman": a party right after a
# participle is its object, what the reported words are about, never the source of the sentence's "said".
OBJECT_OF_PARTICIPLE = re.compile(r"\b(?:were|was|are|is|been)[ \t]+[a-z]+ing[ \t]+(?:the[ \t]+)?$")


class CueIndex:
    def __init__(self, text: str, dictionaries, folded: str | None = None) -> None:
        folded = fold(text) if folded is None else folded
        found = cue_matcher(dictionaries).find_grouped(text, folded, dictionaries.one_pass.hits(text, folded)["cues"])
        self.text = text
        self._status = _Hits([hit for hit in found.get("status", []) if not is_month_may(text, hit[0], hit[1])])
        self._tense = _Hits([hit for hit in found.get("tense", []) if not is_month_may(text, hit[0], hit[1])])
        self._anchor = _Hits(found.get("anchor", []))
        self._reporting = _Hits(found.get("reporting", []))
        self._before_source = _Hits(found.get("before_source", []))
        self._after_source = _Hits(found.get("after_source", []))
        self._claims = _Hits(sorted(found.get("claim_after", []) + found.get("claim_before", []), key=lambda m: m[0]))

    def has_claim_cue(self, start: int, end: int) -> bool:
        """Whether a responsibility cue ("claimed responsibility", "carried out by") lies in [start, end)."""
        return bool(self._claims.within(start, end))

    def status(self, sentence: Sentence, clause: tuple[int, int], trigger_start: int, type_name: str,
               anchor: int | None = None) -> str:
        """``anchor``: an event named after "following"/"after" is presupposed: only cues after that word count,
        and it occurred unless they deny it or make it hypothetical."""
        speech = type_name in SPEECH_TYPES
        # A speech's own status is told right before its verb ("is expected to announce"); cues further back belong to
        # what is said ('"... will begin on Nov. 9," the spokesman announced').
        lo = max(clause[0], trigger_start - (SPEECH_WINDOW if speech else WINDOW), anchor if anchor is not None else -1)
        for start, _end, label in reversed(self._status.within(lo, trigger_start)):
            if (speech and label in ("reported", ATTRIBUTED)) or label == UNCONFIRMED:
                continue
            if type_name == "proposal" and label not in ("denied", "hypothetical"):
                return "proposed"  # a proposal, however reported, is a proposal
            if label == ATTRIBUTED:
                break  # the source of the sentence: no status of its own, and no older cue counts
            return label
        if type_name == "proposal":
            return "proposed"
        if speech or anchor is not None:
            return "occurred"
        # No fallback to a reporting word elsewhere in the sentence ("..., a monitor said", "reportedly" on another
        # clause): the dev gold calls 256 of 277 such events `occurred`; the source of a sentence is no status. Only
        # words that say the account is unconfirmed reach the whole sentence.
        if any(label == UNCONFIRMED for _, _, label in self._status.within(sentence.start, sentence.end)):
            return "reported"
        return "occurred"

    def nearest_status_cue(self, lo: int, hi: int) -> str:
        """The last status cue in [lo, hi), lower-cased ("would", "said"), or "" when there is none."""
        hit = self._status.last(lo, hi)
        return self.text[hit[0]:hit[1]].lower() if hit else ""

    def tense(self, clause_start: int, trigger_start: int, trigger_tense: str) -> str:
        if trigger_tense in ("present", "past"):
            return trigger_tense
        hit = self._tense.last(max(clause_start, trigger_start - 60), trigger_start)
        return hit[2] if hit else ""

    def anchor(self, clause_start: int, trigger_start: int) -> int | None:
        """Offset just after the last anchoring word before the trigger in its clause, unless a reporting
        noun comes between ("following reports that ..."), a comma closes the anchoring phrase, or the trigger is far
        from it (a new predicate)."""
        hit = self._anchor.last(clause_start, trigger_start)
        if hit is None:
            return None
        if self._reporting.within(hit[1], trigger_start):
            return None
        if len(self.text[hit[1]:trigger_start].split()) > 12:
            return None
        if "," in self.text[hit[1]:trigger_start]:
            return None  # "Following the attack, X blamed Israel": the phrase closed, the blaming is the main clause's
        return hit[1]

    def anchor_ends(self, start: int, end: int) -> list[int]:
        """Offsets just after each anchoring word ("before", "after its") between ``start`` and ``end``."""
        return [hit[1] for hit in self._anchor.within(start, end)]

    def source(self, sentence: Sentence, actors: list[ActorMention]) -> str:
        """Who the sentence cites: "according to X", "X reported", "X said", "reported by X"."""
        for _start, end, _ in self._before_source.within(sentence.start, sentence.end):
            following = [a for a in actors if end <= a.start <= end + 60 and a.end <= sentence.end]
            if following:
                return following[0].name
            name = NAME_AFTER.match(self.text, end, sentence.end)
            if name:
                return name.group(1).strip()
        for start, _end, _ in self._after_source.within(sentence.start, sentence.end):
            preceding = [a for a in actors if 0 <= start - a.end <= 12 and a.start >= sentence.start
                         and not OBJECT_OF_PARTICIPLE.search(self.text, max(0, a.start - 24), a.start)]
            if preceding:
                return preceding[-1].name
        return ""
