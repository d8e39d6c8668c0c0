"""One handout per participant, and one combined file for printing them all.

Each handout: the participant's name (or pseudonym), their own commitments
and those of their chain role, the day's top problems, the seven principles
in short, and the follow-up date.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ..domain import Participant
from ..store.names import safe_file_name
from .blocks import Ctx, by_due_date, commitment_block, empty, problem_entry, top_problems
from .layout import DocMeta, GroupStart, build_grouped_pdf, heading
from .markup import markup
from .output import Cancel, ExportCancelled, Progress
from .paragraph import Paragraph
from .pdfsplit import split_pdf
from .text import plain

TOP_PROBLEMS = 5

def story(ctx: Ctx, p: Participant, *, outline: bool = False) -> list[Flowable]:
    """The pages of one participant's handout."""
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
    out.append(Paragraph(plain(role) + (f" · {plain(unit, 200)}" if unit else ""), s.subtitle))
    out.append(Paragraph(markup(tr(
        "Thank you for taking part in the Besök Tillit day at {organisation}. Here is what "
        "the day means for you: your commitments, what the room found most important, and the "
        "principles we work by.").format(organisation=" ".join(w.organisation.split()))), s.lead))

    own = by_due_date(c for c in w.commitments if c.owner_participant_id == p.id)
    of_role = by_due_date(c for c in w.commitments
                          if c.owner_participant_id != p.id and c.owner_role == p.role)
    out.append(Paragraph(markup(tr("Your commitments")), s.h1))
    if own:
        for c in own:
            out.extend(commitment_block(ctx, c, show_status=False))
    else:
        out.append(empty(ctx, tr("You carry no commitment of your own from the day.")))
    if of_role:
        out.append(Paragraph(markup(tr("Commitments of your role ({role})").format(
            role=role.lower() if ctx.lang == "sv" else role)),
                             s.h2))
        for c in of_role:
            out.extend(commitment_block(ctx, c, show_status=False))

    out.append(CondPageBreak(50 * mm))
    out.append(Paragraph(markup(tr("The day's top problems")), s.h1))
    ranked = top_problems(ctx, TOP_PROBLEMS)
    if ranked:
        out.append(Paragraph(markup(tr("The problems that received the most votes.")), s.body))
        for head, group, votes in ranked:
            out.extend(problem_entry(ctx, head, group, votes, with_principles=False))
    else:
        out.append(empty(ctx))

    out.append(CondPageBreak(70 * mm))
    cards = ctx.cat.principles_for(w.long_term_card)
    out.append(Paragraph(markup(tr("The {n} principles in short").format(
        n=tr("seven") if len(cards) == 7 else tr("eight"))), s.h1))
    for card in cards:
        out.append(Paragraph(f"<b>{plain(card.name(ctx.lang))}</b> – "
                             f"{plain(card.description(ctx.lang))}", s.bullet, bulletText="•"))
    out.append(Spacer(1, 4 * mm))
    if w.follow_up_date:
        text = tr("We meet again on {date} to follow up the commitments.").format(
            date=ctx.date(w.follow_up_date))
    else:
        text = tr("The date of the follow-up will be sent out later.")
    out.append(Paragraph(f"<b>{markup(ctx.name_of('phase', 'followup'))}:</b> {markup(text)}",
                         s.lead))
    return out


def _meta(ctx: Ctx, who: str) -> DocMeta:
    tr = ctx.tr
    title = tr("Besök Tillit – handout") + f": {who}"
    subject = tr("Handout from the Besök Tillit day on {date}").format(
        date=ctx.date(ctx.workshop.date))
    return ctx.meta(tr("Handout"), title, subject)


def _combined(ctx: Ctx) -> list[Flowable]:
    """Every participant's handout, one after the other, each a group of its own pages."""
    out: list[Flowable] = []
    for i, p in enumerate(ctx.workshop.participants, start=1):
        out += [GroupStart(i), *story(ctx, p, outline=True), PageBreak()]
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
    data, page_groups = build_grouped_pdf(_combined(ctx) or [empty(ctx)], _meta(ctx, who),
                                          on_group=next_handout)
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
