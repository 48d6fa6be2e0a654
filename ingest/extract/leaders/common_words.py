"""Bare names that are a common word: the reader of bare names (`names.bare_runs`) takes an
elided particle fused to a capitalised word for a surname ("Giscard d'Estaing"), and so reads
"chefs d'Etat" as a person "d'Etat" (also with a curly apostrophe): French capitals drop their
accents, and 'Etat' is 'État'.
Such a pair never leads. It is dropped after the model has scored every pair, so the pairs the
model was fitted on, and the scores of their rivals, stay as they are."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate
from ingest.extract.titles import TitleScanner

_ELISION = ("'", "\u2019")


def common_word_people(cands: list[Candidate], scan: TitleScanner) -> set[str]:
    """The ids of the candidates named by one elided particle and a common word of the language,
    its accents as written or as a capital drops them ("d'Etat", also with a curly apostrophe)."""
    return {c.person.id for c in cands if _common_word(c.person.name, scan)}


def _common_word(name: str, scan: TitleScanner) -> bool:
    if " " in name or len(name) < 3 or name[1] not in _ELISION:
        return False
    if name[0].lower() not in scan.particles:
        return False
    word = name[2:].lower()
    return word in scan.lex.stop or scan.stop_unaccented(word)
