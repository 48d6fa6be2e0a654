"""A one-sided meeting whose other side the article names only through an institution of its
own takes that state: a seat ('the White House', 'l'Élysée'), a body of one state or a title
that states bear ('der Bundeskanzler': the outlet's state where it bears it, else the first)."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _parties(text: str, lang: str, url: str | None = None) -> list[list[str]]:
    facts = extract_article(text, language=lang, published=None, url=url).facts
    return sorted(m.parties for m in facts.meetings)


_DE = (
    "Der Bundeskanzler unterrichtet das Kabinett von dem Gespräch mit dem norwegischen "
    "Ministerpräsidenten Einar Gerhardsen."
)


def test_a_federal_title_names_the_first_of_its_states() -> None:
    assert _parties(_DE, "de") == [["DE", "NO"]]


def test_a_federal_title_names_the_outlet_s_state_where_it_bears_it() -> None:
    assert _parties(_DE, "de", "https://www.orf.at/stories/1") == [["AT", "NO"]]


def test_a_seat_names_its_state() -> None:
    en = "A White House spokesman said the President held talks with the Kenyan President."
    nl = "Het Witte Huis meldt dat de president maandag een gesprek had met de Keniaanse president."
    fr = "L'Élysée indique que le président a eu lundi un entretien avec le président kényan."
    assert _parties(en, "en") == [["KE", "US"]]
    assert _parties(nl, "nl") == [["KE", "US"]]
    assert _parties(fr, "fr") == [["FR", "KE"]]


def test_a_title_whose_state_the_article_names_adds_none() -> None:
    de = (
        "Die österreichische Regierung schweigt. Der Bundeskanzler unterrichtet das Kabinett "
        "von dem Gespräch mit dem norwegischen Ministerpräsidenten Einar Gerhardsen."
    )
    assert ["DE", "NO"] not in _parties(de, "de")


def test_a_title_another_state_qualifies_names_no_state() -> None:
    nl = (
        "Het bezoek van Chroesjtsjov aan Amerika. De Russische minister-president werd "
        "in Washington door president Eisenhower ontvangen."
    )
    assert ["NL", "US"] not in _parties(nl, "nl", "https://www.digibron.nl/a")


def test_the_taoiseach_names_ireland() -> None:
    en = "The Taoiseach held talks with the Japanese Prime Minister on Monday."
    assert _parties(en, "en") == [["IE", "JP"]]
