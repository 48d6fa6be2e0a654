"""People described before they are named: an envoy's description (or two holders' in one
sentence), then a full name with no title (or two joined ones) in the next sentences takes the
description's title and state."""

from __future__ import annotations

from ingest.extract.article import article_context, rule_findings
from ingest.extract.people_described import add_described
from ingest.extract.people_registry import PeopleRegistry
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _described(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    art = article_context(split_sentences(normalise(text, language=lang), language=lang))
    registry = PeopleRegistry(None)
    add_described(art, registry)
    return [(p.name, p.title, p.country) for p in registry.people]


def test_an_envoy_described_then_named_takes_the_description() -> None:
    text = (
        "Chile's ambassador to Peru was called in on Monday over the row. "
        "Pedro Alvarado met officials of the ministry for an hour."
    )
    assert _described(text) == [("Pedro Alvarado", "ambassador to Peru", "CL")]


def test_each_name_takes_the_nearest_description_before_it() -> None:
    text = (
        "Chile's ambassador to Peru was called in after the arrest of Peru's top diplomat in "
        "Santiago. Luis Herrera was held for three hours. In response, Pedro Alvarado was "
        "called in too."
    )
    assert _described(text) == [
        ("Luis Herrera", "top diplomat in Santiago", "PE"),
        ("Pedro Alvarado", "ambassador to Peru", "CL"),
    ]


def test_a_name_after_a_state_or_far_from_the_description_takes_nothing() -> None:
    assert _described("The Chilean ambassador left. Peru's Pedro Alvarado said no.") == []
    far = "The Chilean ambassador left. It rained. It snowed. It was cold. Pedro Alvarado spoke."
    assert _described(far) == []


def test_a_described_head_of_state_or_a_plural_takes_nothing() -> None:
    assert _described("The Chilean president left. Pedro Alvarado spoke.") == []
    assert _described("De Chileense ambassadeurs vertrokken. Pedro Alvarado sprak.", "nl") == []


def test_a_named_holder_of_the_office_keeps_the_description() -> None:
    text = (
        "The Chilean ambassador was summoned. The Chilean ambassador, Juan Soto, came. "
        "Pedro Alvarado spoke."
    )
    assert _described(text) == []


def test_a_month_word_opening_a_clause_before_a_name_is_a_first_name() -> None:
    text = "Chile's ambassador to Peru was called in. Jan Alvarado met officials of the ministry."
    assert _described(text) == [("Jan Alvarado", "ambassador to Peru", "CL")]
    dated = "Chile's ambassador to Peru was called in. In May Alvarado met officials."
    assert _described(dated) == []


def test_two_holders_described_then_named_together_take_the_descriptions_in_order() -> None:
    text = (
        "Le ministre chilien des Affaires étrangères s'entretient avec son homologue péruvien. "
        "Pedro Alvarado et Luis Herrera ont signé un accord sur la pêche."
    )
    assert _described(text, "fr") == [
        ("Pedro Alvarado", "ministre chilien des Affaires étrangères", "CL"),
        ("Luis Herrera", "homologue péruvien", "PE"),
    ]


def test_a_described_pair_takes_no_names_given_apart_or_of_one_state() -> None:
    apart = (
        "The Chilean foreign minister met his Peruvian counterpart. "
        "On Monday Pedro Alvarado and Luis Herrera signed an accord."
    )
    assert _described(apart) == []
    one_state = (
        "The Chilean foreign minister met the Chilean trade minister. "
        "Pedro Alvarado and Luis Herrera signed an accord."
    )
    assert _described(one_state) == []


def _countries(text: str, lang: str) -> dict[str, str | None]:
    """The state of each titled person the full rule stage registers."""
    doc = normalise(text, language=lang, published="2024-03-04")
    _, registry, _, _ = rule_findings(split_sentences(doc, language=lang))
    return {p.name: p.country for p in registry.people}


def test_a_holder_titled_by_the_office_alone_takes_the_described_state() -> None:
    en = "Kenya summoned the Ghanaian ambassador on Monday. Ambassador Kofi Mensah was told so."
    assert _countries(en, "en") == {"Kofi Mensah": "GH"}
    nl = (
        "De Ghanese ambassadeur in Kenia is op het matje geroepen. "
        "Ambassadeur Kofi Mensah moest zich vrijdag melden op het ministerie in Nairobi."
    )
    assert _countries(nl, "nl") == {"Kofi Mensah": "GH"}


def test_a_holder_of_another_office_or_far_away_takes_no_described_state() -> None:
    other = "Kenya summoned the Ghanaian ambassador on Monday. Minister Kofi Mensah was told so."
    assert _countries(other, "en") == {"Kofi Mensah": None}
    far = (
        "Kenya summoned the Ghanaian ambassador on Monday. It rained. It snowed. It was cold. "
        "Ambassador Kofi Mensah was told so."
    )
    assert _countries(far, "en") == {"Kofi Mensah": None}


def test_words_that_are_never_names_may_stand_before_the_described_name() -> None:
    text = (
        "Die Standpauken werden für den chilenischen Botschafter in Lima zur Routine. "
        "Erst am Samstag musste Pedro Alvarado im Ministerium antreten."
    )
    assert _described(text, "de") == [("Pedro Alvarado", "chilenischen Botschafter in Lima", "CL")]
