"""Round 458: a state's permanent mission to an international body where a meeting is held, an
envoy's residence whose state the text names but places nowhere, a city-state named among towns,
and a town of the owner's own that closes a list of places."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, language: str) -> list[tuple[str | None, str | None]]:
    result = extract_article(text, language=language, published="2024-05-07")
    return [(p.location, p.owner_country) for p in result.facts.properties]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The envoys talked for hours at the Brazilian Mission to the United Nations.",
         [(None, "BR")]),
        ("en", "They met in the Chilean Permanent Mission to the UN Office in Geneva.",
         [("Geneva", "CL")]),
        ("nl", "De gezanten spraken in de Permanente Vertegenwoordiging van Chili bij de EU.",
         [(None, "CL")]),
        ("de", "Die Gespräche fanden in der Ständigen Vertretung Chiles bei der OSZE in Wien "
               "statt.", [("Vienna", "CL")]),
        ("fr", "Les émissaires se sont vus à la mission permanente du Chili auprès de l'ONU.",
         [(None, "CL")]),
    ],
)  # fmt: skip
def test_a_mission_to_a_body_where_people_meet_is_its_owners_building(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


def test_a_mission_the_text_only_quotes_is_no_building() -> None:
    text = "The vote was postponed, according to the Brazilian Mission to the United Nations."
    assert _props(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The two envoys dined at the residence of the Danish consul on Friday."),
        ("nl", "Het diner vond plaats in de residentie van de Deense consul."),
        ("fr", "Le dîner a eu lieu à la résidence du consul danois vendredi."),
        ("de", "Das Essen fand in der Residenz des dänischen Botschafters statt."),
    ],
)
def test_an_envoys_residence_placed_nowhere_is_his_states(language: str, text: str) -> None:
    assert _props(text, language) == [(None, "DK")]


def test_a_city_state_among_towns_stands_for_its_capital() -> None:
    text = "De Chileense ambassades in Lima en Singapore zijn gesloten."
    assert _props(text, "nl") == [("Lima", "CL"), ("Singapore", "CL")]


def test_a_town_of_the_owners_own_closing_a_list_is_the_next_clause() -> None:
    text = "Après l'expulsion d'un agent de l'ambassade chilienne au Pérou, Santiago a répliqué."
    assert _props(text, "fr") == [("Lima", "CL")]


@pytest.mark.parametrize(
    "text",
    [
        "Police stood outside its consulate in Chile's northern city of Arica on Monday.",
        "Police stood outside the Peruvian consulate in the northern city of Arica.",
    ],
)
def test_a_word_that_qualifies_a_city_noun_leaves_the_city_its_place(text: str) -> None:
    assert [place for place, _ in _props(text, "en")] == ["Arica"]


def test_an_envoys_residence_where_talks_are_held_is_their_venue() -> None:
    text = (
        "The talks took place in Istanbul on Thursday between the Russian and American "
        "delegations. The talks were held at the residence of the Russian consul general."
    )
    assert _props(text, "en") == []
