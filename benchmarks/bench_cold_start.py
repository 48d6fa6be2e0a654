"""Latency right after Neo4j restarts: a fixed-rate mixed read load against a running API.

    .venv/bin/python benchmarks/bench_cold_start.py --api http://127.0.0.1:8011 \
        [--rate 50] [--seconds 60] [--restart]

With `--restart` the local Neo4j of the current settings (`DIPGRAPH_NEO4J_HOME`, ...) is stopped
and started again first (`dipgraph db stop`, `dipgraph db start`), and the load begins the moment
the server answers; the API keeps running throughout. Run it once against an API started with
`DIPGRAPH_WARM_UP=false` and once with the default to compare. Only ever against 127.0.0.1: the
load is bounded (rate x seconds requests, at most 100 in flight, 10 s timeout each).

`/v1/countries/{code}` is left out of the mix: on the 1,000-article synthetic graph one call
takes seconds even warm, and it alone would fill the connection pool.

Prints p50, p90, p99 and max latency and the count of errors (5xx, timeouts, refused
connections) for each 10-second window and for the whole run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))
PATHS = (
    "/v1/delegations?limit=20",
    "/v1/delegations?country=US&limit=20",
    "/v1/meetings?party=US&party=RU&limit=20",
    "/v1/meetings?limit=50",
    "/v1/people?q=mi&limit=20",
    "/v1/countries",
    "/v1/search?q=minister",
    "/v1/timeline?party=US&party=RU",
    "/v1/properties",
    "/v1/articles?limit=20",
    "/v1/graph/neighborhood/country:US",
)
WINDOW_S = 10
MAX_IN_FLIGHT = 100


def _summary(samples: list[tuple[float, float, bool]]) -> str:
    if not samples:
        return "no requests"
    latencies = sorted(ms for _, ms, _ in samples)
    errors = sum(1 for _, _, failed in samples if failed)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return (
        f"{len(samples):5d} req  p50 {q[49]:8.1f} ms  p90 {q[89]:8.1f} ms  "
        f"p99 {q[98]:8.1f} ms  max {latencies[-1]:8.1f} ms  errors {errors}"
    )


async def load(api: str, rate: float, seconds: float) -> list[tuple[float, float, bool]]:
    samples: list[tuple[float, float, bool]] = []
    slots = asyncio.Semaphore(MAX_IN_FLIGHT)
    started = time.perf_counter()

    async def one(client: httpx.AsyncClient, path: str) -> None:
        sent = time.perf_counter()
        try:
            response = await client.get(api + path)
            failed = response.status_code >= 500
        except httpx.HTTPError:
            failed = True
        finally:
            slots.release()
        samples.append((sent - started, (time.perf_counter() - sent) * 1000, failed))

    async with httpx.AsyncClient(timeout=10.0) as client:
        tasks = []
        for n in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
            await slots.acquire()
            tasks.append(asyncio.create_task(one(client, PATHS[n % len(PATHS)])))
        await asyncio.gather(*tasks)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", default="http://127.0.0.1:8011")
    parser.add_argument("--rate", type=float, default=50.0, help="requests per second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--restart", action="store_true", help="restart the local Neo4j first")
    args = parser.parse_args()
    if urlparse(args.api).hostname not in ("127.0.0.1", "localhost"):
        print("only against a local API (127.0.0.1)", file=sys.stderr)
        return 2
    if args.restart:
        subprocess.run([DIPGRAPH, "db", "stop"], check=True)
        subprocess.run([DIPGRAPH, "db", "start"], check=True, stdout=subprocess.DEVNULL)
    samples = asyncio.run(load(args.api, args.rate, args.seconds))
    for start in range(0, int(args.seconds), WINDOW_S):
        window = [s for s in samples if start <= s[0] < start + WINDOW_S]
        print(f"{start:3d}-{start + WINDOW_S:3d} s  {_summary(window)}")
    print(f"whole run  {_summary(samples)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
