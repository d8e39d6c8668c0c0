"""Small widgets shared by the screens: an entry line, an inline hint, labels."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from tillitworkshop.domain.validation import MAX_TEXT

from .messages import message_of

MAX_SHOWN = 400  # characters of a note shown in a list; the whole text is kept and editable


class EntryLine(QLineEdit):
    """A line edit that leaves Undo/Redo to the window when it has nothing of its own to undo.

    A QLineEdit claims Ctrl+Z even when empty, so after "type, Enter" the
    facilitator's Ctrl+Z would do nothing; here it reaches the undo stack.
    """

    def __init__(self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setMaxLength(MAX_TEXT)  # Qt's default, 32,767, would cut a long pasted note
        # The hint is drawn here, in italics, so that a suggested date is not taken for a
        # typed value. Drawn, not set as the font when the line empties and fills: a font
        # change relayouts the whole page, twice per note added.
        self._hint_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        hidden = self.palette()
        hidden.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 0))
        self.setPalette(hidden)

    def paintEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().paintEvent(event)
        hint = self.placeholderText()
        if self.text() or not hint or self.isReadOnly():
            return
        p = QPainter(self)
        font = self.font()
        font.setItalic(True)
        p.setFont(font)
        p.setPen(self._hint_colour)
        left = self.cursorRect().center().x() + 1
        area = QRect(left, 0, max(0, self.width() - left - 8), self.height())
        p.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   QFontMetrics(font).elidedText(hint, Qt.TextElideMode.ElideRight, area.width()))
        p.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride:
            key = cast(QKeyEvent, e)  # a ShortcutOverride event is a key event
            if key.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
                e.ignore()
                return False
            if key.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
                e.ignore()
                return False
        return super().event(e)


def example(value: str) -> str:
    """A placeholder that shows an example value, said as one: "e.g. 2027-03-31"."""
    return QCoreApplication.translate("EntryLine", "e.g. %1").replace("%1", value)


class HintLabel(QLabel):
    """An inline hint under a field: hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "hint")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Hint"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_hint(self) -> None:
        self.say("")

    def show_error(self, error: Exception) -> None:
        self.say(message_of(error))


# Both are made with their parent and given their text after: with (text, parent), PySide's
# overload resolution weighs the (icon, text, parent) overload and so builds the Python
# side of QIcon, ~150 enum members (2-3 ms), before the first paint, which uses no icon.
def push_button(text: str, parent: QWidget) -> QPushButton:
    b = QPushButton(parent)
    b.setText(text)
    return b


def text_action(text: str, parent: QWidget) -> QAction:
    a = QAction(parent)
    a.setText(text)
    return a


def shortcut(parent: QWidget, keys: str | QKeySequence, text: str, slot) -> QShortcut:
    """A key that does ``slot`` on ``parent`` (its window); ``text`` says what it does in
    the sheet of shortcuts (F1, ui/shell/keys_sheet.py), which lists every QShortcut by it."""
    s = QShortcut(QKeySequence(keys), parent)
    s.setWhatsThis(text)
    s.activated.connect(slot)
    return s


def label(text: str, role: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    w = WrappedLabel(text, parent) if wrap else QLabel(text, parent)
    if role:
        w.setProperty("role", role)
    w.setWordWrap(wrap)
    return w


class WrappedLabel(QLabel):
    """A label whose text wraps, and which remembers its height at the widths it was asked.

    QLabel lays its whole text out again for every ``heightForWidth`` (Qt keeps no such
    cache), and the layouts ask each wrapped label 10-15 times at two or three widths as a
    page is first shown. The height is kept by everything it follows from (width, text,
    font, margins, indent, format). Measured on the window's start on the closing page
    (five wrapped labels): 16 M instructions less, ~1.2 % of the start (bench/bench_ui.py).
    """

    KEPT = 8  # heights kept at most: a window resized by hand asks at ever new widths

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._heights: dict[tuple, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt's name)
        m = self.contentsMargins()
        key = (width, self.text(), self.font().key(), m.left(), m.top(), m.right(), m.bottom(),
               self.margin(), self.indent(), self.wordWrap(), self.textFormat())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self.KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height


class ElidedLabel(QLabel):
    """One line of text that ends in … when the label is narrower than it, the whole text
    in its tooltip: a 200-character organisation name never widens the window."""

    def __init__(self, role: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        if role:
            self.setProperty("role", role)
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:  # type: ignore[override]  # the whole text, not the part drawn
        return self.full

    def shown(self) -> str:
        return super().text()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight,
                                                   max(20, self.contentsRect().width())))


def set_look(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and restyle the widget when it changed.

    A widget not yet polished takes the property when it is first shown; asking for its
    style() before then would hand Qt's style to Python, whose enums (about 600 members)
    took 10-15 ms of the start-up.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    set_look(widget, "invalid", "true" if invalid else "false")


def number(value: float, places: int = 0) -> str:
    """A number as the window's language writes it: 3,5 and 9 700 in Swedish, 3.5 and
    9,700 in English (the default QLocale follows the window's language, see i18n)."""
    if places == 0:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", places)


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """A note for a list: one paragraph's worth; the rest counted, not drawn."""
    if len(text) <= limit:
        return text
    return f"{text[:limit].rstrip()}… (+{number(len(text) - limit)})"


def delete_action(view: QWidget, text: str, slot, menu: bool = True) -> QAction:
    """The Delete key (and, with ``menu``, a context-menu entry) on a list or table."""
    delete = text_action(text, view)
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete.triggered.connect(slot)
    view.addAction(delete)
    if menu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return delete
