"""A member of a foreign service named by no post or rank ('the Malian diplomat X') is named for
what befell him: the leader model makes him no side's head (roles.json `rankless_roles`)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_VICTIM = [
    ("en", "After the assault on the Malian diplomat Oumar Traore, the charge d'affaires of "
           "Niger's embassy in Bamako was summoned to the foreign ministry on Monday."),
    ("nl", "Na de aanval op de Malinese diplomaat Oumar Traoré is de zaakgelastigde van de "
           "ambassade van Niger in Bamako maandag op het ministerie van Buitenlandse Zaken "
           "ontboden."),
    ("de", "Nach dem Angriff auf den malischen Diplomaten Oumar Traoré wurde der Geschäftsträger "
           "der Botschaft Nigers in Bamako am Montag ins Außenministerium einbestellt."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _VICTIM)
def test_a_diplomat_by_no_post_leads_nothing(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2022-04-25").facts
    assert not {d.leader for d in facts.delegations if d.leader.startswith("Oumar")}
