"""A title's qualifier before its holder's name: a qualifying word after the head ('minister
bevoegd voor water X', 'président sortant de gauche X', 'adviser on international affairs X'),
and a remit whose holder's name is followed by a place ('Minister of Agriculture X in Astana')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(text: str, lang: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2025-04-02").facts
    return [(o.name, o.title) for o in facts.officials]


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        (
            "nl",
            "Dat zei de Ethiopische minister bevoegd voor water Asfaw Dingamo begin deze maand.",
            "Asfaw Dingamo",
            "minister bevoegd voor water",
        ),
        (
            "en",
            "Lavrov will also meet presidential adviser on international affairs Celso Amorim.",
            "Celso Amorim",
            "presidential adviser on international affairs",
        ),
        (
            "en",
            "They were met by the chief of protocol Peter Selfridge before climbing the stairs.",
            "Peter Selfridge",
            "chief of protocol",
        ),
        (
            "fr",
            "Elle représente le président sortant de gauche Tabaré Vazquez au sommet.",
            "Tabaré Vazquez",
            "président sortant de gauche",
        ),
        (
            "de",
            "Er traf den zuständigen Minister für Wasser Peter Müller am Montag.",
            "Peter Müller",
            "zuständigen Minister für Wasser",
        ),
    ],
)
def test_qualifier_carries_the_title_to_the_name(
    lang: str, text: str, name: str, title: str
) -> None:
    found = dict(_officials(text, lang))
    assert name in found
    assert found[name] is not None and title.split()[-1] in found[name]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "It was opened by Minister of Agriculture Azamat Mambetov in Astana.",
            "Azamat Mambetov",
        ),
        ("nl", "Dat zei de minister van Buitenlandse Zaken Fatma Kaya in Rotterdam.", "Fatma Kaya"),
        ("de", "Er traf den Minister für Wirtschaft Peter Müller in Bonn.", "Peter Müller"),
    ],
)
def test_name_after_remit_is_not_swallowed_by_a_place(lang: str, text: str, name: str) -> None:
    assert name in dict(_officials(text, lang))


def test_a_verb_after_the_title_is_no_qualifier() -> None:
    assert _officials("The minister on Monday met Jan Smith.", "en") == []
