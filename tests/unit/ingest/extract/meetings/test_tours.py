"""Tours: each city of a listed itinerary is a visit of its own."""

from __future__ import annotations

from tests.gold import REAL_DEV_PATH, extract_gold, load_gold
from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_each_city_of_a_tour_is_a_visit_with_the_visitor() -> None:
    nl = "De Japanse premier brengt volgende week een bezoek aan Den Haag, Brussel en Luxemburg."
    assert _meetings(nl, "nl") == [
        ("Brussels", ["BE", "JP"]), ("Luxembourg", ["JP", "LU"]), ("The Hague", ["JP", "NL"])
    ]  # fmt: skip
    de = "Der japanische Außenminister reiste am Montag nach Paris, Brüssel und Warschau."
    assert _meetings(de, "de") == [
        ("Brussels", ["BE", "JP"]), ("Paris", ["FR", "JP"]), ("Warsaw", ["JP", "PL"])
    ]  # fmt: skip
    en = "The Japanese foreign minister will travel to Paris and Berlin next week."
    assert _meetings(en, "en") == [("Berlin", ["DE", "JP"]), ("Paris", ["FR", "JP"])]
    fr = "Le ministre japonais effectue une visite à Paris, Bruxelles et Varsovie."
    assert _meetings(fr, "fr") == [
        ("Brussels", ["BE", "JP"]), ("Paris", ["FR", "JP"]), ("Warsaw", ["JP", "PL"])
    ]  # fmt: skip


def test_a_single_city_is_no_tour() -> None:
    de = "Der japanische Außenminister reiste am Montag nach Paris."
    assert _meetings(de, "de") == [("Paris", ["FR", "JP"])]


def test_a_visitor_received_in_a_city_meets_the_citys_state() -> None:
    de = "In Weimar ist gestern eine Wirtschaftsdelegation aus China empfangen worden."
    assert _meetings(de, "de") == [("Weimar", ["CN", "DE"])]
    en = "A trade delegation from China arrived in Munich on Monday."
    assert _meetings(en, "en") == [("Munich", ["CN", "DE"])]
    nl = "Een Chinese handelsdelegatie werd maandag in Rotterdam ontvangen."
    assert _meetings(nl, "nl") == [("Rotterdam", ["CN", "NL"])]


def test_a_capitals_dateline_with_a_colon_places_the_visit() -> None:
    en = "HANOI: The Malaysian prime minister arrived on Monday for an official visit."
    assert _meetings(en, "en") == [("Hanoi", ["MY", "VN"])]


def test_a_one_sided_visit_alone_in_its_article_meets_the_articles_own_country() -> None:
    en = (
        "Israel and Kenya signed deals. Kenya welcomed the guest. The Israeli prime minister is "
        "on a three-day state visit."
    )
    assert _meetings(en, "en") == [("", ["IL", "KE"])]
    de = (
        "Kenia empfängt den Gast. Kenia und Israel wollen enger zusammenarbeiten. Der israelische "
        "Premierminister beginnt einen Staatsbesuch."
    )
    assert _meetings(de, "de") == [("", ["IL", "KE"])]


def test_a_further_city_of_the_visited_state_is_a_further_stop() -> None:
    de = (
        "Der japanische Außenminister traf am Montag zu einem Besuch in Peking ein. "
        "Am Dienstag reist er weiter nach Shanghai."
    )
    assert _meetings(de, "de") == [("Beijing", ["CN", "JP"]), ("Shanghai", ["CN", "JP"])]
    en = (
        "The Japanese trade minister arrived in Washington on Monday for a visit. "
        "Deals were signed on Wednesday in Houston."
    )
    assert _meetings(en, "en") == [("Houston", ["JP", "US"]), ("Washington", ["JP", "US"])]


def test_a_city_of_another_state_is_no_further_stop() -> None:
    en = (
        "The Japanese trade minister arrived in Washington on Monday for a visit. "
        "Deals were signed on Wednesday in Toronto."
    )
    assert ("Toronto", ["CA", "JP"]) not in _meetings(en, "en")


def test_a_visit_told_by_its_destination_alone_is_the_visitors_next_stop() -> None:
    en = (
        "Russian Foreign Minister Sergei Lavrov arrived in Brasilia on Monday. "
        "The minister is also scheduled to visit Venezuela, Cuba and Nicaragua."
    )
    assert _meetings(en, "en") == [
        ("", ["CU", "RU"]), ("", ["NI", "RU"]), ("", ["RU", "VE"]), ("Brasília", ["BR", "RU"])
    ]  # fmt: skip
    nl = (
        "De Russische minister Sergej Lavrov arriveerde maandag in Brasilia. "
        "Daarna bezoekt hij Venezuela."
    )
    assert ("", ["RU", "VE"]) in _meetings(nl, "nl")


def test_the_visited_state_in_another_eras_name_is_no_next_stop() -> None:
    """Cheysson's 1983 visit to Moscow, headed 'France - U.R.S.S..': the Soviet Union is the
    state visited (Moscow's, named in its era), not a next stop."""
    record = next(
        r for r in load_gold(REAL_DEV_PATH) if r["id"] == "real-fr-cheysson-moscou-1983-universalis"
    )
    facts = extract_gold(record).facts
    assert {m.city for m in facts.meetings} == {"Moscow"}


def test_the_days_of_a_tours_stops_keep_the_list_together() -> None:
    en = (
        "Kenyan President Jomo Waweru arrived in Kampala on Thursday. "
        "He will also visit Rwanda on Friday and Burundi on Saturday."
    )
    found = _meetings(en, "en", published="2020-03-01")
    assert ("", ["KE", "RW"]) in found
    assert ("", ["BI", "KE"]) in found
    de = "Der japanische Außenminister reist am Montag nach Paris und am Dienstag nach Berlin."
    assert [c for c, _ in _meetings(de, "de")] == ["Berlin", "Paris"]
