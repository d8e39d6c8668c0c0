"""The closing page's HTML summary and CSV buttons: written off the UI thread like the PDFs."""

from __future__ import annotations

import asyncio

import pytest
import qasync
from PySide6.QtWidgets import QApplication


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


def closing(window):
    window.session.show_phase("closing")
    return window.session.pages["closing"]


def test_html_summary_button_writes_the_file_and_opens_its_folder(demo, tmp_path, loop):
    p = closing(demo)
    target = tmp_path / "sammanfattning.html"
    p.ask_path = lambda kind: str(target) if kind == "html" else pytest.fail(kind)
    opened = []
    p.open_folder = opened.append
    assert p.html.isVisible() and p.html.isEnabled()
    files = loop.run_until_complete(p.export_pdf("html"))
    assert files == [target] and target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert b'<html lang="sv"' in target.read_bytes()[:80]  # the session's language
    assert opened == [tmp_path] and p.html.isEnabled() and not p.cancel.isVisible()


def test_csv_button_writes_the_tables_into_a_folder(demo, tmp_path, loop):
    p = closing(demo)
    p.ask_path = lambda kind: str(tmp_path) if kind == "csv" else pytest.fail(kind)
    p.open_folder = lambda folder: None
    files = loop.run_until_complete(p.export_pdf("csv"))
    assert sorted(f.name for f in files) == sorted(
        ["notes.csv", "problems.csv", "ratings.csv", "individual_ratings.csv", "commitments.csv"])
    assert all(f.parent == tmp_path / p.default_name("csv") for f in files)
    assert p.default_name("csv").startswith("Tables ")
    assert "Written" in p.done.text()
