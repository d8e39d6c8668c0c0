"""Helpers for the PDF export tests: extracted text and the fonts of a PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader


def text_of(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def normalised(text: str) -> str:
    """Whitespace collapsed, so text wrapped over lines still matches."""
    return re.sub(r"\s+", " ", text).strip()


def pdffonts(path) -> list[dict[str, str]]:
    """The fonts of a PDF file as ``pdffonts`` (poppler) lists them."""
    tool = shutil.which("pdffonts")
    if tool is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni objnum gen: read the flags from the right
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts
