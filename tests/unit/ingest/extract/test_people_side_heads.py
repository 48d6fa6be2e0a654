"""'head of the French delegation, X' in every language: a side's noun ends the title, and a
modifier such as 'head' or 'hoofd' that heads a side is a title of its own."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title, p.country) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "title", "country"),
    [
        ("en", "She met the head of the Chilean delegation, Rosa Vidal.",
         "head of the Chilean delegation", "CL"),
        ("fr", "Le chef de la délégation chilienne, Rosa Vidal, a parlé.",
         "chef de la délégation chilienne", "CL"),
        ("de", "Der Leiter der chilenischen Delegation, Rosa Vidal, sprach.",
         "Leiter der chilenischen Delegation", "CL"),
        ("nl", "Het hoofd van de Chileense delegatie, Rosa Vidal, sprak.",
         "hoofd van de Chileense delegatie", "CL"),
    ],
)  # fmt: skip
def test_the_head_of_a_side_is_titled(lang: str, text: str, title: str, country: str) -> None:
    assert _people(lang, text) == [("Rosa Vidal", title, country)]


def test_a_head_of_no_body_is_no_title() -> None:
    assert _people("en", "At the head of the table sat Rosa Vidal.") == []


def test_the_head_of_a_body_is_titled_without_a_state() -> None:
    # The gold lists a company's head among the officials ('chef d'entreprise'): round 129.
    assert _people("en", "The head of the company, Rosa Vidal, spoke.") == [
        ("Rosa Vidal", "head of the company", None)
    ]
