"""A town in a treaty's name ('the Vienna Convention', 'Treaty of Rome', 'accords de Minsk') is no
place the article's events happen in, and its state takes no part."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.extract.treaties import names_treaty

LONDON = (
    "Iran's ambassador to the UK has been summoned to the UK's Foreign Office. "
    "In response, Hamid Baeidinejad has been called in for a meeting at Britain's Foreign Office "
    "in London for ministers to convey their strong objections to the incident, which the UK "
    "claims breaches the Vienna Convention which governs diplomatic relations."
)


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "it breaches the Vienna Convention on Diplomatic Relations", "Vienna"),
        ("en", "under the Treaty of Rome", "Rome"),
        ("fr", "en violation de la Convention de Vienne", "Vienne"),
        ("fr", "le traité d\u2019Amsterdam", "Amsterdam"),
        ("de", "gegen das Abkommen von Minsk", "Minsk"),
        ("de", "die Minsk-Abkommen", "Minsk"),
        ("nl", "in strijd met het Verdrag van Wenen", "Wenen"),
        ("nl", "de Minsk-akkoorden", "Minsk"),
        ("en", "the co-chairs of the OSCE Minsk Group", "Minsk"),
        ("en", "the Shanghai Cooperation Organisation", "Shanghai"),
        ("fr", "le pacte de Varsovie", "Varsovie"),
        ("fr", "le Club de Paris", "Paris"),
        ("de", "die Minsk-Gruppe der OSZE", "Minsk"),
        ("nl", "de Driehoek van Weimar", "Weimar"),
    ],
)
def test_a_town_in_a_treaty_name_names_the_treaty(language: str, text: str, town: str) -> None:
    start = text.index(town)
    assert names_treaty(text, start, start + len(town), language)


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "Talks were held in Vienna on Monday.", "Vienna"),
        ("en", "the agreement reached in Geneva", "Geneva"),
        ("fr", "l'ambassadeur de France à Vienne", "Vienne"),
        ("de", "die Gespräche in Minsk", "Minsk"),
    ],
)
def test_a_town_where_something_happens_is_no_treaty(language: str, text: str, town: str) -> None:
    start = text.index(town)
    assert not names_treaty(text, start, start + len(town), language)


def test_a_pact_named_after_a_capital_adds_no_party() -> None:
    text = "The Soviet and American foreign ministers met in Moscow to discuss the Warsaw Pact."
    facts = extract_article(text, language="en", published="1987-04-14").facts
    assert [(m.city, m.parties) for m in facts.meetings] == [("Moscow", ["SU", "US"])]


def test_the_treatys_town_adds_no_party_to_the_summons() -> None:
    facts = extract_article(LONDON, language="en", published="2020-01-13").facts
    assert [(m.city, m.parties) for m in facts.meetings] == [("London", ["GB", "IR"])]


def test_a_lower_case_noun_after_a_town_goes_on_with_the_sentence() -> None:
    text = "In Brussel akkoord over de begroting"
    assert not names_treaty(text, 3, 10, "nl")
