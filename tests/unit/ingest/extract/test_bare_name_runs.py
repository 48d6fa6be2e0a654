"""Bare-name runs of the leader candidates: the regex gives the spans of the token walk it
replaced, on every class string of up to eight tokens."""

from __future__ import annotations

from itertools import product

from ingest.extract.leaders.names import _MAX_BARE, _runs


def _walk(classes: str) -> list[tuple[int, int]]:
    """The reference: from each name word, extend over name words and particles (a particle
    never last) up to four tokens, then step back to the last name word."""
    spans = []
    i = 0
    while i < len(classes):
        if classes[i] != "N":
            i += 1
            continue
        j = i + 1
        while (
            j < len(classes)
            and j - i < _MAX_BARE
            and (classes[j] == "N" or (classes[j] == "P" and j + 1 < len(classes)))
        ):
            j += 1
        while classes[j - 1] != "N":
            j -= 1
        spans.append((i, j))
        i = j
    return spans


def test_runs_match_the_token_walk() -> None:
    for size in range(9):
        for letters in product("NPB-", repeat=size):
            classes = "".join(letters)
            assert _runs(classes) == _walk(classes), classes


def test_a_run_spans_at_most_four_tokens_and_ends_on_a_name() -> None:
    assert _runs("NPNNN-N") == [(0, 4), (4, 5), (6, 7)]
    assert _runs("NPP-N") == [(0, 1), (4, 5)]
