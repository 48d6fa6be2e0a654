"""A person named in full and by one word of the name (or its opening words) is one official."""

from __future__ import annotations

from ingest.extract.people_short_forms import merge_short_forms
from ingest.extract.pipeline import extract_article
from ingest.models import Delegation, Person

_PARTICLES = frozenset({"bin", "van", "de", "da"})


def _facts(text: str, language: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    facts = extract_article(text, language=language, published="2016-03-05").facts
    return [o.name for o in facts.officials], [(d.country, d.leader) for d in facts.delegations]


def test_family_name_read_before_the_full_name() -> None:
    text = (
        "Premier Li holds talks with French counterpart. BEIJING -- Chinese Premier Li Keqiang "
        "held talks with French Prime Minister Jean-Marc Ayrault in Beijing on Friday."
    )
    names, _ = _facts(text, "en")
    assert "Li Keqiang" in names
    assert "Li" not in names


def test_short_form_leading_a_delegation_takes_the_full_name() -> None:
    text = (
        "Der chinesische Ministerpräsident Li traf in Peking den Bundesaußenminister. "
        "Ministerpräsident Li Keqiang sprach mit Bundesaußenminister Frank-Walter Steinmeier "
        "über Handel."
    )
    names, delegations = _facts(text, "de")
    assert "Li" not in names
    assert ("CN", "Li Keqiang") in delegations


def test_a_middle_word_of_a_long_name() -> None:
    text = (
        "President Lula ontving president Jennifer Simons van Suriname in Brasília. De "
        "Braziliaanse president Luiz Inácio Lula da Silva sprak met haar over handel."
    )
    names, _ = _facts(text, "nl")
    assert "Luiz Inácio Lula da Silva" in names
    assert "Lula" not in names


def test_a_name_without_its_second_surname() -> None:
    text = (
        "Le ministre colombien des Affaires étrangères Álvaro Leyva Duran a rencontré à San "
        "Cristóbal son homologue vénézuélien Carlos Faria. Le ministre Álvaro Leyva s'est dit "
        "satisfait."
    )
    names, _ = _facts(text, "fr")
    assert "Álvaro Leyva Duran" in names
    assert "Álvaro Leyva" not in names


def _person(name: str, country: str | None = None) -> Person:
    return Person(id=name.replace(" ", "-").lower(), name=name, country=country)


def test_merge_points_delegations_at_the_full_entry() -> None:
    short, full = _person("Arce", "BO"), _person("Luis Arce Catacora")
    delegation = Delegation(id="d1", country="BO", leader=short.id)
    kept = merge_short_forms([short, full], [delegation], _PARTICLES)
    assert [p.name for p in kept] == ["Luis Arce Catacora"]
    assert delegation.leader == full.id
    assert full.country == "BO"


def test_a_word_of_two_names_or_a_long_opening_stays_apart() -> None:
    people = [_person("Mohammed"), _person("Mohammed bin Salman"), _person("Mohammed VI")]
    assert len(merge_short_forms(people, [], _PARTICLES)) == 3
    long_name = [_person("Mohammed"), _person("Mohammed bin Rashid Al Maktoum")]
    assert len(merge_short_forms(long_name, [], _PARTICLES)) == 2
    surname = [_person("Salman"), _person("Mohammed bin Salman"), _person("Salman Khan")]
    assert len(merge_short_forms(surname, [], _PARTICLES)) == 3


def test_two_who_each_lead_a_side_stay_two() -> None:
    short = Person(id="person:li", name="Li", title="premier")
    full = Person(id="person:li-keqiang", name="Li Keqiang", title="premier")
    sides = [
        Delegation(id="delegation:cn:li", country="CN", leader=short.id),
        Delegation(id="delegation:tw:li-keqiang", country="TW", leader=full.id),
    ]
    kept = merge_short_forms([short, full], sides, frozenset())
    assert [p.id for p in kept] == [short.id, full.id]
    assert [d.leader for d in sides] == [short.id, full.id]
