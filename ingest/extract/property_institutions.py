"""Whether a building noun names premises or the institution that speaks or acts.

An embassy whose envoy or staff the text names is still a building the text names ('the chargé
d'affaires of the Dutch embassy', 'Mitarbeiter der österreichischen Botschaft'); an embassy that
acts or speaks is the institution and no premises ('comments made by the Chinese embassy', 'a
statement of the Russian embassy'). The building nouns are read here too, with the compounds
that name an embassy through its staff ('ambassademedewerkers').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.mentions import Token
from ingest.lang.lexicon import Lexicon, load_lexicon, phrase_regex


def _speaks(tokens: list[Token], k: int, art: ArticleContext) -> bool:
    """Whether the tie at `k` makes the noun after it the one that acts or speaks: an agent
    preposition ('by the embassy') or a word for what it says before the tie ('a statement
    of', 'une déclaration de', 'een verklaring van')."""
    if tokens[k].lower in art.lex.word_set("property_agent_preps"):
        return True
    voices = art.lex.word_set("property_voice_heads")
    return any(tokens[h].lower in voices for h in range(max(0, k - 2), k))


def institution_tie(tokens: list[Token], i: int, art: ArticleContext) -> int:
    """Where the tie that may make the building noun at `i` an institution stands ('of the
    Dutch embassy', 'by the Chinese embassy'); -1 without one."""
    ties = art.lex.word_set("property_genitive_ties", "property_agent_preps")
    after_noun = art.lex.word_set("property_genitive_ties_after_noun")
    skip = art.lex.word_set("definite_articles")
    k = i - 1
    while k >= 0:
        tie = tokens[k].lower
        if tie in ties or (tie in after_noun and k > 0 and _noun_before(tokens[k - 1], art)):
            # 'Geschäftsträger der niederländischen Botschaft'; not 'the seizure of the US
            # embassy', 'de consulaire afdeling van de Nederlandse ambassade'
            return -1 if k > 0 and _building_head(tokens[k - 1], art) else k
        if tie not in skip and tokens[k].text not in art.lex.countries:
            return -1
        k -= 1  # 'of the Dutch', 'der niederländischen'
    return -1


def _noun_before(token: Token, art: ArticleContext) -> bool:
    """A capitalised noun before a German tie ('Geschäftsträger der'), not a preposition that
    opens the sentence ('In der deutschen Botschaft')."""
    preps = art.lex.word_set("property_loc_preps", "locative_preps", "venue_preps", "origin_preps")
    return token.text[:1].isupper() and token.lower not in preps


def _building_head(token: Token, art: ArticleContext) -> bool:
    """A word that ties the building, not its staff, to what follows: what is done to it or a
    part of it ('the storming of', 'la prise de', 'die Räume der'), another building noun
    ("la résidence de l'ambassade"), or the opening or closing of it, its article then no tie
    ('ont ouvert des consulats')."""
    return token.lower in art.lex.word_set(
        "property_building_heads", "property_nouns", "property_actions"
    )


def owned_in_state(
    owner: str | None, kind: str, tokens: list[Token], i: int, art: ArticleContext
) -> bool:
    """A state's embassy in another state is a building of its own, its staff named or not
    ('staff of the Vietnam Embassy in Hungary', "le chargé d'affaires de l'ambassade du Sénégal
    en Mauritanie"); not the institution that acts ('remarks made by the Danish embassy in
    Norway'), nor an office known only by its staff ('la représentation diplomatique
    américaine en Russie')."""
    if owner is None:
        return False
    k = institution_tie(tokens, i, art)
    if k < 0:
        return True
    return kind in art.lex.word_set("property_owned_kinds") and not _speaks(tokens, k, art)


def owned_building(
    tokens: list[Token], i: int, last: int, kind: str, art: ArticleContext, *, several: bool = False
) -> bool:
    """An embassy or consulate known only by its owner ('the Dutch embassy shares a building
    with the Belgian embassy') is a property, and so is one whose envoy or staff the text names
    ("the chargé d'affaires of the Dutch embassy", 'zwei Mitarbeiter der österreichischen
    Botschaft', "the Dutch Embassy's chargé d'affaires"); not the institution that speaks or
    works ('comments made by the Chinese embassy', "the embassy's spokesman", 'the
    activities of the embassy'). A plural noun is a building of each owner only where
    `several` owners are listed ('the Russian, Chinese and Pakistani embassies')."""
    plural = tokens[last].lower in art.lex.word_set("property_plurals") and not several
    if kind not in art.lex.word_set("property_owned_kinds") or plural or _voiced(tokens, last, art):
        return False
    k = institution_tie(tokens, i, art)
    return k < 0 or _staffed(tokens, k, art)


def _staffed(tokens: list[Token], k: int, art: ArticleContext) -> bool:
    """Whether the words before the tie at `k` name the building's envoy or staff ('the
    chargé d'affaires of', '58 employés de', 'un garde de sécurité de', 'die Sozialattaché
    der'), people who work in it."""
    if any(_staff_word(t.lower, art) for t in _phrase_before(tokens, k, art)):
        return True
    before = " ".join(t.lower for t in tokens[max(0, k - 4) : k])
    return any(before.endswith(n.lower()) for n in art.lex.words("envoy_nouns"))


def _phrase_before(tokens: list[Token], k: int, art: ArticleContext) -> list[Token]:
    """The noun the tie at `k` hangs on: the word right before it, and the word before a tie of
    its own with one word after it ('un garde de sécurité de', 'le chef du protocole de')."""
    nouns = tokens[k - 1 : k] if k > 0 else []
    ties = art.lex.word_set("property_genitive_ties")
    if k > 2 and tokens[k - 2].lower in ties and tokens[k - 1].text.isalpha():
        nouns.append(tokens[k - 3])
    return nouns


def _staff_word(word: str, art: ArticleContext) -> bool:
    """A staff noun, or a closed compound that ends in a long one ('Sozialattaché',
    'ambassademedewerkers')."""
    nouns = art.lex.word_set("embassy_staff_nouns")
    if word in nouns:
        return True
    return word.isalpha() and any(len(n) >= 6 and word.endswith(n) for n in nouns)


def _voiced(tokens: list[Token], last: int, art: ArticleContext) -> bool:
    """A possessive noun whose next words say what the institution says ("the embassy's
    spokesman", "the embassy's Twitter account"); not "the Dutch Embassy's chargé d'affaires",
    a building whose staff the text names."""
    if not tokens[last].possessive:
        return False
    voices = art.lex.word_set("property_voice_heads")
    return any(t.lower in voices for t in tokens[last + 1 : last + 4])


@lru_cache(maxsize=8)
def property_nouns(lang: str) -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    """Lower-cased building nouns and their kinds, their pattern and the words that open one,
    once per language rather than per sentence (callers only read them). The compounds that
    name a building through its staff ('ambassademedewerkers', 'ambassadepersoneel') are of
    their building's kind, as 'the embassy staff' names the embassy."""
    lex = load_lexicon(lang)
    nouns = {k.lower(): v for k, v in lex.mapping("property_nouns").items()}
    for compound, noun in lex.mapping("property_staff_compounds").items():
        nouns[compound] = nouns[noun.lower()]
    return nouns, phrase_regex(list(nouns)), frozenset(k.split(" ", 1)[0] for k in nouns)


def shown_noun(words: str, lex: Lexicon) -> str:
    """The building noun as a property's name shows it: a staff compound shows its building
    ('ambassademedewerkers' -> 'ambassade')."""
    return str(lex.mapping("property_staff_compounds").get(words.lower(), words))


ELISION = re.compile(r"^[ld]['\u2019]", re.I)  # French l'ambassade, d'ambassade


def building_noun_at(tokens: list[Token], i: int, nouns: dict[str, str]) -> tuple[str, int] | None:
    """Property kind and last token index of a property noun starting at token `i`."""
    word = ELISION.sub("", tokens[i].lower)
    if i + 2 < len(tokens):  # 'bureau de liaison', 'section des intérêts'
        three = f"{word} {tokens[i + 1].lower} {tokens[i + 2].lower}"
        if three in nouns:
            return nouns[three], i + 2
    two = f"{word} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
    if two in nouns:
        return nouns[two], i + 1  # "l'antenne consulaire"
    if word in nouns:
        return nouns[word], i
    tail = word.rsplit("-", 1)[-1]
    if "-" in word and tail in nouns:
        return nouns[tail], i
    return None
