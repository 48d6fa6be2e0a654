"""A title whose remit is a list of portfolios before the comma and the name: 'minister of
Fisheries, Animal Husbandry and Dairy, Parshottam Rupala', "ministre de l'Économie, de
l'Innovation et des Exportations, Jacques Daoust", 'Minister van Buitenlandse Zaken, International
Business en Internationale Samenwerking, Albert Ramdin'. The title's own scan stops at the first
comma or joiner; this one reads on to the comma a name follows."""

from __future__ import annotations

import re

from ingest.extract.mentions import Token, drop_elision
from ingest.extract.person_names import after_honorific, name_run
from ingest.extract.titles import TitleScanner

_REACH = 16  # tokens a list of portfolios may span
_REMIT_REACH = 16  # tokens of a remit the title's own scan could not read
_REMIT_PLAIN = 3  # lower-case words in it ('de la police', 'de transition gabonaise')
_MAX_PLAIN = 3  # lower-case words in it ('Affaires étrangères', "à l'étranger")
_ELIDED = re.compile(r"^[a-z]{1,2}['\u2019]\w")


def portfolio_comma(tokens: list[Token], right: int, scan: TitleScanner) -> int | None:
    """Index of the comma that closes a list of portfolios after the title ending at `right`,
    when a name of two or more words follows it; None when there is no such list."""
    if right + 1 >= len(tokens) or not _opens(tokens[right + 1], scan):
        return None
    joined = False
    plain = 0
    for k in range(right + 1, min(len(tokens), right + 1 + _REACH)):
        token = tokens[k]
        if token.text == ",":
            if joined and k > right + 1 and _name_after(tokens, k + 1, scan):
                return k
        elif token.lower in scan.joiners:
            joined = True
        elif token.lower in scan.connectors or token.lower in scan.dets:
            continue
        elif scan.head_role(token.lower) is not None:
            return None  # another title: 'du président américain, Mike Waltz, et le ...'
        elif _capital(token) or scan.titleish(token.lower):
            continue
        elif token.base.isalpha() or _ELIDED.match(token.base):
            plain += 1  # 'étrangères' after 'Affaires', "l'étranger" after 'à'
            if plain > _MAX_PLAIN or not _after_portfolio_word(tokens, k, scan):
                return None
        else:
            return None
    return None


def _opens(token: Token, scan: TitleScanner) -> bool:
    """A list of portfolios goes on after a comma, a joiner or a connector."""
    return token.text == "," or token.lower in scan.joiners or token.lower in scan.connectors


def _after_portfolio_word(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A lower-case word qualifies the capitalised word before it, or follows a preposition."""
    prev = tokens[k - 1]
    return _capital(prev) or prev.lower in scan.connectors or prev.lower in scan.dets


def _capital(token: Token) -> bool:
    """A capitalised word, past an elided article ("l'Inclusion", "d'Industrie")."""
    return drop_elision(token.base)[:1].isupper()


def _name_after(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A name of two or more words at `k` (past honorifics) that no joiner continues as one
    more portfolio ('Animal Husbandry and Dairy')."""
    k = after_honorific(tokens, k, scan)
    end = name_run(tokens, k, scan)
    nxt = tokens[end] if end < len(tokens) else None
    joined = nxt is not None and nxt.text != "," and nxt.lower in scan.joiners
    holds_next = nxt is not None and scan.head_role(nxt.lower) is not None  # 'B ministre de'
    return end - k >= 2 and not joined and not holds_next


def one_more_portfolio(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """The words after a title's comma go on as a list ('X, the Minister of Trade, Export
    Growth, and Agriculture, ...'): they name a portfolio, not the holder, when a joiner and one
    last capitalised word closed by punctuation follow ('A und Chinas Premierminister' goes on
    with another title)."""
    if end < len(tokens) and tokens[end].text == ",":
        end += 1  # the serial comma before 'and'
    if end + 2 >= len(tokens) or tokens[end].lower not in scan.joiners:
        return False
    last, after = tokens[end + 1], tokens[end + 2]
    return last.base[:1].isupper() and after.text in {",", ".", ")", ";"}


def remit_comma(tokens: list[Token], right: int, scan: TitleScanner) -> int | None:
    """Index of the comma that closes a title's remit where the title's own scan stopped ('chef
    de la police de Téhéran, le général X', 'Envoyé personnel pour le Sahara occidental, M. X',
    'Präsident der Aussenpolitischen Kommission des Nationalrats, X', 'Hohen Vertreter der EU für
    Außen- und Sicherheitspolitik, X'), when a name follows it; None otherwise. The remit opens
    with a connector or a lower-case word and holds no other title, few plain words and no
    punctuation but brackets and hyphens."""
    if right + 1 >= len(tokens) or not _remit_opens(tokens[right + 1], scan):
        return None
    plain = depth = 0
    for k in range(right + 1, min(len(tokens), right + 1 + _REMIT_REACH)):
        token = tokens[k]
        depth += (token.text == "(") - (token.text == ")")
        if token.text == "," or depth < 0:  # a bracket closing round the title ends it
            closed = depth == 0 and k > right + 1 and _apposed_name(tokens, k + 1, scan)
            return k if closed else None
        if scan.head_role(token.lower) is not None or scan.phrase_head(tokens, k):
            return None  # another title: its own holder ('... were the First Lady, X')
        if token.lower in scan.be_forms:
            return None  # a verb: the clause goes on past the remit
        if token.lower in scan.connectors or token.lower in scan.dets or token.text in "()-":
            continue
        if _capital(token) or scan.titleish(token.lower):
            continue
        if not (token.base.isalpha() or _ELIDED.match(token.base)):
            return None
        plain += 1
        if plain > _REMIT_PLAIN:
            return None
    return None


def _apposed_name(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A name at `k` that closes with punctuation or a joiner, as an apposition does ('..., X,
    a dit'), not one that goes on with a verb ('Après sa rencontre avec le président à Berlin,
    X a écrit': the comma closes a clause before its subject)."""
    if not _name_after(tokens, k, scan):
        return False
    end = name_run(tokens, after_honorific(tokens, k, scan), scan)
    nxt = tokens[end] if end < len(tokens) else None
    return nxt is None or nxt.text in _CLOSERS or nxt.lower in scan.joiners


_CLOSERS = frozenset({",", ".", ";", ":", "(", ")", "\u2013", "\u2014", "-"})


def _remit_opens(token: Token, scan: TitleScanner) -> bool:
    """A remit opens with a connector ('de', 'der', 'pour'), a lower-case word ('personnel') or
    the bracket round a body's short name ('des Nations Unies (ONU) pour ...')."""
    return (
        token.lower in scan.connectors
        or token.text == "("
        or (token.base.isalpha() and token.base.islower())
    )
