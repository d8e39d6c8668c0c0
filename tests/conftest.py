"""Shared fixtures: a library in a temporary folder, and the demo session in it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tillitworkshop.store import Library  # noqa: E402
from tillitworkshop.store.demo import add_demo  # noqa: E402

from .browser import browser, page  # noqa: E402, F401  (headless Chromium, for any test)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("TILLITWORKSHOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def lib(data_dir):
    library = Library.open(data_dir)
    yield library
    library.close()


@pytest.fixture
def demo_id(lib):
    return add_demo(lib).session_id
