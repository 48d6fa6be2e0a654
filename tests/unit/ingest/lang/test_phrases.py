"""Phrase lists that skip texts lacking their key words: the answers stay the regex's own.

- the folding the skip relies on matches re.IGNORECASE for every character the language files
  use, over all of Unicode (a character the regex takes for another folds to the same);
- on many random texts built from real phrase lists, cased and odd letters, `search` and
  `finditer` (with and without bounds) give exactly what the compiled pattern gives;
- a long text lacking the longest word of every phrase is skipped, one holding one is not.
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from typing import cast

import pytest

from ingest.extract import dates
from ingest.lang import lexicon, phrases
from ingest.lang.lexicon import LANG_DIR, SUPPORTED, load_lexicon, phrase_regex
from ingest.lang.phrases import PhraseRegex, fold

# Letters whose case rules differ from plain lower(): long s, dotless and dotted i, Kelvin sign,
# final sigma, sharp s and its capital, the Angstrom sign.
ODD = "\u017f\u0131\u0130\u212a\u03c2\u03a3\u00df\u1e9e\u212b"


@cache
def _cased() -> tuple[str, list[str]]:
    """Characters whose lower() is longer than one, and every character re.IGNORECASE may take
    for another (cased ones, and the extra equivalences re adds)."""
    longer: list[str] = []
    cased: set[str] = set()
    for char in map(chr, range(sys.maxunicode + 1)):
        lower = char.lower()
        if len(lower) != 1:
            longer.append(char)
        elif lower != char or char.upper() != char:
            cased |= {char, lower}
    for code, others in (phrases._EXTRA_CASES or {}).items():
        cased |= {chr(code), *map(chr, others)}
    return "".join(longer), sorted(cased)


def _language_chars() -> list[str]:
    found: set[str] = set()
    for lang in SUPPORTED:
        found |= set((LANG_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return sorted(found)


def test_only_dotted_capital_i_lowers_to_two_characters() -> None:
    assert _cased()[0] == phrases._LONGER_LOWER


def test_folding_keeps_length_and_word_characters() -> None:
    for char in _cased()[1]:
        folded = fold(char)
        if folded is not None:
            assert len(folded) == 1, repr(char)
            assert phrases._is_word(folded) == phrases._is_word(char), repr(char)


@pytest.mark.parametrize("char", _language_chars())
def test_what_ignorecase_matches_folds_alike(char: str) -> None:
    """Every character the regex takes for `char` folds as `char` does (or is never folded)."""
    pattern = re.compile(re.escape(char), re.I)
    for other in [*_cased()[1], char.lower(), char.upper()]:
        if pattern.fullmatch(other) and fold(other) is not None:
            assert fold(other) == fold(char), (char, other)


def _lists() -> list[re.Pattern[str]]:
    out = []
    for lang in SUPPORTED:
        lex = load_lexicon(lang)
        out += [lex.country_re, lex.place_re]
        for key in ("lead_passive", "speech_verbs", "property_nouns", "member_phrases"):
            out.append(phrase_regex(list(lex.data[key])))
    out.append(phrase_regex([]))
    out.append(phrase_regex(["'s werelds", "U.S.", "-led"]))  # first characters not words
    return out


def _text(rng: random.Random, words: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        if roll < 0.3:
            word = rng.choice(words)
            parts.append(rng.choice([word, word.upper(), word.title(), word + "s", "x" + word]))
        elif roll < 0.4:
            parts.append(rng.choice(ODD) + rng.choice(words)[:3])
        else:
            parts.append(rng.choice(["the", "de", "und", "Paris", "said.", "-", ",", "2024"]))
    return rng.choice([" ", "-", ". "]).join(parts)


@pytest.mark.parametrize("seed", range(2))
def test_answers_are_the_compiled_patterns(seed: int) -> None:
    rng = random.Random(seed)
    lists = _lists()
    words = [w for lang in SUPPORTED for w in load_lexicon(lang).data["speech_verbs"]]
    words += ["Frankrijk", "Russland", "embassy", "ambassade", "Washington", "\u017fagte"]
    for _ in range(150):
        text = _text(rng, words)
        for wrapped in lists:
            assert isinstance(wrapped, PhraseRegex)
            regex = wrapped.regex
            assert wrapped.search(text) == regex.search(text) or _same(wrapped, regex, text)
            assert _spans(wrapped.finditer(text)) == _spans(regex.finditer(text))
            pos, end = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert _spans(wrapped.finditer(text, pos)) == _spans(regex.finditer(text, pos))
            assert _spans(wrapped.finditer(text, pos, end)) == _spans(
                regex.finditer(text, pos, end)
            )


def _same(wrapped: re.Pattern[str], regex: re.Pattern[str], text: str) -> bool:
    a, b = wrapped.search(text), regex.search(text)
    return a is not None and b is not None and a.span() == b.span()


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_a_text_without_any_phrase_word_is_skipped() -> None:
    said = phrase_regex(["said", "told reporters"])
    assert isinstance(said, PhraseRegex)
    quiet = "The delegations met in Geneva on Tuesday and will meet again next month there."
    assert said._absent(quiet, sys.maxsize)
    assert not said._absent(quiet + " She SAID so.", sys.maxsize)
    # Each phrase is looked for by its longest word: 'told' alone cannot make 'told reporters'
    assert said._absent(quiet.replace("Tuesday", "TOLD"), sys.maxsize)
    assert not said._absent(quiet.replace("Tuesday", "REPORTERS"), sys.maxsize)
    led = phrase_regex(["was led by"])
    assert isinstance(led, PhraseRegex)
    assert led._absent(quiet + " It was a talk by the envoys.", sys.maxsize)
    assert not led._absent(quiet + " It was led by the envoys.", sys.maxsize)
    assert said.search(quiet) is None
    # Cut short, 'Saids' ends in 'Said': a search with an end is always the regex's.
    longer = quiet + " Saids"
    assert said._absent(longer, sys.maxsize)
    found = said.search(longer, 0, len(longer) - 1)
    assert found is not None and found.group() == "Said"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_dates_gated_by_their_month_find_what_the_pattern_finds(lang: str) -> None:
    months = tuple(dates._months(lang))
    rng = random.Random(lang)
    words = [*months, "1er", "3.", "12", "2024", "Mai", "MÄRZ", "Sept.", "\u017fept", "x"]
    for gated in dates._patterns(lang, months):
        assert isinstance(gated, PhraseRegex)
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) + " ok" * 20
            found, plain = gated.search(text), gated.regex.search(text)
            assert (found and found.span()) == (plain and plain.span()), text


@pytest.mark.parametrize("lang", SUPPORTED)
def test_durations_gated_by_their_unit_find_what_the_pattern_finds(lang: str) -> None:
    numbers, units, quals, gated = dates._duration(lang)
    assert isinstance(gated, PhraseRegex)
    rng = random.Random(lang)
    words = [*numbers, *units, *quals, "3", "12", "HOURS", "Tage", "x", "-", "uurtje"]
    words += [unit.upper() for unit in units] + [unit + "n" for unit in units]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) + " ok" * 20
        found, plain = gated.search(text), gated.regex.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


@pytest.mark.parametrize("lang", SUPPORTED)
def test_capitalised_lists_open_on_their_first_letters_and_match_alike(lang: str) -> None:
    """Places (case-sensitive, capitalised) compile to a pattern that opens on their first
    letters, not on a look-behind, and find what the look-behind pattern finds, at word starts
    only: not after a letter or a dot, nor before one."""
    lex = load_lexicon(lang)
    compiled = cast(PhraseRegex, lex.place_re).regex
    assert not compiled.pattern.startswith("(?<!")
    body = lexicon._trie_pattern(lexicon._trie(set(lex.places)))
    behind = re.compile(rf"(?<![\w.])(?:{body})(?![\w])")
    forms = sorted(lex.places)
    rng = random.Random(lang)
    glue = [" ", "", ".", "-", "(", "x", "\n", ", ", "é"]
    for _ in range(500):
        text = "".join(rng.choice(glue) + rng.choice(forms) for _ in range(4)) + rng.choice(glue)
        ours = [(m.span(), m.group()) for m in compiled.finditer(text)]
        assert ours == [(m.span(), m.group()) for m in behind.finditer(text)], text


def test_ascii_folds_as_the_character_scans_would() -> None:
    """ASCII text takes the short way (its lower case): the same answer the two scans give."""
    assert phrases._ASCII_LOWER
    for code in range(128):
        char = chr(code)
        assert phrases._UNSAFE is None or not phrases._UNSAFE.search(char)
        assert fold(char) == char.lower().translate(phrases._FOLD)
    assert fold("Was Led BY the Minister") == "was led by the minister"


def test_a_sentence_searched_again_gets_the_regex_answer_kept_for_it() -> None:
    """A loop over a sentence's people searches it with the same list again, back to back: the
    second answer is the kept first one, the same as the regex's, per text and bounds."""
    said = phrase_regex(["said", "told reporters"])
    assert isinstance(said, PhraseRegex)
    text = "The envoy said the talks were useful, and the minister told reporters she agreed."
    first, again = said.search(text), said.search(text)
    assert first is again and first is not None and first.group() == "said"
    assert _spans(said.finditer(text)) == _spans(said.finditer(text))
    assert _spans(said.finditer(text)) == _spans(said.regex.finditer(text))
    # Another text or other bounds is another question, answered by the regex.
    bounded = said.search(text, 20)
    assert bounded is not None and bounded.group() == "told reporters"
    assert said.search(text.replace("said", "wrote")) is not first
    # Only the last answer is kept: after another text, the first is asked of the regex again.
    assert said.search(text) is not first
    assert said.search(text) is said.search(text)
