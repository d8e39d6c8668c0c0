"""Exports where a Swedish user expects them: Documents first, then the last folder; names in
the window's language with organisation and date; a folder that cannot be opened is said;
the closing page says what each export will hold."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QFileDialog

from tillitworkshop.ui.common import export_paths
from tillitworkshop.ui.shell import i18n


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.translations().reset()


def closing(window):
    window.session.show_phase("closing")
    return window.session.pages["closing"]


def test_default_names_are_in_the_windows_language_with_organisation_and_date(demo, qtbot):
    before = demo.session
    demo.set_language("sv")
    qtbot.waitUntil(lambda: demo.session is not before)
    p, w = closing(demo), demo.session.state.workshop
    assert p.default_name("summary") == f"Sammanfattning {w.organisation} {w.date}.pdf"
    assert p.default_name("handouts") == f"Deltagarmaterial {w.organisation} {w.date}"
    assert p.default_name("json").startswith("Sessionsfil ")
    before = demo.session
    demo.set_language("en")
    qtbot.waitUntil(lambda: demo.session is not before)
    assert closing(demo).default_name("cards") == f"Principle cards {w.organisation} {w.date}.pdf"


def test_a_name_with_slashes_stays_one_file_name():
    assert export_paths.default_name("Sammanfattning", "Vård/omsorg  Norr", "2026-10-21",
                                     ".pdf") == "Sammanfattning Vård-omsorg Norr 2026-10-21.pdf"


def test_the_dialog_opens_in_documents_then_in_the_last_folder(demo, monkeypatch, tmp_path):
    asked = []

    def dialog(parent, title, start, filters=""):
        asked.append(start)
        return str(tmp_path / "ut" / "fil.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    p = closing(demo)
    name = p.default_name("summary")
    assert p._ask_path("summary") == str(tmp_path / "ut" / "fil.pdf")
    assert Path(asked[0]) == export_paths.documents() / name
    (tmp_path / "ut").mkdir()
    p._ask_path("summary")
    assert Path(asked[1]) == tmp_path / "ut" / name
    assert demo.settings.get("export/folder") == str(tmp_path / "ut")
    (tmp_path / "ut").rmdir()  # gone since: Documents again
    p._ask_path("summary")
    assert Path(asked[2]) == export_paths.documents() / name


def test_a_folder_that_cannot_be_opened_is_said(demo, tmp_path, loop):
    p = closing(demo)
    p.ask_path = lambda kind: str(tmp_path / "kort.pdf")
    p.open_folder = lambda folder: False
    files = loop.run_until_complete(p.export_pdf("cards"))
    assert files and p.export_hint.isVisibleTo(p) and str(tmp_path) in p.export_hint.text()


def test_the_closing_page_says_what_each_export_holds(demo):
    p = closing(demo)
    w = demo.session.state.workshop
    text = p.contents.text()
    assert f"each of the {len(w.participants)} participants" in text
    assert "7 cards, four to an A4 page: 2 pages" in text
    hidden = sum(1 for x in w.participants if not x.consent)
    assert f"{hidden} of the {len(w.participants)} participants appear as their role" in text
    assert f"the {len(w.commitments)} commitments" in text
