"""The wrapped label keeps its height per width, and only while nothing it follows from changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tillitworkshop.ui.common.widgets import WrappedLabel, label

LONG = "Sammanfattning: hela dagen, varje fas; deltagare utan samtycke visas som sin roll. " * 4


class _Counted(QLabel):
    """Counts the layouts QLabel itself makes (it sits under WrappedLabel in the MRO)."""

    laid_out = 0

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt's name)
        type(self).laid_out += 1
        return super().heightForWidth(width)


def _probe(text: str) -> WrappedLabel:
    probe = type("Probe", (WrappedLabel, _Counted), {})
    w = probe(text)
    w.setWordWrap(True)
    return w


def _plain(text: str) -> QLabel:
    w = QLabel(text)
    w.setWordWrap(True)
    return w


def test_a_wrapped_label_lays_its_text_out_once_per_width(qtbot):
    """Asked again at a width it was asked before, the label answers from memory."""
    w = _probe(LONG)
    qtbot.addWidget(w)
    first = w.heightForWidth(300)
    assert w.heightForWidth(300) == first and w.heightForWidth(300) == first
    assert type(w).laid_out == 1
    w.heightForWidth(600)
    assert type(w).laid_out == 2


def test_its_height_follows_the_text_the_font_and_the_margins(qtbot):
    """Every answer is QLabel's own for the label as it is now."""
    w, plain = _probe("Kort."), _plain("Kort.")
    for x in (w, plain):
        qtbot.addWidget(x)
    assert w.heightForWidth(300) == plain.heightForWidth(300)
    for x in (w, plain):
        x.setText(LONG)
    assert w.heightForWidth(300) == plain.heightForWidth(300) > _plain("Kort.").heightForWidth(300)
    for x in (w, plain):
        font = x.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        x.setFont(font)
    assert w.heightForWidth(300) == plain.heightForWidth(300)
    for x in (w, plain):
        x.setContentsMargins(10, 20, 10, 20)
    assert w.heightForWidth(300) == plain.heightForWidth(300)
    for x in (w, plain):
        x.setIndent(40)
    assert w.heightForWidth(300) == plain.heightForWidth(300)


def test_label_makes_a_wrapped_label_only_when_it_wraps(qtbot):
    assert type(label("a", wrap=True)) is WrappedLabel
    assert type(label("a")) is QLabel
