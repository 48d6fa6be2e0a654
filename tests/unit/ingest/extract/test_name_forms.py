"""Forms of address and degrees are no part of a person's name, wherever the name is read."""

from __future__ import annotations

from ingest.extract.people_name_forms import past_forms_of_address
from ingest.extract.pipeline import extract_article


def _names(text: str, language: str) -> set[str]:
    result = extract_article(text, language=language, published="2016-03-05")
    return {o.name for o in result.facts.officials}


def test_bracketed_name_loses_its_forms_of_address() -> None:
    text = (
        "Foreign Minister Anifah Aman said on Monday: 'I had discussed with Prime Minister "
        "(Datuk Seri Najib Razak), and decided to summon China's ambassador to Wisma Putra.'"
    )
    names = _names(text, "en")
    assert "Najib Razak" in names
    assert "Datuk Seri Najib Razak" not in names


def test_leader_after_leading_phrase_loses_degree() -> None:
    text = (
        "Genève / La délégation de la République arabe syrienne, présidée par Dr Bachar "
        "al-Jaafari, a tenu aujourd'hui une séance d'entretiens avec l'émissaire spécial de "
        "l'ONU pour la Syrie, Staffan de Mistura."
    )
    names = _names(text, "fr")
    assert "Bachar al-Jaafari" in names
    assert "Dr Bachar al-Jaafari" not in names


def test_dutch_degrees_before_a_name() -> None:
    text = "Minister drs. Jan Pronk sprak in Den Haag met ambassadeur ir. Piet de Vries."
    assert {"Jan Pronk", "Piet de Vries"} <= _names(text, "nl")


def test_forms_of_address_only_leave_no_name() -> None:
    forms = frozenset({"Dr", "Datuk", "Seri", "Lieutenant"})
    assert past_forms_of_address("Datuk Seri Najib Razak", forms) == "Najib Razak"
    assert past_forms_of_address("Dr. P.S. Alexander", forms) == "P.S. Alexander"
    assert past_forms_of_address("Lieutenant", forms) == ""
    assert past_forms_of_address("Seri Mulyani", frozenset({"Dr"})) == "Seri Mulyani"


def test_leader_after_led_by_loses_honourable() -> None:
    text = (
        "The South African delegation was led by Honourable Ms Lindiwe Sisulu, Minister of "
        "Defence and included Honourable Andries Nel, Deputy Minister of Justice. The Mozambique "
        "delegation was led by Honourable Filipe Jacinto Nyusi, Minister of National Defence, "
        "Honourable Gregório Leão, General Director of State Security Service; Honourable Jose "
        "De Jesus Mateus Pedro Mandra, Deputy Minister of the Interior."
    )
    names = _names(text, "en")
    assert "Filipe Jacinto Nyusi" in names
    assert "Honourable Filipe Jacinto Nyusi" not in names


def test_a_chain_of_khmer_honorifics_before_a_name() -> None:
    text = (
        "La délégation conduite par le Premier ministre Samdech Akka Moha Sena Padei Techo Hun "
        "Sèn est partie ce matin pour une visite officielle au Vietnam."
    )
    names = _names(text, "fr")
    assert "Hun Sèn" in names
    assert not any(name.startswith(("Samdech", "Sena", "Padei")) for name in names)


def test_an_honorific_with_an_apostrophe() -> None:
    text = (
        "Foreign Minister Le Hoai Trung held phone talks with his Malaysian and Lao "
        "counterparts Dato\u2019 Seri Utama Haji Mohamad Bin Haji Hasan and Thongsavanh Phomvihane."
    )
    names = _names(text, "en")
    assert "Mohamad Bin Haji Hasan" in names
    assert "Dato" not in names


def test_a_name_written_in_capitals_after_a_title() -> None:
    text = (
        "Patrice Talon est arrivé à Pékin. Une rencontre avec son homologue chinois, le "
        "président XI JINPING est prévue pour ce vendredi."
    )
    assert "XI JINPING" in _names(text, "fr")


def test_a_line_in_capitals_is_no_name() -> None:
    text = "Le président a reçu le ministre. LE PRÉSIDENT SALUE LA DÉLÉGATION DU BÉNIN À PÉKIN."
    assert not any(name.isupper() for name in _names(text, "fr"))
