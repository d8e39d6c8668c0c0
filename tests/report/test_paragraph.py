"""Paragraphs share their broken lines within a document, and the pages stay the same."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph as ReportlabParagraph

from tillitworkshop.report.blocks import Ctx
from tillitworkshop.report.layout import Styles, build_pdf
from tillitworkshop.report.paragraph import Paragraph
from tillitworkshop.report.strings import translator


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def story(cls, styles: Styles) -> list:
    text = ("Tre system för samma sak, och <b>ingen</b> vet vilket som gäller. " * 40).strip()
    out = []
    for i in range(12):  # the same paragraphs again and again, some split over two pages
        out.append(KeepTogether([cls(f"Åtagande {i % 3}", styles.h3),
                                 cls("Vem: Lena Håkansson   Senast: 31 mars 2027", styles.body)]))
        out.append(cls(text, styles.bullet, bulletText="•"))
    return out


def test_shared_lines_give_the_pages_reportlab_gives(demo):
    """Repeated and split paragraphs come out exactly as with reportlab's own Paragraph."""
    ctx = Ctx(demo, "sv", translator("sv"))
    meta = ctx.meta("Test", "Test", "Test")
    ours = pages(build_pdf(story(Paragraph, ctx.styles), meta))
    theirs = pages(build_pdf(story(ReportlabParagraph, ctx.styles), meta))
    assert len(ours) > 3
    assert ours == theirs


def test_a_paragraph_is_broken_once_per_width_and_text(demo, monkeypatch):
    """Within one document, the same markup in the same style and width is broken into lines once."""
    ctx = Ctx(demo, "sv", translator("sv"))
    calls = []
    wrap = ReportlabParagraph.wrap
    monkeypatch.setattr(ReportlabParagraph, "wrap",
                        lambda self, w, h: calls.append(self.text) or wrap(self, w, h))
    build_pdf(story(Paragraph, ctx.styles), ctx.meta("Test", "Test", "Test"))
    shared = len(calls)
    calls.clear()
    build_pdf(story(ReportlabParagraph, ctx.styles), ctx.meta("Test", "Test", "Test"))
    assert shared < len(calls) / 2
