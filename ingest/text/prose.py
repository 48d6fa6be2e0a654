"""Whether a normalised text is prose at all, decided before extraction pays for it.

Letters are 73-86% of the characters of every real article dipgraph has seen (the samples and
the 375 texts of both gold sets); what is left of punctuation runs or markup soup once
normalised ('.' a hundred thousand times, '<!--' or '!?' repeated, 'A. ' repeated) is a third or
less. Extraction costs about the same per character either way (3-6 ms per KB), so 100 KB of
such junk cost half a second of CPU to find nothing, and 1.7-2.0 s under load; refused here it
costs the counting, about 30 ms per MB.
"""

from __future__ import annotations

import re
import string

MIN_LETTER_SHARE = 0.5
_ASCII_LETTERS = string.ascii_letters.encode()  # the ASCII characters str.isalpha accepts
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def letter_share(text: str) -> float:
    """The share of `text`'s characters that are letters (of any script); 0 for no text."""
    if not text:
        return 0.0
    # The ASCII letters are counted in C (bytes deleted by translate), and only the rest, a few
    # accented letters an article, one by one: str.isalpha on every character cost 1% of
    # extraction.
    plain = text.encode("ascii", "ignore")
    letters = len(plain) - len(plain.translate(None, _ASCII_LETTERS))
    if len(plain) < len(text):
        letters += sum(map(str.isalpha, "".join(_NON_ASCII.findall(text))))
    return letters / len(text)


def is_prose(text: str) -> bool:
    return letter_share(text) >= MIN_LETTER_SHARE
