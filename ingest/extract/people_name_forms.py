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
from ingest.models import Person


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
    return named


def past_forms_of_address(name: str, forms: frozenset[str]) -> str:
    """`name` from its first word that is no form of address, with or without its full stop or
    apostrophe ('Dr Bachar al-Jaafari', 'drs. Jan Pronk', "Dato' Seri Najib"); empty when every
    word is one ('Lieutenant')."""
    words = name.split()
    k = 0
    while k < len(words) and (words[k] in forms or words[k].rstrip(".'\u2019") in forms):
        k += 1
    return " ".join(words[k:])
