"""Calls: the ways reports tell a phone or video call, and one call per state a caller speaks
with ('Lawrow telefonierte mit Kerry sowie al-Jubeir' is two calls)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _calls(text: str, language: str) -> list[list[str]]:
    result = extract_article(text, language=language, published="2024-11-20")
    return sorted(sorted(m.parties) for m in result.facts.meetings if m.kind == "call")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De Amerikaanse president Donald Trump heeft een telefonisch onderhoud gehad met "
               "de Russische president Vladimir Poetin."),
        ("nl", "De Amerikaanse president Donald Trump heeft telefonisch met de Russische "
               "president Vladimir Poetin gesproken."),
        ("nl", "De Amerikaanse president Donald Trump belde maandag de Russische president "
               "Vladimir Poetin."),
        ("de", "US-Präsident Donald Trump und der russische Präsident Wladimir Putin sprachen "
               "am Telefon."),
        ("de", "US-Präsident Donald Trump hat mit dem russischen Präsidenten Wladimir Putin per "
               "Videokonferenz gesprochen."),
        ("en", "US President Donald Trump and Russian President Vladimir Putin held a video "
               "conference on Monday."),
        ("fr", "Le président américain Donald Trump et le président russe Vladimir Poutine ont "
               "tenu une visioconférence."),
        # Session 26: a teleconference, a telecon, speaking via telephone.
        ("en", "The White House asked for a teleconference between US President Donald Trump and "
               "Russian President Vladimir Putin."),
        ("en", "The Kremlin confirmed a telecon between Russian President Vladimir Putin and US "
               "President Donald Trump on Monday."),
        ("en", "US President Donald Trump will speak via telephone to Russian President Vladimir "
               "Putin on Monday."),
        # Session 16: call nouns and a call received.
        ("fr", "Le président américain Donald Trump a eu une communication téléphonique avec le "
               "président russe Vladimir Poutine."),
        ("de", "Der russische Präsident Wladimir Putin erhielt am Montag einen Anruf von "
               "US-Präsident Donald Trump."),
        ("nl", "De Russische president Vladimir Poetin kreeg maandag een telefoontje van de "
               "Amerikaanse president Donald Trump."),
        ("nl", "De Amerikaanse president Donald Trump heeft maandag de Russische president "
               "Vladimir Poetin opgebeld."),
        ("en", "Russian President Vladimir Putin received a phone call from US President Donald "
               "Trump on Monday."),
        ("en", "US President Donald Trump held telephone talks with Russian President Vladimir "
               "Putin on Monday."),
        ("fr", "Le président russe Vladimir Poutine a reçu lundi un appel téléphonique du "
               "président américain Donald Trump."),
    ],
)  # fmt: skip
def test_a_call_told_in_other_words_is_a_call(language: str, text: str) -> None:
    assert _calls(text, language) == [["RU", "US"]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der russische Außenminister Sergei Lawrow hat jeweils mit dem US-Außenminister "
               "John Kerry sowie dem saudischen Außenminister Adel al-Jubeir telefoniert."),
        ("en", "Russian Foreign Minister Sergei Lavrov spoke by phone with US Secretary of State "
               "John Kerry and Saudi Foreign Minister Adel al-Jubeir."),
        ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu par "
               "téléphone avec le secrétaire d'État américain John Kerry et le ministre saoudien "
               "des Affaires étrangères Adel al-Jubeir."),
        ("nl", "De Russische minister van Buitenlandse Zaken Sergej Lavrov belde met de "
               "Amerikaanse minister John Kerry en de Saudische minister Adel al-Jubeir."),
    ],
)  # fmt: skip
def test_a_caller_speaking_with_two_states_makes_two_calls(language: str, text: str) -> None:
    assert _calls(text, language) == [["RU", "SA"], ["RU", "US"]]


def test_two_callers_with_one_state_make_one_call() -> None:
    text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone "
            "with Russian President Vladimir Putin.")  # fmt: skip
    assert _calls(text, "en") == [["DE", "FR", "RU"]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Angesichts der Lage in Syrien telefonierte der russische Präsident Wladimir Putin "
               "mit US-Präsident Donald Trump."),
        ("nl", "Vanwege de situatie in Syrië belde de Russische president Vladimir Poetin met de "
               "Amerikaanse president Donald Trump."),
        ("en", "Because of the situation in Syria, Russian President Vladimir Putin spoke by phone "
               "with US President Donald Trump."),
        ("fr", "Face à la situation en Syrie, le président russe Vladimir Poutine s'est entretenu "
               "par téléphone avec le président américain Donald Trump."),
    ],
)  # fmt: skip
def test_a_state_a_call_is_told_in_is_its_topic(language: str, text: str) -> None:
    """Session 29: a call happens nowhere; 'die Lage in Syrien' names what it is about."""
    assert _calls(text, language) == [["RU", "US"]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am Montag telefonierte der russische Außenminister Sergei Lawrow mit dem "
               "US-Außenminister John Kerry sowie dem saudischen Außenminister Adel al-Jubeir."),
        ("nl", "Maandag belde de Russische minister van Buitenlandse Zaken Sergej Lavrov met de "
               "Amerikaanse minister John Kerry en de Saudische minister Adel al-Jubeir."),
    ],
)  # fmt: skip
def test_a_caller_after_the_verb_speaking_with_two_states(language: str, text: str) -> None:
    """Session 29: with the verb second, the caller stands between it and 'mit' / 'met'."""
    assert _calls(text, language) == [["RU", "SA"], ["RU", "US"]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bundeskanzlerin Angela Merkel nimmt am Dienstag an einer Videokonferenz der "
               "Regierungschefs von Polen, Ungarn und Tschechien teil."),
        ("en", "German Chancellor Angela Merkel took part in a videoconference with the prime "
               "ministers of Poland, Hungary and the Czech Republic."),
        ("fr", "La chancelière allemande Angela Merkel a participé à une visioconférence avec les "
               "chefs de gouvernement de la Pologne, de la Hongrie et de la République tchèque."),
        ("nl", "Bondskanselier Angela Merkel nam dinsdag deel aan een videoconferentie met de "
               "regeringsleiders van Polen, Hongarije en Tsjechië."),
    ],
)  # fmt: skip
def test_a_videoconference_of_several_states_is_one_meeting(language: str, text: str) -> None:
    assert _calls(text, language) == [["CZ", "DE", "HU", "PL"]]
