"""Whose delegation a leading phrase names: the state in the delegation noun's own phrase, never
one across a clause break or the state the delegation travels to; with no state in the sentence,
the delegation the article named before."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _leaders(text: str, lang: str, url: str | None = None) -> set[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2025-04-19", url=url).facts
    return {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("lang", "text", "leaders"),
    [
        ("en", "Pakistani Foreign Minister Ishaq Dar held talks in Kabul on Saturday. Dar led the "
         "Pakistani delegation while the Afghan acting Foreign Minister Amir Muttaqi led the "
         "Afghan side.", {("PK", "Ishaq Dar"), ("AF", "Amir Muttaqi")}),
        ("de", "In Kabul fanden am Samstag Gespräche statt. Außenminister Ishaq Dar leitete die "
         "pakistanische Delegation, während der afghanische Außenminister Amir Muttaqi die "
         "afghanische Seite leitete.", {("PK", "Ishaq Dar")}),
    ],
)  # fmt: skip
def test_a_state_across_a_clause_break_is_the_other_side(
    lang: str, text: str, leaders: set[tuple[str, str]]
) -> None:
    found = _leaders(text, lang)
    assert leaders <= found
    assert ("AF", "Ishaq Dar") not in found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Commerce Minister Gohar Ejaz, who is leading a 20-member delegation to China, on "
         "Monday held meetings with Chinese exporters in Beijing.", "Gohar Ejaz"),
        ("nl", "Minister Jan de Vries leidt een handelsdelegatie naar China en sprak maandag in "
         "Peking met Chinese ondernemers.", "Jan de Vries"),
    ],
)  # fmt: skip
def test_the_state_a_delegation_travels_to_is_not_its_own(lang: str, text: str, name: str) -> None:
    assert ("CN", name) not in _leaders(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("en", "A Chinese trade mission has signed $600 million in deals with U.S. companies in "
         "Houston. The delegation was led by a deputy commerce minister, Wang Chao, the "
         "statement said.", ("CN", "Wang Chao")),
        ("nl", "Maar de Belgische delegatie die dit weekend naar China vertrekt, is wel erg "
         "groot. 632 zakenlui nemen deel aan de handelsmissie onder leiding van prinses "
         "Astrid.", ("BE", "Astrid")),
        ("fr", "Une mission économique canadienne est arrivée lundi à Shanghai. La délégation est "
         "conduite par le ministre du Commerce, Paul Tremblay.", ("CA", "Paul Tremblay")),
    ],
)  # fmt: skip
def test_a_delegation_led_with_no_state_in_the_sentence_is_the_one_named_before(
    lang: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in _leaders(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "url", "leader"),
    [
        ("nl", "Van 5 tot 10 februari vond een handelsmissie naar Vietnam en Maleisië plaats "
         "o.l.v. minister Sigrid Kaag voor Buitenlandse Handel.", "https://www.vnm.nl/x",
         ("NL", "Sigrid Kaag")),
        ("en", "The two-day trade mission to Trinidad and Tobago, led by Minister of Industry, "
         "Investment and Commerce, Senator the Hon. Aubyn Hill, is currently under way.",
         "https://jis.gov.jm/x", ("JM", "Aubyn Hill")),
        ("fr", "Entourée de 500 hommes d'affaires, la princesse Astrid, qui préside depuis ce "
         "dimanche une mission économique aux Etats-Unis, est arrivée à Atlanta.",
         "https://www.lesoir.be/x", ("BE", "Astrid")),
    ],
)  # fmt: skip
def test_a_trade_mission_to_a_state_is_led_for_the_outlets_state(
    lang: str, text: str, url: str, leader: tuple[str, str]
) -> None:
    # The states named are where the mission travels, every one of a listed destination
    # ('naar Vietnam en Maleisië'); the outlet's country-code domain tells whose mission it is.
    found = _leaders(text, lang, url)
    assert leader in found
    assert all(country == leader[0] for country, _ in found)


def test_with_no_state_and_no_outlet_state_no_one_leads() -> None:
    text = ("Van 5 tot 10 februari vond een handelsmissie naar Vietnam en Maleisië plaats "
            "o.l.v. minister Sigrid Kaag voor Buitenlandse Handel.")  # fmt: skip
    assert _leaders(text, "nl", "https://www.example.com/x") == set()


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("fr", "Les pourparlers ont lieu à Genève. La délégation algérienne est conduite par le "
         "vice-Premier ministre, ministre des Affaires étrangères, Ramtane Lamamra.",
         ("DZ", "Ramtane Lamamra")),
        ("fr", "Les consultations ont lieu à Abidjan. La délégation ivoirienne est conduite par le "
         "ministre d\u2019État, ministre des Affaires étrangères, Kandia Camara.",
         ("CI", "Kandia Camara")),
        ("en", "The talks are held in Geneva. The Algerian delegation is led by the deputy prime "
         "minister, foreign minister Ramtane Lamamra.", ("DZ", "Ramtane Lamamra")),
    ],
)  # fmt: skip
def test_a_leading_phrase_reads_its_holder_past_stacked_titles(
    lang: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in _leaders(text, lang)
