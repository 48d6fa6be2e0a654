"""People the article names without a title the extractor knows ('Scholz telefoniert mit Putin',
'des Außenministers Russlands, Sergej Lawrow'): candidates for leading a side, never officials
unless the leader model makes them leaders."""

from __future__ import annotations

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import TitleScanner, Token
from ingest.models import Person
from ingest.text.slug import local_slug

_MAX_BARE = 4  # words in a name


def _bare_run(ctx: SentenceContext, scan: TitleScanner, i: int, busy: list[tuple[int, int]]) -> int:
    """How many tokens from `i` form a bare name: capitalised words (particles between)."""
    tokens = ctx.mentions.tokens
    j = i
    while j < len(tokens) and j - i < _MAX_BARE:
        t = tokens[j]
        if any(a <= t.start < b for a, b in busy):
            break
        if (scan.name_token(t) and not scan.titleish(t.lower)) or (
            j > i and t.lower in scan.particles and j + 1 < len(tokens)
        ):
            j += 1
        else:
            break
    while j > i and not scan.name_token(tokens[j - 1]):
        j -= 1
    return j - i


def _title_near(
    tokens: list[Token], start: int, end: int, scan: TitleScanner
) -> tuple[str | None, str | None]:
    """A title word a few words before the name ('des Außenministers Russlands, Sergej
    Lawrow') or right after its comma ('Lawrow, Russlands Außenminister')."""
    near = [*range(start - 1, max(-1, start - 6), -1), *range(end + 1, min(len(tokens), end + 4))]
    for k in near:
        role = scan.head_role(tokens[k].lower)
        if role is not None:
            return tokens[k].text, role
    return None, None


def bare_people(art: ArticleContext, known: list[Person]) -> list[Person]:
    """Named people the article gives no title ('Scholz telefoniert mit Putin'): candidates for
    leading a side, never officials unless the model makes them leaders."""
    surnames = {p.name.split()[-1] for p in known}
    found: dict[str, Person] = {}
    for ctx in art.sentences:
        m = ctx.mentions
        busy = [(c.start, c.end) for c in m.countries] + [(p.start, p.end) for p in m.places]
        busy += [(p.span_start, p.span_end) for p in m.people]
        i = 0
        while i < len(m.tokens):
            n = _bare_run(ctx, art.scan, i, busy)
            if n == 0:
                i += 1
                continue
            name = ctx.local(m.tokens[i].start, m.tokens[i + n - 1].end)
            surname = name.split()[-1]
            if surname not in surnames and (n > 1 or i > 0):
                person = found.get(surname)
                if person is None:
                    person = found[surname] = Person(
                        id=node_id(Label.PERSON, local_slug(name)), name=name,
                        evidence=[ctx.evidence("person:bare-name", 0.5)],
                    )  # fmt: skip
                elif len(name) > len(person.name):
                    person.name, person.id = name, node_id(Label.PERSON, local_slug(name))
                if person.role is None:
                    person.title, person.role = _title_near(m.tokens, i, i + n, art.scan)
            i += n
    return list(found.values())
