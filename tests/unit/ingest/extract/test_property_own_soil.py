"""No state keeps a mission on its own soil: an owner read as the state the building's town lies
in was misread, and the building keeps no owner rather than a wrong one."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _owners(text: str, lang: str) -> dict[str | None, str | None]:
    facts = extract_article(text, language=lang, published="2016-10-20").facts
    return {p.location: p.owner_country for p in facts.properties}


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "The German Embassy in Berlin said nothing about the summons.", "Berlin"),
        ("nl", "De Nederlandse missie in Den Haag vertrok naar Bagdad.", "The Hague"),
    ],
)
def test_a_state_owns_no_mission_at_home(lang: str, text: str, town: str) -> None:
    assert _owners(text, lang)[town] is None


def test_another_states_mission_keeps_its_owner() -> None:
    assert _owners("The Turkish Embassy in Berlin was closed.", "en") == {"Berlin": "TR"}
