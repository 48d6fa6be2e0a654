"""Parties of the meetings an article mentions without naming both sides, settled once the
delegations are known; and the key that identifies a meeting across articles."""

from __future__ import annotations

from ingest.lexicon import load_lexicon, phrase_regex
from ingest.models import Meeting


def meeting_key(parties: list[str], city: str | None, date: str | None, round_: int | None) -> str:
    return "|".join(["-".join(parties), city or "", date or "", str(round_ or "")])


def fill_bilateral(meetings: list[Meeting], lang: str, sides: set[str] | None = None) -> None:
    """Once delegations have joined their meetings: one-sided meetings of the article involve
    the main meeting's parties too (see `ingest.meetings._fill_bilateral`); 'between the two
    ministers' involves the two countries that sent delegations (a mediator sends none)."""
    main = next((m for m in meetings if len(m.parties) >= 2), None)
    if main is None:
        return
    pair = phrase_regex(load_lexicon(lang).words("pair_words"))
    for meeting in meetings:
        if len(meeting.parties) >= 2 or not set(meeting.parties) <= set(main.parties):
            continue
        core = set(main.parties)
        evidence = meeting.evidence[0].sentence if meeting.evidence else ""
        if sides and len(sides) == 2 and sides <= core and pair.search(evidence):
            core = sides
        meeting.parties = sorted(core)
    for meeting in meetings:
        meeting.key_hint = meeting_key(meeting.parties, meeting.city, meeting.date, meeting.round)
