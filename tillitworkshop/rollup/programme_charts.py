"""The programme report's drawings: the gap heat map across sites (mean and n per cell, the
largest spreads outlined), obstacles by sector and commitment completion by sector.

Built from reportlab's shapes in the report's fonts and colours (report/charts.py), so
they look like the session summary's heat map."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit

from ..report.charts import (
    _EMPTY,
    _drawing,
    _fit,
    _rect,
    _text_color,
    number,
    rating_fill,
    spread_fill,
)
from ..report.fonts import BOLD, REGULAR, drawable
from ..report.layout import AMBER, INK, MUTED, NAVY, RULE, TEAL
from .programme_data import Gap

SERIES = [NAVY, TEAL, AMBER, colors.HexColor("#8a6bb0"), colors.HexColor("#6b8f3a"),
          colors.HexColor("#b35a5a")]
STATUS_COLOURS = {"done": colors.HexColor("#4f9a6e"), "started": TEAL,
                  "planned": colors.HexColor("#aab6c4"), "dropped": colors.HexColor("#7d8591"),
                  "late": AMBER}


def thousands(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", "\u202f") if lang == "sv" else text


def outlined(gap: Gap, chain: Sequence[str], top: int = 3) -> set[tuple[str, str]]:
    """The cells to outline: for the ``top`` principles whose levels differ most, the
    highest and the lowest chain role."""
    cells: set[tuple[str, str]] = set()
    widest = sorted(gap.spreads, key=lambda p: -gap.spreads[p])[:top]
    for principle in widest:
        means = [(gap.means[(r, principle)][0], r) for r in chain if (r, principle) in gap.means]
        if means:
            cells.add((min(means)[1], principle))
            cells.add((max(means)[1], principle))
    return cells


def gap_map(roles: Sequence[tuple[str, str]], principles: Sequence[tuple[str, str]], gap: Gap,
            chain: Sequence[str], lang: str, spread_label: str, width: float,
            show_n: bool = True) -> Drawing:
    """Rows: roles (key, name); columns: principles (key, name). Each cell the mean and n;
    the last row each principle's spread between the chain's levels."""
    label_width, header, size = 120.0, 78.0, 7.5
    col = min(50.0, (width - label_width - 30) / max(len(principles), 1))
    cell_h = 24.0 if show_n else 18.0
    marked = outlined(gap, chain)
    rows = [*roles, ("", spread_label)]
    height = header + cell_h * len(rows)
    d = _drawing(width, height)
    y = height - header
    for c, (_, name) in enumerate(principles):
        head = Group(String(0, 0, _fit(drawable(name), 104, size), fontName=BOLD, fontSize=size,
                            fillColor=NAVY))
        head.translate(label_width + c * col + col / 2 - 2, y + 5)
        head.rotate(40)
        d.add(head)
    for role, name in rows:
        y -= cell_h
        lines = simpleSplit(drawable(name), BOLD if not role else REGULAR, size, label_width - 8)[:2]
        for i, line in enumerate(lines):
            d.add(String(0, y + cell_h / 2 + (len(lines) - 1) * 4.5 - i * 9 - 2.5, line,
                         fontName=BOLD if not role else REGULAR, fontSize=size, fillColor=INK))
        for c, (principle, _) in enumerate(principles):
            x = label_width + c * col
            if not role:  # the spread row
                spread = gap.spreads.get(principle)
                fill: Color = spread_fill(spread) if spread is not None else colors.white
                d.add(_rect(x + 1, y + 1, col - 2, cell_h - 2, fillColor=fill, strokeColor=RULE,
                            strokeWidth=0.6))
                d.add(String(x + col / 2, y + cell_h / 2 - 3,
                             number(spread, lang) if spread is not None else "–",
                             textAnchor="middle", fontName=BOLD, fontSize=8,
                             fillColor=_text_color(fill)))
                continue
            value = gap.means.get((role, principle))
            fill = rating_fill(value[0]) if value else _EMPTY
            ring = (role, principle) in marked
            d.add(_rect(x + 1, y + 1, col - 2, cell_h - 2, fillColor=fill,
                        strokeColor=AMBER if ring else None, strokeWidth=2 if ring else 0))
            if value is None:
                d.add(String(x + col / 2, y + cell_h / 2 - 3, "–", textAnchor="middle",
                             fontName=REGULAR, fontSize=8, fillColor=MUTED))
                continue
            ink = _text_color(fill)
            top = y + cell_h / 2 + (1 if show_n else -3)
            d.add(String(x + col / 2, top, number(value[0], lang), textAnchor="middle",
                         fontName=BOLD, fontSize=8, fillColor=ink))
            if show_n:
                d.add(String(x + col / 2, y + 4.5, f"n={thousands(value[1], lang)}",
                             textAnchor="middle", fontName=REGULAR, fontSize=5.8, fillColor=ink))
    d.add(Line(0, height - header, label_width + len(principles) * col, height - header,
               strokeColor=RULE, strokeWidth=0.5))
    return d


def _legend(d: Drawing, items: Sequence[tuple[str, Color]], y: float, x0: float) -> None:
    x = x0
    for name, colour in items:
        d.add(_rect(x, y, 9, 9, fillColor=colour, strokeColor=None))
        d.add(String(x + 12, y + 1.5, name, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 16 + len(name) * 3.9


def grouped_bars(groups: Sequence[tuple[str, str]], series: Sequence[tuple[str, str]],
                 values: dict[str, dict[str, int]], width: float) -> Drawing:
    """Horizontal bars: for each group (key, name) one bar per series (key, name) with
    its value (``values[series][group]``), a legend on top."""
    label_width, bar, gap = 130.0, 6.5, 8.0
    block = bar * len(series) + gap
    height = 26 + block * len(groups)
    d = _drawing(width, height)
    most = max((v for s in values.values() for v in s.values()), default=0) or 1
    scale = (width - label_width - 30) / most
    _legend(d, [(name, SERIES[i % len(SERIES)]) for i, (_, name) in enumerate(series)],
            height - 11, label_width)
    y = height - 22
    for key, name in groups:
        y -= block
        lines = simpleSplit(drawable(name), REGULAR, 7.5, label_width - 8)[:2]
        middle = y + block / 2 + gap / 2
        for i, line in enumerate(lines):
            d.add(String(0, middle + (len(lines) - 1) * 4.5 - i * 9 - 2.5, line,
                         fontName=REGULAR, fontSize=7.5, fillColor=INK))
        for i, (skey, _) in enumerate(series):
            value = values.get(skey, {}).get(key, 0)
            top = y + gap + bar * (len(series) - 1 - i)
            d.add(_rect(label_width, top, max(value * scale, 0.5), bar - 1,
                        fillColor=SERIES[i % len(SERIES)], strokeColor=None))
            d.add(String(label_width + value * scale + 3, top + 0.6, str(value),
                         fontName=REGULAR, fontSize=5.8, fillColor=MUTED))
    d.add(Line(label_width, 0, label_width, height - 20, strokeColor=RULE, strokeWidth=0.5))
    return d


def stacked_bars(rows: Sequence[tuple[str, str]], statuses: Sequence[tuple[str, str]],
                 counts: dict[str, dict[str, int]], width: float) -> Drawing:
    """One bar per row (key, name), 100% wide, split by status (key, name) with counts."""
    label_width, bar = 130.0, 16.0
    height = 24 + (bar + 6) * len(rows)
    d = _drawing(width, height)
    _legend(d, [(name, STATUS_COLOURS[key]) for key, name in statuses], height - 11, label_width)
    span = width - label_width - 40
    y = height - 22
    for key, name in rows:
        y -= bar + 6
        row = counts.get(key, {})
        total = sum(row.values())
        d.add(String(0, y + bar / 2 - 2.5, _fit(drawable(name), label_width - 8, 7.5),
                     fontName=REGULAR, fontSize=7.5, fillColor=INK))
        x = label_width
        for status, _ in statuses:
            part = row.get(status, 0) / total * span if total else 0
            if part:
                fill = STATUS_COLOURS[status]
                d.add(_rect(x, y, part, bar, fillColor=fill, strokeColor=colors.white,
                            strokeWidth=0.5))
                if part > 14:
                    d.add(String(x + part / 2, y + bar / 2 - 2.5, str(row[status]),
                                 textAnchor="middle", fontName=BOLD, fontSize=6.5,
                                 fillColor=_text_color(fill)))
            x += part
        d.add(String(label_width + span + 4, y + bar / 2 - 2.5, str(total), fontName=REGULAR,
                     fontSize=7, fillColor=MUTED))
    return d
