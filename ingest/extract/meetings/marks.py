"""How a meeting word is put in its clause: with a definite article or a demonstrative (a
meeting already told), in the genitive, as a visit or reception, or beside 'there' (the place
told before). The marks decide whether a clause tells a new meeting or one being described."""

from __future__ import annotations

import re

from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.patterns import Patterns

_THERE_REACH = 2  # 'Daar spreekt ze', 'spreekt er met': words either side of the meeting word


def _there(text: str, trigger: re.Match[str], pats: Patterns) -> bool:
    """Whether a place pronoun stands by the meeting word: the place is the one told before."""
    near = (
        text[: trigger.start()].split()[-_THERE_REACH:]
        + text[trigger.end() :].split()[:_THERE_REACH]
    )
    return any(w.lower().strip(",.") in pats.there for w in near)


def mark(cand: Candidate, text: str, trigger: re.Match[str], pats: Patterns) -> None:
    """How the meeting word is put: 'the talks' (the meeting already described), 'these
    talks' (one already told), a visit or a reception (its capital's state receives), 'there'
    (the place told before)."""
    definite = _last_word_in(text, trigger, pats.definite)
    cand.anaphoric = cand.kind != "call" and definite
    # 'Themen des Telefonats', 'zijn telefoongesprek': a genitive or a possessive too.
    cand.definite = definite or _last_word_in(text, trigger, pats.told)
    cand.pointing = _pointing(text, trigger, pats)
    cand.hosted = cand.kind == "visit" or trigger.group().lower() in pats.reception
    cand.there = _there(text, trigger, pats)


def _last_word_in(text: str, trigger: re.Match[str], words: frozenset[str]) -> bool:
    """Whether the word right before the meeting word is one of `words`."""
    before = text[: trigger.start()].split()
    return bool(before) and before[-1].lower() in words


def _pointing(text: str, trigger: re.Match[str], pats: Patterns) -> bool:
    """'these bilateral talks': a meeting already told, whatever date the sentence gives."""
    return any(w.lower() in pats.demonstratives for w in text[: trigger.start()].split()[-2:])
