"""A person named only in the possessive ('President X's envoy') is marked for the leader model:
the text tells of his envoy or his policy, not of him meeting anyone."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidates


def _possessive(text: str, name: str) -> float:
    return max(c.features["possessive"] for c in candidates("en", text) if c.person.name == name)


@pytest.mark.parametrize("mark", ["'s", "\u2019s"])
def test_a_person_named_only_in_the_possessive_is_marked(mark: str) -> None:
    text = (
        "Chilean Foreign Minister Ana Soto held talks in Lima on Monday with Bolivian President "
        f"Juan Mora{mark} special envoy, who handed over a letter."
    )
    assert _possessive(text, "Juan Mora") == 1.0


def test_a_person_also_named_plainly_is_not_marked() -> None:
    text = (
        "Chilean Foreign Minister Ana Soto held talks in Lima on Monday with Bolivian President "
        "Juan Mora's special envoy. Mora will travel to Santiago in May."
    )
    assert _possessive(text, "Juan Mora") == 0.0
