"""The leading rules run only on sentences holding one of their opening phrases: the one gate in
front of them must know every phrase each rule starts from, or a rule would go silent."""

from __future__ import annotations

import pytest

from ingest.extract.delegations import lead_patterns
from ingest.lang.lexicon import SUPPORTED, load_lexicon

_LISTS = ("lead_passive", "lead_active", "lead_represent", "lead_front", "lead_send")
_SPLITS = ("lead_split", "lead_active_split", "lead_represent_split")


def _openers(lang: str) -> list[str]:
    lex = load_lexicon(lang)
    found = [w for key in _LISTS for w in lex.words(key)]
    return found + [row[0] for key in _SPLITS for row in lex.data.get(key, [])]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_gate_opens_on_every_rule_phrase(lang: str) -> None:
    pats = lead_patterns(lang)
    openers = _openers(lang)
    assert openers
    for phrase in openers:
        text = f"Yesterday in the capital the delegation {phrase} the minister of foreign affairs."
        assert pats.opens_any.search(text) is not None, phrase


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_gate_stays_shut_without_one(lang: str) -> None:
    text = "Quarterly figures 2024 2025 2026 numbers numbers numbers numbers numbers numbers."
    assert lead_patterns(lang).opens_any.search(text) is None
