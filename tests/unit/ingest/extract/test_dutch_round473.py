"""Round 473: Dutch forms the lists lacked: 'bespreking' (singular) and a working dinner
('werkdiner') are meetings; 'staatshoofd' (singular) is a title; the newspaper archives' spellings
'Zuidkoreaanse', 'Noordkoreaanse' and 'Saoedi-Arabische' name their states."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.models import Facts


def _facts(text: str) -> Facts:
    return extract_article(text, language="nl", published="2024-03-12").facts


@pytest.mark.parametrize("noun", ["bespreking", "werkdiner"])
def test_singular_talks_and_working_dinner_are_meetings(noun: str) -> None:
    facts = _facts(
        f"De Chileense president Gabriel Boric had dinsdag een {noun} met de Argentijnse "
        "president Javier Milei."
    )
    assert any(sorted(m.parties) == ["AR", "CL"] for m in facts.meetings)


def test_head_of_state_is_a_title() -> None:
    facts = _facts(
        "Het Chileense staatshoofd Gabriel Boric ontmoette dinsdag de Argentijnse president "
        "Javier Milei in Buenos Aires."
    )
    titles = {o.name: o.title for o in facts.officials}
    assert titles.get("Gabriel Boric") == "staatshoofd"


@pytest.mark.parametrize(
    ("adjective", "code"),
    [("Zuidkoreaanse", "KR"), ("Noordkoreaanse", "KP"), ("Saoedi-Arabische", "SA")],
)
def test_archive_spellings_of_state_adjectives(adjective: str, code: str) -> None:
    facts = _facts(
        f"De {adjective} premier Lee Han-soo ontmoette dinsdag de Japanse premier Taro Sato "
        "in Tokio."
    )
    assert any(o.name == "Lee Han-soo" and o.country == code for o in facts.officials)
