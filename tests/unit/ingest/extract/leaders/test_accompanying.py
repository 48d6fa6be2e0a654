"""A minister named, at every mention, right after a phrase that opens a delegation's members
('President X, accompanied by minister Y') is a member of his head's delegation and leads no side,
whatever the leader model says; the phrase after a head of another state ('joined by') may join
equals, so there the person stays."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_MEMBER = [
    ("en", "Moldova and Latvia held talks in Riga. President Velsky, accompanied by Moldovan "
           "minister Ilie Corban, arrived in Riga on Monday."),
    ("nl", "Moldavië en Letland hielden gesprekken in Riga. President Velsky, vergezeld door de "
           "Moldavische minister Ilie Corban, kwam maandag aan in Riga."),
    ("de", "Moldau und Lettland führten Gespräche in Riga. Präsident Velsky, begleitet von dem "
           "moldauischen Minister Ilie Corban, traf am Montag in Riga ein."),
    ("fr", "La Moldavie et la Lettonie ont tenu des pourparlers à Riga. Le président Velsky, "
           "accompagné du ministre moldave Ilie Corban, est arrivé lundi à Riga."),
]  # fmt: skip


def _leaders(lang: str, text: str) -> set[str]:
    facts = extract_article(text, language=lang, published="2022-04-25").facts
    return {d.leader for d in facts.delegations}


@pytest.mark.parametrize(("lang", "text"), _MEMBER)
def test_a_minister_accompanying_his_president_leads_nothing(lang: str, text: str) -> None:
    assert "Ilie Corban" not in _leaders(lang, text)


def test_a_minister_named_after_another_states_head_is_no_member() -> None:
    text = (
        "Moldova and Latvia held talks in Riga. President Velsky of Latvia, accompanied by "
        "Moldovan minister Ilie Corban, arrived in Riga on Monday."
    )
    assert "Ilie Corban" in _leaders("en", text)
