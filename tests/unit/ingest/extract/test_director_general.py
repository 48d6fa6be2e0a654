"""A ministry's director general named by a two-word title ('Director General', 'directeur
général', 'directeur generaal', 'Generaldirektorin', 'Ministerialdirektor') holds the office
`director general`, not the first head's `director`: the staff class drops a director's pairs
before the leader model, while a director general often heads his state's side at talks. So does
the Swiss 'conseiller fédéral' hold a federal councillor's office, not an adviser's."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.people_reader import people_of


def _roles(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.role) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("en", "The talks were opened by Director General Omar Haddad in Amman.",
         "Omar Haddad", "director general"),
        ("en", "Acting Director General Ruth Banda arrived in Lusaka.", "Ruth Banda",
         "acting director general"),
        ("fr", "Le directeur général du protocole, Karim Benali, a reçu le diplomate.",
         "Karim Benali", "director general"),
        ("fr", "La directrice générale Anne Morel a ouvert la séance.", "Anne Morel",
         "director general"),
        ("fr", "Le conseiller fédéral Paul Meier a reçu son homologue.", "Paul Meier",
         "federal councillor"),
        ("nl", "Daar sprak directeur generaal Pieter Smit met de gasten.", "Pieter Smit",
         "director general"),
        ("de", "Generaldirektorin Eva Novak eröffnete die Gespräche.", "Eva Novak",
         "director general"),
        ("de", "Ministerialdirektor Klaus Berger leitete die Gespräche.", "Klaus Berger",
         "director general"),
    ],
)  # fmt: skip
def test_a_two_word_director_general_holds_that_office(
    lang: str, text: str, name: str, role: str
) -> None:
    assert (name, role) in _roles(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", "Director General Omar Haddad held talks with Iraqi officials in Amman on the "
               "border crossings, the Jordanian foreign ministry said.", "Omar Haddad", "JO"),
        ("fr", "Le directeur général marocain Karim Benali a rencontré à Rabat une délégation "
               "mauritanienne.", "Karim Benali", "MA"),
    ],
)  # fmt: skip
def test_a_director_general_is_a_candidate_leader(
    lang: str, text: str, name: str, country: str
) -> None:
    doc = normalise(text, language=lang, published="2024-05-02", url=None)
    art, registry, meetings, rules = rule_findings(split_sentences(doc, language=lang))
    cands = leader_candidates(art, registry, meetings, rules)
    assert (name, country) in {(c.person.name, c.country) for c in cands}
