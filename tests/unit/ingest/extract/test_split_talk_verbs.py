"""Round 523: talks told by a verb whose preposition comes after the day or place, in Dutch, German
and French ('sprach am Montag in Berlin mit', 'heeft dinsdag met ... gesproken', 'a discuté mardi
avec'): the split verb opens a meeting of the two people's
states, as the joined phrase already did."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "de",
            "Der chilenische Präsident Gabriel Boric sprach am Dienstag in Santiago mit dem "
            "argentinischen Präsidenten Javier Milei.",
            "talks",
        ),
        (
            "de",
            "Der chilenische Präsident Gabriel Boric besprach am Dienstag mit dem argentinischen "
            "Präsidenten Javier Milei die Lage.",
            "talks",
        ),
        (
            "nl",
            "De Chileense president Gabriel Boric heeft dinsdag met de Argentijnse president "
            "Javier Milei gesproken.",
            "talks",
        ),
        (
            "fr",
            "Le président chilien Gabriel Boric a discuté mardi à Santiago avec le président "
            "argentin Javier Milei.",
            "talks",
        ),
    ],
)
def test_split_talk_verbs_make_a_meeting(lang: str, text: str, kind: str) -> None:
    facts = extract_article(text, language=lang, published="2024-03-12").facts
    assert (kind, ["AR", "CL"]) in [(m.kind, sorted(m.parties)) for m in facts.meetings]
