"""Where a meeting is placed when its city is told by a building, an exonym, a third state's
town where the article's meeting words place things, or a city of a state of the past."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text", "city", "parties"),
    [
        ("nl", "De Belgische premier ontving maandag in het Europagebouw de Keniaanse "
         "president.", "Brussels", ["BE", "KE"]),
        ("en", "The British king received the Kenyan president at Buckingham Palace on Monday.",
         "London", ["GB", "KE"]),
        ("de", "Der französische Präsident empfing den kenianischen Präsidenten im Schloss "
         "Versailles.", "Versailles", ["FR", "KE"]),
        ("fr", "Le roi britannique a reçu lundi au palais de Buckingham le président kényan.",
         "London", ["GB", "KE"]),
    ],
)  # fmt: skip
def test_a_building_places_the_meeting_in_its_city_or_town(
    lang: str, text: str, city: str, parties: list[str]
) -> None:
    assert places_and_parties(text, lang) == [(city, parties)]


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("fr", "Le ministre comorien a reçu l'ambassadeur russe à Tananarive.", "Antananarivo"),
        ("de", "Die mongolische Ministerin traf den deutschen Botschafter in Ulan Bator.",
         "Ulaanbaatar"),
    ],
)  # fmt: skip
def test_an_exonym_of_a_capital_is_the_capital(lang: str, text: str, city: str) -> None:
    assert [c for c, _ in places_and_parties(text, lang)] == [city]


def _meetings(text: str, lang: str, published: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published=published).facts
    return [(m.city, m.parties) for m in facts.meetings]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The foreign ministers of Ghana and Togo met on Friday. The regional summit "
         "opened on Monday in Lisbon."),
        ("fr", "Le ministre ghanéen a rencontré son homologue togolais vendredi. Le sommet "
         "régional s'est ouvert lundi à Lisbonne."),
        ("de", "Der ghanaische Außenminister traf am Freitag seinen togoischen Amtskollegen. "
         "Der regionale Gipfel begann am Montag in Lissabon."),
        ("nl", "De Ghanese minister van Buitenlandse Zaken ontmoette vrijdag zijn Togolese "
         "ambtgenoot. De regionale top begon maandag in Lissabon."),
    ],
)  # fmt: skip
def test_a_meeting_beside_a_summit_abroad_is_held_where_the_summit_meets(
    lang: str, text: str
) -> None:
    assert _meetings(text, lang, "2025-06-10")[0] == ("Lisbon", ["GH", "TG"])


def test_a_city_of_russia_is_a_city_of_the_soviet_union() -> None:
    de = (
        "Bundeskanzler Konrad Adenauer reist im September in die Sowjetunion. In Moskau "
        "verhandelt er mit Nikolai Bulganin über die Kriegsgefangenen."
    )
    assert ("Moscow", ["DE", "SU"]) in _meetings(de, "de", "1955-09-01")
