"""Small words inside and around a titled name: particles ('ibn', 'wa', 'ten'), a title word
('Additional'), a qualifier the tokeniser splits ('a.i', 'par intérim'), a headline's verb after a
name, and a state's long form ("l'Union des Comores")."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _names(text: str, language: str) -> set[str]:
    result = extract_article(text, language=language, published="2016-03-05")
    return {o.name for o in result.facts.officials}


def test_particles_ibn_and_wa_keep_the_whole_name() -> None:
    text = "His Majesty King Faisal ibn Abdul Aziz al-Saud met President Bingu wa Mutharika."
    names = _names(text, "en")
    assert {"Faisal ibn Abdul Aziz al-Saud", "Bingu wa Mutharika"} <= names
    assert not {"Faisal", "Bingu"} & names


def test_dutch_particle_ten() -> None:
    text = "Het initiatief, waarbij VVD-Kamerlid Han ten Broeke als gezant optrad, bleef geheim."
    assert "Han ten Broeke" in _names(text, "nl")


def test_additional_secretary_is_a_title() -> None:
    text = "The minister was accompanied by Mohamed Faisal, Additional Secretary of the ministry."
    assert "Mohamed Faisal" in _names(text, "en")


def test_split_qualifier_after_a_title_keeps_the_name() -> None:
    fr = (
        "La rencontre est présidée par la ministre a.i des affaires étrangères Emmelie Prophète. "
        "Il a rencontré le président syrien par intérim Ahmad al-Chareh à Damas."
    )
    assert {"Emmelie Prophète", "Ahmad al-Chareh"} <= _names(fr, "fr")
    de = "Polens Geschäftsträger a.i. Jan Tombiński lud zur Feier."
    assert "Jan Tombiński" in _names(de, "de")


def test_qualifier_must_be_written_as_listed() -> None:
    # 'a. I' is no 'a.i': the title ends before it, so no name is read past it
    text = "Le ministre a. I Dupont est arrivé."
    assert "Dupont" not in _names(text, "fr")


def test_headline_verb_ends_a_name() -> None:
    text = (
        "Assistant Foreign Minister Wu Hongbo Meets with Director Karlov\n\n"
        "President Elbegdorj Held a Telephone Conversation with President Medvedev"
    )
    names = _names(text, "en")
    assert {"Wu Hongbo", "Elbegdorj"} <= names
    assert not {"Wu Hongbo Meets", "Elbegdorj Held"} & names


def test_union_des_comores_names_the_comoros() -> None:
    text = (
        "Le ministre a inauguré les antennes consulaires de l\u2019Union des Comores et du Gabon "
        "à Laâyoune."
    )
    result = extract_article(text, language="fr", published="2020-01-05")
    assert "KM" in {p.owner_country for p in result.facts.properties}
