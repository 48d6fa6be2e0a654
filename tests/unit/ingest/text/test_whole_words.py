"""`find_whole` answers as the look-around pattern it replaces, without compiling one per name."""

from __future__ import annotations

import random
import re

from ingest.lang.lexicon import phrase_regex
from ingest.text.whole_words import find_whole


def _by_pattern(text: str, phrase: str) -> int:
    hit = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
    return hit.start() if hit else -1


def test_a_name_inside_a_longer_word_is_passed_over() -> None:
    text = "Jan Karlssonne met Jan Karlsson in Oslo."
    assert find_whole(text, "Jan Karlsson") == 19
    assert find_whole("Anna Berg-Olsen spoke.", "Anna Berg") == 0  # a hyphen is no word character
    assert find_whole("Anna Bergström spoke.", "Anna Berg") == -1


def test_it_answers_as_the_pattern_would() -> None:
    texts = ("Ms. Ölund_x met Ölund, then Ölund2 and (Ölund).", "", "Ölund", "xÖlund Ölund")
    for text in texts:
        for phrase in ("Ölund", "Ölund2", "(Ölund)", "d, t", ""):
            assert find_whole(text, phrase) == _by_pattern(text, phrase), (text, phrase)


def test_a_name_after_a_full_stop_is_none_where_the_stop_is_barred() -> None:
    """With `not_after="."` it answers as the case-sensitive phrase list of the name would
    ('Li' of 'N.Li' is no name of his), on random texts of word characters, stops and odd
    letters."""
    assert find_whole("Libya, N.Li and Li", "Li", not_after=".") == 16
    assert find_whole("Libya, N.Li", "Li") == 9
    rng = random.Random(11)
    letters = "aAbé_.-, Li(1)\u0130\u017f\u212a"
    for _ in range(20_000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        expected = phrase_regex([word], flags=0).search(text) is not None
        assert (find_whole(text, word, not_after=".") >= 0) is expected, (word, text)
