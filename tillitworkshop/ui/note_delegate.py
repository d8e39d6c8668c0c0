"""Editing a note in its list: a multi-line editor that takes any length of text.

Enter stores the edit, Shift+Enter starts a new line, Escape cancels. (A
QLineEdit editor would flatten line breaks and cut a note at 32,767 characters.)
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyledItemDelegate, QWidget


class NoteEditor(QPlainTextEdit):
    done = Signal()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.done.emit()
            return
        super().keyPressEvent(e)


class NoteDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = NoteEditor(parent)
        editor.setAccessibleName(self.tr("Edit note"))
        editor.setTabChangesFocus(True)
        editor.done.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: NoteEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), option.fontMetrics.height() * 4))
        editor.setGeometry(rect)
