"""User text made safe for reportlab: escaped, drawable, and split before layout.

reportlab's ``Paragraph`` parses its text as markup: an ``<img src=...>`` in a
note would make it open a local file, ``<a href>`` would become a live link,
an unclosed ``<b>`` would fail the export. Every user string therefore passes
through ``markup`` (or ``paragraphs``) here, never straight into a Paragraph.

Laying out one 1 MB paragraph takes minutes; the same text in paragraphs of
about 2 KB takes seconds, so long text is split first, at a blank line, a line
break, a sentence or a space when it can.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle

from .fonts import drawable
from .markup import markup, one_newline
from .paragraph import Paragraph, plain_paragraph

CHUNK = 2000  # characters per paragraph, at most (a little more for a long word's end)
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ")


def chunks(text: str, limit: int = CHUNK) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at the most natural break.

    Joining the pieces gives back the text (no character is lost or added).
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in _BREAKS:
            at = window.rfind(sep)
            if at >= limit // 4:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def paragraphs(text: str | None, style: ParagraphStyle, *, prefix: str = "",
               suffix: str = "") -> list[Paragraph]:
    """Flowables for one user text: ``prefix`` and ``suffix`` are trusted markup.

    The text is split into ~2 KB paragraphs; blank lines separate paragraphs
    as the user wrote them.
    """
    text = one_newline(text or "").strip()
    pieces = [p for p in re.split(r"\n\s*\n", text) if p.strip()] or [""]
    out: list[Paragraph] = []
    parts = [chunk for piece in pieces for chunk in chunks(piece.strip())]
    for i, part in enumerate(parts):
        head = prefix if i == 0 else ""
        tail = suffix if i == len(parts) - 1 else ""
        shown = drawable(part)
        if head or tail or "\n" in shown:
            out.append(Paragraph(head + markup(part) + tail, style))
        else:  # most notes: one run of text, no markup to read
            out.append(plain_paragraph(shown, style))
    return out


def text_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of a short text (a name, a list of names), its whitespace made single
    spaces; the text is never read as markup."""
    return plain_paragraph(drawable(" ".join(text.split())), style)


def labelled(label: str, text: str | None, style: ParagraphStyle) -> list[Paragraph]:
    """``text`` after a run-in ``label`` ("First step: ..."), the label drawn as the first
    paragraph's bullet in the style's bullet font (see ``Styles.body_labelled``)."""
    out = paragraphs(text, style)
    out[0].bulletText = drawable(label)
    return out


def plain(text: str | None, limit: int | None = None) -> str:
    """Markup for a short text (a name, a title), shortened with an ellipsis past ``limit``."""
    text = " ".join((text or "").split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return markup(text)

