"""Meetings with one side: the other side taken from the article (the one other state whose
head leads a side, else the outlet's state), and those whose other side is never found dropped;
and meetings besides the main one that gather more states than two, dropped too."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.meetings.guests import home_country
from ingest.extract.meetings.institutions import institution_counts
from ingest.extract.meetings.parties import (
    SETS_OUT_FROM,
    TOUR_OF,
    marked_states,
    rekey,
    settle,
    within,
)
from ingest.extract.meetings.patterns import patterns
from ingest.extract.meetings.people_sides import Pending
from ingest.extract.meetings.places import article_places, home_states, introduced_places
from ingest.extract.meetings.seats import fill_cities, wants_city
from ingest.models import Delegation, Meeting


def lone_meeting(
    lone: Meeting, delegations: list[Delegation], art: ArticleContext
) -> list[Meeting]:
    """The article's only meeting names one side ('has begun talks with his Chinese
    counterpart'): the other is the one other state whose head leads a side, else, when no
    other head is named, the article's own country if the text names it. An outlet's country
    the text never names is a side only of a visit ('Ministerpräsident Söder reist in die
    Republik Indien' on a .de site: the visitor goes abroad from home)."""
    if not _took_other_side(lone, delegations, art):
        return []
    for d in delegations:
        d.meeting = d.meeting or (lone.id if d.country in lone.parties else None)
    fill_article_cities([lone], art)
    return [lone]


def home_visits(
    pending: list[Pending], meetings: list[Meeting], art: ArticleContext
) -> list[Meeting]:
    """Visits told with one state and no place, their clause naming nobody ('Het andere land
    dat de minister heeft bezocht, Soedan' on a .be site, 'Staatsbesuch des Bundespräsidenten in
    Mexiko' on a .de one): in an article about its outlet's state, whose meetings already have
    that state as a side, the visit is between the outlet's state and the one named, whichever
    way it goes, as for the article's only meeting (`lone_meeting`). A person the clause names
    may be of a third state ('Koeleba bracht ook al een bezoek aan Denemarken'); a meeting of
    the two told already is not told again."""
    home = art.outlet_country
    if home is None or not any(home in m.parties for m in meetings):
        return []  # foreign news: the outlet's state takes no part
    added: list[Meeting] = []
    for meeting, names, _ in pending:
        if meeting.kind != "visit" or len(meeting.parties) != 1 or names:
            continue
        parties = {*meeting.parties, home}
        if len(parties) != 2 or any(within(parties, set(m.parties)) for m in meetings + added):
            continue
        meeting.parties = sorted(parties)
        rekey(meeting)
        added.append(meeting)
    return added


def fill_article_cities(meetings: list[Meeting], art: ArticleContext) -> None:
    """Meetings whose own sentences name no place take one of the article's places
    (`fill_cities`), never the home someone goes back to; the places are gathered only when a
    meeting asks for one."""
    if any(wants_city(m) for m in meetings):
        places = article_places(art.sentences, art.lex, patterns(art.lex.lang))
        fill_cities(meetings, places, home_states(art.sentences, art.lex))
    if any(wants_city(m) and m.kind != "visit" and not m.summons for m in meetings):
        _fill_one_place(meetings, introduced_places(art.sentences, art.lex, patterns(art.lex.lang)))


def _fill_one_place(meetings: list[Meeting], places: list[tuple[str, str, bool]]) -> None:
    """A meeting still unplaced was held where the article places things when it places them
    in one town only ('met on the sidelines of the forum held in Phnom Penh', 'the conference
    that meets in Durban'), whichever state that town is in. Not a visit, which goes to a
    party's state, nor a summons, held at a ministry; never where a visit sets out from, nor
    where the same parties held another round ('the first round in Gomel')."""
    for meeting in meetings:
        if not wants_city(meeting) or meeting.kind == "visit" or meeting.summons:
            continue
        away = marked_states(meeting.evidence, SETS_OUT_FROM)
        rounds = {
            m.city for m in meetings
            if m.round is not None and m.round != meeting.round and m.parties == meeting.parties
        }  # fmt: skip
        names = {name for name, country, _ in places if country not in away and name not in rounds}
        if len(names) == 1:
            meeting.city = names.pop()
            rekey(meeting)


def _other_side(meeting: Meeting, delegations: list[Delegation], art: ArticleContext) -> set[str]:
    """The states that may be a one-sided meeting's other side (see `lone_meeting`)."""
    others = {d.country for d in delegations} - set(meeting.parties)
    if not others:  # a state named only by its seat, a body or a title counts once
        counts = art.country_counts + institution_counts(art)
        home = home_country(counts, set(meeting.parties), art.outlet_country)
        abroad = meeting.kind == "visit" and home == art.outlet_country
        if abroad and home is not None and not counts[home]:
            # The visitor the text names most, by a clear margin, and not the outlet's state
            # it never names: 'de Amerikaanse delegatie' landing in Peking on a .nl site.
            home = home_country(counts, set(meeting.parties), None) or home
        others = {home} if home is not None and (home in counts or abroad) else others
    return others


def _took_other_side(meeting: Meeting, delegations: list[Delegation], art: ArticleContext) -> bool:
    """Whether the meeting took the one state that may be its other side."""
    others = _other_side(meeting, delegations, art)
    if len(others) != 1:
        return False
    meeting.parties = sorted({*meeting.parties, *others})
    rekey(meeting)
    return True


# The most states a meeting besides the article's main one may gather: one told in passing with
# more ('a meeting in Mumbai discussed trade between China, Russia and Brazil') has mostly
# collected the states its sentence mentions; on the real gold parts such meetings were right
# about one time in seven.
_MANY = 2


def two_sided(
    meetings: list[Meeting], delegations: list[Delegation], art: ArticleContext
) -> list[Meeting]:
    """The meetings with two sides or more once the sides are settled. A meeting left with one
    side takes the other as the article's only meeting would (`lone_meeting`); one still with a
    single state ('talks in Vienna' naming Iran alone) is a clause whose other side was never
    found, no meeting of the article's. A meeting besides the main one (the first) keeps at most
    `_MANY` states. A delegation of a dropped meeting belongs to none."""
    for meeting in meetings:
        if len(meeting.parties) == 1:  # it takes the other side as the only meeting would
            _took_other_side(meeting, delegations, art)
    kept = [
        m for k, m in enumerate(meetings)
        if len(m.parties) >= 2 and (k == 0 or len(m.parties) <= _MANY)
    ]  # fmt: skip
    ids = {m.id for m in kept}
    for d in delegations:
        d.meeting = d.meeting if d.meeting in ids else None
    return kept


def tour_stops(pending: list[Pending], meetings: list[Meeting]) -> list[Meeting]:
    """'Ze reist naar Marokko, Tunesië en Algerije' with the visitor named elsewhere: once one
    stop of the tour is a visit with its visitor settled (one state outside the tour's), every
    other stop is a visit of that visitor too, unless a meeting of the two is told already."""
    added: list[Meeting] = []
    for meeting, _, _ in pending:
        tour = marked_states(meeting.evidence, TOUR_OF)
        if len(meeting.parties) != 1 or len(tour) != 1:
            continue
        stops = set(next(iter(tour)).split(","))
        visitors = {
            v for m in meetings if m.kind == "visit" and len(m.parties) == 2
            and len(set(m.parties) & stops) == 1 for v in set(m.parties) - stops
        }  # fmt: skip
        if len(visitors) != 1:
            continue
        parties = {*meeting.parties, *visitors}
        if settle(meeting, parties, [*meetings, *added]):
            added.append(meeting)
    return added
