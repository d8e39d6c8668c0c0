"""The join URL as a QR code (segno): SVG for screens that scale it, PNG bytes otherwise."""

from __future__ import annotations

import io

import segno


def qr_svg(url: str) -> bytes:
    """Black on white with the standard quiet zone; error correction M survives a glare."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="svg", scale=8, border=4,
                                                 xmldecl=False, svgns=True)
    return buffer.getvalue()


def qr_png(url: str, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
