"""Which words of a language head, modify or open a title, and which words are names.

One scanner per lexicon: its word sets are built once and its answers per word remembered, since
every sentence asks again about the same words.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise
from typing import TypeVar

from ingest.extract.mentions import Token, drop_elision, tokenize
from ingest.lang.delegation_nouns import delegation_noun_regex
from ingest.lang.lexicon import Lexicon, every_language

_T = TypeVar("_T")

# 'al-Harbi', 'bin-Salman': a lower-case article joined to a capitalised name
_ARTICLE_NAME = re.compile(
    r"^(?:" + "|".join(map(re.escape, every_language("name_articles"))) + r")-[A-Z\u00c0-\u00de]"
)
# 'UN-Political', 'VN-stemming', 'EU-Gipfel': an acronym joined to a word names a body or a thing
_ACRONYM_COMPOUND = re.compile(r"^[A-Z]{2,}-")


def _plain(word: str) -> str:
    """The word without accents ('étrangères' -> 'etrangeres')."""
    if word.isascii():
        return word  # nothing to decompose, most words: no character-by-character pass
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_MIN_STEM = 3  # letters before a short head: 'EU-chef', 'Atomchef'
_MIN_PLURAL = 7  # a plural head that may end a compound: 'ministern', not 'chefs'
_UNKNOWN = "\0unknown"  # no head role is this: a word not yet asked about


class TitleScanner:
    """Token classes for one language; kept per lexicon so the sets are built once."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.heads = {k.lower(): v for k, v in lex.heads.items()}
        self.suffix_heads = sorted(  # longest first: 'sonderbeauftragte' before 'beauftragte'
            (h for h in self.heads if len(h) >= 6 and " " not in h), key=len, reverse=True
        )
        self._title_words(lex)
        self._clause_words(lex)
        self._name_words(lex)
        self._derived_sets(lex)
        # Answers per word: every sentence asks again about the same words. Cleared when full,
        # so a long ingest keeps memory flat.
        self._memo: dict[str, str | None] = {}
        self._names: dict[str, bool] = {}
        self._titleish: dict[str, bool] = {}
        # Words that neither head nor modify a title nor end a two-word head: most of a
        # sentence's words, told apart from the rest by one set test each.
        self._quiet: set[str] = set()
        self._loud: set[str] = set()

    def _title_words(self, lex: Lexicon) -> None:
        """The language file's words that head, modify or end a title, as sets."""
        self.modifiers = {k.lower(): v for k, v in lex.mapping("title_modifiers").items()}
        self.orgs = lex.word_set("org_words")
        # 'minister bevoegd voor water', 'président provisoire': words that carry a title on
        self.qualifiers = lex.word_set("title_qualifiers")
        # 'a.i.', 'par intérim': a qualifier the tokeniser splits ('a . i .'), as its token
        # count and its written form, longest first, so 'a.i.' is read before 'a.i'
        split = {(len(tokenize(q, 0)), " ".join(q.split())) for q in self.qualifiers}
        self.qualifier_phrases = tuple(sorted((p for p in split if p[0] > 1), reverse=True))
        # their first letters: a token opening none is answered without building a surface
        self.qualifier_starts = frozenset(written[:1] for _, written in self.qualifier_phrases)
        self.connectors = lex.word_set("title_connectors")
        # 'First Deputy Foreign Minister': an ordinal rank that opens a title, read into it
        self.ranks = lex.word_set("title_ranks")
        self.retinue = lex.word_set("retinue_connectors")  # 'envoy of President X'
        self.own = lex.word_set("own_country_connectors")
        self.possessives = lex.word_set("title_possessives")
        self.plural_heads = lex.word_set("plural_heads")
        # 'die Botschafter': an article that makes a head plural unless it ends as a singular one
        self.plural_articles = {
            k.lower(): tuple(v) for k, v in lex.mapping("plural_articles").items()
        }  # fmt: skip
        # 'head of the French delegation', 'chef de la délégation': a side's noun ends a title
        self.delegation_noun = delegation_noun_regex(lex.lang).fullmatch
        # 'head of', 'hoofd van': a word that heads the body named after it ('head of the SVR')
        self.body_heads = lex.word_set("body_heads")
        # 'die sechs Außenminister': a number above one makes a title plural
        self.counts = frozenset(k.lower() for k, v in lex.mapping("numbers").items() if v != 1)
        self.compound_titles = bool(lex.data["compound_titles"])  # titles fuse into compounds
        # 'Navo-chef', 'Geheimdienstchef': heads too short to end any compound safely end these
        self.short_heads = {k.lower(): v for k, v in lex.mapping("compound_short_heads").items()}

    def _clause_words(self, lex: Lexicon) -> None:
        """The language file's words of the clause around a title: articles, copulas, list joiners,
        capacity phrases, relative pronouns; as sets."""
        self.dets = lex.word_set("determiners")
        self.copulas = lex.word_set("copulas")
        self.capacity = tuple(tuple(p.lower().split()) for p in lex.words("capacity_phrases"))
        # Their last words: a title after none of them follows no capacity phrase (most titles).
        self.capacity_ends = frozenset(p[-1] for p in self.capacity if p)
        # 'X, bisher Ministerialdirektor', 'Y, nu ambassadeur': words between a name and its title
        self.appo_adverbs = lex.word_set("apposition_adverbs")
        self.joiners = lex.word_set("list_joiners")
        # 'les chefs d'Etat respectifs, A et B': words a plural title takes after it
        self.plural_tails = lex.word_set("plural_title_tails")
        self.relatives = lex.word_set("relative_pronouns")
        # 'X, die toen president was': a form of 'to be' that closes a relative clause
        self.be_forms = lex.word_set("stop_copulas")
        self.capacity_words = lex.word_set("capacity_words")  # 'Maduro comme président'
        # 'ministers, including A and B': phrases that open the list a plural title holds
        # (an empty phrase, a slip in a language file, would open a list at every word)
        self.plural_inclusions = tuple(
            words
            for p in lex.words("plural_list_inclusions")
            if (words := tuple(t.lower for t in tokenize(p, 0)))
        )
        self.capital_nouns = lex.word_set("capital_nouns")
        self.function_words = lex.word_set("function_words")
        self.companions = lex.word_set("companion_words")

    def _name_words(self, lex: Lexicon) -> None:
        """The language file's words inside names or before them: particles, name articles,
        honorifics, months ('Theresa May'); as sets."""
        self.particles = lex.word_set("name_particles")
        self.name_articles = lex.word_set("name_articles")  # 'al', 'bin': Arabic names
        self.patronymics = lex.word_set("patronymic_particles")
        self.second_particles = frozenset(lex.words("second_particles"))  # 'von der', 'van den'
        self.lone_particles = frozenset(lex.words("lone_particles"))  # 'Joop den Uyl'
        self.title_particles = frozenset(lex.words("title_particles"))  # 'général de Gaulle'
        self.particle_chains = tuple(  # 'von und zu': one particle of several words
            tuple(w.lower() for w in chain.split()) for chain in lex.words("particle_chains")
        )
        self.honorifics = frozenset(lex.words("honorifics"))
        self.courtesy = frozenset(lex.words("courtesy_forms"))
        self.lineage_honorifics = frozenset(lex.words("lineage_honorifics"))  # 'Cheikh'
        self.abbreviations = lex.word_set("abbreviations")  # 'Gen.', 'Col.': a stop written on
        self.months = frozenset(w.lower() for w in lex.mapping("months"))
        # 'Wu Hongbo Meets with', 'Elbegdorj Held a': a headline capitalises the verb after a
        # name; the one-word meeting and leading verbs end a name
        self.verbs = frozenset(
            w.lower()
            for w in [*lex.mapping("meeting_verbs"), *lex.words("light_meeting_verbs"),
                      *lex.words("lead_active")]
            if " " not in w
        )  # fmt: skip

    def _derived_sets(self, lex: Lexicon) -> None:
        """Sets derived from the lists, for the set tests that rule most words out at once."""
        self._any_suffix = tuple(self.suffix_heads)  # one endswith() call rules most words out
        # First words of the inclusion phrases: a token that is none opens none (most tokens)
        self.inclusion_firsts = frozenset(p[0] for p in self.plural_inclusions)
        # words of buildings and bodies ('Witte Huis', 'Palais de Koulouba') name no person
        self.venue_words = frozenset(
            w.lower() for v in [*lex.words("venue_nouns"), *lex.mapping("seat_venues")]
            for w in v.split()
        )  # fmt: skip
        self.plain_stop = frozenset(_plain(w) for w in lex.stop)
        self.lead_plain_stop = frozenset(_plain(w[:1]) + w[1:] for w in lex.stop)
        self.plain_orgs = frozenset(_plain(w) for w in self.orgs)
        self.org_suffixes = tuple(o for o in self.orgs if len(o) >= 6 and " " not in o)
        # heads of several words ('chief of staff', "chef d'état-major"), apostrophes made one
        self.phrase_heads = {_straight(h): r for h, r in self.heads.items() if " " in h}
        # their last words, each with the lengths of the phrases it ends, longest first: a token
        # that ends none (most tokens) is ruled out by one lookup
        ends: dict[str, set[int]] = {}
        for phrase in self.phrase_heads:
            words = phrase.split(" ")
            ends.setdefault(words[-1], set()).add(len(words))
        self.phrase_ends = {w: tuple(sorted(n, reverse=True)) for w, n in ends.items()}
        last = frozenset(h.rsplit(" ", 1)[1] for h in self.heads if " " in h)
        self._pair_seconds = last | frozenset(self.phrase_ends)  # as written and straightened
        self.phrase_lengths = tuple(sorted({n for ns in ends.values() for n in ns}, reverse=True))
        # 'Bundesministern', 'Staatssekretärinnen': a compound ends in a plural head
        self._plural_suffixes = tuple(h for h in self.plural_heads if len(h) >= _MIN_PLURAL)
        # bodies of one state ('Auswärtiges Amt', 'KPdSU'): a title at one is that state's; the
        # summoning ministries with a code count, those of 'the article's own country' do not
        bodies = {**lex.mapping("summoning_bodies"), **lex.mapping("state_bodies")}
        self.body_states = {
            " ".join(t.lower.replace("\u2019", "'") for t in tokenize(k, 0)): str(v)
            for k, v in bodies.items() if v
        }  # fmt: skip
        self.body_length = max((k.count(" ") + 1 for k in self.body_states), default=0)

    def phrase_head(self, tokens: list[Token], i: int) -> int:
        """How many tokens the longest head of several words ending at token `i` spans ('Chief
        of Staff', 'chargé d'affaires'); 0 where none ends there."""
        lengths = self.phrase_ends.get(_straight(tokens[i].lower), ())
        for n in lengths:
            words = tokens[i - n + 1 : i + 1] if n <= i + 1 else []
            if words and " ".join(_straight(t.lower) for t in words) in self.phrase_heads:
                return n
        return 0

    def head_at(self, tokens: list[Token], k: int, right: int, least: int = 2) -> str | None:
        """The role of the longest head of `least` words or more opening at token `k` and
        ending by `right` ('chief of staff' before 'chief'); None where none opens there."""
        for n in self.phrase_lengths:
            if least <= n and k + n - 1 <= right:
                words = " ".join(_straight(t.lower) for t in tokens[k : k + n])
                if words in self.phrase_heads:
                    return self.phrase_heads[words]
        return None

    def qualifier_length(self, tokens: list[Token], k: int) -> int:
        """How many tokens a qualifier the tokeniser split spans from token `k` ('a.i',
        'par intérim'); its tokens must be spaced as the qualifier is written ('a. i' is none).
        0 where none opens there."""
        if k >= len(tokens) or tokens[k].lower[:1] not in self.qualifier_starts:
            return 0
        for n, written in self.qualifier_phrases:
            words = tokens[k : k + n]
            if len(words) == n and _surface(words) == written:
                return n
        return 0

    def plural(self, word: str) -> bool:
        """A plural head: 'ministers', one fused to a modifier ('oud-ambassadeurs') and, where
        titles fuse into compounds, one ending a compound ('Bundesministern')."""
        if word in self.plural_heads or word.rpartition("-")[2] in self.plural_heads:
            return True
        return self.compound_titles and word.endswith(self._plural_suffixes)

    def head_role(self, word: str) -> str | None:
        role = self._memo.get(word, _UNKNOWN)  # asked of every token: one lookup
        if role is not _UNKNOWN:
            return role
        role = self._head_role(word)
        _remember(self._memo, word, role)
        return role

    def _head_role(self, word: str) -> str | None:
        word = drop_elision(word)
        if word in self.heads:
            return self.heads[word]
        first, dash, last = word.partition("-")
        if dash and first in self.modifiers and last in self.heads:
            return self.heads[last]  # 'vice-chancelier': a modifier fused to its head
        if self.compound_titles:
            return (
                self._compound_role(word)
                or (  # 'des Botschafters': a genitive -s
                    self._compound_role(word[:-1]) if word.endswith("s") else None
                )
            )
        return None

    def _compound_role(self, word: str) -> str | None:
        if word in self.heads:
            return self.heads[word]
        if word.endswith(self._any_suffix):  # 'Außenminister'
            for head in self.suffix_heads:
                if word.endswith(head):
                    return self.heads[head]
        return next(
            (role for head, role in self.short_heads.items()
             if word.endswith(head) and len(word) - len(head) >= _MIN_STEM),
            None,
        )  # fmt: skip

    def title_words(self, tokens: list[Token]) -> list[int]:
        """Indexes of the tokens that may open a title: a head, a modifier or the second word
        of a two-word head ('chargé d'affaires'); the others are remembered as quiet."""
        quiet, loud = self._quiet, self._loud
        found = [i for i, t in enumerate(tokens) if t.lower not in quiet]
        if all(tokens[i].lower in loud for i in found):
            return found
        return [i for i in found if tokens[i].lower in loud or self._sort_word(tokens[i].lower)]

    def _sort_word(self, word: str) -> bool:
        """True when the word may open a title; the answer is kept in `_loud` or `_quiet`."""
        loud = (
            self.head_role(word) is not None or word in self.modifiers or word in self._pair_seconds
        )
        kept = self._loud if loud else self._quiet
        if len(kept) >= _MEMO_SIZE:
            kept.clear()
        kept.add(word)
        return loud

    def titleish(self, word: str) -> bool:
        known = self._titleish.get(word)
        if known is None:
            known = _remember(self._titleish, word, self._is_titleish(word))
        return known

    def _is_titleish(self, word: str) -> bool:
        if word in self.modifiers or word in self.orgs or word in self.qualifiers:
            return True
        if self.head_role(word) is not None:
            return True
        bare = drop_elision(word)  # "d'europe" in 'directeur d'Europe continentale'
        if bare != word and (bare in self.modifiers or bare in self.orgs):
            return True
        return _plain(bare) in self.plain_orgs  # "l'Etat": a capital drops its accent

    def name_token(self, token: Token) -> bool:
        known = self._names.get(token.base)
        if known is None:
            known = _remember(self._names, token.base, self._is_name(token.base))
        return known

    def _is_name(self, word: str) -> bool:
        if _ARTICLE_NAME.match(word):
            return True  # 'al-Harbi', 'el-Sisi', 'bin Salman' keep their lower-case article
        if len(word) < 2 or not word[0].isupper() or word.isupper() or word.isdigit():
            return False
        if _ACRONYM_COMPOUND.match(word):
            return False
        lower = word.lower()
        return (
            lower not in self.lex.stop
            and self.head_role(lower) is None
            and not self._body_word(lower)
        )

    def _body_word(self, lower: str) -> bool:
        """A word of a building or body: 'Huis', 'Palais'; 'Etrangères' with the accent a
        capital drops; a compound ending in an organisation ('Vereinigungsministeriums')."""
        return (  # asked only through name_token, whose answers are remembered
            lower in self.venue_words
            or self.stop_unaccented(lower)
            or (self.compound_titles and lower.endswith(self.org_suffixes))
        )

    def stop_unaccented(self, lower: str) -> bool:
        """A function word written without its accents ('Etrangeres'), or with the first one
        a capital drops ('Etrangères'); an accent the word has and the function word lacks makes
        it another word, a name's ('Lê Hoài Trung' is no 'le')."""
        if lower[1:].isascii():
            return _plain(lower) in self.plain_stop
        return _plain(lower[:1]) + lower[1:] in self.lead_plain_stop


def _surface(tokens: list[Token]) -> str:
    """The tokens as written, lower case, a gap of any width as one space."""
    out = tokens[0].lower
    for prev, token in pairwise(tokens):
        out += (" " if token.start > prev.end else "") + token.lower
    return out


def _straight(text: str) -> str:
    """The typographic apostrophe as the plain one: heads are listed with either."""
    return text.replace("\u2019", "'")


_MEMO_SIZE = 50_000  # words remembered per scanner and question


def _remember(memo: dict[str, _T], word: str, answer: _T) -> _T:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[word] = answer
    return answer
