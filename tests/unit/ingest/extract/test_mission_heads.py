"""The head of a trade mission named as the one who travels with it ('Minister X is op
handelsmissie in Chili'): the sentence's first person heads their state's mission, unless the
mission is received, another state's, or the person is one of its members."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("nl", "De Nederlandse staatssecretaris Anne de Bruin is deze week in Chili op "
               "handelsmissie.", ("NL", "Anne de Bruin")),
        ("de", "Der österreichische Wirtschaftsminister Karl Gruber ist am Montag mit einer "
               "Wirtschaftsdelegation nach Vietnam gereist.", ("AT", "Karl Gruber")),
        ("en", "Irish Trade Minister Sean Daly began a five-day trade mission in Peru on "
               "Monday.", ("IE", "Sean Daly")),
        ("fr", "La ministre belge du Commerce extérieur, Claire Dubois, a débuté lundi une "
               "mission économique au Sénégal.", ("BE", "Claire Dubois")),
    ],
)  # fmt: skip
def test_the_traveller_heads_the_trade_mission(
    language: str, text: str, head: tuple[str, str]
) -> None:
    facts = extract_article(text, language=language, published="2024-03-04").facts
    assert head in [(d.country, d.leader) for d in facts.delegations]


def test_a_member_named_first_heads_nothing() -> None:
    text = (
        "Some forty companies, including Irish Farm Council Director Mary Walsh, are part of "
        "an Irish trade mission to Peru this week."
    )
    facts = extract_article(text, language="en", published="2024-03-04").facts
    assert not [d for d in facts.delegations if d.leader == "Mary Walsh"]


def test_a_host_receiving_the_mission_heads_nothing_of_it() -> None:
    text = (
        "Der vietnamesische Handelsminister Tran Van Minh empfing am Montag eine deutsche "
        "Wirtschaftsdelegation."
    )
    facts = extract_article(text, language="de", published="2024-03-04").facts
    assert ("DE", "Tran Van Minh") not in [(d.country, d.leader) for d in facts.delegations]
