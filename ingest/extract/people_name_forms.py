"""Forms of address left at the head of a person's name once every person is known.

Most readings skip the forms of address before a name (`honorifics`: 'Dr', 'Datuk', 'drs.'),
but a name read inside brackets or after a leading phrase keeps them ('Prime Minister (Datuk Seri
Najib Razak)', 'présidée par Dr Bachar al-Jaafari'). The name is given without them, and a 'name'
made of forms of address only ('His Excellency Lieutenant General ...' read as 'Lieutenant')
names nobody. This runs after the leader stage, so the candidate pairs the leader model reads
stay as they are; a person who leads or joins a delegation keeps its entry.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.mentions import Token
from ingest.extract.titles import TitleScanner
from ingest.models import Person

_GIVEN_NAMES = 2  # 'Charles de Gaulle', 'Hans-Dietrich Genscher': a given name or two


def clean_name_forms(art: ArticleContext, people: list[Person], kept: set[str]) -> list[Person]:
    """`people` with forms of address taken off the head of their names, less those named by
    forms of address alone; `kept` are ids that stay (leaders and members of delegations)."""
    named: list[Person] = []
    for person in people:
        name = past_forms_of_address(person.name, art.scan.honorifics)
        if name and name != person.name:
            person.aliases.append(person.name)
            person.name = name
        if name or person.id in kept:
            named.append(person)
    for person in named:
        _given_names(art, person)
    return named


def _given_names(art: ArticleContext, person: Person) -> None:
    """A surname read after a title with its lower-case particle ('le général de Gaulle') takes
    the given names the article writes before it elsewhere ('Charles de Gaulle'), when it writes
    one set only: the reader takes no given name before a lower-case particle after a title."""
    words = person.name.split()
    if not words or not words[0].islower():
        return
    fuller = set()
    for ctx in art.sentences:
        tokens = ctx.mentions.tokens
        for k in range(1, len(tokens) - len(words) + 1):
            if [t.text for t in tokens[k : k + len(words)]] == words:
                first = _given_start(tokens, k, art.scan)
                if first < k:
                    fuller.add(" ".join(t.text for t in tokens[first:k]))
    if len(fuller) == 1:
        person.aliases.append(person.name)
        person.name = f"{fuller.pop()} {person.name}"


def _given_start(tokens: list[Token], k: int, scan: TitleScanner) -> int:
    """Start of the given names right before `k` (== k when there is none): name words that are
    no title, honorific or capitalised article ('Le général', 'Général de Gaulle')."""
    first = k
    while first > 0 and k - first < _GIVEN_NAMES:
        token = tokens[first - 1]
        titled = scan.titleish(token.lower) or token.text in scan.honorifics
        if titled or not scan.name_token(token):
            break
        first -= 1
    return first


def past_forms_of_address(name: str, forms: frozenset[str]) -> str:
    """`name` from its first word that is no form of address, with or without its full stop or
    apostrophe ('Dr Bachar al-Jaafari', 'drs. Jan Pronk', "Dato' Seri Najib"); empty when every
    word is one ('Lieutenant')."""
    words = name.split()
    k = 0
    while k < len(words) and (words[k] in forms or words[k].rstrip(".'\u2019") in forms):
        k += 1
    return " ".join(words[k:])
