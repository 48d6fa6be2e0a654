"""Per-category floors on the scored gold sets, measured by the project's scorer
(`../shared/eval/score.py`, beside the repository as in CI): recall cannot drop silently.

Floors sit a little under the figures measured when they were set (README, "Extraction
quality"); raise them when a change lifts a figure, never lower them to let a change in.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.gold import (
    GOLD_PATH,
    REAL_CHECK_PATH,
    REAL_DEV_PATH,
    REAL_RULES_PATH,
    REAL_TEST_PATH,
    extract_gold,
    load_gold,
)

SCORER = Path(__file__).resolve().parents[4].parent / "shared" / "eval" / "score.py"

# (gold file, category) -> lowest F1 allowed. Session 13 raised the dev, check and frozen floors
# its rounds 55, 57 and 58 cleared (properties of listed owners and envoys' residences; calls).
FLOORS: dict[tuple[str, str], float] = {
    ("real_gold_dev", "delegations"): 0.78,
    ("real_gold_dev", "officials"): 0.91,
    ("real_gold_dev", "meetings"): 0.63,
    ("real_gold_dev", "properties"): 0.83,
    # Session 8: 106 unseen articles joined the check part (144 -> 250); its delegations fell
    # from .676 to .632 by what they hold (recall .416 on them), not by a change of the rules.
    # Session 9: officeholder states (ingest/lang/officeholders.json) lift it to .687.
    # Session 16: batch 16 (107 unseen articles, each text checked against its stored page)
    # joined the check part (789 -> 896); main's delegations fell .691 -> .669 by what they hold
    # (recall .380 on them), not by a change of the rules.
    ("real_gold_check", "delegations"): 0.66,
    ("real_gold_check", "officials"): 0.85,
    # Session 14: batch 15 (207 unseen articles) joined the check part; on the 789, main's
    # meetings are .552 (.562 on the 582 before). Session 16: batch 16 joined (896): .536.
    ("real_gold_check", "meetings"): 0.53,
    # Session 17: batch 18 (73 unseen articles, each text checked against its stored page)
    # joined the check part (896 -> 969); main's properties fell .761 -> .750 by what they hold
    # (.644 on them), not by a change of the rules.
    ("real_gold_check", "properties"): 0.74,
    ("real_gold_test", "delegations"): 0.70,
    ("real_gold_test", "officials"): 0.86,
    ("real_gold_test", "meetings"): 0.55,
    ("real_gold_test", "properties"): 0.75,
    # Session 16: batch 17, which round 79's rules were written against (main at ec30db0:
    # delegations .682, officials .859, meetings .531, properties .608).
    # Session 22: batch 22 (67 fresh articles, ids real-xx22-*) joined the rules part (119 ->
    # 186); main's delegations fell .699 -> .662 by what they hold (.625 on them).
    # Session 23: batch 23 (65 fresh articles, ids real-xx23-*) joined it (186 -> 251); main's
    # delegations fell .672 -> .653 by what they hold (.602 on them).
    # Session 24: batch 24 (67 fresh articles, ids real-xx24-*) joined it (251 -> 318); main's
    # delegations fell .657 -> .638 by what they hold (.581 on them).
    ("real_gold_rules", "delegations"): 0.62,
    ("real_gold_rules", "officials"): 0.85,
    ("real_gold_rules", "meetings"): 0.52,
    ("real_gold_rules", "properties"): 0.60,
    ("extraction_gold", "delegations"): 0.74,
    ("extraction_gold", "officials"): 0.96,
    ("extraction_gold", "meetings"): 0.77,
    ("extraction_gold", "properties"): 0.96,
}
# gold file -> most people the gold says lead nothing that may be named leaders. The own gold's
# ceiling rose from 13 to 16 when the real parts fell (dev 20 -> 19, test 3 -> 2): real text rules.
# Round 7's refit (fitted on dev, its non-leader limit chosen by cross-validation on dev) named
# one more on the frozen part (2 -> 3) and on the own gold (16 -> 17) while frozen delegations
# recall rose .402 -> .470 at precision .870 -> .902; the ceilings record that trade. Round 9's
# gates (a principal beside fully led sides, summons heads, quoted-only people, staff) and states
# for titled names lowered dev from 11 to 9 and the own gold from 17 to 16. Then the dev part
# took in 46 real articles (fr 26, nl 20) that no rule had been written against: they name 6
# non-leaders (dev 9 -> 15) and hold properties the rules miss (dev properties .936 -> .901).
# Session 4: a holder of a past office ('former prime minister') is no candidate (dev 15 -> 14),
# nor an envoy his state recalls (dev 14 -> 12), nor one on whose behalf another acts (12 -> 10).
# Session 5: the check part (80 articles collected while no rule writer could read them) names 4.
# Session 6: a meeting held in a capital names a venue, not a side, unless a visit or reception
# (dev 10 -> 9). Then the dev part took in 81 real articles no rule had been written against
# (20 rich in properties in all four languages, 31 French, 30 Dutch): they name 10 non-leaders
# (dev 9 -> 19) and lower dev meetings (.621 -> .568) and properties (.901 -> .765).
# Session 7: the check part took in 42 real articles collected while no rule writer could read
# them; they name 2 non-leaders (check 4 -> 6); 22 more French and Dutch ones name 2 (6 -> 8).
# Then 37 unseen articles rich in named leaders joined the dev part; they name 3 (dev 19 -> 22).
# Session 8: 106 unseen articles joined the check part; they name 10 (check 8 -> 18).
# Session 9: heads whose state the officeholder file knows take the sides others held wrongly, and
# the refitted model weighs that state (dev 21 -> 16, check 17 -> 13).
# Session 12: round 43 (a stacked context stage, five features against non-leaders, refit) named
# 30 more leaders on the check part with 4 more non-leaders (13 -> 17; 4.7% -> 5.5% of those
# named, within the landing rule's one point), frozen 10 more with none more (3), dev 15 -> 12.
# Then 176 unseen articles joined the check part; they name 16 (check 17 -> 33) and lower its
# delegations F1 (.732 -> .699): they hold more named leaders per article, hosts among them.
# 156 more (batch 14) name 23 (check 33 -> 56) and lower meetings (.581 -> .557) and properties
# (.782 -> .749).
# Session 13: round 58 (calls told in more words, one call per state a caller speaks with, refit)
# named the Surinamese foreign minister as his state's leader of Rutte's visit (dev 12 -> 13),
# where the gold has the president; the check part fell by one (56 -> 55), the frozen part held.
# Session 14: batch 15 (207 unseen articles, round 69's test) joined the check part; they name 39
# (check 55 -> 94): its helpers listed many named officials as leading nothing.
# Session 16: batch 16 (107 unseen articles, round 76's test) joined the check part; they name 15
# (check 92 -> 107).
# Batch 17 (real_gold_rules) names 14 at ec30db0.
# Session 17 (round 84, GeoNames towns and a refit: check 107 -> 101, rules 14, dev 13): a refit
# alone moves the check count by -2..+6, so the ceilings of the check and rules parts stand at
# main's count plus 3 and plus 2 (written down before the round's figures were seen).
# Round 91 (another state's officeholder is no candidate; refit): check 101 -> 104, rules 14 ->
# 13, dev 10; by the policy above the ceilings are 107 and 15.
# Batch 18 joined the check part (969 articles); they name 12 (check 104 -> 116): ceiling 119.
# Session 22: batch 22 (67 fresh articles) joined the rules part; they name 11 (rules 14 -> 25):
# ceiling 27. Session 23: batch 23 (65 fresh articles) joined it; they name 11 (rules 25 -> 36):
# ceiling 38. Session 24: batch 24 (67 fresh articles) joined it; they name 7 (rules 36 -> 43):
# ceiling 45. Then batch 25 (67 fresh articles, annotated one delegation per state as the shared
# examples are) joined it; they name 7 (rules 43 -> 50): ceiling 52. Session 25: rounds 222-237
# left the rules part at 48; batch 26 (69 fresh articles, annotated as batch 25) joined it; they
# name 7 (rules 48 -> 55): ceiling 57. Session 26: rounds 243-262 left the rules part at 53; batch
# 27 (72 fresh articles, annotated as batch 25) joined it; they name 6 (rules 53 -> 59): ceiling 61.
# Session 27: rounds 268-274 left the rules part at 54; batch 28 (71 fresh articles, annotated as
# batch 25) joined it; they name 12 (rules 54 -> 66): ceiling 68.
# Session 28: rounds 290-292 left the rules part at 67; batch 29 (69 fresh articles, annotated as
# batch 25) joined it; they name 18 (rules 67 -> 85): ceiling 87.
# Session 29: rounds 319-331 left the rules part at 84; batch 30 (56 fresh articles, annotated as
# batch 25) joined it; they name 11 (rules 84 -> 95): ceiling 97.
# Session 30: rounds 346-351 left the rules part at 95; batch 31 (56 fresh articles, annotated as
# batch 25) joined it; they name 10 (rules 95 -> 105): ceiling 107.
# Session 32: rounds 400-415 left the rules part at 107; batch 32 (56 fresh articles, annotated as
# batch 25) joined it; they name 9 (rules 107 -> 116): ceiling 118.
# Session 33: rounds 418-432 left the rules part at 118; batch 33 (56 fresh articles, annotated as
# batch 25) joined it; they name 16 (rules 118 -> 134): ceiling 136.
# Session 34: rounds 437-450 left the rules part at 135; batch 34 (56 fresh articles, annotated as
# batch 25) joined it; they name 8 (rules 135 -> 143): ceiling 145.
# Session 35: rounds 452-464 left the rules part at 136; batch 35 (56 fresh articles, annotated as
# batch 25) joined it; they name 3 (rules 136 -> 139): ceiling 141.
# Session 36: rounds 468-475 left the rules part at 136; batch 36 (56 fresh articles, annotated as
# batch 25) joined it; they name 9 (rules 136 -> 145): ceiling 147.
# Session 37: rounds 476-488 left the rules part at 141; batch 37 (56 fresh articles, annotated as
# batch 25) joined it; they name 2 (rules 141 -> 143): ceiling 145.
# Session 38: rounds 489-503 left the rules part at 142; batch 38 (56 fresh articles, annotated as
# batch 25) joined it; they name 11 (rules 142 -> 153): ceiling 155.
# Session 39: rounds 504-519 left the rules part at 154; batch 39 (56 fresh articles, annotated as
# batch 25) joined it; they name 5 (rules 154 -> 159): ceiling 161.
# Session 40: rounds 520-532 left the rules part at 159; batch 40 (56 fresh articles, annotated as
# batch 25) joined it; they name 5 (rules 159 -> 164): ceiling 166.
# Session 41: rounds 534-557 left the rules part at 164; batch 41 (56 fresh articles, annotated as
# batch 25) joined it; they name 22 (rules 164 -> 186; 11 are heads at two summits whose
# collectors put every attending head among the non-leaders): ceiling 188.
# Session 42: rounds 558-574 left the rules part at 186; batch 42 (56 fresh articles, annotated as
# batch 41, heads only attending a summit on neither list) joined it; they name 8 (186 -> 194):
# ceiling 196.
# Session 43: rounds 576-592 left the rules part at 187; batch 43 (55 fresh articles, annotated as
# batch 42) joined it; they name 11 (187 -> 198): ceiling 200.
# Session 44: rounds 594-599 left the rules part at 199; batch 44 (52 fresh articles, annotated as
# batch 42) joined it; they name 12 (199 -> 211): ceiling 213.
# Session 45: round 608 and the tidy left the rules part at 211; batch 45 (55 fresh articles,
# annotated as batch 44) joined it; they name 9 (211 -> 220): ceiling 222.
# Session 46: rounds 625 and 627 left the rules part at 222; batch 46 (55 fresh articles,
# annotated as batch 45) joined it; they name 5 (222 -> 227): ceiling 229.
# Session 47: the rules part was read by the summit convention and cleared of repeated
# delegations (227 -> 214 on the same output); rounds 645, 646 and 655 left it at 214; batch
# 47 (55 fresh articles, annotated by that convention) joined it; they name 4 (214 -> 218):
# ceiling 220. Session 48: rounds 661-674 left it at 218; batch 48 (56 fresh articles) joined
# it; they name 4 (218 -> 222): ceiling 224.
# Session 49: rounds 675-688 left it at 218 (check 119 -> 117); batch 49 (54 fresh articles)
# joined it; they name 9 (218 -> 227): ceiling 229.
# Session 50: rounds 690-695 left it at 226; batch 50 (55 fresh articles) joined it; they
# name 8 (226 -> 234): ceiling 236.
# Session 51: no round landed, the rules part stayed at 234; batch 51 (55 fresh articles)
# joined it; they name 6 (234 -> 240): ceiling 242.
# Session 52: round 708 left it at 242; batch 52 (54 fresh articles) joined it; they name
# 13 (242 -> 255): ceiling 257.
# The session's combination of six rounds then left it at 253 (ceiling kept).
# Session 53: no round landed, the rules part stayed at 253; batch 53 (56 fresh articles)
# joined it; they name 8 (253 -> 261): ceiling 263.
NON_LEADERS_MAX = {
    "real_gold_dev": 13, "real_gold_check": 117, "real_gold_rules": 263, "real_gold_test": 3,
    "extraction_gold": 16,
}  # fmt: skip
PATHS = {"real_gold_dev": REAL_DEV_PATH, "real_gold_check": REAL_CHECK_PATH,
         "real_gold_rules": REAL_RULES_PATH,
         "real_gold_test": REAL_TEST_PATH, "extraction_gold": GOLD_PATH}  # fmt: skip


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.fail(f"the scorer is missing at {SCORER} (shared/eval beside the repository)")
    spec = importlib.util.spec_from_file_location("dipgraph_scorer", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _scores(name: str) -> tuple[dict[str, float], int]:
    """F1 per category over the whole file, and non-leaders named as leaders."""
    score = _scorer()
    totals = {c: [0, 0, 0] for c in score.CATEGORIES}
    wrong = 0
    for article in load_gold(PATHS[name]):
        gold: dict[str, Any] = article["gold"]
        facts = extract_gold(article).facts.model_dump()
        for cat, same in score.CATEGORIES.items():
            wanted = [g for g in gold.get(cat) or [] if score.scorable(cat, g)]
            tp, fp, fn, _ = score.match(wanted, facts.get(cat) or [], same)
            totals[cat] = [a + b for a, b in zip(totals[cat], (tp, fp, fn), strict=True)]
        wrong += sum(
            any(score.same_person(n, d.get("leader")) for n in gold.get("not_leaders") or [])
            for d in facts["delegations"]
        )
    return {c: score.prf(*t)[2] for c, t in totals.items()}, wrong


@pytest.mark.parametrize(("name", "category"), list(FLOORS), ids=lambda v: str(v))
def test_category_f1_holds_its_floor(name: str, category: str) -> None:
    f1, _ = _scores(name)
    assert f1[category] >= FLOORS[(name, category)], f"{name} {category} F1 {f1[category]:.3f}"


@pytest.mark.parametrize("name", list(NON_LEADERS_MAX))
def test_non_leaders_named_as_leaders_stay_few(name: str) -> None:
    _, wrong = _scores(name)
    assert wrong <= NON_LEADERS_MAX[name]
