"""One named only with meetings the text speculates about: at every mention in a sentence with a
meeting word, the meeting word nearest him is hedged ('may first meet', 'eager to schedule a
meeting between X and Y', 'unklar ist, ob das geplante Treffen zwischen X und Y', 'het lijkt
onwaarschijnlijk dat de voorziene top van X en Y', 'Probable, mais guère fixée, une
communication entre X et Y'). The annotation rules count no speculated meeting, so he heads no
side, whatever the leader model says.

The model reads hedges as a feature (`unreal`); this check runs after it, so the model's inputs
stay as they were fitted. It reads only the words that leave a meeting in doubt
(`speculation_words`: 'might', 'unlikely', 'unclear whether', 'pas encore fixée'), not the wishes
and plans of `hedge_words` ('wants to', 'wil', 'will'): a leader says those of a meeting he holds
('X wil dat bij zijn ontmoeting met Y ...'). A mention in a sentence without a meeting word says
nothing either way."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.lang.lexicon import load_lexicon, phrase_regex

_BEFORE = 40  # characters from a hedge to the meeting word it qualifies, as `unreal` reads them
_AFTER = 30


@lru_cache(maxsize=8)
def _hedges(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("speculation_words"))


def speculated(lang: str, spans: list[tuple[str, int, int]]) -> bool:
    """Whether every meeting a person is named with is only speculated about (`spans`: each
    sentence naming him, with where his mention opens and ends)."""
    triggers = meeting_patterns(lang).triggers
    hedges = _hedges(lang)
    said = []
    for text, start, end in spans:
        words = list(triggers.finditer(text))
        if words:
            near = min(words, key=lambda m: min(abs(m.start() - start), abs(m.start() - end)))
            said.append(_hedged(hedges, text, near))
    return bool(said) and all(said)


def _hedged(hedges: re.Pattern[str], text: str, near: re.Match[str]) -> bool:
    """Whether a hedge stands right before or after the meeting word."""
    return any(
        near.start() - _BEFORE <= h.end() and h.start() <= near.end() + _AFTER
        for h in hedges.finditer(text)
    )
