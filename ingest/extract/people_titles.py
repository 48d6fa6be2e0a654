"""A title's parts: its text, the role it normalises to, the holder's country and organisation
('the Foreign Ministry's Director General', "Außenminister Russlands", 'ambassador in the US')."""

from __future__ import annotations

from itertools import pairwise

from ingest.extract.mentions import CountryMention, Token, drop_elision
from ingest.extract.titles import TitleScanner


def country_at(token: Token, countries: list[CountryMention]) -> CountryMention | None:
    for country in countries:
        if country.start <= token.start < country.end or token.start < country.start < token.end:
            return country  # the second case: an elided "d'Azerbaïdjan" holds the country
    return None


def country_after(
    tokens: list[Token], end: int, scan: TitleScanner, countries: list[CountryMention]
) -> str | None:
    """The state a titled name is 'of' ('President Guelleh of Djibouti', 'premier Bettel van
    Luxemburg'): the title before the name left it out, the words after the name state it."""
    if end >= len(tokens) or tokens[end].lower not in scan.own:
        return None
    k = end + 1
    while k < len(tokens) and tokens[k].lower in scan.dets:
        k += 1
    found = country_at(tokens[k], countries) if k < len(tokens) else None
    return found.code if found else None


def describe_title(
    tokens: list[Token], span: tuple[int, int], scan: TitleScanner, countries: list[CountryMention]
) -> tuple[str, str | None, str | None, str | None]:
    """Title text, normalised role, the holder's country and organisation."""
    left, right = span
    org, left = _possessive_org(tokens, left, right)
    owner = country_at(tokens[left - 1], countries) if org else None
    if owner is not None and owner.start == tokens[span[0]].start:
        org = None  # "India's External Affairs Minister": a country, not an organisation
    country, org = _title_country_and_org(tokens, (left, right), scan, countries, org)
    country = (
        country
        or (owner.code if owner else None)
        or _title_country(tokens, left, right, scan)
        or _body_state_alone(tokens[span[0] : right + 1], scan, countries)
    )
    title = drop_elision(join_tokens(tokens[left : right + 1]))
    return title, _title_role(tokens, left, right, scan), country, org


def _title_country(tokens: list[Token], left: int, right: int, scan: TitleScanner) -> str | None:
    """A title that names its country by itself ('Bundesaußenminister')."""
    table = scan.lex.mapping("title_countries")
    return next((str(table[t.lower]) for t in tokens[left : right + 1] if t.lower in table), None)


def _body_state_alone(
    tokens: list[Token], scan: TitleScanner, countries: list[CountryMention]
) -> str | None:
    """A body's state only where no state is named beside it: 'the German Foreign Office's
    spokesman' is German, though the Foreign Office alone is British."""
    if any(country_at(t, countries) for t in tokens):
        return None
    return _body_state(tokens, scan)


def _body_state(tokens: list[Token], scan: TitleScanner) -> str | None:
    """The state of a body that belongs to one state named in a title ('Europadirektorin beim
    Auswärtigen Amt', 'Deputy Under-Secretary at the Foreign and Commonwealth Office'), also as a
    compound's first part ('EDA-Staatssekretär', 'KPdSU-Generalsekretär'): such a holder serves
    that state though no word of the title names it."""
    bodies = scan.body_states
    words = [t.lower.replace("\u2019", "'") for t in tokens]
    for k, word in enumerate(words):
        first, dash, _ = word.partition("-")
        if dash and first in bodies:
            return bodies[first]
        for n in range(scan.body_length, 0, -1):
            code = bodies.get(" ".join(words[k : k + n]))
            if code:
                return code
    return None


def _possessive_org(tokens: list[Token], left: int, right: int) -> tuple[str | None, int]:
    """Organisation in "the Foreign Ministry's Director General", and where the title starts."""
    org: str | None = None
    for k in range(left, right):
        if tokens[k].possessive:
            org = " ".join(t.base for t in tokens[left : k + 1])
            left = k + 1
    return org, left


def _title_country_and_org(
    tokens: list[Token],
    span: tuple[int, int],
    scan: TitleScanner,
    countries: list[CountryMention],
    org: str | None,
) -> tuple[str | None, str | None]:
    """The holder's country (before any foreign connector: 'ambassador in the US' is not US)."""
    left, right = span
    country: str | None = None
    connector: str | None = None
    for k in range(left, right + 1):
        token = tokens[k]
        found = country_at(token, countries)
        if found and country is None and (connector is None or connector in scan.own):
            country = found.code
        # 'chargé' opens a head ('chargé d'affaires'): a connector only after the title's start
        if token.lower in scan.connectors and k > left and not _inside_head(tokens, k, scan):
            connector = token.lower
            if (
                org is None
                and connector in scan.own
                and any(t.lower in scan.orgs for t in tokens[k + 1 : right + 1])
            ):
                org = _org_after(tokens, k + 1, right, scan, countries)
    return country, org


def _inside_head(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """The connector at `k` is a word of a head of three words ('négociateur en chef',
    'commandant en chef'), not one that ties the title to a place."""
    if k + 1 >= len(tokens):
        return False
    return f"{tokens[k - 1].lower} {tokens[k].lower} {tokens[k + 1].lower}" in scan.heads


def _title_role(tokens: list[Token], left: int, right: int, scan: TitleScanner) -> str | None:
    """Normalised role from the modifiers and the first head before any connector."""
    role_parts: list[str] = []
    for k in range(left, right + 1):
        word = tokens[k].lower
        if word in scan.connectors and not (k > left and tokens[k - 1].text == "-"):
            return None  # past 'Staats- und': a truncated compound shares the head after it
        phrase = scan.head_at(tokens, k, right, least=3) if word in scan.modifiers else None
        if phrase is not None:  # 'Deputy Chief of Mission': more than a deputy 'chief'
            return " ".join([*role_parts, phrase])
        if word in scan.modifiers and not (k == right and scan.head_role(word)):
            role_parts.append(scan.modifiers[word])
            continue
        head = _longest_head(tokens, k, right, scan)
        if head is not None:
            return " ".join([*role_parts, *_fused_modifier(word, scan), head])
    return None


def _fused_modifier(word: str, scan: TitleScanner) -> list[str]:
    """The modifier hyphened to a head ('Ex-Außenminister', 'oud-minister', 'vice-président'),
    which the role keeps: a former minister leads no side, a vice president heads no state."""
    word = drop_elision(word)
    first, dash, _ = word.partition("-")
    fused = dash and first in scan.modifiers and word not in scan.heads  # not 'vice-président'
    return [scan.modifiers[first]] if fused else []


def _longest_head(tokens: list[Token], k: int, right: int, scan: TitleScanner) -> str | None:
    """The role of the longest head at token k: 'chef de l'État' is a head of state, not only a
    'chef'; 'Crown Prince' more than a prince."""
    return scan.head_at(tokens, k, right) or scan.head_role(tokens[k].lower)


def _org_after(
    tokens: list[Token], k: int, right: int, scan: TitleScanner, countries: list[CountryMention]
) -> str:
    while k <= right and (tokens[k].lower in scan.dets or country_at(tokens[k], countries)):
        k += 1
    return join_tokens(tokens[k : right + 1])


def join_tokens(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    out = tokens[0].text
    for prev, token in pairwise(tokens):
        out += (" " if token.start > prev.end else "") + token.text
    return out


_DASHES = frozenset({"\u2013", "\u2014"})  # en and em dash


def pause_width(tokens: list[Token], j: int) -> int:
    """Tokens of the pause between a title and its holder's name: a comma, a dash, or two
    hyphens standing for one ('the foreign secretaries -- A and B --'); 0 when none."""
    if j >= len(tokens):
        return 0
    if tokens[j].text == "," or tokens[j].text in _DASHES:
        return 1
    double = j + 1 < len(tokens) and tokens[j].text == tokens[j + 1].text == "-"
    return 2 if double and tokens[j].end == tokens[j + 1].start else 0


def genitive_name(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """'Bundesaußenminister Joschka Fischers Stimme', 'Präsident Hassan Rohanis Team': a German
    name in the genitive, the noun it owns right after it; its holder is 'Joschka Fischer'."""
    if end < 1 or end >= len(tokens):
        return False
    word = tokens[end - 1].text
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and tokens[end].base[:1].isupper()
        and tokens[end].lower in scan.lex.word_set("genitive_heads")
    )
