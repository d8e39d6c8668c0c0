"""Every visible string of the window is marked for translation, in a way lupdate can read.

An AST scan of tillitworkshop/ui/*.py: a string literal (or f-string with words)
passed straight to a text setter, a widget constructor, a message box or a file
dialog is English the Swedish window would show untranslated. ``tr`` called
bare (``tr = self.tr``) or ``translate`` with a computed context or text is
invisible to pyside6-lupdate, so those fail too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "tillitworkshop" / "ui"

# method -> which positional arguments are text (None: all of them)
SETTERS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
                     "setPlaceholderText", "setAccessibleName", "setAccessibleDescription",
                     "setTitle", "setLabelText", "showMessage", "setSuffix", "setPrefix",
                     "setSpecialValueText", "setHeaderLabels", "setHorizontalHeaderLabels",
                     "setVerticalHeaderLabels", "addMenu", "addAction", "addRow", "say",
                     "setIconText", "setCancelButtonText", "setInformativeText",
                     "setDetailedText"), None),
    "setTabText": (1,), "setItemText": (1,), "addTab": (1, 2), "insertTab": (2, 3),
    "addItem": (0,), "insertItem": (1,),
    # QMessageBox.question(parent, title, text), QFileDialog.getSaveFileName(parent, caption, dir, filter)
    "question": (1, 2), "information": (1, 2), "warning": (1, 2), "critical": (1, 2),
    "about": (1, 2), "getOpenFileName": (1, 3), "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,), "getText": (1, 2), "getInt": (1, 2), "getItem": (1, 2),
}
CONSTRUCTORS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(("QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QToolButton", "QAction", "QMenu", "QListWidgetItem", "QTableWidgetItem",
                     "QCommandLinkButton", "QMessageBox", "QProgressDialog", "EntryLine"), None),
    "label": (0,),  # widgets.label(text, role, ...)
}
KEYWORDS = {"text", "title", "placeholder", "toolTip", "windowTitle", "accessible_name",
            "caption", "filter", "label"}
ALLOWED = {"Tillit Workshop"}  # the product's name is the same in every language
WORD = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")
MARKUP = re.compile(r"<[^>]*>")  # HTML around the words, as in "<b>%1</b>"
KEYS = re.compile(r"\b(Ctrl|Alt|Shift|Meta|Esc|Enter|Del|PgUp|PgDown|F\d{1,2})\b")  # "Ctrl+G"


def _visible(node: ast.AST) -> str | None:
    """The literal text of ``node`` if it is words the user reads, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _visible(node.left) or _visible(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        return next(filter(None, map(_visible, node.elts)), None)
    else:
        return None
    words = KEYS.sub("", MARKUP.sub("", text))
    return text if WORD.search(words) and text.strip() not in ALLOWED else None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def problems_in(source: str, filename: str) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr in ("tr", "translate"):
            out.append(f"{filename}:{node.lineno}: {node.value.attr} given another name; "
                       "lupdate cannot follow it, so its strings are never translated")
            continue
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{filename}:{node.lineno}"
        if isinstance(node.func, ast.Name) and name == "tr":
            out.append(f"{where}: tr() called bare; write self.tr(...) so lupdate knows the class")
            continue
        if name == "translate" and (len(node.args) < 2 or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
            out.append(f"{where}: translate() needs literal context and text for lupdate")
            continue
        positions = SETTERS.get(name, ...) if isinstance(node.func, ast.Attribute) else ...
        if positions is ...:
            positions = CONSTRUCTORS.get(name, ...)
        if positions is ...:
            continue
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for arg in args:
            text = _visible(arg)
            if text is not None:
                out.append(f"{where}: {name}({text!r}) is not marked for translation")
    return out


def test_every_visible_string_in_the_window_goes_through_tr():
    found = []
    for path in sorted(UI.glob("*.py")):
        found += problems_in(path.read_text("utf-8"), path.name)
    assert not found, "Strings the Swedish window would show in English:\n" + "\n".join(found)


def test_the_scan_catches_what_it_should():
    """The check itself: literals, f-strings and bare tr() fail; tr()'d text and data pass."""
    bad = '''
self.setWindowTitle("Settings")
QPushButton("Save", self)
w.setText(f"Notes: {n}")
label("Heading", "section", self)
QMessageBox.question(self, "Delete?", "Really delete it?")
tr = self.tr
b.setToolTip(tr("Start"))
QCoreApplication.translate("Ctx", text)
combo.addItem("Everyone", "all")
t = QCoreApplication.translate
'''
    good = '''
self.setWindowTitle(self.tr("Settings"))
QPushButton(self.tr("Save"), self)
w.setText(self.tr("Notes: %1").replace("%1", str(n)))
w.setText(f"{number}   {name}")
label("", "section", self)
combo.addItem(self.tr("Everyone"), "all")
self.setObjectName("sidebar")
w.setProperty("role", "hint")
QCoreApplication.translate("Ctx", "Break")
a = QAction("Tillit Workshop", self)
b.setToolTip("Ctrl+Shift+G")
w.setText(f"<span style='color:{c}'>{n}</span>")
'''
    assert len(problems_in(bad, "bad.py")) == 11
    assert problems_in(good, "good.py") == []
