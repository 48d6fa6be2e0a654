"""A holder's name right after a title's remit, with no comma between them.

'Minister of State for Business and Trade Timothy Minto attended', 'Ambassador to Abkhazia
Semyon Grigoryev said', 'le gouverneur de la province de Shaanxi Zhao Gang', 'der Präsident der
Volksrepublik Li Xiannian sprach': the title span stops at its head where the remit runs on in
capitalised words, since where the body's name ends and the holder's begins is not told there.
It is told at the end of the capitalised run: the name is its last two or three name words, the
sentence going on in lower case or with a pause, and every word before them the remit's.
"""

from __future__ import annotations

from ingest.extract.mentions import CountryMention, Token
from ingest.extract.people_titles import country_at
from ingest.extract.person_names import name_run
from ingest.extract.titles import TitleScanner

# The rule of a name read this way: such holders join the people after the leaders (`article.py`)
REMIT_RULE = "title-remit-name"

_REMIT_WORDS = 14  # a remit of a few words; further on, the sentence has moved on
_NAME_WORDS = (2, 3)  # a given name and a surname, or two given names: one word names a body
_BODY_KEYS = ("body_words", "treaty_nouns", "remit_place_nouns")  # 'Group', 'Institute'
_PLAIN_WORDS = 2  # lower-case words that qualify the remit's nouns ('sénégalais', 'juridiques')
_REMIT_MARKS = frozenset({"&", "-", "(", ")"})  # "Agriculture & Farmers Welfare", "Konzern (VW)"


def remit_holder(
    tokens: list[Token],
    title: tuple[int, int],
    scan: TitleScanner,
    countries: list[CountryMention],
) -> tuple[int, int, int] | None:
    """(title end, name start, name end) of a name that closes the remit opening on a connector
    after the title `title`, or going on from a remit the title's span already opened ('der
    Sprecher der Hessischen | Landesregierung Michael Bußer'); the name may follow the remit's
    comma ('Geschäftsführer des US-Konzerns VISA, Alfred Kelly'). None where the remit holds
    another title, a word that is no remit's, or ends on no name."""
    j = title[1] + 1
    opened = _opened(tokens, title, scan)
    if j >= len(tokens) or not _opens(tokens, j, scan, countries, opened):
        return None  # 'und', 'et': a list of titles goes on, no remit
    plain = 0
    first = j if opened and tokens[j].text != "," else j + 1
    for k in range(first, min(j + 1 + _REMIT_WORDS, len(tokens))):
        token = tokens[k]
        if scan.head_role(token.lower) is not None:
            return None  # 'Sprecher von Außenminister X': the name is the other title's
        if token.text == "," and k > j:
            found = _after_comma(tokens, k, scan, countries)
            if found is not None or not _goes_on(tokens, k + 1, scan, countries):
                return found
            continue  # "du ministère d'État, ministère des Affaires étrangères, X"
        if _capitalised(token) and k > j and not _wants_object(tokens, k - 1, scan, countries):
            end = name_run(tokens, k, scan)
            if _holder_name(tokens[k:end], scan) and _closes_run(tokens, end, scan, countries):
                return k - 1, k, end
        if _remit_word(token, scan, countries):
            continue
        plain += 1
        if plain > _PLAIN_WORDS or not _qualifier(tokens, k, scan):
            return None
    return None


def _qualifier(tokens: list[Token], k: int, scan: TitleScanner) -> bool:
    """A lower-case word that qualifies a remit's noun ('des Affaires juridiques et
    internationales', 'au ministère sénégalais des', 'of the consular department'): after a
    capitalised word, a connector or an article, and before a connector, an article, a joiner,
    a comma or a body word, never right before the holder's name, where a verb would stand."""
    prev = tokens[k - 1]
    if not (prev.lower in scan.connectors or prev.lower in scan.dets or _capitalised(prev)):
        return False
    token = tokens[k]
    if not token.base.isalpha() or token.lower in scan.be_forms or token.lower in scan.lex.stop:
        return False
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.text == ","
        or nxt.lower in scan.connectors
        or nxt.lower in scan.dets
        or (not _capitalised(nxt) and scan.titleish(nxt.lower))
    )


def _goes_on(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """After a comma, the remit goes on with a connector or an article (a list of portfolios),
    a body word ('ministère des Affaires étrangères') or a state ('to Zambia, Zimbabwe')."""
    if k >= len(tokens) or tokens[k].lower in scan.joiners:
        return False
    token = tokens[k]
    if token.lower in scan.connectors or token.lower in scan.dets:
        return True
    return country_at(token, countries) is not None or token.lower in scan.orgs


def _opens(
    tokens: list[Token],
    j: int,
    scan: TitleScanner,
    countries: list[CountryMention],
    opened: bool,
) -> bool:
    """A remit opens on a connector (or goes on from one the title's span `opened`), on a
    bracket ('Joint Secretary (Pakistan, Iran and Afghanistan) in the Ministry of External
    Affairs, X') or on a comma it goes on past, to a body or a state ("secrétaire général du
    ministère d'État, ministère des Affaires étrangères, X")."""
    token = tokens[j]
    if token.text == ",":
        return _goes_on(tokens, j + 1, scan, countries)
    return opened or token.lower in scan.connectors - scan.joiners or token.text == "("


def _opened(tokens: list[Token], title: tuple[int, int], scan: TitleScanner) -> bool:
    """The title's span already holds a remit's connector after its head ('Direktor des
    Liechtenstein'): the remit may go on past the span with no connector of its own."""
    left, right = title
    return any(tokens[k].lower in scan.connectors - scan.joiners for k in range(left + 1, right))


def _after_comma(
    tokens: list[Token], comma: int, scan: TitleScanner, countries: list[CountryMention]
) -> tuple[int, int, int] | None:
    """The holder named after the comma that closes a remit: a name of two or three words that
    ends the sentence's run of names."""
    start = comma + 1
    end = name_run(tokens, start, scan)
    if _holder_name(tokens[start:end], scan) and _closes_run(tokens, end, scan, countries):
        return comma - 1, start, end
    return None


def _holder_name(words: list[Token], scan: TitleScanner) -> bool:
    """Two or three name words, particles aside ('Karl Van den Bossche'), opening on one that
    is no body's word ('COFCO Group Luan Richeng')."""
    named = sum(scan.name_token(t) for t in words)
    if not words or named not in _NAME_WORDS or len(words) > _NAME_WORDS[-1] + 2:
        return False
    places = scan.lex.word_set("remit_place_nouns")
    if any(t.lower.rpartition("-")[2] in places for t in words):
        return False  # 'Ho Chi Minh-Stadt', 'Kuwait-Stadt': a place
    first = words[0]
    return scan.name_token(first) and first.lower not in scan.lex.word_set(*_BODY_KEYS)


def _capitalised(token: Token) -> bool:
    return token.base[:1].isupper()


def _wants_object(
    tokens: list[Token], k: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """A connector, an article, a joining mark, a lower-case body word or a place noun ('de la
    province Shaanxi', 'der Provinz Shaanxi'): the capitalised word after it is the remit's, not
    a name's first."""
    prev = tokens[k]
    low = prev.lower
    if _joining(prev, scan):
        return prev.text != ")"  # '(CCCT) Zhang Xinmin': a closed bracket ends the body's name
    if low in scan.lex.word_set("remit_place_nouns"):
        return prev.base[:1].islower() or tokens[k - 1].lower in scan.connectors | scan.dets
    return prev.base[:1].islower() and scan.titleish(low) and not country_at(prev, countries)


def _joining(token: Token, scan: TitleScanner) -> bool:
    """A connector, an article or a joining mark: the words between a remit's parts."""
    return token.lower in scan.connectors or token.lower in scan.dets or token.text in _REMIT_MARKS


def _remit_word(token: Token, scan: TitleScanner, countries: list[CountryMention]) -> bool:
    """A word a remit is made of: a connector or article, a capitalised word, an office or body
    word, a state; no verb, no pause (a comma ends the remit: `remit_comma` reads that)."""
    low = token.lower
    if _joining(token, scan):
        return True
    if low in scan.lex.word_set("remit_place_nouns"):
        return True
    if not token.text[:1].isalpha():
        return False
    return _capitalised(token) or scan.titleish(low) or country_at(token, countries) is not None


def _closes_run(
    tokens: list[Token], end: int, scan: TitleScanner, countries: list[CountryMention]
) -> bool:
    """The name ends the capitalised run: the next word is none of a name's, and no connector
    carries a remit on past it ('Section in Havana')."""
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    if scan.name_token(nxt) or country_at(nxt, countries):
        return False
    if nxt.lower in scan.connectors and end + 1 < len(tokens):
        after = tokens[end + 1]
        return not (_capitalised(after) and not scan.titleish(after.lower))
    return True
