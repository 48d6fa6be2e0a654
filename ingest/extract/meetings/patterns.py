"""Meeting words of one language compiled once: triggers, kinds, rounds, venues, speech verbs.

Shared by the meeting rules (`meetings`) and their places (`places`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.lang.lexicon import Lexicon, load_lexicon, phrase_regex

# Under re.I a letter below matches exactly the characters whose lower() is that letter, save
# the three in _FOLD_ODD (checked over all of Unicode): a compound noun spelt in these letters
# can match only where the lower-cased text contains it, unless one of the odd three occurs.
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüéèêàâçëïîôûß")
_FOLD_ODD = frozenset("\u0130\u0131\u017f")  # dotted capital I, dotless i, long s
_KEPT = 512  # texts whose trigger is remembered
_LIGHT_REACH = 48  # 'held a second day of high-level talks'


@dataclass(frozen=True)
class Patterns:
    triggers: re.Pattern[str]
    kinds: dict[str, str]
    previous: re.Pattern[str]
    following: re.Pattern[str]  # 'the next round', 'another meeting': a meeting still to come
    of_words: frozenset[str]  # 'the next round of sanctions': what the round is of
    repeat: re.Pattern[str]  # 'summoned again': an earlier summons besides this one
    light: frozenset[str]  # 'held ... talks': the noun after the verb gives the kind
    cancel: re.Pattern[str]
    future: re.Pattern[str]
    ordinal: re.Pattern[str]
    venue_prep: re.Pattern[str]
    blockers: frozenset[str]
    buildings: tuple[str, ...]
    compounds: tuple[str, ...]  # nouns that also end a compound: 'Regierungskonsultationen'
    compound_re: re.Pattern[str] = field(init=False)  # from `compounds`
    speech: re.Pattern[str]
    call: re.Pattern[str]  # 'by phone', 'par téléphone': the talks were a call
    host: re.Pattern[str]  # 'Turkije trad op als gastheer'
    definite: frozenset[str]
    # 'Themen des Telefonats', 'op zijn telefoongesprek met Poetin': a genitive or a
    # possessive before a meeting word names a meeting already told
    told: frozenset[str]
    reception: frozenset[str]  # 'received', 'ontving': the capital's state receives, a side
    signing: re.Pattern[str]  # 'signed a', 'unterzeichneten': a meeting if signatories are named
    demonstratives: frozenset[str]  # 'these bilateral talks': the meeting already told
    round_nouns: re.Pattern[str]
    speech_last: frozenset[str]  # last words of speech verbs: 'said in Moscow' is no meeting place
    split: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]  # 'sprak in X met'
    split_any: re.Pattern[str]  # every split opener at once: most sentences have none
    compound_plain: bool = field(init=False)  # compounds in _PLAIN_LETTERS: the prefilter holds
    sidelines: re.Pattern[str]  # 'on the sidelines of a forum in X': X's country hosts no talks
    appeal: frozenset[str]  # 'called on': urging, when an object and 'to' follow
    appeal_to: re.Pattern[str]  # 'to' within a few words after the appeal verb
    there: frozenset[str]  # 'er', 'daar', 'there', 'dort', 'y', 'là': the place told before
    recall: re.Pattern[str]  # 'recalled its ambassador for consultations': no one meets
    idioms: re.Pattern[str]  # 'de vlag ging weer in top': a meeting word in a set phrase
    envoys: re.Pattern[str]

    def __post_init__(self) -> None:
        """What the compound nouns imply, worked out from them once per language (every sentence
        asks it), so that no builder can set it apart from them."""
        object.__setattr__(self, "compound_re", _compound_re(self.compounds))
        object.__setattr__(self, "compound_plain", set("".join(self.compounds)) <= _PLAIN_LETTERS)

    def kind(self, word: str) -> str:
        lower = word.lower()
        if lower in self.kinds:
            return self.kinds[lower]
        head = next((c for c in self.compounds if lower.endswith(c)), None)
        return self.kinds.get(head, "meeting") if head else "meeting"

    def trigger_kind(self, text: str, trigger: re.Match[str]) -> str:
        """The kind of the meeting word found in `text`; a split verb's from its particle ('heeft
        ... gebeld met' is a call)."""
        word = trigger.group()
        if word.lower() in self.light:  # 'held a second day of high-level talks'
            noun = self.triggers.search(text, trigger.end(), trigger.end() + _LIGHT_REACH)
            if noun is not None:
                return self.kind(noun.group())
        if word.lower() not in self.kinds:
            for opener, closer, kind in self.split:
                if opener.fullmatch(word) and closer.search(
                    text, trigger.end(), trigger.end() + 48
                ):
                    return kind
        return self.kind(word)

    def call_after(self, text: str, trigger: re.Match[str]) -> bool:
        """Whether the talks or the reception `trigger` tells were a call: 'by phone' after it
        ("s'est entretenu ce jour par téléphone avec"), or a call noun right after it ('received
        a phone call from', 'a reçu mardi un appel téléphonique du')."""
        end = trigger.end()
        if self.call.search(text, end):
            return True
        noun = self.triggers.search(text, end, end + _CALL_NOUN_REACH)
        return noun is not None and self.kind(noun.group()) == "call"

    def is_appeal(self, text: str, trigger: re.Match[str]) -> bool:
        """'called on Russia to negotiate': the meeting verb urges, no one meets."""
        return trigger.group().lower() in self.appeal and bool(
            self.appeal_to.match(text, trigger.end())
        )

    def is_recall(self, text: str, trigger: re.Match[str]) -> bool:
        """'rappelé son ambassadeur pour consultations', 'zu Konsultationen zurückgerufen': an
        envoy called home for consultations is a recall, not a meeting between states."""
        return _within(self.recall, text, trigger) and bool(self.envoys.search(text))

    def is_premises(self, text: str, trigger: re.Match[str], places: frozenset[int]) -> bool:
        """'its trade mission in Washington', 'sa mission commerciale à Washington': a meeting word
        that also names premises, with a city right after a venue word, is the premises there, not
        a journey ('a trade mission to China', 'op handelsmissie in China' name a state).
        `places`: where the cities of `text` start."""
        if trigger.group().lower() not in self.buildings:
            return False
        prep = self.venue_prep.match(text, _past_space(text, trigger.end()))
        return prep is not None and _past_space(text, prep.end()) in places

    def is_idiom(self, text: str, trigger: re.Match[str]) -> bool:
        """'de driekleur ging weer in top' (the flag went up again): the meeting word is part of
        a set phrase that speaks of no meeting."""
        return _within(self.idioms, text, trigger)

    def trigger(self, text: str) -> re.Match[str] | None:
        """The first meeting word of `text`, a compound ending in a meeting noun included;
        remembered per text, as the meeting rules and the leader model both ask it of each
        sentence (kept beside the patterns, which are frozen, so the id stays theirs)."""
        kept = _TRIGGERS.get(id(self))
        if kept is None or kept[0] is not self:
            kept = _TRIGGERS[id(self)] = (self, {})
        found = kept[1]
        if text not in found:
            if len(found) >= _KEPT:
                found.clear()
            found[text] = self._trigger(text)
        return found[text]

    def _trigger(self, text: str) -> re.Match[str] | None:
        plain = self.triggers.search(text)
        compound = self.compound_re.search(text) if self._may_compound(text) else None
        if plain is None or (compound is not None and compound.start() < plain.start()):
            plain = compound
        end = plain.start() if plain is not None else len(text)
        split = self._split_trigger(text, end) if self.split and end else None
        if plain is None or (split is not None and split.start() < plain.start()):
            return split  # 'sprak ... telefonisch met ..., maar dat gesprek': the verb first
        return plain

    def _may_compound(self, text: str) -> bool:
        """False only when `compound_re` surely finds nothing: no compound noun occurs in the
        lower-cased text. The regex (a word of 3+ letters, then a noun) is several times dearer
        than these substring checks, and nl/de sentences mostly lack every noun."""
        if not self.compounds:
            return False
        if not self.compound_plain or not _FOLD_ODD.isdisjoint(text):
            return True  # letters that re.I matches but lower() does not produce: ask the regex
        low = text.lower()
        return any(c in low for c in self.compounds)

    def _split_trigger(self, text: str, end: int) -> re.Match[str] | None:
        """A verb opening before `end` whose particle comes later: 'sprak donderdag in Den
        Haag met'."""
        # One search for all openers first: the per-opener loop only runs when one occurs.
        if self.split_any.search(text, 0, end) is None:
            return None
        for opener, closer, _ in self.split:
            for match in opener.finditer(text, 0, end):
                if closer.search(text, match.end(), match.end() + 48):
                    return match
        return None


_TRIGGERS: dict[int, tuple[Patterns, dict[str, re.Match[str] | None]]] = {}
_CALL_NOUN_REACH = 40  # characters after a reception verb in which a call noun makes it a call


def _past_space(text: str, at: int) -> int:
    """Where the first character after `at` that is no space stands."""
    return len(text) - len(text[at:].lstrip())


def _within(phrases: re.Pattern[str], text: str, trigger: re.Match[str]) -> bool:
    """Whether the meeting word starts inside one of `phrases` found in `text`."""
    return any(m.start() <= trigger.start() < m.end() for m in phrases.finditer(text))


@lru_cache(maxsize=8)
def patterns(lang: str) -> Patterns:
    lex = load_lexicon(lang)
    kinds = _kinds(lex)
    return Patterns(
        triggers=phrase_regex(list(kinds)),
        kinds=kinds,
        previous=phrase_regex(lex.words("previous_markers")),
        following=phrase_regex(lex.words("next_markers")),
        of_words=lex.word_set("of_words"),
        repeat=phrase_regex(lex.words("repeat_markers")),
        light=lex.word_set("light_meeting_verbs"),
        cancel=phrase_regex(lex.words("cancel_words")),
        future=phrase_regex(lex.words("future_words")),
        ordinal=phrase_regex(list(lex.mapping("ordinals"))),
        venue_prep=phrase_regex(lex.words("venue_preps")),
        blockers=_blockers(lex),
        buildings=tuple(k.lower() for k in lex.mapping("property_nouns")),
        compounds=tuple(sorted((w.lower() for w in lex.words("compound_meeting_nouns")), key=len)),
        speech=phrase_regex(lex.words("speech_verbs")),
        call=phrase_regex(lex.words("call_markers")),
        host=phrase_regex(lex.words("host_phrases")),
        definite=lex.word_set("definite_articles"),
        told=lex.word_set("of_words", "title_possessives"),
        demonstratives=lex.word_set("demonstratives"),
        reception=frozenset(_with_adverbs(lex, lex.word_set("reception_verbs"))),
        signing=phrase_regex(lex.words("signing_verbs")),
        round_nouns=phrase_regex(lex.words("round_nouns")),
        speech_last=frozenset(v.lower().split()[-1] for v in lex.words("speech_verbs")),
        split=_split(lex, kinds),
        sidelines=phrase_regex(lex.words("sidelines_markers")),
        split_any=phrase_regex([a for a, _ in lex.data.get("meeting_split", [])]),
        appeal=lex.word_set("appeal_verbs"),
        appeal_to=_appeal_to(lex),
        there=lex.word_set("place_pronouns"),
        recall=phrase_regex(lex.words("recall_phrases")),
        idioms=phrase_regex(lex.words("meeting_idioms")),
        envoys=phrase_regex(lex.words("envoy_nouns")),
    )


def _kinds(lex: Lexicon) -> dict[str, str]:
    """Meeting word -> kind. Every summons verb opens a meeting too ('was called in',
    'convocation'): a summons is one."""
    words = {
        **dict.fromkeys(lex.words("summons_verbs"), "meeting"),
        **lex.mapping("meeting_verbs"),
        **lex.mapping("meeting_nouns"),
    }
    verbs = {k.lower(): v for k, v in lex.mapping("meeting_verbs").items()}
    split = {k: verbs[v] for k, v in _with_adverbs(lex, verbs).items() if k != v}
    return {k.lower(): v for k, v in {**split, **words}.items()}


def _with_adverbs(lex: Lexicon, verbs: Iterable[str]) -> dict[str, str]:
    """Each verb phrase, and each of several words with an adverb after its first word, to the
    phrase it stands for: 'a également reçu' is still 'a reçu' (a French compound tense takes
    the adverb between auxiliary and participle, so the phrase itself would not match)."""
    adverbs = [a.lower() for a in lex.words("verb_adverbs")]
    found = {v.lower(): v.lower() for v in verbs}
    for verb in list(found):
        first, _, rest = verb.partition(" ")
        found.update({f"{first} {a} {rest}": verb for a in adverbs if rest})
    return found


def _blockers(lex: Lexicon) -> frozenset[str]:
    return frozenset({
        *(k.lower() for k in lex.mapping("property_nouns")),
        *lex.heads,
        *(w.lower() for w in lex.words("station_words")),
    })  # fmt: skip


def _compound_re(compounds: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(c) for c in compounds[::-1]) or r"(?!x)x"
    return re.compile(rf"(?<![\w.])\w{{3,}}(?:{body})(?!\w)", re.I)


def _split(
    lex: Lexicon, kinds: dict[str, str]
) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    return tuple(
        (
            phrase_regex([a]),
            phrase_regex([b]),
            kinds.get(f"{a} {b}".lower(), kinds.get(b.lower(), "talks")),
        )
        for a, b in lex.data.get("meeting_split", [])
    )


def _appeal_to(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:[\w'\u2019-]+\s+){1,5}?(?:"
        + "|".join(re.escape(w) for w in lex.words("infinitive_markers"))
        + r")\s+[a-z]"
    )
