"""Name forms the person reader missed: a surname opening on a lower-case particle right after
a principal's title, a Dutch 'den' after a given name, a regnal number after an untitled name,
and a name word whose accent sets it apart from a function word."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _names(text: str, language: str) -> set[str]:
    result = extract_article(text, language=language, published="1965-06-01")
    return {o.name for o in result.facts.officials} | {p.name for p in result.entities.people}


def test_general_named_by_a_particle_surname() -> None:
    text = "Le général de Villepont a reçu mardi à Paris le chancelier Otto Brandmeier."
    assert "de Villepont" in _names(text, "fr")


def test_german_head_of_state_named_by_a_particle_surname() -> None:
    text = "Staatspräsident de Villepont empfing am Dienstag in Paris Kanzler Otto Brandmeier."
    assert "de Villepont" in _names(text, "de")


def test_a_place_after_the_particle_is_the_remit() -> None:
    text = "Le maire de Quimperlé a reçu mardi le ministre Otto Brandmeier."
    assert not any("Quimperlé" in n for n in _names(text, "fr"))


def test_particle_surname_takes_the_given_name_written_elsewhere() -> None:
    text = (
        "Le général de Villepont a reçu mardi à Paris le chancelier Otto Brandmeier. "
        "Jacques de Villepont a salué son hôte."
    )
    assert "Jacques de Villepont" in _names(text, "fr")


def test_dutch_den_after_a_given_name() -> None:
    text = "Premier Joop den Broeker sprak dinsdag in Den Haag met president Karl Olsen."
    assert "Joop den Broeker" in _names(text, "nl")


def test_regnal_number_after_an_untitled_name() -> None:
    text = "Le président Chirac a reçu mardi Hassan II à l'Elysée pour un entretien."
    result = extract_article(text, language="fr", published="1996-05-01")
    assert "Hassan II" in {p.name for p in result.entities.people}


def test_accented_name_word_is_no_function_word() -> None:
    text = "Le ministre des Affaires étrangères Lê Văn Minh a reçu son homologue à Hanoï."
    assert "Lê Văn Minh" in _names(text, "fr")
