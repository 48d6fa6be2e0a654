"""A full name right after the inverted speech verb of a French incise is a person who leads
nothing."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(text: str, lang: str = "fr") -> list[str]:
    facts = extract_article(text, language=lang, published="2024-03").facts
    return [o.name for o in facts.officials]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "« Le dialogue reprendra bientôt », a indiqué Lucien Marchetti devant les députés.",
            "Lucien Marchetti",
        ),
        (
            "Les deux pays restent en contact, a ajouté Hélène Dufresne-Morel.",
            "Hélène Dufresne-Morel",
        ),
        (
            "Rien n'est décidé, estime Paul-Henri Vasseur, interrogé par la radio.",
            "Paul-Henri Vasseur",
        ),
    ],
)
def test_a_name_after_an_inverted_speech_verb_is_a_person(text: str, name: str) -> None:
    assert name in _officials(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lucien Marchetti a indiqué que le dialogue reprendrait bientôt.",  # no inversion
        "Le dialogue reprendra, a indiqué Marchetti.",  # a lone surname: someone named before
        "Le dialogue reprendra, a indiqué Washington.",  # a capital speaks for its government
    ],
)
def test_no_person_without_a_full_name_after_the_incise(text: str) -> None:
    assert _officials(text) == []


def test_a_quoted_speaker_named_before_is_not_added_twice() -> None:
    text = (
        "Le ministre Lucien Marchetti est arrivé à Rabat. « Tout va bien », a déclaré "
        "Lucien Marchetti."
    )
    assert _officials(text) == ["Lucien Marchetti"]


def test_a_quoted_speaker_leads_no_side() -> None:
    text = (
        "Le président sénégalais a reçu son homologue malien à Dakar. « Nos relations sont "
        "excellentes », a déclaré Lucien Marchetti."
    )
    result = extract_article(text, language="fr", published="2024-03").facts
    assert "Lucien Marchetti" in [o.name for o in result.officials]
    assert "Lucien Marchetti" not in [d.leader for d in result.delegations]


def test_other_languages_keep_their_lists_empty() -> None:
    assert _officials("The talks will resume, said Lucien Marchetti.", "en") == []
