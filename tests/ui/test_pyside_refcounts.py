"""PySide6 must not drop references to None or True when Python overrides return them.

PySide6-Essentials 6.12.0 on Python 3.11 took one reference from None on every
call of a model's data() that returned None (and two per undo command), so a
long day in the window ended with "deallocating None" and an abort. The
dependency is pinned below 6.12; this test fails on a version with the bug.
"""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


class _Command(QUndoCommand):
    def redo(self):
        return None

    def undo(self):
        return None


def test_model_data_returning_none_keeps_none_alive(qapp):
    """200 calls of data() returning None leave None's reference count where it was (or above)."""
    model = _Model()
    index = model.index(0)
    before = sys.getrefcount(None)
    for _ in range(200):
        index.data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before


def test_undo_commands_keep_none_and_true_alive(qapp):
    """Pushing, undoing and redoing commands takes no reference from None or True."""
    stack = QUndoStack()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        stack.push(_Command())
        stack.undo()
        stack.redo()
    assert sys.getrefcount(None) >= none_before
    assert sys.getrefcount(True) >= true_before


def test_setters_and_empty_item_data_keep_none_alive(qapp):
    """Qt calls that return nothing, and empty item data, take no reference from None."""
    label, combo, box = QLabel(), QComboBox(), QCheckBox()
    combo.addItem("a")
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(300):
        label.setText("x")
        combo.currentData()
        box.setChecked(True)
        box.setChecked(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b for a, b in zip(after, before, strict=True))
