"""Cypher fragments shared by several repositories, so one shape is projected one way.

Each is a format template whose placeholders are variable names chosen in this package's own
query constants, never request text; values always travel as `$parameters`.
"""

from __future__ import annotations

from graph_schema.model import Label, RelType

ARTICLE_MAP = "{{id: {a}.id, url: {a}.url, title: {a}.title, published: {a}.published}}"
COUNTRY_MAP = "{{code: {c}.code, name: {c}.name}}"
PLACE_MAP = "{{id: {p}.id, name: {p}.name, kind: {p}.kind}}"
MEETING_MAP = (
    "{{id: {m}.id, name: {m}.name, kind: {m}.kind, round: {m}.round, date: {m}.date, "
    "city: {m}.city, status: {m}.status}}"
)

# The articles whose ids are in the list variable `{ids}`, newest first, as `{out}`.
ARTICLES_OF = (
    "CALL ({ids}) {{ UNWIND {ids} AS aid WITH DISTINCT aid "
    f"MATCH (art:{Label.ARTICLE} {{{{id: aid}}}}) "
    "WITH art ORDER BY art.published DESC, art.id "
    "RETURN collect({{id: art.id, url: art.url, title: art.title, published: art.published}}) "
    "AS {out} }}"
)

# Inclusive bounds on a partial ISO date: `to=2025-04` keeps every day of April 2025.
DATE_RANGE = (
    "($from IS NULL OR {d} >= $from) AND ($to IS NULL OR {d} <= $to OR {d} STARTS WITH $to)"
)


def articles_of(ids: str, *, out: str) -> str:
    return ARTICLES_OF.format(ids=ids, out=out)


def meeting_map(m: str) -> str:
    return MEETING_MAP.format(m=m)


def country_map(c: str) -> str:
    return COUNTRY_MAP.format(c=c)


def date_range(d: str) -> str:
    return DATE_RANGE.format(d=d)


# A delegation `{d}`'s leaders (with the title each had for it) and the article ids behind the
# leadership facts, as `leaders` and `leader_sources`.
LEADERS_OF = (
    "CALL ({d}) {{ OPTIONAL MATCH ({d})-[led:"
    + RelType.LED_BY
    + "]->(lp:"
    + Label.PERSON
    + ") WITH led, lp ORDER BY lp.name, lp.id "
    "RETURN collect(CASE WHEN lp IS NOT NULL THEN "
    "{{id: lp.id, name: lp.name, title: led.title, role: led.role}} END) AS leaders, "
    "reduce(acc = [], s IN collect(led.sources) | acc + s) AS leader_sources }}"
)
# A delegation `{d}`'s members (with the title each had in it), as `members`.
MEMBERS_OF = (
    "CALL ({d}) {{ OPTIONAL MATCH (mp:"
    + Label.PERSON
    + ")-[mo:"
    + RelType.MEMBER_OF
    + "]->({d}) WITH mo, mp ORDER BY mp.name, mp.id "
    "RETURN collect(CASE WHEN mp IS NOT NULL THEN "
    "{{id: mp.id, name: mp.name, title: mo.title, role: mp.role}} END) AS members }}"
)


def leaders_of(d: str) -> str:
    return LEADERS_OF.format(d=d)


def members_of(d: str) -> str:
    return MEMBERS_OF.format(d=d)
