"""The principal one meets heads his state's side: 'the President will hold delegation talks
with President of The Gambia, Mr. Adama Barrow', 'in meinem ersten Gespräch mit Präsident
Menem', 'il s'entretient avec le président Habyarimana', 'een Treffen mit Bundeskanzlerin
Merkel'.

A head of state or government, or a foreign minister, named right after the marker of whom a
meeting word meets ('with', 'mit', 'avec', 'met') is the other side of that meeting; a talk verb
counts as a meeting word ('spreken zij met president X'), also where it closes the clause right
after him, as German and Dutch put it ('wird er mit Ministerpräsident X sprechen'). The leader
model scores such a person low when he is named once and his state many times, or his state is
only the one the officeholder file knows him for; the tie of the sentence is plain, and
`leaders.tied` reads it only for the host of a two-state meeting. Being met says less than
'led by', so it only fills a side nothing else has led, and never in a sentence that denies
('Ein Treffen mit Merkel kam nicht zustande') or that tells a further or another meeting ('also
met with President X', 'had previously met').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.descriptions import principal
from ingest.extract.leaders.known import office_years
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.extract.mentions import PersonMention
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.lang.roles import past_role
from ingest.models import Delegation, Meeting

RULE = "lead-met"
_REACH = 40  # characters from the meeting word to 'with' ('held delegation talks with')
_FINAL_REACH = 30  # characters from the one met to a verb closing the clause ('mit X sprechen')
_MAX_MET = 2  # people named from the one met on: more list a round of calls


@dataclass(frozen=True)
class MetWords:
    markers: re.Pattern[str]  # 'with', 'mit', 'avec', 'met', 'received'
    negations: re.Pattern[str]  # 'not', 'nicht': the meeting is denied
    shifts: re.Pattern[str]  # 'also', 'auch', 'previously', 'damals': a further or other meeting
    dets: frozenset[str]  # 'the', 'dem': between the marker and the title
    talks: re.Pattern[str]  # 'spricht', 'spreken': talking with one is meeting him


def _met_verbs(lang: str) -> list[str]:
    """Verbs that name the one met right after them with no 'with' ('pour rencontrer le roi X',
    'rencontrera le président X', 'reçoit le Premier ministre X'): each is a marker of whom one
    meets and a meeting word at once, so the infinitive, present and future a French report of a
    coming visit uses count as the passé composé ('a rencontré') already does."""
    return load_lexicon(lang).words("met_verbs")


@lru_cache(maxsize=8)
def met_words(lang: str) -> MetWords:
    lex = load_lexicon(lang)
    return MetWords(
        markers=phrase_regex([*lex.words("counterpart_markers"), *_met_verbs(lang)]),
        negations=phrase_regex(lex.words("negation_words")),
        shifts=phrase_regex(lex.words("apposition_adverbs")),
        dets=lex.word_set("determiners"),
        talks=phrase_regex([*lex.words("met_talk_words"), *_met_verbs(lang)]),
    )


def met_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states no leading phrase and no model pair gave a head, headed by the
    principal a meeting word meets: his state is the one his title states, else the one the
    officeholder file knows him for in the article's years."""
    sides = OpenSides.after(delegations)
    years = office_years(art, meetings)
    for ctx in art.sentences:
        for mention in met_people(ctx, art.lex.lang):
            person = registry.find(mention.name)
            if person is None or person.title is None:
                continue
            sides.head_told(ctx, person, mention.country, years, meetings, RULE)
    return sides.filled


def met_people(ctx: SentenceContext, lang: str) -> list[PersonMention]:
    """The principals named right after a meeting or talk word's 'with' (a determiner between
    at most), or right before such a word closing the clause, in a sentence that denies nothing
    and shifts nothing: one met 'also' ('traf auch mit Präsident X zusammen') is called on
    beside the talks, whose counterpart heads the side; one met 'previously', 'then' or 'later'
    at another meeting than the article's."""
    if not ctx.mentions.people:
        return []
    s = ctx.sentence
    pats = meeting_patterns(lang)
    words = met_words(lang)
    talks = [t.span() for t in words.talks.finditer(s.text)]
    if pats.trigger(s.text) is None and not talks:
        return []
    if words.negations.search(s.text) is not None or words.shifts.search(s.text) is not None:
        return []
    anchors = [t.span() for t in pats.triggers.finditer(s.text)] + talks
    out: list[PersonMention] = []
    for marker in words.markers.finditer(s.text):
        end = s.start + marker.end()
        person = next((p for p in ctx.mentions.people if p.span_start >= end), None)
        if person is None or not _right_after(ctx, end, person, words):
            continue
        at = marker.start()
        before = any(start <= at and at - stop <= _REACH for start, stop in anchors)
        if not before and not _closed_by(ctx, person, anchors):
            continue
        if _principal_now(person) and not _listed(ctx, person) and person not in out:
            out.append(person)
    return out


def _closed_by(ctx: SentenceContext, person: PersonMention, anchors: list[tuple[int, int]]) -> bool:
    """Whether a meeting word closes the clause right after the one met, only lower-case
    words between (German and Dutch put the verb last: 'wird er mit Präsident X sprechen',
    'zal hij met president X spreken')."""
    at = person.span_end - ctx.sentence.start
    for start, _ in anchors:
        if 0 <= start - at <= _FINAL_REACH:
            gap = ctx.sentence.text[at:start].split()
            return all(w.isalpha() and w.islower() for w in gap)
    return False


def _listed(ctx: SentenceContext, person: PersonMention) -> bool:
    """Whether the person opens a list of more than two people met ('a rencontré le Président
    de la République, X, le Premier Ministre, Y, et le Secrétaire d'Etat, Z'): one of a round
    of hosts a group calls on, not the other side of one meeting."""
    names = {p.name for p in ctx.mentions.people if p.span_start >= person.span_start}
    return len(names) > _MAX_MET


def _right_after(ctx: SentenceContext, at: int, person: PersonMention, words: MetWords) -> bool:
    gap = ctx.local(at, person.span_start).lower().split()
    return all(w in words.dets for w in gap)


def _principal_now(person: PersonMention) -> bool:
    """A head of state or government or a foreign minister in office ('former President X'
    is named for what he once did)."""
    role = (person.role or "").lower()
    return principal(role) and not past_role(role)
