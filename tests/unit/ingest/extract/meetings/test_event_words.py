"""Meeting words of real reports: summonses, calls, trade missions and tête-à-têtes in all four
languages, and the outlet's country as the visitor of a one-sided visit."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str, url: str | None = None) -> list[dict[str, object]]:
    facts = extract_article(text, language=lang, published="2024-05-02", url=url).facts
    return [m.model_dump() for m in facts.meetings]


@pytest.mark.parametrize(
    ("text", "lang", "parties"),
    [
        ("Premier Jan Smit heeft telefonisch overlegd met de Duitse bondskanselier Karl Weber "
         "over Oekraïne.", "nl", {"DE", "NL"}),
        ("Frankrijk heeft de Russische ambassadeur op het matje geroepen.", "nl", {"FR", "RU"}),
        ("Le président a eu un échange téléphonique avec le chancelier allemand Karl Weber.",
         "fr", {"DE", "FR"}),
    ],
)  # fmt: skip
def test_new_meeting_words_yield_a_meeting(text: str, lang: str, parties: set[str]) -> None:
    found = _meetings(text, lang, url=f"https://www.example.{lang}/news/1")
    assert found, text
    assert parties <= set(found[0]["parties"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "url", "home"),
    [
        ("Minister Jan Smit leidt deze week een economische missie naar Chili, in Santiago.", "nl",
         "https://www.example.nl/1", "NL"),
        ("The minister is leading a trade mission to Chile, in Santiago.", "en",
         "https://www.example.ca/1", "CA"),
        ("Die Ministerin leitet eine Wirtschaftsmission nach Chile, in Santiago.", "de",
         "https://www.example.de/1", "DE"),
        ("La ministre conduit une mission économique au Chili, à Santiago.", "fr",
         "https://www.example.fr/1", "FR"),
    ],
)  # fmt: skip
def test_a_trade_mission_is_a_visit(text: str, lang: str, url: str, home: str) -> None:
    found = _meetings(text, lang, url=url)
    assert [(m["city"], m["parties"]) for m in found] == [("Santiago", sorted({"CL", home}))]
    assert found[0]["kind"] == "visit"


def test_a_visit_naming_only_the_host_takes_the_outlet_country_as_visitor() -> None:
    text = "The trade minister met Kenyan officials in Nairobi on Tuesday."
    assert _meetings(text, "en") == []  # one side only: no meeting of the article's
    found = _meetings(text, "en", url="https://www.example.ca/news/1")
    assert found[0]["city"] == "Nairobi"
    assert found[0]["parties"] == ["CA", "KE"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De onderhandelingen tussen Rusland en de Verenigde Staten in Saudi-Arabië zijn begonnen.",
         "nl"),
        ("Talks between Russia and the United States in Saudi Arabia began on Tuesday.", "en"),
        ("Verhandlungen zwischen Russland und den USA in Saudi-Arabien haben begonnen.", "de"),
        ("Les négociations entre la Russie et les États-Unis en Arabie saoudite ont commencé.",
         "fr"),
        ("Russland und die USA setzen am Dienstag ihre Verhandlungen in der Schweiz fort.", "de"),
        ("Talks between Russia and the United States in the United Arab Emirates began.", "en"),
        ("De onderhandelingen tussen Rusland en de Verenigde Staten in de Verenigde Arabische "
         "Emiraten zijn begonnen.", "nl"),
    ],
)  # fmt: skip
def test_the_state_where_talks_are_held_is_no_party(text: str, lang: str) -> None:
    found = _meetings(text, lang)
    assert found[0]["parties"] == ["RU", "US"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Riad, der Hauptstadt von Saudi-Arabien, haben Verhandlungen zwischen den USA und "
         "Russland begonnen, jedoch ohne die Beteiligung der Ukraine.", "de"),
        ("Talks between Russia and the United States began in the Saudi capital without "
         "Ukraine.", "en"),
        ("Les négociations entre la Russie et les États-Unis ont commencé à Genève, Suisse, "
         "sans l'Ukraine.", "fr"),
        ("Het overleg tussen Rusland en de Verenigde Staten in Genève, Zwitserland, begon "
         "zonder Oekraïne.", "nl"),
    ],
)  # fmt: skip
def test_a_state_left_out_or_naming_the_place_is_no_party(text: str, lang: str) -> None:
    found = _meetings(text, lang)
    assert found[0]["parties"] == ["RU", "US"]


def test_a_state_on_the_agenda_is_no_party() -> None:
    text = "Russia and the United States held talks in Riyadh; Ukraine was not on the agenda."
    assert _meetings(text, "en")[0]["parties"] == ["RU", "US"]


def test_a_one_sided_call_takes_the_outlets_country_before_the_most_named() -> None:
    text = (
        "Le président s'est entretenu par téléphone avec le président américain Donald Trump. "
        "Les États-Unis et l'Europe discutent des droits de douane des États-Unis."
    )
    found = _meetings(text, "fr", url="https://www.example.fr/article")
    assert found[0]["parties"] == ["FR", "US"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("US-Präsident Donald Trump telefonierte mit Kremlchef Wladimir Putin.", "de"),
        ("President Donald Trump van de Verenigde Staten belde met Kremlinleider Vladimir Poetin.",
         "nl"),
    ],
)  # fmt: skip
def test_the_kremlin_title_names_russia(text: str, lang: str) -> None:
    assert _meetings(text, lang)[0]["parties"] == ["RU", "US"]


@pytest.mark.parametrize(
    ("text", "parties", "city"),
    [
        ("Le président français Jean Martin a effectué vendredi un déplacement en Pologne.",
         {"FR", "PL"}, None),
        ("Le président Jean Martin a eu une entrevue téléphonique avec le chancelier allemand "
         "Karl Weber.", {"DE"}, None),
        ("Le ministre français Jean Martin s'est entretenu à l'aéroport du Caire avec le président "
         "de la République arabe d'Egypte, Ahmed Salem.", {"EG", "FR"}, "Cairo"),
    ],
)  # fmt: skip
def test_french_trip_call_and_place_forms(text: str, parties: set[str], city: str | None) -> None:
    found = _meetings(text, "fr", url="https://www.example.fr/1")
    assert found, text
    assert parties <= set(found[0]["parties"])  # type: ignore[arg-type]
    assert found[0]["city"] == city


@pytest.mark.parametrize(
    ("text", "status", "city"),
    [
        ("Le président français Jean Martin s'entretiendra mardi à Berlin avec le chancelier "
         "allemand Hans Weber.", "planned", "Berlin"),
        ("Le président français Jean Martin s\u2019entretient ce lundi à Berlin avec le chancelier "
         "allemand Hans Weber.", "held", "Berlin"),
        ("Le président français Jean Martin et le chancelier allemand Hans Weber se sont parlé "
         "au téléphone vendredi.", "held", None),
    ],
)  # fmt: skip
def test_french_talk_verbs_in_every_tense(text: str, status: str, city: str | None) -> None:
    found = _meetings(text, "fr")
    assert [(m["city"], m["parties"], m["status"]) for m in found] == [(city, ["DE", "FR"], status)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia has recalled its ambassador in Washington for consultations in Moscow.", "en"),
        ("La Russie a rappelé son ambassadeur à Washington pour consultations à Moscou.", "fr"),
        ("Rusland heeft zijn ambassadeur in Washington voor consultaties naar Moskou "
         "teruggeroepen.", "nl"),
        ("Russland hat seinen Botschafter in Washington zu Konsultationen nach Moskau "
         "zurückgerufen.", "de"),
    ],
)  # fmt: skip
def test_an_envoy_recalled_for_consultations_is_no_meeting(text: str, lang: str) -> None:
    assert _meetings(text, lang) == []


def test_consultations_held_with_an_envoy_stay_a_meeting() -> None:
    en = "The German Foreign Minister held consultations with the Russian ambassador in Berlin."
    assert _meetings(en, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De Belgische premier belt met de Duitse bondskanselier over de handel.", "nl"),
        ("De Belgische premier heeft dinsdag gebeld met de Duitse bondskanselier.", "nl"),
        ("Der belgische Premier hat den deutschen Bundeskanzler am Dienstag angerufen.", "de"),
        ("Le Premier ministre belge et le chancelier allemand se sont entretenus au téléphone "
         "mardi.", "fr"),
        ("The Belgian prime minister phoned the German chancellor on Tuesday.", "en"),
        ("The Belgian and German leaders held a video call on Tuesday.", "en"),
    ],
)  # fmt: skip
def test_call_verbs_give_a_call_between_the_two_states(text: str, lang: str) -> None:
    found = _meetings(text, lang)
    assert [(m["kind"], m["city"], m["parties"]) for m in found] == [("call", None, ["BE", "DE"])]


def test_a_meeting_word_in_a_set_phrase_is_no_meeting() -> None:
    # 'in top': the flag went up the mast again, no summit was held.
    flag = (
        "Een betoger hees de Turkse vlag op het Nederlandse consulaat in Istanbul. "
        "Een half uur later ging de Nederlandse driekleur weer in top."
    )
    assert _meetings(flag, "nl") == []
    # The same noun outside the phrase still opens a meeting.
    summit = "De Nederlandse premier en de Turkse president spraken op de top in Ankara."
    assert [m["city"] for m in _meetings(summit, "nl")] == ["Ankara"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a detention, a rise to office, an appeal and a thing received: no one meets
        ("Six British embassy staff in Tehran had briefly been held hostage, Foreign Secretary "
         "William Hague said.", "en"),
        ("New Zealand imposed a travel ban on Fiji officials after Bainimarama came to power.",
         "en"),
        ("The Saudi king said the challenges call for a concerted effort against Iran.", "en"),
        ("The US Embassy received a list of diplomats declared persona non grata from the "
         "Russian Ministry of Foreign Affairs.", "en"),
        ("\"We hebben garanties ontvangen\", zei de Venezolaanse vicepresident El Aissami.", "nl"),
        ("Das EDA hatte vor Reisen nach Libyen gewarnt.", "de"),
        ("Le président algérien a lancé un appel aux Nations unies et à l'Union africaine.", "fr"),
    ],
)  # fmt: skip
def test_a_meeting_word_in_another_sense_is_no_meeting(text: str, lang: str) -> None:
    assert _meetings(text, lang) == [], text
