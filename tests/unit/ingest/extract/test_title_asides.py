"""A title and its holder's name with something between them: a short bracketed aside
('Trade Adviser (TA) Nora Quist', 'secrétaire adjoint (Asie), Paul Morand')."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        (
            "en",
            "Chief Trade Adviser (CTA) Nora Quist opened the talks.",
            "Nora Quist",
            "Chief Trade Adviser",
        ),
        (
            "en",
            "Then Deputy Secretary (east wing), Omar Velde spoke.",
            "Omar Velde",
            "Deputy Secretary",
        ),
        (
            "en",
            "It was signed by Secretary [Trade] Lina Okoro on Friday.",
            "Lina Okoro",
            "Secretary",
        ),
        ("fr", "Le porte-parole (PS), Marc Dufour a répondu.", "Marc Dufour", "porte-parole (PS)"),
        (
            "de",
            "Der Botschafter (a.D.) Karl Brenner kam nach Bern.",
            "Karl Brenner",
            "Botschafter",
        ),
    ],
)
def test_a_short_aside_stands_between_title_and_name(
    lang: str, text: str, name: str, title: str
) -> None:
    assert _people(lang, text) == [(name, title)]


def test_a_rank_and_a_name_in_brackets_are_no_aside() -> None:
    """'(Marshal Sorel)' names the holder: no title runs over the brackets to a name after them."""
    found = _people("en", "The Prime Minister (Marshal Sorel) and the Party leader (Mr Ovid Lane).")
    assert all("(" not in (title or "") for _, title in found)
