"""An honorific between a title and a name is no part of the name ('President Dr. Mohamed Irfaan
Ali' in Dutch, 'His Highness Sheikh ...'), and a state's long name after a name is no surname
('Van Gheel du Royaume de Belgique')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _people(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    entities = extract_article(text, language=lang, published="2020-02-20").entities
    return {p.name: (p.title, p.country) for p in entities.people}


def test_dutch_capital_dr_after_a_title() -> None:
    text = (
        "Bouva had een onderhoud met de nieuw herkozen President Dr. Mohamed Irfaan Ali"
        " van de Coöperatieve Republiek Guyana."
    )
    assert _people(text, "nl").get("Mohamed Irfaan Ali") == ("President", "GY")


def test_dutch_capital_dr_after_a_comma() -> None:
    text = (
        "Hij werd benaderd door de Libische minister van buitenlandse zaken,"
        " Dr. Ibrahim Mohammed Al-Beshari, die hem een brief gaf."
    )
    assert "Ibrahim Mohammed Al-Beshari" in _people(text, "nl")


def test_english_his_highness() -> None:
    text = (
        "The King was received by Deputy Prime Minister His Highness Sayyid"
        " Asa'ad bin Tariq Al Said in Muscat."
    )
    assert "Asa'ad bin Tariq Al Said" in _people(text, "en")


def test_french_state_after_a_particle_name() -> None:
    text = (
        "Le ministre Patrick Van Gheel du Royaume de Belgique a rencontré le président"
        " Jocelerme Privert."
    )
    assert _people(text, "fr").get("Patrick Van Gheel") == ("ministre", "BE")


def test_a_particle_before_a_surname_still_reads() -> None:
    text = "Le président Valéry Giscard d'Estaing a reçu le chancelier Helmut Schmidt."
    assert "Valéry Giscard d'Estaing" in _people(text, "fr")
    text = "Le ministre Hervé de Charette a reçu le chancelier Helmut Schmidt."
    assert "Hervé de Charette" in _people(text, "fr")
