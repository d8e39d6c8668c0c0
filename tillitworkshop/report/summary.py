"""The summary for the organisation: the whole day, section by section."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from . import sections, summary_data
from .blocks import CONTENT_WIDTH, Ctx, bullets, by_due_date, commitment_block, empty, table
from .layout import build_pdf, heading
from .markup import markup
from .paragraph import Paragraph
from .text import paragraphs, plain


def story(ctx: Ctx) -> list[Flowable]:
    """The summary's flowables, section by section."""
    return [*cover(ctx), *agenda(ctx), *good_meeting(ctx), *sections.chain(ctx),
            *sections.principles(ctx), *sections.problems(ctx), *commitments(ctx),
            *closing(ctx)]


def render(ctx: Ctx) -> bytes:
    """The summary PDF of ``ctx.workshop``."""
    tr = ctx.tr
    title = tr("Besök Tillit – summary") + f": {ctx.workshop.organisation}"
    subject = tr("Summary of the Besök Tillit day on {date}").format(
        date=ctx.date(ctx.workshop.date))
    return build_pdf(story(ctx), ctx.meta(tr("Summary"), title, subject))


def facts(ctx: Ctx) -> list[Flowable]:
    """Sector, date, place, facilitators and follow-up as a quiet two-column list."""
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    rows = [
        (tr("Sector"), ctx.name_of("sector", w.sector)),
        (tr("Date"), ctx.date(w.date)),
        (tr("Place"), w.place),
        (tr("Facilitators"), ", ".join(w.facilitators)),
        (tr("Follow-up"), ctx.date(w.follow_up_date)),
    ]
    data = [[Paragraph(markup(k), s.label), Paragraph(plain(v, 400), s.body)]
            for k, v in rows if v]
    return [table(data, [32 * mm, CONTENT_WIDTH - 32 * mm], head_rows=0, zebra=False,
                  extra=[("LINEBELOW", (0, 0), (-1, -1), 0.4, "#d5dbe3")])]


def cover(ctx: Ctx) -> list[Flowable]:
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    out: list[Flowable] = [
        Spacer(1, 18 * mm),
        Paragraph(markup(tr("BESÖK TILLIT · SOU 2018:47")), s.label),
        Spacer(1, 3 * mm),
        Paragraph(plain(w.organisation, 200), s.title),
        Paragraph(markup(tr("Summary of the dialogue day, {date}").format(date=ctx.date(w.date))),
                  s.subtitle),
        *facts(ctx),
    ]
    purpose = [n.text for n in w.notes_in("preparation")]
    if purpose:
        out.append(Paragraph(markup(tr("Purpose of the day")), s.h2))
        for text in purpose:
            out.extend(paragraphs(text, s.lead))
    title = tr("Participants")
    out.append(heading(markup(title), title, 0, s.h2))
    rows = [[Paragraph(markup(tr("Chain role")), s.cell_head),
             Paragraph(markup(tr("Participants")), s.cell_head)]]
    for role, members in summary_data.participants_by_role(ctx):
        people = []
        for p in members:
            unit = ctx.names.unit(p.id)
            people.append(f"<b>{plain(ctx.names.name(p.id), 200)}</b>"
                          + (f' <font color="tw-muted">– {plain(unit, 200)}</font>' if unit else ""))
        rows.append([Paragraph(plain(ctx.name_of("role", role)), s.cell_bold),
                     Paragraph("<br/>".join(people), s.cell)])
    out.append(table(rows, [45 * mm, CONTENT_WIDTH - 45 * mm]))
    if any(not p.consent for p in w.participants):
        out.append(Paragraph(markup(tr(
            "Participants who did not agree to be named are shown by their role and a number.")),
            s.small))
    out.append(PageBreak())
    return out


def agenda(ctx: Ctx) -> list[Flowable]:
    """The programme as planned and as it ran."""
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    out = sections.section(ctx, tr("The day's programme"))
    if not w.agenda:
        return out + [empty(ctx)]
    out.append(Paragraph(markup(tr(
        "Each item of the programme with its planned time box and the time it actually took."
        )), s.body))
    head = [tr("Item"), tr("Planned"), tr("Ran"), tr("Took"), tr("Difference")]
    rows = [[Paragraph(markup(h), s.cell_head) for h in head]]
    muted = []
    for i, item in enumerate(summary_data.agenda_rows(ctx), start=1):
        took, ran, diff = item.took, item.ran, item.diff
        title = plain(item.title, 300)
        if item.phase is None:
            muted.append(i)
            title = f"<i>{title}</i>"
        elif item.phase:
            title += f'<br/><font size="7.5" color="tw-muted">{plain(ctx.name_of("phase", item.phase))}</font>'
        rows.append([Paragraph(title, s.cell), Paragraph(f"{item.minutes} min", s.cell),
                     Paragraph(ran or "–", s.cell),
                     Paragraph("–" if took is None else f"{took} min", s.cell),
                     Paragraph(diff or "–", s.cell)])
    planned = sum(i.minutes for i in w.agenda)
    rows.append([Paragraph(markup(tr("Whole day")), s.cell_bold),
                 Paragraph(f"{planned} min", s.cell_bold), Paragraph("", s.cell),
                 Paragraph("", s.cell), Paragraph("", s.cell)])
    extra = [("TEXTCOLOR", (0, r), (-1, r), "#5b6573") for r in muted]
    widths = [CONTENT_WIDTH - 100 * mm, 22 * mm, 28 * mm, 22 * mm, 28 * mm]
    out.append(table(rows, widths, extra=extra))
    return out


def good_meeting(ctx: Ctx) -> list[Flowable]:
    s, tr = ctx.styles, ctx.tr
    out = sections.section(ctx, ctx.name_of("phase", "good_meeting"))
    out.append(Paragraph(markup(tr(
        "The day began with the meeting between citizen and employee that everything else is "
        "there to serve: what creates value in it, and what hinders it?")), s.lead))
    for kind in ("value", "hinder"):
        items = [n.text for n in ctx.workshop.notes_in("good_meeting", kind)]
        out.append(Paragraph(plain(ctx.name_of("note_kind", kind)), s.h2))
        out.extend(bullets(items, s.bullet) or [empty(ctx)])
    return out


def commitments(ctx: Ctx) -> list[Flowable]:
    s, tr = ctx.styles, ctx.tr
    out = sections.section(ctx, ctx.name_of("phase", "commitments"))
    items = by_due_date(ctx.workshop.commitments)
    if not items:
        return out + [empty(ctx)]
    out.append(Paragraph(markup(tr(
        "What will be done, by whom and by when: {n} commitments, the earliest first.").format(
        n=len(items))), s.lead))
    for c in items:
        out.extend(commitment_block(ctx, c, with_insights=True))
    notes = [n.text for n in ctx.workshop.notes_in("commitments")]
    if notes:
        out.append(Paragraph(markup(tr("Notes")), s.h3))
        out.extend(bullets(notes, s.bullet))
    return out


def closing(ctx: Ctx) -> list[Flowable]:
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    out = sections.section(ctx, tr("Insights and follow-up"))
    title = tr("Ten insights on building trust")
    out.append(heading(markup(title), title, 1, s.h2))
    out.append(Paragraph(markup(tr(
        "What matters when building trust, as summarised by the Trust Delegation's research "
        "director (Bringselius 2018, in SOU 2018:47): guidance for the road ahead.")), s.body))
    for i, insight in enumerate(ctx.cat.insights, start=1):
        out.append(Paragraph(plain(insight.name(ctx.lang)), s.bullet, bulletText=f"{i}."))
    notes = [n.text for n in w.notes_in("closing")]
    if notes:
        title = tr("From the closing round")
        out.append(heading(markup(title), title, 1, s.h2))
        out.extend(bullets(notes, s.bullet))
    title = ctx.name_of("phase", "followup")
    out.append(heading(plain(title), title, 1, s.h2))
    if w.follow_up_date:
        text = tr("We meet again on {date} to follow up the commitments.").format(
            date=ctx.date(w.follow_up_date))
    else:
        text = tr("No follow-up date has been set yet.")
    out.append(Paragraph(markup(text), s.lead))
    return out
