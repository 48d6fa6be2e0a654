"""Meetings whose states are told only through the people who take part in them: a clause's
person gives the meeting the state the article ties him to (the side he leads, the adjective of
his title) or, named without one, the state whose officeholder the file knows him as in the
article's years (`meetings.people_sides`)."""

from __future__ import annotations

import pytest

from ingest.extract.meetings.people_sides import named_sides
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.pipeline import extract_article
from ingest.models import Delegation, Meeting, Person

_UNTITLED = {
    "nl": "Bush en Gorbatsjov hebben elkaar gisteren gedurende twee uur gesproken.",
    "en": "Bush and Gorbachev met for two hours yesterday.",
    "de": "Bush und Gorbatschow trafen sich gestern zwei Stunden lang.",
    "fr": "Bush et Gorbatchev se sont entretenus hier pendant deux heures.",
}


@pytest.mark.parametrize("lang", sorted(_UNTITLED))
def test_untitled_officeholders_are_the_sides(lang: str) -> None:
    """Two heads named bare, in the year of their terms: their states meet."""
    facts = extract_article(_UNTITLED[lang], language=lang, published="1991-10-30").facts
    assert [m.parties for m in facts.meetings] == [["SU", "US"]]


def _registry(*people: Person) -> PeopleRegistry:
    registry = PeopleRegistry("2019-09-25")
    registry.people = list(people)
    return registry


def _one_sided(kind: str, state: str) -> Meeting:
    return Meeting(id="meeting:0", kind=kind, parties=[state])


def test_a_callee_named_bare_is_his_offices_state() -> None:
    """'Zelensky heeft met Donald Trump gebeld': the callee's state is the one he holds office
    for, not the outlet's."""
    call = _one_sided("call", "UA")
    zelensky = Person(id="person:zelensky", name="Volodymyr Zelensky", role="president")
    zelensky.country = "UA"
    named_sides(
        [(call, ["Volodymyr Zelensky"], ["Donald Trump"])],
        _registry(zelensky),
        [],
        frozenset({2019}),
    )
    assert call.parties == ["UA", "US"]


def test_a_visitor_is_the_state_whose_side_he_leads() -> None:
    """'Baerbock trifft in Paris ihren Amtskollegen': the visitor leads the German side."""
    visit = _one_sided("visit", "FR")
    baerbock = Person(id="person:baerbock", name="Annalena Baerbock", role="foreign minister")
    led = Delegation(id="delegation:DE:baerbock", country="DE", leader="person:baerbock")
    named_sides([(visit, ["Annalena Baerbock"], [])], _registry(baerbock), [led], frozenset())
    assert visit.parties == ["DE", "FR"]


def test_the_side_led_outweighs_a_titles_state() -> None:
    """A head whose title was read for another state still meets for the side he leads."""
    meeting = _one_sided("meeting", "LI")
    berset = Person(id="person:berset", name="Alain Berset", role="president", country="DE")
    led = Delegation(id="delegation:CH:berset", country="CH", leader="person:berset")
    named_sides([(meeting, ["Alain Berset"], [])], _registry(berset), [led], frozenset({2018}))
    assert meeting.parties == ["CH", "LI"]


@pytest.mark.parametrize(
    ("names", "words"),
    [
        ([], ["Stuart Getrouw"]),  # a first name alone ('Stuart') is no officeholder's
        (["Jimmy Carter"], []),  # a former head takes no side now
    ],
)
def test_no_state_from_who_holds_no_office(names: list[str], words: list[str]) -> None:
    visit = _one_sided("visit", "BR")
    carter = Person(id="person:carter", name="Jimmy Carter", role="former president")
    named_sides([(visit, names, words)], _registry(carter), [], frozenset({1979, 2018}))
    assert visit.parties == ["BR"]


_MARGINS = {
    "de": "Im Vorfeld des Dreiergipfels zwischen der Türkei, Russland und dem Iran ist "
    "Staatspräsident Recep Tayyip Erdogan in Teheran mit dem iranischen Präsidenten Hasan Ruhani "
    "und dem russischen Präsidenten Wladimir Putin zusammengekommen. Anschließend führte "
    "Staatspräsident Erdogan ein Gespräch mit seinem russischen Amtskollegen Putin.",
    "en": "Ahead of the three-way summit of Turkey, Russia and Iran, President Recep Tayyip "
    "Erdogan met in Tehran with Iranian President Hassan Rouhani and Russian President Vladimir "
    "Putin. Afterwards President Erdogan held talks with his Russian counterpart Putin.",
    "nl": "Voorafgaand aan de top van Turkije, Rusland en Iran kwam president Recep Tayyip "
    "Erdogan in Teheran samen met de Iraanse president Hassan Rohani en de Russische president "
    "Vladimir Poetin. Daarna voerde president Erdogan een gesprek met zijn Russische ambtgenoot "
    "Poetin.",
    "fr": "En marge du sommet de la Turquie, de la Russie et de l'Iran, le président Recep "
    "Tayyip Erdogan a rencontré à Téhéran le président iranien Hassan Rohani et le président "
    "russe Vladimir Poutine. Ensuite, le président Erdogan s'est entretenu avec son homologue "
    "russe Poutine.",
}


@pytest.mark.parametrize("lang", sorted(_MARGINS))
def test_two_heads_of_a_summit_meet_on_its_margins(lang: str) -> None:
    """The talks of two of a summit's heads are a meeting of their own, not the summit again."""
    facts = extract_article(_MARGINS[lang], language=lang, published="2018-09-07").facts
    assert [m.parties for m in facts.meetings] == [["IR", "RU", "TR"], ["RU", "TR"]]
