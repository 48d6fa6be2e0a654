"""Regular inflections of listed titles are titles too: the scanner wants whole words, so a
feminine, a plural or an unaccented spelling the language file lacks names no holder ('the
Lithuanian Charge d'Affaires X', 'de Belgische vertegenwoordigster X', 'die Konsuln')."""

from __future__ import annotations

import pytest

from ingest.extract.context import scanner
from ingest.extract.pipeline import extract_article
from ingest.extract.title_forms import plain_title
from ingest.lang.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", "Belarus summoned the Lithuanian Charge d'Affaires in Belarus Asta Vaitkute on "
         "Monday.", "Asta Vaitkute", "LT"),
        ("en", "Iraq expelled the Armenian charge d\u2019affaires Vazgen Petrosyan on May 1.",
         "Vazgen Petrosyan", "AM"),
        ("en", "Iraq expelled the Armenian chargé d\u2019affaires Vazgen Petrosyan on May 1.",
         "Vazgen Petrosyan", "AM"),
        ("nl", "De Belgische vertegenwoordigster Anna Peeters sprak in Rabat met de minister.",
         "Anna Peeters", "BE"),
    ],
)  # fmt: skip
def test_an_inflected_title_names_its_holder(lang: str, text: str, name: str, country: str) -> None:
    facts = extract_article(text, language=lang, published="2025-03-04").facts
    assert (name, country) in {(o.name, o.country) for o in facts.officials if o.title}


@pytest.mark.parametrize(
    ("lang", "word", "role"),
    [
        ("en", "consuls", "consul"),
        ("en", "chief negotiators", "chief negotiator"),
        ("nl", "journalisten", "journalist"),
        ("de", "konsuln", "consul"),
        ("de", "generaldirektoren", "director general"),
        ("fr", "présidentes", "president"),
        ("fr", "directeurs", "director"),
        ("fr", "représentantes", "representative"),
    ],
)
def test_a_plural_head_has_its_singular_role(lang: str, word: str, role: str) -> None:
    scan = scanner(lang)
    found = scan.heads.get(word) if " " in word else scan.head_role(word)
    assert found == role
    assert scan.plural(word.rpartition(" ")[2] if " " in word else word) or " " in word


@pytest.mark.parametrize(
    ("lang", "title", "base"),
    [("de", "Konsuln", "Konsul"), ("fr", "Consuls", "Consul"), ("en", "consuls", "consul")],
)
def test_a_plural_title_given_to_one_holder_is_written_singular(
    lang: str, title: str, base: str
) -> None:
    assert plain_title(title, load_lexicon(lang)) == base
