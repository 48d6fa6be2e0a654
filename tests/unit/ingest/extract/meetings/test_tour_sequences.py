"""Tours told in more ways: stops joined by a word of sequence ('and then', 'en daarna'), a
state in brackets after a stop, a verb-final list ('wird nach Chile und Peru reisen'), a
stop that opens the sentence in time ('Following Kenya, ...'), a further tour after talks in
one side's capital, French stays and pluperfect journeys, 'Amérique latine' as a region, a
stop's day of the month between two stops ('und am 12. März weiter nach'), and nl 'aan' before
the stops ('een bezoek van ... aan Vietnam en Cambodja')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _visits(text: str, lang: str) -> set[tuple[str | None, tuple[str, ...]]]:
    facts = extract_article(text, language=lang, published="2024-05-02", url=None).facts
    return {(m.city, tuple(sorted(m.parties))) for m in facts.meetings if m.kind == "visit"}


def test_a_word_of_sequence_keeps_the_list_of_stops() -> None:
    text = "Portuguese Foreign Minister Ana Pereira will travel to Jakarta and then to Abu Dhabi."
    assert _visits(text, "en") == {("Jakarta", ("ID", "PT")), ("Abu Dhabi", ("AE", "PT"))}
    text = "De Nederlandse minister Eva Jansen reist naar Marokko en daarna naar Tunesië."
    assert _visits(text, "nl") == {(None, ("MA", "NL")), (None, ("NL", "TN"))}


def test_a_verb_final_list_and_bracketed_states() -> None:
    text = "Die deutsche Ministerin Karin Vogt wird im Mai nach Chile und Peru reisen."
    assert _visits(text, "de") == {(None, ("CL", "DE")), (None, ("DE", "PE"))}
    text = (
        "Die deutsche Ministerin Karin Vogt wird im Mai nach Riad (Saudi-Arabien) und "
        "Abu Dhabi (Vereinigte Arabische Emirate) reisen."
    )
    assert _visits(text, "de") == {("Riyadh", ("DE", "SA")), ("Abu Dhabi", ("AE", "DE"))}


def test_a_stop_named_as_the_time_of_the_sentence_is_no_party() -> None:
    text = "Following Kenya, the Egyptian president will head to Ghana and Togo."
    assert _visits(text, "en") == {(None, ("EG", "GH")), (None, ("EG", "TG"))}
    text = "Avant le Ghana, le ministre ivoirien Jean Koffi s'était rendu au Togo et au Bénin."
    assert _visits(text, "fr") == {(None, ("CI", "TG")), (None, ("BJ", "CI"))}


def test_a_tour_after_talks_in_the_hosts_capital_is_the_guests() -> None:
    text = (
        "Russian Foreign Minister Sergey Ivanov and his Chilean counterpart Ana Soto held talks "
        "in Santiago on Monday. The minister is also scheduled to visit Peru and Bolivia."
    )
    assert _visits(text, "en") == {(None, ("PE", "RU")), (None, ("BO", "RU"))}


def test_a_single_visit_after_talks_is_not_taken_for_the_guests() -> None:
    """Only a tour of several stops: one state after talks may be anyone's next trip."""
    text = (
        "Russian Foreign Minister Sergey Ivanov and his Chilean counterpart Ana Soto held talks "
        "in Santiago on Monday. A visit to Peru is planned in the autumn."
    )
    assert (None, ("PE", "RU")) not in _visits(text, "en")


def test_french_stays_and_latin_america() -> None:
    text = "Le ministre ivoirien Jean Koffi a séjourné la semaine dernière au Ghana et au Togo."
    assert _visits(text, "fr") == {(None, ("CI", "GH")), (None, ("CI", "TG"))}
    text = "Le ministre français Paul Girard, émissaire en Amérique latine, est arrivé à Lima."
    assert _visits(text, "fr") == {("Lima", ("FR", "PE"))}


def test_a_stops_day_of_the_month_keeps_the_list_of_stops() -> None:
    text = "Der japanische Außenminister reist nach Ghana und am 12. März weiter nach Nigeria."
    assert _visits(text, "de") == {(None, ("GH", "JP")), (None, ("JP", "NG"))}
    text = "The Japanese foreign minister will visit Peru on 2 May and Chile on 4 May."
    assert _visits(text, "en") == {(None, ("JP", "PE")), (None, ("CL", "JP"))}
    text = "La ministre japonaise se rendra au Pérou le 2 mai et au Chili le 4 mai."
    assert _visits(text, "fr") == {(None, ("JP", "PE")), (None, ("CL", "JP"))}


def test_dutch_aan_opens_a_list_of_stops() -> None:
    text = "Een bezoek van de Belgische koning aan Vietnam en Cambodja."
    assert _visits(text, "nl") == {(None, ("BE", "VN")), (None, ("BE", "KH"))}
    text = (
        "De Duitse bondskanselier is vertrokken voor een bezoek van vijf dagen aan Vietnam en "
        "Cambodja."
    )
    assert _visits(text, "nl") == {(None, ("DE", "VN")), (None, ("DE", "KH"))}
