"""A meeting's party set (round 463): a state between a hyphenated pair and the meeting word is
the talks' topic; a state's name before a summit noun is the summit's place; an adjective two
states share is the one's the article names; Windsor is British; the outlet's state the text
never names is no side of others' meetings or summits it reports."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_a_state_between_the_pair_and_the_talks_is_their_topic() -> None:
    text = "Japan-China Syria talks ended in Geneva on Monday without agreement."
    assert _meetings(text, "en") == [("Geneva", ["CN", "JP"])]
    text = "Het Japans-Chinese Syrië-overleg in Genève is maandag zonder akkoord geëindigd."
    assert _meetings(text, "nl") == [("Geneva", ["CN", "JP"])]


def test_a_third_hyphened_state_is_no_topic() -> None:
    text = "Japan-China-Korea talks ended in Geneva on Monday without agreement."
    assert all("JP" not in parties or "CN" in parties for _, parties in _meetings(text, "en"))


def test_a_state_named_before_a_summit_noun_is_its_place() -> None:
    texts = {
        "en": "The American envoy held talks with Soviet officials, the first since the "
        "Iceland summit.",
        "de": "Der amerikanische Gesandte führte Gespräche mit sowjetischen Vertretern, die "
        "ersten seit dem Island-Gipfel.",
    }
    for lang, text in texts.items():
        assert _meetings(text, lang, "1987-03-17") == [("", ["SU", "US"])], lang


def test_a_union_summit_is_its_own() -> None:
    text = "The EU summit with the Chinese premier opened in Brussels."
    assert _meetings(text, "en") == [("Brussels", ["CN", "EU"])]


def test_a_shared_adjective_is_the_named_state_s() -> None:
    text = (
        "La délégation congolaise conduite par le ministre Paul Mbemba est arrivée à Libreville. "
        "La République du Congo et le Gabon discutent de leur frontière commune."
    )
    assert _meetings(text, "fr") == [("Libreville", ["CG", "GA"])]
    alone = "La délégation congolaise du ministre Paul Mbemba est arrivée à Libreville."
    assert _meetings(alone, "fr") == [("Libreville", ["CD", "GA"])]


def test_windsor_is_british() -> None:
    text = "The Dutch king was received by the British queen in Windsor on Tuesday."
    assert _meetings(text, "en") == [("Windsor", ["GB", "NL"])]


def test_an_unnamed_outlet_state_is_no_side_of_others_summits() -> None:
    text = (
        "Le sommet des chefs d'État africains s'est ouvert à Kinshasa lundi. Les dirigeants ont "
        "parlé de la sécurité régionale."
    )
    facts = extract_article(text, language="fr", published="2025-06-10",
                            url="https://www.exemple.fr/afrique/sommet").facts  # fmt: skip
    assert all("FR" not in m.parties for m in facts.meetings)


def test_an_unnamed_outlet_state_is_no_side_of_a_meeting_of_the_two() -> None:
    text = (
        "Le Chili et l'Argentine veulent régler leur différend. Le Chili a proposé un accord. "
        "Les deux ministres se sont réunis à Buenos Aires pour désamorcer la crise."
    )
    facts = extract_article(text, language="fr", published="2025-06-10",
                            url="https://www.exemple.fr/monde/1").facts  # fmt: skip
    assert [(m.city, m.parties) for m in facts.meetings] == [("Buenos Aires", ["AR", "CL"])]
