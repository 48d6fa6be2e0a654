"""States an article names only through one of their institutions: a seat of government ('the
Kremlin', 'Downing Street', `seat_venues`), a body of one state ('Auswärtiges Amt', 'White House',
`state_bodies` and the coded `summoning_bodies`) or a title only that state's people bear
('Taoiseach', 'Bundesaußenminister', `title_countries`; 'Bundeskanzler', `federal_titles`: the
outlet's state where it bears it, else the first; none where the article names one of those
that bear it; none where a state's name or adjective qualifies it). 'Der Bundeskanzler' in a
cabinet record on a .de site names Germany so."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.parties import within
from ingest.extract.meetings.places import seat_states
from ingest.lang.lexicon import load_lexicon, phrase_regex


def institution_counts(art: ArticleContext) -> Counter[str]:
    """Each state the article names through an institution only, counted once; a state named
    already, also in another era's name (the Kremlin beside the Soviet Union), is not."""
    named = set(art.country_counts)
    found = seat_states(art.sentences, art.lex.lang) | _body_states(art) | _title_states(art)
    return Counter({s: 1 for s in sorted(found) if s and not within({s}, named)})


def _body_states(art: ArticleContext) -> set[str]:
    regex, bodies = _bodies(art.lex.lang)
    texts = [ctx.sentence.text for ctx in art.sentences]
    return {bodies[_plain(m.group())] for text in texts for m in regex.finditer(text)}


@lru_cache(maxsize=8)
def _bodies(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    lex = load_lexicon(lang)
    table = {**lex.mapping("summoning_bodies"), **lex.mapping("state_bodies")}
    bodies = {_plain(k): str(v) for k, v in table.items() if v}  # '': the outlet's own: none
    return phrase_regex(list(bodies)), bodies


def _title_states(art: ArticleContext) -> set[str]:
    """The states of the titles that name one ('Taoiseach') or are borne by a few: the outlet's
    where it bears it, else the first ('Bundeskanzler' on a .nl site: Germany). Only a word that
    is a title itself counts ('europese' names the EU in a title, but is no title)."""
    own, federal = art.lex.mapping("title_countries"), art.lex.mapping("federal_titles")
    words = {w for ctx in art.sentences for w in _unqualified(ctx)}
    titles = [w for w in sorted(words & (set(own) | set(federal))) if art.scan.head_role(w)]
    return {str(own[w]) for w in titles if w in own} | {
        s for w in titles if w not in own and (s := _bearer(federal[w], art))
    }


def _unqualified(ctx: SentenceContext) -> list[str]:
    """The words of the sentence no state's name or adjective qualifies right before them: 'de
    Russische minister-president' is Russia's, no Dutch one."""
    ends = {c.end for c in ctx.mentions.countries}
    tokens = ctx.mentions.tokens
    return [t.lower for k, t in enumerate(tokens) if not k or tokens[k - 1].end not in ends]


def _bearer(bearers: list[str], art: ArticleContext) -> str | None:
    """The state of a title a few states' people bear: none where the article names one of
    them (it counts already), else the outlet's where it bears it, else the first."""
    if set(bearers) & set(art.country_counts):
        return None
    home = art.outlet_country
    return home if home in bearers else bearers[0]


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())
