"""People named with a courtesy form and no title in reach ('M. Rajiv Gandhi', 'de heer Kirsch',
'Herr Scheel'): in a report on diplomacy the form marks a public figure, so the name is kept
as a person whose office the text gives elsewhere or takes as known.

Only the forms of `courtesy_forms` count: degrees ('Dr', 'Prof') and ranks are left to the
titles. A form after a word of `companion_words` or a possessive names a visitor's spouse ('his
wife Mrs. X', 'son épouse, Mme X'), or is a plain noun ('von seiner Frau Brigitte begleitet'),
and is passed over."""

from __future__ import annotations

from ingest.extract.mentions import PersonMention, Token
from ingest.extract.people_titles import join_tokens
from ingest.extract.person_names import after_honorific, name_run
from ingest.extract.titles import TitleScanner


def honorific_people(
    tokens: list[Token], scan: TitleScanner, people: list[PersonMention]
) -> list[PersonMention]:
    """One untitled mention per honorific and name that no titled mention covers."""
    # Every sentence is asked and few hold a courtesy form: one pass finds the forms.
    forms = [k for k, t in enumerate(tokens) if t.text in scan.courtesy]
    if not forms:
        return []
    taken = [(p.span_start, p.span_end) for p in people] + [(p.start, p.end) for p in people]
    out: list[PersonMention] = []
    done = 0  # the end of the last mention: a form inside it opens none
    for k in forms:
        if k < done or _companion(tokens, k, scan) or _covered(tokens[k], taken):
            continue
        first = after_honorific(tokens, k, scan)
        end = name_run(tokens, first, scan) if first > k else first
        if end == first or _covered(tokens[first], taken):
            continue
        name = tokens[first:end]
        possessive = name[-1].possessive
        mention = PersonMention(
            join_tokens(name).removesuffix("\u2019s").removesuffix("'s"),
            name[0].start, name[-1].end - (2 if possessive else 0),
            span_start=tokens[k].start, span_end=name[-1].end, rule="honorific-name",
        )  # fmt: skip
        out.append(mention)
        done = end
    return out


def _covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.start < b for a, b in spans)


def _companion(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A spouse ('his wife Mrs. X', 'son épouse, Mme X') or a plain noun ('seiner Frau X')."""
    j = k - 1 - (k > 1 and tokens[k - 1].text == ",")
    prev = tokens[j].lower if j >= 0 else ""
    return prev in scan.companions or prev in scan.possessives
