"""Where a state's inflected adjective stands before its noun (German, Dutch), the capitalised
word after it is that noun, no name ('Leiterin der peruanischen Diplomatie'); an uninflected form
that is also a given name ('Minister Frans Timmermans') still opens one."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "noun"),
    [
        ("de", "Die Leiterin der peruanischen Diplomatie nahm an dem Gespräch teil.", "Diplomatie"),
        ("de", "Der Leiter des Sekretariats der deutschen Minderheit sprach.", "Minderheit"),
        ("nl", "De voorzitter van de Russische Doema sprak.", "Doema"),
    ],
)
def test_the_noun_after_an_attributive_adjective_is_no_name(
    lang: str, text: str, noun: str
) -> None:
    facts = extract_article(text, language=lang, published="2022-10-20").facts
    assert not [o.name for o in facts.officials if noun.split()[-1] in o.name]


def test_an_uninflected_adjective_that_is_a_given_name_opens_the_name() -> None:
    text = "Minister Frans Timmermans van Buitenlandse Zaken is daarbij aanwezig."
    facts = extract_article(text, language="nl", published="2013-05-08").facts
    assert "Timmermans" in {o.name.split()[-1] for o in facts.officials}
