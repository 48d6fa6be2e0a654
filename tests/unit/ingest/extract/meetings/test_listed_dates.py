"""'The two presidents also spoke by phone in March and April', 'après ceux du 2 février et du
9 mars': a clause listing several dates tells one meeting a date, each a meeting of its own
besides the one the article reports; the dates bounding one stretch ('between 3 and 5 June')
tell one meeting."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(text, language=lang, published="2024-05-14").facts
    return sorted((m.date or "", m.parties) for m in facts.meetings)


def test_months_listed_tell_one_meeting_each() -> None:
    en = (
        "The Chilean president spoke by telephone with his Peruvian counterpart on Monday. "
        "The two presidents also spoke by phone in March and April."
    )
    assert _meetings(en, "en") == [
        ("2024-03", ["CL", "PE"]), ("2024-04", ["CL", "PE"]), ("2024-05-13", ["CL", "PE"])
    ]  # fmt: skip


def test_days_listed_in_french_and_german() -> None:
    fr = (
        "Le président chilien s'est entretenu par téléphone avec son homologue péruvien. Cet "
        "appel est le troisième après ceux du 2 février et du 9 mars."
    )
    assert [d for d, _ in _meetings(fr, "fr")] == ["", "2024-02-02", "2024-03-09"]
    de = (
        "Der chilenische Präsident telefonierte am Montag mit seinem peruanischen Amtskollegen. "
        "Die letzten Telefonate der beiden fanden am 2. Februar und am 9. März statt."
    )
    assert [d for d, _ in _meetings(de, "de")] == ["2024-02-02", "2024-03-09", "2024-05-13"]


def test_a_stretch_between_two_dates_is_one_meeting() -> None:
    nl = (
        "De Chileense minister brengt tussen 2 mei en 4 mei 2024 een bezoek aan Lima, waar hij "
        "zijn Peruaanse ambtgenoot ontmoet."
    )
    assert len(_meetings(nl, "nl")) == 1
