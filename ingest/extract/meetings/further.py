"""Meetings told besides the one being described: a further one the text announces ('decided
to hold another meeting in October') or dates after it, and an earlier one it dates ('when they
last met in June 2018'). Either is a meeting of its own, of the current meeting's sides when it
names fewer than two, instead of a detail merged into the current one."""

from __future__ import annotations

from dataclasses import replace

from ingest.extract.dates import shift_month
from ingest.extract.meetings.candidates import Candidate, compatible, merge

# The evidence rule of a meeting held before last month: an undated meeting of the same kind,
# place and sides is not that one told again (`article._repeats`).
EARLIER = "meeting-earlier"


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
    earlier meeting of its own. Told as known ('lors de la visite du président en août dernier'),
    it is one only when dated before last month: a report of last month's talks calls them 'the
    talks'. Dated before last month, it is marked, so that no undated mention of the same kind,
    place and sides is taken for it told again ('Delegations met in Astana ... The meeting was
    held as part of the 13th meeting of the Council, held in November 2025'). Whether it was
    kept as one."""
    date = cand.date or cand.year  # 'bij het laatste staatsbezoek, in 2006': a year alone
    if not date or not month or cand.status != "held" or cand.pointing:
        return False  # 'these talks ... established during the visit in March 2000': not its date
    if date[:7] >= (_month_before(month) if cand.anaphoric else month):
        return False
    if current.date and current.date.startswith(date[:7]):
        return False
    if any(m.date and m.date.startswith(date[:7]) for m in meetings):
        return False
    parties = cand.parties if len(cand.parties) >= 2 else cand.parties | current.parties
    if len(cand.parties) == 1 and not cand.parties <= current.parties:
        return False  # one side of its own, not the current meeting's: another relation
    if len(parties) < 2 and not (cand.more_years and parties):
        return False  # 'en 2005, 2008 et 2011' with one side known: it takes the other later
    evidence = list(cand.evidence)
    if date[:7] < _month_before(month):  # not last month's: never the article's meeting
        evidence.append(cand.evidence[-1].model_copy(update={"rule": EARLIER}))
    meetings.append(replace(cand, parties=set(parties), date=date, also=[], evidence=evidence))
    for year in cand.more_years:  # 'en 2005, 2008 et 2011': one meeting a year
        if not any(m.date and m.date.startswith(year) for m in meetings):
            meetings.append(
                replace(cand, parties=set(parties), date=year, also=[], evidence=list(evidence))
            )
    return True


def _month_before(month: str) -> str:
    """YYYY-MM of the month before `month` (YYYY-MM)."""
    return shift_month(int(month[:4]), int(month[5:7]), -1)


def told_later(meetings: list[Candidate], cand: Candidate, current: Candidate) -> bool:
    """'Die Gespräche werden am 21. Mai in der Sitzung der Arbeitsgruppe erneut aufgenommen',
    told while talks held on 21 January are described: a meeting still to come, dated in a month
    after the dated meeting held, is a further meeting of its own (of the held one's sides when
    it names fewer than two), even told as known, instead of a detail of the one held. Whether
    it was kept as one."""
    if not cand.date or cand.status != "planned" or current.status != "held":
        return False
    if not current.date or cand.date[:7] <= current.date[:7]:
        return False  # the held meeting undated: the planned one may be it, told ahead
    if len(cand.parties) == 1 and not cand.parties <= current.parties:
        return False  # one side of its own, not the current meeting's: another relation
    follow_up(meetings, replace(cand, anaphoric=False, also=[]), current)
    return True


def listed(
    meetings: list[Candidate], cand: Candidate, current: Candidate | None, month: str
) -> bool:
    """'après ceux du 16 janvier, du 25 mars et du 25 avril', 'Die letzten Telefonate fanden im
    Mai und Juni statt': a clause listing several dates tells one meeting a date, of its own
    sides (the current meeting's when it names fewer than two), each but the one already found
    (the meeting described, or one dated so) a meeting of its own. Only a list of meetings held:
    none dated after the article's month (`month`, YYYY-MM, when known). Whether it was so kept."""
    if not cand.more_dates or not cand.date or cand.status != "held":
        return False
    if month and max(cand.date, *cand.more_dates)[:7] > month:
        return False  # a date after the article's month: not a list of meetings held
    parties = set(cand.parties)
    if len(parties) < 2 and current is not None and parties <= current.parties:
        parties |= current.parties
    if len(parties) < 2:
        return False
    # Each dated apart: not the undated meeting described told again (`article._repeats`).
    evidence = [*cand.evidence, cand.evidence[-1].model_copy(update={"rule": EARLIER})]
    for date in (cand.date, *cand.more_dates):
        if any(_same_day(m.date, date) for m in [*meetings, *([current] if current else [])]):
            continue
        meetings.append(
            replace(cand, parties=set(parties), date=date, also=[], evidence=list(evidence))
        )
    return True


def _same_day(known: str | None, date: str) -> bool:
    """Whether a meeting dated `known` may be the one dated `date`: one is the other, or
    within it ('2012-09' and '2012-09-07')."""
    return known is not None and (known.startswith(date) or date.startswith(known))
