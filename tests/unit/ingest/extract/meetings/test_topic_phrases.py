"""A state named in a meeting's subject is no side of it: the subject opens with a preposition
('au sujet de', 'zum Thema', 'inzake', 'with regard to') or with a phrase naming a situation, a
war, a conflict or a crisis somewhere ('die Lage in', 'the situation in', 'la situation en', 'de
oorlog in'); the annotation rules count a state merely mentioned as a topic as no party."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _parties(text: str, language: str) -> list[list[str]]:
    facts = extract_article(text, language=language, published="2024-03-01").facts
    return [sorted(m.parties) for m in facts.meetings]


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        (
            "fr",
            "Le président français s'est entretenu jeudi avec son homologue américain Barack "
            "Obama au sujet de l'Iran, de la Syrie et de l'Afghanistan.",
            ["FR", "US"],
        ),
        (
            "fr",
            "Le Premier ministre belge a rencontré à Paris le président français à propos de la "
            "Syrie.",
            ["BE", "FR"],
        ),
        (
            "de",
            "Der österreichische Kanzler traf in Berlin den deutschen Bundeskanzler zum Thema "
            "Ukraine.",
            ["AT", "DE"],
        ),
        (
            "nl",
            "De Nederlandse minister Hoekstra voerde in Berlijn gesprekken met zijn Duitse "
            "ambtgenoot inzake Oekraïne.",
            ["DE", "NL"],
        ),
        (
            "en",
            "The British Prime Minister held talks with the French President in Paris with "
            "regard to Syria and Iraq.",
            ["FR", "GB"],
        ),
    ],
)
def test_a_state_after_a_topic_preposition_is_no_side(
    language: str, text: str, sides: list[str]
) -> None:
    assert _parties(text, language) == [sides]


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        (
            "de",
            "Außenminister Steinmeier berichtete von seinem Besuch in Polen und der Lage in der "
            "Ukraine.",
            ["DE", "PL"],
        ),
        (
            "nl",
            "De Nederlandse minister Blok vertelde over zijn bezoek aan Polen en de situatie "
            "in Oekraïne.",
            ["NL", "PL"],
        ),
        (
            "en",
            "The Dutch minister Blok reported on his visit to Poland and the situation in Ukraine.",
            ["NL", "PL"],
        ),
        (
            "fr",
            "Le ministre français Barrot a évoqué sa visite en Pologne et la situation en Ukraine.",
            ["FR", "PL"],
        ),
    ],
)
def test_a_state_whose_situation_is_told_is_no_side(
    language: str, text: str, sides: list[str]
) -> None:
    assert _parties(text, language) == [sides]
