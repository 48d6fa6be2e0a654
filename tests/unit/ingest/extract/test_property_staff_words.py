"""Round 679: an embassy named only through its staff, its vicinity or its vehicles is still the
building the text names: a staff noun before a tie and one word of its own ('un garde de sécurité
de'), a closed compound ending in one ('Sozialattaché der'), a Dutch staff compound
('ambassademedewerkers'); a staff noun farther away, or a hyphenated one, is not read."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    facts = extract_article(text, language=lang, published="2021-03-04").facts
    return sorted(((p.name, p.owner_country, p.location) for p in facts.properties), key=str)


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("fr", "Un garde de sécurité de l'ambassade chilienne a été menacé vendredi.", "CL"),
        ("fr", "Ils ont fui à bord de deux véhicules de l'ambassade chilienne.", "CL"),
        ("fr", "Une manifestation a eu lieu à proximité de l'ambassade chilienne.", "CL"),
        ("en", "Protesters gathered in the vicinity of the Chilean embassy on Friday.", "CL"),
        ("nl", "Betogers verzamelden zich in de nabijheid van de Chileense ambassade.", "CL"),
        ("de", "Die Sozialattaché der chilenischen Botschaft sprach am Freitag.", "CL"),
        ("de", "Der Grundstein für den Neubau der chilenischen Botschaft wurde gelegt.", "CL"),
        ("de", "Protest gab es wegen zwei Mitarbeitern der chilenischen Botschaft.", "CL"),
    ],
)  # fmt: skip
def test_an_embassy_named_through_its_staff_or_surroundings_is_a_building(
    lang: str, text: str, owner: str
) -> None:
    assert [(o, place) for _, o, place in _props(text, lang)] == [(owner, None)]


def test_a_dutch_staff_compound_names_its_embassy() -> None:
    text = "De Chileense ambassademedewerkers in Peru worden verplaatst."
    assert _props(text, "nl") == [("ambassade in Peru", "CL", "Lima")]


def test_a_staff_noun_two_words_off_names_no_building() -> None:
    text = "The move of personnel out of the Chilean embassy was discussed on Friday."
    assert _props(text, "en") == []
