"""How fast the API refuses what it must not do, and whether /health stalls meanwhile.

    .venv/bin/python benchmarks/bench_limits.py [--port 8012] [--repeat 3] [--cypher-timeout 0.8]

Starts `dipgraph serve` on 127.0.0.1 (settings from the environment: point `NEO4J_URI` at a
test instance) and sends each case of issue 11 while a second client asks `/health` every 50 ms:
a 60 MB body, 100 KB of '.' (and '<!--', 'A. ') given as English, a `collect` over 10^8 rows and
a quadratic `reduce` through `POST /v1/cypher`. For each it prints the status, the wall-clock
time to the answer (best and worst of `--repeat`), the slowest `/health` meanwhile, and for the
Cypher cases how long after the answer Neo4j still listed the transaction and how much CPU the
Neo4j process burnt in that time (from /proc; the local server of `DIPGRAPH_NEO4J_HOME`).
Wall-clock times on a shared machine are noisy: read them with the load average printed first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from neo4j import Driver, GraphDatabase

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.cli.db import server_pid
from app.cli.db_home import Layout
from app.cypher_slots import TAG_KEY
from app.settings import Settings

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))
HEALTH_EVERY_S = 0.05
GONE_WAIT_S = 120.0
CASES: dict[str, tuple[str, Callable[[], dict[str, object] | bytes]]] = {
    "60 MB body": ("/v1/articles", lambda: b'{"text": "' + b"a" * 60_000_000 + b'"}'),
    "100 KB '.'": ("/v1/articles", lambda: {"text": "." * 100_000, "language": "en"}),
    "100 KB '<!--'": ("/v1/articles", lambda: {"text": "<!--" * 25_000, "language": "en"}),
    "100 KB 'A. '": ("/v1/articles", lambda: {"text": "A. " * 33_333, "language": "en"}),
    "collect 10^8": (
        "/v1/cypher",
        lambda: {"query": "UNWIND range(1, 100000000) AS i RETURN size(collect(i)) AS n"},
    ),
    "reduce 60k": (
        "/v1/cypher",
        lambda: {
            "query": "RETURN size(reduce(s = '', i IN range(1, 60000) | s + 'xxxxxxxxxx')) AS n"
        },
    ),
}


class HealthProbe:
    """Asks /health every HEALTH_EVERY_S on its own connection; keeps the slowest answer."""

    def __init__(self, api: str) -> None:
        self.api, self.worst, self._stop = api, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(base_url=self.api, timeout=30) as client:
            while not self._stop.is_set():
                started = time.perf_counter()
                client.get("/health")
                self.worst = max(self.worst, time.perf_counter() - started)
                self._stop.wait(HEALTH_EVERY_S)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def neo4j_cpu_s(pid: int | None) -> float:
    if pid is None:
        return float("nan")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def listed_for(driver: Driver) -> float:
    """Seconds until Neo4j lists no transaction of the Cypher endpoint."""
    started = time.perf_counter()
    query = f"SHOW TRANSACTIONS YIELD metaData WHERE metaData.{TAG_KEY} IS NOT NULL RETURN 1"
    while time.perf_counter() - started < GONE_WAIT_S:
        with driver.session() as session:
            if not list(session.run(query)):
                break
        time.sleep(0.05)
    return time.perf_counter() - started


def one_case(api: str, path: str, body: dict[str, object] | bytes) -> tuple[int, float, float]:
    headers = {"content-type": "application/json"}
    with HealthProbe(api) as probe, httpx.Client(base_url=api, timeout=120) as client:
        started = time.perf_counter()
        if isinstance(body, bytes):
            response = client.post(path, content=body, headers=headers)
        else:
            response = client.post(path, json=body)
        took = time.perf_counter() - started
    return response.status_code, took, probe.worst


def serve(port: int, cypher_timeout: float) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DIPGRAPH_WARM_UP": "false"}
    env["DIPGRAPH_CYPHER_TIMEOUT"] = f"{cypher_timeout}"
    command = [DIPGRAPH, "serve", "--host", "127.0.0.1", "--port", str(port)]
    quiet = subprocess.DEVNULL
    server = subprocess.Popen(command, env=env, stdout=quiet, stderr=quiet)
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.kill()
    raise SystemExit("the API did not become ready in 60 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8012)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cypher-timeout", type=float, default=0.8)
    args = parser.parse_args()
    settings = Settings()
    pid = server_pid(Layout(settings.neo4j_home.resolve()))
    api = f"http://127.0.0.1:{args.port}"
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    print(f"# load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'case':15s} {'status':>6s} {'best s':>7s} {'worst s':>8s} {'health s':>9s} "
          f"{'listed s':>9s} {'neo4j cpu s':>12s}")  # fmt: skip
    server = serve(args.port, args.cypher_timeout)
    try:
        with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver:
            # The extraction workers start with the first article, outside the timings.
            first = {"text": "Talks in Oslo.", "language": "en"}
            httpx.post(f"{api}/v1/articles", json=first, timeout=120)
            for name, (path, make) in CASES.items():
                runs, listed, burnt = [], 0.0, 0.0
                for _ in range(args.repeat):
                    cpu = neo4j_cpu_s(pid)
                    runs.append(one_case(api, path, make()))
                    if path == "/v1/cypher":
                        listed = max(listed, listed_for(driver))
                        burnt = max(burnt, neo4j_cpu_s(pid) - cpu)
                statuses = "/".join(sorted({str(status) for status, _, _ in runs}))
                times = [took for _, took, _ in runs]
                health = max(worst for _, _, worst in runs)
                extra = f"{listed:9.2f} {burnt:12.2f}" if path == "/v1/cypher" else ""
                print(f"{name:15s} {statuses:>6s} {min(times):7.2f} {max(times):8.2f} "
                      f"{health:9.3f} {extra}")  # fmt: skip
    finally:
        server.terminate()
        server.wait(30)
    print(f"# load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
