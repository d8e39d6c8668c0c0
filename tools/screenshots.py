"""Save a PNG of the library and of each built phase of the demo session, and of the
presenter window (1920×1080) for each phase.

    python tools/screenshots.py [OUTPUT_DIR] [sv|en] [WIDTHxHEIGHT]
        (default: docs/screenshots, Swedish, 1600x1000)

A size such as 1366x768 shows the window as on a facilitator's laptop; a window that
cannot be that small is said on stderr (and its PNGs are then wider than asked).

`make screenshots` runs this under Xvfb, so the window is a real X11 window;
with QT_QPA_PLATFORM=offscreen it works without any display too. The library
and settings live in a temporary folder: your own library is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

WIDTH, HEIGHT = 1600, 1000


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    lang = argv[2] if len(argv) > 2 else "sv"  # the window's default language
    width, height = (int(x) for x in argv[3].split("x")) if len(argv) > 3 else (WIDTH, HEIGHT)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tillit-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # QSettings of this run only
        from PySide6.QtCore import QSettings

        from tillitworkshop.store import Library
        from tillitworkshop.store.demo import add_demo
        from tillitworkshop.ui.shell import i18n
        from tillitworkshop.ui.shell.app import make_application
        from tillitworkshop.ui.shell.mainwindow import MainWindow
        from tillitworkshop.ui.shell.settings import Settings

        app = make_application()
        i18n.start(lang)
        lib = Library.open(Path(tmp) / "data")
        try:
            window = MainWindow(lib, Settings(QSettings(str(Path(tmp) / "s.ini"),
                                                        QSettings.Format.IniFormat)))
            window.showNormal()
            window.resize(width, height)
            window.show()
            _save(app, window, out / "0-library-empty.png")
            sid = add_demo(lib).session_id
            window.library.refresh()
            _save(app, window, out / "0-library.png")
            window.open_session(sid)
            for number, key in enumerate(window.session.pages, start=1):
                window.session.show_phase(key, store=False)
                _save(app, window, out / f"{number}-{key}.png")
            _presenter(app, window, out)
            _find_and_full_disk(app, window, lib, out)
            window.close()
        finally:
            lib.close()
    return 0


def _presenter(app, window, out: Path) -> None:
    """The presenter window at 1920×1080 for every phase (and the principles' heat map)."""
    presenter = window.presenter.open()
    presenter.resize(1920, 1080)
    for key in window.session.pages:
        window.session.show_phase(key, store=False)
        _save(app, presenter, out / f"presenter-{key}.png")
    window.session.show_phase("principles", store=False)  # the presenter follows the phase shown
    principles = window.session.pages["principles"]
    principles.tabs.setCurrentIndex(2)
    _save(app, presenter, out / "presenter-principles-gaps.png")
    principles.tabs.setCurrentIndex(0)
    window.presenter.close()


def _find_and_full_disk(app, window, lib, out: Path) -> None:
    """Ctrl+F on a word of the demo, and a note refused by a full disk (the text kept)."""
    window.find()
    window.find_bar.line.setText("tid")
    window.find_bar.step(1)
    _save(app, window, out / "find-in-notes.png")
    window.find_bar.finish()
    window.session.show_phase("good_meeting", store=False)
    column = window.session.pages["good_meeting"].value
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")
    column.input.setText("Att få tid till samtalet med brukaren, utan att blanketterna tar den. "
                         * 400)
    column.add()
    _save(app, window, out / "disk-full.png")
    lib.db.execute("PRAGMA max_page_count = 1073741823")


def _save(app, window, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    wanted = window.size()
    need = window.minimumSizeHint()
    if need.width() > wanted.width() or need.height() > wanted.height():
        print(f"{path.name}: the window needs {need.width()}x{need.height()}", file=sys.stderr)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
