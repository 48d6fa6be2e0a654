"""The state of a known officeholder the text names without one ('Poutine a appelé Macron',
'Koning Willem-Alexander ontving'): news names heads of state and government and foreign ministers
by name alone, and the reader knows whose they are. `officeholders.json` holds their terms; a name
gets a state only when every term its form and the article's years fit is of that one state.

A name matches a term by its full form ('Vladimir Poutine'), by a short form alone ('Poutine',
'De Croo', 'Mohammed VI'), or by a short form after a first name of the same initial ('Leonid
Iljitsch Breschnew'). Envoys and staff keep their unknown state: an ambassador who shares a
surname with a minister is not the minister.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import role_classes
from ingest.lang import gazetteer
from ingest.models import Person

_YEAR = re.compile(r"\b(19[4-9]\d|20[0-3]\d)\b")
_SLACK = 1  # a year either side of a term: reports of a handover, terms ending early in January
_NOT_PRINCIPALS = ("diplomat", "staff")  # role classes whose holders the file does not list


@dataclass(frozen=True)
class _Term:
    state: str
    office: str
    start: int
    end: int
    initials: frozenset[str]


_Index = dict[str, tuple[_Term, ...]]


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
    full: dict[str, list[_Term]] = {}
    short: dict[str, list[_Term]] = {}
    for row in gazetteer.officeholders():
        initials = frozenset(_key(n)[:1] for n in row["names"])
        term = _Term(row["state"], row["office"], row["from"], row["to"], initials)
        for name in row["names"]:
            full.setdefault(_key(name), []).append(term)
        for name in row["short"]:
            short.setdefault(_key(name), []).append(term)
    return (
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in short.items()},
    )


def _terms(name: str) -> tuple[_Term, ...]:
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


def _live(name: str, years: frozenset[int]) -> tuple[_Term, ...]:
    """The terms the name may stand for in one of the years (every term when none is known)."""
    terms = _terms(name)
    if not years:
        return terms
    return tuple(t for t in terms if any(t.start - _SLACK <= y <= t.end + _SLACK for y in years))


def known_state(name: str, years: frozenset[int]) -> str | None:
    """The one state whose officeholder the name is in one of the years, else None."""
    states = {t.state for t in _live(name, years)}
    return states.pop() if len(states) == 1 else None


def article_years(art: ArticleContext) -> frozenset[int]:
    """The year the article was published, else every year its text names."""
    if art.published.year:
        return frozenset({art.published.year})
    return frozenset(int(y) for ctx in art.sentences for y in _YEAR.findall(ctx.sentence.text))


@cache
def _barred_roles() -> frozenset[str]:
    return frozenset(r for name, roles in role_classes() if name in _NOT_PRINCIPALS for r in roles)


def _principal_or_unknown(person: Person) -> bool:
    return (person.role or "").lower() not in _barred_roles()


def known_states(art: ArticleContext, people: list[Person]) -> dict[str, str]:
    """Person id -> the state of the officeholder a stateless principal or untitled person is.
    A royal (a consort, an heir) gets none where the article names their state's head: beside
    the monarch they lead no side."""
    open_ = [p for p in people if p.country is None and _principal_or_unknown(p)]
    if not open_:
        return {}
    years = article_years(art)
    found = {p.id: _live(p.name, years) for p in open_}
    out = {pid: states.pop() for pid, terms in found.items() if len(states := _states(terms)) == 1}
    royals = [pid for pid in out if all(t.office == "royal" for t in found[pid])]
    if royals:
        heads = {
            t.state for p in people for t in _live(p.name, years) if t.office == "head_of_state"
        }
        for pid in royals:
            if out[pid] in heads:
                del out[pid]
    return out


def _states(terms: tuple[_Term, ...]) -> set[str]:
    return {t.state for t in terms}
