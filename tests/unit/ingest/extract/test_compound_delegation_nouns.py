"""A delegation noun fused into a compound ('regeringsdelegatie', 'Militärdelegation') names a
side as the bare noun does: the head of such a delegation leads it. English and French write the
same nouns as several words ('government delegation', 'délégation gouvernementale'). A word that
only ends like a side noun ('uitzending', 'Webseite') is none."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.lang.delegation_nouns import delegation_noun_regex
from tests.unit.ingest.extract.leaders_reader import leaders_of


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("nl", "In Doha begonnen de vredesgesprekken met de Taliban. Het hoofd van de Afghaanse "
         "regeringsdelegatie, Masoom Stanekzai, sprak van een historische dag.",
         ("AF", "Masoom Stanekzai")),
        ("de", "In Wien begannen die Gespräche. Leiter der ukrainischen Militärdelegation ist "
         "Serhij Najew.", ("UA", "Serhij Najew")),
        ("en", "Talks opened in Geneva. The head of the Iranian government delegation, Abbas "
         "Araghchi, spoke of progress.", ("IR", "Abbas Araghchi")),
        ("fr", "Les négociations ont commencé à Alger. Le chef de la délégation gouvernementale "
         "malienne, Abdoulaye Diop, a salué les progrès.", ("ML", "Abdoulaye Diop")),
    ],
)  # fmt: skip
def test_the_head_of_a_compound_delegation_noun_leads_it(
    lang: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in leaders_of(text, lang)


@pytest.mark.parametrize(
    ("lang", "word", "side"),
    [
        ("nl", "regeringsdelegatie", True),
        ("nl", "handelsafvaardiging", True),
        ("nl", "uitzending", False),
        ("de", "Wirtschaftsdelegation", True),
        ("de", "Militärdelegation", True),
        ("de", "Delegationsreise", False),
        ("de", "Webseite", False),
        ("en", "delegation", True),
        ("en", "subdelegation", False),
    ],
)  # fmt: skip
def test_only_compounds_ending_in_a_delegation_noun_are_one(
    lang: str, word: str, side: bool
) -> None:
    assert (delegation_noun_regex(lang).fullmatch(word) is not None) is side


def test_a_title_runs_to_a_compound_delegation_noun() -> None:
    text = "In Wien begannen die Gespräche. Leiter der ukrainischen Militärdelegation ist Serhij "
    text += "Najew."
    facts = extract_article(text, language="de", published="2025-03-04").facts
    titles = {o.name: o.title for o in facts.officials}
    assert titles.get("Serhij Najew") == "Leiter der ukrainischen Militärdelegation"
