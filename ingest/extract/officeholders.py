"""The officeholder file read as a lookup: the state of a head of state or government, a foreign
minister or a royal whom the text names without one ('Poutine a appelé Macron', 'Koning
Willem-Alexander ontving'). `officeholders.json` holds their terms (docs/officeholders.md); a name
gets a state only when every term its form and the article's years fit is of that one state.

A name matches a term by its full form ('Vladimir Poutine'), by a short form alone ('Poutine',
'De Croo', 'Mohammed VI'), or by a short form after a first name of the same initial ('Leonid
Iljitsch Breschnew'). Envoys and staff keep their unknown state: an ambassador who shares a
surname with a minister is not the minister. Read by the leader model (`leaders/known.py`) and by
the meeting clauses (`meetings/clause_parties.py`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ingest.lang import gazetteer
from ingest.lang.roles import load_roles

_SLACK = 1  # a year either side of a term: reports of a handover, terms ending early in January
FOREIGN_MINISTER = "foreign_minister"  # the ministry's head: at a summons, its side's
_NOT_PRINCIPALS = ("diplomat", "staff")  # role classes whose holders the file does not list


@dataclass(frozen=True)
class Term:
    state: str
    office: str
    start: int
    end: int
    initials: frozenset[str]


_Index = dict[str, tuple[Term, ...]]


@lru_cache(maxsize=4096)  # a name is looked up once per article it is named in, not per pass
def _key(name: str) -> str:
    """Case, accents and punctuation aside: 'Jean-Noël' and 'jean noel' are one form."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def load_officeholders() -> None:
    """Read the file and build its index now (once per process), not at the first name."""
    _index()


@cache
def _index() -> tuple[_Index, _Index]:
    """Full forms and short forms, each to the terms of the people they name."""
    full: dict[str, list[Term]] = {}
    short: dict[str, list[Term]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}  # one set per set of initials, not per term
    for row in gazetteer.officeholders():
        initials = frozenset(_key(n)[:1] for n in row["names"])
        initials = shared.setdefault(initials, initials)
        term = Term(row["state"], row["office"], row["from"], row["to"], initials)
        for name in row["names"]:
            full.setdefault(_key(name), []).append(term)
        for name in row["short"]:
            short.setdefault(_key(name), []).append(term)
    return (
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in short.items()},
    )


def _terms(name: str) -> tuple[Term, ...]:
    full, short = _index()
    key = _key(name)
    found = full.get(key) or short.get(key)
    if found:
        return found
    words = key.split()
    for cut in range(1, len(words)):  # 'leonid iljitsch breschnew': 'iljitsch breschnew', ...
        terms = short.get(" ".join(words[cut:]))
        if terms:
            return tuple(t for t in terms if words[0][:1] in t.initials)
    return ()


def live_terms(name: str, years: frozenset[int]) -> tuple[Term, ...]:
    """The terms the name may stand for in one of the years (every term when none is known)."""
    terms = _terms(name)
    if not years:
        return terms
    return tuple(t for t in terms if any(t.start - _SLACK <= y <= t.end + _SLACK for y in years))


def offices_of(name: str, state: str, years: frozenset[int]) -> set[str]:
    """The offices of the state the name may hold in one of the years ('foreign_minister')."""
    return {t.office for t in live_terms(name, years) if t.state == state}


def known_state(name: str, years: frozenset[int]) -> str | None:
    """The one state whose officeholder the name is in one of the years, else None."""
    return sole_state(live_terms(name, years))


def sole_state(terms: tuple[Term, ...]) -> str | None:
    """The state of the terms when they are all of one state, else None."""
    states = {t.state for t in terms}
    return states.pop() if len(states) == 1 else None


@cache
def _barred_roles() -> frozenset[str]:
    roles = load_roles()
    return frozenset(r for name in _NOT_PRINCIPALS for r in roles[name])


def may_hold_office(role: str | None) -> bool:
    """Whether a person of this role (None: untitled) may be one the file lists."""
    return (role or "").lower() not in _barred_roles()
