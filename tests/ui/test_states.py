"""States that do not mislead: a disabled button looks disabled, a placeholder looks like
one, numbers are written in the window's language, and a role has one name everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from tillitworkshop.store import commitments as commitment_ops
from tillitworkshop.ui.common.widgets import EntryLine, example, number, shorten

from .test_i18n import no_translators_after, switch  # noqa: F401  (the fixture resets)

UI = Path(__file__).resolve().parents[2] / "tillitworkshop" / "ui"


def colour_at_centre(button: QPushButton):
    image = button.grab().toImage()
    return image.pixelColor(4, image.height() // 2).name()


def test_a_disabled_button_looks_disabled(window):
    on, off = QPushButton("Exportera", window), QPushButton("Exportera", window)
    off.setEnabled(False)
    for b in (on, off):
        b.show()
    QApplication.processEvents()
    assert colour_at_centre(on) != colour_at_centre(off)
    primary = QPushButton("Spara", window)
    primary.setProperty("role", "primary")
    primary.setEnabled(False)
    primary.show()
    QApplication.processEvents()
    assert colour_at_centre(primary) == colour_at_centre(off)  # not the accent colour


def inks(line) -> set[str]:
    image = line.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height())}


def test_a_placeholder_is_drawn_as_one_until_something_is_typed(window):
    line = EntryLine("Till när", example("2027-03-31"), window)
    line.resize(300, 40)
    line.show()
    assert line.placeholderText().endswith("2027-03-31") and line.placeholderText() != "2027-03-31"
    assert line.palette().color(QPalette.ColorRole.PlaceholderText).alpha() == 0  # drawn here
    hint = line._hint_colour.name()
    assert hint in inks(line)  # the hint, in italics, in its own grey
    line.setText("2027-04-01")
    assert hint not in inks(line)


def test_numbers_follow_the_window_s_language(demo):
    switch(demo, "sv")
    assert number(3.5, 1) == "3,5"
    assert number(9700).replace("\u00a0", " ") == "9 700"
    assert shorten("x" * 10_000, 300).replace("\u00a0", " ").endswith("(+9 700)")
    switch(demo, "en")
    assert QLocale().toString(3.5, "f", 1) == number(3.5, 1) == "3.5"


def test_a_role_that_owns_a_commitment_is_named_as_in_the_role_list(demo):
    switch(demo, "sv")
    s = demo.session.state
    s.do("add", lambda: commitment_ops.add_commitment(s.lib, s.id, "Färre mål",
                                                      owner_role="politik"))
    demo.session.show_phase("commitments", store=False)
    page = demo.session.pages["commitments"]
    texts = [page.model.index(r).data() for r in range(page.model.rowCount())]
    assert any("Politisk ledning" in t for t in texts if "Färre mål" in t)
    assert not any("Politiker" in t for t in texts if "Färre mål" in t)
    assert page.role.findText("Politisk ledning") >= 0


def test_only_the_roles_module_asks_the_catalogue_for_a_role_s_name():
    """Every screen names a role through ui/common/roles.py (one name per role)."""
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "roles.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("singular", "chain_links") or (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "role"):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert not offenders
