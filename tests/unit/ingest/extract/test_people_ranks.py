"""Military ranks and abbreviated titles before a name: 'Major General X', 'Maj. Gen. X',
'Col. X', 'Gov. X', German 'General X', Dutch 'generaal-majoor X'; the full stop written onto an
abbreviation does not part the title from its holder, and '(Rtd)' is no given name."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.people_reader import people_of


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("en", "Major General Thomas Moyo arrived in Maun on Monday.", "Thomas Moyo",
         "Major General"),
        ("en", "Lieutenant General Philip Sibanda arrived in Maun.", "Philip Sibanda",
         "Lieutenant General"),
        ("en", "Maj. Gen. Thomas Moyo met the delegation.", "Thomas Moyo", "Gen"),
        ("en", "The Libyan leader, Col. Muammar Qaddafi, said so.", "Muammar Qaddafi", None),
        ("en", "Fong is filling in for Gov. Jay Inslee this week.", "Jay Inslee", "Gov"),
        ("de", "Das Militär unter der Führung von General Abdel Fattah Burhan verhandelte.",
         "Abdel Fattah Burhan", "General"),
        ("nl", "Generaal-majoor Jan Peeters sprak in Kabul.", "Jan Peeters", "Generaal-majoor"),
    ],
)  # fmt: skip
def test_a_rank_or_an_abbreviated_title_holds_the_name_after_it(
    lang: str, text: str, name: str, title: str | None
) -> None:
    found = {p.name: p.title for p in people_of(lang, text)}
    assert name in found
    if title is not None:
        assert found[name] == title


def test_lieutenant_opens_no_name_after_a_forms_of_address_chain() -> None:
    text = (
        "At the invitation of Her Excellency Mrs. Indira Gandhi, Prime Minister of India, "
        "His Excellency Lieutenant General H.M. Ershad, President of Bangladesh, came."
    )
    assert "Lieutenant" not in {p.name for p in people_of("en", text)}


def test_retired_in_brackets_is_no_given_name() -> None:
    text = "Rwanda's Ambassador to Ethiopia, Maj. Gen. (Rtd) Charles Karamba, spoke in Addis Ababa."
    names = {o.name for o in extract_article(text, language="en").facts.officials}
    assert "Charles Karamba" in names
