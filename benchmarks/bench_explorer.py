"""How long the explorer takes to draw a 3-hop neighbourhood of 500 nodes in headless Chromium.

Point it at a running API over a large graph (the 10,000-article benchmark graph of
bench_ingest.py, served with `dipgraph serve`):

    .venv/bin/python benchmarks/bench_explorer.py --api http://127.0.0.1:8013 [--node ID]

Without --node it takes the country party to the most meetings. Each run opens `/explore` in a
fresh page and draws the node's neighbourhood there (`depth=3`, `limit=500`) as choosing a search
result does, so cytoscape draws on a new canvas each time. The page measures itself
(`window.dipgraph.lastDraw`): the neighbourhood request, the ring positions, adding the elements
in one batch and painting them (until two animation frames later, i.e. on screen). Beside these
wall-clock times it prints the CPU time the page's renderer spent on the draw (main thread, and
the whole renderer process with the JavaScript compilers' threads; Chromium's Performance
metrics), which other work on the machine disturbs much less, and the load average. Needs
Debian's chromium and chromium-driver (`make browser`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser_helpers import chrome


def busiest_country(api: str) -> str:
    with urllib.request.urlopen(f"{api}/v1/countries?limit=200") as response:
        items = json.load(response)["items"]
    best = max(items, key=lambda c: c["meetings"])
    return f"country:{best['code']}"


DRAW = """
const done = arguments[arguments.length - 1];
openNode(arguments[0], {depth: arguments[1], limit: arguments[2], keepPanel: true})
  .then(() => done(window.dipgraph.lastDraw), (error) => done({error: String(error)}));
"""
PHASES = ("fetchMs", "layoutMs", "addMs", "paintMs", "drawMs", "totalMs", "mainCpuMs", "cpuMs")


def renderer_cpu_ms(browser: Any) -> tuple[float, float]:
    """CPU time of the page's main thread and of its whole renderer process, in ms."""
    metrics = browser.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]
    values = {m["name"]: m["value"] for m in metrics}
    return values["ThreadTime"] * 1000, values["ProcessTime"] * 1000


def draw_once(browser: Any, api: str, node: str, depth: int, limit: int) -> dict[str, float]:
    browser.get(f"{api}/explore")
    WebDriverWait(browser, 120).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    browser.execute_cdp_cmd("Performance.enable", {"timeDomain": "threadTicks"})
    main_before, process_before = renderer_cpu_ms(browser)
    draw: dict[str, Any] = browser.execute_async_script(DRAW, node, depth, limit)
    main_after, process_after = renderer_cpu_ms(browser)
    if draw is None or "error" in draw:
        raise SystemExit(f"the page drew nothing: {draw}")
    return {
        **draw,
        "mainCpuMs": main_after - main_before,
        "cpuMs": process_after - process_before,
    }


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", default="http://127.0.0.1:8000")
    parser.add_argument("--node", help="the centre (default: the busiest country)")
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="save the last drawing here (PNG)")
    args = parser.parse_args()
    api = args.api.rstrip("/")
    node = args.node or busiest_country(api)
    load_at_start = load_average()
    browser = chrome(1400, 1000)
    try:
        draw_once(browser, api, node, args.depth, args.limit)  # warm: assets, plans, JIT
        runs = [draw_once(browser, api, node, args.depth, args.limit) for _ in range(args.runs)]
        if args.screenshot:
            browser.save_screenshot(str(args.screenshot))
    finally:
        browser.quit()
    for run in runs:
        print(
            f"{node} depth {args.depth}: {run['nodes']:.0f} nodes, {run['edges']:.0f} edges; "
            f"request {run['fetchMs']:.0f} ms, draw {run['drawMs']:.0f} ms (layout "
            f"{run['layoutMs']:.0f}, add {run['addMs']:.0f}, paint {run['paintMs']:.0f}), "
            f"total {run['totalMs']:.0f} ms; renderer CPU {run['cpuMs']:.0f} ms "
            f"(main thread {run['mainCpuMs']:.0f})"
        )
    medians = {key: statistics.median(r[key] for r in runs) for key in PHASES}
    print(
        f"median of {len(runs)}: request {medians['fetchMs']:.0f} ms, layout "
        f"{medians['layoutMs']:.0f}, add {medians['addMs']:.0f}, paint {medians['paintMs']:.0f}, "
        f"draw {medians['drawMs']:.0f} ms, request + draw {medians['totalMs']:.0f} ms; "
        f"renderer CPU {medians['cpuMs']:.0f} ms (main thread {medians['mainCpuMs']:.0f})"
    )
    print(f"load average {load_at_start} at the start, {load_average()} at the end")


if __name__ == "__main__":
    main()
