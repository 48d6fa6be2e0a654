"""A summons that names no envoy ('Die Türkei hatte ihn förmlich einbestellt') summons the envoy an
earlier sentence names with his state; a sentence that names a second state tells its own sides."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

CASES = [
    (
        "de",
        "Diplomatische Standpauken werden für den deutschen Botschafter in Ankara zur Routine. "
        "Erst am Samstag musste Martin Erdmann antreten. "
        "Die Türkei hatte ihn förmlich einbestellt.",
        ("Ankara", ["DE", "TR"], ("DE", "Martin Erdmann")),
    ),
    (
        "nl",
        "De Nederlandse ambassadeur in Moskou, Renée Jones-Bos, had een zware week. "
        "Rusland heeft haar zaterdag ontboden.",
        ("Moscow", ["NL", "RU"], ("NL", "Renée Jones-Bos")),
    ),
    (
        "fr",
        "L'ambassadeur d'Allemagne à Ankara, Martin Erdmann, a eu une semaine difficile. "
        "La Turquie l'a convoqué samedi.",
        ("Ankara", ["DE", "TR"], ("DE", "Martin Erdmann")),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_the_envoy_named_before_is_summoned(
    lang: str, text: str, want: tuple[str, list[str], tuple[str, str]]
) -> None:
    facts = extract_article(text, language=lang, published="2017-04-01").facts
    city, parties, leader = want
    assert [(m.city, sorted(m.parties)) for m in facts.meetings] == [(city, parties)]
    assert leader in [(d.country, d.leader) for d in facts.delegations]


def test_a_second_state_in_the_summons_keeps_its_own_sides() -> None:
    text = (
        "Nach der Hinrichtung hatte Baerbock den deutschen Botschafter im Iran, Markus Potzel, "
        "zu Konsultationen nach Berlin zurückgerufen. Zudem hatte sie den Leiter der iranischen "
        "Botschaft in Berlin einbestellt."
    )
    facts = extract_article(text, language="de", published="2024-10-31").facts
    assert ("Tehran", ["DE", "IR"]) not in [(m.city, sorted(m.parties)) for m in facts.meetings]
