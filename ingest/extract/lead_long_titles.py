"""The holder of a long title right after a leading phrase, which the person reader could not
close: 'dirigée par le ministre des Affaires étrangères et chef du Comité frontalier X', 'conduite
par le chef de mission adjoint (chargé d'affaires) de l'ambassade de Russie à Madagascar, X',
'représentée par le conseiller technique du ministre de la Pêche, X'. The phrase says who leads,
so the first full name after the title, before the clause ends, is the one it names."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.mentions import PersonMention
from ingest.extract.people_titles import describe_title, join_tokens
from ingest.extract.titles import TitleScanner
from ingest.lang.lexicon import NAME_VETO_KEYS, load_lexicon

RULE = "long-title"
GAP = 14  # characters between the phrase and the title's first word ('par le', 'by the')
REACH = 170  # characters a title with its complements may run before its holder
_CLAUSE_MARKS = frozenset(';:!?"«»“”')


def holder_past_long_title(ctx: SentenceContext, position: int) -> PersonMention | None:
    """The full name after a title that opens right at `position`, with only the title's own
    complements between (a portfolio, a body, a state, a remark in brackets, an honorific),
    given that title: no clause word ('et' before anything but another title, 'qui', 'est'),
    no sentence mark and no other titled person between."""
    tokens, scan = ctx.mentions.tokens, scanner(ctx.lang)
    span = next(
        ((a, b) for a, b in ctx.mentions.titles if position <= tokens[a].start <= position + GAP),
        None,
    )
    if span is None:
        return None
    limit = tokens[span[0]].start + REACH
    k, depth = span[1] + 1, 0
    while k < len(tokens) and tokens[k].start <= limit:
        token = tokens[k]
        depth += (token.text == "(") - (token.text == ")")
        if depth <= 0 and _closes(ctx, k, scan):
            return None
        run = _name_run(ctx, k, scan) if depth <= 0 else []
        if len(run) >= 2:
            return _holder(ctx, span, run, scan)
        k += 1
    return None


def _closes(ctx: SentenceContext, k: int, scan: TitleScanner) -> bool:
    """Whether token k ends the title's clause."""
    tokens = ctx.mentions.tokens
    token = tokens[k]
    if token.text in _CLAUSE_MARKS or (token.text == "." and _full_stop(ctx, k, scan)):
        return True
    if token.lower in _joins(ctx.lang):
        return not _title_goes_on(ctx, k + 1, scan)
    return token.lower in _stops(ctx.lang, scan) or any(
        p.title and p.span_start == token.start for p in ctx.mentions.people
    )


def _title_goes_on(ctx: SentenceContext, k: int, scan: TitleScanner) -> bool:
    """Whether the words after 'et' carry the title on: another title ('ministre des Affaires
    étrangères et chef du Comité'), a state or place ('à Madagascar et Comores'), a portfolio's
    capital ('de la Pêche et de l'Économie'); not a person's name, nor a clause."""
    tokens = ctx.mentions.tokens
    while k < len(tokens) and (tokens[k].lower in scan.dets or tokens[k].lower in scan.connectors):
        k += 1
    if k >= len(tokens):
        return False
    token = tokens[k]
    if scan.titleish(token.lower) or _in_place(ctx, token.start):
        return True
    word = token.text.replace("\u2019", "'").split("'")[-1]
    return word[:1].isupper() and not scan.name_token(token) and token.text not in scan.honorifics


def _in_place(ctx: SentenceContext, at: int) -> bool:
    spans = [(c.start, c.end) for c in ctx.mentions.countries]
    spans += [(p.start, p.end) for p in ctx.mentions.places]
    return any(s <= at < e for s, e in spans)


def _full_stop(ctx: SentenceContext, k: int, scan: TitleScanner) -> bool:
    """A stop that ends a sentence: not one after an honorific ('M. X') nor one inside an
    abbreviation a lowercase word follows ('la ministre a.i des affaires étrangères X')."""
    tokens = ctx.mentions.tokens
    if k > 0 and tokens[k - 1].text in scan.honorifics:
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].text[:1].islower()


def _name_run(ctx: SentenceContext, k: int, scan: TitleScanner) -> list[int]:
    """The name tokens from k on (particles inside a name kept), none inside a state's or a
    place's name and none a title's word."""
    tokens, run = ctx.mentions.tokens, []
    if _opening_particle(ctx, k, scan):
        run.append(k)  # 'la frontière Le Hoai Trung', 'Jean-Yves Le Drian' without its first name
        k += 1
    while k < len(tokens) and len(run) < 5:
        token = tokens[k]
        name = scan.name_token(token) and not scan.titleish(token.lower)
        name = name and token.lower not in _vetoed(ctx.lang)  # 'directeur général Afrique'
        particle = bool(run) and token.lower in scan.particles
        if _in_place(ctx, token.start) or token.text in scan.honorifics or not (name or particle):
            break
        run.append(k)
        k += 1
    while run and not scan.name_token(tokens[run[-1]]):
        run.pop()
    return run


def _opening_particle(ctx: SentenceContext, k: int, scan: TitleScanner) -> bool:
    """A capitalised article or particle inside a sentence, before a name: a name's first word."""
    tokens = ctx.mentions.tokens
    token = tokens[k]
    small = token.lower in scan.dets or token.lower in scan.particles
    following = k + 1 < len(tokens) and scan.name_token(tokens[k + 1])
    return k > 0 and token.text[:1].isupper() and small and following


def _holder(
    ctx: SentenceContext, span: tuple[int, int], run: list[int], scan: TitleScanner
) -> PersonMention:
    """The holder, given the title as the sentence writes it up to his name (the words the
    person reader read as the title name his role, state and body)."""
    tokens = ctx.mentions.tokens
    _, role, country, org = describe_title(tokens, span, scan, ctx.mentions.countries)
    end = run[0]
    while end > span[1] + 1 and (tokens[end - 1].text in {",", "."} | scan.honorifics):
        end -= 1
    title = join_tokens(tokens[span[0] : end])
    first, last = tokens[run[0]], tokens[run[-1]]
    mention = PersonMention(
        name=ctx.local(first.start, last.end), start=first.start, end=last.end,
        span_start=tokens[span[0]].start, span_end=last.end, rule=RULE,
    )  # fmt: skip
    return replace(mention, title=title, role=role, country=country, organization=org)


@lru_cache(maxsize=8)
def _vetoed(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set(*NAME_VETO_KEYS)


@lru_cache(maxsize=8)
def _joins(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("side_gap_stops")


@lru_cache(maxsize=8)
def _stops(lang: str, scan: TitleScanner) -> frozenset[str]:
    """Words that open another clause: a relative pronoun, a form of 'to be', a marker of whom
    one meets."""
    markers = load_lexicon(lang).word_set("counterpart_markers")
    return frozenset(scan.relatives | scan.copulas | scan.be_forms | markers)
