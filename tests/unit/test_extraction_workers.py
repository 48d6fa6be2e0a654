"""The API's extraction workers end with the API process, even one killed outright (SIGKILL):
before, a worker waited on its queue for ever (one was found 29 minutes after its parent)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PARENT = """
import asyncio
from app.extraction import ExtractionPool
from ingest.service.service import ArticleInput

async def main():
    pool = ExtractionPool(workers=1, timeout_s=10)
    await pool.prepare(ArticleInput(text="Talks between Norway and Poland in Oslo.", language="en"))
    print(*pool._pool._processes, flush=True)
    await asyncio.sleep(600)

asyncio.run(main())
"""
WAIT_S = 30.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A worker reparented to a reaper that has not collected it yet is a zombie: gone.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def test_workers_end_when_the_api_process_is_killed() -> None:
    root = Path(__file__).resolve().parents[2]
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 1 and all(_alive(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + WAIT_S
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []
