"""`find_whole` answers as the look-around pattern it replaces, without compiling one per name."""

from __future__ import annotations

import re

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
