"""Meetings told by the body that holds them or by the states' combining forms: a joint
commission ('commission mixte', 'Gemischte Kommission', 'gemengde commissie') meets as its two
states, and 'mauritano-malienne', 'Sino-Indian' name two states; summonses told as a request for
an explanation ('om tekst en uitleg gevraagd', 'zum Gespräch gebeten')."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La Haute Commission mixte de coopération mauritano-malienne a clôturé lundi à "
               "Bamako sa 13e session.", [("Bamako", ["ML", "MR"])]),
        ("fr", "La 3e session de la Grande commission mixte bénino-ivoirienne de coopération "
               "s'est tenue samedi à Cotonou.", [("Cotonou", ["BJ", "CI"])]),
        ("de", "Die Gemischte Kommission Deutschland-Polen tagte am Montag in Warschau.",
         [("Warsaw", ["DE", "PL"])]),
        ("nl", "De gemengde commissie van Nederland en Suriname kwam maandag in Paramaribo "
               "bijeen.", [("Paramaribo", ["NL", "SR"])]),
        ("en", "The Sino-Indian border talks were held in Beijing on Monday.",
         [("Beijing", ["CN", "IN"])]),
    ],
)  # fmt: skip
def test_a_joint_body_or_a_combining_form_names_both_states(
    lang: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert places_and_parties(text, lang) == expected


def test_a_combining_form_before_a_region_names_no_state() -> None:
    rows = places_and_parties(
        "The Indo-Pacific summit of Japan and Australia was held in Tokyo on Monday.", "en"
    )
    assert all("IN" not in parties for _, parties in rows)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "DEN HAAG - Minister Hoekstra heeft gisteren de Chinese ambassadeur om tekst en "
               "uitleg gevraagd.", [("The Hague", ["CN", "NL"])]),
        ("de", "BERLIN - Das Auswärtige Amt hat den russischen Botschafter zum Gespräch gebeten.",
         [("Berlin", ["DE", "RU"])]),
    ],
)  # fmt: skip
def test_a_request_to_explain_is_a_summons(
    lang: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert places_and_parties(text, lang) == expected
