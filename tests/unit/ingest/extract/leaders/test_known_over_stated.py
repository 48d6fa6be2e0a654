"""A titled person whose stated state the officeholder file contradicts in the article's years may
stand for the state the file knows: 'the Israel Prime Minister and President Kenyatta' read
Kenyatta as Israeli, and the pair for Kenya is proposed beside it."""

from __future__ import annotations

from tests.unit.ingest.extract.leaders.candidates import candidates

_TEXT = (
    "Israeli Prime Minister Benjamin Netanyahu began a three-day visit by laying a wreath at a "
    "mausoleum. Later the Israel Prime Minister and President Kenyatta addressed a business forum."
)


def _pairs(published: str) -> set[tuple[str, str]]:
    return {(c.person.name, c.country) for c in candidates("en", _TEXT, None, published)}


def test_the_state_the_file_knows_is_proposed_beside_the_stated_one() -> None:
    assert ("Kenyatta", "KE") in _pairs("2016-07-05")


def test_out_of_office_the_file_proposes_nothing() -> None:
    assert ("Kenyatta", "KE") not in _pairs("1990-07-05")
