"""A first-day guide: an empty library offers the demo session and five steps; the library
shows its folder only when asked, and a long path does not widen the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from tillitworkshop.store import Library
from tillitworkshop.ui.shell.first_day import steps


def test_an_empty_library_offers_the_demo_and_five_steps(window):
    library = window.library
    assert library.empty.isVisible() and library.demo_button.isVisible()
    assert library.steps.text().count("<li>") == 5 == len(steps())
    library.add_demo()
    assert not library.empty.isVisible()
    dialog = library.show_guide()  # still there on request
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert all(title in shown for title, _text in steps())
    dialog.reject()


def test_the_folder_is_shown_only_on_request_never_the_file(window, lib):
    library = window.library
    texts = [w.text() for w in library.findChildren(QLabel) if w.isVisible()]
    assert not any(str(lib.folder) in t for t in texts)
    library.folder_button.click()
    assert library.folder.isVisible() and str(lib.folder) in library.folder.text()
    assert str(lib.path) not in library.folder.text()


def test_a_long_library_folder_does_not_widen_the_window(make_window, tmp_path):
    deep = tmp_path
    for i in range(6):  # SQLite takes paths up to 512 bytes
        deep = deep / f"en-mycket-lång-mappnamn-för-biblioteket-{i}"
    with Library.open(deep) as lib:
        window = make_window(lib)
        window.library.folder_button.click()
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280
        window.close()
