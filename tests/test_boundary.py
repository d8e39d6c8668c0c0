"""The architecture's one hard rule: Qt lives in tillitworkshop/ui only."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import tillitworkshop

PACKAGE = Path(tillitworkshop.__file__).parent
QT = {"PySide6", "qasync", "shiboken6"}


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [f"{path.relative_to(PACKAGE.parent)}:{node.lineno}" for n in names
                  if n.split(".")[0] in QT]
    return found


def test_no_qt_import_outside_ui_anywhere_in_the_source():
    """No module outside ui/ imports Qt, not even inside a function."""
    offenders = [hit for path in PACKAGE.rglob("*.py") if "ui" not in path.relative_to(PACKAGE).parts
                 for hit in qt_imports(path)]
    assert offenders == []


def test_core_modules_import_without_loading_qt():
    """Importing every module outside ui/ loads neither PySide6 nor qasync."""
    modules = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "tillitworkshop.")
               if not m.name.startswith("tillitworkshop.ui") and not m.name.endswith("__main__")]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            f"leaked = {sorted(QT)!r}\n"
            "print([m for m in leaked if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
