"""States named by a combining form hyphened to a country word: 'franco-allemand', 'Sino-Indian',
'mauritano-malienne' name two states (the forms are each language's `combining_forms`)."""

from __future__ import annotations

import re

from ingest.lang.lexicon import Lexicon

_COMBINED = re.compile(r"(\w+)-$")
_FORM_REACH = 24  # characters before a country word a combining form may take


def combined_states(text: str, start: int, lex: Lexicon) -> list[tuple[str, int, int]]:
    """The states of combining forms hyphened before a country word: 'franco-allemand',
    'Sino-Indian', 'mauritano-malienne' name two states. Only before a country word: 'the
    Indo-Pacific' names no India, 'sino-africain' no African state. Each as (code, start, end)
    in `text`, `start` being where the country word begins."""
    forms = lex.combining_forms
    out: list[tuple[str, int, int]] = []
    # Most country words follow no hyphen: only then is the regex asked.
    while (
        forms
        and text[start - 1 : start] == "-"
        and (hit := _COMBINED.search(text, max(0, start - _FORM_REACH), start)) is not None
    ):
        code = forms.get(hit.group(1).lower())
        if code is None:
            break
        out.append((code, hit.start(), hit.end() - 1))
        start = hit.start()  # 'franco-germano-britannique': the form before this one too
    return out
