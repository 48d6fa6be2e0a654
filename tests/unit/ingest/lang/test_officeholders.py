"""The officeholder file (`ingest/lang/officeholders.json`): every row well formed, every state a
known code, every term in order; and the people news names most often are there."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.lang import gazetteer

OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "party_leader", "royal",
           "eu_office"}  # fmt: skip


def _rows() -> list[dict[str, Any]]:
    return gazetteer.officeholders()


def test_every_row_is_well_formed() -> None:
    codes = set(gazetteer.countries())
    for row in _rows():
        assert set(row) == {"state", "office", "names", "short", "from", "to"}, row
        assert row["state"] in codes, row
        assert row["office"] in OFFICES, row
        assert row["names"] and all(n.strip() == n and n for n in row["names"]), row
        assert all(n.strip() == n and n for n in row["short"]), row
        assert 1900 <= row["from"] <= row["to"] <= 2026, row


def test_every_state_of_the_gazetteer_has_its_heads() -> None:
    """All but the EU (its offices are `eu_office`), San Marino (two captains regent every six
    months, too many to list with certainty), the fourteen small states round 422 added to
    the gazetteer and Czechoslovakia (round 671), whose terms the file does not hold yet."""
    heads = {r["state"] for r in _rows() if r["office"] in {"head_of_state", "head_of_government"}}
    unlisted = {"AG", "DM", "FM", "GD", "KI", "KN", "LC", "MH", "NR", "PW", "SC", "ST", "TV", "VC"}
    assert set(gazetteer.countries()) - heads == {"EU", "SM", "CS", *unlisted}


@pytest.mark.parametrize(
    ("name", "state", "year"),
    [("Vladimir Putin", "RU", 2022), ("Mikhail Gorbachev", "SU", 1987),
     ("Angela Merkel", "DE", 2010), ("Narendra Modi", "IN", 2023),
     ("Emmanuel Macron", "FR", 2024), ("Xi Jinping", "CN", 2023),
     ("Mark Rutte", "NL", 2015), ("Sergey Lavrov", "RU", 2018), ("Antony Blinken", "US", 2022)],
)  # fmt: skip
def test_the_most_named_heads_are_listed(name: str, state: str, year: int) -> None:
    assert any(
        name in r["names"] and r["state"] == state and r["from"] <= year <= r["to"] for r in _rows()
    )
