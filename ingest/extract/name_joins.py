"""Where a name's words run past what a plain run of name words reads: a given name in
brackets ('State Secretary (Miguel) Berger'), a double name split by a dash ('Frank- Walter
Steinmeier') or after an Arabic article ('Anwar as- Sadat'), and where a name before a title
starts once a determiner's noun and a particle are passed ('nach dem Amtsantritt von Gustavo
Petro'), and where a surname is also a word of the language ('Theresa May')."""

from __future__ import annotations

from ingest.extract.mentions import Token
from ingest.extract.titles import TitleScanner

_NAME_DASHES = frozenset({"-", "\u2013", "\u2014"})


def split_hyphen(tokens: list[Token], k: int, before: int, scan: TitleScanner) -> bool:
    """A dash at `k` (a hyphen, an en or an em dash) inside a double name the writer split
    ('Frank- Walter Steinmeier', 'Yldiz Polack - Beighle', 'Jean - Noel Barrault' with an em
    dash): a name word on each side, the dash joined to one of them, or standing apart after
    two name words, or before a name word that another follows. 'Merkel - Macron' (one word,
    then one) is two people."""
    if tokens[k].text not in _NAME_DASHES or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if not (scan.name_token(tokens[k - 1]) and scan.name_token(after)):
        return False
    if tokens[k - 1].end == tokens[k].start or tokens[k].end == after.start:
        return True
    return before == 2 or (k + 2 < len(tokens) and scan.name_token(tokens[k + 2]))


def split_join(tokens: list[Token], k: int, before: int, scan: TitleScanner) -> int:
    """Tokens at `k` that join a name's words across a dash and a space: the dash of a split
    double name (1), or a lower-case Arabic article with its dash ('Anwar as- Sadat', 'Anwar
    al- Sadat': wrapped text breaks the name after the article's hyphen) (2); 0 for none."""
    if split_hyphen(tokens, k, before, scan):
        return 1
    if k + 2 >= len(tokens) or tokens[k].lower not in scan.name_articles:
        return 0
    article, dash = tokens[k], tokens[k + 1]
    if dash.text not in _NAME_DASHES or article.end != dash.start:
        return 0
    return 2 if scan.name_token(tokens[k + 2]) else 0


def bracketed_given(tokens: list[Token], j: int, scan: TitleScanner) -> int:
    """'State Secretary (Miguel) Berger', "l'ambassadeur (Luciano) Galli": a given name the
    writer adds in brackets before the surname is the name's first word; the tokens it takes
    (0 when there is none)."""
    if j + 3 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")":
        return 0
    given, surname = tokens[j + 1], tokens[j + 3]
    return 3 if scan.name_token(given) and scan.name_token(surname) else 0


def past_noun_of(tokens: list[Token], k: int, end: int, scan: TitleScanner) -> int:
    """'nach dem Amtsantritt von Gustavo Petro': where nouns are capitalised, a determiner's
    noun and a lower-case particle before a full name are no part of it; the name starts past
    the particle. 'Richard von Weizsäcker' has no determiner before it."""
    if k == 0 or tokens[k - 1].lower not in scan.dets:
        return k
    for p in range(k + 1, end - 2):
        if tokens[p].text in scan.particles and all(
            scan.name_token(t) for t in tokens[p + 1 : end]
        ):
            return p + 1
    return k


def word_surname(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """Token `k`, after a first name, is a surname that is also a word: a capitalised month with
    no day number after it ('Theresa May'), or a word of `noun_surnames` (a place, a venue, a
    title: 'Joseph Muscat', 'Taro Aso', 'Frank Press'); alone each stays the word."""
    token = tokens[k]
    if not token.base[:1].isupper():
        return False
    if token.lower in scan.months:
        return not (k + 1 < len(tokens) and tokens[k + 1].text.isdigit())
    return token.lower in scan.lex.word_set("noun_surnames")
