"""The look: calm, high-contrast colours and type large enough for a projector.

Sizes are relative to the system font, so the window scales with it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

INK = "#1d2730"  # body text: 14:1 on PAPER
MUTED = "#4a5863"  # secondary text: 7:1 on PAPER
PAPER = "#f6f5f1"
CARD = "#ffffff"
LINE = "#d5d9dc"
SIDEBAR = "#e6ebed"
ACCENT = "#1f5f6e"  # deep teal; white on it is 7:1
ACCENT_SOFT = "#d6e7ea"
WARN_INK = "#7a3f00"
WARN_BG = "#fff1dc"
ERROR_INK = "#a1001c"
OVER_INK = "#a1001c"
KIND_COLOURS = {  # a quiet tint per kind of note, used for column headers and chain bars
    "value": "#2f6b3a",
    "hinder": "#9a3412",
    "signal": "#1f5f6e",
    "need": "#5b4b8a",
    "relationship": "#6b5b1f",
}
NOTE_PAPER = "#fff8db"  # a problem card on the board
PLACEHOLDER = "#5f6b75"  # an entry's hint, in italics: not mistaken for a value
DISABLED_INK = "#5f6b75"  # a control that cannot be used now: grey, on grey, dashed edge
DISABLED_BG = "#e9ecee"
WHITE = "#ffffff"
EDGE = "#7a858e"  # the edge of an entry or a button: 3:1 on white and paper (WCAG 1.4.11)
GAP_INK = "#b3261e"  # a wide gap in the chain, on the gap view
EMPTY_BAR = "#e3e7ea"
# Every text colour on every background it is drawn on (tests/ui/test_theme_contrast.py
# holds each to WCAG 2.1 AA, 4.5:1): (what, ink, background).
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    *((f"body text on {n}", INK, bg) for n, bg in (
        ("paper", PAPER), ("card", CARD), ("sidebar", SIDEBAR), ("selection", ACCENT_SOFT),
        ("note", NOTE_PAPER), ("header", SIDEBAR))),
    *((f"muted text on {n}", MUTED, bg) for n, bg in (
        ("paper", PAPER), ("card", CARD), ("sidebar", SIDEBAR), ("note", NOTE_PAPER),
        ("selection", ACCENT_SOFT))),
    ("accent text on card", ACCENT, CARD), ("accent text on paper", ACCENT, PAPER),
    ("white on accent (primary button, chosen phase, dots)", WHITE, ACCENT),
    ("warning", WARN_INK, WARN_BG), ("error hint on paper", ERROR_INK, PAPER),
    ("error hint on card", ERROR_INK, CARD), ("over time on card", OVER_INK, CARD),
    ("placeholder on an entry", PLACEHOLDER, CARD),
    ("disabled control", DISABLED_INK, DISABLED_BG),
    ("gap spread on card", GAP_INK, CARD),
    *((f"count on the {k} bar", WHITE, c) for k, c in KIND_COLOURS.items()),
    *((f"{k} legend mark on card", c, CARD) for k, c in KIND_COLOURS.items()),
)
MIN_POINT_SIZE = 12.0
STYLE = "Fusion"  # the same calm look on every platform, drawn from the palette


def use_style(app: QApplication) -> None:
    """Fusion on an application made elsewhere (``make_application`` asks Qt for it).

    Once themed it has it already, and ``style()`` then answers for the style sheet.
    """
    if app.property("tillit-theme"):
        return
    if app.style().name().lower() != STYLE.lower():  # Linux starts with it: not built twice
        app.setStyle(STYLE)


def apply(app: QApplication) -> None:
    """Set font, palette and style sheet, once per application (re-polishing every
    live widget again buys nothing and has crashed PySide6 in tests)."""
    if app.property("tillit-theme"):
        return
    app.setProperty("tillit-theme", True)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    pal = app.palette()
    for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, CARD),
                         (QPalette.ColorRole.Text, INK), (QPalette.ColorRole.WindowText, INK),
                         (QPalette.ColorRole.ButtonText, INK),
                         (QPalette.ColorRole.Highlight, ACCENT),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, PLACEHOLDER),
                         (QPalette.ColorRole.AlternateBase, "#f1f3f4")):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(font.pointSizeF()))


def scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPointSizeF(base.pointSizeF() * factor)
    f.setBold(bold)
    return f


def stylesheet(pt: float) -> str:
    return f"""
    QMainWindow, QDialog {{ background: {PAPER}; }}
    QLabel[role="title"] {{ font-size: {pt * 2.0:.1f}pt; font-weight: 600; color: {INK}; }}
    QLabel[role="subtitle"] {{ font-size: {pt * 1.1:.1f}pt; color: {MUTED}; }}
    QLabel[role="section"] {{ font-size: {pt * 1.3:.1f}pt; font-weight: 600; color: {INK};
                              padding-top: 6px; }}
    QLabel[role="guidance"] {{ color: {MUTED}; }}
    QLabel[role="hint"] {{ color: {ERROR_INK}; font-weight: 600; }}
    QLabel[role="warning"] {{ color: {WARN_INK}; background: {WARN_BG}; border-radius: 6px;
                              padding: 6px 10px; }}
    QLabel[role="clock"] {{ font-size: {pt * 3.0:.1f}pt; font-weight: 600; color: {INK}; }}
    QLabel[role="clock"][over="true"] {{ color: {OVER_INK}; }}
    QLabel[role="clock"][compact="true"] {{ font-size: {pt * 1.2:.1f}pt; }}
    QFrame[role="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
    QWidget#sidebar {{ background: {SIDEBAR}; }}
    QListView#stepper {{ background: transparent; border: none;
                        font-size: {pt * 1.05:.1f}pt; }}
    QListView#stepper::item {{ padding: 4px 10px; border-radius: 8px; margin: 1px 4px; }}
    QListView#stepper::item:selected {{ background: {ACCENT}; color: white; }}
    QListView, QTableView {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 8px; }}
    QListView::item {{ padding: 6px 8px; border-bottom: 1px solid #eceeef; }}
    QListView::item:selected, QTableView::item:selected {{ background: {ACCENT_SOFT};
                                                        color: {INK}; }}
    QHeaderView::section {{ background: {SIDEBAR}; color: {INK}; border: none;
                            padding: 6px; font-weight: 600; }}
    QLineEdit, QPlainTextEdit {{ padding: 5px 8px; border: 1px solid {EDGE};
                                 border-radius: 6px; background: {CARD}; min-height: 1.4em; }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
    QComboBox, QSpinBox {{ min-height: 1.6em; }}
    QLineEdit[invalid="true"] {{ border: 2px solid {ERROR_INK}; }}
    QPushButton {{ padding: 6px 14px; border: 1px solid {EDGE}; border-radius: 6px;
                   background: {CARD}; }}
    QPushButton:focus {{ border: 2px solid {ACCENT}; }}
    QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none;
                                   font-weight: 600; }}
    QPushButton:checked {{ background: {ACCENT}; color: white; }}
    QPushButton:disabled, QPushButton[role="primary"]:disabled {{
        background: {DISABLED_BG}; color: {DISABLED_INK}; border: 1px dashed {EDGE};
        font-weight: normal; }}
    QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled {{ background: {DISABLED_BG};
                                                                 color: {DISABLED_INK}; }}
    QTabBar::tab {{ padding: 8px 18px; font-size: {pt * 1.05:.1f}pt; }}
    QTabBar::tab:selected {{ border-bottom: 3px solid {ACCENT}; font-weight: 600; }}
    QStatusBar {{ color: {MUTED}; }}
    """
