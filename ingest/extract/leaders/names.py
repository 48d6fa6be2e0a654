"""People the article names without a title the extractor knows ('Scholz telefoniert mit Putin',
'des Außenministers Russlands, Sergej Lawrow'): candidates for leading a side, never officials
unless the leader model makes them leaders."""

from __future__ import annotations

from bisect import bisect_left

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import TitleScanner, Token
from ingest.models import Person
from ingest.text.slug import local_slug

_MAX_BARE = 4  # words in a name


def _classes(ctx: SentenceContext, scan: TitleScanner) -> str:
    """One letter per token: N a name word, P a particle, B inside a state, place or titled
    person already found, '-' anything else."""
    m = ctx.mentions
    spans = [(c.start, c.end) for c in m.countries] + [(p.start, p.end) for p in m.places]
    spans += [(p.span_start, p.span_end) for p in m.people]
    # Tokens come in text order: each span covers a run of them found by bisection, rather
    # than every token testing every span.
    starts = [t.start for t in m.tokens]
    busy: set[int] = set()
    for a, b in spans:
        busy.update(range(bisect_left(starts, a), bisect_left(starts, b)))
    out = []
    for k, t in enumerate(m.tokens):
        if k in busy:
            out.append("B")
        elif (t.text[0].isupper() or "-" in t.text) and scan.name_token(t):
            out.append("-" if scan.titleish(t.lower) else "N")  # only these can be names
        elif t.lower in scan.particles:
            out.append("P")
        else:
            out.append("-")
    return "".join(out)


def _runs(classes: str) -> list[tuple[int, int]]:
    """(start, end) token spans of bare names: up to four name words, particles between."""
    spans = []
    i = 0
    while i < len(classes):
        if classes[i] != "N":
            i += 1
            continue
        j = i + 1
        while (
            j < len(classes)
            and j - i < _MAX_BARE
            and (classes[j] == "N" or (classes[j] == "P" and j + 1 < len(classes)))
        ):
            j += 1
        while classes[j - 1] != "N":
            j -= 1
        spans.append((i, j))
        i = j
    return spans


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
        for i, end in _runs(_classes(ctx, art.scan)):
            name = ctx.local(m.tokens[i].start, m.tokens[end - 1].end)
            surname = name.split()[-1]
            if surname in surnames or (end - i == 1 and i == 0):
                continue  # a known person, or a lone capitalised word opening the sentence
            person = found.get(surname)
            if person is None:
                person = found[surname] = Person(
                    id=node_id(Label.PERSON, local_slug(name)), name=name,
                    evidence=[ctx.evidence("person:bare-name", 0.5)],
                )  # fmt: skip
            elif len(name) > len(person.name):
                person.name, person.id = name, node_id(Label.PERSON, local_slug(name))
            if person.role is None:
                person.title, person.role = _title_near(m.tokens, i, end, art.scan)
    return list(found.values())
