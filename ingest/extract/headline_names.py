"""Names read in a headline written in Title Case ('Chinese Premier Li Given A Guard Of Honour At
PM House', 'Japanese Embassy Diplomat Arrives At Russian Foreign Ministry'): every word there is
capitalised, so a run of capitalised words is no sign of a name. A name read there stands only
where the article writes it again outside the headline; the person is named there as well.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.lang.lexicon import load_lexicon

_CAPITALISED_SMALL_WORDS = 3  # "A ... Of ... At": a sentence capitalises hardly one
# "Russian and Brazilian FMs Hold Joint Presser in Brasilia": a first line whose words are all
# capitalised, from this many on (a shorter one may be a name and its title alone)
_CAPITALISED_WORDS = 4


@lru_cache(maxsize=8)
def _small_words(lang: str) -> frozenset[str]:
    """Words a sentence writes in lower case but where it starts: determiners, prepositions,
    list joiners; less those an honorific capitalises ('Son Excellence')."""
    lex = load_lexicon(lang)
    small = lex.word_set("determiners", "locative_preps", "list_joiners", "title_connectors")
    return small - {w.lower() for w in lex.words("honorifics")}


@lru_cache(maxsize=8)
def _particles(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("name_particles")


def title_case(ctx: SentenceContext, lang: str) -> bool:
    """Whether the sentence capitalises its small words past the first ('Li Given A Guard Of')."""
    small, particles = _small_words(lang), _particles(lang)
    names = [(p.start, p.end) for p in ctx.mentions.people]
    capitalised = sum(
        1 for t in ctx.mentions.tokens[1:]
        if t.lower in small and t.text[:1].isupper()
        and not (t.lower in particles and any(s <= t.start < e for s, e in names))  # 'De Croo'
    )  # fmt: skip
    return capitalised >= _CAPITALISED_SMALL_WORDS


def capitalised_line(ctx: SentenceContext, lang: str) -> bool:
    """Whether every word of the sentence but its small words is capitalised: a headline written
    in Title Case that keeps its small words low ('Egyptian President Makes Historic Angola
    Visit')."""
    small = _small_words(lang)
    words = [t.text for t in ctx.mentions.tokens if t.base.isalpha() and t.lower not in small]
    return len(words) >= _CAPITALISED_WORDS and all(w[:1].isupper() for w in words)


def _headlines(sentences: list[SentenceContext], lang: str) -> list[SentenceContext]:
    """Title-Case sentences: those that capitalise their small words, and the first line (or a
    line repeating it, as a page title does) when it capitalises every other word. Only the
    first line: a list of titled names further on capitalises every word too."""
    first = sentences[0].sentence.text.casefold() if sentences else ""
    return [
        ctx for ctx in sentences
        if ctx.mentions.people and (title_case(ctx, lang) or (
            ctx.sentence.text.casefold() == first and capitalised_line(ctx, lang)))
    ]  # fmt: skip


def drop_headline_names(sentences: list[SentenceContext], lang: str) -> None:
    """Forget the names of Title-Case sentences that the rest of the article never writes."""
    headlines = _headlines(sentences, lang)
    if not headlines:
        return
    heads = {id(ctx) for ctx in headlines}  # by identity: two sentences may read the same
    rest = "\n".join(ctx.sentence.text for ctx in sentences if id(ctx) not in heads)
    for ctx in headlines:
        ctx.mentions.people = [p for p in ctx.mentions.people if p.name in rest]
