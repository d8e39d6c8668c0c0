"""The gap view: mean rating per chain role × principle, drawn large for a projector.

Every cell carries its number (colour is a second cue, never the only one);
a principle whose means differ by ``GAP`` points or more between the chain's
levels is outlined and its spread is printed in bold beneath it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Workshop
from tillitworkshop.domain.contrast import RATING_PALETTE, ink_on, rating_colour
from tillitworkshop.ui.common.roles import role_keys, role_name
from tillitworkshop.ui.common.widgets import number
from tillitworkshop.ui.shell import theme

GAP = 2.0  # a spread this large between the chain's levels is highlighted
# From 1 to 5, light to dark (domain/contrast.py: AA text on each, apart in greyscale).
SCALE = RATING_PALETTE
GAP_INK = theme.GAP_INK


@dataclass(frozen=True)
class Gaps:
    roles: tuple[str, ...]  # roles with at least one rating: the chain's links, then the rest
    principles: tuple[str, ...]
    means: dict[tuple[str, str], tuple[float, int]]  # (role, principle) -> (mean, count)
    levels: tuple[str, ...] = ()  # the roles that are links of the chain: the spread is theirs
    sector: str | None = None  # the session's: it names the citizen link

    def spread(self, principle: str) -> float | None:
        """Highest minus lowest mean between the chain's levels; None with fewer than two."""
        values = [self.means[r, principle][0] for r in self.levels if (r, principle) in self.means]
        return max(values) - min(values) if len(values) >= 2 else None

    def wide(self) -> list[str]:
        """The principles whose spread is ``GAP`` or more, widest first."""
        out = [(self.spread(p), p) for p in self.principles]
        return [p for s, p in sorted(out, key=lambda x: -(x[0] or 0)) if s is not None and s >= GAP]


def compute(workshop: Workshop) -> Gaps:
    """Means per role and principle over every rating (a participant's carries their role)."""
    principles = tuple(p.key for p in catalogue().principles_for(workshop.long_term_card))
    sums: dict[tuple[str, str], list[int]] = {}
    for r in workshop.ratings:
        if r.role and r.principle in principles:
            sums.setdefault((r.role, r.principle), []).append(r.value)
    rated = {k[0] for k in sums}
    links = tuple(k for k in role_keys(chain_only=True) if k in rated)
    others = tuple(r.key for r in catalogue().roles if r.key in rated and r.key not in links)
    means = {k: (sum(v) / len(v), len(v)) for k, v in sums.items()}
    return Gaps(links + others, principles, means, links, workshop.sector)


def fill(mean: float) -> QColor:
    return QColor(rating_colour(mean))


class GapView(QWidget):
    """Paints ``Gaps``: principles across, roles down, a row of spreads at the foot."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.gaps = Gaps((), (), {})
        self.setAccessibleName(self.tr("Gap view: mean rating per chain role and principle"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_gaps(self, gaps: Gaps) -> None:
        self.gaps = gaps
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The picture in words, for a screen reader and for tests."""
        g, cat = self.gaps, catalogue()
        if not g.roles:
            return self.tr("No ratings yet.")
        parts = []
        for p in g.wide():
            rated = [r for r in g.levels if (r, p) in g.means]
            hi = max(rated, key=lambda r: g.means[r, p][0])
            lo = min(rated, key=lambda r: g.means[r, p][0])
            parts.append(self.tr("%1: spread %2 (%3 %4, %5 %6)")
                         .replace("%1", cat.principle(p).name(self.lang))
                         .replace("%2", number(g.spread(p) or 0.0, 1))
                         .replace("%3", role_name(hi, self.lang, sector=g.sector)).replace("%4", number(g.means[hi, p][0], 1))
                         .replace("%5", role_name(lo, self.lang, sector=g.sector)).replace("%6", number(g.means[lo, p][0], 1)))
        if not parts:
            return self.tr("No spread of %1 points or more between the chain's levels.").replace(
                "%1", f"{GAP:.0f}")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(1000, 560)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.CARD))
        g, cat = self.gaps, catalogue()
        base = self.font()
        if not g.roles:
            p.setFont(theme.scaled(base, 1.4))
            p.setPen(QColor(theme.MUTED))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("No ratings yet: rate the principles in the Ratings tab."))
            return
        rows, cols = len(g.roles) + 1, len(g.principles)  # +1: the spread row
        margin = 16.0
        head_w = min(260.0, self.width() * 0.22)
        head_h = 64.0
        cell_w = (self.width() - head_w - 2 * margin) / cols
        cell_h = min(78.0, (self.height() - head_h - 2 * margin - 34) / rows)
        num = QFont(base)
        num.setPixelSize(max(12, int(cell_h * 0.42)))
        num.setBold(True)
        small = QFont(base)
        small.setPixelSize(max(10, int(cell_h * 0.2)))
        head = theme.scaled(base, 1.05, bold=True)
        x0, y0 = margin + head_w, margin + head_h
        for j, key in enumerate(g.principles):  # headers, wrapped to the column
            rect = QRectF(x0 + j * cell_w + 2, margin, cell_w - 4, head_h - 6)
            p.setFont(self._fit(head, cat.principle(key).name(self.lang), rect))
            p.setPen(QColor(theme.INK))
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                       | Qt.TextFlag.TextWordWrap, cat.principle(key).name(self.lang))
        labels = [role_name(r, self.lang, sector=g.sector) for r in g.roles] + [self.tr("Spread in the chain")]
        for i, text in enumerate(labels):
            rect = QRectF(margin, y0 + i * cell_h, head_w - 12, cell_h)
            p.setFont(self._fit(theme.scaled(base, 1.05, bold=i == len(g.roles)), text, rect))
            outside = i < len(g.roles) and g.roles[i] not in g.levels
            p.setPen(QColor(theme.MUTED if outside else theme.INK))
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap, text)
        for j, key in enumerate(g.principles):
            x = x0 + j * cell_w
            for i, role in enumerate(g.roles):
                rect = QRectF(x + 2, y0 + i * cell_h + 2, cell_w - 4, cell_h - 4)
                self._cell(p, rect, g.means.get((role, key)), num, small,
                           outside=role not in g.levels)
            spread = g.spread(key)
            wide = spread is not None and spread >= GAP
            rect = QRectF(x + 2, y0 + len(g.roles) * cell_h + 2, cell_w - 4, cell_h - 4)
            p.setFont(num)
            p.setPen(QColor(GAP_INK if wide else theme.MUTED))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                       "–" if spread is None else number(spread, 1))
            if wide:  # outline the whole column, a second cue besides the red number
                p.setPen(QPen(QColor(GAP_INK), 4))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(x + 1, y0 - 2, cell_w - 2, rows * cell_h + 4), 8, 8)
        self._legend(p, small, margin, y0 + rows * cell_h + 10)
        if self.hasFocus():
            p.setPen(QPen(QColor(theme.ACCENT), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _cell(self, p: QPainter, rect: QRectF, mean, num: QFont, small: QFont,
              outside: bool = False) -> None:
        if mean is None:
            p.setPen(QPen(QColor(theme.LINE), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 6, 6)
            return
        value, count = mean
        # Roles outside the chain: shown, not compared; marked by a dashed edge, not faded
        # (a faded cell's number fell below AA contrast).
        p.setPen(QPen(QColor(theme.INK), 2, Qt.PenStyle.DashLine) if outside
                 else Qt.PenStyle.NoPen)
        p.setBrush(fill(value))
        p.drawRoundedRect(rect, 6, 6)
        ink = QColor(ink_on(rating_colour(value)))
        p.setPen(ink)
        p.setFont(num)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, number(value, 1))
        p.setFont(small)
        p.drawText(rect.adjusted(0, 0, -6, -2), Qt.AlignmentFlag.AlignRight
                   | Qt.AlignmentFlag.AlignBottom, f"n={count}")

    def _legend(self, p: QPainter, font: QFont, x: float, y: float) -> None:
        p.setFont(font)
        fm = QFontMetricsF(font)
        for i, colour in enumerate(SCALE, start=1):
            rect = QRectF(x, y, 26, 18)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor(ink_on(colour)))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i))
            x += 30
        p.setPen(QColor(theme.MUTED))
        text = self.tr("1 = far from it · 5 = we are there · outlined in red: the chain's levels "
                       "differ by %1 points or more · dashed: outside the chain, not compared"
                       ).replace("%1", f"{GAP:.0f}")
        p.drawText(QRectF(x + 8, y, fm.horizontalAdvance(text) + 4, 18),
                   Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _fit(font: QFont, text: str, rect: QRectF) -> QFont:
        """The font, smaller until the longest word fits the width (names do not break)."""
        f = QFont(font)
        longest = max(text.split(), key=len) if text.strip() else text
        while f.pointSizeF() > 7 and QFontMetricsF(f).horizontalAdvance(longest) > rect.width():
            f.setPointSizeF(f.pointSizeF() - 0.5)
        return f
