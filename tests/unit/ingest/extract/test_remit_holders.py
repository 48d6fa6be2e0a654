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


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "The minister met Chairman of the China Chamber of Commerce for Import and Export "
               "of Textiles (CCCT) Zhang Xinmin, and President of the COFCO Group Luan Richeng.",
               "Zhang Xinmin"),
        ("en", "The delegation included Joint Secretary (Pakistan, Iran and Afghanistan) in the "
               "Ministry of External Affairs, Yash Sinha, and other senior officials.",
               "Yash Sinha"),
        ("fr", "Cette session s'est ouverte en présence du secrétaire général du ministère d'État, "
               "ministère des Affaires étrangères, Claude Dassys Béké, et des experts.",
               "Claude Dassys Béké"),
        ("fr", "Il était accompagné du vice-ministre des Affaires juridiques et internationales, "
               "Kazem Gharibabadi, pour la réunion.", "Kazem Gharibabadi"),
        ("fr", "Le responsable de l'Organisation des Nations Unies (ONU) pour les affaires "
               "humanitaires, Martin Griffiths, se trouvait également à Djeddah.",
               "Martin Griffiths"),
    ],
)  # fmt: skip
def test_a_holder_after_a_long_remit_is_an_official(language: str, text: str, name: str) -> None:
    """A body's short name in brackets, a few lower-case qualifiers, a comma going on into a body
    or a state: the remit still ends on its holder's name."""
    result = extract_article(text, language=language, published="2023-05-02")
    assert name in {o.name for o in result.facts.officials}


def test_a_remit_stops_at_another_title_after_a_comma() -> None:
    """'Earl Mountbatten, First Sea Lord': the modifier after the comma opens another title, no
    remit going on to a holder ('Sea Lord' is none)."""
    text = ("They spent Christmas as guests of Admiral of the Fleet Earl Mountbatten, First Sea "
            "Lord and last Viceroy of India, at his country home.")  # fmt: skip
    result = extract_article(text, language="en", published="1956-12-24")
    assert "Sea Lord" not in {o.name for o in result.facts.officials}
