"""A title held at a seat or a ministry of one state is that state's ('Kremlin spokesman',
'Beauftragter des Auswärtigen Amts'); the Dutch 'kanselier' alone is a federal title, of
Germany or Austria like 'bondskanselier'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _states(text: str, lang: str) -> dict[str, str | None]:
    people = extract_article(text, language=lang, published=None).entities.people
    return {p.name: p.country for p in people}


@pytest.mark.parametrize(
    ("lang", "text", "name", "state"),
    [
        (
            "en",
            "Kremlin spokesman Dmitry Peskov said the talks would go on.",
            "Dmitry Peskov",
            "RU",
        ),
        (
            "de",
            "Diese Woche reisten Diplomaten unter Leitung von Tobias Tunkel, Nah- und "
            "Mittelostbeauftragter des Auswärtigen Amts, nach Damaskus.",
            "Tobias Tunkel",
            "DE",
        ),
        (
            "nl",
            "'U bent te laat', zegt Michail Gorbatsjov tegen kanselier Helmut Kohl.",
            "Helmut Kohl",
            "DE",
        ),
    ],
)
def test_a_title_at_an_institution_names_its_state(
    lang: str, text: str, name: str, state: str
) -> None:
    assert _states(text, lang).get(name) == state
