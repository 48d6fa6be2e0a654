"""A seat of government named as where a host receives ('à l'Elysée', 'at the Kremlin') places
the meeting in its city, and its city's state takes part, as the city's own name would."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text", "city", "parties"),
    [
        ("fr", "Emmanuel Macron a reçu mardi à l'Elysée son homologue ivoirien Alassane "
         "Ouattara.", "Paris", ["CI", "FR"]),
        ("fr", "Vladimir Poutine a accueilli jeudi au Kremlin le président chinois Xi Jinping.",
         "Moscow", ["CN", "RU"]),
        ("en", "Emmanuel Macron received his Ivorian counterpart Alassane Ouattara at the Elysee "
         "on Tuesday.", "Paris", ["CI", "FR"]),
        ("nl", "Mark Rutte ontving dinsdag in het Catshuis de Ierse premier Leo Varadkar.",
         "The Hague", ["IE", "NL"]),
    ],
)  # fmt: skip
def test_a_seat_of_government_places_the_meeting_in_its_city(
    lang: str, text: str, city: str, parties: list[str]
) -> None:
    assert places_and_parties(text, lang) == [(city, parties)]


def test_a_seat_named_after_the_subject_of_talks_is_no_place() -> None:
    fr = "Le président ivoirien a rencontré le ministre malien pour parler du Kremlin."
    assert all(city != "Moscow" for city, _ in places_and_parties(fr, "fr"))


@pytest.mark.parametrize(
    ("lang", "text", "city", "parties"),
    [
        ("fr", "Le Premier ministre a reçu lundi à Matignon son homologue belge Alexander De "
         "Croo.", "Paris", ["BE", "FR"]),
        ("fr", "Le président Patrice Talon a reçu jeudi au palais de la Marina l'ambassadeur "
         "de France.", "Cotonou", ["BJ", "FR"]),
        ("en", "South Korean President Moon Jae-in met the Japanese foreign minister at the Blue "
         "House on Monday.", "Seoul", ["JP", "KR"]),
        ("de", "Pedro Sánchez empfing den französischen Präsidenten am Montag in der Moncloa.",
         "Madrid", ["ES", "FR"]),
        ("nl", "De Belgische premier ontving de Duitse kanselier in het Egmontpaleis.",
         "Brussels", ["BE", "DE"]),
        ("en", "The U.S. secretary of state received the Kenyan foreign minister at the State "
         "Department on Monday.", "Washington", ["KE", "US"]),
        ("de", "Der österreichische Bundespräsident empfing am Montag in der Hofburg den "
         "kenianischen Präsidenten.", "Vienna", ["AT", "KE"]),
        ("nl", "De Nederlandse premier ontving maandag op het Binnenhof de Keniaanse president.",
         "The Hague", ["KE", "NL"]),
        ("fr", "Le président chinois a reçu lundi à Diaoyutai le président kényan.", "Beijing",
         ["CN", "KE"]),
    ],
)  # fmt: skip
def test_seats_of_more_governments_place_the_meeting(
    lang: str, text: str, city: str, parties: list[str]
) -> None:
    assert places_and_parties(text, lang) == [(city, parties)]
