"""The join URL as a QR code with the URL and the room code under it; reusable (the
presenter window can show the same widget)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from tillitworkshop.room.qr import qr_svg


class QrCode(QWidget):
    """A square QR code drawn from segno's SVG at any size (sharp on a projector)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("QR code of the room's address"))

    def set_url(self, url: str) -> None:
        self._renderer.load(qr_svg(url) if url else b"")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.fillRect(square, Qt.GlobalColor.white)  # dark themes too: phones need the contrast
        if self._renderer.isValid():
            self._renderer.render(painter, square)
        painter.end()


class JoinCard(QWidget):
    """The QR code, the address to type and the room code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.qr = QrCode(self)
        self.url = QLabel(self)
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code.setFont(font)
        box = QVBoxLayout(self)
        box.addWidget(self.qr, 1)
        box.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.url)

    def show_room(self, url: str, code: str) -> None:
        self.qr.set_url(url)
        self.url.setText(url)
        self.code.setText(self.tr("Room %1").replace("%1", code) if code else "")
