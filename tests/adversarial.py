"""Adversarial article texts: the shapes that once made extraction quadratic.

Each generator takes a size in characters and returns a text of about that size. They are
shared by the fuzz test (`tests/unit/ingest/text/test_adversarial.py`: every generator extracts
cleanly, and the linear code gives what the regexes it replaced gave) and by
`benchmarks/bench_adversarial.py` (which times them and prints the worst case per KB).
"""

from __future__ import annotations

import random
from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    make.__name__ = f"repeat({unit!r})"
    return make


def _random_from(alphabet: str, seed: int) -> Callable[[int], str]:
    def make(size: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice(alphabet) for _ in range(size))

    make.__name__ = f"random({alphabet!r})"
    return make


def _nested_markup(size: int) -> str:
    return ("<div><p><a href='x'>" * (size // 19 + 1))[:size]


def _sentence_soup(size: int) -> str:
    unit = "Mr. J. Dr. U.S. St. Gen. A. B. C. "
    return (unit * (size // len(unit) + 1))[:size]


GENERATORS: dict[str, Callable[[int], str]] = {
    "dots": _repeat("."),
    "bang-question": _repeat("!?"),
    "dot-space": _repeat(". "),
    "dot-quote": _repeat('."'),
    "star-a": _repeat("*a "),
    "backtick-a": _repeat("`a "),
    "underscore-a": _repeat("__a "),
    "double-star": _repeat("**a"),
    "open-bracket": _repeat("["),
    "bracket-paren": _repeat("[a]("),
    "image-link": _repeat("![a]("),
    "p-a": _repeat("<p><a "),
    "comment-open": _repeat("<!--"),
    "lt": _repeat("<"),
    "lt-p": _repeat("<p"),
    "cdata": _repeat("<![CDATA["),
    "decl": _repeat("<!x"),
    "pi": _repeat("<?x"),
    "attr-quote": lambda n: "<p " + ("a='" * (n // 3 + 1))[: max(0, n - 3)],
    "entity": _repeat("&#"),
    "nested-markup": _nested_markup,
    "initials": _sentence_soup,
    "capitals": _repeat("A. "),
    "word-dots": _repeat("word. "),
    "long-word": _repeat("a"),
    "spaces": _repeat(" \t"),
    "newlines": _repeat("\n \n"),
    "zero-width": _repeat("\u200b"),
    "nul": _repeat("\x00a"),
    "mixed-punct": _random_from(".!?*_`[]()<>!-# \n\"'«»“”", 11),
    "mixed-letters": _random_from("aA. B*_[(<", 12),
}

GENERATORS.update(
    {
        "comment-gt": _repeat("<!-- >"),
        "section-gt": _repeat("<![CDATA[ >"),
        "unknown-section": _repeat("<![x[ "),
        "tag-quote-gt": _repeat("<a b='>"),
        "tag-dquote": _repeat('<a b="'),
        "tag-slashes": lambda n: "<a " + _repeat("/ ")(max(0, n - 3)),
        "tag-equals": lambda n: "<p a" + _repeat("=")(max(0, n - 4)) + ">",
        "end-tags": _repeat("</a "),
        "script-open": lambda n: "<script>" + _repeat("<")(max(0, n - 8)),
        "md-link-newlines": _repeat("[a\n"),
        "md-emph-mixed": _repeat("**a *b `c __d "),
    }
)
