"""The written form of a title given to one person: singular base form, no nationality."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.extract.title_forms import plain_title
from ingest.lang.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("lang", "title", "plain"),
    [
        ("de", "französischen Präsidenten", "Präsident"),
        ("de", "deutschen Amtskollegen", "Amtskollege"),
        ("de", "Bundeskanzlers", "Bundeskanzler"),
        ("de", "Sondergesandten der USA", "Sondergesandter der USA"),
        ("de", "Berater des Präsidenten", "Berater des Präsidenten"),  # the remit as written
        ("en", "Nepalese counterpart", "counterpart"),
        ("en", "ministers", "minister"),
        (
            "en",
            "European Union Deputy Secretary General",
            "European Union Deputy Secretary General",
        ),
        ("fr", "Présidents", "Président"),
        ("fr", "homologue français", "homologue"),
        ("fr", "ministre russe des Affaires étrangères", "ministre des Affaires étrangères"),
        ("nl", "Nederlandse ambtgenoot", "ambtgenoot"),
        ("nl", "ambtgenoten", "ambtgenoot"),
        ("nl", "Belgische", "Belgische"),  # an adjective alone stays: the title would be empty
    ],
)
def test_a_title_for_one_person_is_singular_and_without_nationality(
    lang: str, title: str, plain: str
) -> None:
    assert plain_title(title, load_lexicon(lang)) == plain


def test_each_name_under_a_plural_title_gets_the_singular() -> None:
    text = "Vandaag spraken de ministers Anna Verbeek en Pieter de Graaf in Parijs met Frankrijk."
    titles = {o.name: o.title for o in extract_article(text, language="nl").facts.officials}
    assert titles == {"Anna Verbeek": "minister", "Pieter de Graaf": "minister"}
