"""Round 481: meeting words the lists lacked in one language or another: conjugations of verbs
whose siblings were read ('verhandelte', 'kam zusammen', 'zusammengetroffen', 'konferierten',
'se retrouvent', 'négocient', 's'étaient rencontrés', 'overlegd', 'vergaderde'), and
'Geneve', the Dutch spelling of Geneva without its accent."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2024-05-14").facts
    return [(m.city, sorted(m.parties)) for m in facts.meetings]


@pytest.mark.parametrize(
    ("lang", "text", "city", "parties"),
    [
        (
            "de",
            "Die chilenische Außenministerin verhandelte am Dienstag in Lima mit ihrem "
            "peruanischen Amtskollegen.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "de",
            "Der chilenische Präsident ist am Dienstag in Lima mit dem peruanischen "
            "Präsidenten zusammengetroffen.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "de",
            "Die chilenische Außenministerin konferierte am Dienstag in Lima mit ihrem "
            "peruanischen Amtskollegen.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "fr",
            "Les ministres chilien et péruvien des Affaires étrangères se retrouvent mardi à Lima.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "fr",
            "Les délégations chilienne et péruvienne négocient depuis mardi à Lima.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "nl",
            "De Chileense en Peruaanse ministers vergaderde dinsdag in Lima.",
            "Lima",
            ["CL", "PE"],
        ),
        (
            "nl",
            "De Chileense en de Peruaanse minister hebben dinsdag in Geneve overlegd.",
            "Geneva",
            ["CL", "PE"],
        ),
    ],
)
def test_meeting_forms_read(lang: str, text: str, city: str, parties: list[str]) -> None:
    assert (city, parties) in _meetings(text, lang)
