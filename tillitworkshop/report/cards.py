"""The principle cards to print and cut: four A6 cards on each A4 page, with cut marks.

A4 is exactly four A6 sheets, so cutting along the marks gives real A6
cards. Each card has the principle's name, the SOU's sentence for it and the
questions to put to the room; the eighth card (långsiktighet) is included
when the session has it switched on.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from ..content import Principle
from .blocks import Ctx
from .fonts import BOLD, REGULAR, drawable, register
from .layout import INK, MUTED, RULE, TEAL, build_pdf, heading
from .markup import markup
from .text import plain

PAGE_W, PAGE_H = A4
CARD_W, CARD_H = PAGE_W / 2, PAGE_H / 2
BORDER = 6 * mm  # the printed frame, inside the cut
PAD = 11 * mm  # the text, inside the frame


class Band(Flowable):
    """The card's coloured top band: "PRINCIPKORT 3/7" and the method's name."""

    def __init__(self, left: str, right: str, width: float):
        super().__init__()
        self.left, self.right, self.width, self.height = left, right, width, 7 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(TEAL)
        c.roundRect(0, 0, self.width, self.height, 1.5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 7.5)
        c.drawString(2.5 * mm, 2.4 * mm, self.left)
        c.setFont(REGULAR, 7.5)
        c.drawRightString(self.width - 2.5 * mm, 2.4 * mm, self.right)


_CARD_TEXT = ParagraphStyle("card_text", fontName=REGULAR, fontSize=11, leading=15,
                            textColor=INK, spaceAfter=4)
_CARD_QUESTION = ParagraphStyle("card_question", parent=_CARD_TEXT, fontSize=10, leading=13.5,
                                leftIndent=12, bulletIndent=1, bulletFontName=REGULAR,
                                spaceAfter=5)


def _title_style(base: ParagraphStyle, name: str, width: float) -> ParagraphStyle:
    """The card title at the largest size (24 pt down to 15) that fits ``name`` on one line."""
    size = 24.0
    while size > 15 and stringWidth(drawable(name), BOLD, size) > width:
        size -= 1
    return ParagraphStyle(f"card_title_{size}", parent=base, fontSize=size, leading=size * 1.2,
                          spaceAfter=8)


def card(ctx: Ctx, p: Principle, number: int, total: int, width: float,
         height: float) -> Flowable:
    s, tr, lang = ctx.styles, ctx.tr, ctx.lang
    name = p.name(lang)
    label = tr("PRINCIPLE CARD {n}/{total}").format(n=number, total=total)
    parts: list[Flowable] = [
        Band(label, tr("Besök Tillit"), width),
        Spacer(1, 6 * mm),
        heading(plain(name), name, 0, _title_style(s.title, name, width)),
        Paragraph(plain(p.description(lang)), _CARD_TEXT),
        Spacer(1, 3 * mm),
        Paragraph(markup(tr("Questions for the room")), s.label),
        Spacer(1, 1 * mm),
    ]
    for q in p.questions:
        parts.append(Paragraph(plain(q(lang)), _CARD_QUESTION, bulletText="•"))
    source = "SOU 2019:43" if p.optional else "SOU 2018:47"
    parts += [Spacer(1, 3 * mm),
              Paragraph(markup(tr("Source: {source}").format(source=source)), s.small)]
    return KeepInFrame(width, height, parts, mode="shrink")


def _frames() -> list[Frame]:
    frames = []
    for row in (1, 0):  # top row first
        for col in (0, 1):
            x = col * CARD_W + PAD
            y = row * CARD_H + PAD
            frames.append(Frame(x, y, CARD_W - 2 * PAD, CARD_H - 2 * PAD, leftPadding=0,
                                rightPadding=0, topPadding=0, bottomPadding=0,
                                id=f"card{row}{col}"))
    return frames


def _decorate(total: int, hint: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Cut marks on every page, and each card's frame where a card is printed."""

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        on_page = min(4, total - 4 * (doc.page - 1))
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        for i in range(on_page):
            col, row = i % 2, 1 - i // 2
            canv.roundRect(col * CARD_W + BORDER, row * CARD_H + BORDER,
                           CARD_W - 2 * BORDER, CARD_H - 2 * BORDER, 3 * mm)
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.5)
        mark = 5 * mm
        for x in (CARD_W,):  # the vertical cut: marks at the top and bottom edge
            canv.line(x, 4 * mm, x, 4 * mm + mark)
            canv.line(x, PAGE_H - 4 * mm, x, PAGE_H - 4 * mm - mark)
        for y in (CARD_H,):  # the horizontal cut: marks at the left and right edge
            canv.line(4 * mm, y, 4 * mm + mark, y)
            canv.line(PAGE_W - 4 * mm, y, PAGE_W - 4 * mm - mark, y)
        canv.line(CARD_W - 3 * mm, CARD_H, CARD_W + 3 * mm, CARD_H)  # the centre cross
        canv.line(CARD_W, CARD_H - 3 * mm, CARD_W, CARD_H + 3 * mm)
        canv.setFont(REGULAR, 6)
        canv.setFillColor(MUTED)
        canv.drawCentredString(PAGE_W / 2, 1.8 * mm, hint)
        canv.restoreState()

    return draw


def render(ctx: Ctx) -> bytes:
    """The card deck PDF: the session's principle cards, four to a page."""
    register()
    tr = ctx.tr
    cards = ctx.cat.principles_for(ctx.workshop.long_term_card)
    frames = _frames()
    width, height = frames[0].width, frames[0].height
    story: list[Flowable] = []
    for i, p in enumerate(cards, start=1):
        story += [card(ctx, p, i, len(cards), width, height), FrameBreak()]
    hint = tr("Cut along the marks: four A6 cards")
    template = PageTemplate(id="cards", frames=frames, onPage=_decorate(len(cards), hint))
    meta = ctx.meta(tr("Principle cards"),
                    tr("Besök Tillit – principle cards") + f": {ctx.workshop.organisation}",
                    tr("The principle cards of SOU 2018:47 to print and cut, four A6 cards "
                       "per A4 page"))
    return build_pdf(story[:-1], meta, templates=[template], page_numbers=False)
