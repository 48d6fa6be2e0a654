"""Meetings told besides the article's main one keep two sides at most: one gathering more has
collected the states its sentence mentions (the main meeting keeps all it names)."""

from __future__ import annotations

from ingest.extract.article import article_context
from ingest.extract.one_sided import two_sided
from ingest.models import Meeting
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.meetings.extracted import places_and_parties


def test_a_later_meeting_of_states_only_mentioned_is_dropped() -> None:
    text = (
        "Dutch Foreign Minister Caspar Veldkamp met his Indian counterpart Subrahmanyam "
        "Jaishankar in New Delhi on Monday. Afterwards a meeting in Mumbai discussed trade "
        "between China, Russia and Brazil."
    )
    assert places_and_parties(text, "en", "2025-03-03") == [("New Delhi", ["IN", "NL"])]


def test_the_main_meeting_keeps_every_state_and_a_later_one_two() -> None:
    art = article_context(split_sentences(normalise("Talks.", language="en"), language="en"))
    meetings = [
        Meeting(id="meeting:0", kind="summit", parties=["DE", "FR", "IT"]),
        Meeting(id="meeting:1", kind="talks", parties=["FR", "IT"]),
        Meeting(id="meeting:2", kind="talks", parties=["BR", "CN", "RU"]),
    ]
    kept = two_sided(meetings, [], art)
    assert [m.id for m in kept] == ["meeting:0", "meeting:1"]
