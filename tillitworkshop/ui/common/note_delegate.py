"""Editing a note in its list: a multi-line editor that takes any length of text.

Enter stores the edit, Shift+Enter starts a new line, Escape cancels. (A
QLineEdit editor would flatten line breaks and cut a note at 32,767 characters.)
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyledItemDelegate, QWidget

from tillitworkshop.ui.common.indexes import AnyIndex


class NoteEditor(QPlainTextEdit):
    done = Signal()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.done.emit()
            return
        super().keyPressEvent(e)


class NoteDelegate(QStyledItemDelegate):
    """Edits a note in place, and remembers each row's size.

    A list view measures every row again after each insert or move; measuring
    wrapped text is the costly part, so a size is kept per (text, width, font)
    and a list of 2,000 notes follows an edit in a few milliseconds.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option, index: AnyIndex) -> QSize:
        model = index.model()
        text = model.shown(index.row()) if hasattr(model, "shown") else index.data()
        key = (text, option.rect.width(), option.font.pointSizeF())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        editor = NoteEditor(parent)
        editor.setAccessibleName(self.tr("Edit note"))
        editor.setTabChangesFocus(True)
        editor.done.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: NoteEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        cast(NoteEditor, editor).setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        model.setData(index, cast(NoteEditor, editor).toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: AnyIndex) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), option.fontMetrics.height() * 4))
        editor.setGeometry(rect)
