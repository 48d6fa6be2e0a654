"""A live API (uvicorn on a free port, in a thread) and a headless Debian chromium for the
real-browser tests. No browser is downloaded at run time: chromium and chromium-driver come from
the system (`make browser` installs them), and their absence fails the tests, loudly."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from app.main import create_app
from app.settings import Settings, get_settings

BROWSERS = ("chromium", "chromium-browser")
DRIVERS = ("chromedriver", "chromium-driver")
INSTALL_HINT = (
    "the browser tests need Debian's chromium and chromium-driver: "
    "run `make browser` (apt-get install -y chromium chromium-driver) and try again"
)


def find_chromium() -> tuple[str, str]:
    browser = next((p for p in map(shutil.which, BROWSERS) if p), None)
    driver = next((p for p in map(shutil.which, DRIVERS) if p), None)
    if browser is None or driver is None:
        missing = "chromium" if browser is None else "chromedriver"
        pytest.fail(f"{missing} not found: {INSTALL_HINT}", pytrace=False)
    return browser, driver


def chrome(width: int = 1400, height: int = 1000) -> webdriver.Chrome:
    browser, driver = find_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def live_api(settings: Settings) -> Iterator[str]:
    """The API served by uvicorn on a free port for as long as the block runs."""
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the API did not start for the browser tests", pytrace=False)
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
