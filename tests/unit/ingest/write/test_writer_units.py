"""Pure tests of the writer: resolution, canonical ids, and the Cypher it sends."""

from __future__ import annotations

import re

from graph_schema.model import FACTS, MERGE_KEYS, REFERENCES, Label, RelType
from ingest.extract.pipeline import extract_article
from ingest.models import DiplomaticProperty, Entities, ExtractionResult, Meeting, Person
from ingest.resolve.ids import meeting_id, person_id, property_id, surname_key
from ingest.resolve.match import resolve
from ingest.write.build import build_graph
from ingest.write.cypher import READ_STATE, WRITE_PARTS, write_article_query
from tests.ingest_helpers import article_meta

META = article_meta()


def _result(*people: Person, meetings: tuple[Meeting, ...] = ()) -> ExtractionResult:
    return ExtractionResult(
        language="en", text="t", entities=Entities(people=list(people), meetings=list(meetings))
    )


def test_ids_are_the_same_whatever_the_language() -> None:
    assert meeting_id(
        parties=["US", "RU"], round_=2, date=None, kind="talks", city=None, fallback="2025-04"
    ) == (
        meeting_id(
            parties=["RU", "US"],
            round_=2,
            date="2025-04-10",
            kind="meeting",
            city="Istanbul",
            fallback="",
        )
    )
    dutch = property_id("consulaat in Seattle", owner="RU", kind="consulate", location="Seattle")
    english = property_id(
        "Russian consulate in Seattle", owner="RU", kind="consulate", location="Seattle"
    )
    assert dutch == english == "property:ru:consulate:seattle"


def test_a_property_named_by_its_host_state_is_placed_by_the_states_code() -> None:
    # 'ambassade in Turkije' and 'Botschaft in der Türkei' are one building: the state is the
    # place where no town is named. A named town stays the place (an embassy moved to another
    # town is another building), and without either the name as written is the id.
    dutch = property_id(
        "ambassade in Turkije", owner="NL", kind="embassy", location=None, host="TR"
    )
    german = property_id(
        "Botschaft in Türkei", owner="NL", kind="embassy", location=None, host="TR"
    )
    assert dutch == german == "property:nl:embassy:tr"
    town = property_id(
        "embassy in Ankara", owner="NL", kind="embassy", location="Ankara", host=None
    )
    assert town == "property:nl:embassy:ankara"
    assert property_id("de ambassade", owner="NL", kind="embassy", location=None) == (
        "property:nl:de-ambassade"
    )


def _property_ids(article: str, *properties: DiplomaticProperty) -> list[str]:
    result = ExtractionResult(language="en", text="t", entities=Entities(properties=[*properties]))
    graph = build_graph(result, article=META.model_copy(update={"id": article}))
    return [n.id for n in graph.nodes if n.label == Label.DIPLOMATIC_PROPERTY]


def test_a_property_without_its_owner_keeps_to_its_article() -> None:
    # Two reports' 'consulate in St. Petersburg' may be two states' buildings: without the
    # owner each report keeps its own; with it, the reports share one.
    unowned = DiplomaticProperty(name="consulate", kind="consulate", location="St. Petersburg")
    first, second = _property_ids("article:ab12", unowned), _property_ids("article:cd34", unowned)
    assert first == ["property:xx:ab12:consulate:st-petersburg"]
    assert second == ["property:xx:cd34:consulate:st-petersburg"]
    owned = unowned.model_copy(update={"owner_country": "US"})
    assert (
        _property_ids("article:ab12", owned)
        == _property_ids("article:cd34", owned)
        == ["property:us:consulate:st-petersburg"]
    )


def test_a_property_without_its_place_keeps_to_its_article() -> None:
    # 'The Danish embassy' with no town in two reports may be two buildings: each report
    # keeps its own node; once the town is named, the reports share one.
    placeless = DiplomaticProperty(name="embassy", kind="embassy", owner_country="DK")
    assert _property_ids("article:ab12", placeless) == ["property:dk:ab12:embassy"]
    assert _property_ids("article:cd34", placeless) == ["property:dk:cd34:embassy"]
    placed = placeless.model_copy(update={"location": "Oslo"})
    assert _property_ids("article:ab12", placed) == _property_ids("article:cd34", placed)


def test_the_write_query_merges_only_on_constrained_keys_and_batches_with_unwind() -> None:
    query = write_article_query(tuple(sorted(WRITE_PARTS)))
    merged = set(re.findall(r"MERGE \((?:\w+):(\w+) \{(\w+):", query))
    declared = {(str(label), str(key)) for label, keys in MERGE_KEYS.items() for key in keys}
    assert merged and merged <= declared
    assert query.count("UNWIND coalesce(") == len(WRITE_PARTS)
    assert len(WRITE_PARTS) == len(list(Label)) - 2 + len(FACTS) + len(REFERENCES)
    assert "MERGE (a:Article {id: $id})" in READ_STATE


def test_only_the_subqueries_with_rows_are_sent() -> None:
    query = write_article_query(("nodes:Person",))
    assert query.count("CALL (a)") == 1 and "MERGE (n:Person" in query


def test_resolution_reads_nothing_but_the_article() -> None:
    """The ids are the same whatever the graph holds: `resolve` is given no stored nodes."""
    people = (
        Person(id="p0", name="Darchiev", country="RU"),
        Person(id="p1", name="A. Darchiev", country="RU"),
        Person(id="p2", name="Alexander Darchiev", country="RU"),
    )
    round2 = Meeting(id="m0", kind="talks", parties=["US", "RU"], round=2, city="Istanbul")
    res = resolve(_result(*people, meetings=(round2,)), article=META)
    assert res.people == {
        "p0": "person:darchiev",
        "p1": "person:a-darchiev",
        "p2": "person:alexander-darchiev",
    }
    assert res.meetings == {"m0": "meeting:ru-us:2025:r2"}


def test_person_ids_are_readable_and_spellings_share_their_surname_key() -> None:
    assert person_id("Annalena Baerbock") == "person:annalena-baerbock"
    assert person_id("Xi Jinping") == "person:xi-jinping"
    spellings = ("Sergej Lawrow", "Sergueï Lavrov", "Sergei Lavrov", "Sergey Lavrov")
    assert len({person_id(name) for name in spellings}) == len(spellings)
    assert len({surname_key(name) for name in spellings}) == 1  # a query can gather them
    assert surname_key("Dartschijew") == surname_key("Dartsjiev") == surname_key("Darchiev")


def test_people_sharing_a_surname_stay_apart() -> None:
    names = ("Sergei Lavrov", "Anna Lavrova", "Pavel Lavrov", "Lavrov", "S. Lavrov")
    assert len({person_id(name) for name in names}) == len(names)


def test_a_round_names_the_meeting_with_or_without_its_place() -> None:
    with_place = meeting_id(
        parties=["US", "RU"],
        round_=1,
        date="2025-02-27",
        kind="talks",
        city="Istanbul",
        fallback="",
    )
    without = Meeting(id="m0", kind="talks", parties=["RU", "US"], round=1)
    earlier = resolve(_result(meetings=(without,)), article=META)  # published 2025-04-10
    assert with_place == earlier.meetings["m0"] == "meeting:ru-us:2025:r1"
    # Another year's first round is another meeting; so is one with no year at all.
    assert meeting_id(
        parties=["US", "RU"], round_=1, date="2019-02", kind="talks", city=None, fallback=""
    ) != (with_place)
    assert meeting_id(
        parties=["US", "RU"], round_=1, date=None, kind="talks", city=None, fallback="ab12"
    ) == ("meeting:ru-us:r1")
    # Without a round the host state stays: two meetings of the same parties that month in
    # two states are apart.
    month = {"parties": ["US", "RU"], "round_": None, "date": None, "fallback": "2025-04"}
    assert meeting_id(**month, kind="talks", city="Istanbul") != (
        meeting_id(**month, kind="talks", city="Geneva")
    )


def _meeting_of(published: str | None, *, url: str | None = None, **facts: object) -> str:
    meeting = Meeting.model_validate({"id": "m0", **facts})
    meta = META.model_copy(update={"published": published, "id": "article:ab12", "url": url})
    return resolve(_result(meetings=(meeting,)), article=meta).meetings["m0"]


def test_reports_of_one_visit_share_its_meeting() -> None:
    # One report names the capital and the day, another the city of the banquet, its dateline
    # month and 'talks' for 'visit': one state visit.
    capital = _meeting_of(
        "2023-04-12", kind="visit", parties=["FR", "NL"], city="Amsterdam", date="2023-04-11"
    )
    banquet = _meeting_of("2023-04", kind="talks", parties=["NL", "FR"], city="The Hague")
    assert capital == banquet == "meeting:fr-nl:nl:2023-04"


def test_meetings_of_one_month_stay_apart_by_host_state_and_call() -> None:
    visit = _meeting_of("2025-02", kind="talks", parties=["US", "RU"], city="Riyadh")
    elsewhere = _meeting_of("2025-02", kind="talks", parties=["US", "RU"], city="Moscow")
    call = _meeting_of("2025-02", kind="call", parties=["US", "RU"])
    unplaced = _meeting_of("2025-02", kind="talks", parties=["US", "RU"])
    assert len({visit, elsewhere, call, unplaced}) == 4
    assert call == _meeting_of("2025-02-12", kind="call", parties=["RU", "US"], city=None)


def _call_of(published: str, text: str) -> str:
    """The graph id of the one call an English report tells."""
    meta = META.model_copy(update={"published": published, "id": "article:cd34"})
    result = extract_article(text, language="en", published=published)
    calls = [m for m in result.entities.meetings if m.kind == "call"]
    assert len(calls) == 1, result.entities.meetings
    return resolve(result, article=meta).meetings[calls[0].id]


def test_a_call_of_ministers_is_not_the_call_of_their_heads() -> None:
    # Trump and Putin spoke on 12 February 2025, Rubio and Lavrov on the 15th: two calls, each
    # reported without its day. A report naming one head as the other's 'counterpart' names the
    # heads' call.
    heads = _call_of(
        "2025-02",
        "US President Donald Trump spoke by phone with Russian President Vladimir Putin on "
        "Wednesday. They agreed to start talks on Ukraine.",
    )
    counterpart = _call_of(
        "2025-02", "US President Donald Trump spoke by phone with his Russian counterpart Putin."
    )
    ministers = _call_of(
        "2025-02",
        "US Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei "
        "Lavrov on Saturday. They agreed to keep talking.",
    )
    assert heads == counterpart == "meeting:ru-us:call:2025-02"
    assert ministers == "meeting:ru-us:call:2025-02:officials"


def test_calls_of_one_month_stay_apart_by_their_day() -> None:
    # Macron and Putin spoke on 12 and on 24 February 2022: two calls, two events. Reports that
    # date a call to its day share it; a report dating it only to its month keys it by the month.
    first = _meeting_of("2022-02", kind="call", parties=["FR", "RU"], date="2022-02-12")
    second = _meeting_of("2022-02", kind="call", parties=["RU", "FR"], date="2022-02-24")
    again = _meeting_of("2022-02-25", kind="call", parties=["FR", "RU"], date="2022-02-24")
    month = _meeting_of("2022-02", kind="call", parties=["FR", "RU"])
    assert len({first, second, month}) == 3
    assert second == again == "meeting:fr-ru:call:2022-02-24"
    assert month == "meeting:fr-ru:call:2022-02"


def test_an_undated_report_keeps_its_meeting_to_itself() -> None:
    # Without a date or a publication month nothing tells two years' calls apart.
    undated = _meeting_of(None, kind="call", parties=["DE", "RU"])
    assert undated == "meeting:de-ru:call:ab12"


def test_a_summons_is_named_by_its_seat_and_month_whatever_its_number() -> None:
    # 'summoned for the third time' in one report, 'summoned' in the next: one summons. A
    # round of talks keeps its number.
    facts = {"parties": ["TR", "NL"], "kind": "meeting", "city": "Ankara"}
    third = _meeting_of("2017-03-13", round=3, summons=True, refers_to_previous_round=True, **facts)
    plain = _meeting_of("2017-03", summons=True, **facts)
    assert third == plain == "meeting:nl-tr:tr:2017-03"
    assert _meeting_of("2017-03-13", round=3, **facts) == "meeting:nl-tr:2017:r3"
    # Nor does its number imply an earlier round of its own.
    counted = Meeting(id="m0", round=3, summons=True, refers_to_previous_round=True, **facts)
    assert list(resolve(_result(meetings=(counted,)), article=META).meetings) == ["m0"]


def test_an_article_without_its_publication_date_is_dated_by_its_url() -> None:
    # An outlet that files the report under its day gives the month the published date would.
    dated = _meeting_of("2022-11-09", kind="call", parties=["NL", "UA"])
    for url in (
        "https://news.example/algemeen/20221109/rutte-belt-zelenski/",
        "https://news.example/2022/11/09/rutte-belt-zelenski",
        "https://news.example/n3/2022/1109/c1234-5678.html",
        "https://news.example/nachrichten-2022-11/4401-rutte.htm",
    ):
        assert _meeting_of(None, url=url, kind="call", parties=["UA", "NL"]) == dated
    # A path with no date, an id that only looks like one or a number in the host: no month.
    for url in (
        "https://news.example/video/x99ani4",
        "https://news.example/artikel/20391364-rutte",
        "https://2022.example/11/rutte",
    ):
        undated = _meeting_of(None, url=url, kind="call", parties=["UA", "NL"])
        assert undated == "meeting:nl-ua:call:ab12"


def test_a_meeting_never_follows_itself() -> None:
    # The report tells an earlier meeting of the same parties in the same state and month:
    # to the ids it is one event, which follows nothing.
    earlier = Meeting(id="m0", kind="meeting", parties=["FR", "NL"], city="Amsterdam")
    later = Meeting(
        id="m1", kind="visit", parties=["FR", "NL"], city="The Hague", date="2025-04-12",
        previous="m0",
    )  # fmt: skip
    result = _result(meetings=(earlier, later))
    graph = build_graph(result, article=META, resolution=resolve(result, article=META))
    assert [n.id for n in graph.nodes if n.label == Label.MEETING] == ["meeting:fr-nl:nl:2025-04"]
    assert not [r for r in graph.rels if r.type == RelType.FOLLOWS]


def test_the_graph_keeps_the_title_the_facts_write() -> None:
    # 'den russischen Präsidenten' is read as found (it gives Putin his state) and written for
    # one person ('Präsident'): the person node, the position held and the facts agree.
    text = (
        "Bundeskanzler Olaf Scholz hat am Freitag mit dem russischen Präsidenten Wladimir Putin "
        "telefoniert."
    )
    result = extract_article(text, language="de")
    graph = build_graph(result, article=META)
    putin = next(n for n in graph.nodes if n.label == Label.PERSON and "Putin" in n.name)
    held = {r.props.get("title") for r in graph.rels if r.type == RelType.HOLDS_POSITION}
    official = next(o for o in result.facts.officials if o.name == "Wladimir Putin")
    assert putin.props.get("title") == official.title == "Präsident"
    assert "Präsident" in held and not any("russischen" in str(t) for t in held)
