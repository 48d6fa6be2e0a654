"""A holder named right after his title's remit, with no comma ('Ambassador to Abkhazia Semyon
Grigoryev'), is an official; read after the leaders are chosen, he heads no side by this reading."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Russia's Ambassador to Abkhazia Semyon Grigoryev attended the ceremony in "
               "Sukhum on Monday.", "Semyon Grigoryev"),
        ("fr", "Le gouverneur de la province de Shaanxi Zhao Gang a reçu la délégation "
               "française à Xi'an.", "Zhao Gang"),
    ],
)  # fmt: skip
def test_a_holder_after_the_remit_is_an_official(language: str, text: str, name: str) -> None:
    result = extract_article(text, language=language, published="2023-05-02")
    assert name in {o.name for o in result.facts.officials}
    assert name not in {d.leader for d in result.facts.delegations}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Zur Delegation gehörte auch der Sprecher der Hessischen Landesregierung "
               "Michael Bußer.", "Michael Bußer"),
        ("de", "Premierminister Nguyen Xuan Phuc empfing in Hanoi den Geschäftsführer des "
               "US-Konzerns VISA, Alfred Kelly.", "Alfred Kelly"),
        ("de", "Boluarte, der von der Leiterin der peruanischen Diplomatie, Ana Cecilia "
               "Gervasi, begleitet wurde, dankte den Vereinigten Staaten.", "Ana Cecilia Gervasi"),
    ],
)  # fmt: skip
def test_a_holder_after_a_remit_the_title_opened_is_an_official(
    language: str, text: str, name: str
) -> None:
    """The title's span stops inside its remit ('Sprecher der Hessischen'); the remit runs on
    with no connector of its own, to the holder's name or to the comma before it."""
    result = extract_article(text, language=language, published="2023-05-02")
    assert name in {o.name for o in result.facts.officials}
    assert name not in {d.leader for d in result.facts.delegations}
