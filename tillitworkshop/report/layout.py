"""The page: styles, headers and footers with "Sida 3 av 12", outline and metadata.

Every PDF is built by ``build_pdf``. It sets the document's title, author,
subject and language (/Lang; reportlab would otherwise write "untitled"), has
viewers show the title in their title bar (DisplayDocTitle), starts
every page in the bundled font (``initialFontName``, or reportlab's canvas
would reference an unembedded Helvetica), draws the running header and the
page numbers, and turns every heading made by ``heading`` into an outline
entry (a bookmark) on the page it lands on.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import Destination
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import BOLD, OBLIQUE, REGULAR, register
from .paragraph import Paragraph
from .strings import Translator

INK = colors.HexColor("#1d2430")
NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#2a7f8e")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#d5dbe3")
PALE = colors.HexColor("#f2f5f8")
AMBER = colors.HexColor("#c9822b")

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 20 * mm

# Colours by name for paragraph markup (<font color="tw-muted">). reportlab resolves a
# "#rrggbb" in a tag through several slow fallbacks (about 40 µs a tag, and a summary
# has hundreds); a name it finds in its extra namespace at once. "tw-" keeps ours apart.
MARKUP_COLOURS = {
    "tw-muted": MUTED,
    "tw-teal": TEAL,
    "tw-faint": colors.HexColor("#c3ccd6"),
    "tw-late": colors.HexColor("#b36b12"),
}


def register_colours() -> None:
    colors.toColor.extraColorsNS.update(MARKUP_COLOURS)


@dataclass(frozen=True)
class DocMeta:
    """What a document says about itself, in its metadata and on every page."""

    title: str
    author: str
    subject: str
    lang: str
    header: str  # "Organisation · 15 oktober 2026"
    kind: str  # "Sammanfattning", shown at the header's right
    tr: Translator


class Styles:
    """The paragraph styles of every export, all in the bundled fonts."""

    def __init__(self) -> None:
        register()
        register_colours()  # before any paragraph is made with these styles

        def style(name: str, **kw: Any) -> ParagraphStyle:
            # widow and orphan control: a paragraph never leaves one line alone at the top
            # or the bottom of a page
            base: dict[str, Any] = dict(fontName=REGULAR, bulletFontName=REGULAR, fontSize=9.5,
                                        leading=13.5, textColor=INK, allowWidows=0,
                                        allowOrphans=0)
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.title = style("title", fontName=BOLD, fontSize=25, leading=30, textColor=NAVY,
                           spaceAfter=6)
        self.subtitle = style("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=18)
        self.h1 = style("h1", fontName=BOLD, fontSize=16, leading=20, textColor=NAVY,
                        spaceBefore=4, spaceAfter=8, keepWithNext=1)
        self.h2 = style("h2", fontName=BOLD, fontSize=12, leading=15, textColor=NAVY,
                        spaceBefore=10, spaceAfter=4, keepWithNext=1)
        self.h3 = style("h3", fontName=BOLD, fontSize=10, leading=13, textColor=INK,
                        spaceBefore=6, spaceAfter=2, keepWithNext=1)
        self.body = style("body", spaceAfter=4)
        self.byline = style("byline", spaceAfter=4, textColor=MUTED)
        # A bold run-in label ("First step:") drawn as the paragraph's bullet: reportlab
        # sets the text after it, so the text stays one run of one font. Mixed fonts in
        # one paragraph take reportlab four or five times as long to lay out.
        self.body_labelled = style("body_labelled", spaceAfter=4, bulletFontName=BOLD,
                                   bulletFontSize=9.5, bulletIndent=0)
        self.lead = style("lead", fontSize=10.5, leading=15, spaceAfter=6)
        self.quote = style("quote", fontName=OBLIQUE, textColor=MUTED, spaceAfter=6)
        self.small = style("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2)
        self.bullet = style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.bullet_labelled = style("bullet_labelled", leftIndent=12, bulletIndent=2,
                                     spaceAfter=3, bulletFontName=BOLD, bulletFontSize=9.5)
        self.sub_bullet = style("sub_bullet", leftIndent=26, bulletIndent=16, spaceAfter=2,
                                textColor=MUTED)
        # Whole paragraphs in teal (the principles a problem or commitment is linked to):
        # a style, not a <font> tag, so reportlab lays them out as one run of text.
        self.principles = style("principles", fontSize=8, leading=10.5, textColor=TEAL,
                                spaceAfter=2)
        self.sub_principles = style("sub_principles", leftIndent=26, bulletIndent=16,
                                    spaceAfter=2, textColor=TEAL)
        self.label = style("label", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED)
        self.cell = style("cell", fontSize=8.5, leading=11)
        self.cell_bold = style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11)
        self.cell_head = style("cell_head", fontName=BOLD, fontSize=8.5, leading=11,
                               textColor=colors.white)


def heading(text_markup: str, outline_title: str, level: int, style: ParagraphStyle) -> Paragraph:
    """A heading that becomes an outline entry (level 0 = section, 1 = subsection)."""
    p = Paragraph(text_markup, style)
    p._tw_outline = (outline_title, level)  # read by _Doc.afterFlowable
    return p


class GroupStart(Flowable):
    """Marks where a new group of pages begins (a participant's handout in the combined file).

    Page numbers count within a group: each handout reads "Page 1 of 2".
    """

    def __init__(self, group: int):
        super().__init__()
        self.group = group
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._tw_group = self.group  # type: ignore[attr-defined]  # canvas of _canvas_class


def _canvas_class(meta: DocMeta, numbers: bool, groups: list[int]) -> type[Canvas]:
    class _Canvas(Canvas):
        """Keeps every page until the end, to write "Page 3 of 12" when the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._tw_pages: list[dict[str, Any]] = []
            self._tw_group = 0

        def showPage(self) -> None:
            self._tw_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # private, not in the stubs

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Destination:
            # The document counts pages only as they are written, which here is
            # at the end: point the bookmark at the page being drawn now.
            doc = self._doc  # type: ignore[attr-defined]  # private, not in the stubs
            saved, doc.pageCounter = doc.pageCounter, len(self._tw_pages) + 1
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                doc.pageCounter = saved

        def save(self) -> None:
            groups.extend(state["_tw_group"] for state in self._tw_pages)
            totals = Counter(groups)
            seen: Counter[int] = Counter()
            for state in self._tw_pages:
                self.__dict__.update(state)
                seen[self._tw_group] += 1
                if numbers:
                    self._footer(seen[self._tw_group], totals[self._tw_group])
                super().showPage()
            self._tw_pages = []  # each page's state held the list itself: a cycle
            super().save()

        def _footer(self, page: int, total: int) -> None:
            width, _ = self._pagesize  # type: ignore[attr-defined]  # private, not in the stubs
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, 9.5 * mm, meta.tr("Besök Tillit · SOU 2018:47"))
            self.drawRightString(width - MARGIN_X, 9.5 * mm,
                                 meta.tr("Page {page} of {pages}").format(page=page, pages=total))
            self.restoreState()

    return _Canvas


LineCache = dict[Hashable, tuple[dict[str, Any], tuple[float, float]]]
"""Paragraphs' lines by markup, style, bullet and width (paragraph.Paragraph)."""


class LineMeasure:
    """Stands in for a document while flowables are measured before the build (the
    handouts' fitting): their paragraphs' lines go to ``lines``, which the build then
    takes over (``build_grouped_pdf(lines=...)``) instead of breaking them again."""

    def __init__(self, lines: LineCache):
        self._tw_lines = lines
        self.canv = Canvas(io.BytesIO())  # never saved
        self.canv._doctemplate = self  # type: ignore[attr-defined]  # as platypus sets it


class _Doc(BaseDocTemplate):
    def __init__(self, *args: Any, on_group: Callable[[int], None] | None = None,
                 lines: LineCache | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tw_bookmarks = 0
        self._tw_on_group = on_group
        # paragraphs' lines by markup, style and width (paragraph.py)
        self._tw_lines: LineCache = {} if lines is None else lines

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._tw_on_group is not None and isinstance(flowable, GroupStart):
            self._tw_on_group(flowable.group)
        outline = getattr(flowable, "_tw_outline", None)
        if outline:
            title, level = outline
            self._tw_bookmarks += 1
            key = f"s{self._tw_bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


def _running_header(meta: DocMeta) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        y = height - 13 * mm
        canv.drawString(MARGIN_X, y, _clip(canv, meta.header, width * 0.6))
        canv.setFillColor(TEAL)
        canv.setFont(BOLD, 7.5)
        canv.drawRightString(width - MARGIN_X, y, meta.kind)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 3 * mm, width - MARGIN_X, y - 3 * mm)
        canv.restoreState()

    return draw


def _clip(canv: Canvas, text: str, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` in the canvas's current font."""
    if canv.stringWidth(text) <= width:
        return text
    while text and canv.stringWidth(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(story: Sequence[Flowable], meta: DocMeta, *,
              templates: Sequence[PageTemplate] | None = None, page_numbers: bool = True,
              pagesize: tuple[float, float] = A4) -> bytes:
    """The PDF of ``story``: one frame per page with the running header unless ``templates``."""
    return build_grouped_pdf(story, meta, templates=templates, page_numbers=page_numbers,
                             pagesize=pagesize)[0]


def build_grouped_pdf(story: Sequence[Flowable], meta: DocMeta, *,
                      templates: Sequence[PageTemplate] | None = None,
                      page_numbers: bool = True, pagesize: tuple[float, float] = A4,
                      on_group: Callable[[int], None] | None = None,
                      lines: LineCache | None = None) -> tuple[bytes, list[int]]:
    """``build_pdf``, also returning each page's group (the last ``GroupStart`` before it).

    ``on_group(n)`` is called as group ``n`` begins, when every earlier group is
    laid out; an exception it raises stops the build. ``lines`` are lines already broken
    (see ``LineMeasure``).
    """
    register()
    out = io.BytesIO()
    doc = _Doc(out, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=meta.title,
               author=meta.author, subject=meta.subject, creator="Tillit Workshop",
               producer="Tillit Workshop (reportlab)", lang=meta.lang, displayDocTitle=True,
               initialFontName=REGULAR, initialFontSize=9.5, initialLeading=13.5,
               on_group=on_group, lines=lines)
    if templates is None:
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="page", frames=[frame], onPage=_running_header(meta))]
    doc.addPageTemplates(list(templates))
    groups: list[int] = []
    try:
        doc.build(list(story), canvasmaker=_canvas_class(meta, page_numbers, groups))
    finally:
        # The template and its canvas point at each other. Left so, they and all they hold
        # (every paragraph's lines, every page) wait for a full garbage collection, which
        # holds every thread still while it walks them: the window, during an export.
        doc._tw_lines = {}
        doc.canv = None  # type: ignore[assignment]  # the stubs say always a Canvas
    return out.getvalue(), groups
