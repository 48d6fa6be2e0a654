"""`Lexicon.word_set`: the lower-cased words of one or more keys, built once per lexicon."""

from __future__ import annotations

from ingest.lang.lexicon import load_lexicon


def test_word_set_is_the_lower_cased_union_of_its_keys() -> None:
    lex = load_lexicon("de")
    words = lex.word_set("determiners", "copulas")
    assert words == {w.lower() for w in lex.words("determiners") + lex.words("copulas")}
    assert "der" in words and all(w == w.lower() for w in words)


def test_word_set_is_built_once_and_a_missing_key_is_empty() -> None:
    lex = load_lexicon("en")
    assert lex.word_set("list_joiners") is lex.word_set("list_joiners")
    assert lex.word_set("no_such_key") == frozenset()
