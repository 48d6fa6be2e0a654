"""'The delegation was led by' names who leads: a full name right after it leads even when the
article gives it no title; a lone bare word there still needs a title earlier in the article.
Two heads joined by 'and' after one leading phrase lead two sides; a leading verb's subject
may stand before an aside between commas."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders_reader import leaders_of


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("fr", "La délégation russe a rencontré à Genève la délégation américaine dirigée par "
         "Thomas Smith.", ("US", "Thomas Smith")),
        ("en", "The talks opened in Oslo. The Norwegian delegation was led by Anna Berg, and "
         "the Colombian side met it there.", ("NO", "Anna Berg")),
        ("nl", "In Wenen sprak de Oostenrijkse delegatie onder leiding van Karl Huber met de "
         "Hongaarse.", ("AT", "Karl Huber")),
    ],
)  # fmt: skip
def test_a_full_name_after_a_leading_phrase_leads(
    lang: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in leaders_of(text, lang)


def test_a_lone_untitled_word_after_a_leading_phrase_does_not() -> None:
    found = leaders_of("The talks opened in Oslo. The Norwegian delegation was led by Berg.", "en")
    assert all(name != "Berg" for _, name in found)


@pytest.mark.parametrize(
    ("lang", "text", "leaders"),
    [
        ("nl", "De delegaties worden geleid door de Amerikaanse adjunct-minister Wendy Sherman en "
         "haar Russische ambtsgenoot Sergej Rjabkov.", {("US", "Wendy Sherman"),
                                                        ("RU", "Sergej Rjabkov")}),
        ("en", "The delegations are led by US Deputy Secretary of State Wendy Sherman and her "
         "Russian counterpart Sergei Ryabkov.", {("US", "Wendy Sherman"),
                                                 ("RU", "Sergei Ryabkov")}),
    ],
)  # fmt: skip
def test_a_second_head_joined_by_and_leads_its_own_side(
    lang: str, text: str, leaders: set[tuple[str, str]]
) -> None:
    assert leaders <= leaders_of(text, lang)


def test_a_second_head_of_the_same_state_leads_nothing() -> None:
    text = (
        "De Nederlandse delegatie wordt geleid door minister Hanke Bruins Slot en de Nederlandse "
        "staatssecretaris Eric van der Burg."
    )
    assert leaders_of(text, "nl") == {("NL", "Hanke Bruins Slot")}


def test_a_plural_split_phrase_with_two_heads_gives_two_sides() -> None:
    text = (
        "Die Delegationen werden von der US-Vizeaußenministerin Wendy Sherman und ihrem "
        "russischen Amtskollegen Sergej Rjabkow geleitet."
    )
    assert leaders_of(text, "de") == {("US", "Wendy Sherman"), ("RU", "Sergej Rjabkow")}


def test_a_plural_split_phrase_names_its_head() -> None:
    text = "Die Gespräche in Genf werden von der US-Vizeaußenministerin Wendy Sherman geleitet."
    assert leaders_of(text, "de") == {("US", "Wendy Sherman")}


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("en", "Undersecretary of State Wendy Sherman, effectively the State Department's "
         "third-ranking diplomat, is leading the U.S. delegation.", ("US", "Wendy Sherman")),
        ("de", "Staatssekretär Thomas Bagger, der am Montag in Genf eintraf, leitet die deutsche "
         "Delegation.", ("DE", "Thomas Bagger")),
        ("fr", "Le secrétaire d'État Jean-Noël Barrot, arrivé lundi à Genève, conduit la "
         "délégation française.", ("FR", "Jean-Noël Barrot")),
    ],
)  # fmt: skip
def test_the_subject_before_an_aside_leads(lang: str, text: str, leader: tuple[str, str]) -> None:
    assert leader in leaders_of(text, lang)


def test_an_aside_with_a_clause_of_its_own_keeps_its_limit() -> None:
    """A semicolon ends the aside: the person before it is no subject of the verb after it."""
    text = (
        "Undersecretary of State Wendy Sherman spoke first; a second official, "
        "unnamed here, is leading the U.S. delegation."
    )
    assert ("US", "Wendy Sherman") not in leaders_of(text, "en")
