"""The presenter window: follows the facilitator, shows nothing private, reads from the back
of the room, and survives what a day throws at it (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from tillitworkshop.store import notes as note_ops
from tillitworkshop.store import sessions
from tillitworkshop.ui.presenter.fit import FLOOR_CAP
from tillitworkshop.ui.presenter.view import plain
from tillitworkshop.ui.presenter.window import APP_NAME

from .helpers import all_texts, every_view, label_contrast, open_presenter, visible_labels


def test_f7_opens_it_as_an_ordinary_window_on_one_screen_and_closes_it(demo, qtbot):
    """One screen (offscreen has one): an ordinary window, not full screen; F7 again hides it."""
    assert len(QGuiApplication.screens()) == 1
    qtbot.keyClick(demo, Qt.Key.Key_F7)
    p = demo.presenter.window
    assert p.isVisible() and not p.isFullScreen()
    assert demo.presenter.button.defaultAction() is demo.presenter.toggle_action
    qtbot.keyClick(demo, Qt.Key.Key_F7)
    assert not p.isVisible()


def test_it_follows_the_phase_and_the_item(demo):
    p = open_presenter(demo)
    keys = {}
    for name in every_view(demo):
        keys[name] = p.slide.slide.key
    assert keys["preparation"] == "agenda"
    assert keys["chain:enhetschef"] == "chain:enhetschef"
    assert keys["chain:relationships"] == "chain:relationships"
    assert keys["card:2"] == "card:helhetssyn"
    assert keys["gaps"] == "gaps"
    assert keys["problems"] == "board"
    assert keys["closing"] == "closing"


def test_no_name_without_consent_reaches_it_in_any_phase(demo):
    """Walk every phase and item: no participant who did not consent is named anywhere in
    the presenter's widget tree; they appear as role and number; nothing to type into."""
    workshop = demo.session.state.workshop
    hidden = [p.name for p in workshop.participants if not p.consent]
    assert hidden, "the demo must hold participants who did not consent"
    p = open_presenter(demo)
    seen_pseudonym = False
    for name in every_view(demo):
        texts = all_texts(p)
        for person in hidden:
            leaked = [t for t in texts if person in t]
            assert not leaked, f"{person} named in {name}: {leaked[:1]}"
        seen_pseudonym |= any("Medarbetare 1" in t for t in texts)
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox):
            assert not p.findChildren(kind), f"{kind.__name__} on the presenter in {name}"
    assert seen_pseudonym


def test_text_is_at_least_24_px_cap_height_and_contrast_at_least_4_5(demo):
    """At 1920×1080, in every phase: the smallest capitals are 24 px, every text 4.5:1."""
    p = open_presenter(demo)
    assert (p.width(), p.height()) == (1920, 1080)
    smallest, lowest = 1000.0, 21.0
    for name in every_view(demo):
        for lbl in visible_labels(p):
            cap = QFontMetricsF(lbl.font()).capHeight()
            smallest = min(smallest, cap)
            assert cap >= FLOOR_CAP, f"{plain(lbl)[:30]!r} in {name}: cap {cap:.1f} px"
            ratio = label_contrast(lbl)
            lowest = min(lowest, ratio)
            assert ratio >= 4.5, f"{plain(lbl)[:30]!r} in {name}: contrast {ratio:.2f}"
    assert smallest >= FLOOR_CAP and lowest >= 4.5
    for on in (True, False):  # the big clock too
        p.set_big_clock(on)
        for lbl in visible_labels(p):
            assert QFontMetricsF(lbl.font()).capHeight() >= FLOOR_CAP
            assert label_contrast(lbl) >= 4.5


def test_text_is_never_cut_it_wraps_shrinks_then_pages(demo):
    """Every label gets the height its wrapped text needs; too much for the screen pages."""
    p = open_presenter(demo)
    for name in every_view(demo):
        for _ in range(3):  # laid out as before it is painted: layouts tell their parents
            QApplication.processEvents()  # through posted events, a level per turn
        for lbl in visible_labels(p):
            if not isinstance(lbl, QLabel) or lbl.wordWrap():
                assert lbl.height() >= lbl.heightForWidth(lbl.width()) - 1, (name, plain(lbl)[:30])
            else:
                assert lbl.width() >= lbl.sizeHint().width() - 1, (name, plain(lbl)[:30])
            seen = lbl.visibleRegion().boundingRect()  # paging may hide rows, never a side
            assert seen.isEmpty() or seen.width() == lbl.width(), (name, plain(lbl)[:30])


def test_every_edit_appears_at_once_and_freeze_keeps_the_view(demo):
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state

    def add(text):
        s.do("add", lambda: note_ops.add_note(s.lib, s.id, "chain", "hinder", text,
                                              chain_link="enhetschef"))

    add("Blanketten har sju kopior")
    assert any("Blanketten har sju kopior" in t for t in p.texts())  # no event loop turn needed
    demo.presenter.freeze_action.trigger()
    add("Ännu inte för rummet")
    demo.session.show_phase("problems")
    assert p.slide.slide.key == "chain:enhetschef"
    assert not any("Ännu inte för rummet" in t for t in p.texts())
    demo.presenter.freeze_action.trigger()
    assert p.slide.slide.key == "board"


def test_b_blacks_it_out_and_f9_shows_the_big_clock(demo, qtbot):
    p = open_presenter(demo)
    demo.session.show_phase("good_meeting")
    demo.session.pages["good_meeting"].setFocus()
    qtbot.keyClick(demo, Qt.Key.Key_B)
    assert p.pages.currentWidget() is p.black and p.texts() == []
    qtbot.keyClick(demo, Qt.Key.Key_B)
    assert p.pages.currentWidget() is p.live
    qtbot.keyClick(demo, Qt.Key.Key_F9)
    assert p.pages.currentWidget() is p.timer_page
    assert p.timer_big.text().replace("+", "")[:2].isdigit()


def test_closed_or_deleted_session_leaves_it_blank_with_the_app_s_name(demo, lib, demo_id):
    p = open_presenter(demo)
    demo.close_session()
    assert p.texts() == [APP_NAME]
    demo.open_session(demo_id)
    assert p.pages.currentWidget() is p.live
    demo.show_library()
    demo.library.delete()
    assert demo.session is None
    assert p.texts() == [APP_NAME]


def test_it_follows_a_language_switch(demo):
    from tests.ui.test_i18n import switch
    from tillitworkshop.ui.shell import i18n

    p = open_presenter(demo)
    demo.session.show_phase("chain")
    assert p.slide.kicker.text() == "Styrkedjan"
    try:
        switch(demo, "en")
        assert p.slide.kicker.text() == "The governance chain"
        assert p.slide.slide.key == "chain:politik"
        switch(demo, "sv")
        assert p.slide.kicker.text() == "Styrkedjan"
        demo.session.show_phase("principles")
        demo.session.pages["principles"].tabs.setCurrentIndex(2)
        means = [c.text() for c in p.slide.cells if c.text()[:1].isdigit()]
        assert means and all("," in m and "." not in m for m in means)  # 3,5 in Swedish
    finally:  # the other tests read the window's English source texts
        i18n.translations().reset()


def test_a_screen_that_goes_away_moves_it_without_a_crash(demo):
    """The screen under a full-screen presenter is removed: it goes to a remaining screen
    (here none is left: an ordinary window), and the debounced placement follows."""
    p = open_presenter(demo)
    screen = p.screen()
    p.showFullScreen()
    placement = demo.presenter.placement
    placement.screens = lambda: []  # the last screen gone
    placement._removed(screen)
    assert p.isVisible() and not p.isFullScreen()
    assert placement.debounce.isActive()
    placement.debounce.timeout.emit()
    assert p.isVisible()


def test_bad_input_empty_huge_and_long(fresh):
    """0 participants and 0 notes; 200 problems on one obstacle; a 5,000-character note."""
    p = open_presenter(fresh)
    for _ in every_view(fresh):
        assert p.texts()
    s = fresh.session.state
    with s.lib.edit():
        for i in range(200):
            note_ops.add_note(s.lib, s.id, "problems", "problem", f"Problem {i}",
                              obstacle="detaljstyrning")
        note_ops.add_note(s.lib, s.id, "problems", "problem", "x" * 5000, obstacle="oppenhet")
    s.reload()
    fresh.session.show_phase("problems")
    QApplication.processEvents()
    assert p.slide.area.pager.isActive()  # too much for one screen: it pages
    longest = max(visible_labels(p), key=lambda lbl: plain(lbl).count("x"))
    assert plain(longest).replace("\u00ad", "").count("x") == 5000  # all of it, wrapped
    assert longest.width() <= p.width()
    assert sessions.session_exists(s.lib, s.id)


def test_the_link_on_screen_follows_edits_moves_deletes_and_undo(demo):
    """The presenter keeps the shown link's notes up to date from each edit's ids."""
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state

    def shown(text):
        return any(text in t for t in p.texts())

    nid = s.do("add", lambda: note_ops.add_note(s.lib, s.id, "chain", "need", "Mer tid",
                                                  chain_link="enhetschef")).ids[0]
    assert shown("Mer tid")
    s.do("edit", lambda: note_ops.update_note(s.lib, nid, text="Mer tid med eleverna"))
    assert shown("Mer tid med eleverna")
    s.do("move", lambda: note_ops.move_note(s.lib, nid, 0.0, chain_link="medarbetare"))
    assert not shown("Mer tid med eleverna")
    demo.undo_action.trigger()
    assert shown("Mer tid med eleverna")
    s.do("delete", lambda: note_ops.delete_note(s.lib, nid))
    assert not shown("Mer tid med eleverna")
    demo.undo_action.trigger()
    assert shown("Mer tid med eleverna")


def test_swap_with_one_screen_says_so_and_the_join_panel_has_its_place(demo, qtbot):
    from PySide6.QtWidgets import QLabel as Panel

    p = open_presenter(demo)
    qtbot.keyClick(demo, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert "one screen" in demo.statusBar().currentMessage() and p.isVisible()
    panel = Panel("JOIN")
    p.set_join_panel(panel)
    assert panel.isVisibleTo(p) and panel.parentWidget() is p.live
    p.set_join_panel(None)
    assert not panel.isVisibleTo(p)


def test_black_out_pressed_while_closed_holds_when_it_opens(demo, qtbot):
    demo.session.pages["preparation"].setFocus()
    qtbot.keyClick(demo, Qt.Key.Key_B)
    p = open_presenter(demo)
    assert p.pages.currentWidget() is p.black


def test_b_typed_in_an_entry_line_is_a_letter_not_a_black_out(demo, qtbot):
    p = open_presenter(demo)
    demo.session.show_phase("good_meeting")
    entry = demo.session.pages["good_meeting"].value.input
    entry.setFocus()
    qtbot.keyClicks(entry, "B")
    assert entry.text() == "B" and p.pages.currentWidget() is p.live


def _frame(p) -> None:
    """Let the window paint what is dirty now, as the next screen refresh would."""
    QApplication.sendPostedEvents()
    QApplication.sendEvent(p.windowHandle(), QEvent(QEvent.Type.UpdateRequest))


def _shown_is_whole(p) -> bool:
    """The projector's pixels under the slide's columns equal the slide drawn whole."""
    _frame(p)
    columns = p.slide.area.viewport()
    area = QRect(columns.mapTo(p, QPoint(0, 0)), columns.size())
    shown = p.screen().grabWindow(p.winId()).toImage().copy(area)
    return shown == p.grab().toImage().copy(area).convertToFormat(shown.format())


def test_what_an_edit_repaints_is_what_a_whole_repaint_draws(demo):
    """An edit repaints only from the entry it changed down (a note added below the page on
    screen repaints nothing): what the projector shows after adds, an edit in the middle, marks
    stacked above a line, a delete and a column made narrower is, pixel for pixel, the slide
    drawn whole."""
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state
    _frame(p)
    ids = [s.do("add", lambda i=i: note_ops.add_note(
        s.lib, s.id, "chain", "hinder", f"Anteckning {i} om blanketter och kopior " * (i + 1),
        chain_link="enhetschef")).ids[0] for i in range(3)]
    assert _shown_is_whole(p)
    s.do("edit", lambda: note_ops.update_note(s.lib, ids[1], text="Mitten, nu på tre rader: " * 4))
    assert _shown_is_whole(p)
    s.do("edit", lambda: note_ops.update_note(s.lib, ids[1], text="Ǻ̂̂ Åtgärd ÅÄÖ"))  # marks above
    assert _shown_is_whole(p)
    s.do("delete", lambda: note_ops.delete_note(s.lib, ids[0]))
    assert any("Åtgärd ÅÄÖ" in t for t in p.texts()) and _shown_is_whole(p)
    # A heading with a long word widens its column and narrows the next one, which moves
    # neither: the narrowed one's lines break elsewhere and must be drawn again.
    p.slide.columns[1].heading.setText("Förvaltningsorganisationsutvecklingsarbetet")
    p.slide.fit(from_top=False)
    QApplication.processEvents()
    assert _shown_is_whole(p)


def test_closed_it_does_nothing_at_an_edit_and_opened_again_it_shows_the_edit(demo):
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state
    demo.presenter.toggle_action.trigger()  # closed
    assert not p.isVisible()
    before = [c.entries.entries for c in p.slide.columns]
    s.do("add", lambda: note_ops.add_note(s.lib, s.id, "chain", "hinder", "Skrivet medan den var stängd",
                                          chain_link="enhetschef"))
    demo.session.pages["chain"].links.select_link("medarbetare")
    assert [c.entries.entries for c in p.slide.columns] == before  # nothing built for no one
    assert p.slide.slide.key == "chain:enhetschef"
    demo.presenter.toggle_action.trigger()
    assert p.slide.slide.key == "chain:medarbetare"
    demo.session.pages["chain"].links.select_link("enhetschef")
    assert any("Skrivet medan den var stängd" in t for t in p.texts())


def test_a_board_filled_at_once_is_measured_whole_and_pages(fresh):
    """200 problems arriving together (an import, a reload) on a slide whose columns were
    just made: the rows of new columns must not keep the height they had while empty."""
    p = open_presenter(fresh)
    s = fresh.session.state
    with s.lib.edit():
        for i in range(200):
            note_ops.add_note(s.lib, s.id, "problems", "problem", f"Problem {i}",
                              obstacle="detaljstyrning")
        note_ops.add_note(s.lib, s.id, "problems", "problem", "Ett annat", obstacle="oppenhet")
    s.reload()
    fresh.session.show_phase("problems")
    QApplication.processEvents()
    area = p.slide.area
    assert area.widget().height() > area.viewport().height()
    assert area.pager.isActive()


def test_the_follow_up_shows_where_each_commitment_stands(demo):
    from tillitworkshop.store import commitments as commitment_ops
    from tillitworkshop.ui.shell.i18n import long_date

    p = open_presenter(demo)
    s = demo.session.state
    first, second = sorted(s.workshop.commitments, key=lambda c: c.position)[:2]
    s.do("status", lambda: commitment_ops.set_status(s.lib, first.id, "done", "2027-03-01",
                                                      note="Blanketten är borttagen"))
    s.do("status", lambda: commitment_ops.set_status(s.lib, second.id, "dropped", "2027-03-01"))
    demo.session.show_phase("followup")
    assert p.slide.slide.key == "followup"
    done = sum(c.status == "done" for c in s.workshop.commitments)
    dropped = sum(c.status == "dropped" for c in s.workshop.commitments)
    headings = [c.heading.text() for c in p.slide.columns if c.heading.isVisibleTo(p)]
    assert headings[0] == f"Done · {done}" and headings[-1] == f"Dropped · {dropped}"
    done = p.slide.columns[0].entries.text().replace("\u00ad", "")
    assert first.what in done and f"{long_date('2027-03-01')}: Blanketten är borttagen" in done
    assert second.what in p.slide.columns[len(headings) - 1].entries.text().replace("\u00ad", "")


def test_frozen_it_keeps_its_slide_when_another_session_is_opened(demo, lib):
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    before = p.slide.title.text()
    demo.presenter.freeze_action.trigger()
    other = sessions.create_session(lib, "Annan kommun", "skola", "2026-03-12").session_id
    demo.open_session(other)
    QApplication.processEvents()
    assert p.slide.title.text() == before and "Annan kommun" not in p.texts()
    demo.presenter.freeze_action.trigger()
    assert p.slide.slide.key == "agenda" and "Annan kommun" in p.texts()


def test_what_came_while_blacked_out_is_fitted_when_it_comes_back(demo):
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state
    demo.presenter.black_action.trigger()
    for i in range(40):
        s.do("add", lambda i=i: note_ops.add_note(s.lib, s.id, "chain", "hinder",
                                                  f"Under svart {i} " + "ord " * 10,
                                                  chain_link="enhetschef"))
    demo.presenter.black_action.trigger()
    QApplication.processEvents()
    assert p.slide.area.pager.isActive()  # too much for one screen: shrunk, then paged


def test_paging_shows_every_entry_whole_on_some_page_and_cuts_none(demo):
    p = open_presenter(demo)
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    s = demo.session.state
    with s.lib.edit():
        for i in range(40):
            note_ops.add_note(s.lib, s.id, "chain", "hinder" if i % 3 else "need",
                              f"Sida {i}: " + "blanketter och kopior " * (1 + i % 5),
                              chain_link="enhetschef")
    s.reload()
    QApplication.processEvents()
    area = p.slide.area
    assert area.pager.isActive()
    seen: dict[int, set[int]] = {k: set() for k in range(len(p.slide.columns))}
    for _ in range(60):
        view = area.viewport()
        for k, column in enumerate(p.slide.columns):
            entries = column.entries
            top = entries.mapFrom(view, QPoint(0, 0)).y()
            tops = entries.tops()
            for i in entries.shown():
                y, h = tops[i]
                assert top - 1 <= y and y + h <= top + view.height() + 1  # whole on the page
                seen[k].add(i)
        assert _shown_is_whole(p)
        area.next_page()
        if area.verticalScrollBar().value() == 0:
            break
    else:
        raise AssertionError("the pages never came back to the first")
    for k, column in enumerate(p.slide.columns):
        assert seen[k] == set(range(len(column.entries.entries))), k
