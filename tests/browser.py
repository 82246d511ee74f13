"""Real headless Chromium for page tests (Debian's chromium, driven by playwright).

The browser tests skip when Chromium is missing, except in CI where TUYENGIAO_REQUIRE_BROWSER=1
turns a missing browser into a failure. Screenshots go to test-artifacts/ for people to look at.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser_page(live_server, monkeypatch):
    if not Path(CHROMIUM).exists():
        if os.environ.get("TUYENGIAO_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required for the browser tests (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls a test makes between
    # page actions are ordinary synchronous calls, so Django may allow them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
        page = context.new_page()
        # Generous: a loaded CI machine (2 cores, two databases) can take seconds per page.
        page.set_default_timeout(45_000)
        page.base_url = live_server.url
        try:
            yield page
        finally:
            context.close()
            browser.close()


def log_in(page, username: str, password: str) -> None:
    from django.urls import reverse

    page.goto(page.base_url + reverse("login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def screenshot(page, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
