"""Candidate (person, state) pairs and their features, for the leader model."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.envoys import not_envoy
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.surnames import SurnameIndex
from ingest.extract.meetings.parties import place_country
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.extract.meetings.summons import is_summons
from ingest.lang.roles import load_roles, role_list
from ingest.models import Meeting, Person

_ADJACENT = 7  # tokens between a state and the surname it qualifies


# The keys of roles.json that are lists beside the role classes, not classes (see its "about").
_ROLE_LISTS = frozenset(
    {"about", "home_roles", "posted_roles", "head_roles", "past_modifiers", "era_modifiers",
     "heir_roles", "envoy_roles", "press_roles", "particle_roles", "rankless_roles"}
)  # fmt: skip


def home_roles() -> frozenset[str]:
    """Offices an outlet names without a nationality when they are its own state's."""
    return role_list("home_roles")


@lru_cache(maxsize=1)
def role_classes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k, tuple(v)) for k, v in load_roles().items() if k not in _ROLE_LISTS)


def posted_roles() -> frozenset[str]:
    """Offices held in another state ('ambassador'): their holder heads no side at home."""
    return role_list("posted_roles")


def head_roles() -> frozenset[str]:
    """Offices that head a state or government: their holder sits in on no summons."""
    return role_list("head_roles")


def is_head_role(role: str | None) -> bool:
    """Whether a role is a head's office, modifiers before it allowed ('interim president')."""
    role = (role or "").lower()
    return any(role == h or role.endswith(f" {h}") for h in head_roles())


def era_modifiers() -> frozenset[str]:
    """Modifiers that name an era before a head's office ('under President X')."""
    return role_list("era_modifiers")


def press_roles() -> frozenset[str]:
    """The press ('journalist', 'correspondent'): they report on a meeting and head no side."""
    return role_list("press_roles")


def rankless_roles() -> frozenset[str]:
    """A foreign service member named by no post or rank ('diplomat'): named for what befell him,
    he heads no side by the model's choice."""
    return role_list("rankless_roles")


def heir_roles() -> frozenset[str]:
    """Heirs of a monarch ('crown prince'): beside a head of their state they lead no side."""
    return role_list("heir_roles")


def _role_features(person: Person) -> dict[str, float]:
    """The class of the role ('foreign minister' is a principal), and whether a modifier makes
    it a second ('deputy foreign minister')."""
    feats = dict(_role_class((person.role or "").lower()))
    if len(person.name.split()) > 1:
        feats["full_name"] = 1.0
    return feats


def role_features(role: str) -> dict[str, float]:
    """The classes of a role ('role:principal', 'role:subordinate'), as the model reads them."""
    return dict(_role_class(role.lower()))


@lru_cache(maxsize=1024)  # a role is classed once, not once per person and article
def _role_class(role: str) -> dict[str, float]:
    """The role's features; callers copy the dict before adding to it."""
    feats: dict[str, float] = {}
    words = role.split()
    for name, roles in role_classes():
        if name == "subordinate":
            if words[:-1] and any(w in roles for w in words[:-1]):
                feats["role:subordinate"] = 1.0
        elif any(role == r or role.endswith(" " + r) for r in roles):
            feats.setdefault(f"role:{name}", 1.0)
    if not feats:
        feats["role:other" if role else "role:none"] = 1.0
    return feats


def _token_features(at: list[tuple[int, int]], index: SurnameIndex) -> dict[str, float]:
    """How close the person stands to a meeting word (`subject_near`: right before it, 'X met'),
    after 'with', right before 'received', before 'said'. A meeting word or 'with' before the
    name is counted to the name's first word, a word after it from the surname: a long name is
    as near them as a short one."""
    best = 99
    after_with = before_with = speaker = subject = subject_near = mediator = 0.0
    for i, k in at:
        start = index.start((i, k))
        for trig in index.triggers.get(i, ()):
            best = min(best, start - trig if trig < start else abs(trig - k))
            subject = max(subject, float(0 < trig - k <= 12))
            subject_near = max(subject_near, float(0 < trig - k <= 3))
        if any(0 < start - w <= 6 for w in index.counterpart.get(i, ())):
            after_with = 1.0
        if any(0 < w - k <= 3 for w in index.counterpart.get(i, ())):
            before_with = 1.0
        # 'said the Belgian foreign minister, X'; a bare name counts from its surname ('said
        # that Jorge Rodriguez is abroad' is no quote of his)
        opens = index.opens.get((i, k), k)
        if any(0 < s - k <= 4 or 0 < opens - s <= 3 for s in index.speech.get(i, ())):
            speaker = 1.0
        if any(abs(w - k) <= 10 for w in index.mediation.get(i, ())):
            mediator = 1.0
    return {
        "trig_near": float(best <= 4), "trig_mid": float(4 < best <= 12),
        "after_with": after_with, "before_with": before_with, "speaker": speaker,
        "subject": subject, "subject_near": subject_near, "mediator": mediator,
    }  # fmt: skip


def _adjacent(at: list[tuple[int, int]], index: SurnameIndex) -> set[str]:
    """States named within a few words of the person ('Russlands Außenminister Lawrow',
    'Barrot (Frankreich)', 'president of Kenya, Uhuru Kenyatta')."""
    return {
        code
        for i, k in at
        for kc, code in index.countries[i]
        if kc - index.start((i, k)) >= -_ADJACENT and kc - k <= 3
    }


def _pairs(seen: dict[str, list[int]], sents: set[int]) -> dict[str, bool]:
    """Per person, whether another person is named with them in a meeting sentence."""
    count: dict[int, int] = {}
    for indices in seen.values():
        for i in set(indices) & sents:
            count[i] = count.get(i, 0) + 1
    return {pid: any(count.get(i, 0) > 1 for i in set(v) & sents) for pid, v in seen.items()}


@dataclass
class _Article:
    """What every pair of one article shares."""

    parties: set[str]
    main_parties: set[str]
    meeting_sents: set[int]
    counts: dict[str, int]
    triggers: set[int]
    home: str | None
    home_codes: frozenset[str]
    summoner: str | None


def _article(art: ArticleContext, meetings: list[Meeting], home: str | None,
             home_codes: frozenset[str], index: SurnameIndex) -> _Article:  # fmt: skip
    starts = {e.start for m in meetings for e in m.evidence}
    counts: dict[str, int] = {}
    for row in index.countries:
        for _, code in row:
            counts[code] = counts.get(code, 0) + 1
    return _Article(
        parties={c for m in meetings for c in m.parties},
        main_parties=set(meetings[0].parties) if meetings else set(),
        meeting_sents={i for i, ctx in enumerate(art.sentences) if ctx.sentence.start in starts},
        counts=counts, triggers=_meeting_sentences(art), home=home, home_codes=home_codes,
        summoner=_summoner(art, meetings[0]) if meetings else None,
    )  # fmt: skip


def _summoner(art: ArticleContext, meeting: Meeting) -> str | None:
    """The state that summons, where the main meeting is a summons (the meeting word of its
    first telling is a summons verb; a visit told first stays a visit, whatever 'summoned' a later
    sentence has): it sits where its ministry does, and the other side is the envoy's."""
    if meeting.city is None or not meeting.evidence:
        return None
    pats, lang = meeting_patterns(art.lex.lang), art.lex.lang
    first = min(e.start for e in meeting.evidence)
    told = next((c.sentence.text for c in art.sentences if c.sentence.start == first), "")
    word = pats.trigger(told)
    if word is None or not is_summons(word.group(), lang):
        return None
    return place_country(meeting.city, lang)


def _meeting_sentences(art: ArticleContext) -> set[int]:
    """Sentences with a meeting word, compounds and split verbs included ('telefonierte')."""
    pats = meeting_patterns(art.lex.lang)
    return {i for i, ctx in enumerate(art.sentences) if pats.trigger(ctx.sentence.text)}


def _interactions(f: dict[str, float]) -> None:
    """Products of features whose meaning depends on each other: a home state matters for a
    person of no stated state; a principal's rank counts where a meeting is described."""
    inferred, principal = f.get("inferred", 0.0), f.get("role:principal", 0.0)
    meeting = max(f.get("trigger", 0.0), f.get("in_meeting", 0.0))
    f["x_inferred_home"] = inferred * max(f.get("home", 0.0), f.get("home_lang", 0.0))
    f["x_inferred_adjacent"] = inferred * f.get("adjacent", 0.0)
    f["x_principal_meeting"] = principal * meeting
    f["x_own_meeting"] = f.get("own", 0.0) * meeting
    f["x_not_own"] = (1.0 - inferred) * (1.0 - f.get("own", 0.0))
    speaker = f.get("speaker", 0.0)
    f["x_quoted_only"] = speaker * (1.0 - f.get("trigger", 0.0))


def _person_features(
    person: Person,
    place: tuple[int, bool],
    seen: tuple[list[tuple[int, int]], list[int]],
    index: SurnameIndex,
    shared: _Article,
) -> dict[str, float]:
    """What the person brings to every state they might stand for: the role, where in the text they
    are named (`place`: their order and whether another is named with them in a meeting sentence;
    `seen`: their surname positions and sentences) and how near the meeting words they stand."""
    order, paired = place
    at, sents = seen
    person_f = _role_features(person)
    person_f.update(_token_features(at, index))
    person_f.update(
        inferred=float(person.country is None), lead=float(sents[0] <= 1),
        early=1.0 / (1 + sents[0]), mentions=math.log1p(len(sents)),
        in_meeting=float(bool(shared.meeting_sents.intersection(sents))),
        trigger=float(bool(shared.triggers.intersection(sents))),
        trigger_first=float(bool(shared.triggers) and sents[0] == min(shared.triggers)),
        paired=float(paired), headline=float(sents[0] == 0),
        complement=float(bool(at) and set(at) <= index.complement),
        first_person=float(order == 0),
    )  # fmt: skip
    return person_f


def _options(person: Person, near: set[str], shared: _Article, implied: set[str]) -> set[str]:
    """The states the person may stand for. A stated country may be misread ('President Uhuru
    Kenyatta' next to 'Israeli'): the meeting's parties stay options, the model weighs the
    stated one; so does the state the officeholder file knows him for (`known.py`)."""
    if person.country:  # and the state the officeholder file knows him for, if another
        return {person.country} | shared.main_parties | implied
    home = {shared.home} if shared.home else set()
    return near | shared.parties | home | implied


@dataclass(frozen=True, slots=True)
class _Standing:
    """Where one person stands in the article: read once, shared by every state he may stand for."""

    person: Person
    order: int
    head: bool
    near: set[str]  # states named in his sentences; `adjacent`: right beside his surname
    adjacent: set[str]
    first_near: set[str]  # states named in his first sentence
    options: set[str]
    implied: str | None
    known: str | None


def _pair_features(country: str, who: _Standing, shared: _Article, first: bool) -> dict[str, float]:
    """A pair's own features beside the person's; `first`: he is the first named for that state."""
    return dict(
        own=float(who.person.country == country), home=float(country == shared.home),
        home_lang=float(country in shared.home_codes), party=float(country in shared.parties),
        main_party=float(country in shared.main_parties), near=float(country in who.near),
        first_of_country=float(first),
        country_mentions=math.log1p(shared.counts.get(country, 0)),
        options=math.log1p(len(who.options)), adjacent=float(country in who.adjacent),
        sole_adjacent=float(who.adjacent == {country}),
        sole_first=float(who.first_near == {country}),
        implied=float(who.implied == country), known=float(who.known == country),
        summoned_side=float(shared.summoner not in (None, country)),
        x_summons_head=float(shared.summoner is not None and who.head),
        x_summoned_not_envoy=float(shared.summoner not in (None, country)) * not_envoy(who.person),
    )  # fmt: skip


def candidates(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    home: str | None,
    home_codes: frozenset[str],
    index: SurnameIndex,
    implied: dict[str, str] | None = None,
    known: dict[str, str] | None = None,
) -> list[Candidate]:
    """Every (person, state) pair worth deciding on, with its features (`index`: `surname_index`
    of the people's surnames; `known`: states of officeholders named without one, `known.py`)."""
    implied, known = implied or {}, known or {}
    shared = _article(art, meetings, home, home_codes, index)
    at = {p.id: index.words.get(p.name.split()[-1], []) for p in people}
    seen = {pid: sorted({i for i, _ in pos}) or [0] for pid, pos in at.items()}
    paired = _pairs(seen, shared.triggers)
    first_by_country: dict[str, int] = {}
    out: list[Candidate] = []
    for order, person in enumerate(people):
        sents = seen[person.id]
        near = {code for i in sents for _, code in index.countries[i]}
        person_f = _person_features(person, (order, paired[person.id]), (at[person.id], sents),
                                    index, shared)  # fmt: skip
        hinted = {s for s in (implied.get(person.id), known.get(person.id)) if s is not None}
        who = _Standing(
            person, order, (person.role or "").lower() in head_roles(), near,
            _adjacent(at[person.id], index), {code for _, code in index.countries[sents[0]]},
            _options(person, near, shared, hinted), implied.get(person.id), known.get(person.id),
        )  # fmt: skip
        for country in sorted(who.options):
            first_by_country.setdefault(country, order)
            f = person_f | _pair_features(country, who, shared, first_by_country[country] == order)
            _interactions(f)
            out.append(Candidate(person, country, f))
    return out
