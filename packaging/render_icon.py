"""Render resources/icons/tillitworkshop.svg to the PNG, ICO and ICNS the window and installer use.

Run once after editing the SVG (the rendered files are kept in the repository so a
build needs no SVG support): ``QT_QPA_PLATFORM=offscreen python packaging/render_icon.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "tillitworkshop.svg"))
    if not renderer.isValid():
        print("cannot read tillitworkshop.svg", file=sys.stderr)
        return 1
    ok = render(256, renderer).save(str(ICONS / "tillitworkshop.png"))
    ok &= render(256, renderer).save(str(ICONS / "tillitworkshop.ico"))  # Windows
    ok &= render(512, renderer).save(str(ICONS / "tillitworkshop.icns"))  # macOS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
