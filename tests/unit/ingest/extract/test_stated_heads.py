"""Sides filled after the leader model by a tie the sentence states: the officeholder others
accompany ('Premier X, vergezeld door minister Y'), whose state the officeholder file gives
where the text does not (`ingest.extract.accompanied_heads`); the holder of a leading office
('der iranische Chefunterhändler X') where the article's talks were not found as a meeting
(`ingest.extract.lead_role_heads`); the principal one talks with, the verb closing the clause
('wird ... mit dem Präsidenten X sprechen', `ingest.extract.met_heads`)."""

from __future__ import annotations

import pytest

from ingest.extract.accompanied_heads import accompanied_heads
from ingest.extract.lead_role_heads import lead_role_heads
from ingest.extract.met_heads import met_heads
from ingest.models import Delegation
from tests.unit.ingest.extract.filled_sides import filled_heads


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("nl", "Premier Pedro Sánchez, vergezeld door minister Ana Ruiz, is dinsdag in Hanoi "
               "aangekomen.", ("ES", "Pedro Sánchez")),
        ("de", "Ministerpräsident Ulf Kristersson, begleitet von Minister Anna Berg, traf am "
               "Dienstag in Hanoi ein.", ("SE", "Ulf Kristersson")),
    ],
)  # fmt: skip
def test_the_accompanied_officeholder_heads_his_side(
    language: str, text: str, head: tuple[str, str]
) -> None:
    assert filled_heads(accompanied_heads, text, language) == [head]


def test_an_accompanied_officeholder_leaves_a_led_state_alone() -> None:
    led = Delegation(id="delegation:se", country="SE", leader="person:someone-else")
    text = "Ministerpräsident Ulf Kristersson, begleitet von Minister Anna Berg, traf in Hanoi ein."
    assert filled_heads(accompanied_heads, text, "de", [led]) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Wien feilscht der iranische Chefunterhändler Ali Rezaei seit einer Woche über "
               "den Vertrag."),
        ("nl", "De Iraanse delegatieleider Ali Rezaei gaf gisteren een toelichting op het "
               "akkoord."),
    ],
)  # fmt: skip
def test_the_holder_of_a_leading_office_heads_his_side(language: str, text: str) -> None:
    assert filled_heads(lead_role_heads, text, language) == [("IR", "Ali Rezaei")]


def test_a_former_chief_negotiator_leads_nothing() -> None:
    text = "Der ehemalige iranische Chefunterhändler Ali Rezaei lebt heute in Wien."
    assert filled_heads(lead_role_heads, text, "de") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am Dienstag wird die Ministerin in Hanoi mit dem vietnamesischen Präsidenten "
               "Tran Van Long sprechen."),
        ("de", "Die Ministerin hat in Hanoi mit dem vietnamesischen Präsidenten Tran Van Long "
               "telefoniert."),
        ("nl", "Woensdag spreekt de minister in Hanoi met de Vietnamese president Tran Van Long."),
    ],
)  # fmt: skip
def test_the_principal_one_talks_with_heads_his_side(language: str, text: str) -> None:
    assert filled_heads(met_heads, text, language) == [("VN", "Tran Van Long")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am Dienstag wird die Ministerin in Hanoi mit dem vietnamesischen Präsidenten "
               "Tran Van Long nicht sprechen."),
        ("de", "Am Dienstag wird die Ministerin mit dem vietnamesischen Präsidenten Tran Van Long "
               "und anderen Gästen in Hanoi einen Tee trinken."),
    ],
)  # fmt: skip
def test_no_talk_head_where_denied_or_no_talk_closes_the_clause(language: str, text: str) -> None:
    assert filled_heads(met_heads, text, language) == []
