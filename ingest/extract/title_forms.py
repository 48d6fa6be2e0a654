"""A title as the facts write it for one person: the head in its singular base form, without a
separate nationality adjective ('den französischen Präsidenten' -> 'Präsident', 'ministers A and
B' -> 'minister' for each). Only the written form changes; the role and country the rules read
were taken from the title as found."""

from __future__ import annotations

from functools import cache

from ingest.lang.lexicon import Lexicon, load_lexicon


def plain_title(title: str | None, lex: Lexicon) -> str | None:
    """The words before the title's remit lose a nationality adjective and take their base
    form; the remit ('of the Communist Party of Vietnam') is left as written."""
    if not title:
        return title
    words = title.split(" ")
    connectors = lex.word_set("title_connectors")
    bases = _endings(lex.lang)
    out: list[str] = []
    remit = False
    for i, word in enumerate(words):
        remit = remit or (i > 0 and word.lower() in connectors)
        if remit:
            out.append(word)
        elif not _nationality(words, i, lex):
            out.append(_base_form(word, bases))
    return " ".join(out) if out else title


def _nationality(words: list[str], i: int, lex: Lexicon) -> bool:
    """A word of its own that is a state's adjective ('russischen', 'Nepalese'), not part of a
    longer name ('European Union'), in a title that has other words."""
    if len(words) < 2 or lex.countries.get(words[i], ("", ""))[1] != "adjective":
        return False
    before = f"{words[i - 1]} {words[i]}" if i > 0 else ""
    after = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
    return before not in lex.countries and after not in lex.countries


@cache
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's listed endings and their base forms, longest first."""
    bases = load_lexicon(lang).mapping("title_base_forms")
    return tuple(sorted(((e, str(b)) for e, b in bases.items()), key=lambda eb: -len(eb[0])))


def _base_form(word: str, bases: tuple[tuple[str, str], ...]) -> str:
    """'Amtskollegen' -> 'Amtskollege', 'Présidents' -> 'Président': the longest listed ending
    is replaced, and a word that is only that ending keeps its capital."""
    lower = word.lower()
    found = next(((e, b) for e, b in bases if lower.endswith(e)), None)
    if found is None:
        return word
    ending, base = found
    stem = word[: len(word) - len(ending)]
    if word.isupper():
        return stem + base.upper()
    return stem + (base if stem else word[0] + base[1:])
