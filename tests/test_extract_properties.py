"""Property tests: analyse() never raises on any text, and every offset it reports indexes the text."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.extract import Article, analyse

WORDS = ["Russian", "airstrikes", "killed", "12", "dozens", "of", "civilians", "in", "Aleppo", "on", "Sunday", "U.S.", "Sept.",
         "2014", "said", "SANA", "reported", "the", "regime", ".", ",", '"', "\n", "\n\n", "• Live", "| Photo: Reuters", "Tags",
         "Published 27 July 2016", "at least", "would", "denied", "ISIS", "Deir Ezzor", "Syrias", "—", "İ", "\u00a0"]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_analyse_never_raises_and_offsets_hold(text, published):
    analysis = analyse(Article(text=text, published=published))
    if not analysis.events:
        assert analysis.reason
    for sentence in (*analysis.sentences, *analysis.dropped):
        assert text[sentence.start:sentence.end] == sentence.text
    for event in analysis.events:
        assert 0 <= event.evidence_start <= event.evidence_end <= len(text)
        assert text[event.evidence_start:event.evidence_end] == event.evidence
        assert 0.0 <= event.confidence <= 1.0
        for actor in event.actors:
            assert text[actor.start:actor.end] == actor.text
        if event.date.first is not None:
            assert event.date.first <= event.date.last and event.date.precision != "none"
        else:
            assert event.date.precision == "none"
