"""French meeting verbs in their agreed and present forms: 'se sont entretenues' (feminine
plural), 'reçoit' (present) open a meeting as the base forms do."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str) -> list[tuple[str, str | None, list[str]]]:
    facts = extract_article(text, language="fr", published="2023-01-10", url=None).facts
    return [(m.kind, m.city, sorted(m.parties)) for m in facts.meetings]


def test_feminine_plural_call() -> None:
    text = (
        "La ministre française Catherine Colonna et son homologue allemande Annalena Baerbock "
        "se sont entretenues par téléphone mardi."
    )
    assert _meetings(text) == [("call", None, ["DE", "FR"])]


def test_present_tense_reception() -> None:
    text = "Le président sénégalais Macky Sall reçoit à Dakar le président gambien Adama Barrow."
    assert _meetings(text) == [("meeting", "Dakar", ["GM", "SN"])]
