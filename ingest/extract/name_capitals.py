"""Name words written in capitals: a surname in capitals beside a plainly written name
('Ibrahim TRAORÉ', 'WEN Jiabao', 'Deng LI'), a whole name in capitals in ordinary text ('le
président XI JINPING'), and a regnal number after a name ('Mohammed VI')."""

from __future__ import annotations

import re

from ingest.extract.mentions import Token
from ingest.extract.titles import TitleScanner

_MAX_CAPITALS_RUN = 3
_SHORT_CAPITALS = re.compile(r"^[A-Z]{2}$")  # 'Deng LI': a two-letter surname in capitals
_NUMERAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")


def regnal_number(text: str) -> bool:
    """'II' in 'Hassan II', 'Mohammed VI'."""
    return bool(_NUMERAL.match(text))


def capitals_name(tokens: list[Token], k: int, j: int, scan: TitleScanner) -> bool:
    """A name word in capitals next to a plainly written one ('Ibrahim TRAORÉ', 'WEN Jiabao'),
    or a regnal number after a name ('Albert II', 'Mohammed VI')."""
    word = tokens[k].base
    if k > j and _NUMERAL.match(word):
        return True
    if k > j and _SHORT_CAPITALS.match(word) and scan.name_token(tokens[k - 1]):
        return word.lower() not in scan.lex.stop and word not in scan.lex.countries  # 'Deng LI'
    if k == j and _capitals_run(tokens, k, scan):
        return True
    if not capitals_word(word, scan):
        return False
    if k > j:
        before = tokens[k - 1]
        if before.text.isupper() and before.lower in scan.particles:  # 'LE DRIAN'
            return True
        return scan.name_token(before) or capitals_name(tokens, k - 1, j, scan)
    return k + 1 < len(tokens) and scan.name_token(tokens[k + 1])


def _capitals_run(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A name written wholly in capitals in ordinary text ('le président XI JINPING', "le Chef
    de l'Etat IDRISS DEBY ITNO"): two or three capitalised words, no state, place or honorific,
    with no capitals before or after them (a line in capitals is a headline, not a name)."""
    run = k
    while run < len(tokens) and _capitals_part(tokens[run].base, scan, first=run == k):
        run += 1
    if not 2 <= run - k <= _MAX_CAPITALS_RUN:
        return False
    before = tokens[k - 1].base if k > 0 else ""
    after = tokens[run].base if run < len(tokens) else ""
    return not (before.isupper() and before.isalpha()) and not (after.isupper() and after.isalpha())


def _capitals_part(word: str, scan: TitleScanner, first: bool) -> bool:
    """A word of a name in capitals; the first may have two letters ('XI', 'LI')."""
    short = first and bool(_SHORT_CAPITALS.match(word)) and word.lower() not in scan.lex.stop
    lex = scan.lex
    known = word in lex.countries or word.title() in lex.places or word in scan.honorifics
    return (short or capitals_word(word, scan)) and not known


def capitals_word(word: str, scan: TitleScanner) -> bool:
    """A word of three letters or more written in capitals that is no function word."""
    return (
        len(word) >= 3
        and word.replace("-", "").isalpha()
        and word.isupper()
        and word.lower() not in scan.lex.stop
    )
