"""The cheap prefilters in front of per-sentence regexes must never hide a match."""

from __future__ import annotations

import pytest

from ingest.extract.meetings.patterns import patterns
from ingest.extract.pipeline import extract_article

TEXTS = [
    "De minister reisde naar Rome.",
    "Na de Regierungskonsultationen in Berlijn volgde niets.",
    "Het vredesoverleg in Genève begon dinsdag.",
    "Der Staatsbesuch in Paris endete früh.",
    "Die Friedensge\u017fpr\u00e4che in Wien",  # long s: re.I matches 's', lower() keeps it
    "Die FRIEDENSGESPRÄCHE in Wien",
    "Die Friedensgespr\u00e4che\u0130",  # dotted capital I lowers to two characters
]


@pytest.mark.parametrize("lang", ["nl", "de"])
@pytest.mark.parametrize("text", TEXTS)
def test_compound_prefilter_never_hides_a_compound(lang: str, text: str) -> None:
    pats = patterns(lang)
    if pats.compound_re.search(text) is not None:
        assert pats._may_compound(text)


def test_long_s_compound_is_still_found() -> None:
    text = "Die Friedensge\u017fpr\u00e4che in Wien"
    assert patterns("de").compound_re.search(text) is not None
    assert patterns("de")._may_compound(text)


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_compound_prefilter_skips_plain_sentences(lang: str) -> None:
    assert not patterns(lang)._may_compound("Der Minister reiste nach Rom.")


def test_a_split_verb_takes_the_kind_of_its_particle() -> None:
    text = "Premier Jan Smit heeft gebeld met de Oekraïense president Petro Koval."
    meetings = extract_article(
        text, language="nl", published="2024-05-02", url="https://www.example.nl/1"
    ).facts.meetings
    assert [(m.kind, m.city) for m in meetings] == [("call", None)]
    assert "UA" in meetings[0].parties


def test_a_light_verb_takes_its_kind_from_the_meeting_noun_after_it() -> None:
    text = "Iran and Russia held a second day of high-level talks in Geneva on Saturday."
    facts = extract_article(text, language="en", published="2025-06-10").facts
    assert [(m.kind, m.city, m.parties) for m in facts.meetings] == [
        ("talks", "Geneva", ["IR", "RU"])
    ]
