"""States of officeholders for the leader model: a stateless principal or untitled person whom
the officeholder file knows (`ingest.extract.officeholders`) may stand for that state, which the
model weighs as the pair's `known` feature."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.meetings.parties import year_of
from ingest.extract.officeholders import live_terms, may_hold_office, sole_state
from ingest.models import Meeting, Person


def office_years(art: ArticleContext, meetings: list[Meeting]) -> frozenset[int]:
    """The years whose officeholders the article may name: its own (`ArticleContext.years`) and
    those of the meetings its text dates. A retrospective ('on this day in 1985 ... President
    Ronald Reagan') names the officeholders of the year it tells, not of the year it is
    published."""
    return art.years | {y for m in meetings if (y := year_of(m.date)) is not None}


def known_states(people: list[Person], years: frozenset[int]) -> dict[str, str]:
    """Person id -> the state of the officeholder a stateless principal or untitled person is,
    or one whose stated state the file contradicts ('the Israel Prime Minister and President
    Kenyatta' gave Kenyatta the title's state). A royal (a consort, an heir) gets none where the
    article names their state's head: beside the monarch they lead no side."""
    open_ = [p for p in people if may_hold_office(p.role)]
    if not open_:
        return {}
    found = {p.id: live_terms(p.name, years) for p in open_}
    # a stated state the file agrees with gains nothing; one it contradicts needs dated terms
    out = {
        p.id: state
        for p in open_
        if (state := sole_state(found[p.id])) is not None
        and (p.country is None or (p.country != state and bool(years)))
    }
    royals = [pid for pid in out if all(t.office == "royal" for t in found[pid])]
    if royals:
        heads = {
            t.state
            for p in people  # the terms of the stateless are known already
            for t in (found[p.id] if p.id in found else live_terms(p.name, years))
            if t.office == "head_of_state"
        }
        for pid in royals:
            if out[pid] in heads:
                del out[pid]
    return out
