"""Summonses, side events and who travels: the parties and place of a meeting."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_a_summons_is_held_at_the_summoning_ministry_not_where_the_cause_happened() -> None:
    de = "Nach dem Vorfall in Minsk hat das Auswärtige Amt den belarussischen Botschafter "
    de += "einbestellt."
    assert _meetings(de, "de") == [("Berlin", ["BY", "DE"])]
    en = "The Foreign Office has summoned the Iranian ambassador after arrests in Tehran."
    assert _meetings(en, "en") == [("London", ["GB", "IR"])]


def test_a_capital_opening_the_clause_is_the_summoner() -> None:
    fr = "Bruxelles a convoqué jeudi l'ambassadeur de Russie après une cyberattaque à Anvers."
    assert _meetings(fr, "fr") == [("Brussels", ["BE", "RU"])]


def test_a_bare_ministry_summons_for_the_articles_own_country() -> None:
    nl = (
        "Nederland is boos. Buitenlandse Zaken heeft de Chinese ambassadeur ontboden na "
        "een hackaanval in Shanghai. Nederland eist opheldering."
    )
    assert _meetings(nl, "nl") == [("The Hague", ["CN", "NL"])]


def test_a_side_event_city_adds_no_host_and_a_sea_is_no_country() -> None:
    text = (
        "Indian Foreign Minister Arjun Rao met officials. On the sidelines of the summit in "
        "Jakarta, Rao met Vietnamese Foreign Minister Tran Van Long to discuss the South China Sea."
    )
    assert ("Jakarta", ["IN", "VN"]) in _meetings(text, "en")


def test_the_state_an_envoy_is_posted_to_summons_him() -> None:
    nl = "De Nederlandse ambassadeur in Rusland is op het matje geroepen na een artikel."
    assert _meetings(nl, "nl") == [("Moscow", ["NL", "RU"])]
    en = "The Australian ambassador to China was summoned over the remarks."
    assert _meetings(en, "en") == [("Beijing", ["AU", "CN"])]
    de = "Der deutsche Botschafter in Russland wurde am Montag einbestellt."
    assert _meetings(de, "de") == [("Moscow", ["DE", "RU"])]
    fr = "L'ambassadeur français en Algérie a été convoqué lundi."
    assert _meetings(fr, "fr") == [("Algiers", ["DZ", "FR"])]


def test_an_envoy_of_a_long_state_name_posted_to_the_summoner() -> None:
    fr = "L'ambassadeur de la République islamique d'Iran en Belgique a été convoqué lundi."
    assert _meetings(fr, "fr") == [("Brussels", ["BE", "IR"])]
    en = "The ambassador of the Islamic Republic of Iran to Belgium was summoned on Monday."
    assert _meetings(en, "en") == [("Brussels", ["BE", "IR"])]


def test_each_envoy_of_a_list_is_summoned_on_his_own() -> None:
    nl = "Israël roept de ambassadeurs van België, Spanje en Slovenië op het matje."
    assert sorted(_meetings(nl, "nl")) == [
        ("Jerusalem", ["BE", "IL"]), ("Jerusalem", ["ES", "IL"]), ("Jerusalem", ["IL", "SI"])
    ]  # fmt: skip
    en = "Britain has summoned the French, German and Italian ambassadors over the vote."
    assert sorted(_meetings(en, "en")) == [
        ("London", ["DE", "GB"]), ("London", ["FR", "GB"]), ("London", ["GB", "IT"])
    ]  # fmt: skip
    de = "Das Auswärtige Amt hat die Botschafter Polens und Ungarns einbestellt."
    assert sorted(_meetings(de, "de")) == [("Berlin", ["DE", "HU"]), ("Berlin", ["DE", "PL"])]
    fr = "Paris a convoqué les ambassadeurs de Russie et de Biélorussie lundi."
    assert sorted(_meetings(fr, "fr")) == [("Paris", ["BY", "FR"]), ("Paris", ["FR", "RU"])]


def test_a_summons_denied_is_no_meeting() -> None:
    nl = "Het is niet duidelijk waarom niet ook de Britse ambassadeur op het matje is geroepen."
    assert _meetings(nl, "nl") == []
    en = "Canada has not summoned the Chinese ambassador."
    assert _meetings(en, "en") == []


def test_russia_before_1992_is_the_soviet_union() -> None:
    fr = "Le ministre français Claude Cheysson effectue une visite officielle à Moscou."
    old = extract_article(fr, language="fr", published="1983-02-16").facts.meetings
    assert [(m.city, m.parties) for m in old] == [("Moscow", ["FR", "SU"])]
    assert _meetings(fr, "fr") == [("Moscow", ["FR", "RU"])]


def test_envoys_a_summons_leaves_unnamed_are_those_the_next_sentence_lists() -> None:
    nl = (
        "Rusland heeft maandag de ambassadeurs van een tiental landen ontboden. Het gaat om de "
        "ambassadeurs van Nederland, Polen en Letland."
    )
    assert sorted(_meetings(nl, "nl")) == [
        ("Moscow", ["LV", "RU"]), ("Moscow", ["NL", "RU"]), ("Moscow", ["PL", "RU"])
    ]  # fmt: skip
    en = "Russia summoned the ambassadors of ten states. They are the envoys of Poland and Latvia."
    assert sorted(_meetings(en, "en")) == [("Moscow", ["LV", "RU"]), ("Moscow", ["PL", "RU"])]


def test_a_summons_told_as_repeating_an_earlier_one_is_a_summons_of_its_own() -> None:
    fr = (
        "Le ministère marocain des Affaires étrangères a convoqué vendredi l'ambassadeur des "
        "Pays-Bas. Rabat avait déjà convoqué le 30 juin l'ambassadeur des Pays-Bas."
    )
    assert _meetings(fr, "fr") == [("Rabat", ["MA", "NL"]), ("Rabat", ["MA", "NL"])]
    en = (
        "The Foreign Office summoned the Iranian ambassador on Monday. On 3 May the Foreign "
        "Office had summoned the Iranian ambassador for the second time."
    )
    assert _meetings(en, "en") == [("London", ["GB", "IR"]), ("London", ["GB", "IR"])]


def test_a_summons_told_twice_is_one() -> None:
    en = (
        "The Foreign Office summoned the Iranian ambassador on Monday. The Foreign Office "
        "summoned the Iranian ambassador over the arrests."
    )
    assert _meetings(en, "en") == [("London", ["GB", "IR"])]


def test_a_summons_told_as_repeated_implies_the_earlier_one() -> None:
    de = "Die Türkei hat den deutschen Botschafter am Montag erneut einbestellt."
    assert _meetings(de, "de") == [("Ankara", ["DE", "TR"]), ("Ankara", ["DE", "TR"])]
    de = "Die Türkei hat den deutschen Botschafter den dritten Tag in Folge einbestellt."
    assert len(_meetings(de, "de")) == 2
    en = "Turkey summoned the German ambassador again on Monday."
    assert _meetings(en, "en") == [("Ankara", ["DE", "TR"]), ("Ankara", ["DE", "TR"])]


def test_again_outside_the_summons_clause_repeats_nothing() -> None:
    en = "Turkey summoned the German ambassador on Monday, demanding it never happen again."
    assert _meetings(en, "en") == [("Ankara", ["DE", "TR"])]
    de = "Die Türkei hat in Folge des Vorfalls den deutschen Botschafter einbestellt."
    assert _meetings(de, "de") == [("Ankara", ["DE", "TR"])]


def test_states_summoning_together_each_summon_at_their_own_seat() -> None:
    en = "France and Italy summoned the Turkish ambassador on Thursday."
    assert _meetings(en, "en") == [("Paris", ["FR", "TR"]), ("Rome", ["IT", "TR"])]
    nl = "Ook Parijs en Rome hebben de Turkse ambassadeur ontboden."
    assert _meetings(nl, "nl") == [("Paris", ["FR", "TR"]), ("Rome", ["IT", "TR"])]


def test_the_summoner_may_be_named_later_in_the_clause_before_the_verb() -> None:
    en = "Earlier in the day, Japan's deputy foreign minister summoned the Russian ambassador."
    assert _meetings(en, "en") == [("Tokyo", ["JP", "RU"])]
    fr = "Plus tôt dans la journée, le vice-ministre du Japon a convoqué l'ambassadeur russe."
    assert _meetings(fr, "fr") == [("Tokyo", ["JP", "RU"])]


def test_a_state_where_the_cause_happened_does_not_summon() -> None:
    en = "After the protests in Iraq, the minister summoned the Russian ambassador."
    assert ("Baghdad", ["IQ", "RU"]) not in _meetings(en, "en")


def test_an_envoy_summoned_to_the_quai_d_orsay_meets_in_paris() -> None:
    """The envoy opening a passive sentence is summoned, not the summoner."""
    for fr in (
        "L'ambassadeur d'Iran, Ali Karimi, a été convoqué mardi au Quai d'Orsay.",
        "L\u2019ambassadeur d\u2019Iran a été convoqué mardi au Quai d\u2019Orsay.",
    ):
        assert _meetings(fr, "fr") == [("Paris", ["FR", "IR"])]


def test_an_envoy_recalled_for_consultations_is_no_meeting() -> None:
    # The consultations name why his own state calls him home: a step against the host.
    recalls = {
        "en": "France has recalled its ambassador to Algeria for consultations after the row.",
        "de": "Deutschland hat seinen Botschafter im Iran zu Konsultationen nach Berlin "
        "zurückgerufen.",
        "fr": "L'ambassadeur de France en Algérie a été rappelé à Paris pour consultations.",
        "nl": "Nederland heeft zijn ambassadeur in Iran voor consultaties teruggeroepen.",
    }
    for lang, text in recalls.items():
        assert _meetings(text, lang) == [], lang
    # Consultations two states hold are a meeting still.
    held = {
        "en": ("France and Algeria held consultations in Algiers on migration.", "Algiers"),
        "de": ("Deutschland und Frankreich führten in Paris Konsultationen.", "Paris"),
        "nl": ("Nederland en Duitsland hielden overleg in Berlijn over de grens.", "Berlin"),
    }
    for lang, (text, city) in held.items():
        assert [place for place, _ in _meetings(text, lang)] == [city], lang


def test_a_summons_is_marked_as_one_and_a_round_of_talks_is_not() -> None:
    # The id names a summons by the summoner's seat and month, not by a count of summonses.
    summonses = {
        "en": "Turkey summoned the Dutch chargé d'affaires on Monday.",
        "de": "Die Türkei hat den niederländischen Geschäftsträger einbestellt.",
        "fr": "La Turquie a convoqué le chargé d'affaires néerlandais.",
        "nl": "Turkije heeft de Nederlandse zaakgelastigde op het matje geroepen.",
    }
    for lang, text in summonses.items():
        facts = extract_article(text, language=lang, published="2025-06-10")
        assert [m.summons for m in facts.entities.meetings] == [True], lang
    talks = "Turkey and the Netherlands held a third round of talks in Ankara."
    facts = extract_article(talks, language="en", published="2025-06-10")
    assert [(m.round, m.summons) for m in facts.entities.meetings] == [(3, False)]


def test_every_summons_word_opens_a_summons() -> None:
    en = "The Foreign Office called in the Iranian ambassador on Monday."
    assert _meetings(en, "en") == [("London", ["GB", "IR"])]
    de = "Die Einbestellung des russischen Botschafters ins Auswärtige Amt erfolgte am Montag."
    assert _meetings(de, "de") == [("Berlin", ["DE", "RU"])]
    fr = "La convocation de l'ambassadeur d'Iran au Quai d'Orsay a eu lieu lundi."
    assert _meetings(fr, "fr") == [("Paris", ["FR", "IR"])]
    nl = "Nederland gaat de Russische ambassadeur ontbieden na de cyberaanval."
    assert _meetings(nl, "nl") == [("The Hague", ["NL", "RU"])]


def test_heads_of_mission_of_several_states_are_each_summoned() -> None:
    fr = (
        "Le ministère russe des Affaires étrangères a convoqué lundi les chefs des missions "
        "diplomatiques de la Belgique, de la Macédoine et de l\u2019Autriche."
    )
    assert _meetings(fr, "fr") == [
        ("Moscow", ["BE", "RU"]),
        ("Moscow", ["MK", "RU"]),
        ("Moscow", ["AT", "RU"]),
    ]
    en = "The Russian foreign ministry summoned the heads of mission of Belgium and Austria."
    assert _meetings(en, "en") == [("Moscow", ["BE", "RU"]), ("Moscow", ["AT", "RU"])]


def test_a_charge_d_affaires_with_a_curly_apostrophe_is_an_envoy() -> None:
    en = "Turkey summoned the Dutch chargé d\u2019affaires over the clashes in Rotterdam."
    assert _meetings(en, "en") == [("Ankara", ["NL", "TR"])]


def test_an_envoy_made_to_report_at_a_ministry_is_summoned() -> None:
    nl = "De Belgische ambassadeur in Turkije moest zich maandag melden op het ministerie."
    assert _meetings(nl, "nl") == [("Ankara", ["BE", "TR"])]
    de = "Der österreichische Botschafter in Polen wurde ins Außenministerium zitiert."
    assert _meetings(de, "de") == [("Warsaw", ["AT", "PL"])]
    fr = "L'ambassadeur belge en Algérie a dû se présenter au ministère lundi."
    assert _meetings(fr, "fr") == [("Algiers", ["BE", "DZ"])]
    en = "The Belgian ambassador to Iran was called to the foreign ministry on Monday."
    assert _meetings(en, "en") == [("Tehran", ["BE", "IR"])]


def test_an_envoy_made_to_account_for_something_at_a_ministry_is_summoned() -> None:
    nl = (
        "De Belgische ambassadeur in Turkije moest maandag naar het ministerie om zich te "
        "verantwoorden voor de uitspraken."
    )
    assert _meetings(nl, "nl") == [("Ankara", ["BE", "TR"])]
    de = "Der österreichische Botschafter musste sich im Auswärtigen Amt rechtfertigen."
    assert _meetings(de, "de") == [("Berlin", ["AT", "DE"])]
    fr = "L'ambassadeur belge a dû s'expliquer lundi au Quai d'Orsay."
    assert _meetings(fr, "fr") == [("Paris", ["BE", "FR"])]


def test_reporting_without_an_envoy_at_a_ministry_is_no_summons() -> None:
    nl = "De Belgische minister moest zich maandag melden in Ankara bij de politie."
    assert _meetings(nl, "nl") == []


def _meetings_at(text: str, lang: str, url: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10", url=url).facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_a_possessive_names_the_envoys_state_and_the_other_state_summons() -> None:
    en = "Russia's ambassador was summoned after the cyberattack on the port of Antwerp."
    assert _meetings(en, "en") == [("Brussels", ["BE", "RU"])]


def test_with_no_summoner_told_the_outlets_state_summons_if_the_article_names_it() -> None:
    nl = "De Russische ambassadeur is maandag ontboden. Nederland eist opheldering."
    assert _meetings_at(nl, "nl", "https://nos.nl/artikel/1") == [("The Hague", ["NL", "RU"])]
    unnamed = "De Russische ambassadeur is maandag ontboden. Rusland ontkent alles."
    assert _meetings_at(unnamed, "nl", "https://nos.nl/artikel/1") == []


def test_a_summons_with_no_seat_named_is_not_placed_where_the_cause_happened() -> None:
    en = (
        "The Dutch charge d'affairs was summoned to the ministry on Monday. Turkey protested "
        "against the treatment of its minister in Rotterdam."
    )
    assert _meetings(en, "en") == [(None, ["NL", "TR"])]
