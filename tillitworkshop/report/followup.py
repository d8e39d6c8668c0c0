"""The follow-up report: where each commitment stands now, compared with the day.

A commitment is late when its date has passed and it is neither done nor
dropped. "On the day" is the status it had on the date of the workshop
(normally "planned"); "now" is its latest status.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain import Commitment, StatusChange
from ..domain.model import STATUSES
from .blocks import (
    CONTENT_WIDTH,
    Ctx,
    bullets,
    by_due_date,
    commitment_block,
    empty,
    status_name,
    table,
)
from .dates import parse_date
from .layout import build_pdf
from .markup import markup
from .paragraph import Paragraph
from .sections import section
from .summary import facts
from .text import paragraphs, plain

LATE = "tw-late"  # layout.MARKUP_COLOURS


def is_late(c: Commitment, today: dt.date) -> bool:
    due = parse_date(c.due_date)
    return due is not None and due < today and c.status not in ("done", "dropped")


def status_on(c: Commitment, day: dt.date | None) -> str:
    """The status the commitment had on ``day`` (its first status if it had none yet)."""
    status = "planned"
    for change in c.history:
        when = parse_date(change.date)
        if day is not None and when is not None and when > day:
            break
        status = change.status
    return status


def render(ctx: Ctx) -> bytes:
    """The follow-up report PDF of ``ctx.workshop`` as of ``ctx.today``."""
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        Paragraph(markup(tr("BESÖK TILLIT · FOLLOW-UP")), s.label),
        Spacer(1, 3 * mm),
        Paragraph(plain(w.organisation, 200), s.title),
        Paragraph(markup(tr("Follow-up of the commitments from the dialogue day, {date}").format(
            date=ctx.date(w.date))), s.subtitle),
        *facts(ctx),
        Paragraph(markup(tr("Status as of {date}.").format(date=ctx.date(ctx.today))), s.small),
    ]
    story += overview(ctx)
    story += details(ctx)
    notes = [n.text for n in w.notes_in("followup")]
    if notes:
        story += section(ctx, tr("Notes from the follow-up"))
        story += bullets(notes, s.bullet)
    title = tr("Besök Tillit – follow-up") + f": {w.organisation}"
    subject = tr("Follow-up of the commitments from the Besök Tillit day on {date}").format(
        date=ctx.date(w.date))
    return build_pdf(story, ctx.meta(tr("Follow-up"), title, subject))


def overview(ctx: Ctx) -> list[Flowable]:
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    out = section(ctx, tr("Overview"))
    items = by_due_date(w.commitments)
    if not items:
        return out + [empty(ctx, tr("No commitments were made on the day."))]
    day = parse_date(w.date)
    late = [c for c in items if is_late(c, ctx.today)]
    done = [c for c in items if c.status == "done"]
    out.append(Paragraph(markup(tr(
        "{done} of {n} commitments are done. Late: {late}.").format(
        done=len(done), n=len(items), late=len(late))), s.lead))
    head = [tr("Status"), tr("On the day"), tr("Now")]
    rows = [[Paragraph(markup(h), s.cell_head) for h in head]]
    for status in STATUSES:
        then = sum(1 for c in items if status_on(c, day) == status)
        now = sum(1 for c in items if c.status == status)
        rows.append([Paragraph(markup(status_name(ctx, status)), s.cell),
                     Paragraph(str(then), s.cell), Paragraph(str(now), s.cell)])
    rows.append([Paragraph(f'<font color="{LATE}"><b>{markup(tr("Late"))}</b></font>',
                           s.cell), Paragraph("0", s.cell), Paragraph(str(len(late)), s.cell_bold)])
    out.append(table(rows, [50 * mm, 30 * mm, 30 * mm]))
    out.append(Spacer(1, 5 * mm))
    head = [tr("Commitment"), tr("Who"), tr("By when"), tr("Status")]
    rows = [[Paragraph(markup(h), s.cell_head) for h in head]]
    for c in items:
        status = markup(status_name(ctx, c.status))
        if is_late(c, ctx.today):
            status += f'<br/><font color="{LATE}"><b>{markup(tr("Late"))}</b></font>'
        rows.append([Paragraph(plain(c.what, 220), s.cell), Paragraph(plain(ctx.owner(c), 120),
                     s.cell), Paragraph(markup(ctx.date(c.due_date) or "–"), s.cell),
                     Paragraph(status, s.cell)])
    out.append(table(rows, [CONTENT_WIDTH - 92 * mm, 38 * mm, 30 * mm, 24 * mm]))
    return out


def details(ctx: Ctx) -> list[Flowable]:
    s, tr = ctx.styles, ctx.tr
    out = section(ctx, tr("Each commitment"))
    for c in by_due_date(ctx.workshop.commitments):
        late = ""
        due = parse_date(c.due_date)
        if due is not None and is_late(c, ctx.today):
            days = (ctx.today - due).days
            late = (f'<font color="{LATE}"><b>{markup(tr("Late"))}</b> – '
                    f'{markup(tr("{days} days overdue").format(days=days))}</font>')
        past = [Spacer(1, 1 * mm), Paragraph(markup(tr("History")), s.label),
                *(history(ctx, c.history) or [empty(ctx)])]
        out.extend(commitment_block(ctx, c, outline_level=1, late=late, after=past))
    return out


def history(ctx: Ctx, changes: list[StatusChange]) -> list[Flowable]:
    """Each status change: date and status, then its note."""
    s = ctx.styles
    out: list[Flowable] = []
    for change in changes:
        head = f"<b>{markup(ctx.date(change.date))}</b> · {markup(status_name(ctx, change.status))}"
        if change.note.strip():
            parts = paragraphs(change.note, s.bullet, prefix=head + ": ")
        else:
            parts = [Paragraph(head, s.bullet)]
        parts[0].bulletText = "–"
        out.extend(parts)
    return out
