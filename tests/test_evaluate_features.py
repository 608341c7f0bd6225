"""Feature families of the learned filter evaluation: an event's place in its article's story, and embeddings as
features (the embedding model itself is optional and not needed here)."""
from __future__ import annotations

import math
from datetime import date

import numpy as np

from events.evaluate import firstpass
from events.evaluate.features import context_features, embedding_features
from events.extract.records import Event, EventDate, Place, Sentence

TEXT = ("Jets struck Aleppo on 3 May. Rebels said 12 died. In 2012 jets struck Homs. "
        "Jets struck Aleppo again on 3 May.")


def _sentences() -> tuple[Sentence, ...]:
    sentences, start = [], 0
    for part in TEXT.split(". "):
        part = part if part.endswith(".") else part + "."
        begin = TEXT.index(part[:-1], start)
        sentences.append(Sentence(begin, begin + len(part), part))
        start = begin + len(part)
    return tuple(sentences)


def _event(kind: str, sentence: Sentence, day: date | None, place: str = "", precision: str = "day") -> Event:
    when = EventDate(first=day, last=day, precision=precision if day else "none")
    return Event(article_id="a", type=kind, status="occurred", date=when, evidence=sentence.text,
                 evidence_start=sentence.start, evidence_end=sentence.end,
                 location=Place(text=place, name=place) if place else None)


def test_a_retelling_counts_the_earlier_telling_of_its_type_place_and_day_and_the_first_does_not():
    s = _sentences()
    first = _event("airstrike", s[0], date(2016, 5, 3), "Aleppo")
    statement = _event("statement", s[1], date(2016, 5, 3))
    background = _event("airstrike", s[2], date(2012, 1, 1), "Homs", precision="year")
    again = _event("airstrike", s[3], date(2016, 5, 3), "Aleppo")
    events = (first, statement, background, again)
    f_first = context_features(first, events, s)
    f_again = context_features(again, events, s)
    assert f_first["ctx_earlier_type"] == 0 and f_first["ctx_later_type"] == 2 / 3
    assert f_first["ctx_earlier_type_place"] == 0 and f_first["ctx_earlier_type_day"] == 0
    assert f_again["ctx_earlier_type"] == 2 / 3 and f_again["ctx_later_type"] == 0
    assert f_again["ctx_earlier_type_place"] == 1 and f_again["ctx_earlier_type_day"] == 1
    assert f_again["ctx_from_anchor"] == math.log1p(3) and f_again["ctx_before_anchor"] == 0


def test_background_lies_months_back_from_the_latest_day_and_an_event_before_the_first_dated_one_is_marked():
    s = _sentences()
    headline = _event("airstrike", s[0], None)
    dated = _event("airstrike", s[1], date(2016, 5, 3))
    background = _event("airstrike", s[2], date(2012, 12, 31), precision="year")
    events = (headline, dated, background)
    f_background = context_features(background, events, s)
    assert f_background["ctx_month_back"] == 1
    assert f_background["ctx_days_before_latest"] == math.log1p((date(2016, 5, 3) - date(2012, 12, 31)).days)
    f_headline = context_features(headline, events, s)
    assert f_headline["ctx_undated"] == 1 and f_headline["ctx_before_anchor"] == 1
    assert context_features(dated, events, s)["ctx_month_back"] == 0
    assert context_features(headline, (headline,), s)["ctx_no_anchor"] == 1


def test_an_embedding_becomes_numbered_features_cut_to_the_dims_asked():
    vector = np.array([0.5, -0.25, 0.125])
    assert embedding_features(vector) == {"emb0": 0.5, "emb1": -0.25, "emb2": 0.125}
    assert embedding_features(vector, 2) == {"emb0": 0.5, "emb1": -0.25}


class _FakeEmbedder:
    """Stands in for ``features.Embedder``: one component, the evidence's length."""

    dims = None

    def embed(self, texts):
        return [np.array([float(len(t))]) for t in texts]


def test_label_adds_the_chosen_families_to_every_labelled_event():
    from events.evaluate.events import GoldArticle, analyse_gold
    from events.evaluate.learned import _sentences as sentences_of
    article = firstpass._read([firstpass.Path(__file__).parent / "data" / "events-gold" / "other" /
                               "APW19980813.1117.json"])[0]
    scored = analyse_gold(article)
    plain = firstpass.label(0, scored, sentences_of(article))
    rich = firstpass.label(0, scored, sentences_of(article), firstpass.Families(True, True, _FakeEmbedder()))
    assert plain and len(plain) == len(rich)
    for a, b in zip(plain, rich):
        assert set(a.raw) < set(b.raw) and b.raw["emb0"] == len(scored.extracted[b.index].evidence)
        assert "ctx_earlier_type" in b.raw and any(name.startswith("w=") for name in b.raw)
    assert isinstance(article, GoldArticle)
