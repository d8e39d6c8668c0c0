"""F1: a sheet of every shortcut of what is on screen, read from the window itself.

Nothing here lists keys by hand: the rows are the QActions and QShortcuts that exist
when F1 is pressed, so a shortcut added anywhere is on the sheet, and one removed is
gone from it. "This page" holds those of the page shown (and of its lists, which act
when the list has the focus) and of the session around it (F6, the timer); "Everywhere"
holds the menus'. A QShortcut says what it does with its ``whatsThis``
(``widgets.shortcut``); an action with its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from .mainwindow import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True, slots=True)
class Row:
    group: str
    keys: str  # as the facilitator's keyboard names them, several separated by ", "
    text: str


# Keys of their own on some keyboards that Qt's standard bindings add ("New", "Open",
# "Find"...): a facilitator's laptop has none, and the sheet names the chords it does have.
_APPLICATION_KEYS = frozenset({Qt.Key.Key_New, Qt.Key.Key_Open, Qt.Key.Key_Find,
                               Qt.Key.Key_Save, Qt.Key.Key_Close, Qt.Key.Key_Copy,
                               Qt.Key.Key_Cut, Qt.Key.Key_Paste, Qt.Key.Key_Undo,
                               Qt.Key.Key_Redo, Qt.Key.Key_Help, Qt.Key.Key_Forward,
                               Qt.Key.Key_Back})


def _application_key(s: QKeySequence) -> bool:
    return s.count() == 1 and s[0].key() in _APPLICATION_KEYS  # type: ignore[index]


def _keys(sequences: list[QKeySequence]) -> str:
    shown = [s for s in sequences if not s.isEmpty() and not _application_key(s)] or sequences
    return ", ".join(dict.fromkeys(s.toString(NATIVE) for s in shown if not s.isEmpty()))


def _action_rows(group: str, actions: list[QAction]) -> list[Row]:
    return [Row(group, _keys(a.shortcuts()), a.text().replace("&&", "\0").replace("&", "")
                .replace("\0", "&"))
            for a in actions if a.isEnabled() and any(not k.isEmpty() for k in a.shortcuts())]


def _shortcut_rows(group: str, shortcuts: list[QShortcut]) -> list[Row]:
    out = []
    for s in shortcuts:
        sequences = s.keys()
        if s.isEnabled() and any(not k.isEmpty() for k in sequences):
            out.append(Row(group, _keys(sequences), s.whatsThis()))
    return out


def rows(window: MainWindow) -> list[Row]:
    """Every shortcut of the screen shown: the page's, then the window's."""
    here = QCoreApplication.translate("KeysSheet", "This page")
    out: list[Row] = []
    view = window.session
    if view is not None and window.pages.currentWidget() is view:
        page = view.pages[view.phase]
        out += _shortcut_rows(here, page.findChildren(QShortcut))
        out += _action_rows(here, page.findChildren(QAction))
        # The session's own (F6, the timer), not those of the other pages built.
        out += _shortcut_rows(here, [s for s in view.findChildren(QShortcut)
                                     if not view.stack.isAncestorOf(_widget(s))])
    else:
        library = window.library
        out += _shortcut_rows(here, library.findChildren(QShortcut))
        out += _action_rows(here, library.findChildren(QAction))
    out += _action_rows(QCoreApplication.translate("KeysSheet", "Everywhere"), window.actions())
    return list(dict.fromkeys(out))


def _widget(s: QShortcut) -> QWidget:
    parent = s.parent()
    return parent if isinstance(parent, QWidget) else QWidget()


class KeysSheet(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = rows(window)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        group = None
        for row in self.rows:
            if row.group != group:
                group = row.group
                self._add(group, "", heading=True)
            self._add(row.keys, row.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(720, 560)

    def _add(self, keys: str, text: str, heading: bool = False) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        first = QTableWidgetItem(keys)
        if heading:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
            first.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(at, 0, first)
            self.table.setSpan(at, 0, 1, 2)
            return
        self.table.setItem(at, 0, first)
        self.table.setItem(at, 1, QTableWidgetItem(text))
