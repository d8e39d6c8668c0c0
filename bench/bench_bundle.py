"""Bundle size (issue 6): the frozen app against a bare PySide6 window frozen the same way.

Both are one-folder PyInstaller builds made by build_installer.build_bundle: the
same excluded modules, runtime hook and stripping, the same pruning of Qt's
translations. The difference is what the app adds (our code, reportlab, pypdf,
uharfbuzz, aiohttp, sqlite-utils, jsonschema, fonts, content, translations).
Goal: at most 1.15 times the bare window. docs/performance.md splits both by package.

Slow (two PyInstaller builds, one to three minutes); skipped with a note when
PyInstaller is not installed.
"""

from __future__ import annotations

import importlib.util
import platform
import tempfile
import time
from pathlib import Path

import build_installer as bi

GOAL = 1.15
BARE_WINDOW = '''\
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare")
window.setCentralWidget(QLabel("Hello"))
window.show()
sys.exit(app.exec())
'''


def build(entry: Path, name: str, folder: Path, app: bool) -> tuple[int, float]:
    """(bytes of the one-folder bundle, seconds to build it)."""
    system = platform.system()
    started = time.perf_counter()
    bundle = bi.build_bundle(
        entry=entry, name=name, dist=folder / "dist", work=folder / "work", system=system,
        icon=bi.icon_file(bi.REPO, system) if app else None,
        datas=bi.data_files(bi.REPO) if app else [],
        hidden=bi.package_modules(bi.REPO) if app else [])
    return bi.folder_size(bundle), time.perf_counter() - started


def run() -> list[str]:
    if importlib.util.find_spec("PyInstaller") is None:
        return ["bundle size: skipped (PyInstaller is not installed: pip install -e '.[build]')"]
    with tempfile.TemporaryDirectory(prefix="tillit-bench-bundle-") as tmp:
        folder = Path(tmp)
        bare_py = folder / "bare_window.py"
        bare_py.write_text(BARE_WINDOW, encoding="utf-8")
        if bi.ts_files(bi.REPO):
            bi.compile_translations(bi.REPO)
        bare, bare_s = build(bare_py, "Bare", folder / "bare", app=False)
        ours, ours_s = build(bi.REPO / "packaging" / "tillitworkshop_main.py", bi.APP,
                             folder / "app", app=True)
    ratio = ours / bare
    verdict = "ok" if ratio <= GOAL else "OVER"
    return [
        f"bundle size   app {ours / 1e6:7.1f} MB   bare PySide6 window {bare / 1e6:7.1f} MB   "
        f"ratio {ratio:.3f} (goal <= {GOAL}) {verdict}",
        f"bundle build  app {ours_s:5.0f} s      bare {bare_s:5.0f} s",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
