"""The window fits a 1280×720 laptop (and 1920×1080 at 150 %, the same in logical pixels):
no page, and not the window with each page opened in turn, asks for more than that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from tillitworkshop.store import StorageError, exports, sessions
from tillitworkshop.store import participants as participant_ops
from tillitworkshop.ui.common.messages import message_of
from tillitworkshop.ui.shell import i18n
from tillitworkshop.ui.shell.geometry import place
from tillitworkshop.ui.shell.mainwindow import MainWindow
from tillitworkshop.ui.shell.session_view import BUILT, SIDEBAR_NUMBERS, SIDEBAR_WIDTH

from .test_i18n import switch

SCREEN = QSize(1280, 720)
# What is left for a page beside the full sidebar, its margins and a vertical scroll bar.
PAGE = QSize(SCREEN.width() - SIDEBAR_WIDTH - 40 - 20, SCREEN.height())


@pytest.fixture(autouse=True)
def no_translators_after():
    yield
    if QCoreApplication.instance() is not None:
        i18n.translations().reset()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def within(size: QSize, limit: QSize) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


def test_no_page_nor_the_window_with_it_needs_more_than_1280x720(demo):
    too_big = {}
    for lang in ("sv", "en"):
        switch(demo, lang)
        for phase in BUILT:  # in order, every page staying built: the window's old trap
            demo.session.show_phase(phase, store=False)
            settle()
            page = demo.session.pages[phase].minimumSizeHint()
            window = demo.minimumSizeHint()
            if not within(page, PAGE) or not within(window, SCREEN):
                too_big[f"{phase} ({lang})"] = (page.toTuple(), window.toTuple())
        for phase in BUILT:  # and once more, each after all the others were built
            demo.session.show_phase(phase, store=False)
            settle()
            if not within(demo.minimumSizeHint(), SCREEN):
                too_big[f"{phase} again ({lang})"] = demo.minimumSizeHint().toTuple()
    assert not too_big, f"wider or taller than {SCREEN.toTuple()}: {too_big}"


def test_the_library_empty_and_full_fits(window, lib):
    settle()
    assert within(window.library.minimumSizeHint(), SCREEN)
    assert within(window.minimumSizeHint(), SCREEN)
    dialog = window.library.new_session()
    settle()
    assert within(dialog.minimumSizeHint(), SCREEN)
    dialog.reject()


def test_a_roster_of_100_and_a_200_character_organisation_fit(window, lib):
    name = ("Lövhälla kommuns förvaltning för utbildning, kultur och fritid " * 4)[:200]
    sid = sessions.create_session(lib, name, "skola", "2026-03-12").session_id
    for i in range(100):
        participant_ops.add_participant(lib, sid, f"Deltagare med ett långt namn {i}",
                                        "medarbetare", "Enheten för särskilt stöd", True)
    window.library.refresh()
    window.open_session(sid)
    for phase in BUILT:
        window.session.show_phase(phase, store=False)
        settle()
        assert within(window.minimumSizeHint(), SCREEN), phase
    window.showNormal()
    window.resize(SCREEN)
    window.session.show_phase("preparation", store=False)
    settle()
    table = window.session.pages["preparation"].roster.table
    header = table.horizontalHeader()
    # Every column, the consent column last of all, inside the table's own width.
    last = header.logicalIndex(header.count() - 1)
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= table.viewport().width()


def test_the_sidebar_folds_to_numbers_hides_and_is_remembered(demo, settings):
    session = demo.session
    assert session.side.width() == SIDEBAR_WIDTH
    session.fold.click()
    settle()
    assert demo.session.sidebar_mode == "numbers"
    assert session.side.width() == SIDEBAR_NUMBERS
    assert session.stepper.item(0).text() == "1"
    assert not session.timer.reset.isVisible() and session.timer.clock.isVisible()
    for w in (session.timer.clock, session.timer.start):  # the clock and Start, not cut
        assert w.sizeHint().width() <= w.width(), w.text()
    assert settings.get("ui/sidebar") == "numbers"
    demo.sidebar_actions["hidden"].trigger()
    assert not session.side.isVisible()
    switch(demo, "en")  # the session view is built again: the choice stays
    assert not demo.session.side.isVisible()
    demo.sidebar_actions["full"].trigger()
    assert demo.session.side.isVisible() and demo.session.stepper.item(0).text().endswith(
        "Preparation")


def _saved(qtbot, lib, settings, rect: QRect) -> QByteArray:
    w = MainWindow(lib, settings)
    qtbot.addWidget(w)
    w.setGeometry(rect)
    return QByteArray(w.saveGeometry())


def test_a_window_saved_larger_than_the_screen_opens_maximised(qtbot, lib, settings):
    area = QApplication.primaryScreen().availableGeometry()
    saved = _saved(qtbot, lib, settings, QRect(area.topLeft(), area.size() * 2))
    w = QWidget()
    qtbot.addWidget(w)
    place(w, saved)
    assert w.isMaximized()


def test_a_window_saved_on_a_screen_that_is_gone_comes_back_on_this_one(qtbot, lib, settings):
    area = QApplication.primaryScreen().availableGeometry()
    saved = _saved(qtbot, lib, settings, QRect(area.right() + 3000, area.bottom() + 3000, 300, 200))
    w = QWidget()
    qtbot.addWidget(w)
    place(w, saved)
    assert area.intersects(QRect(w.pos(), w.size()))


def test_a_window_saved_smaller_than_the_screen_keeps_its_size(qtbot, lib, settings):
    area = QApplication.primaryScreen().availableGeometry()
    saved = _saved(qtbot, lib, settings, QRect(area.x() + 20, area.y() + 40, 400, 300))
    w = QWidget()
    qtbot.addWidget(w)
    place(w, saved)
    assert not w.isMaximized() and w.size() == QSize(400, 300)


def test_the_ratings_grid_scrolls_inside_itself_with_the_names_kept(demo):
    demo.showNormal()
    demo.resize(SCREEN)
    demo.session.show_phase("principles", store=False)
    page = demo.session.pages["principles"]
    page.tabs.setCurrentIndex(1)
    table = page.ratings.table
    table.setMinimumWidth(0)
    table.resize(500, 300)
    settle()
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= header.minimumSectionSize()  # each principle readable
    assert table.horizontalScrollBar().maximum() > 0  # the rest is scrolled to, inside
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.verticalHeader().isVisible()  # the names of the rows stay where they are
    assert table.verticalHeader().width() > 0


def test_the_closing_page_with_its_new_exports_and_a_long_log_fits(demo, lib, tmp_path):
    """The HTML and CSV buttons, the without-names box and an export log of long paths."""
    sid = demo.session.state.id
    demo.showNormal()
    demo.resize(SCREEN)
    demo.session.show_phase("closing", store=False)
    page = demo.session.pages["closing"]
    settle()  # nothing exported yet: the log's one line shows whole, not in a scroll box
    assert page.log_box.viewport().height() >= page.log.sizeHint().height()
    folder = tmp_path / ("Tillitsdelegationens uppföljning och utvärdering" * 2).replace(" ", "_")
    for i in range(40):
        exports.record(lib, sid, ("summary", "html", "csv", "handouts")[i % 4],
                       folder / f"Sammanfattning_Lövhälla_kommun_2026-03-12_{i}.pdf", "sv")
    for lang in ("sv", "en"):
        switch(demo, lang)
        demo.session.show_phase("closing", store=False)
        page = demo.session.pages["closing"]
        page.refresh_log()
        settle()
        for w in (page.html, page.csv, page.anonymise, page.log):
            assert page.isAncestorOf(w) and not w.isHidden(), w
        assert within(page.minimumSizeHint(), PAGE), (lang, page.minimumSizeHint().toTuple())
        assert within(demo.minimumSizeHint(), SCREEN), (lang, demo.minimumSizeHint().toTuple())


def test_the_presenter_button_drafts_and_the_new_dialogs_fit(demo, lib):
    """The status bar's presenter button, a draft's hint on the session form, the roll-up
    dialog and the keys sheet (F1), in both languages."""
    for lang in ("sv", "en"):
        switch(demo, lang)
        assert demo.statusBar().isAncestorOf(demo.presenter.button)
        demo.session.show_phase("preparation", store=False)
        form = demo.session.pages["preparation"].form
        form.organisation.setFocus()
        form.organisation.setText("Lövhälla kommuns förvaltning för utbildning, kultur och fritid")
        form.hints["organisation"].say(QCoreApplication.translate(
            "SessionForm", "Not stored yet: press Enter to store it."))
        settle()
        assert within(demo.minimumSizeHint(), SCREEN), (lang, demo.minimumSizeHint().toTuple())
        demo.roll_up()
        settle()
        assert within(demo.rollup_dialog.minimumSizeHint(), SCREEN), lang
        demo.rollup_dialog.close()
        sheet = demo.show_keys()
        settle()
        assert within(sheet.minimumSizeHint(), SCREEN), lang
        sheet.close()


def test_a_full_disk_s_status_line_and_last_stored_label_fit_1366_uncut(demo):
    """Disk full on a 1366x768 laptop, in Swedish and English: the status bar's line ends
    before the "last stored" label, which is whole and keeps a gap to it; the banner above
    says the whole message (the library's path too)."""
    for lang in ("sv", "en"):
        switch(demo, lang)
        demo.showNormal()
        demo.resize(QSize(1366, 768))
        settle()
        message = message_of(StorageError("disk full", demo.lib.path, "disk_full"))
        demo.hub.storage_failed.emit(message)
        settle()
        label, line = demo.stored, demo.statusBar().currentMessage()
        assert demo.width() == 1366 and demo.minimumSizeHint().width() <= 1366, lang
        assert label.width() >= label.sizeHint().width(), (lang, label.text())
        assert line and line in message, lang
        ends = demo.statusBar().fontMetrics().horizontalAdvance(line) + 12  # its left margin
        assert ends + 8 <= label.geometry().left() + label.contentsMargins().left(), (lang, line)
        assert str(demo.lib.path) in demo.banner.text()
