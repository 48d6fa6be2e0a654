"""Per-sentence mentions shared by every extractor, computed once."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from ingest.extract.dates import Published
from ingest.extract.mentions import (
    CountryMention,
    PlaceMention,
    SentenceMentions,
    find_capital_phrases,
    find_countries,
    find_places,
    tokenize,
)
from ingest.extract.people import find_people, title_spans
from ingest.extract.person_names import state_as_first_name
from ingest.extract.titles import TitleScanner
from ingest.extract.towns import find_towns
from ingest.extract.treaties import names_treaty
from ingest.lang.lexicon import Lexicon, load_lexicon
from ingest.models import Evidence, Sentence

_YEAR = re.compile(r"\b(19[4-9]\d|20[0-3]\d)\b")


@dataclass
class SentenceContext:
    sentence: Sentence
    mentions: SentenceMentions
    lang: str = ""

    def evidence(self, rule: str, confidence: float) -> Evidence:
        s = self.sentence
        return Evidence(sentence=s.text, start=s.start, end=s.end, rule=rule, confidence=confidence)

    def local(self, start: int, end: int) -> str:
        return self.sentence.text[start - self.sentence.start : end - self.sentence.start]


@dataclass
class ArticleContext:
    lex: Lexicon
    scan: TitleScanner
    published: Published
    published_raw: str | None
    sentences: list[SentenceContext]
    url: str | None = None  # where the article was published: its domain hints at its country
    _surnames: dict[str, str] | None = None

    def surname_countries(self) -> dict[str, str]:
        """Surname -> country for people the article ties to exactly one country."""
        if self._surnames is None:
            seen: dict[str, set[str]] = {}
            for ctx in self.sentences:
                for p in ctx.mentions.people:
                    if p.country and " " in p.name:
                        seen.setdefault(p.name.split()[-1], set()).add(p.country)
            self._surnames = {n: next(iter(c)) for n, c in seen.items() if len(c) == 1}
        return self._surnames

    @cached_property
    def country_counts(self) -> Counter[str]:
        """How often the article names each state (names, adjectives and capitals): read by the
        guests of its meetings and by the other side of a one-sided one, counted once."""
        return Counter(c.code for ctx in self.sentences for c in ctx.mentions.countries)

    @cached_property
    def years(self) -> frozenset[int]:
        """The year the article was published, else every year its text names: the years whose
        officeholders it may name."""
        if self.published.year:
            return frozenset({self.published.year})
        return frozenset(int(y) for ctx in self.sentences for y in _YEAR.findall(ctx.sentence.text))

    @cached_property
    def outlet_country(self) -> str | None:
        """The state of the outlet's country-code domain ('rijksoverheid.nl' -> NL), if any: the
        article's home, which meeting sides and leaders both read."""
        return url_country(self.url, country_codes(self.lex.lang))


@lru_cache(maxsize=8)
def country_codes(lang: str) -> frozenset[str]:
    # Once per language: the forms table holds over a thousand entries.
    return frozenset(code for code, _ in load_lexicon(lang).countries.values())


def url_country(url: str | None, codes: frozenset[str]) -> str | None:
    """The state of a country-code domain among `codes` ('.uk' is GB), if any."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].upper()
    tld = {"UK": "GB"}.get(tld, tld)
    return tld if tld in codes else None


@lru_cache(maxsize=8)
def scanner(lang: str) -> TitleScanner:
    return TitleScanner(load_lexicon(lang))


@lru_cache(maxsize=8)
def _non_metonymic_preps(lang: str) -> frozenset[str]:
    """Words before a capital that make it a place, not its government ('in', 'vanuit')."""
    lex = load_lexicon(lang)
    words = lex.words("locative_preps") + lex.words("venue_preps") + lex.words("origin_preps")
    return frozenset(word.lower() for word in words)


def _metonymy(lex: Lexicon, mentions: SentenceMentions) -> None:
    """A capital not introduced by a locative preposition stands for its country."""
    capitals = [place for place in mentions.places if place.capital]
    if not capitals:
        return
    preps = _non_metonymic_preps(lex.lang)  # once per language, not once per sentence
    tokens = mentions.tokens
    for place in capitals:
        k = mentions.index_past(place.start)
        before = tokens[max(0, k - 1) : k]
        if before and before[0].text.lower() in preps:
            continue
        mentions.countries.append(CountryMention(place.country, "capital", place.start, place.end))


def _not_given_names(
    mentions: SentenceMentions, lex: Lexicon, scan: TitleScanner
) -> list[CountryMention]:
    """The country mentions that are no person's first name: 'Chad Wolf met', 'Maurice Schumann
    a rencontré', 'Jordan Bardella,': a state's name that is also a given name
    (`given_name_states`, the list the title reader uses), a name-like word, then a lower-case
    word or a comma. Not after a locative preposition ('à Maurice'), not in a place, and not
    where every noun is capitalised ('dass Israel Truppen schickt')."""
    if lex.data["capitalised_nouns"] or not mentions.countries:
        return mentions.countries
    preps = _non_metonymic_preps(lex.lang)
    return [c for c in mentions.countries if not _first_name(c, mentions, scan, preps)]


def _first_name(
    country: CountryMention, mentions: SentenceMentions, scan: TitleScanner, preps: frozenset[str]
) -> bool:
    tokens = mentions.tokens
    k = mentions.index_from(country.start)
    if k + 2 >= len(tokens) or not state_as_first_name(tokens, k, scan):
        return False
    word, name, after = tokens[k], tokens[k + 1], tokens[k + 2]
    return (
        (word.start, word.end) == (country.start, country.end)
        and not (k and tokens[k - 1].lower in preps)
        and not any(p.start < name.end and country.start < p.end for p in mentions.places)
        and name.text.isalpha()
        and (after.text[:1].islower() or after.text == ",")
    )  # fmt: skip


def _not_in_names(mentions: SentenceMentions) -> None:
    """A place that opens a person's name is his first name ('Minister Riad Nurmohamed': not
    Riyadh), nor the capital's state it would stand for. Only the opening word: a place later
    in a name's span is left as it was read."""
    names = [(p.start, p.end) for p in mentions.people if p.end > p.start]

    def inside(start: int, end: int) -> bool:
        return any(a == start and end < b for a, b in names)

    mentions.places = [p for p in mentions.places if not inside(p.start, p.end)]
    mentions.countries = [
        c for c in mentions.countries if c.kind != "capital" or not inside(c.start, c.end)
    ]


def _not_treaties(
    places: list[PlaceMention], text: str, offset: int, lang: str
) -> list[PlaceMention]:
    """The places that name no treaty ('breaches the Vienna Convention' is no word of Vienna)."""
    return [p for p in places if not names_treaty(text, p.start - offset, p.end - offset, lang)]


def build_sentence(sentence: Sentence, lex: Lexicon, scan: TitleScanner) -> SentenceContext:
    text, offset = sentence.text, sentence.start
    tokens = tokenize(text, offset)
    mentions = SentenceMentions(tokens=tokens)
    mentions.countries = find_countries(text, offset, lex)
    mentions.places = _not_treaties(find_places(text, offset, lex), text, offset, lex.lang)
    if not scan.capital_nouns.isdisjoint([t.lower for t in tokens]):
        mentions.places += find_capital_phrases(tokens, mentions.countries, lex)
        mentions.places.sort(key=lambda p: p.start)
    _metonymy(lex, mentions)
    mentions.countries = _not_given_names(mentions, lex, scan)
    mentions.titles = title_spans(tokens, scan, mentions.countries)
    mentions.people = find_people(
        tokens, scan, mentions.countries, mentions.titles, mentions.remit_people
    )
    if mentions.people and mentions.places:
        _not_in_names(mentions)
    towns = _not_treaties(find_towns(text, offset, lex.lang, mentions), text, offset, lex.lang)
    if towns:
        mentions.places = sorted([*mentions.places, *towns], key=lambda p: p.start)
    return SentenceContext(sentence, mentions, lex.lang)
