"""A principle card: its name, the SOU's sentence and the questions for the room.

``CardWidget`` is the card in the page; ``LargeCard`` shows it over the whole
window for the projector (Left/Right step through the deck, Esc returns).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tillitworkshop.content import Principle
from tillitworkshop.ui.shell import theme


class CardWidget(QFrame):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.scale = scale
        self.count = QLabel(self)
        self.name = QLabel(self)
        self.description = QLabel(self)
        self.questions_title = QLabel(self.tr("Questions for the room"), self)
        self.questions = QLabel(self)
        for w in (self.name, self.description, self.questions):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(self.tr("Principle"))
        self.description.setAccessibleName(self.tr("The principle in the report's words"))
        self.questions.setAccessibleName(self.tr("Questions for the room"))
        self._style()
        box = QVBoxLayout(self)
        m = int(28 * scale)
        box.setContentsMargins(m, m, m, m)
        box.setSpacing(int(12 * scale))
        box.addWidget(self.count)
        box.addWidget(self.name)
        box.addWidget(self.description)
        box.addSpacing(int(10 * scale))
        box.addWidget(self.questions_title)
        box.addWidget(self.questions)
        box.addStretch(1)

    def _style(self) -> None:
        base, s = self.font(), self.scale
        self.count.setFont(theme.scaled(base, 1.0 * s))
        self.count.setStyleSheet(f"color: {theme.MUTED};")
        self.name.setFont(theme.scaled(base, 2.4 * s, bold=True))
        self.name.setStyleSheet(f"color: {theme.ACCENT};")
        self.description.setFont(theme.scaled(base, 1.35 * s))
        self.questions_title.setFont(theme.scaled(base, 1.1 * s, bold=True))
        self.questions_title.setStyleSheet(f"color: {theme.MUTED};")
        self.questions.setFont(theme.scaled(base, 1.2 * s))

    def show_principle(self, principle: Principle, lang: str, number: int, total: int) -> None:
        self.count.setText(self.tr("Card %1 of %2").replace("%1", str(number))
                           .replace("%2", str(total)))
        self.name.setText(principle.name(lang))
        self.description.setText(principle.description(lang))
        self.questions.setText("\n\n".join(f"•  {q(lang)}" for q in principle.questions))
        self.setAccessibleName(principle.name(lang))


class LargeCard(QWidget):
    """The current card over the whole window; keys step the deck and close it."""

    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("largeCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#largeCard {{ background: {theme.SIDEBAR}; }}")
        self.setAccessibleName(self.tr("Principle card, shown large"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = CardWidget(1.9, self)
        self.hint = QLabel(self.tr("← → next card · Esc back to the page"), self)
        self.hint.setStyleSheet(f"color: {theme.MUTED};")
        box = QVBoxLayout(self)
        box.setContentsMargins(60, 40, 60, 20)
        box.addWidget(self.card, 1)
        box.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        self._window = window
        window.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.step_requested.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.step_requested.emit(-1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.hide()
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.step_requested.emit(-1 if event.position().x() < self.width() / 3 else 1)
