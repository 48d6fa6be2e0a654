"""The head of a visit named as the one who travels ('Ministerpräsident X reist in die Republik
Kenia'): the sentence's first person heads their state's side where nothing else led it, unless
the visit is only wished for, shared with another, or someone in the sentence is received."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _heads(language: str, text: str, url: str) -> list[tuple[str, str | None, str]]:
    entities = extract_article(text, language=language, published="2024-03-04", url=url).entities
    people = {p.id: p.name for p in entities.people}
    return [(d.country, people.get(d.leader or ""), d.evidence[0].rule if d.evidence else "")
            for d in entities.delegations]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "url", "head"),
    [
        ("de", "Ministerpräsident Weber reist von Montag bis Donnerstag in die Republik Kenia.",
         "https://www.example.de/politik/weber-kenia", ("DE", "Weber")),
        ("nl", "Premier Jan de Vries heeft dinsdag zijn officieel bezoek aan Ghana afgesloten met "
               "een gesprek met president John Mensah.",
         "https://www.example.be/nieuws/devries-ghana", ("BE", "Jan de Vries")),
        ("fr", "Du 3 au 5 mai, Paul Martin, secrétaire d'État au Commerce, se rend à Lima pour "
               "une visite officielle.",
         "https://www.example.fr/actu/martin-lima", ("FR", "Paul Martin")),
    ],
)  # fmt: skip
def test_the_traveller_heads_their_side(
    language: str, text: str, url: str, head: tuple[str, str]
) -> None:
    assert (*head, "lead-visit") in _heads(language, text, url)


@pytest.mark.parametrize(
    ("language", "text", "url"),
    [
        ("en", "Minister Tom Baker wants to visit Peru next year.",
         "https://www.example.ie/news/baker-peru"),
        ("de", "Ministerpräsident Weber und Ministerin Lang reisen nach Kenia.",
         "https://www.example.de/politik/weber-kenia"),
    ],
)  # fmt: skip
def test_a_wished_for_or_shared_trip_heads_nothing(language: str, text: str, url: str) -> None:
    assert not [h for h in _heads(language, text, url) if h[2] == "lead-visit"]


_OTHERS_TRIP = {
    "fr": ("Le président américain se rendra à Moscou en mai. Le mois suivant, Paul Martin, "
           "secrétaire au Commerce, se rend à Moscou pour une visite officielle.",
           "https://www.example.fr/actu/martin-moscou"),
    "en": ("The American president will travel to Moscow in May. A month later Commerce "
           "Secretary Paul Martin travels to Moscow for an official visit.",
           "https://www.example.co.uk/news/martin-moscow"),
    "de": ("Der amerikanische Präsident reist im Mai nach Moskau. Einen Monat später reist "
           "Handelsminister Paul Martin zu einem offiziellen Besuch nach Moskau.",
           "https://www.example.de/politik/martin-moskau"),
    "nl": ("De Amerikaanse president reist in mei naar Moskou. Een maand later brengt minister "
           "van Handel Paul Martin een officieel bezoek aan Moskou.",
           "https://www.example.nl/nieuws/martin-moskou"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_OTHERS_TRIP))
def test_a_traveller_to_others_meetings_heads_the_side_facing_his_destination(
    language: str,
) -> None:
    """The outlet's state named nowhere and no side of the meetings in Moscow: the traveller of
    no stated state is the American side's, not the outlet's."""
    text, url = _OTHERS_TRIP[language]
    assert ("US", "Paul Martin", "lead-visit") in _heads(language, text, url)


def test_a_traveller_stays_the_outlets_where_the_article_names_its_state() -> None:
    text = ("Le président américain se rendra à Moscou en mai, sans passer par la France. Le mois "
            "suivant, Paul Martin, secrétaire au Commerce, se rend à Moscou pour une visite "
            "officielle.")  # fmt: skip
    url = "https://www.example.fr/actu/martin-moscou"
    assert ("FR", "Paul Martin", "lead-visit") in _heads("fr", text, url)
