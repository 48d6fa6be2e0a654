"""Heads a leading phrase names where the sentence rules do not read it (`agent_leads`): a
fronted phrase, a phrase a complement splits, a mission, a pronoun for a group named before."""

from __future__ import annotations

import pytest

from ingest.extract.agent_leads import agent_heads, agent_words
from ingest.lang.lexicon import load_lexicon
from tests.unit.ingest.extract.filled_sides import filled_heads


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("fr", "Une délégation belge est arrivée lundi à Rabat. Conduite par la ministre "
               "Claire Dubois, cette mission économique compte 80 entreprises.",
         ("BE", "Claire Dubois")),
        ("en", "Led by Trade Minister Sean Daly, the Irish delegation met Peruvian officials "
               "in Lima on Monday.", ("IE", "Sean Daly")),
        ("nl", "Onder leiding van minister Anne de Bruin heeft de Nederlandse missie "
               "maandag Santiago bezocht.", ("NL", "Anne de Bruin")),
        ("de", "Angeführt von Wirtschaftsminister Karl Gruber, traf die österreichische "
               "Delegation am Montag in Hanoi ein.", ("AT", "Karl Gruber")),
    ],
)  # fmt: skip
def test_a_fronted_phrase_names_the_head_of_the_group_after_him(
    language: str, text: str, head: tuple[str, str]
) -> None:
    assert head in filled_heads(agent_heads, text, language)


def test_a_complement_between_participle_and_agent_keeps_the_phrase() -> None:
    text = (
        "La délégation russe est conduite à ces négociations par le vice-ministre russe des "
        "Affaires étrangères Sergueï Riabkov."
    )
    assert ("RU", "Sergueï Riabkov") in filled_heads(agent_heads, text, "fr")


def test_a_mission_the_delegation_nouns_leave_out() -> None:
    text = (
        "La mission luxembourgeoise dirigée par le vice-premier ministre, ministre de "
        "l'Economie, Etienne Schneider, comprend 50 entreprises."
    )
    assert ("LU", "Etienne Schneider") in filled_heads(agent_heads, text, "fr")


def test_a_pronoun_stands_for_the_group_named_before_and_its_first_listed_head() -> None:
    text = (
        "La délégation du gouvernement de Damas est arrivée vendredi à Genève. Elle est "
        "dirigée par deux diplomates chevronnés : le vice-ministre des affaires étrangères "
        "Fayçal Moqdad, 62 ans, et l'ambassadeur Bachar Jaafari."
    )
    assert filled_heads(agent_heads, text, "fr")[:1] == [("SY", "Fayçal Moqdad")]


def test_a_pronoun_before_a_split_phrase() -> None:
    text = (
        "Moon hat eine südkoreanische Delegation nach Pjöngjang geschickt. Sie wird vom "
        "Nationalen Sicherheitsberater Chung Eui Yong geleitet."
    )
    assert ("KR", "Chung Eui Yong") in filled_heads(agent_heads, text, "de")


def test_a_group_named_without_its_state_gives_no_head() -> None:
    text = (
        "Tegelijk met het staatsbezoek aan Zuid-Afrika vindt een economische missie plaats. "
        "Deze wordt geleid door minister Piet Adema."
    )
    assert not [row for row in filled_heads(agent_heads, text, "nl") if row[0] == "ZA"]


@pytest.mark.parametrize("language", ["nl", "en", "de", "fr"])
def test_the_list_of_split_openers_finds_a_sentence_where_one_pair_does(language: str) -> None:
    """The one list a sentence is asked first stands for every pair's opener: it finds a text
    exactly where one of them does, so the pairs are skipped only where none would match."""
    words = agent_words(language)
    openers = [opener for opener, _ in words.split_pairs]
    rows = load_lexicon(language).data.get("lead_split", [])
    texts = [f"Sie {row[0]} Minister X geleitet." for row in rows]
    texts += [f"Sie {row[0].upper()}X." for row in rows] + [f"{row[0]}s" for row in rows]
    texts += ["Hij wordt door minister X geleid.", "Elle est conduite par X.", "No opener here."]
    for text in texts:
        expected = any(o.search(text) is not None for o in openers)
        assert (words.split_openers.search(text) is not None) is expected, text
