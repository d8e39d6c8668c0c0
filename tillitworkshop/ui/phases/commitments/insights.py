"""The ten insights on building trust beside the commitment form: each its title (a check
box: checked, the commitment draws on it) and its sentence under it, the whole text shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from tillitworkshop.content import catalogue


class _Text(QLabel):
    """The insight's title or sentence, wrapped; a click on it checks its box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget, bold: bool = False):
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        if bold:
            font = self.font()
            font.setBold(True)
            self.setFont(font)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        self.box.setFocus(Qt.FocusReason.MouseFocusReason)


class InsightList(QScrollArea):
    changed = Signal()  # the facilitator checked or cleared one

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab and F6 go to the boxes themselves
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.titles: dict[str, QLabel] = {}
        self.sentences: dict[str, QLabel] = {}
        for i, insight in enumerate(catalogue().insights):
            name, text = f"{i + 1}. {insight.name(lang)}", insight.description(lang)
            check = QCheckBox(inner)  # a check box does not wrap its text: the labels do
            check.setAccessibleName(name)
            check.setAccessibleDescription(text)
            title = _Text(name, check, inner, bold=True)
            sentence = _Text(text, check, inner)
            sentence.setProperty("role", "guidance")
            sentence.setContentsMargins(0, 0, 0, 8)
            grid.addWidget(check, 2 * i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, 2 * i, 1)
            grid.addWidget(sentence, 2 * i + 1, 1)
            check.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[insight.key] = check
            self.titles[insight.key], self.sentences[insight.key] = title, sentence
        grid.setRowStretch(2 * len(self.boxes), 1)
        self.setWidget(inner)

    def checked(self) -> list[str]:
        return [key for key, b in self.boxes.items() if b.isChecked()]

    def set_checked(self, keys) -> None:
        """Check exactly ``keys``, quietly (no ``changed``)."""
        for key, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(key in keys)
            b.blockSignals(False)
