"""The session as CSV tables for Excel: notes, problems, ratings (averages, and the individual
ratings that may be shown), commitments. Columns: docs/csv.md.

Each file is UTF-8 with a byte-order mark (without one, Excel reads UTF-8 as the system's
code page and "Välfärd" becomes "VÃ¤lfÃ¤rd"). In Swedish the separator is ";" and the
decimal mark ",", as Swedish Excel opens a file by double-click; in English "," and ".".
A text cell that starts with "=", "+", "-", "@", a tab or a carriage return is prefixed with
"'" so that Excel shows it as text instead of running it as a formula (formula injection:
a note "=HYPERLINK(...)" must not become a link, nor "@SUM(...)" a calculation).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from statistics import mean

from ..domain import Commitment
from . import summary_data
from .blocks import Ctx, by_due_date, status_name, top_problems
from .output import ExportError, write_file

Row = Sequence[str | int]
# Excel holds at most 32,767 characters in a cell and spills or cuts the rest of a longer
# one on opening; a longer text is cut here, visibly, saying how much more there was.
CELL_LIMIT = 32767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FILES = ("notes.csv", "problems.csv", "ratings.csv", "individual_ratings.csv",
         "commitments.csv")


def neutralised(text: str) -> str:
    """``text`` as Excel will show it literally: "'" before a leading formula character,
    cut to what one cell holds."""
    text = "'" + text if text.startswith(_FORMULA_START) else text
    if len(text) > CELL_LIMIT:
        keep = CELL_LIMIT - 24
        text = f"{text[:keep]}… [+{len(text) - keep}]"
    return text


def dialect(lang: str) -> tuple[str, str]:
    """(separator, decimal mark) of ``lang``: Swedish Excel's, or English."""
    return (";", ",") if lang == "sv" else (",", ".")


def table(header: Sequence[str], rows: Sequence[Row], lang: str) -> bytes:
    """One CSV file: BOM, header, rows; text cells neutralised, numbers as they are."""
    separator, _ = dialect(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([c if isinstance(c, int | Number) else neutralised(c) for c in row])
    return out.getvalue().encode("utf-8-sig")


class Number(str):
    """A number we formatted: written as it is, never neutralised as a text cell is."""


def decimal(value: float, lang: str) -> Number:
    """``value`` with two decimals and the language's decimal mark ("3,50" / "3.50")."""
    return Number(f"{value:.2f}".replace(".", dialect(lang)[1]))


def render(ctx: Ctx) -> dict[str, bytes]:
    """The five CSV files of ``ctx.workshop``: {file name: bytes}."""
    return {"notes.csv": notes(ctx), "problems.csv": problems(ctx),
            "ratings.csv": ratings(ctx), "individual_ratings.csv": individual_ratings(ctx),
            "commitments.csv": commitments(ctx)}


def notes(ctx: Ctx) -> bytes:
    tr = ctx.tr
    header = [tr("Phase"), tr("Kind"), tr("Text"), tr("Chain link"), tr("Relationship"),
              tr("Principle"), tr("Obstacle"), tr("Governance signal"), tr("Votes"),
              tr("Participant"), tr("Role")]
    rows: list[Row] = [[ctx.name_of("phase", n.phase), ctx.name_of("note_kind", n.kind), n.text,
             ctx.name_of("role", n.chain_link), ctx.name_of("relationship", n.relationship),
             ctx.name_of("principle", n.principle), ctx.name_of("obstacle", n.obstacle),
             ctx.name_of("signal", n.signal), n.votes, ctx.names.name(n.participant_id),
             ctx.name_of("role", n.role)] for n in ctx.workshop.notes]
    return table(header, rows, ctx.lang)


def problems(ctx: Ctx) -> bytes:
    """The problems as the summary ranks them: each group's first, then those under it."""
    tr = ctx.tr
    header = [tr("Problem"), tr("Obstacle"), tr("Chain link"), tr("Votes"), tr("Group votes"),
              tr("Grouped under"), tr("Principles")]
    rows: list[Row] = []
    for head, group, votes in top_problems(ctx):
        for n in [head, *group]:
            rows.append([n.text, ctx.name_of("obstacle", n.obstacle),
                         ctx.name_of("role", n.chain_link), n.votes,
                         votes if n is head else "", "" if n is head else head.text,
                         ", ".join(ctx.name_of("principle", k) for k in n.principles)])
    return table(header, rows, ctx.lang)


def ratings(ctx: Ctx) -> bytes:
    """Per chain role and principle: the average and the number of ratings."""
    tr = ctx.tr
    roles, values = summary_data.rating_values(ctx)
    cards = ctx.cat.principles_for(ctx.workshop.long_term_card)
    rows: list[Row] = []
    for role, row in zip(roles, values, strict=True):
        for card, found in zip(cards, row, strict=True):
            if found:
                rows.append([ctx.name_of("role", role), card.name(ctx.lang),
                             decimal(mean(found), ctx.lang), len(found)])
    return table([tr("Role"), tr("Principle"), tr("Average"), tr("Number of ratings")], rows,
                 ctx.lang)


def individual_ratings(ctx: Ctx) -> bytes:
    """Each rating of a participant who agreed to be named, or given for a role by no one in
    particular; the ratings of the others count in the averages only."""
    tr = ctx.tr
    rows: list[Row] = []
    for r in ctx.workshop.ratings:
        p = ctx.names.participant(r.participant_id)
        if r.participant_id and (p is None or not p.consent):
            continue
        role = r.role or (p.role if p else None)
        rows.append([ctx.names.name(r.participant_id) if p else "", ctx.name_of("role", role),
                     ctx.name_of("principle", r.principle), r.value])
    return table([tr("Participant"), tr("Role"), tr("Principle"), tr("Rating")], rows, ctx.lang)


def commitments(ctx: Ctx) -> bytes:
    tr = ctx.tr
    texts = {n.id: n.text for n in ctx.workshop.notes}
    header = [tr("Commitment"), tr("Who"), tr("Role"), tr("By when"), tr("First step"),
              tr("How we will know"), tr("Principles"), tr("Problems it answers"), tr("Status"),
              tr("Status since")]

    def row(c: Commitment) -> Row:
        since = c.history[-1].date if c.history else ""
        answered = "\n".join(texts[i] for i in c.problem_ids if i in texts)
        return [c.what, ctx.owner(c), ctx.name_of("role", c.owner_role), c.due_date or "",
                c.first_step, c.indicator,
                ", ".join(ctx.name_of("principle", k) for k in c.principles), answered,
                status_name(ctx, c.status), since]

    return table(header, [row(c) for c in by_due_date(ctx.workshop.commitments)], ctx.lang)


def write(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Each file written atomically into ``folder`` (made if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        reason = e.strerror or str(e)
        raise ExportError(f"Cannot write {folder}: {reason}.", "cannot_write_file",
                          path=str(folder), reason=reason) from e
    return [write_file(folder / name, data) for name, data in files.items()]
