"""Language knowledge loaded from `ingest/lang/*.json`, compiled once per language.

Code holds no vocabulary: a new language is a new JSON file with the same keys.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from ingest.lang import gazetteer
from ingest.lang.phrases import PhraseRegex

LANG_DIR = Path(__file__).parent
SUPPORTED = ("nl", "en", "de", "fr")
# Lists read only to keep a word out of people's names ('Asia', 'Red Cross'): they spell no word
# of a line in capitals (`ingest.text.truecase`) and keep no town out of the town table.
NAME_VETO_KEYS = ("region_words", "body_words", "name_nouns")
# Word endings read only to keep a word out of people's names ('Tokios', 'Wiener',
# 'Verantwortung'): like the veto lists, they spell no word and keep no town out.
NAME_ENDING_KEYS = ("place_form_endings", "noun_endings")
NAME_ONLY_KEYS = NAME_VETO_KEYS + NAME_ENDING_KEYS


def phrase_regex(phrases: list[str], *, flags: int = re.I) -> re.Pattern[str]:
    """Alternation of whole-word phrases, longest first so that 'was led by' beats 'led'.

    The result is a `PhraseRegex`: the compiled pattern's methods and answers, with `search` and
    `finditer` skipping texts that lack every phrase's first word (see `ingest.lang.phrases`).
    It is typed as the pattern it stands in for, so rules keep their annotations."""
    return cast("re.Pattern[str]", _phrase_regex(tuple(phrases), flags))


@lru_cache(maxsize=512)  # extractors ask per sentence; compile each phrase list once
def _phrase_regex(phrases: tuple[str, ...], flags: int) -> PhraseRegex:
    words = {p for p in phrases if p}
    if words and not flags & re.I and _capitalised(words):
        return PhraseRegex(
            re.compile(rf"{_first_char_pattern(_trie(words))}(?![\w])", flags), words
        )
    body = _trie_pattern(_trie(words)) if words else r"(?!x)x"
    return PhraseRegex(re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags), words)


_LOWER_FIRSTS = 4  # a case-sensitive list with more lower-case first letters gains nothing


def _capitalised(words: set[str]) -> bool:
    """Whether nearly every phrase starts with a capital (places, most country lists)."""
    return len({w[0] for w in words if w[0].islower()}) <= _LOWER_FIRSTS


def _first_char_pattern(trie: dict[str, Any]) -> str:
    """The trie with the word-start test after each first character ('(?<![\\w.].)' there is
    '(?<![\\w.])' before it): a pattern opening on its first characters lets the regex engine
    skip to them, where an opening look-behind makes it try the whole pattern at every position.
    Only for case-sensitive lists: under re.I the engine skips nothing either way."""
    branches = [re.escape(char) + r"(?<![\w.].)" + _trie_pattern(child)
                for char, child in sorted(trie.items()) if char != _END]  # fmt: skip
    return "(?:" + "|".join(branches) + ")"


_END = ""  # trie key marking the end of a phrase


def _trie(words: set[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _trie_pattern(node: dict[str, Any]) -> str:
    """A regex that shares prefixes ('Guinea|Guinea-Bissau' -> 'Guinea(?:-Bissau)?'): the
    country and place lists hold a thousand phrases, and a flat alternation tries each one at
    every position. Greedy optional tails keep 'longest phrase first', as the flat list did."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items())
                if char != _END]  # fmt: skip
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


@lru_cache(maxsize=8)
def _language_file(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = _load(f"{lang}.json")
    return data


@lru_cache(maxsize=32)
def every_language(key: str) -> tuple[str, ...]:
    """One key's words in every supported language, each once: for rules that apply whatever the
    article's language (the press quotes 'Mr.' and 'Mme' alike)."""
    return tuple(dict.fromkeys(w for lang in SUPPORTED for w in _language_file(lang)[key]))


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    capital: bool


@dataclass(frozen=True)
class Lexicon:
    lang: str
    data: dict[str, Any]
    countries: dict[str, tuple[str, str]]  # surface form -> (ISO code, 'name'|'adjective')
    places: dict[str, Place]  # surface form -> English place
    country_re: re.Pattern[str]
    place_re: re.Pattern[str]
    stop: frozenset[str]  # lower-cased words that can never be part of a person's name
    # lower-cased combining form -> ISO code: 'franco' of 'franco-allemand', 'sino' of 'Sino-Indian'
    combining_forms: dict[str, str] = field(default_factory=dict)
    _sets: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def words(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        return list(value)

    def word_set(self, *keys: str) -> frozenset[str]:
        """The words of `keys`, lower-cased, as one set: what a test of each token asks. Built
        once per lexicon (the dict is filled in place; the lexicon itself stays frozen)."""
        found = self._sets.get(keys)
        if found is None:
            found = frozenset(w.lower() for key in keys for w in self.data.get(key, []))
            self._sets[keys] = found
        return found

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.data.get(key, {})
        return dict(value)

    @property
    def heads(self) -> dict[str, str]:
        return self.mapping("title_heads")


def _load(name: str) -> Any:
    return json.loads((LANG_DIR / name).read_text(encoding="utf-8"))


def _countries(lang: str) -> tuple[dict[str, tuple[str, str]], dict[str, Place]]:
    abbreviations = _language_file(lang)["country_abbreviations"]  # 'U.S.', 'UK'
    forms: dict[str, tuple[str, str]] = {f: (c, "name") for f, c in abbreviations.items() if c}
    places: dict[str, Place] = {}
    for code, entry in gazetteer.countries().items():
        for name in entry[lang]["names"]:
            forms[name] = (code, "name")
        for adjective in entry[lang]["adjectives"]:
            forms.setdefault(adjective, (code, "adjective"))
    for english, info in gazetteer.cities().items():
        capital = any(
            e["capital"] == english
            for c, e in gazetteer.countries().items()
            if c == info["country"]
        )
        for form in info["forms"]:
            places[form] = Place(english, info["country"], capital)
    return _typographic(forms), _typographic(places)


_T = TypeVar("_T")


def _typographic(table: dict[str, _T]) -> dict[str, _T]:
    """Each name with an apostrophe also with the typographic one (U+2019) the press mostly
    types: the Côte d'Ivoire, N'Djamena and Allemagne de l'Est of many French articles."""
    typed = {f.replace("'", "\u2019"): v for f, v in table.items() if "'" in f}
    return {**table, **{f: v for f, v in typed.items() if f not in table}}


def capital_of(code: str) -> str | None:
    """English name of a country's capital ('TR' -> 'Ankara')."""
    entry = gazetteer.countries().get(code)
    return str(entry["capital"]) if entry and entry.get("capital") else None


def _stop_words(data: dict[str, Any], forms: dict[str, tuple[str, str]]) -> frozenset[str]:
    stop: set[str] = set()
    for key in ("function_words", "determiners", "org_words", "delegation_nouns",
                "round_nouns", "common_nouns"):  # fmt: skip
        stop |= {w.lower() for w in data.get(key, [])}
    calendar = () if data.get("lowercase_months") else ("months", "weekdays")
    for key in ("title_heads", "title_modifiers", "meeting_nouns", *calendar,
                "ordinals", "property_nouns", "relative_days", "numbers"):  # fmt: skip
        stop |= {w.lower() for w in data.get(key, {})}
    stop |= {f.lower() for f in forms}
    return frozenset(stop)


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> Lexicon:
    if lang not in SUPPORTED:
        raise KeyError(lang)
    data: dict[str, Any] = _load(f"{lang}.json")
    forms, places = _countries(lang)
    return Lexicon(
        lang=lang,
        data=data,
        countries=forms,
        places=places,
        country_re=phrase_regex(list(forms), flags=0),
        place_re=phrase_regex(list(places), flags=0),
        stop=_stop_words(data, forms) | {p.lower() for p in places},
        combining_forms={k.lower(): v for k, v in data.get("combining_forms", {}).items()},
    )
