"""A place someone goes back to is the traveller's home, where a trip ends: no meeting of the
trip is held there. A visit is held in the state it goes to, not where the visitor set out."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2019-05-01").facts
    return [(m.city, m.parties) for m in facts.meetings]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Border talks between India and Bangladesh have failed. The Bangladesh "
               "delegation flew back to Dhaka this morning.", [(None, ["BD", "IN"])]),
        ("nl", "De regeringsdelegatie uit Suriname, die sinds dinsdag op een officieel bezoek "
               "in buurland Guyana is geweest, keert vandaag terug naar Paramaribo.",
         [(None, ["GY", "SR"])]),
        ("de", "Bundespräsident Gauck ist zu einem Staatsbesuch nach Peru gereist. Aus der "
               "peruanischen Hauptstadt Lima reiste der Bundespräsident zurück nach Berlin.",
         [("Lima", ["DE", "PE"])]),
        ("fr", "Les négociations entre la France et le Brésil ont pris fin. Avant de rentrer à "
               "Paris vendredi, la ministre française a salué le résultat.",
         [(None, ["BR", "FR"])]),
    ],
)  # fmt: skip
def test_a_place_someone_goes_back_to_places_no_meeting(
    lang: str, text: str, expected: list[tuple[str | None, list[str]]]
) -> None:
    assert _meetings(text, lang) == expected


def test_a_visit_is_not_placed_in_the_state_the_visitor_goes_back_to() -> None:
    nl = (
        "PARAMARIBO - Het is een vrije dag vandaag. President Bouterse is vandaag op "
        "werkbezoek naar Brazilië. De delegatie keert op 3 mei terug naar Suriname."
    )
    assert _meetings(nl, "nl") == [(None, ["BR", "SR"])]


def test_a_visit_is_placed_in_the_state_it_goes_to() -> None:
    en = (
        "South African business executives from Cape Town will today begin a trade mission to "
        "Zambia. The agency is leading the trade mission to Lusaka."
    )
    assert _meetings(en, "en") == [("Lusaka", ["ZA", "ZM"])]
