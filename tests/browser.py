"""Headless Chromium for tests that look at a page as a browser does (the HTML summary, the
room's web pages): Debian's ``chromium`` driven by Playwright, and axe-core's accessibility
checks.

Playwright's own browser download is never used (``playwright install`` is not run
anywhere): the browser is the system's ``/usr/bin/chromium`` (``.ci/run`` installs it).
Tests that need it take the ``browser`` fixture (tests/conftest.py); without Playwright or
Chromium they are skipped, saying which is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("TILLIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per test module (starting one takes about a second).

    Not one for the whole run: Playwright's sync API keeps an event loop of its own in this
    thread while it lives, and the window's tests that run the qasync loop later would find
    futures bound to the wrong loop.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[Any]:
    """A fresh page that may load nothing from the network: a request fails the test."""
    context = browser.new_context()
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda r: requests.append(r.url) if not r.url.startswith(
        ("data:", "about:")) else None)
    yield tab
    context.close()
    assert not requests, f"the page loaded from outside: {requests}"


def axe_violations(tab: Any, tags: list[str] = WCAG_21_AA) -> list[dict[str, Any]]:
    """axe-core's violations of ``tags`` on the page, each with its id, impact and nodes."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(tab, options={"runOnly": {"type": "tag", "values": tags}})
    return list(result.response["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    """The violations in a few readable lines, for an assertion message."""
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — "
                     + "; ".join(n["html"][:160] for n in v["nodes"][:3]) for v in violations)
