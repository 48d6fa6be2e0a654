"""A title after a copula names its holder before it ('P V Narasimha Rao was India's external
affairs minister', 'Sophie Wilmès is premier sinds ...')."""

from __future__ import annotations

from ingest.extract.mentions import TitleScanner, Token
from ingest.extract.person_names import name_before


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
