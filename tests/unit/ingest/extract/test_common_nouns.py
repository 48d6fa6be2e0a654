"""German capitalises every noun: a time word or a number word is no name ('im Jahr 2000',
'Zwei Welten treffen aufeinander'), so it leads no side."""

from __future__ import annotations

import pytest

from ingest.extract.context import scanner
from ingest.extract.mentions import tokenize
from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize("word", ["Jahr", "Woche", "Welten", "Zwei"])
def test_a_common_noun_is_no_name_word(word: str) -> None:
    assert not scanner("de").name_token(tokenize(word, 0)[0])


def test_a_surname_is_still_a_name_word() -> None:
    assert scanner("de").name_token(tokenize("Merkel", 0)[0])


def test_a_headline_of_common_nouns_leads_nothing() -> None:
    text = (
        "Zwei Welten treffen aufeinander\n\nMinisterpräsident Günther Oettinger traf in "
        "Neu-Delhi seine indische Amtskollegin Sheila Dikshit."
    )
    facts = extract_article(text, language="de", published="2009-11-20").facts
    assert "Zwei Welten" not in {d.leader for d in facts.delegations}
    assert "Zwei Welten" not in {o.name for o in facts.officials}


def test_a_noun_after_a_title_is_no_name() -> None:
    """'Der Bundesrat unter Leitung von ...': 'Leitung' after the title 'Bundesrat' is no person
    (it had led Switzerland's side)."""
    text = (
        "Der Bundesrat unter Leitung von Bundespräsident Alain Berset hat den deutschen "
        "Bundespräsidenten Frank-Walter Steinmeier am Mittwoch zum Staatsbesuch in Bern empfangen."
    )
    facts = extract_article(text, language="de", published="2018-04-25").facts
    names = {o.name for o in facts.officials} | {d.leader for d in facts.delegations}
    assert "Leitung" not in names
    assert "Frank-Walter Steinmeier" in names
