"""The summary as one accessible HTML file: the PDF's sections and data, read from
``summary_data`` and ``blocks`` as the PDF reads them, laid out as headings, lists and tables.
"""

from __future__ import annotations

from statistics import mean

from ...domain import Commitment, Note
from .. import summary_data
from ..blocks import Ctx, by_due_date, status_name, top_problems
from ..charts import number
from ..summary_data import CHAIN_KINDS
from . import charts
from .style import CSS
from .text import block_text, esc, isolated, user


class Page:
    """The document as it is written: its parts, and its table of contents."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.contents: list[tuple[str, str]] = []

    def add(self, *html: str) -> None:
        self.parts.extend(html)

    def section(self, title: str) -> None:
        anchor = f"s{len(self.contents) + 1}"
        self.contents.append((anchor, title))
        self.add(f'<h2 id="{anchor}">{esc(title)}</h2>')


def _list(texts: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{user(t)}</li>" for t in texts) + f"</{tag}>"


def _p(text: str, cls: str = "") -> str:
    """A paragraph of our own text."""
    return f'<p class="{cls}">{esc(text)}</p>' if cls else f"<p>{esc(text)}</p>"


def _empty(ctx: Ctx, what: str | None = None) -> str:
    return f'<p class="small">{esc(what or ctx.tr("Nothing was recorded."))}</p>'


def render(ctx: Ctx) -> bytes:
    """The summary of ``ctx.workshop`` as a self-contained HTML document (UTF-8)."""
    w, tr = ctx.workshop, ctx.tr
    page = Page()
    cover(ctx, page)
    for part in (agenda, good_meeting, chain, principles, problems, commitments, closing):
        part(ctx, page)
    title = f'{esc(tr("Besök Tillit – summary"))}: {isolated(w.organisation)}'
    subject = tr("Summary of the Besök Tillit day on {date}").format(date=ctx.date(w.date))
    toc = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in page.contents)
    head, body = page.parts[0], "".join(page.parts[1:])
    # User text in the head cannot be in <bdi>: isolated with U+2068 … U+2069 instead.
    author = ", ".join(isolated(f) for f in w.facilitators) or isolated(w.organisation)
    doc = (f'<!DOCTYPE html>\n<html lang="{ctx.lang}" dir="ltr"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>{title}</title>"
           f'<meta name="description" content="{esc(subject)}">'
           f'<meta name="author" content="{author}">'
           f"<style>{CSS}</style></head><body>{head}"
           f'<nav aria-labelledby="toc"><h2 id="toc">{esc(tr("Contents"))}</h2><ol>{toc}</ol>'
           f"</nav><main>{body}</main></body></html>\n")
    return doc.encode("utf-8")


def cover(ctx: Ctx, page: Page) -> None:
    w, tr = ctx.workshop, ctx.tr
    facts = [(tr("Sector"), esc(ctx.name_of("sector", w.sector))), (tr("Date"), esc(ctx.date(w.date))),
             (tr("Place"), user(w.place, collapse=True) if w.place.strip() else ""),
             (tr("Facilitators"), ", ".join(user(f, collapse=True) for f in w.facilitators)),
             (tr("Follow-up"), esc(ctx.date(w.follow_up_date)))]
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts if v)
    subtitle = tr("Summary of the dialogue day, {date}").format(date=ctx.date(w.date))
    page.add(f'<header><p class="label">{esc(tr("BESÖK TILLIT · SOU 2018:47"))}</p>'
             f"<h1>{user(w.organisation, collapse=True)}</h1>"
             f'<p class="subtitle">{esc(subtitle)}</p><dl class="facts">{rows}</dl></header>')
    purpose = [n.text for n in w.notes_in("preparation")]
    if purpose:
        page.section(tr("Purpose of the day"))
        page.add(*(block_text(t, cls="lead") for t in purpose))
    page.section(tr("Participants"))
    body = []
    for role, members in summary_data.participants_by_role(ctx):
        people = []
        for p in members:
            unit = ctx.names.unit(p.id)
            people.append(f"<li><strong>{user(ctx.names.name(p.id), collapse=True)}</strong>"
                          + (f' <span class="muted">– {user(unit, collapse=True)}</span>'
                             if unit else "") + "</li>")
        body.append(f'<tr><th scope="row">{esc(ctx.name_of("role", role))}</th>'
                    f'<td><ul>{"".join(people)}</ul></td></tr>')
    page.add(f'<table><caption>{esc(tr("Participants"))}</caption><thead><tr>'
             f'<th scope="col">{esc(tr("Chain role"))}</th><th scope="col">'
             f'{esc(tr("Participants"))}</th></tr></thead><tbody>{"".join(body)}</tbody></table>')
    if any(not p.consent for p in w.participants):
        page.add(_p(tr("Participants who did not agree to be named are shown by their role and a number."), "small"))


def agenda(ctx: Ctx, page: Page) -> None:
    tr = ctx.tr
    page.section(tr("The day's programme"))
    rows = summary_data.agenda_rows(ctx)
    if not rows:
        page.add(_empty(ctx))
        return
    page.add(_p(tr("Each item of the programme with its planned time box and the time it actually took.")))
    head = "".join(f'<th scope="col">{esc(tr(h))}</th>'
                   for h in ("Item", "Planned", "Ran", "Took", "Difference"))
    body = []
    for r in rows:
        title = user(r.title, collapse=True)
        if r.phase is None:
            title = f"<em>{title}</em>"
        elif r.phase:
            title += f'<br><span class="small">{esc(ctx.name_of("phase", r.phase))}</span>'
        took = "–" if r.took is None else f"{r.took} min"
        body.append(f'<tr><th scope="row">{title}</th><td>{r.minutes} min</td>'
                    f'<td>{esc(r.ran or "–")}</td><td>{took}</td><td>{esc(r.diff or "–")}</td></tr>')
    planned = sum(r.minutes for r in rows)
    body.append(f'<tr><th scope="row">{esc(tr("Whole day"))}</th><td><strong>{planned} min'
                f"</strong></td><td></td><td></td><td></td></tr>")
    caption = esc(tr("The day's programme"))
    page.add(f"<table><caption>{caption}</caption><thead><tr>{head}"
             f'</tr></thead><tbody>{"".join(body)}</tbody></table>')


def good_meeting(ctx: Ctx, page: Page) -> None:
    tr = ctx.tr
    page.section(ctx.name_of("phase", "good_meeting"))
    page.add(_p(tr("The day began with the meeting between citizen and employee that everything else is there to serve: what creates value in it, and what hinders it?"), "lead"))
    for kind in ("value", "hinder"):
        items = [n.text for n in ctx.workshop.notes_in("good_meeting", kind)]
        page.add(f"<h3>{esc(ctx.name_of('note_kind', kind))}</h3>",
                 _list(items) if items else _empty(ctx))


def _chain_note(ctx: Ctx, n: Note) -> str:
    if n.kind == "signal" and n.signal:
        label = " ".join(ctx.name_of("signal", n.signal).split())
        return f"<li><strong>{esc(label)}:</strong> {user(n.text)}</li>"
    return f"<li>{user(n.text)}</li>"


def chain(ctx: Ctx, page: Page) -> None:
    tr = ctx.tr
    page.section(ctx.name_of("phase", "chain"))
    page.add(_p(tr("The chain was walked link by link: the governance signals each link receives, what creates value, what hinders, and what it needs from the link above."), "lead"))
    by_link = summary_data.chain_by_link(ctx)
    for link, notes in by_link:
        page.add(f"<h3>{esc(ctx.name_of('role', link) if link else tr('The chain as a whole'))}</h3>")
        for kind in CHAIN_KINDS:
            items = [n for n in notes if n.kind == kind]
            if items:
                page.add(f"<h4>{esc(ctx.name_of('note_kind', kind))}</h4><ul>",
                         *(_chain_note(ctx, n) for n in items), "</ul>")
    if not by_link:
        page.add(_empty(ctx))
    page.add(f"<h3>{esc(tr('Relationships for trust'))}</h3>",
             _p(tr("How strong trust is in each of the five relationships, as the room judged it (1 = weak, 5 = strong), and what was said about them.")))
    marked, unplaced = summary_data.relationship_rows(ctx)
    judged = [(rel.name(ctx.lang), v) for rel, v, _ in marked if v is not None]
    if judged:
        title = tr("Relationships for trust")
        page.add(charts.strength_chart(
            title, [n for n, _ in judged], [v for _, v in judged], tr("{value} of 5"),
            tr("Strength of trust per relationship (1 = weak, 5 = strong)"), tr("Relationship"),
            tr("Strength"), "relationships"))
    for rel, value, said in marked:
        strength = f' <span class="muted">{value}/5</span>' if value is not None else ""
        page.add(f"<h4>{esc(rel.name(ctx.lang))}{strength}</h4>", _list(said) if said else "")
    if unplaced:
        page.add(f"<h4>{esc(tr('Other notes on relationships'))}</h4>", _list(unplaced))


def principles(ctx: Ctx, page: Page) -> None:
    w, tr = ctx.workshop, ctx.tr
    page.section(ctx.name_of("phase", "principles"))
    cards = ctx.cat.principles_for(w.long_term_card)
    roles, means = summary_data.rating_means(ctx)
    if roles:
        page.add(_p(tr("Where are we today? Each chain level's average rating, 1 (not at all) to 5 (fully), per principle. Where the levels differ, they see the same organisation differently, and that is worth a conversation."), "lead"))
        spreads, widest = summary_data.spreads(means, len(cards))
        page.add(charts.heat_map(
            tr("Average rating per chain level and principle"), tr("Chain role"),
            [ctx.name_of("role", r) for r in roles], [p.name(ctx.lang) for p in cards], means,
            spreads, widest, ctx.lang, tr("Spread (highest − lowest)"), tr("the largest spread")),
            charts.legend(tr("Average rating:"), tr(
                "spread of 1 point or more (light) and of 2 or more (dark); framed: the "
                "largest spread")))
    else:
        page.add(_empty(ctx, tr("No ratings were recorded.")))
    notes = w.notes_in("principles")
    for card in cards:
        page.add(f"<h3>{esc(card.name(ctx.lang))}</h3>",
                 f'<p class="quote">{esc(card.description(ctx.lang))}</p>')
        values = [r.value for r in w.ratings if r.principle == card.key]
        if values:
            page.add(f'<p class="small">{esc(tr("Average rating {avg} ({n} ratings)").format(avg=number(mean(values), ctx.lang), n=len(values)))}</p>')
        for kind, label in (("reflection", tr("Reflections")), ("example", tr("Examples"))):
            items = [n.text for n in notes if n.principle == card.key and n.kind == kind]
            if items:
                page.add(f"<h4>{esc(label)}</h4>", _list(items))


def _problem(ctx: Ctx, head: Note, group: list[Note], votes: int) -> str:
    tr = ctx.tr
    tail = [tr("1 vote") if votes == 1 else tr("{n} votes").format(n=votes)]
    if head.chain_link:
        tail.append(ctx.name_of("role", head.chain_link))
    out = f'<li>{user(head.text)} <span class="muted">({esc(" · ".join(tail))})</span>'
    if group:
        out += _list([m.text for m in group])
    linked = [ctx.name_of("principle", k) for k in head.principles]
    if linked:
        out += f'<br><span class="small">{esc(tr("Principles that answer it:"))} {esc(", ".join(linked))}</span>'
    return out + "</li>"


def problems(ctx: Ctx, page: Page) -> None:
    tr = ctx.tr
    page.section(ctx.name_of("phase", "problems"))
    ranked = top_problems(ctx)
    if not ranked:
        page.add(_empty(ctx))
        return
    grid = summary_data.problem_grid(ctx)
    page.add(_p(tr("Every problem the room raised, placed on one of the six obstacles that hinder the good meeting and on the link of the chain where it arises."), "lead"))
    page.add(charts.problem_map(
        tr("Problems per obstacle and chain link"), tr("Obstacle"),
        [ctx.name_of("obstacle", o) if o else tr("No obstacle") for o in grid.obstacles],
        [ctx.name_of("role", c) if c else tr("No link") for c in grid.links], grid.counts,
        tr("Total")))
    page.add(_p(tr("Below, the problems under each obstacle, the most votes first; problems grouped together on the board are shown under the first one.")))
    for obstacle in grid.obstacles:
        entries = [e for e in ranked if (e[0].obstacle or "") == obstacle]
        if entries:
            title = ctx.name_of("obstacle", obstacle) if obstacle else tr("Problems without an obstacle")
            page.add(f"<h3>{esc(title)}</h3><ul>", *(_problem(ctx, *e) for e in entries), "</ul>")


def _commitment(ctx: Ctx, c: Commitment) -> str:
    tr = ctx.tr
    facts = [(tr("Who"), user(ctx.owner(c), collapse=True)),
             (tr("By when"), esc(ctx.date(c.due_date) or tr("no date"))),
             (tr("Status"), esc(status_name(ctx, c.status)))]
    out = [f'<article class="commitment"><h3>{user(c.what, collapse=True)}</h3><dl class="byline">',
           *(f"<dt>{esc(k)}:</dt> <dd>{v}</dd>" for k, v in facts), "</dl>"]
    for label, value in ((tr("First step"), c.first_step), (tr("How we will know"), c.indicator)):
        if value.strip():
            out.append(f"<p><strong>{esc(label)}:</strong> {user(value)}</p>")
    linked = [ctx.name_of("principle", k) for k in c.principles]
    if linked:
        out.append(f'<p class="small">{esc(tr("Principles"))}: {esc(", ".join(linked))}</p>')
    texts = {n.id: n.text for n in ctx.workshop.notes_in("problems", "problem")}
    answered = [texts[i] for i in c.problem_ids if i in texts]
    if answered:  # where the commitment came from
        out.append(f'<p class="small">{esc(tr("Problems it answers"))}:</p>{_list(answered)}')
    return "".join(out) + "</article>"


def commitments(ctx: Ctx, page: Page) -> None:
    tr = ctx.tr
    page.section(ctx.name_of("phase", "commitments"))
    items = by_due_date(ctx.workshop.commitments)
    if not items:
        page.add(_empty(ctx))
        return
    page.add(f'<p class="lead">{esc(tr("What will be done, by whom and by when: {n} commitments, the earliest first.").format(n=len(items)))}</p>')
    page.add(*(_commitment(ctx, c) for c in items))
    notes = [n.text for n in ctx.workshop.notes_in("commitments")]
    if notes:
        page.add(f"<h3>{esc(tr('Notes'))}</h3>", _list(notes))


def closing(ctx: Ctx, page: Page) -> None:
    w, tr = ctx.workshop, ctx.tr
    page.section(tr("Insights and follow-up"))
    page.add(f"<h3>{esc(tr('Ten insights on building trust'))}</h3>",
             _p(tr("What matters when building trust, as summarised by the Trust Delegation's research director (Bringselius 2018, in SOU 2018:47): guidance for the road ahead.")),
             "<ol>" + "".join(f"<li>{esc(i.name(ctx.lang))}</li>" for i in ctx.cat.insights) + "</ol>")
    notes = [n.text for n in w.notes_in("closing")]
    if notes:
        page.add(f"<h3>{esc(tr('From the closing round'))}</h3>", _list(notes))
    page.add(f"<h3>{esc(ctx.name_of('phase', 'followup'))}</h3>")
    if w.follow_up_date:
        text = tr("We meet again on {date} to follow up the commitments.").format(
            date=ctx.date(w.follow_up_date))
    else:
        text = tr("No follow-up date has been set yet.")
    page.add(f'<p class="lead">{esc(text)}</p>')
