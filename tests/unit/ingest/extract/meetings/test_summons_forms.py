"""Round 427: summonses told in words the lists lacked, an envoy posted 'in de' / 'to the' a
state, and a second envoy of his own state in the same sentence."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.pipeline import extract_article
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return sorted((m.city or "", m.parties) for m in facts.meetings)  # type: ignore[misc]


def test_an_envoy_asked_to_explain_or_to_come_by_is_summoned() -> None:
    nl = "De Braziliaanse ambassadeur in België werd gisteren om uitleg gevraagd."
    assert _meetings(nl, "nl") == [("Brussels", ["BE", "BR"])]
    nl = (
        "De Chileense ambassadeur in Nederland is door het ministerie van Buitenlandse Zaken "
        "gevraagd langs te komen."
    )
    assert _meetings(nl, "nl") == [("The Hague", ["CL", "NL"])]
    fr = "L'ambassadeur péruvien a été invité au ministère des Affaires étrangères du Chili."
    assert _meetings(fr, "fr") == [("Santiago", ["CL", "PE"])]


def test_other_forms_of_summoning_verbs() -> None:
    en = "Norway summonsed the Icelandic ambassador on Monday."
    assert _meetings(en, "en") == [("Oslo", ["IS", "NO"])]
    fr = "Le Portugal convoqua l'ambassadeur du Brésil."
    assert _meetings(fr, "fr") == [("Lisbon", ["BR", "PT"])]


def test_the_state_an_envoy_is_posted_to_after_an_article_summons() -> None:
    text = (
        "De Noorse ambassadeur in de Verenigde Arabische Emiraten (VAE) is op het matje geroepen "
        "bij het ministerie van Buitenlandse Zaken. Het ging om opmerkingen over Jordanië en "
        "Jordaanse media."
    )  # the state named most besides the envoy's is what he spoke of, not who summoned him
    doc = normalise(text, language="nl", published="2025-06-10")
    _, _, meetings, _ = rule_findings(split_sentences(doc, language="nl"))
    assert [(m.city, m.parties) for m in meetings] == [("Abu Dhabi", ["AE", "NO"])]


def test_a_second_envoy_of_another_state_in_the_sentence_is_summoned_too() -> None:
    nl = (
        "Naast de Deense ambassadeur moest ook de Finse ambassadeur zich melden bij het "
        "Poolse ministerie van Buitenlandse Zaken."
    )
    assert _meetings(nl, "nl") == [("Warsaw", ["DK", "PL"]), ("Warsaw", ["FI", "PL"])]
