"""A loaded lexicon lives as long as the process: it is moved out of the collector's
generations, so the full collections every article's garbage triggers do not walk it again."""

from __future__ import annotations

import gc

from ingest.lang.lexicon import load_lexicon


def test_a_loaded_lexicon_is_left_out_of_collections() -> None:
    lexicon = load_lexicon("de")
    tracked = {id(o) for o in gc.get_objects()}  # the frozen objects are not listed
    assert gc.get_freeze_count() > 0
    assert id(lexicon.data) not in tracked
    assert id(lexicon.countries) not in tracked
    fresh: dict[str, list[int]] = {"made": [1]}  # made after loading: still collected
    assert any(o is fresh for o in gc.get_objects())
