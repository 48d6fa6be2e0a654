"""Round 462: officials whose names the person reader cut wrongly or missed: a German name in
the genitive before the noun it owns, initials before a lower-case particle ('P. de Jong'), a
rank fused by a hyphen before a name, a state of two words after 'van', an honorific opening a
later item of a list under a plural title, and Dutch bodies a 'hoofd van' heads."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _names(lang: str, text: str) -> list[str]:
    return [p.name for p in people_of(lang, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Man wartete, denn Botschafter Klaus Webers Stimme fehlte noch.", "Klaus Weber"),
        ("Präsident Anton Riedels Team blieb in Wien.", "Anton Riedel"),
    ],
)
def test_a_german_genitive_name_loses_its_s_and_the_noun_it_owns(text: str, name: str) -> None:
    assert _names("de", text) == [name]


def test_a_name_in_s_before_no_owned_noun_keeps_it() -> None:
    assert _names("de", "Er traf Präsident Evo Morales Anfang Mai.") == ["Evo Morales"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "De gezant K. de Wit wilde niets zeggen.", "K. de Wit"),
        ("nl", "Dat zei minister-president J.M. van Dalen gisteren.", "J.M. van Dalen"),
        ("en", "They lunched with the Governor, Major-General Sir Alan Hart, then.", "Alan Hart"),
    ],
)  # fmt: skip
def test_initials_before_a_particle_and_a_hyphenated_rank(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


def test_a_state_of_two_words_after_van_is_no_part_of_the_name() -> None:
    text = "Hij schreef aan premier Lionel Bascombe van Saint Vincent en de Grenadines."
    assert _names("nl", text) == ["Lionel Bascombe"]


def test_an_honorific_opens_a_later_item_of_a_plural_list() -> None:
    text = (
        "Four ministers who came along include Ann Rowe (trade), Dr Tom Ives (health) and"
        " Lee Park (mines)."
    )
    assert _names("en", text) == ["Ann Rowe", "Tom Ives", "Lee Park"]


def test_a_dutch_head_of_a_fund_is_titled() -> None:
    text = "Aanwezig was ook het hoofd van het staatsinvesteringsfonds Pavel Orlov."
    assert _names("nl", text) == ["Pavel Orlov"]
