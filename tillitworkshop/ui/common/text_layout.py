"""Text laid out in lines of a width with QTextLayout, for widgets that paint their own
text (the board's cards, the presenter's columns): wrapped at word boundaries, and anywhere
in a word longer than the line."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def wrapped(text: str, font: QFont, width: float,
            beside: tuple[float, float] | None = None) -> QTextLayout:
    """``text`` laid out in lines of ``width``, at word boundaries (anywhere in a long word);
    with ``beside`` (height, narrower width), the lines within that height are narrower."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        if beside is not None and y < beside[0] and beside[1] <= 0:
            y = beside[0]  # nothing beside it: the text starts under it
        narrow = beside is not None and y < beside[0]
        line.setLineWidth(max(1.0, beside[1] if beside is not None and narrow else width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def layout_height(layout: QTextLayout) -> float:
    """From the layout's top to its last line's foot (its first line may start lower)."""
    if not layout.lineCount():
        return 0.0
    last = layout.lineAt(layout.lineCount() - 1)
    return last.y() + last.height()
