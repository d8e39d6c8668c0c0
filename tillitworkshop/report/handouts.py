"""One handout per participant, and one combined file for printing them all.

Each handout: the participant's name (or pseudonym), their own commitments
and those of their chain role, the day's top problems, the seven principles
in short, and the follow-up date.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ..domain import Commitment, Participant
from ..store.names import safe_file_name
from .blocks import (
    CONTENT_WIDTH,
    Ctx,
    by_due_date,
    commitment_block,
    empty,
    in_sentence,
    origins,
    problem_entry,
    top_problems,
)
from .fonts import BOLD
from .layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    DocMeta,
    GroupStart,
    LineMeasure,
    build_grouped_pdf,
    heading,
)
from .markup import markup
from .output import Cancel, ExportCancelled, Progress
from .paragraph import Paragraph
from .pdfsplit import split_pdf
from .text import paragraphs, plain, text_paragraph

TOP_PROBLEMS = 5
@dataclass(frozen=True, slots=True)
class Fit:
    """How much a handout shows: it is shortened step by step (``FITS``) until one A4 side."""

    top: int  # top problems shown
    short_principles: bool  # each principle on one line
    role_details: bool  # first step and indicator of the role's commitments
    own_details: bool = True  # ... and of the participant's own
    compact: bool = False  # commitments in two small lines each, no welcome text
    dense: bool = False  # commitments: title and one line; the principles by name only
    role_limit: int | None = None  # the role's commitments shown, the rest counted


FITS = (Fit(5, False, True), Fit(5, True, True), Fit(3, True, True), Fit(3, True, False),
        Fit(3, True, False, False), Fit(3, True, False, False, True),
        Fit(1, True, False, False, True), Fit(0, True, False, False, True),
        Fit(0, True, False, False, True, True))
_PAGE_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM


def story(ctx: Ctx, p: Participant, *, outline: bool = False,
          memo: dict[Hashable, float] | None = None,
          measure: LineMeasure | None = None) -> list[Flowable]:
    """The page of one participant's handout, shortened until it fits one A4 side.

    ``memo`` keeps the heights of the parts handouts share (a role's commitments, the top
    problems, the principles) from one participant's handout to the next.
    """
    memo = {} if memo is None else memo
    measure = LineMeasure({}) if measure is None else measure

    def fits(fit: Fit) -> bool:
        parts = _parts(ctx, p, fit, outline=outline)
        return _height(parts, memo, measure) <= _PAGE_HEIGHT * 0.97

    chosen = next((fit for fit in FITS if fits(fit)), None)
    if chosen is None:
        # More commitments of the role than a page holds (beyond the 12 a handout is made
        # for): as many as fit, the others counted, found by halving.
        low, high = 0, sum(1 for c in ctx.workshop.commitments if c.owner_role == p.role)
        while low < high:
            middle = (low + high + 1) // 2
            if fits(dataclasses.replace(FITS[-1], role_limit=middle)):
                low = middle
            else:
                high = middle - 1
        chosen = dataclasses.replace(FITS[-1], role_limit=low)
    return [f for _, part in _parts(ctx, p, chosen, outline=outline) for f in _flowables(part)]


def _height(parts: list[Part], memo: dict[Hashable, float],
            measure: LineMeasure) -> float:
    """The height the parts take in the page's frame, one after the other (a part with a
    key measured once)."""
    total = 0.0
    for key, part in parts:
        if key is not None and key in memo:
            total += memo[key]
            continue
        height = _measure(_flowables(part), measure)
        if key is not None:
            memo[key] = height
        total += height
    return total


def _measure(flowables: list[Flowable], measure: LineMeasure) -> float:
    canv = measure.canv
    total = 0.0
    flat: list[Flowable] = []
    for f in flowables:  # a KeepTogether says "too tall" whatever it holds: measure its content
        flat.extend(f._content if isinstance(f, KeepTogether) else [f])  # type: ignore[attr-defined]
    after = 0.0
    for f in flat:
        # the frame lets a space before overlap the space after the flowable above
        total += max(f.getSpaceBefore() - after, 0.0)
        after = f.getSpaceAfter()
        total += f.wrapOn(canv, CONTENT_WIDTH, _PAGE_HEIGHT)[1] + after
    return total


Part = tuple[Hashable, "list[Flowable] | Callable[[], list[Flowable]]"]


def _flowables(part: list[Flowable] | Callable[[], list[Flowable]]) -> list[Flowable]:
    return part() if callable(part) else part


def _parts(ctx: Ctx, p: Participant, fit: Fit, *, outline: bool) -> list[Part]:
    """The handout in parts, each with the key its height is remembered by (None: its own);
    a part whose height is remembered is made only when it is laid out (a callable)."""
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    name = ctx.names.name(p.id)
    role = ctx.name_of("role", p.role)
    out: list[Flowable] = [
        Paragraph(markup(tr("BESÖK TILLIT · {date}").format(date=ctx.date(w.date))), s.label),
        Spacer(1, 2 * mm),
    ]
    title = heading(plain(name, 200), name, 0, s.title) if outline else Paragraph(
        plain(name, 200), s.title)
    out.append(title)
    unit = ctx.names.unit(p.id)
    # one person: "Enhetschef", not the group's "Enhetschefer"
    out.append(Paragraph(plain(ctx.role_one(p.role)) + (f" · {plain(unit, 200)}" if unit else ""),
                         s.subtitle))
    if not fit.compact:
        out.append(Paragraph(markup(tr(
            "Thank you for taking part in the Besök Tillit day at {organisation}. Here is what "
            "the day means for you: your commitments, what the room found most important, and "
            "the principles we work by.").format(
                organisation=" ".join(w.organisation.split()))), s.lead))

    parts: list[Part] = [(None, out)]
    own = by_due_date(c for c in w.commitments if c.owner_participant_id == p.id)
    of_role = by_due_date(c for c in w.commitments
                          if c.owner_participant_id != p.id and c.owner_role == p.role)
    out.append(Paragraph(markup(tr("Your commitments")), s.h1))
    if own:
        for c in own:
            parts.append((("c", c.id, fit.own_details, fit.compact, fit.dense),
                          functools.partial(_commitment, ctx, c, fit)))
    else:
        out.append(empty(ctx, tr("You carry no commitment of your own from the day.")))
    if of_role:
        more: list[Flowable] = [Paragraph(markup(tr("Commitments of your role ({role})").format(
            role=in_sentence(role, ctx.lang))), s.h2)]
        parts.append((None, more))
        shown = of_role if fit.role_limit is None else of_role[:fit.role_limit]
        for c in shown:
            parts.append((("c", c.id, fit.role_details, fit.compact, fit.dense),
                          functools.partial(_commitment, ctx, c, fit, role=True)))
        if len(shown) < len(of_role):
            parts.append((None, [Paragraph(markup(tr(
                "And {n} more commitments of your role: see the summary.").format(
                    n=len(of_role) - len(shown))), s.small)]))

    ranked = top_problems(ctx, fit.top) if fit.top else []
    if ranked:
        problems: list[Flowable] = [
            Paragraph(markup(tr("The day's top problems")), s.h1),
            Paragraph(markup(tr("The problems that received the most votes.")), s.body)]
        for head, group, votes in ranked:
            problems.extend(problem_entry(ctx, head, group, votes, with_principles=False))
        parts.append((("problems", fit.top), problems))

    cards = ctx.cat.principles_for(w.long_term_card)
    principles: list[Flowable] = [Paragraph(markup(tr("The {n} principles in short").format(
        n=tr("seven") if len(cards) == 7 else tr("eight"))), s.h1)]
    if fit.dense:  # the names in one paragraph: "Tillit · Medborgarfokus · ..."
        principles.append(Paragraph(" · ".join(f"<b>{plain(card.name(ctx.lang))}</b>"
                                               for card in cards), s.body))
    for card in () if fit.dense else cards:
        name_markup = f"<b>{plain(card.name(ctx.lang))}</b> – "
        description = card.description(ctx.lang)
        if fit.short_principles:
            description = _one_line(card.name(ctx.lang) + " – ", description, s.bullet)
        principles.append(Paragraph(name_markup + plain(description), s.bullet,
                                    bulletText="•"))
    principles.append(Spacer(1, 4 * mm))
    if w.follow_up_date:
        text = tr("We meet again on {date} to follow up the commitments.").format(
            date=ctx.date(w.follow_up_date))
    else:
        text = tr("The date of the follow-up will be sent out later.")
    closing = Paragraph(f"<b>{markup(ctx.name_of('phase', 'followup'))}:</b> {markup(text)}",
                        s.lead)
    # the closing line never stands alone on a page: it goes with the last principles
    parts.append((("principles", fit.short_principles, fit.dense),
                  [*principles[:-3], KeepTogether([*principles[-3:], closing])]))
    return parts


def _commitment(ctx: Ctx, c: Commitment, fit: Fit, *, role: bool = False) -> list[Flowable]:
    """A commitment on a handout: the summary's block, or its title and a small byline with
    its origins (``compact``), or its title and one line (``dense``)."""
    details = fit.role_details if role else fit.own_details
    if not fit.compact:
        return commitment_block(ctx, c, show_status=False, details=details)
    s, tr = ctx.styles, ctx.tr
    out: list[Flowable] = [*paragraphs(c.what, s.cell_bold)]
    byline = f"{tr('Who')}: {ctx.owner(c)} · {tr('By when')}: " + (
        ctx.date(c.due_date) or tr("no date"))
    if fit.dense:  # where it came from, on the same line, shortened to the line
        lines = origins(ctx, c)
        line = byline + (" · " + lines[0] if lines else "")
        out.append(text_paragraph(_one_line("", line, s.small, s.small.fontName), s.small))
    else:
        out.append(text_paragraph(byline, s.small))
        out.extend(text_paragraph(line, s.principles) for line in origins(ctx, c))
    out.append(Spacer(1, 1.5 * mm))
    return [KeepTogether(out)]


def _one_line(lead: str, text: str, style: ParagraphStyle, font: str = BOLD) -> str:
    """``text`` shortened with an ellipsis so that ``lead`` and it fill one line of ``style``
    (measured in ``font``: the principles' bold name sets the safe width)."""
    return _shortened(lead, text, CONTENT_WIDTH - style.leftIndent - 4, style.fontSize, font)


@functools.lru_cache(maxsize=1024)
def _shortened(lead: str, text: str, room: float, size: float, font: str) -> str:
    text = " ".join(text.split())
    if stringWidth(lead + text, font, size) <= room:
        return text
    words = text.split()
    while words and stringWidth(lead + " ".join(words) + "…", font, size) > room:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def _meta(ctx: Ctx, who: str) -> DocMeta:
    tr = ctx.tr
    title = tr("Besök Tillit – handout") + f": {who}"
    subject = tr("Handout from the Besök Tillit day on {date}").format(
        date=ctx.date(ctx.workshop.date))
    return ctx.meta(tr("Handout"), title, subject)


def _combined(ctx: Ctx, measure: LineMeasure) -> list[Flowable]:
    """Every participant's handout, one after the other, each a group of its own pages."""
    out: list[Flowable] = []
    memo: dict[Hashable, float] = {}
    for i, p in enumerate(ctx.workshop.participants, start=1):
        out += [GroupStart(i), *story(ctx, p, outline=True, memo=memo, measure=measure),
                PageBreak()]
    return out[:-1]


def render_all(ctx: Ctx, progress: Progress | None = None,
               cancel: Cancel | None = None) -> dict[str, bytes]:
    """Every handout and the combined file, by file name, in roster order.

    The handouts are laid out once, one after the other, as the combined
    file; each participant's file is then cut from it by its pages, so the
    two are the same pages. ``progress(done, total)`` is called as each
    handout is laid out and when all files are made; when ``cancel()``
    returns true, ``ExportCancelled`` is raised before the next handout.
    """
    participants = ctx.workshop.participants
    total = len(participants) + 1
    width = max(2, len(str(len(participants))))

    def next_handout(group: int) -> None:
        if group > 1 and progress is not None:
            progress(group - 1, total)
        if cancel is not None and cancel():
            raise ExportCancelled

    if cancel is not None and cancel():
        raise ExportCancelled
    who = ctx.tr("all participants")
    # The story is not kept here: laid out, its flowables are let go before the cutting.
    # the lines broken while the handouts were fitted to their page are the build's too
    measure = LineMeasure({})
    data, page_groups = build_grouped_pdf(_combined(ctx, measure) or [empty(ctx)],
                                          _meta(ctx, who), on_group=next_handout,
                                          lines=measure._tw_lines)
    if participants and progress is not None:
        progress(len(participants), total)
    if cancel is not None and cancel():
        raise ExportCancelled
    counts = Counter(page_groups)
    names = [ctx.names.name(p.id) for p in participants]
    singles = split_pdf(data, [counts[i] for i in range(1, len(participants) + 1)],
                        [_meta(ctx, name).title for name in names]) if participants else []
    combined_name = safe_file_name(ctx.tr("all-participants"), "all-participants",
                                   ascii_only=True)
    files = {f"00-{combined_name}.pdf": data}
    for i, (name, single) in enumerate(zip(names, singles, strict=True), start=1):
        files[f"{i:0{width}d}-{safe_file_name(name, 'participant', ascii_only=True)}.pdf"] = single
    if progress is not None:
        progress(total, total)
    return dict(sorted(files.items()))
