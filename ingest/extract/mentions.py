"""Countries, places and titled people mentioned in one sentence.

People are found only next to a title ('Deputy Secretary Armitage', 'Tammy Bruce, woordvoerder
van ...', 'de Russische ambassadeur in de VS, Alexander Darchiev'): a bare name states no role,
and preferring precision keeps bylines and passers-by out of the officials list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.extract.combining_forms import combined_states
from ingest.extract.elided_states import elided_states
from ingest.lang.lexicon import Lexicon, capital_of, every_language

TOKEN_RE = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)+|\w+(?:[-'\u2019]\w+)*|[^\w\s]")
_POSSESSIVE = ("\u2019s", "'s")  # right single quotation mark or apostrophe
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
    # Holders read after a title's remit: officials only, added once the leaders are found.
    remit_people: list[PersonMention] = field(default_factory=list)
    # The (first, last) token spans of titles, found once: people and role descriptions read them.
    titles: list[tuple[int, int]] = field(default_factory=list)
    # Token offsets, built on first use: rules find 'the token at this offset' by bisection
    # rather than by walking the sentence's tokens once per mention.
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _ends: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    # The name letters of the tokens (leaders.names), with the scanner and spans they were read
    # with; only the scanner's identity is asked, so any object will do here
    letters: tuple[object, list[tuple[int, int]], str] | None = field(
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
        if words.region_after and _region_after(text, match.end(), words.region_after):
            continue  # 'Amérique latine', 'Amérique du Sud': a region, not the country
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
    region_after: tuple[str, ...]  # lower-cased words after a name that make it a region
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
            tuple(w.lower() for w in lex.words("region_suffixes")),
            tuple(lex.words("time_zone_before")),
            tuple(lex.words("time_zone_after")),
        )
        cached = _SEA_REGION[id(lex)] = (lex, words)
    return cached[1]


_NEXT_WORD = re.compile(r"\s+(\w+)")
_SUFFIX_REACH = 12  # characters after a name its region word takes: ' du Sud', ' latine'


def _region_after(text: str, end: int, suffixes: tuple[str, ...]) -> bool:
    """Whether a region word follows the name as a word of its own ('Amérique latine')."""
    rest = text[end : end + _SUFFIX_REACH].lower()
    return any(rest.startswith(w) and not rest[len(w) : len(w) + 1].isalnum() for w in suffixes)


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
