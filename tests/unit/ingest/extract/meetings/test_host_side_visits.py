"""Round 492: a visit told from the host's side, or as the guest's stay with a host, is a
meeting in the city visited, between the host's state and the guest's: 'was gastheer van',
'te gast bij', 'the guest of', "a été l'hôte de", and a French reception verb with an adverb
between auxiliary and participle ('a également reçu', 'a ensuite accueilli')."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Ghanaian president was the guest of his Kenyan counterpart in Nairobi."),
        ("nl", "De Keniaanse president was gastheer van zijn Ghanese ambtgenoot in Nairobi."),
        ("nl", "De Ghanese president was maandag in Nairobi te gast bij zijn Keniaanse collega."),
        ("fr", "Le président kényan a également reçu son homologue ghanéen à Nairobi."),
        ("fr", "Le président kényan a ensuite accueilli le Premier ministre ghanéen à Nairobi."),
        ("fr", "Le président ghanéen a été l'hôte de son homologue kényan à Nairobi."),
    ],
)
def test_host_side_visit(lang: str, text: str) -> None:
    assert places_and_parties(text, lang) == [("Nairobi", ["GH", "KE"])]


def test_adverb_after_the_auxiliary_keeps_a_french_meeting_verb() -> None:
    text = "La ministre kényane s'est ensuite rendue à Accra, où elle a rencontré son homologue."
    assert places_and_parties(text, "fr") == [("Accra", ["GH", "KE"])]
