"""People named with a courtesy form and no title in reach ('M. Rajiv Gandhi', 'de heer Kirsch',
'Herr Scheel'): in a report on diplomacy the form marks a public figure, so the name is kept
as a person whose office the text gives elsewhere or takes as known.

Only the forms of `courtesy_forms` count. 'Mrs', 'Mme', 'Frau', 'mevrouw' are left out: in
these reports they name the spouses of visitors ('accompanied by his wife Mrs. X', 'von seiner
Frau Brigitte begleitet') about as often as women in office, who are mostly named by their
office; degrees ('Dr', 'Prof') and ranks are left to the titles."""

from __future__ import annotations

from ingest.extract.mentions import PersonMention, TitleScanner, Token
from ingest.extract.people_titles import join_tokens
from ingest.extract.person_names import after_honorific, name_run


def honorific_people(
    tokens: list[Token], scan: TitleScanner, people: list[PersonMention]
) -> list[PersonMention]:
    """One untitled mention per honorific and name that no titled mention covers."""
    taken = [(p.span_start, p.span_end) for p in people] + [(p.start, p.end) for p in people]
    out: list[PersonMention] = []
    k = 0
    while k < len(tokens):
        if tokens[k].text not in scan.courtesy or _covered(tokens[k], taken):
            k += 1
            continue
        first = after_honorific(tokens, k, scan)
        end = name_run(tokens, first, scan) if first > k else first
        if end == first or _covered(tokens[first], taken):
            k += 1
            continue
        name = tokens[first:end]
        possessive = name[-1].possessive
        mention = PersonMention(
            join_tokens(name).removesuffix("\u2019s").removesuffix("'s"),
            name[0].start, name[-1].end - (2 if possessive else 0),
            span_start=tokens[k].start, span_end=name[-1].end, rule="honorific-name",
        )  # fmt: skip
        out.append(mention)
        k = end
    return out


def _covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.start < b for a, b in spans)
