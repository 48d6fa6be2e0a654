"""Round 683: a meeting clause whose other side is a list of several states makes one meeting
per listed state with the subject's: envoys named beside their states, envoys of a summons
listed after its verb or summoned by the summoner told just before, calls with a list of
leaders and no caller named."""

from __future__ import annotations

from ingest.extract.envoy_meetings import split_envoy_heads
from ingest.models import Delegation, Meeting
from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_an_envoy_list_runs_past_the_envoys_names() -> None:
    de = (
        "Der Bundespräsident empfing in Berlin die Botschafter von Neuseeland, Peter Howard "
        "Rider, aus der Republik Irak, Karl R. Xuereb, und aus Chile, Jorge Ryan."
    )
    assert _meetings(de, "de") == [
        ("Berlin", ["CL", "DE"]), ("Berlin", ["DE", "IQ"]), ("Berlin", ["DE", "NZ"])
    ]  # fmt: skip
    en = (
        "The Kenyan president received in Nairobi the ambassadors of Japan, Takahisa Tsugawa, "
        "and of Brazil, Maria Luiza Viotti."
    )
    assert _meetings(en, "en") == [("Nairobi", ["BR", "KE"]), ("Nairobi", ["JP", "KE"])]


def test_envoys_summoned_with_no_summoner_are_the_earlier_summoners() -> None:
    nl = (
        "Het Iraanse ministerie van Buitenlandse Zaken heeft de Nederlandse ambassadeur in "
        "Teheran ontboden. Ook de ambassadeurs van Duitsland, Frankrijk en het VK zijn ontboden."
    )
    assert _meetings(nl, "nl") == [
        ("Tehran", ["DE", "IR"]), ("Tehran", ["FR", "IR"]),
        ("Tehran", ["GB", "IR"]), ("Tehran", ["IR", "NL"]),
    ]  # fmt: skip


def test_envoys_listed_after_the_summoning_verb_are_each_summoned() -> None:
    nl = (
        "Het Kremlin heeft de ambassadeurs van circa tien landen ontboden, het gaat al zeker om "
        "Frankrijk, Duitsland en Nederland."
    )
    assert _meetings(nl, "nl") == [
        ("Moscow", ["DE", "RU"]), ("Moscow", ["FR", "RU"]), ("Moscow", ["NL", "RU"])
    ]  # fmt: skip


def test_calls_listed_with_no_caller_are_the_protagonists() -> None:
    de = (
        "US-Präsident Donald Trump hat am Samstag mit Bundeskanzlerin Angela Merkel telefoniert. "
        "Die USA und Deutschland wollen enger zusammenarbeiten, teilte Washington mit. "
        "Weitere Telefonate: Mit Putin (Russland), Hollande (Frankreich) und mit Abe (Japan)."
    )
    calls = _meetings(de, "de")
    assert ("", ["FR", "US"]) in calls and ("", ["JP", "US"]) in calls
    assert ("", ["RU", "US"]) in calls and not any(len(p) > 2 for _, p in calls)


def test_a_call_about_states_here_and_there_is_not_split() -> None:
    de = (
        "Beim Telefonat ging es um den Stand der deutsch-türkischen Beziehungen und den "
        "Syrien-Konflikt, bei dem Gespräch mit Abe um Nordkorea sowie die US-Strafzölle."
    )
    assert not any(p == ["DE", "KP"] for _, p in _meetings(de, "de"))


def _head(country: str, role: str) -> Delegation:
    return Delegation(id=f"d:{country}", country=country, leader_role=role, meeting="meeting:0")


def test_envoys_of_several_states_heading_one_meeting_are_each_received() -> None:
    meeting = Meeting(id="meeting:0", kind="meeting", city="Cotonou", parties=["EG", "JP"])
    heads = [_head("EG", "ambassador"), _head("JP", "ambassador")]
    split = split_envoy_heads([meeting], heads, "fr")
    assert [(m.city, m.parties) for m in split] == [
        ("Cotonou", ["BJ", "EG"]), ("Cotonou", ["BJ", "JP"])
    ]  # fmt: skip
    assert [d.meeting for d in heads] == [split[0].id, split[1].id]


def test_a_minister_heading_beside_an_envoy_keeps_the_meeting_whole() -> None:
    meeting = Meeting(id="meeting:0", kind="talks", city="Cotonou", parties=["BJ", "EG", "JP"])
    heads = [_head("EG", "ambassador"), _head("JP", "foreign minister")]
    assert [m.parties for m in split_envoy_heads([meeting], heads, "fr")] == [["BJ", "EG", "JP"]]
