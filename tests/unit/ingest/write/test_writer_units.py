"""Pure tests of the writer: resolution rules, canonical ids, and the Cypher it sends."""

from __future__ import annotations

import re
from typing import Any

from graph_schema.model import FACTS, MERGE_KEYS, REFERENCES, Label
from ingest.models import Entities, ExtractionResult, Meeting, Person
from ingest.resolve.ids import meeting_id, property_id
from ingest.resolve.match import lookup_keys, resolve
from ingest.write.cypher import READ_STATE, WRITE_PARTS, write_article_query
from tests.ingest_helpers import article_meta

META = article_meta()


def _result(*people: Person, meetings: tuple[Meeting, ...] = ()) -> ExtractionResult:
    return ExtractionResult(
        language="en", text="t", entities=Entities(people=list(people), meetings=list(meetings))
    )


def _known(name: str, country: str | None, pid: str | None = None) -> dict[str, Any]:
    return {
        "id": pid or "person:" + name.lower().replace(" ", "-"),
        "name": name,
        "country": country,
    }


def test_a_partial_name_joins_the_one_person_it_can_be() -> None:
    mention = Person(id="p0", name="A. Darchiev", country="RU")
    res = resolve(
        _result(mention), article=META, people=[_known("Alexander Darchiev", "RU")], meetings=[]
    )
    assert res.people["p0"] == "person:alexander-darchiev"
    surname_only = Person(id="p0", name="Darchiev", country="RU")
    res = resolve(
        _result(surname_only),
        article=META,
        people=[_known("Alexander Darchiev", "RU")],
        meetings=[],
    )
    assert res.people["p0"] == "person:alexander-darchiev"


def test_people_sharing_a_surname_stay_apart() -> None:
    known = [_known("Alexander Darchiev", "RU")]
    other_initial = Person(id="p0", name="M. Darchiev", country="RU")
    other_country = Person(id="p1", name="Darchiev", country="US")
    full_other = Person(id="p2", name="Maria Darchiev", country="RU")
    res = resolve(
        _result(other_initial, other_country, full_other), article=META, people=known, meetings=[]
    )
    assert "person:alexander-darchiev" not in res.people.values()
    ambiguous = [_known("Alexander Darchiev", "RU"), _known("Anna Darchiev", "RU")]
    res = resolve(
        _result(Person(id="p0", name="A. Darchiev", country="RU")),
        article=META,
        people=ambiguous,
        meetings=[],
    )
    assert res.people["p0"] == "person:a-darchiev"


def test_one_meeting_across_reports_when_round_or_date_agree() -> None:
    round2 = "meeting:ru-us:istanbul:r2"
    known = [{"id": round2, "kind": "talks", "round": 2, "date": "2025-04-10", "city": "Istanbul"}]
    by_date = Meeting(id="m0", kind="meeting", parties=["US", "RU"], date="2025-04-10")
    no_place = Meeting(id="m1", kind="talks", parties=["RU", "US"], round=2)
    res = resolve(_result(meetings=(by_date, no_place)), article=META, people=[], meetings=known)
    assert res.meetings == {"m0": round2, "m1": round2}
    elsewhere = Meeting(id="m0", kind="talks", parties=["US", "RU"], round=2, city="Geneva")
    res = resolve(_result(meetings=(elsewhere,)), article=META, people=[], meetings=known)
    assert res.meetings["m0"] == "meeting:ru-us:geneva:r2"  # another track's second round
    later = Meeting(id="m0", kind="talks", parties=["US", "RU"], date="2025-06-01")
    res = resolve(_result(meetings=(later,)), article=META, people=[], meetings=known)
    assert res.meetings["m0"] == "meeting:ru-us:2025-06-01"


def test_lookup_keys_are_spelling_keys_of_surnames_and_sorted_parties() -> None:
    result = _result(
        Person(id="p0", name="Sonata Coulter"),
        Person(id="p1", name="Gérard Araud"),
        meetings=(Meeting(id="m0", kind="talks", parties=["US", "RU"]),),
    )
    # Accents folded, transliteration variants merged ('ou' and 'u'), sorted.
    assert lookup_keys(result) == (["araud", "culter"], ["RU-US"])


def test_ids_are_the_same_whatever_the_language() -> None:
    assert meeting_id(parties=["US", "RU"], round_=2, date=None, city="Istanbul", fallback="") == (
        meeting_id(parties=["RU", "US"], round_=2, date="2025-04-10", city="Istanbul", fallback="")
    )
    dutch = property_id("consulaat in Seattle", owner="RU", kind="consulate", location="Seattle")
    english = property_id(
        "Russian consulate in Seattle", owner="RU", kind="consulate", location="Seattle"
    )
    assert dutch == english == "property:ru:consulate:seattle"


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


def test_one_person_across_the_spellings_of_four_languages() -> None:
    known = [_known("Sergej Lavrov", "RU"), _known("Alexander Darchiev", "RU")]
    mentions = (
        Person(id="p0", name="Sergueï Lavrov", country="RU"),
        Person(id="p1", name="Sergei Lawrow", country="RU"),
        Person(id="p2", name="Aleksandr Dartsjiev", country="RU"),
    )
    res = resolve(_result(*mentions), article=META, people=known, meetings=[])
    assert res.people == {
        "p0": "person:sergej-lavrov",
        "p1": "person:sergej-lavrov",
        "p2": "person:alexander-darchiev",
    }


def test_a_different_spelling_without_a_shared_country_stays_apart() -> None:
    known = [_known("Sergej Lavrov", "RU")]
    unknown_country = Person(id="p0", name="Sergei Lavrov")
    other_person = Person(id="p1", name="Anna Lavrova", country="RU")
    other_first = Person(id="p2", name="Pavel Lavrov", country="RU")
    res = resolve(
        _result(unknown_country, other_person, other_first),
        article=META,
        people=known,
        meetings=[],
    )
    assert "person:sergej-lavrov" not in res.people.values()
