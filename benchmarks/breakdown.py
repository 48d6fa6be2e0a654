"""Where extraction loses on one gold part, in counts only (no article text is printed, so it
may be run on the check part, which no rule writer reads).

    .venv/bin/python benchmarks/breakdown.py GOLD [--scorer DIR]

For every gold delegation with a leader, the stage where it is found or lost:
- `rule`: a leading-phrase rule names it;
- `model`: the leader model chooses it;
- `below`: the pair is a candidate the model leaves out (under its threshold, or its state or
  person taken by a better pair);
- `other state`: the person is a candidate only for another state;
- `no pair`: the person is known but paired with no state;
- `unknown`: the extractor never names the person.
These are counted per language and per kind of the gold delegation's meeting. Then, for every
gold meeting the output misses, the nearest miss among the output's unmatched meetings:
- the parties right but the city wrong or missing;
- parties missing, or added, at the right city;
- a repeat of a meeting already matched;
- nothing close.
Last, recall per kind of gold meeting. Matching is the scorer's (`score.py`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

# The checkout this file sits in, not the one the venv's editable install names (a git
# worktree run with another checkout's venv would import that checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.extract.leaders.model import choose, load_model
from ingest.extract.pipeline import extract_article
from ingest.extract.train_leaders import scorer
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
_Record = dict[str, Any]


def _stages(score: ModuleType, rec: _Record) -> list[tuple[str, str]]:
    """(stage, kind of its meeting) for each gold delegation with a leader."""
    model = load_model()
    assert model is not None, "the leader model file is missing"
    doc = normalise(rec["text"], language=rec["language"], published=rec.get("published"),
                    url=rec.get("url"))  # fmt: skip
    art, registry, meetings, rules = rule_findings(split_sentences(doc, language=rec["language"]))
    cands = leader_candidates(art, registry, meetings, rules)
    model.score(cands)
    chosen = choose(cands, {d.country for d in rules}, model.threshold, model.party_threshold)
    names = {p.id: p.name for p in registry.people}
    gold_meetings = rec["gold"].get("meetings") or []
    out = []
    for g in rec["gold"].get("delegations") or []:
        if g.get("leader"):
            stage = _stage(score, g, (rules, cands, chosen), names)
            index = g.get("meeting")
            known = isinstance(index, int) and 0 <= index < len(gold_meetings)
            out.append((stage, str(gold_meetings[index].get("kind")) if known else "?"))
    return out


def _stage(
    score: ModuleType, gold: _Record, found: tuple[Any, Any, Any], names: dict[str, str]
) -> str:
    """Where one gold delegation is found or lost (see the module's docstring)."""
    rules, cands, chosen = found
    leader, state = gold["leader"], score.country(gold.get("country"))

    def same(name: str | None) -> bool:
        return bool(score.same_person(leader, name))

    if any(d.country == state and same(names.get(d.leader or "")) for d in rules):
        return "rule"
    if any(c.country == state and same(c.person.name) for c in chosen):
        return "model"
    if any(c.country == state and same(c.person.name) for c in cands):
        return "below"
    if any(same(c.person.name) for c in cands):
        return "other state"
    return "no pair" if any(same(n) for n in names.values()) else "unknown"


def _near_miss(
    score: ModuleType, gold: _Record, left: list[_Record], matched: list[_Record]
) -> str:
    """The nearest of the output's unmatched meetings to a gold meeting it misses."""
    if any(score.meeting_same(gold, p) for p in matched):
        return "repeat of a matched meeting"
    wanted = {score.country(c) for c in gold.get("parties") or []}
    found = "nothing close"
    for p in left:
        parties = {score.country(c) for c in p.get("parties") or []}
        city = gold.get("location_city")
        at_city = not city or score.same_place(city, p.get("city"))
        if parties == wanted:
            return "parties right, no city" if not p.get("city") else "parties right, other city"
        if at_city and parties < wanted:
            found = "parties missing"
        elif at_city and parties > wanted:
            found = "parties added"
        elif at_city and parties & wanted and found == "nothing close":
            found = "parties overlap"
    return found


def _meeting_rows(score: ModuleType, rec: _Record, facts: _Record) -> list[tuple[str, str]]:
    """(kind, 'found' or its near miss) for each scorable gold meeting."""
    wanted = [g for g in rec["gold"].get("meetings") or [] if score.scorable("meetings", g)]
    output = facts.get("meetings") or []
    _, _, _, pairs = score.match(wanted, output, score.meeting_same)
    matched = [p for _, p in pairs]
    left = [p for p in output if all(p is not m for m in matched)]
    rows = []
    for g in wanted:
        hit = any(g is x for x, _ in pairs)
        rows.append((str(g.get("kind")), "found" if hit else _near_miss(score, g, left, matched)))
    return rows


def _print(title: str, counts: Counter[tuple[str, str]]) -> None:
    print(title)
    groups = sorted({g for g, _ in counts}, key=lambda g: -sum(counts[g, s] for _, s in counts))
    for group in groups:
        row = {s: n for (g, s), n in counts.items() if g == group}
        total = sum(row.values())
        parts = ", ".join(f"{s} {n}" for s, n in sorted(row.items(), key=lambda kv: -kv[1]))
        print(f"  {group:24s} {total:5d}: {parts}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    score = scorer(args.scorer)
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    by_lang: Counter[tuple[str, str]] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    meetings: Counter[tuple[str, str]] = Counter()
    for rec in records:
        for stage, kind in _stages(score, rec):
            by_lang["all", stage] += 1
            by_lang[rec["language"], stage] += 1
            by_kind[kind, stage] += 1
        result = extract_article(rec["text"], language=rec["language"],
                                 published=rec.get("published"), url=rec.get("url"))  # fmt: skip
        for kind, outcome in _meeting_rows(score, rec, result.facts.model_dump()):
            meetings[kind, outcome] += 1
    print(f"{len(records)} articles")
    _print("gold delegations by stage, per language", by_lang)
    _print("gold delegations by stage, per kind of their meeting", by_kind)
    _print("gold meetings: found, or the nearest miss, per kind", meetings)


if __name__ == "__main__":
    main()
