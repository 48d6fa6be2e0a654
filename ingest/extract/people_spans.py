"""Where a title runs in a sentence: its first and last token, before any name is read.

A title grows left over modifiers and countries ('Saudi Crown Prince') and right over its remit
('Minister of State for External Affairs'); people.py then reads the name beside each span.
"""

from __future__ import annotations

import re

from ingest.extract.mentions import CountryMention, Token
from ingest.extract.officeholders import live_terms
from ingest.extract.people_lists import second_title
from ingest.extract.people_titles import country_at
from ingest.extract.person_names import (
    after_honorific,
    name_run,
    particle_surname,
    state_as_first_name,
)
from ingest.extract.titles import TitleScanner
from ingest.lang.roles import role_list

_ELIDED_CAPITAL = re.compile(r"^[a-z]{1,2}['\u2019][A-Z\u00c0-\u00de]")
_CONNECTOR_LOOKAHEAD = 5
_HOLDER_WORDS = 2  # a given name and a surname: one capitalised word may name a body
_ELIDED_OF = re.compile(r"^d['\u2019]")


def _extend_left(
    tokens: list[Token], i: int, scan: TitleScanner, countries: list[CountryMention]
) -> int:
    phrase = scan.phrase_head(tokens, i)
    # "chargé d'affaires", 'Saudi Crown Prince', 'White House Chief of Staff': a head of words
    head = left = i - max(phrase - 1, 0)
    while left > 0:
        prev = tokens[left - 1]
        ranked = tokens[left].lower in scan.ranks  # 'senior to First Deputy ...': the rank opens it
        if scan.titleish(prev.lower) or country_at(prev, countries):
            left -= 1
        elif ranked and prev.lower in scan.connectors:
            break
        elif prev.lower in scan.connectors and left >= 2 and scan.titleish(tokens[left - 2].lower):
            left -= 2  # 'Defense and External Affairs Minister'
        elif prev.lower in scan.connectors and _truncated(tokens, left - 2):
            left -= 3  # 'Staats- und Parteichef': the first compound shares the second's head
        elif prev.lower in scan.ranks and not country_at(tokens[left], countries):
            left -= 1  # "North Korea's First Deputy Foreign Minister": the state is past the rank
        else:
            break
    while left < head and tokens[left].lower in scan.connectors:
        left += 1
    return left


def _truncated(tokens: list[Token], k: int) -> bool:
    """A hyphen closing a capitalised word with no space between: 'Staats-', 'Außen-'."""
    return (
        k >= 1
        and tokens[k].text == "-"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k - 1].base[:1].isupper()
    )


def _connector_reach(
    tokens: list[Token], j: int, scan: TitleScanner, countries: list[CountryMention]
) -> int | None:
    """Last index a connector at `j` can carry the title to ('of State for X Affairs')."""
    reach = None
    proper = None  # last capitalised word of a proper organisation name ('du Quai d'Orsay')
    words = 0
    for k in range(j + 1, len(tokens)):
        token = tokens[k]
        words += token.lower not in scan.dets and token.lower not in scan.connectors
        if words > _CONNECTOR_LOOKAHEAD:
            break
        if _first_name_after_remit(tokens, k, scan):
            break  # 'ministre des Affaires étrangères Maurice Schumann': the holder's name
        if _reaches(token, scan, countries):
            if (
                proper is not None
                and proper > (reach or j)
                and not _names_body(tokens, k, proper, scan)
            ):
                break  # 'van Binnenlandse Zaken Els Van Damme en minister': a name came first
            reach, proper = k, None
        elif token.lower in scan.dets or token.lower in scan.connectors:
            if proper == k - 1 and token.lower not in scan.joiners:
                # 'du Bureau pour le Kosovo': a preposition goes on with an office, not a name
                proper = None if not _holder_after_remit(tokens, reach, k, scan) else proper
            continue  # 'chargé de l'Intérieur', 'de l'Europe et des Affaires étrangères'
        elif _capitalised(token) and token.lower not in scan.function_words:
            proper = k
        elif token.text == "," and reach is None and proper == k - 1:
            return proper  # 'the spokesman of the Quai d'Orsay, Paul ...': the title ends here
        elif _topic_before_comma(tokens, k, scan):
            return k  # "représentant spécial de l'UE pour le dialogue, Miroslav ..."
        else:
            break
    return reach


def _reaches(token: Token, scan: TitleScanner, countries: list[CountryMention]) -> bool:
    """Whether the title a connector carries reaches this word: a title word, a delegation
    noun, a state or a place ('of State for Foreign Affairs', 'to Ukraine'). The words between
    only lead up to one, so the title ends on the last word that reaches."""
    return (
        scan.titleish(token.lower)
        or scan.delegation_noun(token.lower) is not None
        or country_at(token, countries) is not None
        or token.base in scan.lex.places
    )


def _holder_after_remit(tokens: list[Token], reach: int | None, k: int, scan: TitleScanner) -> bool:
    """'Minister of Agriculture Azamat Mambetov in Astana': two or more name words right after a
    remit that already reached a title word are its holder's name, so the connector after them
    ties the name to a place and does not carry the title on over the name."""
    if reach is None or k - reach - 1 < _HOLDER_WORDS:
        return False
    return all(scan.name_token(t) for t in tokens[reach + 1 : k])


def _names_body(tokens: list[Token], k: int, proper: int, scan: TitleScanner) -> bool:
    """A capitalised organisation word right after the proper words it closes: 'the Soviet
    Communist Party', 'der Kommunistischen Partei' name a body, not its holder."""
    return proper == k - 1 and _capitalised(tokens[k]) and tokens[k].lower in scan.orgs


def _first_name_after_remit(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A state's name that no article or connector ties to the title ('Affaires étrangères
    Maurice Schumann', 'Buitenlandse Zaken Israel Katz') opens the holder's name."""
    prev = tokens[k - 1].lower
    if prev in scan.dets or prev in scan.connectors:
        return False  # 'de la France Jean-Yves Le Drian', 'of Jordan Ayman Safadi'
    return state_as_first_name(tokens, k, scan)


def _topic_before_comma(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A plain word after a connector, then a comma and a name: the title's remit ends there."""
    token = tokens[k]
    return (
        token.base.isalpha()
        and token.base.islower()
        and tokens[k - 1].lower in scan.dets | scan.connectors
        and k + 2 < len(tokens)
        and tokens[k + 1].text == ","
        and scan.name_token(tokens[k + 2])
    )


def _capitalised(token: Token) -> bool:
    """'Quai', and elided "d'Orsay" (a capital after the apostrophe)."""
    return token.base[:1].isupper() or bool(_ELIDED_CAPITAL.match(token.base))


def _country_then_comma(tokens: list[Token], k: int, country: CountryMention) -> bool:
    """The country at `k` ends just before a comma."""
    while k + 1 < len(tokens) and tokens[k + 1].start < country.end:
        k += 1
    return k + 1 < len(tokens) and tokens[k + 1].text == ","


def _extend_right(
    tokens: list[Token], i: int, scan: TitleScanner, countries: list[CountryMention]
) -> int:
    right = i
    while right + 1 < len(tokens):
        nxt = tokens[right + 1]
        if tokens[right].possessive and right > i:
            break
        here, there = country_at(tokens[right], countries), country_at(nxt, countries)
        if scan.titleish(nxt.lower) or (there and (there.kind == "adjective" or there is here)):
            right += 1
        elif skip := scan.qualifier_length(tokens, right + 1):
            right += skip  # 'ministre a.i des affaires étrangères', 'président par intérim X'
        elif _acronym(tokens, right + 1):
            right += 3  # 'Director General of the Food and Agriculture Organization (FAO), X'
        elif there and _country_then_comma(tokens, right + 1, there):
            right += 1  # 'Außenminister Russlands, Sergej Lawrow': a genitive country
        elif there and _ELIDED_OF.match(nxt.lower):
            right += 1  # "l'ambassadeur d'Azerbaïdjan": an elided 'de' before the country
        elif _ELIDED_OF.match(nxt.lower) and _ELIDED_CAPITAL.match(nxt.base):
            reach = _connector_reach(tokens, right, scan, countries)
            if reach is None:  # "directrice d'Afrique du Nord et du Moyen-Orient, X"
                break
            right = reach
        elif nxt.lower in scan.connectors:
            if _particle_name(tokens, right + 1, scan) or second_title(
                tokens, right + 1, scan, countries
            ):
                break
            reach = _connector_reach(tokens, right + 1, scan, countries)
            if reach is None:
                break
            right = reach
        else:
            break
    return right


def _acronym(tokens: list[Token], k: int) -> bool:
    """An organisation's acronym in brackets, then the comma before the holder: '(BDI), X'."""
    return (
        k + 3 < len(tokens)
        and tokens[k + 3].text == ","
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and tokens[k + 1].text.isupper()
        and tokens[k + 1].text.isalpha()
    )


_ASIDE_OPEN = {"(": ")", "[": "]"}
_ASIDE_WORDS = 4  # an acronym or a short gloss; a longer bracket is a sentence of its own


def name_opening(tokens: list[Token], right: int, scan: TitleScanner) -> int:
    """Where the name after a title ending at `right` may open: past the full stop written onto
    an abbreviated title ('Gen. Maxwell Taylor', 'Maj. Gen. X', 'Col. Muammar Qaddafi'), whose
    holder the stop does not part from it, and past a gloss ('National Security Adviser (NSA)
    X')."""
    j = right + 1
    if (
        j < len(tokens)
        and tokens[j].text == "."
        and tokens[j].start == tokens[right].end
        and tokens[right].lower in scan.abbreviations
    ):
        j += 1
    aside = aside_close(tokens, j, scan)
    return j if aside is None else aside + 1


def aside_close(tokens: list[Token], k: int, scan: TitleScanner) -> int | None:
    """The closing bracket of a short aside at `k` that glosses the title before it and is no
    name itself ('(NSA)', '(UN-Political)', '[Bilateral]'), where a name follows it, after a comma
    or not: the name's holder holds the title; None without one."""
    close = _ASIDE_OPEN.get(tokens[k].text) if k < len(tokens) else None
    end = next((n for n in range(k + 1, min(k + _ASIDE_WORDS + 2, len(tokens)))
                if tokens[n].text == close), None)  # fmt: skip
    if close is None or end is None or end == k + 1:
        return None
    inside = tokens[k + 1 : end]
    if any(not t.text[:1].isalnum() and t.text not in "-." for t in inside):
        return None  # '(Baker, Dumas)': a list in the brackets
    if name_run(tokens, k + 1, scan) == end and not all(t.text.isupper() for t in inside):
        return None  # 'der Außenminister (Heiko Maas)': the holder in brackets
    if after_honorific(tokens, k + 1, scan) > k + 1 or _titled_name(inside, scan):
        return None  # 'the Soviet Prime Minister (Marshal Bulganin)', '(Mr Khrushchev)'
    j = end + 1 + int(end + 1 < len(tokens) and tokens[end + 1].text == ",")
    return end if name_run(tokens, j, scan) >= j + _HOLDER_WORDS else None  # not '(GIZ) GmbH'


def _titled_name(inside: list[Token], scan: TitleScanner) -> bool:
    """A title word and a capitalised word that is neither a title nor an acronym: a rank and
    a name ('Marshal Bulganin'), not a gloss that is a title ('(chargé d'affaires)')."""
    return any(scan.titleish(t.lower) for t in inside) and any(
        t.base[:1].isupper() and not t.text.isupper() and not scan.titleish(t.lower) for t in inside
    )


def title_spans(
    tokens: list[Token], scan: TitleScanner, countries: list[CountryMention]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    head_role, modifiers = scan.head_role, scan.modifiers
    i = 0
    for k in scan.title_words(tokens):  # most tokens are neither a title word nor a modifier
        if k < i:
            continue
        i = k
        word = tokens[i].lower
        role = head_role(word)
        two_word = scan.phrase_head(tokens, i) > 0  # "chargé d'affaires", 'Chief of Staff'
        body = _heads_a_body(tokens, i, scan, countries)
        if role is None and not two_word and word not in modifiers and not body:
            continue
        if (
            (
                (role is not None or two_word)
                and (word not in scan.modifiers or _ends_title(tokens, i, scan))
                and (word not in scan.orgs or two_word)  # 'Chief of Protocol'
            )
            or (word in scan.modifiers and _heads_a_side(tokens, i, scan, countries))
            or body
        ):
            left = _extend_left(tokens, i, scan, countries)
            right = _extend_right(tokens, i, scan, countries)
            if spans and left <= spans[-1][1]:
                left = spans[-1][0]
                spans.pop()
            spans.append((left, right))
            i = right + 1
    return [part for span in spans for part in _served_head(tokens, span, scan)]


def _served_head(
    tokens: list[Token], span: tuple[int, int], scan: TitleScanner
) -> list[tuple[int, int]]:
    """'Steve Witkoff, the special envoy of US President Donald Trump', 'Sondergesandte von
    US-Präsident Donald Trump': a title that serves a head of state or government named right
    after it (one the officeholder file knows) is two titles, the head's own holding the name
    after it and the serving one the name before it (an apposition); one span otherwise."""
    left, right = span
    # the last connector ('Minister of State of ...'); most titles hold none, and are left as
    # they are before any name is looked up
    c = next((k for k in range(right - 1, left, -1) if tokens[k].lower in scan.retinue), None)
    if c is None:
        return [span]
    inner = c + 1
    while inner < right and tokens[inner].lower in scan.dets:
        inner += 1
    heads = role_list("head_roles")
    served = any(scan.head_role(t.lower) in heads for t in tokens[inner : right + 1])
    if not served or not any(scan.head_role(t.lower) for t in tokens[left:c]):
        return [span]
    end = name_run(tokens, right + 1, scan)
    # Only a name the officeholder file knows is the head's: 'Sicherheitsberater des Präsidenten
    # Mike Waltz' names the adviser.
    named = " ".join(t.text for t in tokens[right + 1 : end])
    if end <= right + 1 or not live_terms(named, frozenset()):
        return [span]
    return [(left, c - 1), (inner, right)]


def _ends_title(tokens: list[Token], i: int, scan: TitleScanner) -> bool:
    """'foreign policy chief Josep Borrell': a word that is a head and a modifier ('chief') is
    the head when no title word follows it ('chief negotiator')."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1].lower
    if particle_surname(tokens, i + 1, scan) > i + 1:
        return True  # 'le général de Gaulle': a particle opens the holder's surname
    if nxt in scan.connectors:  # 'Deputy for Legal Affairs', 'representative of Ruritania'
        body = f"{tokens[i].lower} {nxt}" in scan.body_heads  # 'Chief of the Defence Forces'
        return not body and _bare_remit(tokens, i + 1, scan)
    return not scan.titleish(nxt)


def _bare_remit(tokens: list[Token], j: int, scan: TitleScanner) -> bool:
    """A connector at `j` carries a remit that holds no title word of its own up to the next
    punctuation ('Deputy for Legal and International Affairs,', 'representative of Ruritania.'):
    the word before it is the title's head. 'Deputy of the Defence Minister' goes on to another
    title; the head of a body ('Chief of ...') is read as such (`_heads_a_body`)."""
    words = tokens[j + 1 : j + 1 + _CONNECTOR_LOOKAHEAD + 2]
    stop = next((n for n, t in enumerate(words) if not t.text[:1].isalnum()), None)
    if not stop:
        return False
    remit = words[:stop]
    return not any(scan.head_role(t.lower) is not None for t in remit)


def _particle_name(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """'minister Van Nieuwenhuizen van Infrastructuur': a capitalised particle and a name after
    a title open its holder's surname, not the title's remit."""
    token = tokens[k]
    return (
        token.base[:1].isupper()
        and token.lower in scan.particles
        and k + 1 < len(tokens)
        and scan.name_token(tokens[k + 1])
    )


def _heads_a_side(
    tokens: list[Token], i: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """'head of the French delegation', 'hoofd van de Franse delegatie': a modifier that heads
    a side is a title of its own."""
    if tokens[i].lower not in scan.modifiers or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].lower not in scan.connectors:
        return False
    reach = _connector_reach(tokens, i + 1, scan, countries)
    return reach is not None and scan.delegation_noun(tokens[reach].lower) is not None


def _heads_a_body(
    tokens: list[Token], i: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """'Sergei Naryshkin, head of Russia's SVR', 'the head of the SVR, Sergei Naryshkin': a word
    that heads the body named after its connector (`body_heads`) is a title of its own where no
    other title word heads the remit ('Chief of the Defence Forces General X'). Where a
    capitalised remit runs on into capitalised words ('Chief of State Protocol Faisal Jalali'),
    where the body's name ends and the holder's begins is not told: only after a comma, the
    holder's name before it."""
    if i + 1 >= len(tokens) or f"{tokens[i].lower} {tokens[i + 1].lower}" not in scan.body_heads:
        return False
    reach = _connector_reach(tokens, i + 1, scan, countries)
    if reach is None or any(scan.head_role(t.lower) for t in tokens[i + 2 : reach + 1]):
        return False
    after = tokens[reach + 1] if reach + 1 < len(tokens) else None
    runs_on = after is not None and _capitalised(after) and _capitalised(tokens[reach])
    return not runs_on or (i > 0 and tokens[i - 1].text == ",")  # 'X, head of Russia's SVR'
