"""Where each candidate's surname stands in one article, and the marker words near it: the index
the leader features read (`features.py`), computed once per article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.extract.mentions import Token
from ingest.lang.lexicon import load_lexicon, phrase_regex

_NAME_WORDS = 6  # words a name runs back from its surname at most


@dataclass
class SurnameIndex:
    """Where things stand in one article, computed once: each candidate surname's (sentence,
    token) positions, the states named in each sentence with their token, and the token positions of
    meeting words, speech verbs, counterpart markers and mediation words per sentence."""

    words: dict[str, list[tuple[int, int]]]
    countries: list[list[tuple[int, str]]]
    triggers: dict[int, list[int]]
    speech: dict[int, list[int]]
    counterpart: dict[int, list[int]]
    mediation: dict[int, list[int]]
    complement: set[tuple[int, int]]  # surname positions named as a noun's complement
    opens: dict[tuple[int, int], int]  # surname position -> where its title opens, if titled
    # surname position -> where its name opens, if before it: a marker before a name ('with her
    # counterpart Luiz Inacio Lula da Silva') is as near a long name as a short one
    starts: dict[tuple[int, int], int] = field(default_factory=dict)

    def start(self, at: tuple[int, int]) -> int:
        """The token where the name of the surname at `at` opens."""
        return self.starts.get(at, at[1])


def _token_index(ctx: SentenceContext, starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, ctx.sentence.start + char) - 1)


def surname_index(
    art: ArticleContext, surnames: set[str], words: frozenset[str] = frozenset()
) -> SurnameIndex:
    """The article's index; marker words are looked for only in sentences naming a candidate
    (`words`: every word of the candidates' names, for where a name opens)."""
    pats = meeting_patterns(art.lex.lang)
    found = SurnameIndex({}, [], {}, {}, {}, {}, set(), {})
    patterns = (
        (pats.triggers, found.triggers),
        (pats.speech, found.speech),
        (_words_re(art.lex.lang, "counterpart_markers"), found.counterpart),
        (_words_re(art.lex.lang, "mediation_words"), found.mediation),
    )
    for i, ctx in enumerate(art.sentences):
        tokens = ctx.mentions.tokens
        starts = ctx.mentions.starts()
        named = False
        for k, t in enumerate(tokens):
            if t.base in surnames:  # only candidates' surnames are ever looked up
                found.words.setdefault(t.base, []).append((i, k))
                named = True
                if (j := _name_start(tokens, k, words)) < k:
                    found.starts[(i, k)] = j
        found.countries.append(
            [(bisect_left(starts, c.start), c.code) for c in ctx.mentions.countries]
        )
        if not named:
            continue
        text = ctx.sentence.text
        for pattern, into in patterns:
            hits = [_token_index(ctx, starts, m.start()) for m in pattern.finditer(text)]
            if hits:
                into[i] = hits
        found.complement |= _complements(ctx, i, surnames, set(found.triggers.get(i, ())))
        for p in ctx.mentions.people:
            if p.span_start < p.start and (k := bisect_left(starts, p.start)) < len(tokens):
                found.opens[(i, k + len(p.name.split()) - 1)] = bisect_left(starts, p.span_start)
    return found


def _complements(
    ctx: SentenceContext, i: int, surnames: set[str], triggers: set[int]
) -> set[tuple[int, int]]:
    """Surname positions whose person is the complement of a noun that is no meeting word: 'the
    remarks of President X', 'op uitnodiging van president X', 'Stabschef des Vizepräsidenten X',
    'les déclarations de la ministre X' (the visit or the talks of X do tie X to a meeting)."""
    genitives, dets = _complement_words(ctx.lang)
    tokens = ctx.mentions.tokens
    out: set[tuple[int, int]] = set()
    for k, t in enumerate(tokens):
        if t.base not in surnames:
            continue
        span = next((p.span_start for p in ctx.mentions.people if p.start <= t.start < p.end), None)
        j = k - 1
        while j >= 0 and (
            tokens[j].start >= span if span is not None else tokens[j].text.istitle()
        ):
            j -= 1  # to the token before the title, or before the first name
        while j > 0 and tokens[j].lower in dets and tokens[j].lower not in genitives:
            j -= 1  # 'de la ministre', but German 'des' is the genitive itself
        if j > 0 and tokens[j].lower in genitives and not triggers & {j - 1, j - 2}:
            out.add((i, k))
    return out


@lru_cache(maxsize=8)
def _complement_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon(lang)
    return (
        lex.word_set("genitive_preps"),
        lex.word_set("determiners"),
    )


@lru_cache(maxsize=16)
def _words_re(lang: str, key: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words(key))


def _name_start(tokens: list[Token], k: int, words: frozenset[str]) -> int:
    """The first token of the name ending at the surname token `k`: the run of name words
    right before it."""
    j = k
    while j > 0 and k - j < _NAME_WORDS and tokens[j - 1].text in words:
        j -= 1
    return j
