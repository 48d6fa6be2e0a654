"""Canonical, readable node ids, the same for a thing whatever article or language names it."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from graph_schema.model import Label, node_id
from ingest.lang import gazetteer
from ingest.lang.lexicon import every_language, load_lexicon
from ingest.text.slug import NON_WORD, fold, slug


def digest(text: str, *, size: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def article_id(*, url: str | None, text: str) -> str:
    # The URL names the article when there is one, so a corrected text replaces the old facts.
    return node_id(Label.ARTICLE, digest(url.strip() if url else text))


def country_id(code: str) -> str:
    return node_id(Label.COUNTRY, code.upper())


# One spelling for the transliterations of a name that the four languages write differently
# ('Lavrov', 'Lawrow'; 'Sergei', 'Sergej', 'Sergueï'; 'Darchiev', 'Dartsjiev', 'Dartschijew'),
# longest patterns first. Keys compare names; they are never shown.
_TRANSLITERATIONS = (
    ("tsch", "ch"),
    ("tsj", "ch"),
    ("tch", "ch"),
    ("dzj", "j"),
    ("sch", "sh"),
    ("sj", "sh"),
    ("zj", "zh"),
    ("gue", "ge"),
    ("ks", "x"),
    ("ou", "u"),
    ("j", "i"),
    ("y", "i"),
    ("w", "v"),
)
_REPEATS = re.compile(r"(.)\1+")


def name_key(word: str) -> str:
    key = NON_WORD.sub("", fold(word))
    for written, spoken in _TRANSLITERATIONS:
        key = key.replace(written, spoken)
    return _REPEATS.sub(r"\1", key)


def surname_key(name: str) -> str:
    parts = name.replace(".", ". ").split()
    return name_key(parts[-1]) if parts else ""


def person_id(name: str) -> str:
    """The readable slug of the fullest name the article gives ('person:annalena-baerbock'): a
    function of the name alone, so a person's id never depends on which article reached the
    graph first. Spellings in other languages ('Sergej Lawrow') are nodes of their own; their
    `surname_key` is shared, so a query can still gather them."""
    return node_id(Label.PERSON, slug(name))


def place_id(name: str, *, within: str | None = None) -> str:
    return node_id(Label.PLACE, *((slug(within),) if within else ()), slug(name))


def org_id(name: str, *, country: str | None) -> str:
    return node_id(Label.ORGANIZATION, (country or "xx").lower(), slug(name))


def topic_id(name: str) -> str:
    return node_id(Label.TOPIC, slug(name))


def property_id(
    name: str,
    *,
    owner: str | None,
    kind: str | None,
    location: str | None,
    host: str | None = None,
    article: str = "",
) -> str:
    """Kind and place name a property in every language ('consulaat in Seattle' is the
    'consulate in Seattle'); where the text names the host state and no town ('ambassade in
    Turkije', 'Botschaft in der Türkei'), the state's code is the place. The name as written is
    the fallback. (An embassy or high commission placed only in a state reaches here already
    placed in the town that state's embassies stand in, `property_places.seat_in`; here no
    state becomes a town, and a named town stays the place, so an embassy moved from Kyiv to
    Lviv is two.)

    A property whose owner the text leaves out keeps to its article (`article`, the hash in
    its id), as an undated meeting does: 'the consulate in St. Petersburg' of one report may be
    another state's than another report's. So does one whose place the text leaves out: 'the
    Danish embassy' of one report is in another town than another report's."""
    place = slug(location) if location else host.lower() if host else None
    scope = [article] if article and not (owner and place) else []
    owner_part = [owner.lower() if owner else "xx", *scope]
    if kind and place:
        return node_id(Label.DIPLOMATIC_PROPERTY, *owner_part, slug(kind), place)
    return node_id(Label.DIPLOMATIC_PROPERTY, *owner_part, slug(name))


def meeting_name(
    *, kind: str, parties: list[str], round_: int | None, city: str | None, date: str | None
) -> str:
    """A meeting's caption from its facts: 'Talks RU-US, round 2, Istanbul, 2025-04-10'."""
    joined = "\u2013".join(sorted(parties)) or "?"
    bits = [f"{kind.capitalize()} {joined}"]
    if round_ is not None:
        bits.append(f"round {round_}")
    bits += [x for x in (city, date) if x]
    return ", ".join(bits)


def parties_key(parties: list[str]) -> str:
    return "-".join(sorted({p.upper() for p in parties}))


_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a date the id shortens; an article's hash stays
_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a call's day, which its id keeps
# A date in a URL's path ('/2025/02/18/', '/20221109/', '-2024-05/', '/2025/1114/'): most
# outlets file an article under the day it was published.
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])(?:\2?(?:0[1-9]|[12]\d|3[01]))?(?![0-9])"
)


def url_month(url: str | None) -> str | None:
    """The publication month a URL's path gives ('2025-02'), for an article that comes without
    its publication date; None when the path names none. The host is left out: a number in a
    domain is never a date."""
    if not url:
        return None
    path = urlsplit(url if "//" in url else "//" + url).path
    match = _URL_DATE.search(path)
    return f"{match.group(1)}-{match.group(3)}" if match else None


CALL = "call"  # the one kind that a meeting id keeps (`meeting_id`)
# A call dated only to its month whose leaders are ministers, not heads (`match.call_level`).
OFFICIALS = "officials"


def meeting_id(
    *,
    parties: list[str],
    round_: int | None,
    date: str | None,
    kind: str,
    city: str | None,
    fallback: str,
    summons: bool = False,
    level: str | None = None,
) -> str:
    """What two reports of one event share, from each report alone: the parties with the year
    and the round; without a round, the parties, `call` for a call, the state the meeting is
    held in and the month (of the date, else `fallback`: the publication month, from the
    article's date or its URL's path, or for an undated article its own hash, which no other
    report shares).

    A round names the event without its place, which many reports leave out (an earlier round
    known only as 'the previous round' never has one); the year keeps the second round of one
    year's talks from another's. The place and the day stay out: one report dates an event by
    its dateline, another by the day it happened; one names the capital of a state visit,
    another the city of its banquet. The kind stays out but for a call (`_unnumbered`).

    A summons has no round: its place is always known (the summoning ministry's seat), and a
    number only counts the summonses, which one report gives ('for the third time since March
    11') and the next leaves out; it is named as any meeting without a round."""
    parts = [parties_key(parties).lower() or "xx"]
    when = date or fallback
    dated = _DATE.fullmatch(when) is not None
    if round_ is not None and not summons:
        parts += [when[:4], f"r{round_}"] if dated else [f"r{round_}"]
    else:
        parts += _unnumbered(kind=kind, city=city, date=date, when=when, dated=dated, level=level)
    return node_id(Label.MEETING, *parts)


def _unnumbered(
    *, kind: str, city: str | None, date: str | None, when: str, dated: bool, level: str | None
) -> list[str]:
    """The key of a meeting without a round after its parties: `call` for a call, the state it
    is held in and its month (`when`, a date where `dated`).

    The kind stays out but for a call: one report's 'talks' is another's 'meeting', while a
    call and a visit of one month are two events. A call the text dates to its day keeps the
    day: leaders call each other several times a month (Macron and Putin on 12 and 24 February
    2022), and two calls under one id would be one event in the graph. A report that dates a
    call only to its month keys it by the month, and a call of ministers (`level`, `OFFICIALS`)
    apart from the heads' call: the presidents' call and their foreign ministers' call of one
    month are two events (Trump and Putin on 12 February 2025, Rubio and Lavrov on the 15th),
    and a report of the ministers' call names their titles."""
    parts = [CALL] if kind == CALL else []
    parts += [host_key(city)] if city else []
    day = date if kind == CALL and date and _DAY.fullmatch(date) else None
    parts += [day or (when[:7] if dated else when)] if when else []
    parts += [level] if kind == CALL and level and not day else []
    return parts


def host_key(city: str) -> str:
    """The state a meeting is held in, which reports that name different cities of one
    visit agree on; the city itself where the table does not know it."""
    code = city_country(city)
    return code.lower() if code else slug(city)


@cache
def country_aliases(code: str) -> tuple[str, ...]:
    """Every name, adjective and capital the country table gives a country, in any language,
    English first: what a search for 'Rusland', 'russe' or 'Moskou' should find."""
    entry = gazetteer.countries().get(code.upper())
    if not isinstance(entry, dict):
        return ()
    forms: list[str] = []
    for language in ("en", *sorted(k for k in entry if k not in ("en", "capital"))):
        words = entry.get(language)
        if isinstance(words, dict):
            forms += [*words.get("names", []), *words.get("adjectives", [])]
            forms += [words["capital"]] if words.get("capital") else []
    seen: dict[str, str] = {}
    for form in forms:
        seen.setdefault(fold(str(form)), str(form))
    return tuple(seen.values())


@cache
def _country_by_name() -> dict[str, str]:
    """Folded country name in any language -> ISO code."""
    out: dict[str, str] = {}
    for code, entry in gazetteer.countries().items():
        if isinstance(entry, dict):
            for words in entry.values():
                if isinstance(words, dict):
                    for name in words.get("names", []):
                        out.setdefault(fold(str(name)), code)
    return out


@cache
def _articles() -> tuple[str, ...]:
    """The definite articles of every language, longest first ('l'' before 'la')."""
    found = {fold(w) for w in every_language("definite_articles")}
    return tuple(sorted(found, key=len, reverse=True))


def topic_name(name: str) -> str:
    """A topic in English where the table knows it: 'Oekraïne', 'Ukraine' and 'l'Ukraine' are
    all 'Ukraine'. Other topics keep the article's words."""
    folded = fold(name).strip()
    for article in _articles():
        sep = "" if article.endswith(("'", "\u2019")) else " "
        if folded.startswith(article + sep):
            folded = folded[len(article + sep) :].strip()
            break
    code = _country_by_name().get(folded)
    return country_name(code) if code else name


def property_name(*, owner: str | None, kind: str | None, location: str | None) -> str | None:
    """A diplomatic property's English caption from its facts: 'Russian consulate, San
    Francisco'; None when the owner, kind or place is not known."""
    if not (owner and kind and location):
        return None
    entry = gazetteer.countries().get(owner.upper())
    english = entry.get("en") if isinstance(entry, dict) else None
    adjectives = english.get("adjectives") if isinstance(english, dict) else None
    adjective = str(adjectives[0]) if adjectives else country_name(owner)
    (template,) = load_lexicon("en").words("property_caption")
    return template.format(owner=adjective, kind=kind.replace("_", " "), place=location)


@cache
def country_names() -> dict[str, str]:
    """ISO code -> English name, from the same country data the extractor uses."""
    data: dict[str, dict[str, object]] = gazetteer.countries()
    names: dict[str, str] = {}
    for code, entry in data.items():
        english = entry.get("en")
        if isinstance(english, dict) and english.get("names"):
            names[code] = str(english["names"][0])
    return names


def country_name(code: str) -> str:
    return country_names().get(code.upper(), code.upper())


@cache
def _city_countries() -> dict[str, str]:
    data: dict[str, dict[str, object]] = gazetteer.cities()
    return {
        fold(name): str(entry["country"]) for name, entry in data.items() if entry.get("country")
    }


def city_country(city: str) -> str | None:
    return _city_countries().get(fold(city)) or gazetteer.towns().get(city)
