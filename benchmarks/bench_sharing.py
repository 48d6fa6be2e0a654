"""Do reports of one event share its node? Offline: extraction and resolution, no Neo4j.

    .venv/bin/python benchmarks/bench_sharing.py [--gold tests/data/real_gold_dev.jsonl] [-v]

The gold parts group reports of one event in one or several languages (records with the same
`event_group`). For every pair of reports in a group this prints whether their graphs share a
meeting, a delegation or a diplomatic property node, and for a pair that shares no meeting the
key parts in which their meetings differ (parties, city, date, round), and tallies why the
pairs share no meeting in the terms of the id (`reasons`). It then checks the
other direction over every dev article: two articles outside one group that get one meeting
node are listed, to be read: the same event reported twice, or a wrong merge. `--gold-facts`
puts the gold's meetings in place of the extracted ones, to tell what the ids lose from what
extraction loses. A last line counts the property nodes articles outside one group share
(`-v` lists them): one building told in several years, or two buildings under one id.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The checkout this file sits in, not the one the venv's editable install names (a git
# worktree run with another checkout's venv would import that checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph_schema.model import Label
from ingest.models import Entities, Meeting
from ingest.resolve.ids import CALL, host_key, parties_key
from ingest.resolve.match import resolve
from ingest.service.service import ArticleInput, prepare
from ingest.text.slug import slug
from ingest.write.build import build_graph

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT / "tests" / "data" / "real_gold_dev.jsonl"
SHARED_LABELS = (Label.MEETING, Label.DELEGATION, Label.DIPLOMATIC_PROPERTY)


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    group: str | None
    meetings: tuple[tuple[str, Meeting], ...]  # graph id, extracted meeting
    nodes: dict[Label, frozenset[str]]
    places: frozenset[str] = frozenset()  # the towns of its diplomatic properties
    states: frozenset[str] = frozenset()  # the states of its delegations


def gold_meetings(record: dict[str, Any]) -> list[Meeting]:
    """The meetings a reader finds in the article (its gold), as the extractor would give them."""
    # A few gold meetings of the rules part carry a `name_hint` and no kind: read as a meeting.
    kinds = [m.get("kind", "meeting") for m in record["gold"]["meetings"]]
    return [
        Meeting(
            id=f"meeting:{i}",
            kind=kinds[i],
            parties=sorted(m["parties"]),
            city=m["location_city"],
            date=m["date"],
            round=m["round"],
            summons=kinds[i] == "summons",
        )
        for i, m in enumerate(record["gold"]["meetings"])
    ]


def read(record: dict[str, Any], *, gold_facts: bool = False) -> Report:
    article = ArticleInput.model_validate(
        {k: record[k] for k in ("text", "language", "published", "url")}
    )
    prepared = prepare(article)
    if gold_facts:  # what the ids make of perfect extraction
        entities = Entities(meetings=gold_meetings(record))
        prepared.result = prepared.result.model_copy(update={"entities": entities})
    resolution = resolve(prepared.result, article=prepared.meta)
    graph = build_graph(prepared.result, article=prepared.meta, resolution=resolution)
    nodes = {
        label: frozenset(n.id for n in graph.nodes if n.label == label) for label in SHARED_LABELS
    }
    meetings = tuple((resolution.meetings[m.id], m) for m in prepared.result.entities.meetings)
    group = record.get("event_group")
    entities = prepared.result.entities
    places = frozenset(slug(p.location) for p in entities.properties if p.location)
    states = frozenset(d.country.upper() for d in entities.delegations)
    return Report(str(record["id"]), str(group) if group else None, meetings, nodes, places, states)


def _parts(meeting: Meeting) -> dict[str, object]:
    return {
        "parties": sorted(meeting.parties),
        "city": meeting.city,
        "date": meeting.date,
        "round": meeting.round,
        "kind": meeting.kind,
    }


def differing(a: Report, b: Report) -> str:
    """The key parts in which the closest two meetings of the reports differ."""
    if not a.meetings or not b.meetings:
        return "no meeting in " + " and ".join(r.id for r in (a, b) if not r.meetings)
    best: list[str] | None = None
    for (_, ma), (_, mb) in itertools.product(a.meetings, b.meetings):
        pa, pb = _parts(ma), _parts(mb)
        diff = [f"{k}: {pa[k]} | {pb[k]}" for k in pa if pa[k] != pb[k]]
        if best is None or len(diff) < len(best):
            best = diff
    return "; ".join(best or [])


_HASH = re.compile(r"[0-9a-f]{16}")  # the article hash of an undated meeting's id


def _apart_by(ida: str, ma: Meeting, idb: str, mb: Meeting) -> list[str]:
    """Why two meetings got two ids, in the terms of `meeting_id`."""
    why = []
    ra, rb = (None if m.summons else m.round for m in (ma, mb))  # a summons' number is no round
    when = [i.rsplit(":", 1)[-1] for i in (ida, idb)]  # the month, or the article's hash
    if any(_HASH.fullmatch(w) for w in when):
        why.append("no date: article hash")
    elif ra is None and rb is None and when[0] != when[1]:
        why.append("different dates")
    if (ma.kind == CALL) != (mb.kind == CALL):
        why.append("different kinds (call)")
    if parties_key(ma.parties) != parties_key(mb.parties):
        why.append("different parties")
    if ra != rb:
        why.append("round in one only" if None in (ra, rb) else "different rounds")
    elif ra is None and ma.city != mb.city:
        hosts = {host_key(c) if c else "" for c in (ma.city, mb.city)}
        why += ["different host states"] if len(hosts) > 1 else []
    return why


def reasons(a: Report, b: Report) -> list[str]:
    """Why a pair of reports of one event shares no meeting, delegation or property node."""
    why: list[str] = []
    if not a.meetings or not b.meetings:
        why.append("no meeting in a report")
    else:
        pairs = itertools.product(a.meetings, b.meetings)
        why = min((_apart_by(ia, ma, ib, mb) for (ia, ma), (ib, mb) in pairs), key=len)
    if a.states & b.states and not shared(a, b, Label.DELEGATION):
        why.append("a delegation without a shared meeting")
    if a.places & b.places and not shared(a, b, Label.DIPLOMATIC_PROPERTY):
        why.append("properties named differently")
    return why


def shared(a: Report, b: Report, label: Label) -> bool:
    return bool(a.nodes[label] & b.nodes[label])


def group_pairs(reports: list[Report], *, verbose: bool) -> None:
    groups: dict[str, list[Report]] = {}
    for report in reports:
        if report.group:
            groups.setdefault(report.group, []).append(report)
    counts = {label: 0 for label in SHARED_LABELS}
    either = total = 0
    why: Counter[str] = Counter()
    for group, members in sorted(groups.items()):
        print(f"\n{group}")
        for report in members:
            ids = ", ".join(mid for mid, _ in report.meetings) or "-"
            print(f"  {report.id}: {ids}")
        for a, b in itertools.combinations(members, 2):
            total += 1
            hits = [label for label in SHARED_LABELS if shared(a, b, label)]
            for label in hits:
                counts[label] += 1
            either += bool(hits)
            why.update([] if Label.MEETING in hits else reasons(a, b))
            mark = "SHARED" if Label.MEETING in hits else "apart "
            line = f"  {mark} {a.id} ~ {b.id}"
            if Label.MEETING not in hits or verbose:
                line += f"\n         {differing(a, b)}"
            print(line)
    print(f"\n{total} pairs: meeting shared {counts[Label.MEETING]}, delegation shared "
          f"{counts[Label.DELEGATION]}, property shared {counts[Label.DIPLOMATIC_PROPERTY]}, "
          f"any of them {either}")  # fmt: skip
    print("why pairs share no meeting: " + ", ".join(f"{k} {n}" for k, n in why.most_common()))


def _outside_pairs(
    reports: Iterable[Report], nodes: Callable[[Report], Iterable[str]]
) -> list[tuple[str, Report, Report]]:
    """Each node that two articles of different groups (or of none) share, with the two."""
    by_node: dict[str, list[Report]] = {}
    for report in reports:
        for node in set(nodes(report)):
            by_node.setdefault(node, []).append(report)
    return [
        (node, a, b)
        for node, holders in sorted(by_node.items())
        for a, b in itertools.combinations(holders, 2)
        if a.group is None or a.group != b.group
    ]


def merges(reports: Iterable[Report]) -> None:
    """Meeting nodes that articles of different groups (or of none) share."""
    pairs = _outside_pairs(reports, lambda r: (mid for mid, _ in r.meetings))
    for mid, a, b in pairs:
        print(f"  {mid}: {a.id} ~ {b.id}")
        for report in (a, b):
            found = [_parts(m) for i, m in report.meetings if i == mid]
            print(f"      {report.id}: {found}")
    print(f"{len(pairs)} pairs of articles outside one group share a meeting node (read each)")


def property_merges(reports: Iterable[Report], *, verbose: bool) -> None:
    """Property nodes that articles of different groups (or of none) share: one building told
    in several years is one node, so these are listed with `-v` only, to be read."""
    pairs = _outside_pairs(reports, lambda r: r.nodes[Label.DIPLOMATIC_PROPERTY])
    for pid, a, b in pairs if verbose else ():
        print(f"  {pid}: {a.id} ~ {b.id}")
    print(f"{len(pairs)} pairs of articles outside one group share a property node (-v lists them)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=DEV_GOLD)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--gold-facts",
        action="store_true",
        help="the gold's meetings in place of the extracted ones: what the ids alone share",
    )
    args = parser.parse_args()
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    reports = [read(record, gold_facts=args.gold_facts) for record in records]
    group_pairs(reports, verbose=args.verbose)
    print()
    merges(reports)
    property_merges(reports, verbose=args.verbose)


if __name__ == "__main__":
    main()
