"""A signing is a meeting where its clause names the signatories and the place ('Antall und Kohl
unterzeichnen in Budapest'); a treaty two states signed long ago, told in passing, is none."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenyan Foreign Minister Amos Kamau and his Ghanaian counterpart Kofi Mensah "
               "signed a trade accord in Nairobi on Monday."),
        ("de", "Der kenianische Außenminister Amos Kamau und sein ghanaischer Amtskollege Kofi "
               "Mensah unterzeichneten am Montag in Nairobi ein Handelsabkommen."),
        ("nl", "De Keniaanse minister van Buitenlandse Zaken Amos Kamau en zijn Ghanese "
               "ambtgenoot Kofi Mensah ondertekenden maandag in Nairobi een handelsakkoord."),
        ("fr", "Le ministre kényan des Affaires étrangères Amos Kamau et son homologue ghanéen "
               "Kofi Mensah ont signé lundi à Nairobi un accord commercial."),
    ],
)  # fmt: skip
def test_signatories_named_meet_where_they_sign(lang: str, text: str) -> None:
    assert places_and_parties(text, lang) == [("Nairobi", ["GH", "KE"])]


def test_a_treaty_signed_long_ago_is_no_meeting() -> None:
    text = "Kenya says Ghana broke the border treaty the two states signed the year 1998."
    assert places_and_parties(text, "en") == []
