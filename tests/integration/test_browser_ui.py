"""/docs and /explore driven in headless Chromium, on the sample articles loaded through the
real pipeline. A screenshot of each page is written under the test's temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from app.main import create_app
from app.settings import Settings
from tests import browser_helpers
from tests.browser_helpers import chrome, live_api
from tests.samples_fixture import load_samples

pytestmark = pytest.mark.neo4j
ROUND2 = "meeting:ru-us:2025:r2"
RU_DELEGATION = "delegation:ru-us:2025:r2:ru"
WAIT = 20


@pytest.fixture(scope="module")
def base_url(driver: Driver, settings: Settings) -> Iterator[str]:
    load_samples(driver, settings)
    with live_api(settings) as url:
        yield url


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    session = chrome()
    try:
        yield session
    finally:
        session.quit()


def shot(browser: webdriver.Chrome, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path


def test_docs_list_every_operation(
    browser: webdriver.Chrome, base_url: str, tmp_path: Path
) -> None:
    spec = create_app().openapi()
    expected = sum(len(ops) for ops in spec["paths"].values())
    browser.get(f"{base_url}/docs")
    WebDriverWait(browser, WAIT).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, ".opblock")) >= expected
    )
    blocks = browser.find_elements(By.CSS_SELECTOR, ".opblock")
    paths = {b.find_element(By.CSS_SELECTOR, ".opblock-summary-path").text for b in blocks}
    assert "/v1/export/graphml" in {p.replace("\u200b", "") for p in paths}
    assert len(blocks) == expected
    assert shot(browser, tmp_path, "docs").stat().st_size > 10_000


def test_explorer_finds_darchiev_and_shows_the_istanbul_round(
    browser: webdriver.Chrome, base_url: str, tmp_path: Path
) -> None:
    browser.get(f"{base_url}/explore")
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    browser.find_element(By.ID, "search").send_keys("Darchiev")
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#results li[data-id]")
    )
    first = browser.find_element(By.CSS_SELECTOR, "#results li[data-id]")
    assert first.get_attribute("data-id") == "person:alexander-darchiev"
    first.click()
    WebDriverWait(browser, WAIT).until(
        lambda b: b.execute_script("return window.dipgraph.lastDraw")
    )
    WebDriverWait(browser, WAIT).until(
        lambda b: "Russia delegation" in b.find_element(By.ID, "facts").text
    )
    drawn = browser.execute_script("return window.dipgraph.cy.nodes().map(n => n.id())")
    assert {ROUND2, RU_DELEGATION} <= set(drawn)
    in_view = browser.find_element(By.ID, "in-view-list").get_attribute("textContent")
    assert "round 2, Istanbul" in in_view
    assert "Russia delegation" in in_view
    panel = browser.find_element(By.ID, "panel").text
    assert "Alexander Darchiev" in panel
    assert "The Russian delegation was led by Alexander Darchiev" in panel  # a source sentence
    shot(browser, tmp_path, "explore-darchiev")

    # Clicking the meeting shows its facts and expands it (the US delegation comes in).
    browser.execute_script(f"window.dipgraph.cy.getElementById('{ROUND2}').emit('tap')")
    WebDriverWait(browser, WAIT).until(
        lambda b: "United States delegation" in b.find_element(By.ID, "facts").text
    )
    WebDriverWait(browser, WAIT).until(
        lambda b: b.execute_script(
            "return window.dipgraph.cy.getElementById('delegation:ru-us:2025:r2:us').nonempty()"
        )
    )
    shot(browser, tmp_path, "explore-expanded")


def test_timeline_of_two_countries(
    browser: webdriver.Chrome, base_url: str, tmp_path: Path
) -> None:
    browser.get(f"{base_url}/explore")
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    browser.execute_script(
        "document.getElementById('country-a').value = 'US';"
        "document.getElementById('country-b').value = 'RU';"
    )
    browser.find_element(By.CSS_SELECTOR, "#timeline-form button").click()
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, f"#timeline li[data-id='{ROUND2}']")
    )
    browser.find_element(By.CSS_SELECTOR, f"#timeline li[data-id='{ROUND2}']").click()
    WebDriverWait(browser, WAIT).until(
        lambda b: "Russia delegation" in b.find_element(By.ID, "facts").text
    )
    shot(browser, tmp_path, "explore-timeline")


def test_a_missing_chromium_fails_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(browser_helpers.shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="make browser"):
        browser_helpers.find_chromium()
