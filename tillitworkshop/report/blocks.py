"""Pieces shared by the exports: the context of one export, lists, commitments, top problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..content import Catalogue, catalogue
from ..domain import Commitment, Note, Workshop
from . import layout
from .dates import long_date, parse_date
from .fonts import REGULAR
from .layout import DocMeta, Styles
from .markup import markup
from .paragraph import Paragraph
from .pseudonyms import Names
from .strings import Translator
from .text import labelled, paragraphs, text_paragraph

CONTENT_WIDTH = A4[0] - 2 * layout.MARGIN_X


@dataclass
class Ctx:
    """Everything one export needs: the session, the language, the strings and the styles."""

    workshop: Workshop
    lang: str
    tr: Translator
    today: dt.date = field(default_factory=dt.date.today)
    cat: Catalogue = field(default_factory=catalogue)
    styles: Styles = field(default_factory=Styles)

    def __post_init__(self) -> None:
        self.names = Names(self.workshop, self.cat, self.lang)

    def name_of(self, kind: str, key: str | None) -> str:
        """A catalogue name for ``key`` ("" for none; the key itself if the catalogue lacks it)."""
        if not key:
            return ""
        try:
            return getattr(self.cat, kind)(key).name(self.lang)
        except KeyError:
            return key

    def date(self, value: str | dt.date | None) -> str:
        return long_date(value, self.lang)

    def header(self) -> str:
        parts = [self.workshop.organisation, self.date(self.workshop.date)]
        return " · ".join(" ".join(p.split()) for p in parts if p)

    def meta(self, kind: str, title: str, subject: str) -> DocMeta:
        author = ", ".join(self.workshop.facilitators) or self.workshop.organisation
        return DocMeta(title=title, author=author, subject=subject, lang=self.lang,
                       header=self.header(), kind=kind, tr=self.tr)

    def owner(self, c: Commitment) -> str:
        """Who carries a commitment: the person (or pseudonym) and the chain role."""
        person = self.names.name(c.owner_participant_id)
        role = self.name_of("role", c.owner_role)
        if person and role:
            return f"{person} ({role.lower() if self.lang == 'sv' else role})"
        return person or role or self.tr("not decided")


def bullets(items: Iterable[str], style: ParagraphStyle, *, bullet: str = "•") -> list[Flowable]:
    """One bulleted entry per user text (each escaped and split when long)."""
    out: list[Flowable] = []
    for text in items:
        parts = paragraphs(text, style)
        parts[0].bulletText = bullet
        out.extend(parts)
    return out


def empty(ctx: Ctx, what: str | None = None) -> Paragraph:
    return Paragraph(markup(what or ctx.tr("Nothing was recorded.")), ctx.styles.small)


def table(rows: Sequence[list[Any] | tuple[Any, ...]], widths: Sequence[float], *,
          head_rows: int = 1, zebra: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table with a navy header row repeated on every page and calm zebra rows."""
    t = Table(list(rows), colWidths=list(widths), repeatRows=head_rows, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),  # reportlab's cells default to Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, head_rows), (-1, -1), 0.4, layout.RULE),
    ]
    if head_rows:
        style.append(("BACKGROUND", (0, 0), (-1, head_rows - 1), layout.NAVY))
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, head_rows), (-1, -1), ["#ffffff", layout.PALE]))
    t.setStyle(TableStyle(style + list(extra)))
    return t


def top_problems(ctx: Ctx, limit: int | None = None) -> list[tuple[Note, list[Note], int]]:
    """The problems with the votes of their group: (head, grouped members, votes), most first."""
    problems = ctx.workshop.notes_in("problems", "problem")
    ids = {n.id for n in problems}
    members: dict[str, list[Note]] = {}
    for n in problems:
        if n.group_id and n.group_id in ids and n.group_id != n.id:
            members.setdefault(n.group_id, []).append(n)
    heads = [n for n in problems if not (n.group_id and n.group_id in ids and n.group_id != n.id)]
    ranked = [(h, members.get(h.id, []), h.votes + sum(m.votes for m in members.get(h.id, [])))
              for h in heads]
    ranked.sort(key=lambda item: -item[2])  # stable: ties keep the board's order
    return ranked[:limit] if limit is not None else ranked


def problem_entry(ctx: Ctx, head: Note, group: list[Note], votes: int, *,
                  with_principles: bool = True) -> list[Flowable]:
    """A problem with its votes and principles, the problems grouped under it indented."""
    s = ctx.styles
    tr = ctx.tr
    votes_text = tr("1 vote") if votes == 1 else tr("{n} votes").format(n=votes)
    tail = [votes_text]
    if head.chain_link:
        tail.append(ctx.name_of("role", head.chain_link))
    first = paragraphs(f'{(head.text or "").strip()} ({" · ".join(tail)})', s.bullet)
    first[0].bulletText = "•"
    out: list[Flowable] = [*first]
    for m in group:
        out.extend(paragraphs(f"– {(m.text or '').strip()}", s.sub_bullet))
    principles = [ctx.name_of("principle", k) for k in head.principles]
    if with_principles and principles:
        out.append(text_paragraph(f'{tr("Principles that answer it:")} {", ".join(principles)}',
                                  s.sub_principles))
    return out


def commitment_block(ctx: Ctx, c: Commitment, *, show_status: bool = True,
                     outline_level: int | None = None, late: str = "",
                     after: Sequence[Flowable] = (), with_insights: bool = False,
                     ) -> list[Flowable]:
    """One commitment: what in bold, then who, when, first step, indicator and status
    (and, ``with_insights``, the insights on building trust it draws on).

    With ``outline_level`` its title is also an outline entry; ``late`` is
    trusted markup shown under the title; ``after`` follows the block.
    """
    s = ctx.styles
    tr = ctx.tr
    title = paragraphs(c.what, s.h3)
    if outline_level is not None:
        title[0]._tw_outline = (" ".join(c.what.split())[:80], outline_level)
    out: list[Flowable] = [*title]
    if late:
        out.append(Paragraph(late, s.body))
    rows = [(tr("Who"), ctx.owner(c)), (tr("By when"), ctx.date(c.due_date) or tr("no date"))]
    if show_status:
        rows.append((tr("Status"), status_name(ctx, c.status)))
    # A muted byline under the title, one run of text (see Styles.body_labelled for why).
    out.append(text_paragraph(" · ".join(f"{k}: {v}" for k, v in rows), s.byline))
    for label, value in ((tr("First step"), c.first_step), (tr("How we will know"), c.indicator)):
        if value.strip():
            out.extend(labelled(f"{label}:", value, s.body_labelled))
    linked = [ctx.name_of("principle", k) for k in c.principles]
    if linked:
        out.append(text_paragraph(f"{tr('Principles')}: {', '.join(linked)}", s.principles))
    insights = [ctx.name_of("insight", k) for k in c.insights] if with_insights else []
    if insights:  # the summary's: the insights on building trust the commitment draws on
        out.append(text_paragraph(f"{tr('Insights on building trust')}: {'; '.join(insights)}",
                                  s.principles))
    out.extend(after)
    out.append(Spacer(1, 4 * mm))
    return [KeepTogether(out)] if len(out) < 16 else out


STATUS_NAMES = {"planned": "Planned", "started": "Started", "done": "Done", "dropped": "Dropped"}


def status_name(ctx: Ctx, status: str) -> str:
    return ctx.tr(STATUS_NAMES.get(status, status))


def by_due_date(commitments: Iterable[Commitment]) -> list[Commitment]:
    """Commitments by due date, undated last, otherwise in the order of the day."""
    return sorted(commitments, key=lambda c: (parse_date(c.due_date) is None,
                                              c.due_date or "", c.position))
