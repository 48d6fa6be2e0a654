"""Query API speed: `/v1/delegations` and `/v1/meetings/{id}` under load, against direct Bolt.

    DIPGRAPH_ENV=test NEO4J_URI=bolt://127.0.0.1:7689 DIPGRAPH_API_KEY= \\
      .venv/bin/dipgraph serve --port 8001 &
    DIPGRAPH_ENV=test NEO4J_URI=bolt://127.0.0.1:7689 \\
      .venv/bin/python benchmarks/bench_api.py --api http://127.0.0.1:8001

The load tool is `oha` (`cargo install oha`): it holds a fixed request rate (`-q`) with
latency correction, so a slow response delays no later request and the percentiles count the
wait (no coordinated omission, which `wrk` and a closed-loop Python client both have), reads a
file of URLs so every request can name another meeting or country, and reports JSON. Each
scenario runs at `--rate` requests/s and then at full speed with `--connections` open.

Then the same repository queries (the Cypher constants of `app/repositories`, the same
parameters, one read transaction each, as the API sends them) run straight over Bolt with the
async driver, one at a time, and the API's p50 at the fixed rate is given as a ratio of theirs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction

from app.db import open_driver
from app.repositories.base import collected
from app.repositories.delegations import (
    LIST_DELEGATIONS_DATED,
    LIST_DELEGATIONS_OF_COUNTRY,
    LIST_DELEGATIONS_OF_MEETING,
)
from app.repositories.meetings import MAX_DELEGATIONS, MEETING_DETAIL
from app.routers.v1_common import DEFAULT_LIMIT
from app.settings import Settings
from graph_schema.model import Label, RelType

PAGE = DEFAULT_LIMIT  # the page the API answers when no `limit` is given
MEETING_IDS = f"""
MATCH (m:{Label.MEETING})<-[:{RelType.ATTENDED}]-(:{Label.DELEGATION})
WITH DISTINCT m.id AS id ORDER BY id
WITH collect(id) AS ids
RETURN [i IN range(0, size(ids) - 1, size(ids) / $n + 1) | ids[i]] AS ids
"""
COUNTRY_CODES = f"""
MATCH (c:{Label.COUNTRY}) WHERE EXISTS {{ (c)<-[:{RelType.REPRESENTS}]-(:{Label.DELEGATION}) }}
RETURN collect(c.code) AS ids
"""
GRAPH_SIZE = "MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships"

# One request: the Cypher statements it sends and their parameters.
Queries = list[tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class Scenario:
    name: str
    urls: list[str]
    queries: list[Queries]  # one entry per URL, in the same order


def _delegation_params(**where: Any) -> dict[str, Any]:
    params = {"country": None, "leader": None, "meeting": None, "from": None, "to": None}
    return {**params, **where, "skip": 0, "take": PAGE + 1}


def scenarios(api: str, meetings: list[str], countries: list[str]) -> list[Scenario]:
    listing = [(LIST_DELEGATIONS_DATED, _delegation_params())]
    by_country = [
        [(LIST_DELEGATIONS_OF_COUNTRY, _delegation_params(country=code))] for code in countries
    ]
    detail = [
        [
            (MEETING_DETAIL, {"id": mid}),
            (
                LIST_DELEGATIONS_OF_MEETING,
                {**_delegation_params(meeting=mid), "take": MAX_DELEGATIONS},
            ),
        ]
        for mid in meetings
    ]
    return [
        Scenario("GET /v1/delegations", [f"{api}/v1/delegations"], [listing]),
        Scenario(
            "GET /v1/delegations?country=",
            [f"{api}/v1/delegations?country={code}" for code in countries],
            by_country,
        ),
        Scenario(
            "GET /v1/meetings/{id}",
            [f"{api}/v1/meetings/{quote(mid, safe='')}" for mid in meetings],
            detail,
        ),
    ]


@dataclass(frozen=True)
class Load:
    rps: float
    p50: float
    p90: float
    p99: float
    errors: int


def run_oha(oha: str, urls: list[str], *, rate: int | None, seconds: int, connections: int) -> Load:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as file:
        file.write("\n".join(urls) + "\n")
        file.flush()
        command = [oha, "--no-tui", "--output-format", "json", "--urls-from-file", file.name]
        command += ["-z", f"{seconds}s", "-c", str(connections), "-w"]
        if rate is not None:
            command += ["-q", str(rate), "--latency-correction"]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    latency = report["latencyPercentiles"]
    ok = report["statusCodeDistribution"].get("200", 0)
    total = sum(report["statusCodeDistribution"].values()) + sum(
        report["errorDistribution"].values()
    )
    return Load(
        rps=report["summary"]["requestsPerSec"],
        p50=latency["p50"] * 1000,
        p90=latency["p90"] * 1000,
        p99=latency["p99"] * 1000,
        errors=total - ok,
    )


async def _send(tx: AsyncManagedTransaction, queries: Queries) -> None:
    for query, params in queries:
        # As the repositories send it: the rows collected into one record.
        await (await tx.run(collected(query), params)).to_eager_result()


async def time_bolt(
    driver: AsyncDriver, database: str, requests: list[Queries], count: int
) -> list[float]:
    """Milliseconds per request, each in its own read transaction as the API's, in turn."""
    timings = []
    for i in range(count):
        started = time.perf_counter()
        async with driver.session(database=database, default_access_mode=READ_ACCESS) as s:
            await s.execute_read(_send, requests[i % len(requests)])
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def graph_facts(driver: AsyncDriver, database: str, n: int) -> tuple[dict[str, Any], ...]:
    facts = []
    for query in (GRAPH_SIZE, MEETING_IDS, COUNTRY_CODES):
        records, _, _ = await driver.execute_query(query, {"n": n}, database_=database)
        facts.append(dict(records[0]))
    return tuple(facts)


def _row(name: str, load: Load) -> str:
    return (
        f"  {name:<12} {load.rps:8.1f} req/s  p50 {load.p50:6.1f}  p90 {load.p90:6.1f}  "
        f"p99 {load.p99:6.1f} ms  errors {load.errors}"
    )


async def bench(args: argparse.Namespace, settings: Settings, oha: str) -> None:
    db = settings.neo4j_database
    async with open_driver(settings) as driver:
        size, meetings, countries = await graph_facts(driver, db, args.ids)
        print(
            f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}; graph: {size['nodes']} nodes, "
            f"{size['relationships']} relationships; {len(meetings['ids'])} meeting ids, "
            f"{len(countries['ids'])} countries; load tool oha, {args.seconds} s a run"
        )
        for scenario in scenarios(args.api, meetings["ids"], countries["ids"]):
            fixed = run_oha(
                oha,
                scenario.urls,
                rate=args.rate,
                seconds=args.seconds,
                connections=args.connections,
            )
            top = run_oha(
                oha, scenario.urls, rate=None, seconds=args.seconds, connections=args.connections
            )
            bolt = await time_bolt(driver, db, scenario.queries, args.bolt_samples)
            b50, b99 = percentile(bolt, 0.5), percentile(bolt, 0.99)
            print(scenario.name)
            print(_row(f"{args.rate}/s fixed", fixed))
            print(_row("max rate", top))
            print(f"  {'Bolt direct':<12} one at a time     p50 {b50:6.1f}  p99 {b99:6.1f} ms")
            print(f"  API/Bolt p50 at {args.rate}/s: {fixed.p50 / b50:.2f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", default="http://127.0.0.1:8001")
    parser.add_argument("--rate", type=int, default=200, help="fixed rate, requests/s")
    parser.add_argument("--seconds", type=int, default=20, help="length of each load run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--ids", type=int, default=500, help="meeting ids to spread over")
    parser.add_argument("--bolt-samples", type=int, default=500)
    args = parser.parse_args(argv)
    oha = shutil.which("oha") or shutil.which("oha", path=str(Path.home() / ".cargo/bin"))
    if oha is None:
        sys.exit("oha not found: cargo install oha")
    asyncio.run(bench(args, Settings(), oha))


if __name__ == "__main__":
    main()
