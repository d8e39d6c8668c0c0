"""What the summary says, as plain data: shared by the PDF (``summary``, ``sections``) and the
HTML summary (``html_summary``), so both show the same rows, counts and averages.

No reportlab here: each function takes the export's context (``blocks.Ctx``) for the session,
the catalogue and the language, and returns records and lists, never flowables.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import mean
from typing import TYPE_CHECKING

from ..content.model import Relationship
from ..domain import Note, Participant
from .dates import clock, minutes_between, minutes_of

if TYPE_CHECKING:
    from .blocks import Ctx

CHAIN_KINDS = ("signal", "value", "hinder", "need")


def participants_by_role(ctx: Ctx) -> list[tuple[str, list[Participant]]]:
    """The roster grouped by chain role, roles in the catalogue's order (unknown ones last)."""
    by_role: dict[str, list[Participant]] = defaultdict(list)
    for p in ctx.workshop.participants:
        by_role[p.role].append(p)
    known = [r.key for r in ctx.cat.roles]
    order = known + sorted(set(by_role) - set(known))
    return [(role, by_role[role]) for role in order if by_role.get(role)]


@dataclass(slots=True)
class AgendaRow:
    """One item of the programme as planned and as it ran."""

    title: str
    phase: str | None  # None for a break
    minutes: int
    ran: str  # "09:04–09:40", "" when the timer never ran
    took: int | None  # whole minutes, None when unknown
    diff: str  # "+6 min", "±0 min", "−3 min" or ""


def agenda_rows(ctx: Ctx) -> list[AgendaRow]:
    rows = []
    for item in ctx.workshop.agenda:
        took = minutes_between(item.started_at, item.ended_at)
        if took is None and item.elapsed_seconds:
            took = minutes_of(item.elapsed_seconds)
        ran = "–".join(t for t in (clock(item.started_at), clock(item.ended_at)) if t)
        diff = "" if took is None else f"{took - item.minutes:+d} min".replace("+0 ", "±0 ")
        rows.append(AgendaRow(item.title, item.phase, item.minutes, ran, took,
                              diff.replace("-", "−")))
    return rows


def chain_by_link(ctx: Ctx) -> list[tuple[str, list[Note]]]:
    """The chain's notes per link in the chain's order; "" (the chain as a whole) last."""
    notes = [n for n in ctx.workshop.notes_in("chain") if n.kind in CHAIN_KINDS]
    by_link: dict[str, list[Note]] = defaultdict(list)
    for n in notes:
        by_link[n.chain_link or ""].append(n)
    links = [r.key for r in ctx.cat.chain_links()]
    links += [k for k in by_link if k and k not in links] + ([""] if "" in by_link else [])
    return [(link, by_link[link]) for link in links if link in by_link]


def relationship_rows(ctx: Ctx) -> tuple[list[tuple[Relationship, int | None, list[str]]],
                                         list[str]]:
    """Each relationship with a mark or notes: (relationship, strength 1–5 or None, notes);
    and the relationship notes placed on none."""
    w = ctx.workshop
    strength = {m.relationship: m.strength for m in w.relationship_marks}
    notes: dict[str, list[str]] = defaultdict(list)
    for n in w.notes_in("chain", "relationship"):
        notes[n.relationship or ""].append(n.text)
    rows = [(rel, strength.get(rel.key), notes[rel.key]) for rel in ctx.cat.relationships
            if strength.get(rel.key) is not None or notes[rel.key]]
    return rows, notes[""]


def rating_means(ctx: Ctx) -> tuple[list[str], list[list[float | None]]]:
    """The roles that rated, in chain order, and their average per principle."""
    roles, cells = rating_values(ctx)
    return roles, [[mean(v) if v else None for v in row] for row in cells]


def rating_values(ctx: Ctx) -> tuple[list[str], list[list[list[int]]]]:
    """The roles that rated, in chain order, and their ratings per principle (the cards'
    order)."""
    w = ctx.workshop
    principles = [p.key for p in ctx.cat.principles_for(w.long_term_card)]
    values: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in w.ratings:
        p = w.participant(r.participant_id)
        role = r.role or (p.role if p else None)
        if role:
            values[(role, r.principle)].append(r.value)
    rated = {role for role, _ in values}
    roles = [r.key for r in ctx.cat.roles if r.key in rated]
    roles += sorted(rated - set(roles))
    return roles, [[values.get((role, p), []) for p in principles] for role in roles]


def spreads(means: list[list[float | None]], columns: int) -> tuple[list[float | None], int | None]:
    """Each column's spread (highest minus lowest role; None under two roles), and the
    column where it is largest (None when no spread is above zero)."""
    out: list[float | None] = []
    for c in range(columns):
        values = [v for row in means if (v := row[c]) is not None]
        out.append(max(values) - min(values) if len(values) > 1 else None)
    known = [s for s in out if s is not None]
    widest = out.index(max(known)) if known and max(known) > 0 else None
    return out, widest


@dataclass(slots=True)
class ProblemGrid:
    """Problems per obstacle (rows) and chain link (columns); "" is none."""

    obstacles: list[str]
    links: list[str]
    counts: list[list[int]]


def problem_grid(ctx: Ctx) -> ProblemGrid:
    all_problems = ctx.workshop.notes_in("problems", "problem")
    obstacles = [o.key for o in ctx.cat.obstacles]
    links = [r.key for r in ctx.cat.chain_links()]
    used_links = {n.chain_link for n in all_problems}
    links += sorted(k for k in used_links if k and k not in links)
    rows = obstacles + ([""] if any(not n.obstacle for n in all_problems) else [])
    cols = links + ([""] if None in used_links or "" in used_links else [])
    counts = [[sum(1 for n in all_problems if (n.obstacle or "") == o and (n.chain_link or "") == c)
               for c in cols] for o in rows]
    return ProblemGrid(rows, cols, counts)
