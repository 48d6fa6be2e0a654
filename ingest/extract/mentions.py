"""Countries, places and titled people mentioned in one sentence.

People are found only next to a title ('Deputy Secretary Armitage', 'Tammy Bruce, woordvoerder
van ...', 'de Russische ambassadeur in de VS, Alexander Darchiev'): a bare name states no role,
and preferring precision keeps bylines and passers-by out of the officials list.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from ingest.extract.combining_forms import combined_states
from ingest.extract.elided_states import elided_states
from ingest.lang.lexicon import Lexicon, capital_of, every_language

_T = TypeVar("_T")

TOKEN_RE = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)+|\w+(?:[-'\u2019]\w+)*|[^\w\s]")
_POSSESSIVE = ("\u2019s", "'s")  # right single quotation mark or apostrophe
# 'al-Harbi', 'bin-Salman': a lower-case article joined to a capitalised name
_ARTICLE_NAME = re.compile(
    r"^(?:" + "|".join(map(re.escape, every_language("name_articles"))) + r")-[A-Z\u00c0-\u00de]"
)
# 'UN-Political', 'VN-stemming', 'EU-Gipfel': an acronym joined to a word names a body or a thing
_ACRONYM_COMPOUND = re.compile(r"^[A-Z]{2,}-")
# French "l'ambassadeur", "d'ambassadeur": the elided article is not part of the title
_ELISION = re.compile(
    r"^(?:" + "|".join(map(re.escape, every_language("elisions"))) + r")['\u2019]", re.IGNORECASE
)


def drop_elision(text: str) -> str:
    """ "L'ambassadrice d'Israël" -> "ambassadrice d'Israël": the article is not the title."""
    return _ELISION.sub("", text)


class Token:
    """A word or punctuation mark; lower-cased and possessive-free forms computed once."""

    __slots__ = ("base", "end", "lower", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = text.endswith(_POSSESSIVE)
        self.base = text[:-2] if self.possessive else text
        self.lower = self.base.lower()


@dataclass
class CountryMention:
    code: str
    kind: str  # name | adjective | capital
    start: int
    end: int


@dataclass
class PlaceMention:
    name: str
    country: str
    capital: bool
    start: int
    end: int


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    title: str | None = None
    role: str | None = None
    country: str | None = None
    organization: str | None = None
    span_start: int = 0
    span_end: int = 0
    rule: str = ""
    title_tokens: tuple[int, int] | None = None


@dataclass
class SentenceMentions:
    tokens: list[Token]
    countries: list[CountryMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    # The (first, last) token spans of titles, found once: people and role descriptions read them.
    titles: list[tuple[int, int]] = field(default_factory=list)
    # Token offsets, built on first use: rules find 'the token at this offset' by bisection
    # rather than by walking the sentence's tokens once per mention.
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _ends: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    # The name letters of the tokens (leaders.names), with the scanner and spans they were read with
    letters: tuple[TitleScanner, list[tuple[int, int]], str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def starts(self) -> list[int]:
        """Each token's start, in order (callers only read it)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def index_from(self, at: int) -> int:
        """The index of the first token starting at or after `at` (len(tokens) when none)."""
        return bisect_left(self.starts(), at)

    def index_past(self, at: int) -> int:
        """The index of the first token ending after `at`: the tokens before it end by `at`."""
        if self._ends is None:
            self._ends = [t.end for t in self.tokens]
        return bisect_right(self._ends, at)


# Every non-space character starts a token, so the tokens and the spaces before them tile the
# text: one findall yields both, and each offset is a running sum (no match objects to ask).
_SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")
_FORMS: dict[str, tuple[bool, str, str]] = {}  # a token's text -> possessive, base, lower
_FORMS_SIZE = 50_000


def _forms(text: str) -> tuple[bool, str, str]:
    possessive = text.endswith(_POSSESSIVE)
    base = text[:-2] if possessive else text
    if len(_FORMS) >= _FORMS_SIZE:
        _FORMS.clear()
    found = _FORMS[text] = (possessive, base, base.lower())
    return found


def tokenize(text: str, offset: int) -> list[Token]:
    # Tokens are made here field by field, their forms looked up per word: every sentence of
    # every article is tokenised, and the same words recur.
    tokens: list[Token] = []
    append, new, forms = tokens.append, Token.__new__, _FORMS
    end = offset
    for space, word in _SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(word)
        token = new(Token)
        token.text, token.start, token.end = word, start, end
        token.possessive, token.base, token.lower = forms.get(word) or _forms(word)
        append(token)
    return tokens


def find_countries(text: str, offset: int, lex: Lexicon) -> list[CountryMention]:
    found: list[CountryMention] = []
    words = _sea_and_region_words(lex)
    after, before, regions = words.sea_after, words.sea_before, words.regions
    for match in lex.country_re.finditer(text):
        if text[match.end() : match.end() + 8].lstrip().startswith(after or ("\0",)) or (
            before and text.endswith(before, 0, match.start())
        ):
            continue  # 'the South China Sea', 'la mer de Chine': a sea, not the country
        if _clock_time(text, match.start(), match.end(), words):
            continue
        if regions and text[max(0, match.start() - 12) : match.start()].lower().endswith(regions):
            continue  # 'Zuid-Amerikaanse', 'lateinamerikanisch': a region, not the country
        code, kind = lex.countries[match.group()]
        start, end = _state_form_span(text, match.start(), match.end(), lex)
        found.append(CountryMention(code, kind, offset + start, offset + end))
        joined = combined_states(text, match.start(), lex)
        found += [CountryMention(c, "adjective", offset + a, offset + b) for c, a, b in joined]
        elided = elided_states(text, match.start(), match.group(), lex)
        found += [CountryMention(c, k, offset + a, offset + b) for c, k, a, b in elided]
    return found


_STATE_FORMS: dict[int, tuple[Lexicon, re.Pattern[str], re.Pattern[str]]] = {}
_FORM_WINDOW = 60  # characters before a country word its formal name may take


def _state_form_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """The country word with the words of the state's formal name around it ('Bundesrepublik
    Deutschland', "République Arabe d'Égypte", 'Russischen Föderation'): a title that names the
    state in full reaches the name after it, and no name starts inside the state's."""
    cached = _STATE_FORMS.get(id(lex))
    if cached is None or cached[0] is not lex:
        forms = "|".join(map(re.escape, lex.words("state_forms"))) or "(?!x)x"
        links = "|".join(map(re.escape, lex.words("own_country_connectors"))) or "(?!x)x"
        dets = "|".join(map(re.escape, lex.words("determiners"))) or "(?!x)x"
        before = re.compile(
            rf"(?<![\w'\u2019])(?:(?:{forms})\s+)+(?:(?:{links})\s+(?:(?:{dets})\s+)?|d['\u2019])?$",
            re.I,
        )
        cached = _STATE_FORMS[id(lex)] = (lex, before, re.compile(rf"\s+(?:{forms})\b"))
    window = max(0, start - _FORM_WINDOW)
    left = cached[1].search(text, window, start)
    right = cached[2].match(text, end)
    return (left.start() if left else start), (right.end() if right else end)


class _LexWords(NamedTuple):
    """The words a country or place mention is tested against, read once per lexicon."""

    sea_after: tuple[str, ...]
    sea_before: tuple[str, ...]
    regions: tuple[str, ...]  # lower-cased region prefixes
    clock_before: tuple[str, ...]
    clock_after: tuple[str, ...]


_SEA_REGION: dict[int, tuple[Lexicon, _LexWords]] = {}


def _sea_and_region_words(lex: Lexicon) -> _LexWords:
    """Sea words after and before, lower-cased region prefixes, clock-time words before and
    after: built once per lexicon rather than once per sentence (the lexicon itself is kept so
    the id stays its own)."""
    cached = _SEA_REGION.get(id(lex))
    if cached is None or cached[0] is not lex:
        words = _LexWords(
            tuple(lex.words("sea_words_after")),
            tuple(lex.words("sea_words_before")),
            tuple(w.lower() for w in lex.words("region_prefixes")),
            tuple(lex.words("time_zone_before")),
            tuple(lex.words("time_zone_after")),
        )
        cached = _SEA_REGION[id(lex)] = (lex, words)
    return cached[1]


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _clock_time(text: str, start: int, end: int, words: _LexWords) -> bool:
    """'16h30 heure de Paris', 'heure française', 'Washington time', 'Moskauer Zeit',
    'Nederlandse tijd': a state or town that tells the clock (`words`: its clock-time words
    before and after) is no side and no place."""
    before, after = words.clock_before, words.clock_after
    if before and text.endswith(before, 0, start):
        return True
    word = _NEXT_WORD.match(text, end) if after else None
    return word is not None and word.group(1) in after


def find_places(text: str, offset: int, lex: Lexicon) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    words = _sea_and_region_words(lex)
    for match in lex.place_re.finditer(text):
        if _clock_time(text, match.start(), match.end(), words):
            continue
        place = lex.places[match.group()]
        found.append(PlaceMention(place.name, place.country, place.capital, *_shift(match, offset)))
    return found


def find_capital_phrases(
    tokens: list[Token], countries: list[CountryMention], lex: Lexicon
) -> list[PlaceMention]:
    """'in der türkischen Hauptstadt', 'dans la capitale qatarie', 'in the Turkish capital':
    the capital of the country the adjective names, spanning adjective and noun."""
    nouns = lex.word_set("capital_nouns")
    found: list[PlaceMention] = []
    for i, token in enumerate(tokens):
        if token.lower not in nouns:
            continue
        near = {tokens[n].start for n in (i - 1, i + 1) if 0 <= n < len(tokens)}
        adj = next((c for c in countries if c.kind == "adjective" and c.start in near), None)
        capital = capital_of(adj.code) if adj else None
        if adj is not None and capital:
            span = min(adj.start, token.start), max(adj.end, token.end)
            found.append(PlaceMention(capital, adj.code, True, *span))
    return found


def _shift(match: re.Match[str], offset: int) -> tuple[int, int]:
    return offset + match.start(), offset + match.end()


def _plain(word: str) -> str:
    """The word without accents ('étrangères' -> 'etrangeres')."""
    if word.isascii():
        return word  # nothing to decompose, most words: no character-by-character pass
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_MIN_STEM = 3  # letters before a short head: 'EU-chef', 'Atomchef'
_MIN_PLURAL = 7  # a plural head that may end a compound: 'ministern', not 'chefs'
_UNKNOWN = "\0unknown"  # no head role is this: a word not yet asked about


class TitleScanner:
    """Token classes for one language; kept per lexicon so the sets are built once."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.heads = {k.lower(): v for k, v in lex.heads.items()}
        self.suffix_heads = sorted(  # longest first: 'sonderbeauftragte' before 'beauftragte'
            (h for h in self.heads if len(h) >= 6 and " " not in h), key=len, reverse=True
        )
        self._word_classes(lex)
        self._derived_sets(lex)
        # Answers per word: every sentence asks again about the same words. Cleared when full,
        # so a long ingest keeps memory flat.
        self._memo: dict[str, str | None] = {}
        self._names: dict[str, bool] = {}
        self._titleish: dict[str, bool] = {}
        # Words that neither head nor modify a title nor end a two-word head: most of a
        # sentence's words, told apart from the rest by one set test each.
        self._quiet: set[str] = set()
        self._loud: set[str] = set()

    def _word_classes(self, lex: Lexicon) -> None:
        """The language file's word lists, as sets."""
        self.modifiers = {k.lower(): v for k, v in lex.mapping("title_modifiers").items()}
        self.orgs = lex.word_set("org_words")
        self.connectors = lex.word_set("title_connectors")
        self.retinue = lex.word_set("retinue_connectors")  # 'envoy of President X'
        self.own = lex.word_set("own_country_connectors")
        self.dets = lex.word_set("determiners")
        self.copulas = lex.word_set("copulas")
        self.capacity = tuple(tuple(p.lower().split()) for p in lex.words("capacity_phrases"))
        self.possessives = lex.word_set("title_possessives")
        self.joiners = lex.word_set("list_joiners")
        self.particles = lex.word_set("name_particles")
        self.name_articles = lex.word_set("name_articles")  # 'al', 'bin': Arabic names
        self.patronymics = lex.word_set("patronymic_particles")
        self.capital_nouns = lex.word_set("capital_nouns")
        self.function_words = lex.word_set("function_words")
        self.second_particles = frozenset(lex.words("second_particles"))  # 'von der', 'van den'
        self.honorifics = frozenset(lex.words("honorifics"))
        self.courtesy = frozenset(lex.words("courtesy_forms"))
        self.companions = lex.word_set("companion_words")
        self.plural_heads = lex.word_set("plural_heads")
        # 'die Botschafter': an article that makes a head plural unless it ends as a singular one
        self.plural_articles = {
            k.lower(): tuple(v) for k, v in lex.mapping("plural_articles").items()
        }  # fmt: skip
        # 'head of the French delegation', 'chef de la délégation': a side's noun ends a title
        self.side_nouns = lex.word_set("delegation_nouns")
        # 'head of', 'hoofd van': a word that heads the body named after it ('head of the SVR')
        self.body_heads = lex.word_set("body_heads")
        self.months = frozenset(w.lower() for w in lex.mapping("months"))
        # 'die sechs Außenminister': a number above one makes a title plural
        self.counts = frozenset(k.lower() for k, v in lex.mapping("numbers").items() if v != 1)
        self.compound_titles = bool(lex.data["compound_titles"])  # titles fuse into compounds
        # 'Navo-chef', 'Geheimdienstchef': heads too short to end any compound safely end these
        self.short_heads = {k.lower(): v for k, v in lex.mapping("compound_short_heads").items()}

    def _derived_sets(self, lex: Lexicon) -> None:
        """Sets derived from the lists, for the set tests that rule most words out at once."""
        self._any_suffix = tuple(self.suffix_heads)  # one endswith() call rules most words out
        # First words of two-word heads ("chargé d'affaires"): only after one is a pair looked up
        self.pair_firsts = frozenset(h.split(" ", 1)[0] for h in self.heads if " " in h)
        # words of buildings and bodies ('Witte Huis', 'Palais de Koulouba') name no person
        self.venue_words = frozenset(
            w.lower() for v in [*lex.words("venue_nouns"), *lex.mapping("seat_venues")]
            for w in v.split()
        )  # fmt: skip
        self.plain_stop = frozenset(_plain(w) for w in lex.stop)
        self.plain_orgs = frozenset(_plain(w) for w in self.orgs)
        self.org_suffixes = tuple(o for o in self.orgs if len(o) >= 6 and " " not in o)
        self._pair_seconds = frozenset(h.split(" ", 1)[1] for h in self.heads if " " in h)
        # 'Bundesministern', 'Staatssekretärinnen': a compound ends in a plural head
        self._plural_suffixes = tuple(h for h in self.plural_heads if len(h) >= _MIN_PLURAL)

    def plural(self, word: str) -> bool:
        """A plural head: 'ministers', one fused to a modifier ('oud-ambassadeurs') and, where
        titles fuse into compounds, one ending a compound ('Bundesministern')."""
        if word in self.plural_heads or word.rpartition("-")[2] in self.plural_heads:
            return True
        return self.compound_titles and word.endswith(self._plural_suffixes)

    def head_role(self, word: str) -> str | None:
        role = self._memo.get(word, _UNKNOWN)  # asked of every token: one lookup
        if role is not _UNKNOWN:
            return role
        role = self._head_role(word)
        _remember(self._memo, word, role)
        return role

    def _head_role(self, word: str) -> str | None:
        word = _ELISION.sub("", word)
        if word in self.heads:
            return self.heads[word]
        first, dash, last = word.partition("-")
        if dash and first in self.modifiers and last in self.heads:
            return self.heads[last]  # 'vice-chancelier': a modifier fused to its head
        if self.compound_titles:
            return (
                self._compound_role(word)
                or (  # 'des Botschafters': a genitive -s
                    self._compound_role(word[:-1]) if word.endswith("s") else None
                )
            )
        return None

    def _compound_role(self, word: str) -> str | None:
        if word in self.heads:
            return self.heads[word]
        if word.endswith(self._any_suffix):  # 'Außenminister'
            for head in self.suffix_heads:
                if word.endswith(head):
                    return self.heads[head]
        return next(
            (role for head, role in self.short_heads.items()
             if word.endswith(head) and len(word) - len(head) >= _MIN_STEM),
            None,
        )  # fmt: skip

    def title_words(self, tokens: list[Token]) -> list[int]:
        """Indexes of the tokens that may open a title: a head, a modifier or the second word
        of a two-word head ('chargé d'affaires'); the others are remembered as quiet."""
        quiet, loud = self._quiet, self._loud
        found = [i for i, t in enumerate(tokens) if t.lower not in quiet]
        if all(tokens[i].lower in loud for i in found):
            return found
        return [i for i in found if tokens[i].lower in loud or self._sort_word(tokens[i].lower)]

    def _sort_word(self, word: str) -> bool:
        """True when the word may open a title; the answer is kept in `_loud` or `_quiet`."""
        loud = (
            self.head_role(word) is not None or word in self.modifiers or word in self._pair_seconds
        )
        kept = self._loud if loud else self._quiet
        if len(kept) >= _MEMO_SIZE:
            kept.clear()
        kept.add(word)
        return loud

    def titleish(self, word: str) -> bool:
        known = self._titleish.get(word)
        if known is None:
            known = _remember(self._titleish, word, self._is_titleish(word))
        return known

    def _is_titleish(self, word: str) -> bool:
        if word in self.modifiers or word in self.orgs or self.head_role(word) is not None:
            return True
        bare = _ELISION.sub("", word)  # "d'europe" in 'directeur d'Europe continentale'
        if bare != word and (bare in self.modifiers or bare in self.orgs):
            return True
        return _plain(bare) in self.plain_orgs  # "l'Etat": a capital drops its accent

    def name_token(self, token: Token) -> bool:
        known = self._names.get(token.base)
        if known is None:
            known = _remember(self._names, token.base, self._is_name(token.base))
        return known

    def _is_name(self, word: str) -> bool:
        if _ARTICLE_NAME.match(word):
            return True  # 'al-Harbi', 'el-Sisi', 'bin Salman' keep their lower-case article
        if len(word) < 2 or not word[0].isupper() or word.isupper() or word.isdigit():
            return False
        if _ACRONYM_COMPOUND.match(word):
            return False
        lower = word.lower()
        return (
            lower not in self.lex.stop
            and self.head_role(lower) is None
            and not self._body_word(lower)
        )

    def _body_word(self, lower: str) -> bool:
        """A word of a building or body: 'Huis', 'Palais'; 'Etrangères' with the accent a
        capital drops; a compound ending in an organisation ('Vereinigungsministeriums')."""
        return (  # asked only through name_token, whose answers are remembered
            lower in self.venue_words
            or _plain(lower) in self.plain_stop
            or (self.compound_titles and lower.endswith(self.org_suffixes))
        )


_MEMO_SIZE = 50_000  # words remembered per scanner and question


def _remember(memo: dict[str, _T], word: str, answer: _T) -> _T:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[word] = answer
    return answer
