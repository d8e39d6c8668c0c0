"""Avslutning and Uppföljning: the overview, the follow-up date, JSON and PDF exports off
the UI thread, and status history that is kept, each edit undoable."""

from __future__ import annotations

import asyncio
import json

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from tillitworkshop.store.read import load_workshop


def page(window, key):
    window.session.show_phase(key)
    return window.session.pages[key]


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()  # qasync's close() stops its own executor's threads; asyncio's shutdown does not
    asyncio.set_event_loop(None)


def test_overview_names_commitments_without_owner_or_date(demo):
    """The overview counts each phase and flags a commitment with no owner or date."""
    p = page(demo, "closing")
    assert "Problems: 24" in p.overview.text() and "Commitments: 9" in p.overview.text()
    state = demo.session.state
    from tillitworkshop.store import commitments
    state.do("add", lambda: commitments.add_commitment(state.lib, state.id, "Lös det"))
    assert "⚠ Lös det — no owner / date" in p.overview.text()


def test_follow_up_date_checked_and_undoable(fresh, qtbot):
    """A date on or before the day is refused inline; a later one is stored and undone."""
    p = page(fresh, "closing")
    p.follow_up.setText("2026-03-01")
    assert not p.set_follow_up() and "after the day" in p.follow_hint.text()
    p.follow_up.setText("2026-09-15")
    assert p.set_follow_up()
    assert load_workshop(fresh.lib, fresh.session.state.id).follow_up_date == "2026-09-15"
    fresh.undo_action.trigger()
    assert load_workshop(fresh.lib, fresh.session.state.id).follow_up_date is None


def test_a_language_switch_waits_for_a_running_export(demo):
    """While a PDF export runs the page says it is busy, and rebuilding the window leaves it."""
    p = page(demo, "closing")
    p._show_running(True)
    assert p.busy()
    demo.retranslate()
    assert demo.session.pages["closing"] is p  # not pulled from under the export
    p._show_running(False)
    assert not p.busy()
    demo.retranslate()
    assert demo.session.pages.get("closing") is not p
    demo.close()
    demo.retranslate()  # the retry scheduled while busy finds a closed window: nothing to do


def test_json_export(demo, tmp_path):
    """The JSON button writes the interchange file where the facilitator chose."""
    p = page(demo, "closing")
    target = tmp_path / "dagen.json"
    p.ask_path = lambda kind: str(target)
    p.json.click()
    assert json.loads(target.read_text("utf-8"))["session"]["organisation"].startswith("Lövhälla")


def test_pdf_export_off_the_ui_thread_with_progress(demo, tmp_path, loop):
    """Handouts are written in the executor, the progress bar counts, the folder opens."""
    p = page(demo, "closing")
    p.ask_path = lambda kind: str(tmp_path)
    opened = []
    p.open_folder = opened.append
    files = loop.run_until_complete(p.export_pdf("handouts"))
    assert len(files) >= 14 and all(f.exists() for f in files)
    assert opened == [tmp_path / p.default_name("handouts")]
    assert p.progress.value() == p.progress.maximum()
    assert p.json.isEnabled() and not p.cancel.isVisible()


def test_pdf_export_cancelled_writes_nothing(demo, tmp_path, loop):
    """Cancel before the first file: nothing is written and the window says so."""
    p = page(demo, "closing")
    p.ask_path = lambda kind: str(tmp_path)
    p.open_folder = lambda folder: pytest.fail("opened a folder after a cancel")
    p._cancel.set()
    p._cancel.clear = lambda: None  # stays cancelled from the start
    assert loop.run_until_complete(p.export_pdf("handouts")) == []
    assert "cancelled" in p.done.text() and not (tmp_path / p.default_name("handouts")).exists()


def test_status_history_is_kept(demo, qtbot):
    """Recording "done" adds a line to the history (the old ones stay); undo removes it."""
    p = page(demo, "followup")
    c = demo.session.state.workshop.commitments[0]
    before = len(c.history)
    p.status.setCurrentIndex(p.status.findData("done"))
    p.date.setText("2027-02-15")
    p.note.setText("Klart")
    assert p.save()
    after = load_workshop(demo.lib, demo.session.state.id).commitments[0].history
    assert len(after) == before + 1 and after[-1].status == "done" and after[-1].note == "Klart"
    assert p.history.item(0).text().startswith("2027-02-15")
    demo.undo_action.trigger()
    assert len(load_workshop(demo.lib, demo.session.state.id).commitments[0].history) == before


def test_bad_status_date_is_said_inline(demo):
    """A date that is not YYYY-MM-DD is refused with a hint; nothing is stored."""
    p = page(demo, "followup")
    p.date.setText("15 feb")
    assert not p.save() and "YYYY-MM-DD" in p.hint.text()
