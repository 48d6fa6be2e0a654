"""Leaders of the sides a meeting gains only once the meetings are settled. The leader model
chooses among the pairs of the meetings the text tells (`reported`), before the delegations give
those meetings their further sides; a side added then (the host of an official visit told as the
visitor's trip: 'Rutte ontmoet onder anderen president Xi Jinping en premier Li Keqiang', China
joining the visit only once it is settled) had its pairs scored as a state beside the meeting,
or none at all.

Once the meetings are settled, the pairs are proposed and scored again on them, by the model as
fitted (the pairs it was fitted on stay those of the reported meetings: nothing is refitted). A
side gained so takes its best pair when:

- the pair clears the model's threshold for a state beside the meeting (`threshold`), not the
  lower one of a side that surely exists: the side was not in the text's telling of the meeting;
- the person is named with another person in a sentence with a meeting word (the pair's `paired`
  feature: 'Rutte ontmoet ... president Xi Jinping'), not only beside it;
- every other side of that meeting is led or gained the same way: a side the model saw and left
  unled says the text names no head there, and a head found now would stand beside it.

A person named beside his state's meeting with no state of his own ('De koning en Dmitro Koeleba
ontmoetten elkaar', after 'de minister van Buitenlandse Zaken van Oekraïne') gets his pair here,
but the model scores it far under the threshold: such sides stay unled.

A gained side the model leaves unled may still go to one named without any title whom the
officeholder file knows as that state's officeholder in the article's years ('Luns', 'Kennedy',
'Macron' beside his state's meeting), as `sole` reads the main meeting's sides: the file, not the
text, vouches for his state, so his pair needs only half the threshold of a side that surely exists
(`party_threshold`), when a sentence that tells a meeting of his state names him and denies
nothing ('werde nicht zustande kommen'), as `untitled_heads` reads an untitled head, and the
side faces sides that are led or gained (a summons: only a foreign minister). A titled person gets
no such pass: named beside a gained side's meeting with his title, he is as often its background
as its head."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders import heads_of, leader_candidates
from ingest.extract.leaders.known import office_years
from ingest.extract.leaders.model import Candidate, LeaderModel, choose, load_model, pair_rank
from ingest.extract.leaders.sole import SHARE, known_untitled, seated, state_groups
from ingest.extract.meetings.parties import as_of
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import undenied_tellings
from ingest.models import Delegation, Meeting

# The feature of a pair whose person is named with another where a meeting word is.
_PAIRED = "paired"


def gained_side_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
    reported: set[str],
) -> list[Delegation]:
    """The heads of the unled sides the settled `meetings` gained beyond the states of the
    meetings the leader model read (`reported`), as described above."""
    model = load_model()
    live = [m for m in meetings if m.status != "cancelled"]
    # As of the article's year, not each meeting's (meetings.parties.as_of_year): a state of the
    # past the settling gives a meeting (Moscow's side of a 1966 visit told in a later report)
    # counts as gained, since the model scored its pairs as today's state beside the meeting.
    gained = gained_states(live, delegations, as_of(sorted(reported), art.published.year))
    if model is None or not gained:
        return []
    pairs = leader_candidates(art, registry, live, delegations)
    model.score(pairs)
    found = gained_heads(pairs, live, delegations, gained, model.threshold)
    years = office_years(art, meetings)
    known = known_gained_heads(pairs, live, (delegations, found), gained, (model, years))
    found += [c for c in known if _told_undenied(art, c, live)]
    return heads_of(art, registry, meetings, found)


def gained_heads(
    pairs: list[Candidate],
    meetings: list[Meeting],
    delegations: list[Delegation],
    gained: set[str],
    threshold: float,
) -> list[Candidate]:
    """The scored pairs that head the `gained` sides of the live `meetings`, as described above
    (`threshold`: the model's for a state beside the meeting): one side per person, one head a
    side."""
    led = {d.country for d in delegations}
    used = seated(delegations)
    sides = {s for s in gained if _faces_known_sides(s, meetings, led | gained)}
    kept = [
        c
        for c in pairs
        if c.country in sides and c.person.id not in used and c.features.get(_PAIRED, 0.0) > 0
    ]
    return choose(kept, set(led), threshold, threshold)


def known_gained_heads(
    pairs: list[Candidate],
    meetings: list[Meeting],
    chosen: tuple[list[Delegation], list[Candidate]],
    gained: set[str],
    scoring: tuple[LeaderModel, frozenset[int]],
) -> list[Candidate]:
    """The known untitled officeholder heading each gained side still unled, as described above
    (`chosen`: the delegations and the pairs seated before; `scoring`: the model and the years
    whose officeholders the article may name)."""
    delegations, found = chosen
    model, years = scoring
    led = {d.country for d in delegations} | {c.country for c in found}
    used = seated(delegations) | {c.person.id for c in found}
    sides = {s for s in gained - led if _faces_known_sides(s, meetings, led | gained)}
    out: list[Candidate] = []
    for state, group in sorted(state_groups(pairs).items()):
        free = [c for c in group if c.person.id not in used]
        if state not in sides or not free:
            continue
        best = max(free, key=pair_rank)
        if best.score >= SHARE * model.party_threshold and known_untitled(
            best, state, meetings, years
        ):
            out.append(best)
            used.add(best.person.id)
    return out


def _told_undenied(art: ArticleContext, cand: Candidate, meetings: list[Meeting]) -> bool:
    """Whether a sentence that tells a meeting of the pair's state and denies nothing names him,
    as `untitled_heads` reads an untitled head: the file vouches for his office, the sentence for
    his part in the meeting."""
    own = [m for m in meetings if cand.country in m.parties]
    surname = cand.person.name.split()[-1].lower()
    return any(
        surname in {t.lower for t in ctx.mentions.tokens} for ctx, _ in undenied_tellings(art, own)
    )


def gained_states(
    meetings: list[Meeting], delegations: list[Delegation], reported: list[str]
) -> set[str]:
    """The unled parties of the meetings that none of the `reported` meetings had."""
    led = {d.country for d in delegations}
    return {c for m in meetings for c in m.parties} - set(reported) - led


def _faces_known_sides(state: str, meetings: list[Meeting], known: set[str]) -> bool:
    """Whether a meeting of the state has other parties, each of them led or gained (`known`)."""
    for meeting in meetings:
        others = set(meeting.parties) - {state}
        if state in meeting.parties and others and others <= known:
            return True
    return False
