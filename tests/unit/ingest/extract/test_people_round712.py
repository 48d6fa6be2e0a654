"""Round 712: a long name with capitalised particles before its title ('Abdullah Bin Zayed Al
Nahyan, Außenminister') is read whole: as after a title, a particle is no word of the name; a
French 'Cheikh' before it is an honorific only before a name of lineage. Pinned too: a state or
its capital in the genitive before a title gives the holder its state ('Russlands Außenminister',
"Beijing's envoy", "Amerika's president"), as it did already."""

from __future__ import annotations

import pytest

from ingest.extract.context import build_sentence, scanner
from ingest.models import Sentence
from tests.unit.ingest.extract.people_reader import people_of


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The embassy was opened by Sheikh Abdullah Bin Zaied Al Nuhaiyan, UAE Minister of"
         " Foreign Affairs, on Monday.", "Abdullah Bin Zaied Al Nuhaiyan"),
        ("en", "He met Tamim Bin Hamad Al Thani, the Emir of Qatar, in Doha.",
         "Tamim Bin Hamad Al Thani"),
        ("fr", "Il a reçu Sidi Ali Ould Sidi Boubacar, directeur général de la pêche.",
         "Sidi Ali Ould Sidi Boubacar"),
        ("de", "Er traf Abdullah Bin Zayed Al Nahyan, Außenminister der Emirate.",
         "Abdullah Bin Zayed Al Nahyan"),
        ("nl", "Hij ontmoette Abdullah Bin Zayed Al Nahyan, minister van Buitenlandse Zaken.",
         "Abdullah Bin Zayed Al Nahyan"),
    ],
)  # fmt: skip
def test_capitalised_particles_count_no_word_of_a_name_before_its_title(
    lang: str, text: str, name: str
) -> None:
    assert [p.name for p in people_of(lang, text)] == [name]


def test_a_name_that_opens_with_a_particle_before_its_title_stays_whole() -> None:
    assert [p.name for p in people_of("en", "He met Al Gore, the Vice President.")] == ["Al Gore"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il a reçu Son Altesse Cheikh Tamim Ben Hamad Al-Thani, émir du Qatar, lundi.",
         "Tamim Ben Hamad Al-Thani"),
        ("Il a reçu Cheikh Tidiane Gadio, ministre des Affaires étrangères, lundi.",
         "Cheikh Tidiane Gadio"),
        ("Il a reçu Cheikh Ould Ahmed, ministre des Pêches, lundi.", "Cheikh Ould Ahmed"),
    ],
)  # fmt: skip
def test_a_french_cheikh_is_an_honorific_only_before_a_name_of_lineage(
    text: str, name: str
) -> None:
    assert [p.name for p in people_of("fr", text)] == [name]


def _states(lang: str, text: str) -> list[tuple[str, str | None]]:
    scan = scanner(lang)
    sentence = Sentence(index=0, start=0, end=len(text), text=text)
    return [(p.name, p.country) for p in build_sentence(sentence, scan.lex, scan).mentions.people]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("de", "Russlands Außenminister Sergej Lawrow traf ihn.", ("Sergej Lawrow", "RU")),
        ("de", "Dort sprach Frankreichs Präsident Emmanuel Macron.", ("Emmanuel Macron", "FR")),
        ("en", "Beijing's envoy Wang Yi arrived on Monday.", ("Wang Yi", "CN")),
        ("en", "Yerevan\u2019s chargé d\u2019affaires Vazgen Khanjian left.",
         ("Vazgen Khanjian", "AM")),
        ("nl", "Amerika's president Joe Biden sprak.", ("Joe Biden", "US")),
        ("nl", "Angola's minister van Buitenlandse Zaken, Venancio da Silva, sprak.",
         ("Venancio da Silva", "AO")),
    ],
)  # fmt: skip
def test_a_state_or_its_capital_in_the_genitive_before_a_title_is_its_holders(
    lang: str, text: str, person: tuple[str, str]
) -> None:
    assert _states(lang, text) == [person]
