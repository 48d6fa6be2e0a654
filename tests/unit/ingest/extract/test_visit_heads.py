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
