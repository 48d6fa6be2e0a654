"""People the article names without a title the extractor knows ('Scholz telefoniert mit Putin',
'des Außenministers Russlands, Sergej Lawrow'): candidates for leading a side, never officials
unless the leader model makes them leaders."""

from __future__ import annotations

import re
from bisect import bisect_left

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import SentenceMentions, Token
from ingest.extract.name_capitals import regnal_number
from ingest.extract.person_names import elided_name_word, opens_organisation
from ingest.extract.titles import TitleScanner
from ingest.models import Person
from ingest.text.slug import local_slug

_MAX_BARE = 4  # words in a name


def _classes(ctx: SentenceContext, scan: TitleScanner) -> str:
    """One letter per token: N a name word, P a particle, B inside a state, place or titled
    person already found, '-' anything else."""
    m = ctx.mentions
    spans = [(c.start, c.end) for c in m.countries] + [(p.start, p.end) for p in m.places]
    spans += [(p.span_start, p.span_end) for p in m.people]
    # Asked twice of each sentence (described people, then bare ones): the same spans give the
    # same letters. Kept on the sentence's mentions, so they go with the article: a cache across
    # articles kept their tokens alive into the collector's older generations.
    kept = m.letters
    if kept is not None and kept[0] is scan and kept[1] == spans:
        return kept[2]
    classes = _lettered(m, spans, scan)
    m.letters = (scan, spans, classes)
    return classes


def _lettered(m: SentenceMentions, spans: list[tuple[int, int]], scan: TitleScanner) -> str:
    letters = _letters(scan)
    if len(letters) >= _KEPT:
        letters.clear()
    get = letters.get
    # Every token's letter first (a letter depends on the token's text only), then the spans
    # overwrite theirs: two list passes, rather than a set test per token.
    out = [get(t.text) or _learn(letters, t, scan) for t in m.tokens]
    if spans:
        # Tokens come in text order: each span covers a run of them found by bisection.
        starts = m.starts()
        for a, b in spans:
            i, j = bisect_left(starts, a), bisect_left(starts, b)
            out[i:j] = "B" * (j - i)
    classes = "".join(out)
    return _month_first_names(m.tokens, classes, scan) if "-N" in classes else classes


def _learn(letters: dict[str, str], t: Token, scan: TitleScanner) -> str:
    letter = letters[t.text] = _letter(t, scan)
    return letter


def _month_first_names(tokens: list[Token], classes: str, scan: TitleScanner) -> str:
    """'Jan Adams met ...': a capitalised month word opening a clause before a name word, with
    no number next to it, is a first name ('In May Merkel ...' keeps the month)."""
    out = list(classes)
    k = classes.find("-N")
    while k >= 0:
        token = tokens[k]
        if token.lower in scan.months:
            opens = k == 0 or not tokens[k - 1].text[:1].isalnum()
            number = k + 2 < len(tokens) and tokens[k + 2].text.isdigit()
            if opens and not number and token.base[:1].isupper():
                out[k] = "N"
        k = classes.find("-N", k + 2)
    return "".join(out)


def _letter(t: Token, scan: TitleScanner) -> str:
    """A token's letter outside states, places and titled people: it depends on its text only."""
    if (t.text[0].isupper() or "-" in t.text) and scan.name_token(t):
        return "-" if scan.titleish(t.lower) else "N"  # only these can be names
    if elided_name_word(t.text, scan):
        return "N"  # "Valéry Giscard d'Estaing"
    if regnal_number(t.text):
        return "R"  # 'Hassan II': a regnal number closes the name before it
    return "P" if t.lower in scan.particles else "-"


_KEPT = 50_000  # token texts whose letter is remembered, per language
_LETTERS: dict[int, tuple[TitleScanner, dict[str, str]]] = {}


def _letters(scan: TitleScanner) -> dict[str, str]:
    """The remembered letters of one scanner's language (the scanner is kept with them so the
    id stays its own)."""
    kept = _LETTERS.get(id(scan))
    if kept is None or kept[0] is not scan:
        kept = _LETTERS[id(scan)] = (scan, {})
    return kept[1]


# A bare name: a name word, then up to three more name words and particles ending in a name word,
# and a regnal number after them.
_RUN = re.compile(rf"N(?:[NP]{{0,{_MAX_BARE - 2}}}N)?R?")


def bare_runs(ctx: SentenceContext, scan: TitleScanner) -> list[tuple[int, int]]:
    """(start, end) token spans of the names a sentence gives without a title; a run that opens
    an organisation's name ('Hero Corporate Services') is none, and so is an officeholder's
    surname that is also a common noun of the language, alone ('bei Welthandel und Klima', 'ein
    Forum für Frieden'): without a first name, a title or an initial it is the noun."""
    tokens = ctx.mentions.tokens
    nouns = scan.lex.word_set("noun_surnames")
    return [
        r for r in _runs(_classes(ctx, scan))
        if not opens_organisation(tokens, r[1], scan)
        and not (r[1] - r[0] == 1 and tokens[r[0]].lower in nouns)
    ]  # fmt: skip


def _runs(classes: str) -> list[tuple[int, int]]:
    """(start, end) token spans of bare names: up to four name words, particles between."""
    return [m.span() for m in _RUN.finditer(classes)]


def _title_near(
    tokens: list[Token], start: int, end: int, scan: TitleScanner
) -> tuple[str | None, str | None]:
    """A title word a few words before the name ('des Außenministers Russlands, Sergej
    Lawrow') or right after its comma ('Lawrow, Russlands Außenminister')."""
    # Without the comma a title after the name opens the next clause, about someone else
    # ('..., Sputnik Afrique Le Président chinois est arrivé').
    after = end < len(tokens) and tokens[end].text == ","
    near = [*range(start - 1, max(-1, start - 6), -1)]
    near += range(end + 1, min(len(tokens), end + 4)) if after else []
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
        for i, end in bare_runs(ctx, art.scan):
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
            if person.role is None and (near := _title_near(m.tokens, i, end, art.scan))[1]:
                person.title, person.role = near  # a pydantic assignment only when one is found
    return list(found.values())
