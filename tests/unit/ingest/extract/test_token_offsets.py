"""The per-sentence token offsets rules bisect give the tokens a walk over the sentence gives:
the first token starting at or after an offset, and the first ending after it."""

from __future__ import annotations

import pytest

from ingest.extract.context import build_sentence, scanner
from ingest.lang.lexicon import load_lexicon
from ingest.models import Sentence

SENTENCES = [
    ("en", "Foreign Minister Wang Yi met U.S. Secretary Blinken's deputy in Beijing on Monday."),
    ("de", "Außenministerin Baerbock (Grüne) traf am 3. Mai in Berlin ihren Amtskollegen."),
    ("fr", "L'ambassadeur d'Israël s'est entretenu avec le chargé d'affaires à Paris."),
    ("nl", "  De premier - na twee dagen -  sprak  met de Duitse delegatie. "),
    ("en", ""),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_bisection_finds_the_tokens_a_walk_finds(lang: str, text: str) -> None:
    offset = 17  # sentences sit inside an article
    sentence = Sentence(index=0, start=offset, end=offset + len(text), text=text)
    mentions = build_sentence(sentence, load_lexicon(lang), scanner(lang)).mentions
    tokens = mentions.tokens
    assert mentions.starts() == [t.start for t in tokens]
    for at in range(offset - 2, offset + len(text) + 3):
        walk_from = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
        walk_past = next((i for i, t in enumerate(tokens) if t.end > at), len(tokens))
        assert mentions.index_from(at) == walk_from, at
        assert mentions.index_past(at) == walk_past, at
