"""A person named once in full and elsewhere by one word of the name that is not its last.

The registry joins a short form to a full name by the last word ('Darchiev'), or by the first
word when the full name came first ('Crown Prince Mohammed' after 'Mohammed bin Salman'). A short
form read before the full name ('Premier Li holds talks', then 'Premier Li Keqiang'), or one that
is a middle word of it (Spanish and Portuguese double surnames: 'Arce' for 'Luis Arce Catacora',
'Lula' for 'Luiz Inácio Lula da Silva'; 'Giscard' for 'Valéry Giscard d'Estaing') stays a second
person: a false official, and a delegation led by a name the gold writes in full.

This runs after the leader stage, so the candidate pairs the leader model reads stay as they are;
a delegation led or joined by the short entry is led or joined by the full one.
"""

from __future__ import annotations

from ingest.models import Delegation, Person


def merge_short_forms(
    people: list[Person], delegations: list[Delegation], particles: frozenset[str]
) -> list[Person]:
    """`people` less those named by one word of exactly one other person's fuller name (not its
    last word, which the registry already joins), merged into that person; `delegations` are
    pointed at the person kept; two who each lead a side stay two (a person leads one side).
    `particles` ('van', 'bin') are never a short form."""
    kept: list[Person] = []
    leaders = {d.leader for d in delegations}
    for person in people:
        full = _full_form(person, people, particles)
        if full is None or {person.id, full.id} <= leaders:  # each leads a side: two people
            kept.append(person)
            continue
        _absorb(full, person)
        for delegation in delegations:
            _repoint(delegation, person.id, full.id)
    return kept


def _full_form(person: Person, people: list[Person], particles: frozenset[str]) -> Person | None:
    """The one other person whose fuller name holds `person`'s name: a one-word name before its
    last word, or a name of several words as its opening words ('Álvaro Leyva' of 'Álvaro Leyva
    Duran'); None when there is none, or more than one, or another person ends on the word."""
    words = person.name.split()
    if not words or any(w.lower() in particles for w in words[:1] + words[-1:]):
        return None
    if len(words) > 1:
        hits = [p for p in people if p is not person and _opens(words, p.name.split())]
        return hits[0] if len(hits) == 1 else None
    word = words[0]
    if len(word) < 2 or not word[:1].isupper():
        return None
    hits = [p for p in people if p is not person and _holds(word, p.name.split())]
    others = [p for p in people if p is not person and p.name.split()[-1] == word]
    # 'Mohammed' with 'Mohammed bin Salman' and 'Mohammed VI': either
    return hits[0] if len(hits) == 1 and not others else None


def _opens(words: list[str], full: list[str]) -> bool:
    return len(full) > len(words) and full[: len(words)] == words


def _holds(word: str, full: list[str]) -> bool:
    """A word before the last of a name; as its first word only in a name of two or three words,
    as the registry joins a given name ('Crown Prince Mohammed'): a longer one opening on it is
    often another person's ('Mohammed bin Rashid Al Maktoum')."""
    return word in full[:-1] and (word != full[0] or len(full) <= 3)


def _absorb(full: Person, short: Person) -> None:
    """What the short entry knew that the full one does not."""
    full.aliases.append(short.name)
    full.title = full.title or short.title
    full.role = full.role or short.role
    full.organization = full.organization or short.organization
    full.country = full.country or short.country
    full.evidence.extend(short.evidence)


def _repoint(delegation: Delegation, old: str, new: str) -> None:
    if delegation.leader == old:
        delegation.leader = new
    if old in delegation.members:
        members = [new if m == old else m for m in delegation.members]
        delegation.members = [m for i, m in enumerate(members) if m not in members[:i]]
        if delegation.leader in delegation.members:
            delegation.members.remove(delegation.leader)
