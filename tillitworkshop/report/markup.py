"""Paragraph markup that shows a user's text literally (see ``text`` for why).

Shared by ``text`` (which lays user text out) and ``paragraph`` (whose fallback
hands text to reportlab's parser), so that neither imports the other.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import drawable


def markup(text: str | None) -> str:
    """Paragraph markup that shows ``text`` literally: drawable, escaped, newlines as <br/>."""
    if not text:
        return ""
    safe = escape(drawable(one_newline(text)))
    return safe.replace("\t", "    ").replace("\n", "<br/>")


def one_newline(text: str) -> str:
    """Windows ("\\r\\n") and old Mac ("\\r") line ends as "\\n" (before ``drawable``, which
    would show a lone "\\r" as a control character)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
