"""A state's permanent mission to an international body, where a meeting is held or a crowd
stands: 'talks at the Chinese Mission to the United Nations', 'in de Permanente
Vertegenwoordiging van Nederland bij de EU', 'bei der Ständigen Vertretung Deutschlands bei der
OSZE', 'à la mission permanente de la France auprès de l'ONU'. The body it is accredited to makes
the mission its owner's building (a 'mission' alone may be an operation abroad), placed or not."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import Token
from ingest.lang.lexicon import phrase_regex

PERMANENT = "permanent mission"


@dataclass(frozen=True)
class BodyTie:
    """The words that tie a mission to its body ('to the United Nations') and the index of the
    first token after them."""

    words: str
    after: int


def body_tie(
    tokens: list[Token], at: tuple[int, int], kind: str, ctx: SentenceContext, art: ArticleContext
) -> BodyTie | None:
    """The tie to an international body (`property_body_ties`) that starts at token `j` after
    the mission noun at token `i`, where a place word stands before the noun ('at the', 'in
    de'): a mission the text only quotes or names through its staff ('according to the Iranian
    Mission to the UN') is the body that speaks, not its building."""
    i, j = at
    if kind != "mission" or j >= len(tokens) or not _at_venue(tokens, i, art):
        return None
    ties = phrase_regex(art.lex.words("property_body_ties"))
    found = ties.match(ctx.sentence.text, tokens[j].start - ctx.sentence.start)
    if found is None:
        return None
    end = ctx.sentence.start + found.end()
    after = j
    while after < len(tokens) and tokens[after].end <= end:
        after += 1
    return BodyTie(found.group(), after)


def _at_venue(tokens: list[Token], i: int, art: ArticleContext) -> bool:
    """Whether a venue preposition opens the words before the noun ('at the Chinese', 'in the
    North Korean', "in Libya's")."""
    skip = art.lex.word_set("definite_articles", "determiners")
    k = i - 1
    while k >= 0 and (
        tokens[k].lower in skip or tokens[k].base[:1].isupper() or tokens[k].possessive
    ):
        k -= 1
    return k >= 0 and tokens[k].lower in art.lex.word_set("venue_preps")


def permanent_name(name: str | None, noun: list[Token], tie: BodyTie) -> str:
    """'North Korean Mission to the UN': the words before the noun, the noun and its tie."""
    return " ".join(w for w in (name, " ".join(t.text for t in noun), tie.words) if w)
