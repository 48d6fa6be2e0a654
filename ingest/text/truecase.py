"""Lines set in capitals, as telex copy and old communiqués print them ('ALLOCUTION DE M. VALERY
GISCARD D'ESTAING A L'OCCASION DE L'ARRIVEE DE MONSIEUR WALTER SCHEEL'), in the case ordinary
text gives their words, so that every later stage reads them as it reads any article.

Each word the language file or the gazetteer knows takes the form written there, accents
included ('FEVRIER' is 'février', 'ALLEMAGNE' is 'Allemagne', 'ETATS-UNIS' is 'États-Unis').
An officeholder's full name (the officeholder file) takes the file's spelling wherever it stands.
A word nobody knows is a name after an honorific ('M. VALERY GISCARD D'ESTAING': 'Valery Giscard
d'Estaing'), a name after a title when an officeholder's name holds it ('CHANCELIER SCHMIDT';
'LE CHANCELIER TIENNENT ENSEMBLE' is a title and a verb), and an ordinary word anywhere else
(lower case). Every word keeps its length, so offsets into the line still hold.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ingest.lang.gazetteer import officeholders
from ingest.lang.lexicon import NAME_ONLY_KEYS, load_lexicon
from ingest.text.slug import fold

_SHOUTING_SHARE = 0.9  # of a line's cased letters, in capitals
_MIN_LETTERS = 20  # a shorter line in capitals is a label ('MAROC', 'BERLIN (dpa)')
# Characters with no lower-case letter among them: a line in capitals holds such a run.
_UNCASED_RUN = re.compile(r"[^a-zß-öø-ÿ\n]{24,}")
# A word: letters, with the hyphens and apostrophes inside it ('ETATS-UNIS', "D'ESTAING").
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_ELISION = re.compile(r"([^\W\d_]{1,2})(['\u2019])(.+)")
# A sentence's first letter: at the line's start or after an end mark and a space.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] ))[^\W\d_]")
_WHOLE = 10  # the weight of a whole entry against a word inside a phrase
_COMPOUND = 6  # the shortest head a compound may end in ('kanzler', not 'rat')
_PHRASE = 3  # the most words of a known phrase ('RAS AL KHAIMAH', 'ARABIE SAOUDITE')


def shouting(line: str) -> bool:
    """Whether a line is set in capitals."""
    upper = sum(c.isupper() for c in line)
    lower = sum(c.islower() for c in line)
    return upper >= _MIN_LETTERS and upper >= _SHOUTING_SHARE * (upper + lower)


@dataclass(frozen=True)
class _Forms:
    known: dict[str, str]  # folded word or phrase -> its written form
    openers: frozenset[str]  # folded honorifics: any word after one may be a name
    particles: frozenset[str]  # folded name particles: a name goes on past them
    heads: frozenset[str]  # folded title heads: a name after one must be an officeholder's
    holders: frozenset[str]  # folded words of the officeholders' names


def _strings(value: Any) -> list[str]:
    """Every string a language file's value holds: a list's items, a mapping's keys."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k in value for s in _strings(k)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _tally(tally: dict[str, Counter[str]], form: str, weight: int) -> None:
    key = fold(form)
    # A form of another length would move the offsets after it; an abbreviation in capitals
    # ('EU', 'UN') may be another word of a text in capitals ('il n'y avait pas EU').
    if len(key) == len(form) and not (form.isupper() and len(form) > 1):
        tally.setdefault(key, Counter())[form] += weight


@lru_cache(maxsize=8)
def _forms(lang: str) -> _Forms:
    """Each key's most used form: a whole entry of the language file counts more than a word
    inside a phrase ('à' of 'locative_preps' over 'a' of 'a déclaré'), a name of the gazetteer
    as much as a whole entry; an honorific keeps its own case ('M', not the abbreviation 'm')."""
    lex = load_lexicon(lang)
    tally: dict[str, Counter[str]] = {}
    for form in [*lex.countries, *lex.places]:
        if not form.isupper():  # 'EU', 'USA': a word in capitals may be another ('pas EU')
            _tally(tally, form, _WHOLE)
    for phrase in _strings([v for k, v in lex.data.items() if k not in NAME_ONLY_KEYS]):
        words = phrase.split()
        _tally(tally, phrase, _WHOLE)
        for word in words if len(words) > 1 else []:
            _tally(tally, word, 1)
    for name in _full_names():  # 'HELMUT SCHMIDT' wherever it stands, as the file spells it
        _tally(tally, name, _WHOLE)
    known = {key: forms.most_common(1)[0][0] for key, forms in tally.items()}
    honorifics = lex.words("honorifics") + lex.words("courtesy_forms")
    known |= {fold(h): h for h in honorifics if not h.islower() and len(fold(h)) == len(h)}
    heads = frozenset(fold(w) for w in lex.heads if " " not in w)
    particles = {fold(w) for w in lex.words("name_particles") + lex.words("elisions")}
    return _Forms(known, frozenset(map(fold, honorifics)), frozenset(particles), heads, _holders())


@lru_cache(maxsize=1)
def _full_names() -> tuple[str, ...]:
    """The officeholders' names of two or three words: a known phrase in any language."""
    names = {name for row in officeholders() for name in row["names"]}
    return tuple(sorted(n for n in names if 2 <= len(n.split()) <= _PHRASE))


@lru_cache(maxsize=1)
def _holders() -> frozenset[str]:
    return frozenset(
        fold(word) for row in officeholders() for name in row["names"] for word in name.split()
    )


# What may follow a word: no name, any name (after an honorific: 'M. VALERY GISCARD'), or an
# officeholder's name (after a title: 'CHANCELIER HELMUT SCHMIDT', where 'LE CHANCELIER TIENNENT
# ENSEMBLE' is a title and a verb).
_NONE, _ANY, _HOLDER = 0, 1, 2


def _cased(word: str, forms: _Forms, naming: int) -> str:
    """One word's form: known, else a name's (capitalised) where one may stand, else lower case."""
    key = fold(word)
    if key in forms.known:
        return forms.known[key]
    elided = _ELISION.fullmatch(word)
    if elided and fold(elided.group(1)) in forms.particles:
        head, mark, rest = elided.groups()
        return head.lower() + mark + _cased(rest, forms, naming)
    if "-" in word:
        return "-".join(_cased(part, forms, naming) for part in word.split("-"))
    name = naming == _ANY or (naming == _HOLDER and key in forms.holders)
    return word.capitalize() if name and len(word.capitalize()) == len(word) else word.lower()


def truecase_line(line: str, lang: str) -> str:
    """The line in ordinary case when it is set in capitals; else the line as it is."""
    if not shouting(line):
        return line
    forms = _forms(lang)
    words = list(_WORD.finditer(line))
    out = list(line)
    naming = _NONE
    i = 0
    while i < len(words):
        n = _phrase_at(line, words, i, forms)
        start, end = words[i].start(), words[i + n - 1].end()
        key = fold(line[start:end])
        form = forms.known.get(key) or _cased(line[start:end], forms, naming)
        out[start:end] = form
        gap = line[end : words[i + n].start()] if i + n < len(words) else ""
        naming = _names_next(key, form, gap, forms, naming)
        i += n
    return _SENTENCE_START.sub(lambda m: m.group().upper(), "".join(out))


def _phrase_at(line: str, words: list[re.Match[str]], i: int, forms: _Forms) -> int:
    """How many words from `i` make one known phrase, one space apart (1 when none does)."""
    for n in range(min(_PHRASE, len(words) - i), 1, -1):
        run = words[i : i + n]
        spaced = all(line[a.end() : b.start()] == " " for a, b in pairwise(run))
        if spaced and fold(line[run[0].start() : run[-1].end()]) in forms.known:
            return n
    return 1


def _names_next(key: str, form: str, gap: str, forms: _Forms, naming: int) -> int:
    """What the next word may be: a name after an honorific or a title ('M.', 'CHANCELIER'),
    and on through a name's own words and particles, while only a space (or an honorific's
    full stop) stands between."""
    if key in forms.openers:
        return _ANY if gap.strip() in ("", ".") else _NONE
    if key in forms.heads or _compound_head(key, forms):
        return _HOLDER if gap == " " else _NONE
    named = form[:1].isupper() and key not in forms.known
    going = named or key in forms.particles
    return naming if naming and going and gap == " " else _NONE


def _compound_head(key: str, forms: _Forms) -> bool:
    """A compound that ends in a title head ('bundeskanzler', 'staatsprasidenten')."""
    return len(key) > _COMPOUND and any(
        key.endswith(head) for head in forms.heads if len(head) >= _COMPOUND
    )


def truecase(text: str, lang: str) -> str:
    """The text with each line set in capitals in ordinary case; as long as the text."""
    if _UNCASED_RUN.search(text) is None or not any(map(shouting, text.split("\n"))):
        return text  # most texts hold no run that could make a line in capitals
    return "\n".join(truecase_line(line, lang) for line in text.split("\n"))
