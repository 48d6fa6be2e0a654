"""How long the explorer takes to draw a 3-hop neighbourhood of 500 nodes in headless Chromium.

Point it at a running API over a large graph (the 10,000-article benchmark graph of
bench_ingest.py, served with `dipgraph serve`):

    .venv/bin/python benchmarks/bench_explorer.py --api http://127.0.0.1:8013 [--node ID]

Without --node it takes the country party to the most meetings. Each run loads
`/explore?node=ID&depth=3&limit=500` in a fresh page and reads what the page measured itself
(`window.dipgraph.lastDraw`): the neighbourhood request, then adding, laying out and painting
the nodes (until two animation frames after the layout, i.e. on screen). Prints each run and
the median. Needs Debian's chromium and chromium-driver (`make browser`).
"""

from __future__ import annotations

import argparse
import json
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


def draw_once(browser: Any, api: str, node: str, depth: int, limit: int) -> dict[str, float]:
    browser.get(f"{api}/explore?node={node}&depth={depth}&limit={limit}")
    WebDriverWait(browser, 120).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    draw: dict[str, float] | None = browser.execute_script("return window.dipgraph.lastDraw")
    if draw is None:
        raise SystemExit(f"the page drew nothing: {browser.find_element(By.ID, 'status').text}")
    return draw


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
            f"request {run['fetchMs']:.0f} ms, draw {run['drawMs']:.0f} ms (add "
            f"{run['addMs']:.0f}, layout {run['layoutMs']:.0f}, paint {run['paintMs']:.0f}), "
            f"total {run['totalMs']:.0f} ms"
        )
    print(
        f"median of {len(runs)}: draw {statistics.median(r['drawMs'] for r in runs):.0f} ms, "
        f"request + draw {statistics.median(r['totalMs'] for r in runs):.0f} ms"
    )


if __name__ == "__main__":
    main()
