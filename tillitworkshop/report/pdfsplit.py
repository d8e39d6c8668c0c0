"""Cutting one laid-out PDF into several by page ranges (pypdf), each with its own metadata.

The handouts are laid out once, as the combined print file; each
participant's file is then its run of pages, copied as they are (content,
fonts, page numbers), so a handout and its pages in the print file cannot
differ. Laying out each handout a second time on its own cost as much again.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

# The document information a part takes over from the whole (its title is its own).
_KEPT_INFO = ("/Author", "/Subject", "/Creator", "/Producer", "/Keywords", "/CreationDate",
              "/ModDate", "/Trapped")


def split_pdf(data: bytes, page_counts: Sequence[int], titles: Sequence[str]) -> list[bytes]:
    """The PDF ``data`` cut into consecutive parts of ``page_counts`` pages, titled ``titles``.

    Each part keeps the whole's PDF version, language and document
    information except the title, and shows its title in the viewer's title
    bar; it has no outline (bookmarks).
    """
    if len(page_counts) != len(titles):
        raise ValueError("one title per part")
    reader = PdfReader(io.BytesIO(data))
    if sum(page_counts) != len(reader.pages):
        raise ValueError(f"{sum(page_counts)} pages asked for, the PDF has {len(reader.pages)}")
    info: Mapping[str, Any] = reader.metadata or {}
    root = reader.trailer["/Root"].get_object()
    lang = root.get("/Lang") if isinstance(root, DictionaryObject) else None
    parts = []
    start = 0
    for count, title in zip(page_counts, titles, strict=True):
        writer = PdfWriter()
        writer.pdf_header = reader.pdf_header
        for page in reader.pages[start:start + count]:
            writer.add_page(page)
        start += count
        writer.add_metadata({**{k: info[k] for k in _KEPT_INFO if k in info}, "/Title": title})
        writer.page_mode = "/UseNone"  # as reportlab writes it for a document without outline
        if lang is not None:
            writer.root_object[NameObject("/Lang")] = TextStringObject(str(lang))
        # the viewer's title bar shows the title, not the file name (as in the whole)
        writer.root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
            {NameObject("/DisplayDocTitle"): BooleanObject(True)})
        out = io.BytesIO()
        writer.write(out)
        parts.append(out.getvalue())
    return parts
