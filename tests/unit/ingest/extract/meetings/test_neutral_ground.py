"""A meeting told only by its place ('the two leaders met in Geneva'), in an article that
describes the heads of two other states without tying a name to either, is theirs on neutral
ground: the host is no side, and the outlet's state is no guest."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings

_TEXTS = {
    "en": (
        "The talks between Ana Varo and Lev Morin have begun. The two leaders met in Geneva "
        "this morning. Before the meeting, the Brazilian president said he was hopeful. The "
        "Ukrainian president said little."
    ),
    "fr": (
        "La rencontre entre Ana Varo et Lev Morin vient de débuter. Les deux dirigeants se sont "
        "retrouvés à Genève ce matin. Le président brésilien a déclaré qu'il avait bon espoir. "
        "Le président ukrainien a peu parlé."
    ),
    "de": (
        "Das Treffen von Ana Varo und Lev Morin hat begonnen. Die beiden Politiker trafen sich "
        "am Morgen in Genf. Der brasilianische Präsident sagte, er sei zuversichtlich. Der "
        "ukrainische Präsident sagte wenig."
    ),
    "nl": (
        "De top van Ana Varo en Lev Morin is begonnen. De twee leiders ontmoetten elkaar "
        "vanochtend in Genève. De Braziliaanse president zei hoopvol te zijn. De "
        "Oekraïense president zei weinig."
    ),
}


def test_two_described_heads_are_the_sides_not_the_host() -> None:
    for lang, text in _TEXTS.items():
        assert _meetings(text, lang) == [("Geneva", ["BR", "UA"])], lang


def test_the_outlets_state_is_no_guest_there() -> None:
    facts = extract_article(
        _TEXTS["fr"], language="fr", published="2025-06-10", url="https://news.example.kr/1"
    ).facts
    assert [m.parties for m in facts.meetings] == [["BR", "UA"]]


def test_one_described_head_leaves_the_visit_to_the_host() -> None:
    text = (
        "La visite d'Ana Varo a commencé. Elle est arrivée à Genève ce matin. Le président "
        "brésilien a déclaré qu'il avait bon espoir."
    )
    assert ("Geneva", ["BR", "UA"]) not in _meetings(text, "fr")
