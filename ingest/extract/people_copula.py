"""Holders named before their title: an apposition ('Tammy Bruce, woordvoerder van ...'), a
title after a copula ('P V Narasimha Rao was India's external affairs minister', 'Sophie Wilmès
is premier sinds ...'), after a phrase of capacity ('X a présenté ses lettres de créance en
qualité d'ambassadeur'), or a lower-case title right after the name."""

from __future__ import annotations

import re

from ingest.extract.mentions import PersonMention, Token
from ingest.extract.people_portfolio import one_more_portfolio
from ingest.extract.person_names import after_honorific, name_before, name_run
from ingest.extract.titles import TitleScanner

# What sets a title off after its holder's name: a comma ('Tammy Bruce, woordvoerder van ...')
# or an opening bracket ('Nikolaï Podgorny (président du Présidium du Soviet suprême)').
_PAUSES = frozenset({",", "("})
_ELIDED = re.compile(r"^(\w+)['\u2019]\w")  # "d'ambassadeur": the 'd' is a word of the phrase


def copula_holder(tokens: list[Token], left: int, scan: TitleScanner) -> tuple[int, int, str]:
    """(start, end, rule) of the name before 'was'/'is'/'ist'/'est' and maybe a determiner or a
    possessive ('his') before the title at `left`; an empty span when there is none."""
    k = left
    if k > 0 and (tokens[k - 1].lower in scan.dets or tokens[k - 1].lower in scan.possessives):
        k -= 1
    if k < 1 or tokens[k - 1].lower not in scan.copulas:
        return left, left, ""
    start = name_before(tokens, k - 1, scan)
    return start, k - 1, "name-copula-title"


def capacity_holder(
    tokens: list[Token], left: int, scan: TitleScanner, taken: list[PersonMention]
) -> tuple[int, int, str]:
    """(start, end, rule) of the last full name before a capacity phrase ('en sa qualité d'')
    that ends just before the title at `left`, when no title holds it; else an empty span."""
    words = [t.lower for t in tokens[max(0, left - 5) : left]]
    elided = _ELIDED.match(tokens[left].lower)
    words += [elided.group(1)] if elided else []
    if words and words[-1] not in scan.capacity_ends:
        return left, left, ""  # no phrase ends here: spare the test of each phrase
    phrase = next((p for p in scan.capacity if tuple(words[-len(p) :]) == p), None)
    if phrase is None:
        return left, left, ""
    stop = left - len(phrase) + bool(elided)
    found = (left, left)
    j = 0
    while j < stop:
        j = after_honorific(tokens, j, scan)
        end = min(name_run(tokens, j, scan), stop)
        held = any(p.start <= tokens[j].start < p.end for p in taken)
        if end - j >= 2 and not held:
            found = (j, end)
        j = max(end, j + 1)
    return found[0], found[1], "name-capacity-title"


def adjoined_holder(tokens: list[Token], left: int, scan: TitleScanner) -> tuple[int, int, str]:
    """(start, end, rule) of a full name right before a title in lower case, with no comma
    between ('avec Guy Verhofstadt premier ministre belge', 'X ministre de l'agriculture, Y
    ministre de ...'): the title is the name's apposition; an empty span when there is none."""
    if left < 2 or not tokens[left].base[:1].islower() or not scan.name_token(tokens[left - 1]):
        return left, left, ""
    start = name_before(tokens, left, scan)
    return (start, left, "name-title") if start < left else (left, left, "")


def holder_before(tokens: list[Token], left: int, end: int, scan: TitleScanner) -> bool:
    """A name and a comma before the title, and after the name that follows it either a list
    going on (its remit is a list of portfolios), that name's own title of the same office after
    a comma ('A, président du Niger, B, président du Mali'), or its own title of another office
    with a third name and title after it ('MM. A, ministre des ..., B, directeur général ... et
    C, secrétaire général ...': a delegation's members, each with a different title, bare
    after its comma; 'A, le président de ..., B, le gouverneur de ..., C' more often opens
    each name with its title): the title is the first name's apposition."""
    head = _head_after(tokens, end, scan)
    parallel = head is not None and head == _head_at(tokens, left, scan)
    listed = head is not None and _third_titled(tokens, end, scan)
    if not (one_more_portfolio(tokens, end, scan) or parallel or listed):
        return False
    start, stop, _ = apposition(tokens, left, scan)
    return start < stop and (parallel or not listed or tokens[left - 1].text == ",")


_ITEM_REACH = 12  # tokens of one apposed title: 'Directeur général des Etudes et de la ...'


def _third_titled(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """After the title apposed to the name ending at `end`, within the reach of one title and
    before the sentence goes on past a full stop, a joiner, a name and that name's own title
    after a comma: a third member of a list of names each titled after it."""
    for k in range(end + 2, min(len(tokens), end + 2 + _ITEM_REACH)):
        if tokens[k].text in {".", ";", ":"}:
            return False
        if tokens[k].lower not in scan.joiners:
            continue
        start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in scan.joiners)
        start = after_honorific(tokens, start, scan)
        stop = name_run(tokens, start, scan)
        if stop > start and _head_after(tokens, stop, scan) is not None:
            return True
    return False


def _head_after(tokens: list[Token], end: int, scan: TitleScanner) -> str | None:
    """The role of a title apposed after the name ending at `end` ('B, président du Mali'), past
    a comma and maybe a determiner; None without one."""
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    k = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].lower in scan.dets)
    return _head_at(tokens, k, scan)


def _head_at(tokens: list[Token], k: int, scan: TitleScanner) -> str | None:
    """The role of the title head at `k`, or right after one modifier there ('Premier ministre')."""
    for j in (k, k + 1):
        if j >= len(tokens):
            return None
        if (role := scan.head_role(tokens[j].lower)) is not None:
            return role
        if tokens[j].lower not in scan.modifiers:
            return None
    return None


def _plain_adjective(token: Token, scan: TitleScanner) -> bool:
    """A lower-case word that is no function word: 'außenpolitischen', 'langjährige'."""
    return token.base.isalpha() and token.base.islower() and token.lower not in scan.lex.stop


_MAX_MODIFIERS = 2  # 'Kinkels stets gutgelaunter Botschafter' is as far as a filler runs


def _past_fillers(tokens: list[Token], left: int, scan: TitleScanner) -> int:
    """Where a pause would stand before the title at `left` past the words an apposition puts
    between them, in this order: a time adverb, maybe with a year ('Thomas Bagger, seit 2023
    Staatssekretär', 'Ulrich Sahm, bisher Ministerialdirektor', 'Ed Kronenburg, nu ambassadeur'),
    a determiner or a possessive ('seiner indischen Amtskollegin'), and up to two plain
    lower-case modifiers ('Ronald Ziegler, the press secretary', 'Tapas Adhikari, joint
    secretary'). A verb before a determiner ('X, welcomed the minister') fits no such order."""
    k = left
    while k > 0 and left - k < _MAX_MODIFIERS and _plain_adjective(tokens[k - 1], scan):
        k -= 1
    if k > 0 and (tokens[k - 1].lower in scan.dets or tokens[k - 1].lower in scan.possessives):
        k -= 1
    if k > 1 and tokens[k - 1].text.isdigit() and tokens[k - 2].lower in scan.appo_adverbs:
        k -= 2  # 'seit 2023'
    elif k > 0 and tokens[k - 1].lower in scan.appo_adverbs:
        k -= 1
    return k


def _past_possessor(tokens: list[Token], left: int, scan: TitleScanner) -> int:
    """'Henry Kissinger, President Nixon's national security adviser': a name in the
    possessive, maybe with its own title or honorific, before the title at `left` names whom
    the holder serves; the pause stands before it."""
    k = left - 1
    if k < 2 or not tokens[k].possessive or not scan.name_token(tokens[k]):
        return left
    while k > 0 and scan.name_token(tokens[k - 1]) and not tokens[k - 1].possessive:
        k -= 1
    while k > 0 and (
        tokens[k - 1].text in scan.honorifics or scan.head_role(tokens[k - 1].lower) is not None
    ):
        k -= 1
    return k if k > 0 and tokens[k - 1].text in _PAUSES else left


def apposition(tokens: list[Token], left: int, scan: TitleScanner) -> tuple[int, int, str]:
    """'Tammy Bruce, woordvoerder van ...': a name, a comma (or a bracket), maybe a determiner,
    the title."""
    k = _past_possessor(tokens, left, scan)
    if k > 1 and tokens[k - 1].possessive and tokens[k - 2].lower in scan.dets:
        k -= 1  # "X, the country's minister ...": the possessive goes with the determiner
    if k > 1 and _plain_adjective(tokens[k - 1], scan) and tokens[k - 2].lower in scan.dets:
        k -= 1  # 'Juri Uschakow, dem außenpolitischen Berater ...'
    if k > 0 and tokens[k - 1].lower in scan.dets:
        k -= 1
    if k == left and adjoined_holder(tokens, left, scan)[2]:
        return adjoined_holder(tokens, left, scan)
    if k < 1 or tokens[k - 1].text not in _PAUSES:
        k = _past_fillers(tokens, left, scan)
    if k < 1 or tokens[k - 1].text not in _PAUSES:
        return copula_holder(tokens, left, scan)  # 'X was India's external affairs minister'
    start = name_before(tokens, k - 1, scan)
    return start, k - 1, "name-comma-title"


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "(", ")"})
_MAX_CLAUSE = 12  # 'die de eerste linkse president van Colombia zal worden' is as long as one runs


def relative_holder(tokens: list[Token], left: int, scan: TitleScanner) -> tuple[int, int, str]:
    """(start, end, rule) of the name a relative clause giving the title at `left` is about:
    the pronoun right after the name (and maybe a comma), then a form of 'to be' before the
    title ('X, qui était directeur de', 'X, who is the bank's director') or closing the clause
    after it ('X, die toen president was', 'Y, der damals Botschafter war'); an empty span
    when there is none. A clause whose verb is no such form ('X, der den Präsidenten traf')
    tells no title."""
    k = _past_fillers(tokens, left, scan)
    before = k > 0 and tokens[k - 1].lower in scan.copulas
    k -= before
    if k < 1 or tokens[k - 1].lower not in scan.relatives:
        return left, left, ""
    if not before and not _closing_be(tokens, left, scan):
        return left, left, ""
    k -= 1 + (k > 1 and tokens[k - 2].text == ",")
    start = name_before(tokens, k, scan)
    return (start, k, "name-relative-title") if start < k else (left, left, "")


def _closing_be(tokens: list[Token], left: int, scan: TitleScanner) -> bool:
    for token in tokens[left + 1 : left + 1 + _MAX_CLAUSE]:
        if token.text in _CLAUSE_ENDS:
            return False
        if token.lower in scan.be_forms:
            return True
    return False


def as_holder(tokens: list[Token], left: int, scan: TitleScanner) -> tuple[int, int, str]:
    """(start, end, rule) of a full name right before 'as' and maybe a determiner before the
    title at `left` ('Gustavo Petro als president', 'Nicolás Maduro comme président'); an
    empty span when there is none."""
    k = left - (left > 0 and tokens[left - 1].lower in scan.dets)
    if k < 2 or tokens[k - 1].lower not in scan.capacity_words:
        return left, left, ""
    start = name_before(tokens, k - 1, scan)
    return (start, k - 1, "name-as-title") if start < k - 1 else (left, left, "")
