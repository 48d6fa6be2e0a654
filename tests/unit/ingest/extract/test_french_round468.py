"""Round 468: French forms the reader missed: a passive reception in the feminine ('a été
reçue par'), talks told by 'ont discuté', a title whose body's name goes on in lower case
('Commission militaire centrale X'), the honorific 'S. E.' (Son Excellence) before a name, and
two names each with its apposed title of the same office ('A, président du Niger, B,
président du Mali')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.people_reader import people_of


def _facts(text: str, lang: str = "fr") -> tuple[list[tuple[str, str | None]], list[list[str]]]:
    facts = extract_article(text, language=lang, published="2023-05-10", url=None).facts
    heads = sorted((d.country, d.leader) for d in facts.delegations)
    return heads, [sorted(m.parties) for m in facts.meetings]


def _titled(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    people = people_of(lang, text)
    return [(p.name, p.title) for p in people]


def test_a_feminine_passive_reception_is_a_meeting_of_both_sides() -> None:
    text = (
        "La ministre kényane des Affaires étrangères, Wanjiru Kamau, a été reçue jeudi à Accra "
        "par le président ghanéen Kofi Mensah."
    )
    heads, meetings = _facts(text)
    assert meetings == [["GH", "KE"]]
    assert heads == [("GH", "Kofi Mensah"), ("KE", "Wanjiru Kamau")]


def test_talks_told_by_ont_discute() -> None:
    text = (
        "Le président togolais Komi Afande et son homologue béninois Rodrigue Houngbo ont "
        "discuté vendredi à Lomé de la sécurité côtière."
    )
    heads, meetings = _facts(text)
    assert meetings == [["BJ", "TG"]]
    assert ("TG", "Komi Afande") in heads


def test_a_body_name_in_lower_case_words_stays_in_the_title() -> None:
    text = "Le vice-président de la Commission militaire centrale Li Wenhua est arrivé à Hanoï."
    assert _titled(text) == [("Li Wenhua", "vice-président de la Commission militaire centrale")]


def test_the_spaced_excellency_honorific_is_no_part_of_the_name() -> None:
    text = "Le ministre des Affaires étrangères S. E. Oumar Sangaré a ouvert la session."
    assert [name for name, _ in _titled(text)] == ["Oumar Sangaré"]


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("fr", "A l'invitation de Moussa Diarra, président du Niger, Idrissa Touré, président "
               "du Mali, est arrivé à Niamey.", "président du Niger", "président du Mali"),
        ("en", "At the invitation of Moussa Diarra, President of Niger, Idrissa Toure, "
               "President of Mali, arrived in Niamey.", "President of Niger", "President of Mali"),
    ],
)  # fmt: skip
def test_each_of_two_names_keeps_its_own_apposed_title(
    lang: str, text: str, first: str, second: str
) -> None:
    titles = dict(_titled(text, lang))
    assert titles[next(n for n in titles if n.startswith("Moussa"))] == first
    assert titles[next(n for n in titles if n.startswith("Idrissa"))] == second
