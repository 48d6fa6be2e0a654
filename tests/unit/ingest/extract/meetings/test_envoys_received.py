"""Envoys of several states received at once: one meeting per envoy's state, with the host."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_each_envoy_of_a_list_received_is_a_meeting_with_the_host() -> None:
    fr = (
        "Le président ghanéen a reçu lundi à Accra les ambassadeurs du Japon et du Brésil. "
        "Les diplomates ont présenté leurs lettres de créance."
    )
    assert _meetings(fr, "fr") == [("Accra", ["BR", "GH"]), ("Accra", ["GH", "JP"])]
    en = "The Kenyan president on Monday received the ambassadors of Japan, Brazil and Chile."
    assert _meetings(en, "en") == [
        ("Nairobi", ["BR", "KE"]), ("Nairobi", ["CL", "KE"]), ("Nairobi", ["JP", "KE"])
    ]  # fmt: skip


def test_the_host_named_elsewhere_receives_every_envoy_at_its_seat() -> None:
    fr = (
        "Le chef de l'État a reçu en audience mercredi les ambassadeurs du Japon et du Brésil. "
        "Ils ont présenté au président guinéen leurs lettres de créance, en Guinée."
    )
    assert _meetings(fr, "fr") == [("Conakry", ["BR", "GN"]), ("Conakry", ["GN", "JP"])]


def test_a_dutch_country_name_without_its_trema_is_the_country() -> None:
    nl = "De ambassadeurs van Brazilie en Italie werden maandag in Paramaribo ontvangen."
    assert _meetings(nl, "nl") == [("Paramaribo", ["BR", "SR"]), ("Paramaribo", ["IT", "SR"])]
