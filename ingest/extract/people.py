"""Titled people in a sentence: title before the name, or an apposition after it.

The title spans come from people_spans.py; this module reads the name or names beside each.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ingest.extract.mentions import (
    CountryMention,
    PersonMention,
    Token,
)
from ingest.extract.people_copula import (
    adjoined_holder,
    apposition,
    as_holder,
    capacity_holder,
    holder_before,
    relative_holder,
)
from ingest.extract.people_honorific import honorific_people
from ingest.extract.people_lists import (
    bracketed_list,
    bracketed_names,
    country_list,
    item_title,
    joined_adjectives,
    list_follows,
    listed_names,
    long_list,
    plural_title,
)
from ingest.extract.people_plural_tails import plural_tail
from ingest.extract.people_portfolio import portfolio_comma, remit_comma
from ingest.extract.people_remit_names import REMIT_RULE, remit_holder
from ingest.extract.people_spans import name_opening, title_spans
from ingest.extract.people_titles import (
    country_after,
    country_at,
    describe_title,
    genitive_name,
    join_tokens,
    pause_width,
)
from ingest.extract.person_names import (
    after_honorific,
    name_run,
    opens_organisation,
    particle_surname,
)
from ingest.extract.titles import TitleScanner

# context.py reads the spans with the people, from this one module.
__all__ = ["find_people", "title_spans"]

_BRACKETS = frozenset("()")


def find_people(
    tokens: list[Token],
    scan: TitleScanner,
    countries: list[CountryMention],
    titles: list[tuple[int, int]] | None = None,
    remits: list[PersonMention] | None = None,
) -> list[PersonMention]:
    """The titled people of a sentence; into `remits`, the holders read after a title's remit
    (`people_remit_names`), kept apart: they join the officials after the leaders."""
    people: list[PersonMention] = []
    orphan: tuple[int, int] | None = None  # a title with no name, then a comma
    spans = title_spans(tokens, scan, countries) if titles is None else titles
    for left, right in spans:
        before, orphan = orphan, None
        holder = _name_after(tokens, (left, right), scan, countries)
        if remits is not None:
            remits += _remit_mentions(tokens, holder, scan, countries)
        if holder.end == holder.start:
            _name_elsewhere(tokens, right + 1, holder, scan, countries, people)
        if holder.end == holder.start:
            orphan = holder.title if holder.comma else None
            continue
        people.extend(_mentions(tokens, holder, before, scan, countries))
    people += _country_listed(tokens, scan, countries, people)
    _serving_states(tokens, scan, people)
    return people + honorific_people(tokens, scan, people)


def _remit_mentions(
    tokens: list[Token], holder: _Holder, scan: TitleScanner, countries: list[CountryMention]
) -> list[PersonMention]:
    """The holder named after the remit of a singular title with no name right after it ('Ambassador
    to Abkhazia Semyon Grigoryev')."""
    if holder.plural or holder.end > holder.start:
        return []
    found = remit_holder(tokens, holder.title, scan, countries)
    if found is None:
        return []
    right, start, end = found
    remit = _Holder((holder.title[0], right), start, end, REMIT_RULE, False, False, False)
    return _mentions(tokens, remit, None, scan, countries)


def _serving_states(tokens: list[Token], scan: TitleScanner, people: list[PersonMention]) -> None:
    """'Steve Witkoff, the special envoy of US President Donald Trump': the holder of a title
    that serves a head (two spans joined by a retinue connector) is of the head's state."""
    by_start = {p.title_tokens[0]: p for p in people if p.title_tokens}
    for serving in people:
        if serving.country is not None or serving.title_tokens is None:
            continue
        k = serving.title_tokens[1] + 1
        if k >= len(tokens) or tokens[k].lower not in scan.retinue:
            continue
        while k + 1 < len(tokens) and tokens[k + 1].lower in scan.dets:
            k += 1
        head = by_start.get(k + 1)
        if head is not None:
            serving.country = head.country


@dataclass
class _Holder:
    """Where the name of a title's holder is, as read beside the title; start == end while the
    title holds no name."""

    title: tuple[int, int]  # the title's span, past a list of portfolios that follows it
    start: int
    end: int
    rule: str
    comma: bool  # a pause between the title and the name
    plural: bool  # a plural title, or a long list of names after a singular one
    listed: bool  # 'US President A, B and C'
    bracketed: list[tuple[int, int, str | None]] = field(default_factory=list)


def _name_after(
    tokens: list[Token], title: tuple[int, int], scan: TitleScanner, countries: list[CountryMention]
) -> _Holder:
    """The name right after a title, or after the comma that follows it."""
    left, right = title
    j = name_opening(tokens, right, scan)  # past 'Gen.''s stop and a gloss: 'Adviser (NSA) X'
    pause = pause_width(tokens, j)
    comma = pause > 0
    start_name = after_honorific(tokens, j + pause, scan)
    honoured = start_name > j + pause  # 'the Prime Minister, Mr. Kosygin': a name for sure
    end = _name_end(tokens, right, start_name, scan, countries)
    rule = "title-comma-name" if comma else "title-before-name"
    plural = plural_title(tokens, (left, right), scan) or bool(
        joined_adjectives(tokens, left, scan, countries)
    )  # 'die somalischen und kenianischen Außenminister A und B'
    listed = not plural and end > start_name and long_list(tokens, end, scan)
    plural = plural or listed
    tail = _past_tail(tokens, right, scan, countries) if plural and end == start_name else None
    if tail is not None:
        right, start_name, end, comma = tail
        rule = "title-comma-name" if comma else rule
    past = None if plural else _past_portfolio(tokens, (left, right), (start_name, end), scan)
    if past is not None:
        right, start_name, end = past
        comma, rule = True, "title-comma-name"
    if (
        comma
        and end - start_name < 2
        and not honoured
        and not (plural and list_follows(tokens, end, scan))
        and not _closed_surname(tokens, (start_name, end), scan)
    ):
        end = start_name
    if comma and not plural and (adjoined_holder(tokens, left, scan)[2] or (
        past is None and holder_before(tokens, left, end, scan)
    )):  # fmt: skip
        end = start_name  # 'A ministre des mines, B ministre de ...': B holds the next one
    return _Holder((left, right), start_name, end, rule, comma, plural, listed)


def _name_end(
    tokens: list[Token], right: int, start: int, scan: TitleScanner, countries: list[CountryMention]
) -> int:
    """Index one past the name that starts at `start` after a title ending at `right`; == start
    when the words there are no name."""
    end = name_run(tokens, start, scan)
    end = next((k for k in range(start + 1, end) if genitive_name(tokens, k, scan)), end)
    if end == start:  # 'le général de Gaulle': a lower-case particle, then a state or a name
        end = particle_surname(tokens, start, scan)
        end = start if _a_state(tokens, (start + 1, end), countries) else end
    if _a_state(tokens, (start, end), countries) or opens_organisation(tokens, end, scan):
        end = start  # 'Executive Director, New Zealand International Business Forum'
    if tokens[right].possessive:
        end = start  # "director general of the ministry's Southeast Asia wing": its part
    return end


def _past_tail(
    tokens: list[Token], right: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[int, int, int, bool] | None:
    """(title end, name start, name end, comma) of a list of two names or more after a plural
    title's tail ('die Außenminister Perus und Ecuadors, A und B'); None without one."""
    found = plural_tail(tokens, right, scan, countries)
    if found is None:
        return None
    right, j = found
    pause = pause_width(tokens, j)
    start = after_honorific(tokens, j + pause, scan)
    end = name_run(tokens, start, scan)
    if end == start or not list_follows(tokens, end, scan):
        return None
    return right, start, end, pause > 0


def _name_elsewhere(
    tokens: list[Token],
    j: int,
    holder: _Holder,
    scan: TitleScanner,
    countries: list[CountryMention],
    people: list[PersonMention],
) -> None:
    """No name after the title: names in brackets from `j`, a name before the title (an
    apposition), or the last untitled name before a phrase of capacity."""
    left = holder.title[0]
    holder.bracketed = _in_brackets(tokens, j, scan, countries, holder.plural)
    if holder.bracketed:
        first, last, _ = holder.bracketed[0]
        holder.start, holder.end, holder.rule, holder.plural = first, last, "title-bracket", False
    if holder.end == holder.start:
        holder.start, holder.end, holder.rule = apposition(tokens, left, scan)
        holder.plural = False
    for other in (relative_holder, as_holder):
        if holder.end == holder.start:
            holder.start, holder.end, holder.rule = other(tokens, left, scan)
    if holder.end == holder.start:
        holder.start, holder.end, holder.rule = capacity_holder(tokens, left, scan, people)


def _mentions(
    tokens: list[Token],
    holder: _Holder,
    before: tuple[int, int] | None,
    scan: TitleScanner,
    countries: list[CountryMention],
) -> list[PersonMention]:
    """One mention per name the title holds; `before` is a title with no name of its own that
    ends right before this one and lends it its country and role."""
    left = holder.title[0]
    title, role, country, org = describe_title(tokens, holder.title, scan, countries)
    if before is not None and before[1] + 2 == left:  # "Irans Chefunterhändler, Vize..."
        _, first_role, first_country, _ = describe_title(tokens, before, scan, countries)
        country = country or first_country
        role = first_role if first_role and first_role.endswith("chief negotiator") else role
    start_name, end = holder.start, holder.end
    portfolios: dict[int, tuple[int, int]] = {}
    if holder.plural:
        found, portfolios = _plural_list(tokens, holder.title, (start_name, end), scan,
                                         countries, None if holder.listed else country)  # fmt: skip
    else:
        country = country or country_after(tokens, end, scan, countries)
        found = [(a, b, c or (country if i == 0 else None)) for i, (a, b, c) in
                 enumerate(holder.bracketed or [(start_name, end, None)])]  # fmt: skip
    if holder.listed:  # 'US President A, B and C': the title's country is the first one's only
        found[0] = (found[0][0], found[0][1], found[0][2] or country)
    mention = PersonMention(
        "", 0, 0, title, role, None, org, rule=holder.rule, title_tokens=holder.title
    )
    out = _each(mention, tokens, found, bool(holder.bracketed), scan)
    for person, (first, _, _) in zip(out, found, strict=True):
        if first in portfolios:
            _own_portfolio(person, item_title(tokens, holder.title, portfolios[first], scan),
                           scan, countries)  # fmt: skip
    return out


def _own_portfolio(
    person: PersonMention, words: list[Token], scan: TitleScanner, countries: list[CountryMention]
) -> None:
    """'ministers of A, X, and Defence, Y': Y holds the title his own portfolio makes."""
    title, person.role, country, person.organization = describe_title(
        words, (0, len(words) - 1), scan, countries
    )
    person.title, person.country = title, person.country or country


def _closed_surname(tokens: list[Token], span: tuple[int, int], scan: TitleScanner) -> bool:
    """'de Iraakse ambassadeur, Al-Falaki, over', 'Der chinesische Botschafter, Wu, sagte': one
    name word between two commas after a title, the sentence going on in lower case, is its
    holder's surname, an apposition closed on both sides. A place there ('the ambassador,
    Paris,') is none, nor an item of a list ('Minister van Economie, Tewerkstelling, Handel',
    'Reporter, Polizei, Barrikaden')."""
    start, end = span
    if end - start != 1 or end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    return tokens[end + 1].base.islower() and tokens[start].base not in scan.lex.places


def _a_state(tokens: list[Token], span: tuple[int, int], countries: list[CountryMention]) -> bool:
    """A run of capitalised words that is the name of a state, not of a person."""
    start, end = span
    return end > start and all(country_at(t, countries) for t in tokens[start:end])


def _country_listed(
    tokens: list[Token], scan: TitleScanner, countries: list[CountryMention],
    people: list[PersonMention],
) -> list[PersonMention]:  # fmt: skip
    """Names listed with their states that no title before them holds."""
    out: list[PersonMention] = []
    for first, last, country, title, role in country_list(tokens, scan, countries, people):
        mention = PersonMention("", 0, 0, title, role, country, rule="name-country-list")
        out.append(_placed(replace(mention, name=join_tokens(tokens[first:last])), tokens,
                           (first, last - 1), (first, last)))  # fmt: skip
    return out


def _in_brackets(
    tokens: list[Token], j: int, scan: TitleScanner, countries: list[CountryMention], plural: bool
) -> list[tuple[int, int, str | None]]:
    """Names in brackets after a title: one per item of its list, or, after a plural title, a
    list inside one pair of brackets."""
    found = bracketed_names(tokens, j, scan, countries)
    if not found and plural:
        found = [(a, b, None) for a, b in bracketed_list(tokens, j, scan)]
    return found


def _each(
    mention: PersonMention,
    tokens: list[Token],
    found: list[tuple[int, int, str | None]],
    own_items: bool,
    scan: TitleScanner,
) -> list[PersonMention]:
    """One mention per listed name, each with its own country; a bracketed list item's span is
    its own name, not the whole title before the list; a German genitive loses its -s."""
    title = mention.title_tokens or (0, 0)
    out: list[PersonMention] = []
    for n, (first, last, own) in enumerate(found):
        words = [t for t in tokens[first:last] if t.text not in _BRACKETS]  # '(Miguel) Berger'
        one = replace(mention, name=join_tokens(words), country=own)
        span = title if n == 0 or not own_items else (first, last - 1)
        if genitive_name(tokens, last, scan):
            one.name = one.name[:-1]
        out.append(_placed(one, tokens, span, (first, last)))
    return out


def _plural_list(
    tokens: list[Token],
    title: tuple[int, int],
    name: tuple[int, int],
    scan: TitleScanner,
    countries: list[CountryMention],
    country: str | None,
) -> tuple[list[tuple[int, int, str | None]], dict[int, tuple[int, int]]]:
    """Every name under a plural title, the title's country only when it names one country;
    and the portfolio each further name holds of its own, by the name's start."""
    first, rest, portfolios = listed_names(tokens, name[1], scan, countries)
    codes = [c.code for t in tokens[title[0] : title[1] + 1] if (c := country_at(t, countries))]
    in_title = list(dict.fromkeys(joined_adjectives(tokens, title[0], scan, countries) + codes))
    shared = country if len(in_title) <= 1 else None
    found = [(name[0], name[1], first or shared)] + [(a, b, c or shared) for a, b, c in rest]
    if len(in_title) == len(found):  # 'the US and French ministers A and B': in that order
        return [(a, b, c or in_title[i]) for i, (a, b, c) in enumerate(found)], portfolios
    return found, portfolios


def _placed(
    mention: PersonMention, tokens: list[Token], title: tuple[int, int], name: tuple[int, int]
) -> PersonMention:
    """Offsets of the name and of the whole title-and-name span; a possessive 's dropped."""
    name_tokens = tokens[name[0] : name[1]]
    possessive = name_tokens[-1].possessive
    mention.name = mention.name.removesuffix("\u2019s").removesuffix("'s")
    mention.start = name_tokens[0].start
    mention.end = name_tokens[-1].end - (2 if possessive else 0)
    mention.span_start = min(tokens[title[0]].start, name_tokens[0].start)
    mention.span_end = max(tokens[title[1]].end, name_tokens[-1].end)
    return mention


def _past_portfolio(
    tokens: list[Token], title: tuple[int, int], name: tuple[int, int], scan: TitleScanner
) -> tuple[int, int, int] | None:
    """(title end, name start, name end) past a list of portfolios, when no name follows the
    title directly or the one that does goes on with a joiner ('Fisheries, Animal Husbandry
    and Dairy, Parshottam Rupala'); never for a title after its holder's name ('A, ministre
    des mines, de l'eau, B, ministre de ...' lists holders and titles)."""
    start, end = name
    if end > start and not (end < len(tokens) and tokens[end].lower in scan.joiners):
        return None
    held, held_end, _ = apposition(tokens, title[0], scan)
    prev = tokens[title[0] - 1] if title[0] > 0 else None
    if held != held_end or (prev is not None and scan.name_token(prev) and not prev.possessive):
        return None  # "India's minister of ..." still reads on
    comma = portfolio_comma(tokens, title[1], scan) or remit_comma(tokens, title[1], scan)
    if comma is None:
        return None
    first = after_honorific(tokens, comma + 1, scan)
    return comma - 1, first, name_run(tokens, first, scan)
