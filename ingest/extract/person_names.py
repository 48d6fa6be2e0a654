"""Where a person's name starts and ends: particles ('van der'), initials ('S.V.'), Arabic
articles ('al-'), a place word or a month word that is part of a name. Name words written in
capitals are `name_capitals`."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.mentions import Token
from ingest.extract.name_capitals import capitals_name, capitals_word
from ingest.extract.name_joins import bracketed_given, past_noun_of, split_join, word_surname
from ingest.extract.titles import TitleScanner
from ingest.lang.lexicon import every_language, load_lexicon
from ingest.lang.roles import load_roles, role_list

_MAX_NAME_TOKENS = 4
_INITIAL = re.compile(r"^[A-Z]$")
_MAX_HONORIFICS = 6  # "Samdech Akka Moha Sena Padei Techo Hun Sen": a chain of six
_INITIALS = re.compile(r"^[A-Z]\.(?:-?[A-Z]\.)+$")  # 'L.I.', 'F.-W.'
_BARE_INITIALS = re.compile(r"^[A-Z]{2,3}$")  # 'MM Naravane', 'YK Joshi'
_APOSTROPHES = ("'", "\u2019")
# 'Ts. Elbegdorj', 'Kh. Battulga', 'Ch. Flügge': a transliterated letter or a first sound of two
# letters is an initial, but only with its full stop ('Ts' alone is no initial).
_DIGRAPHS = frozenset(every_language("initial_digraphs"))
_ELIDED = re.compile(r"^(\w)['\u2019](\w[\w-]*)$")  # "d'Estaing", also with a curly apostrophe


def _elided_surname(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> bool:
    """ "Valéry Giscard d'Estaing": an elided particle fused to a capitalised word goes on a name;
    a state or place after it ("Zarka d'Israël") is where the person comes from."""
    return k > j and elided_name_word(tokens[k].text, scan)


def elided_name_word(text: str, scan: TitleScanner) -> bool:
    """Whether a token is an elided particle fused to a capitalised name word ("d'Estaing"),
    not to a state or a place."""
    found = _ELIDED.match(text)
    if found is None or found.group(1).lower() not in scan.particles:
        return False
    rest = found.group(2)
    lex = scan.lex
    return (
        rest[:1].isupper()
        and rest not in lex.countries
        and rest not in lex.places
        and rest not in _first_words(lex.lang)  # "d'Arabie saoudite"
        and (rest.lower() not in lex.stop)
    )


@lru_cache(maxsize=8)
def _first_words(lang: str) -> frozenset[str]:
    """First words of the states' and places' names of several words ('Arabie', 'Corée')."""
    lex = load_lexicon(lang)
    return frozenset(n.split()[0] for n in (*lex.countries, *lex.places) if " " in n)


@lru_cache(maxsize=8)
def _place_openings(lang: str) -> frozenset[str]:
    """First two words of the states' and places' names of several words ('Saint Vincent',
    'Sri Lanka', 'Costa Rica')."""
    lex = load_lexicon(lang)
    return frozenset(" ".join(n.split()[:2]) for n in (*lex.countries, *lex.places) if " " in n)


def _place_as_first_name(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> bool:
    """'Milan Jovic', 'Paris Hilton', 'Foreign Minister Israel Katz': a place word or a state's
    name opening a name right after a title."""
    if k != j:
        return False
    if tokens[k].base in scan.lex.places:
        return k + 1 < len(tokens) and scan.name_token(tokens[k + 1])
    return state_as_first_name(tokens, k, scan)


def state_as_first_name(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A state's name that is also a given name, with a name word right after it ('Israel
    Katz', 'Maurice Schumann', 'Jordan Bardella'): a first name. Other states' names are the
    title's remit ('President Uzbekistan Shavkat Mirziyoyev')."""
    if tokens[k].lower not in scan.lex.word_set("given_name_states") or k + 1 >= len(tokens):
        return False
    return scan.name_token(tokens[k + 1])


def name_run(tokens: list[Token], j: int, scan: TitleScanner) -> int:
    """Index one past the name that starts at `j` (== j when there is none)."""
    if _after_attributive(tokens, j, scan):
        return j
    k = j + bracketed_given(tokens, j, scan)
    words = int(k > j)
    while k < len(tokens) and words < _MAX_NAME_TOKENS:
        token = tokens[k]
        if k > j and token.lower in scan.verbs:
            break  # 'Wu Hongbo Meets with ...': a headline's verb, no surname
        initial = _initial_len(tokens, k) or _bare_initials(tokens, k, j, scan)
        if initial and _name_follows(tokens, k + initial, scan):
            k += initial  # 'S.V. Lawrow', 'S M Krishna', 'Mikhail S. Gorbachev'
        elif k > j and token.base[:1].isupper() and _particle_ok(tokens, k, scan):
            k += 1  # 'Mohamed Ould Cheikh El Ghazouani': a capitalised particle is no name word
            continue
        elif k > j and (joint := split_join(tokens, k, k - j, scan)):
            k += joint  # 'Frank- Walter Steinmeier', 'Jean — Noël Barrault', 'Anwar as- Sadat'
            continue
        elif _name_word(tokens, k, j, scan):
            k += 1
            if token.possessive:
                break
        elif (k > j or token.base[:1].isupper()) and _particle_ok(tokens, k, scan):
            # 'minister De Gucht', 'staatssecretaris Van der Burg': a capitalised particle
            # opens a surname
            k += 1
            continue  # a particle is no name word: 'Tamim bin Hamad Al Thani' has three
        elif words >= 2 and _closing_article(tokens, k, scan):
            k += 1  # 'Bui Thanh Son': a capitalised article word ends a name
            break
        else:
            break
        words += 1
    while k > j and _initial_len(tokens, k - 1) and not scan.name_token(tokens[k - 1]):
        k -= 1  # a run never ends on an initial
    return k


def _name_word(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> bool:
    """Whether token `k` is a word, one `name_run` counts, of the name that starts at `j`: a
    name token, or a word that is one only in its place in a name ('Israel Katz', 'Theresa
    May', 'Ibrahim TRAORÉ', "Giscard d'Estaing", 'Qaboos bin Said')."""
    return (
        scan.name_token(tokens[k])
        or _place_as_first_name(tokens, k, j, scan)
        or (k > j and word_surname(tokens, k, scan))
        or capitals_name(tokens, k, j, scan)
        or _elided_surname(tokens, k, j, scan)
        or _after_article(tokens, k, j, scan)
        or (k > j and _after_chain(tokens, k, scan))
    )


def _after_chain(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A capitalised word right after a particle of several words ('von und zu Liechtenstein'):
    the house's name, even where it is a place's."""
    return tokens[k].base[:1].isupper() and any(
        k >= len(chain) and tuple(t.lower for t in tokens[k - len(chain) : k]) == chain
        for chain in scan.particle_chains
    )


def _closing_article(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """An article or a possessive with a capital after two name words and before a word
    without one ('le ministre Bui Thanh Son a dit'): inside a sentence, only a name writes it
    so. Before a capitalised word it may be a headline's ('Talks With Xi Jinping The Day')."""
    token = tokens[k]
    if not token.base[:1].isupper() or token.lower not in scan.dets:
        return False
    nxt = tokens[k + 1].base if k + 1 < len(tokens) else ""
    return not nxt[:1].isupper()


@lru_cache(maxsize=8)
def _attributive_endings(lang: str) -> tuple[str, ...]:
    return tuple(load_lexicon(lang).words("attributive_endings"))


def _after_attributive(tokens: list[Token], j: int, scan: TitleScanner) -> bool:
    """'Leiterin der peruanischen Diplomatie', 'van de Europese Gemeenschap': where a state's
    adjective goes before its noun, the capitalised word right after one is that noun, no name."""
    endings = _attributive_endings(scan.lex.lang)
    if j == 0 or not endings:
        return False
    before = scan.lex.countries.get(tokens[j - 1].text)
    # Only an inflected adjective is attributive: 'Frans' in 'Minister Frans Timmermans' is a name.
    inflected = tokens[j - 1].text.endswith(endings)
    return before is not None and before[1] == "adjective" and inflected


def _after_article(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> bool:
    """'Qaboos bin Said', 'Haitham bin Tariq Al Said': a capitalised word right after a patronymic
    or a capitalised name article is a word of the name, even an ordinary one ('Said')."""
    if k <= j or not tokens[k].base[:1].isupper() or not tokens[k].base.isalpha():
        return False
    before = tokens[k - 1]
    capital_article = before.base[:1].isupper() and before.lower in scan.name_articles
    return before.lower in scan.patronymics or capital_article


def _initial_len(tokens: list[Token], k: int) -> int:
    """Tokens of an initial at `k`: 'L.I.' (one token), 'A' + '.', or a bare 'S'."""
    text = tokens[k].text
    if _INITIALS.match(text):
        return 1
    dotted = k + 1 < len(tokens) and tokens[k + 1].text == "."
    if len(text) == 1 and "A" <= text <= "Z":
        return 2 if dotted else 1
    return 2 if dotted and text in _DIGRAPHS else 0


def _bare_initials(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> int:
    """'Gen MM Naravane': two or three capitals opening a name, that are no known word or
    country ('US', 'EU'); never inside a run, where capitals are a surname ('WEN Jiabao')."""
    word = tokens[k].base
    if k != j or not _BARE_INITIALS.match(word) or word.lower() in scan.lex.stop:
        return 0
    if word in scan.honorifics:
        return 0  # 'SEM Mandjou Diobate': an honorific, no initials
    return 1 if k + 1 < len(tokens) and scan.name_token(tokens[k + 1]) else 0


def _name_follows(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A name word (or another initial) right after an initial, or a particle opening the
    surname ('P. de Jong', 'J.M. den Uyl', 'M. van der Stoel')."""
    return k < len(tokens) and (
        scan.name_token(tokens[k]) or _initial_len(tokens, k) > 0 or _particle_ok(tokens, k, scan)
    )


def _particle_ok(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """'van', 'von der', 'de la' inside a name: a particle that a name (or a second particle
    and a name) follows; 'der' alone after a word is an article ('Vertreter der Regierung')."""
    word = tokens[k].lower
    if _in_chain(tokens, k, scan):
        return True
    if word not in scan.particles or k + 1 >= len(tokens):
        return False
    lone = word in scan.lone_particles
    if word in scan.second_particles and tokens[k - 1].lower not in scan.particles and not lone:
        return False
    nxt = tokens[k + 1]
    if k + 2 < len(tokens) and f"{nxt.base} {tokens[k + 2].base}" in _place_openings(scan.lex.lang):
        return False  # 'premier Ralph Gonsalves van Saint Vincent en de Grenadines': his state
    if _opens_state_form(tokens, k + 1, scan):
        return False  # 'Patrick Van Gheel du Royaume de Belgique': his state, not his surname
    if scan.name_token(nxt) or (tokens[k].text.isupper() and capitals_word(nxt.base, scan)):
        return True  # 'Jean-Yves LE DRIAN': a particle in capitals before a surname in capitals
    if _after_article(tokens, k + 1, k, scan):
        return True  # 'bin Said': after a patronymic, a capitalised word is a name's
    return (
        nxt.lower in scan.second_particles
        and k + 2 < len(tokens)
        and (scan.name_token(tokens[k + 2]))
    )


def _opens_state_form(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """Token `k`, or the one after a second particle ('de la République'), is a word of
    `state_forms`: the particle before it opens a state's long name, which no surname is."""
    if k < len(tokens) and tokens[k].lower in scan.second_particles:
        k += 1
    return k < len(tokens) and tokens[k].lower in scan.lex.word_set("state_forms")


def _in_chain(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """Token `k` lies in a particle of several words (`particle_chains`: 'Alois von und zu
    Liechtenstein') that a capitalised word follows, a place's name too (a house is named after
    its land): its inner words ('und') are no particles alone."""
    for chain in scan.particle_chains:
        for start in range(max(0, k - len(chain) + 1), k + 1):
            end = start + len(chain)
            words = tuple(t.lower for t in tokens[start:end])
            if words == chain and end < len(tokens) and tokens[end].base[:1].isupper():
                return True
    return False


def particle_surname(tokens: list[Token], j: int, scan: TitleScanner) -> int:
    """Index one past a surname of one word that a lower-case particle of `title_particles`
    opens at `j` ('le général de Gaulle', 'Präsidentin von der Leyen'); == j when there is none.
    Only right after a title: elsewhere such a word is mostly a preposition. A place after it,
    or a name of two words ('secrétaire de Kim Jong-un'), is the title's remit or principal."""
    if j >= len(tokens) or tokens[j].text not in scan.title_particles:
        return j
    if not _particle_title(tokens, j, scan) or not _particle_ok(tokens, j, scan):
        return j
    k = j + 1 + (tokens[j + 1].text in scan.second_particles)
    if k >= len(tokens) or tokens[k].base in scan.lex.places:
        return j
    end = name_run(tokens, k, scan)
    return end if end == k + 1 else j


def _particle_title(tokens: list[Token], j: int, scan: TitleScanner) -> bool:
    """A principal's title or a general's right before `j` ('le général', 'Staatspräsident'),
    whose holder is named so; other titles take a remit there ('le maire de Quimper')."""
    role = scan.head_role(tokens[j - 1].lower) if j > 0 else None
    if role is None:
        return False
    return any(role == r or role.endswith(f" {r}") for r in _particle_roles())


@lru_cache(maxsize=1)
def _particle_roles() -> frozenset[str]:
    return frozenset(load_roles()["principal"]) | role_list("particle_roles")


def opens_organisation(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """'Director Enterprise Development Gabriel Musentekwa', 'chairman, Hero Corporate Services':
    a capitalised organisation word right after a run of name words makes the run the opening
    of the organisation's name, not a person's."""
    return end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].lower in scan.orgs


def name_before(tokens: list[Token], end: int, scan: TitleScanner) -> int:
    """Start index of a name of two or more tokens ending just before `end`."""
    k = end
    words = plain = 0  # name tokens, and those of them that are no initials
    while k > 0 and words < _MAX_NAME_TOKENS:
        token = tokens[k - 1]
        capitals = k > 1 and len(token.base) > 3 and capitals_name(tokens, k - 1, 0, scan)
        capitals = capitals or (k > 1 and _elided_surname(tokens, k - 1, 0, scan))
        given = words > 0 and state_as_first_name(tokens, k - 1, scan)  # 'Maurice Couve, le ...'
        if words and token.lower in scan.particles and token.base[:1].isupper():
            k -= 1  # as in `name_run`, a capitalised particle is no name word: 'Abdullah Bin
            continue  # Zaied Al Nuhaiyan, UAE Minister' has three
        if (scan.name_token(token) or capitals or given) and not token.possessive:
            words += 1  # 'Amal AFIFI, ambassadeur': a surname in capitals (no acronym) too
            plain += 1
        elif words and _INITIAL.match(token.base) and _initials_pair(tokens, k - 1):
            words += 1  # 'P V Narasimha Rao': initials without points, at the name's start
        elif words and _INITIALS.match(token.base):
            words += 1  # 'L.I. Breschnew, Generalsekretär': initials with points, one token
        elif _dotted_initial(tokens, k - 1, scan, words, plain):
            words += 1  # 'V. Yermolov, deputy head of ...': one initial, its point apart
            k -= 1
        elif not (token.lower in scan.particles and k < end):
            break
        k -= 1
    while k < end and (_no_opening(tokens, k, scan) or _honorific_at(tokens, k, end, scan)):
        k += 1  # 'Excellence Madame Sylvia HARTLEIF': the name starts after the honorifics
    if end - k == 1 and _honorific_before(tokens, k, scan):
        return k  # 'M. Mulroney, le Premier ministre canadien': an honorific marks a surname
    k = past_noun_of(tokens, k, end, scan)
    return k if end - k >= 2 else end


def _honorific_at(tokens: list[Token], k: int, end: int, scan: TitleScanner) -> bool:
    """An honorific; one that is a given name elsewhere ('Cheikh Tidiane Gadio, ministre') only
    before a name of lineage, a patronymic after its given name ('Cheikh Tamim Ben Hamad')."""
    if tokens[k].text in scan.honorifics:
        return True
    lineage = k + 2 < end and tokens[k + 2].lower in scan.patronymics
    return lineage and tokens[k].text in scan.lineage_honorifics


def _dotted_initial(
    tokens: list[Token], k: int, scan: TitleScanner, words: int, plain: int
) -> bool:
    """The point at `k` closes an initial that opens the name read so far: 'V. Yermolov',
    'K. W. Reinink'. Only before a lone surname and the initials after it (a full name stands
    without one: 'Captain D. Gualter Oscar Allara'), and not an honorific ('M. Hubert Védrine')."""
    if not words or plain > 1 or tokens[k].text != "." or k < 1:
        return False
    initial = tokens[k - 1]
    return bool(_INITIAL.match(initial.base)) and initial.text not in scan.honorifics


def _initials_pair(tokens: list[Token], k: int) -> bool:
    """A bare capital next to another: 'P V Narasimha Rao', not 'sur X Dan Scavino'."""
    return any(0 <= m < len(tokens) and _INITIAL.match(tokens[m].base) for m in (k - 1, k + 1))


def _honorific_before(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    j = k - 1 - (k > 1 and tokens[k - 1].text == ".")
    return j >= 0 and tokens[j].text in scan.honorifics


def _no_opening(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """Whether the word at `k` opens no name: a state's name that is also a given name does
    ('Maurice Couve de Murville, le ministre')."""
    return _not_name(tokens[k], scan) and not state_as_first_name(tokens, k, scan)


def _not_name(token: Token, scan: TitleScanner) -> bool:
    return (
        not scan.name_token(token)
        and not _INITIAL.match(token.base)
        and not _INITIALS.match(token.base)
    )


def after_honorific(tokens: list[Token], j: int, scan: TitleScanner) -> int:
    """Past 'M.', 'Mme', 'Mr', 'Frau', and ranks such as 'Lt Gen' before a name: 'son homologue,
    M. Ali Rezaei', 'Army Chief Gen MM Naravane'."""
    k = j
    for _ in range(_MAX_HONORIFICS):
        if k + 1 < len(tokens) and tokens[k].lower in scan.dets:
            k += tokens[k + 1].text in scan.honorifics  # 'le Capitaine X', 'Senator the Hon. X'
        if k >= len(tokens) or tokens[k].text not in scan.honorifics:
            break
        k += 1 + _fused_mark(tokens, k)
    if k == j:
        return j  # no honorific: the caller reads the name run from `j` itself, once
    return k if k < len(tokens) and name_run(tokens, k, scan) > k else j


def _fused_mark(tokens: list[Token], k: int) -> bool:
    """A full stop or an apostrophe written onto the honorific at `k`: 'Dr.', "Dato'"."""
    if k + 1 >= len(tokens):
        return False
    mark = tokens[k + 1]
    return mark.text == "." or (mark.text in _APOSTROPHES and mark.start == tokens[k].end)
