"""Several people under one plural title: 'de ministers Ollongren, Bijleveld en Blok', 'les
présidents William Ruto du Kenya et Umaro Embalo de Guinée-Bissau', 'ihre Amtskollegen A
(Frankreich) und B (Großbritannien)'. Each listed name holds the title; a country given with
a name ('(Frankreich)', 'du Kenya') is that person's own."""

from __future__ import annotations

from ingest.extract.mentions import (
    CountryMention,
    PersonMention,
    Token,
    drop_elision,
)
from ingest.extract.person_names import after_honorific, name_before, name_run
from ingest.extract.titles import TitleScanner

_PAREN_REACH = 6  # tokens a '(Finance)' or '(Frankreich)' after a name may span
_SECOND_TITLE_WORDS = 3  # "et le [vice-]Premier ministre [belge]": the head within three words
_ITEM_REACH = 8  # tokens of one listed portfolio: 'de la Culture et du Tourisme'


def plural_title(tokens: list[Token], span: tuple[int, int], scan: TitleScanner) -> bool:
    """A plural head ('ministers'), or a number or a plural article before the title ('die
    sechs Außenminister', 'die Botschafter von Neuseeland, A, aus Chile, B')."""
    before = tokens[span[0] - 1].lower if span[0] > 0 else ""
    heads = [t.lower for t in tokens[span[0] : span[1] + 1] if scan.head_role(t.lower)]
    singular = scan.plural_articles.get(before)
    article = singular is not None and bool(heads) and not heads[-1].endswith(singular)
    return before in scan.counts or article or any(scan.plural(t) for t in heads)


def joined_adjectives(
    tokens: list[Token], left: int, scan: TitleScanner, countries: list[CountryMention]
) -> list[str]:
    """The states of nationality adjectives joined before a title that opens with one ('the
    Somali and Kenyan foreign ministers', 'die somalischen und kenianischen Außenminister'), in
    order, the title's own last; empty when none is joined before it."""
    own = _country_in(tokens[left : left + 1], countries, "adjective")
    found: list[str] = []
    k = left - 1
    while own is not None and k >= 1 and tokens[k].lower in scan.joiners:
        state = _country_in(tokens[k - 1 : k], countries)  # 'the US and French ministers'
        if state is None:
            break
        found.insert(0, state)
        k -= 2
    return [*found, own] if found and own is not None else []


def long_list(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """Two or more further names after the one ending at `end`, commas between: a title the
    same in singular and plural heads a list ('die Außenminister Baker, Dumas, Hurd und Meckel')."""
    k, count = end, 0
    while (span := _joined_name(tokens, k, scan)) is not None:
        k, count = span[1], count + 1
    return count >= 2 and tokens[end].text == ","


def bracketed_list(tokens: list[Token], j: int, scan: TitleScanner) -> list[tuple[int, int]]:
    """Names listed inside the brackets that open at `j`: 'die sechs Außenminister (Baker,
    Dumas, Genscher, Hurd, Meckel, Schewardnadse)'; empty unless the brackets hold only names."""
    if j >= len(tokens) or tokens[j].text != "(":
        return []
    first = name_run(tokens, j + 1, scan)
    if first == j + 1:
        return []
    found, k = [(j + 1, first)], first
    while (span := _joined_name(tokens, k, scan)) is not None:
        found.append(span)
        k = span[1]
    closed = k < len(tokens) and tokens[k].text == ")"
    return found if closed and len(found) > 1 else []


def list_follows(tokens: list[Token], end: int, scan: TitleScanner) -> bool:
    """A joiner or comma, then a name, right after the name ending at `end`."""
    k, _ = _skip_origin(tokens, end, scan, [])
    return _joined_name(tokens, k, scan) is not None


def listed_names(
    tokens: list[Token], end: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[str | None, list[tuple[int, int, str | None]], dict[int, tuple[int, int]]]:
    """The first name's own country, then each further (start, end, country) of the list, and
    the span of the portfolio a further name holds, by the name's start."""
    k, first = _skip_origin(tokens, end, scan, countries)
    found: list[tuple[int, int, str | None]] = []
    portfolios: dict[int, tuple[int, int]] = {}
    while True:
        item = _portfolio_item(tokens, k, scan, countries)
        span = item[0] if item is not None else _joined_own(tokens, k, scan, countries)
        if span is None:
            return first, found, portfolios
        if item is not None and item[1] is not None:
            portfolios[span[0]] = item[1]
        k, country = _skip_origin(tokens, span[1], scan, countries)
        found.append((span[0], span[1], country or span[2]))


def item_title(tokens: list[Token], title: tuple[int, int], item: tuple[int, int],
               scan: TitleScanner) -> list[Token]:  # fmt: skip
    """The title a listed portfolio gives its holder: the shared title's words before its
    remit, its connector where the item opens without one, and the item ('ministers of A, X,
    and Defence, Y': 'ministers of Defence')."""
    left, right = title
    cut = next((k for k in range(left + 1, right + 1) if tokens[k].lower in scan.connectors), None)
    head = tokens[left : cut if cut is not None else right + 1]
    opens = tokens[item[0]].lower in scan.connectors or tokens[item[0]].lower in scan.dets
    tie = [tokens[cut]] if cut is not None and not opens else []
    return [*head, *tie, *tokens[item[0] : item[1]]]


def _portfolio_item(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[tuple[int, int, str | None], tuple[int, int] | None] | None:
    """The next holder of a list that gives each one's own portfolio or state before the name:
    'ministers of Foreign Affairs, A, and Defence, B', 'les ministres des Affaires étrangères,
    A, de la Culture, B', 'les ministres de l'Intérieur A et de la Justice B', 'les ministres
    de la Défense colombien, A, et équatorien, B'; with that state, if the item names one, and
    the item's span."""
    if k >= len(tokens) or tokens[k].lower not in scan.joiners:
        return None
    start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in scan.joiners)
    m, titled, stated = start, False, False
    while m < len(tokens) and m - start < _ITEM_REACH and tokens[m].text != ",":
        token = tokens[m]
        if scan.head_role(token.lower) is not None:
            return None  # a title of its own: 'and Defence Minister B'
        if _country_in([token], countries) is not None:
            stated = True
        elif scan.titleish(token.lower):
            titled = True
        elif not (token.lower in scan.connectors or token.lower in scan.dets):
            break  # the holder's name, right after a portfolio that opened with a connector
        m += 1
    comma = m < len(tokens) and tokens[m].text == ","
    if not (titled or stated) or not (comma or tokens[start].lower in scan.connectors):
        return None
    first = after_honorific(tokens, m + comma, scan)
    stop = name_run(tokens, first, scan)
    own = _country_in(tokens[start:m], countries)
    # a state's adjective alone ('et équatorien') holds the shared title as it stands
    remit = titled or tokens[start].lower in scan.connectors  # 'aus der Republik Irak'
    return ((first, stop, own), (start, m) if remit else None) if stop - first >= 2 else None


def _joined_name(tokens: list[Token], k: int, scan: TitleScanner) -> tuple[int, int] | None:
    found = _joined_own(tokens, k, scan, [])
    return found[:2] if found is not None else None


def _joined_own(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[int, int, str | None] | None:
    """The next name of a list, and the state of a nationality adjective before it ('ses
    homologues japonais A, et iranien B')."""
    if k >= len(tokens) or tokens[k].lower not in scan.joiners:
        return None
    start = k + 1
    if start < len(tokens) and tokens[start].lower in scan.joiners:
        start += 1  # ', en' / ', and'
    own = _country_in(tokens[start : start + 1], countries, "adjective")
    first = after_honorific(tokens, start + (own is not None), scan)  # ', Dr Sekai Nzenza'
    stop = name_run(tokens, first, scan)
    return (first, stop, own) if stop > first else None


def _skip_origin(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[int, str | None]:
    """Past '(Frankreich)', '(Financiën)' or 'du Kenya' after a name, with the country named."""
    if k < len(tokens) and tokens[k].text == "(":
        for m in range(k + 1, min(k + 1 + _PAREN_REACH, len(tokens))):
            if tokens[m].text == ")":
                return m + 1, _country_in(tokens[k:m], countries)
        return k, None
    if k + 1 < len(tokens) and tokens[k].lower in scan.own:
        # 'de la République du Bénin': an article between the connector and the state
        at = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].lower in scan.dets)
        country = _country_in(tokens[at : at + 1], countries)
        if country is not None:
            stop = at
            while stop < len(tokens) and any(
                c.start <= tokens[stop].start < c.end for c in countries
            ):
                stop += 1
            return stop, country
    return k, None


def _country_in(
    span: list[Token], countries: list[CountryMention], kind: str | None = None
) -> str | None:
    for token in span:
        for country in countries:
            if country.start <= token.start < country.end and kind in (None, country.kind):
                return country.code
    return None


def bracketed_names(
    tokens: list[Token], j: int, scan: TitleScanner, countries: list[CountryMention]
) -> list[tuple[int, int, str | None]]:
    """Names in brackets after a title, and after each further item of its list: 'die
    Außenminister von Tschechien (Tomáš Petříček), der Slowakei (Ivan Korčok) und Ungarn
    (Péter Szijjártó)', 'de ministers van Buitenlandse Zaken (A), Openbare Werken (B)'. The first
    takes the title's country; each further one the country named in its own item."""
    first = _bracketed(tokens, j, scan)
    if first is None:
        return []
    found: list[tuple[int, int, str | None]] = [(first[0], first[1], None)]
    k = first[1] + 1
    while k < len(tokens) and tokens[k].lower in scan.joiners:
        item = _next_bracket(tokens, k + 1, scan)
        if item is None:
            break
        gap, name = item
        found.append((name[0], name[1], _country_in(tokens[gap : name[0]], countries)))
        k = name[1] + 1
    return found


def _bracketed(tokens: list[Token], j: int, scan: TitleScanner) -> tuple[int, int] | None:
    """A name filling the brackets that open at `j`."""
    if j >= len(tokens) or tokens[j].text != "(":
        return None
    end = name_run(tokens, j + 1, scan)
    ok = end > j + 1 and end < len(tokens) and tokens[end].text == ")"
    return (j + 1, end) if ok else None


def _next_bracket(
    tokens: list[Token], k: int, scan: TitleScanner
) -> tuple[int, tuple[int, int]] | None:
    """The next item's bracketed name within a few words, with where the item starts."""
    for m in range(k, min(k + _PAREN_REACH, len(tokens))):
        if tokens[m].text == "(":
            name = _bracketed(tokens, m, scan)
            return (k, name) if name is not None else None
        if tokens[m].text in {")", ".", ";", ":"}:
            return None
    return None


def second_title(
    tokens: list[Token], j: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """'le président français et le président nigérian X', 'and his Russian counterpart': a
    joiner, then an article and a head, opens a title of its own."""
    if tokens[j].lower not in scan.joiners or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.lower not in scan.dets:  # "et l'ambassadeur": the article is elided onto the head
        return drop_elision(nxt.lower) != nxt.lower and scan.head_role(nxt.lower) is not None
    for token in tokens[j + 2 : j + 2 + _SECOND_TITLE_WORDS]:
        if scan.head_role(token.lower) is not None:
            return True
        if not (
            scan.titleish(token.lower) or any(c.start <= token.start < c.end for c in countries)
        ):
            return False
    return False


def country_items(
    tokens: list[Token], scan: TitleScanner, countries: list[CountryMention], of: bool
) -> list[tuple[int, int, str]]:
    """'Markus Meckel (DDR), James Baker (USA) und Roland Dumas (Frankreich)', and with `of`
    'Macky Sall of Senegal and Muhammadu Buhari of Nigeria': two or more full names each
    followed by its state stand for those states."""
    found: list[tuple[int, int, str]] = []
    for k, token in enumerate(tokens):
        if token.text != "(" and not (of and token.lower in scan.own):
            continue  # only a bracket or an 'of' can give a state: no name is read elsewhere
        stop, country = _skip_origin(tokens, k, scan, countries)
        start = name_before(tokens, k, scan)
        if country is not None and stop - k <= 4 and k - start >= 2:
            found.append((start, k, country))
    return found if len(found) >= 2 else []


def country_list(
    tokens: list[Token],
    scan: TitleScanner,
    countries: list[CountryMention],
    people: list[PersonMention],
) -> list[tuple[int, int, str, str | None, str | None]]:
    """(start, end, country, title, role) of listed names with their states that no title
    holds: they take the title of the list's first name ('Die Außenminister A (Chile) und B
    (Peru)'), else a plural head of the sentence ('A of Senegal and B of Nigeria are among the
    leaders')."""
    if len(countries) < 2:
        return []  # a list of names with their states names two states at least
    plural = next((t for t in tokens if scan.plural(t.lower)), None)
    title, role = (plural.text, scan.head_role(plural.lower)) if plural else (None, None)
    out: list[tuple[int, int, str, str | None, str | None]] = []
    for first, last, country in country_items(tokens, scan, countries, plural is not None):
        held = next((p for p in people if p.start <= tokens[first].start < p.end), None)
        if held is not None:
            title, role = held.title, held.role  # the list goes on under its first one's title
        else:
            out.append((first, last, country, title, role))
    return out
