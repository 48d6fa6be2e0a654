"""A plural title whose list of names comes after a short tail: the states it is of ('die
stellvertretenden Außenminister Perus und Ecuadors, A und B'), a body it serves ('die
Staatssekretärinnen im Wirtschaftsministerium A und B'), a word of its own ('les chefs d'Etat
respectifs, A et B'), an inclusion phrase ('ministers, including A and B', 'bewindslieden,
onder wie A en B') or a relative clause closed by a comma or an inclusion word ('de beide
oud-ambassadeurs die de reis voorbereiden, A en B', 'ministers who are here include A and B').
Round 297 reads the list right after the title; this module finds where it starts past the
tail. Only a list of two names or more is read: the plural asks for it, and a lone name after
such a tail is as often the subject of the next clause."""

from __future__ import annotations

from ingest.extract.mentions import CountryMention, Token
from ingest.extract.people_titles import country_at
from ingest.extract.titles import TitleScanner

_CLAUSE_REACH = 8  # tokens of a relative clause between the title and its comma
_REMIT_WORDS = 4  # words of a body after its connector: 'im Auswärtigen Amt'


def plural_tail(
    tokens: list[Token], right: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[int, int] | None:
    """(the title's new last token, where the names may start) past the tail after a plural
    title ending at `right`; the title takes in a tail of states or of a body, which its
    description reads, but not a clause or a word of its own. None when no tail is there."""
    k = right + 1
    if k >= len(tokens):
        return None
    word = tokens[k].lower
    if word in scan.plural_tails:
        return right, k + 1
    opened = _inclusion(tokens, k, scan)
    opened = opened if opened is not None else _aside_inclusion(tokens, k, scan)
    if opened is not None:  # 'ministers, including A and B', 'Ministern begleitet, darunter'
        return right, opened
    if word in scan.relatives:
        comma = _clause_end(tokens, k + 1, scan)
        return (right, comma) if comma is not None else None
    end = _states(tokens, k, scan, countries)
    if end is None and word in scan.connectors:  # 'leiders van Rusland en de Verenigde Staten'
        end = _states(tokens, _past_dets(tokens, k + 1, scan), scan, countries)
        end = end if end is not None else _remit(tokens, k + 1, scan)
    return (end - 1, end) if end is not None else None


def _clause_end(tokens: list[Token], k: int, scan: TitleScanner) -> int | None:
    """Past the comma or the inclusion word ('who are here include') that closes a relative
    clause opening before `k`, holding no title of its own."""
    for m in range(k + 1, min(len(tokens), k + _CLAUSE_REACH)):
        token = tokens[m]
        if token.text == ",":
            return m + 1
        opened = _inclusion(tokens, m, scan)
        if opened is not None:
            return opened
        if token.text in {".", ";", ":", "(", ")"} or scan.head_role(token.lower) is not None:
            return None
    return None


def _aside_inclusion(tokens: list[Token], k: int, scan: TitleScanner) -> int | None:
    """Past a comma and an inclusion phrase within a few words of `k`, the words between
    holding no title and no end of a clause ('drie ministers mee, onder wie')."""
    for m in range(k, min(len(tokens), k + _CLAUSE_REACH)):
        token = tokens[m]
        if token.text == ",":
            return _inclusion(tokens, m + 1, scan)
        if token.text in {".", ";", ":", "(", ")"} or scan.head_role(token.lower) is not None:
            return None
    return None


def _inclusion(tokens: list[Token], k: int, scan: TitleScanner) -> int | None:
    """Past an inclusion phrase at `k` ('including', 'onder wie', 'darunter', 'parmi lesquels')."""
    if k >= len(tokens) or tokens[k].lower not in scan.inclusion_firsts:
        return None  # asked at many words of a clause: no phrase opens at most
    for phrase in scan.plural_inclusions:
        end = k + len(phrase)
        if end <= len(tokens) and tuple(t.lower for t in tokens[k:end]) == phrase:
            return end
    return None


def _states(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> int | None:
    """The end of a run of states joined by joiners at `k` ('Perus und Ecuadors'), when it
    names two of them at least."""
    m, named = k, 0
    while m < len(tokens):
        if country_at(tokens[m], countries) is not None:
            named += 1
            m += 1
            while m < len(tokens) and country_at(tokens[m], countries) is not None:
                m += 1  # a state of several words
        elif named and tokens[m].lower in scan.joiners and tokens[m].text != ",":
            m = _past_dets(tokens, m + 1, scan)  # 'und der Türkei'
        else:
            break
    return m if named >= 2 and country_at(tokens[m - 1], countries) is not None else None


def _remit(tokens: list[Token], k: int, scan: TitleScanner) -> int | None:
    """The end of a body after a title's connector ('im Wirtschaftsministerium'): words of
    bodies and titles only, no name among them."""
    k = _past_dets(tokens, k, scan)
    m = k
    while m < len(tokens) and m - k < _REMIT_WORDS:
        token = tokens[m]
        capital = token.base[:1].isupper()
        if not (scan.titleish(token.lower) or (capital and not scan.name_token(token))):
            break
        m += 1
    return m if m > k else None


def _past_dets(tokens: list[Token], k: int, scan: TitleScanner) -> int:
    while k < len(tokens) and tokens[k].lower in scan.dets:
        k += 1
    return k
