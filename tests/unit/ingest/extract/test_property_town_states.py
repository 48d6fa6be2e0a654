"""A listed town's state set beside it ('in Poznan, Poland; Stuttgart, Germany', 'in Jerevan
(Armenië), Niamey (Niger)') is no item of the list, and a semicolon after it goes on with the
list; a state the town does not lie in is one more item."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _places(language: str, text: str) -> list[str | None]:
    facts = extract_article(text, language=language, published="1996-01-10").facts
    return sorted(p.location or "" for p in facts.properties)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The United States is closing its consulates in Stuttgart, Germany; Zurich, "
               "Switzerland, and Bilbao, Spain."),
        ("nl", "Nederland sluit zijn consulaten in Stuttgart (Duitsland), Zürich (Zwitserland) "
               "en Bilbao (Spanje)."),
        ("de", "Frankreich schließt seine Konsulate in Stuttgart (Deutschland), Zürich "
               "(Schweiz) und Bilbao (Spanien)."),
        ("fr", "Les Pays-Bas ferment leurs consulats à Stuttgart (Allemagne), Zurich (Suisse) "
               "et Bilbao (Espagne)."),
    ],
)  # fmt: skip
def test_the_towns_state_beside_it_is_no_item(language: str, text: str) -> None:
    assert _places(language, text) == ["Bilbao", "Stuttgart", "Zurich"]


def test_a_state_the_town_is_not_in_is_no_apposition() -> None:
    """The semicolon then ends the clause: the town after it is no building's."""
    text = "Germany closed its consulates in Zurich, Spain; Bilbao stays open."
    assert _places("en", text) == ["Zurich"]
