"""The tokeniser reads the spaces and tokens in one pass and remembers each word's forms: its
tokens are the ones the token pattern finds match by match, with the same offsets and forms."""

from __future__ import annotations

import pytest

from ingest.extract.mentions import TOKEN_RE, tokenize

TEXTS = [
    "Foreign Minister Wang Yi met U.S.-U.K. envoys and Blinken\u2019s deputy in Beijing.",
    "  Außenministerin Baerbock (Grüne) traf am 3. Mai\u00a0in Berlin ihren Amtskollegen.  ",
    "L'ambassadeur d'Israël s'est entretenu avec le chargé d'affaires à Paris ;\tpuis...",
    "De premier -- na twee dagen --\n sprak met de Duitse delegatie 's avonds.",
    "\u2003İstanbul ǅemal al-Harbi's",
    "",
    "   ",
]


def _one_match_at_a_time(text: str, offset: int) -> list[tuple[str, int, int, bool, str, str]]:
    found = []
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        possessive = word.endswith(("\u2019s", "'s"))
        base = word[:-2] if possessive else word
        found.append((word, offset + match.start(), offset + match.end(), possessive, base))
    return [(*f, f[4].lower()) for f in found]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_the_pattern_matches_with_their_forms(text: str) -> None:
    for _ in range(2):  # the second time the forms come from what was remembered
        tokens = tokenize(text, 17)
        got = [(t.text, t.start, t.end, t.possessive, t.base, t.lower) for t in tokens]
        assert got == _one_match_at_a_time(text, 17)
        assert all(text[t.start - 17 : t.end - 17] == t.text for t in tokens)
