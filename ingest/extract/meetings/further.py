"""Meetings told besides the one being described: a further one the text announces ('decided
to hold another meeting in October') and an earlier one it dates ('when they last met in June
2018'). Either is a meeting of its own, of the current meeting's sides when it names fewer than
two, instead of a detail merged into the current one."""

from __future__ import annotations

from dataclasses import replace

from ingest.extract.meetings.candidates import Candidate, compatible, merge


def follow_up(meetings: list[Candidate], cand: Candidate, current: Candidate) -> None:
    """'agreed at talks in Moscow ... to hold another meeting in October': a further meeting of
    the same sides (those it names, if two); undated, it follows on at the same place ('followed
    by another meeting with full delegations'). Told twice, it is one."""
    if len(cand.parties) < 2:
        cand.parties |= current.parties
    if len(cand.parties) < 2:
        return
    if cand.date is None and cand.city is None:
        cand.city, cand.city_country = current.city, current.city_country
        cand.city_capital = current.city_capital
    same = next((m for m in meetings if m.follow_up and compatible(m, cand)), None)
    if same is not None:
        merge(same, cand)
    else:
        meetings.append(cand)


def told_before(meetings: list[Candidate], cand: Candidate, current: Candidate, month: str) -> bool:
    """'when they last met in June 2018': a held meeting dated in a month before the article's
    (`month`, YYYY-MM), and in none of the meetings found, while another is being told, is an
    earlier meeting of its own. Whether it was kept as one."""
    if not cand.date or not month or cand.status != "held" or cand.anaphoric or cand.pointing:
        return False
    if cand.date[:7] >= month or (current.date and current.date[:7] == cand.date[:7]):
        return False
    if any(m.date and m.date[:7] == cand.date[:7] for m in meetings):
        return False
    parties = cand.parties if len(cand.parties) >= 2 else cand.parties | current.parties
    if len(parties) < 2 or (len(cand.parties) == 1 and not cand.parties <= current.parties):
        return False  # one side of its own, not the current meeting's: another relation
    meetings.append(replace(cand, parties=set(parties), also=[]))
    return True
