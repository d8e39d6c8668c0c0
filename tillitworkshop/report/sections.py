"""The summary's middle: the chain walk-through, the principle cards and the problem map."""

from __future__ import annotations

from statistics import mean

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from . import charts, summary_data
from .blocks import CONTENT_WIDTH, Ctx, bullets, empty, problem_entry, top_problems
from .layout import heading
from .markup import markup
from .paragraph import Paragraph
from .summary_data import CHAIN_KINDS
from .text import labelled, plain


def section(ctx: Ctx, title: str) -> list[Flowable]:
    return [CondPageBreak(70 * mm), heading(markup(title), title, 0, ctx.styles.h1)]


def chain(ctx: Ctx) -> list[Flowable]:
    """Link by link, what each receives, creates, is hindered by and needs; then the relationships."""
    s, tr = ctx.styles, ctx.tr
    out = section(ctx, ctx.name_of("phase", "chain"))
    out.append(Paragraph(markup(tr(
        "The chain was walked link by link: the governance signals each link receives, what "
        "creates value, what hinders, and what it needs from the link above.")), s.lead))
    by_link = summary_data.chain_by_link(ctx)
    for link, notes in by_link:
        title = ctx.name_of("role", link) if link else tr("The chain as a whole")
        out.append(heading(plain(title), title, 1, s.h2))
        for kind in CHAIN_KINDS:
            items = [n for n in notes if n.kind == kind]
            if not items:
                continue
            out.append(Paragraph(plain(ctx.name_of("note_kind", kind)), s.h3))
            for n in items:
                if kind == "signal" and n.signal:  # "• Ledarskap: text", the label in bold
                    label = " ".join(ctx.name_of("signal", n.signal).split())
                    out.extend(labelled(f"•  {label}:", n.text, s.bullet_labelled))
                else:
                    out.extend(bullets([n.text], s.bullet))
    if not by_link:
        out.append(empty(ctx))
    out.extend(relationships(ctx))
    return out


def relationships(ctx: Ctx) -> list[Flowable]:
    s, tr = ctx.styles, ctx.tr
    title = tr("Relationships for trust")
    out: list[Flowable] = [Spacer(1, 2 * mm), heading(markup(title), title, 1, s.h2)]
    out.append(Paragraph(markup(tr(
        "How strong trust is in each of the five relationships, as the room judged it "
        "(1 = weak, 5 = strong), and what was said about them.")), s.body))
    marked, unplaced = summary_data.relationship_rows(ctx)
    for rel, value, notes in marked:
        dots = ""
        if value is not None:
            dots = (f'  <font color="tw-teal">{"●" * value}</font><font color="tw-faint">'
                    f'{"●" * (5 - value)}</font> <font size="8" color="tw-muted">{value}/5</font>')
        out.append(Paragraph(plain(rel.name(ctx.lang)) + dots, s.h3))
        out.extend(bullets(notes, s.bullet))
    if unplaced:
        out.append(Paragraph(markup(tr("Other notes on relationships")), s.h3))
        out.extend(bullets(unplaced, s.bullet))
    return out


def principles(ctx: Ctx) -> list[Flowable]:
    """The gap heat map, then each principle with its description, average and reflections."""
    w, s, tr = ctx.workshop, ctx.styles, ctx.tr
    out = section(ctx, ctx.name_of("phase", "principles"))
    cards = ctx.cat.principles_for(w.long_term_card)
    roles, means = summary_data.rating_means(ctx)
    if roles:
        out.append(Paragraph(markup(tr(
            "Where are we today? Each chain level's average rating, 1 (not at all) to 5 "
            "(fully), per principle. Where the levels differ, they see the same organisation "
            "differently, and that is worth a conversation.")), s.lead))
        out.append(charts.heat_map([ctx.name_of("role", r) for r in roles],
                                   [p.name(ctx.lang) for p in cards], means, ctx.lang, tr,
                                   CONTENT_WIDTH))
        out.append(charts.legend(tr, ctx.lang, CONTENT_WIDTH))
    else:
        out.append(empty(ctx, tr("No ratings were recorded.")))
    notes = w.notes_in("principles")
    for card in cards:
        name = card.name(ctx.lang)
        out.append(heading(plain(name), name, 1, s.h2))
        out.append(Paragraph(plain(card.description(ctx.lang)), s.quote))
        values = [r.value for r in w.ratings if r.principle == card.key]
        if values:
            avg = charts.number(mean(values), ctx.lang)
            out.append(Paragraph(markup(tr("Average rating {avg} ({n} ratings)").format(
                avg=avg, n=len(values))), s.small))
        for kind, label in (("reflection", tr("Reflections")), ("example", tr("Examples"))):
            items = [n.text for n in notes if n.principle == card.key and n.kind == kind]
            if items:
                out.append(Paragraph(markup(label), s.h3))
                out.extend(bullets(items, s.bullet))
    return out


def problems(ctx: Ctx) -> list[Flowable]:
    """The count table obstacle × chain link, then the problems by obstacle, by votes."""
    s, tr = ctx.styles, ctx.tr
    out = section(ctx, ctx.name_of("phase", "problems"))
    ranked = top_problems(ctx)
    if not ranked:
        return out + [empty(ctx)]
    grid = summary_data.problem_grid(ctx)
    rows, cols, counts = grid.obstacles, grid.links, grid.counts
    out.append(Paragraph(markup(tr(
        "Every problem the room raised, placed on one of the six obstacles that hinder the good "
        "meeting and on the link of the chain where it arises.")), s.lead))
    out.append(charts.problem_map(
        [ctx.name_of("obstacle", o) if o else tr("No obstacle") for o in rows],
        [ctx.name_of("role", c) if c else tr("No link") for c in cols], counts, tr,
        CONTENT_WIDTH))
    out.append(Paragraph(markup(tr(
        "Below, the problems under each obstacle, the most votes first; problems grouped "
        "together on the board are shown under the first one.")), s.body))
    for obstacle in rows:
        entries = [e for e in ranked if (e[0].obstacle or "") == obstacle]
        if not entries:
            continue
        title = ctx.name_of("obstacle", obstacle) if obstacle else tr("Problems without an obstacle")
        out.append(heading(plain(title), title, 1, s.h2))
        for head, group, votes in entries:
            out.extend(problem_entry(ctx, head, group, votes))
    return out
