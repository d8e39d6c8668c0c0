"""The programme report (``--pdf``): the roll-up as one PDF, in the look of the session
exports (report/: fonts, styles, running header, page numbers, bookmarks, metadata).

Sites covered, the gap heat map across sites, obstacles by sector, the most-voted
problems, commitment completion at follow-up, and a page per sector. Every text from a
session (organisations, problems) is escaped and cut short (report/text.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ..content import catalogue
from ..report.blocks import CONTENT_WIDTH, table
from ..report.charts import legend
from ..report.dates import long_date
from ..report.layout import DocMeta, Styles, build_pdf, heading
from ..report.markup import markup
from ..report.paragraph import Paragraph
from ..report.strings import Translator, translator
from ..store.files import write_atomically
from .programme_charts import gap_map, grouped_bars, stacked_bars, thousands
from .programme_data import STATUSES, Problem, Programme, read

SWEDISH = {
    "Programme roll-up": "Sammanställning av programmet",
    "Besök Tillit – programme roll-up": "Besök Tillit – sammanställning av programmet",
    "{sessions} sessions at {sites} sites, {first} to {last}":
        "{sessions} sessioner på {sites} platser, {first} till {last}",
    "Sessions": "Sessioner",
    "Sites": "Platser",
    "Participants": "Deltagare",
    "Period": "Period",
    "Sectors": "Sektorer",
    "Made": "Framtagen",
    "Sites covered": "Platser som ingår",
    "Site": "Plats",
    "Sector": "Sektor",
    "Followed up": "Uppföljda",
    "The gap across sites": "Glappet över alla platser",
    "Average rating per chain role and principle across every site (n: the number of "
    "ratings). Outlined: for the three principles where the levels differ most, the "
    "highest and the lowest link of the chain.":
        "Genomsnittlig skattning per roll i styrkedjan och princip över alla platser (n: antal "
        "skattningar). Inramat: för de tre principer där nivåerna skiljer sig mest, den högsta "
        "och den lägsta länken i kedjan.",
    "Spread between levels": "Spridning mellan nivåer",
    "Obstacles by sector": "Hinder per sektor",
    "Problems raised under each obstacle, by sector.":
        "Antal problem som tagits upp under varje hinder, per sektor.",
    "Most-voted problems across sites": "Mest röstade problem över alla platser",
    "Votes": "Röster",
    "Problem": "Problem",
    "Obstacle": "Hinder",
    "Commitment completion at follow-up": "Åtagandenas utfall vid uppföljningen",
    "Commitments of the sessions that have been followed up, by their latest status. Late: "
    "planned or started, and due before the follow-up.":
        "Åtaganden från de sessioner som har följts upp, efter senaste status. Försenat: "
        "planerat eller påbörjat och med ett slutdatum före uppföljningen.",
    "By sector": "Per sektor",
    "By owner's role": "Per ägarens roll",
    "No session has been followed up yet.": "Ingen session har följts upp ännu.",
    "Sector: {name}": "Sektor: {name}",
    "{sessions} sessions at {sites} sites, {people} participants.":
        "{sessions} sessioner på {sites} platser, {people} deltagare.",
    "The gap": "Glappet",
    "Most-voted problems": "Mest röstade problem",
    "Commitments at follow-up": "Åtaganden vid uppföljningen",
    "no role": "ingen roll",
    "Roll-up": "Sammanställning",
    "{n} sessions": "{n} sessioner",
    "Commonest obstacles: {list}.": "Vanligaste hindren: {list}.",
    "At follow-up: {done} of {total} commitments done ({share} %), {late} late.":
        "Vid uppföljningen: {done} av {total} åtaganden genomförda ({share} %), {late} "
        "försenade.",
}


def _translator(lang: str) -> Translator:
    base = translator(lang)
    if lang == "en":
        return base
    return lambda text: SWEDISH.get(text) or base(text)


class _Report:
    def __init__(self, data: Programme, lang: str, today: dt.date):
        self.data, self.lang, self.today = data, lang, today
        self.tr = _translator(lang)
        self.s = Styles()
        self.cat = catalogue()

    def name(self, kind: str, key: str | None) -> str:
        if not key:
            return ""
        try:
            return str(getattr(self.cat, kind)(key).name(self.lang))
        except KeyError:
            return key

    def status(self, key: str) -> str:
        return self.tr({"done": "Done", "started": "Started", "planned": "Planned",
                        "dropped": "Dropped", "late": "Late"}[key])

    def h1(self, title: str) -> Flowable:
        return heading(markup(title), title, 0, self.s.h1)

    def h2(self, title: str) -> Flowable:
        return heading(markup(title), title, 1, self.s.h2)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), getattr(self.s, style))

    def cell(self, text: object, bold: bool = False) -> Paragraph:
        return Paragraph(markup(str(text)[:600]), self.s.cell_bold if bold else self.s.cell)

    def head(self, *texts: str) -> list[Paragraph]:
        return [Paragraph(markup(t), self.s.cell_head) for t in texts]

    def date(self, value: str) -> str:
        return long_date(value, self.lang)

    def story(self) -> list[Flowable]:
        return [*self.cover(), *self.sites(), PageBreak(), *self.gap(), *self.obstacles(),
                *self.problems(), *self.completion(), *self.sectors()]

    def cover(self) -> list[Flowable]:
        d, tr = self.data, self.tr
        facts = [(tr("Sessions"), thousands(d.sessions, self.lang)),
                 (tr("Sites"), thousands(d.sites, self.lang)),
                 (tr("Participants"), thousands(d.participants, self.lang)),
                 (tr("Period"), f"{self.date(d.first)} – {self.date(d.last)}"),
                 (tr("Sectors"), ", ".join(self.name("sector", s) for s in d.sector_facts)),
                 (tr("Made"), self.date(self.today.isoformat()))]
        rows = [[Paragraph(markup(k), self.s.label), self.cell(v)] for k, v in facts]
        return [Spacer(1, 18 * mm), self.p(tr("BESÖK TILLIT · SOU 2018:47"), "label"),
                Spacer(1, 3 * mm), self.p(tr("Programme roll-up"), "title"),
                self.p(tr("{sessions} sessions at {sites} sites, {first} to {last}").format(
                    sessions=thousands(d.sessions, self.lang), sites=d.sites,
                    first=self.date(d.first), last=self.date(d.last)), "subtitle"),
                table(rows, [32 * mm, CONTENT_WIDTH - 32 * mm], head_rows=0, zebra=False,
                      extra=[("LINEBELOW", (0, 0), (-1, -1), 0.4, "#d5dbe3")])]

    def sites(self) -> list[Flowable]:
        tr = self.tr
        rows: list[list[Paragraph]] = [self.head(tr("Site"), tr("Sector"), tr("Sessions"),
                                                 tr("Period"), tr("Participants"),
                                                 tr("Followed up"))]
        for site in self.data.site_rows:
            period = self.date(site.first) if site.first == site.last else \
                f"{site.first} – {site.last}"
            rows.append([self.cell(site.organisation, bold=True),
                         self.cell(", ".join(self.name("sector", s)
                                             for s in site.sectors.split(","))),
                         self.cell(site.sessions), self.cell(period),
                         self.cell(site.participants), self.cell(site.followed_up)])
        widths = [52 * mm, 24 * mm, 21 * mm, 30 * mm, 21 * mm, 22 * mm]
        return [Spacer(1, 8 * mm), self.h1(tr("Sites covered")), table(rows, widths)]

    def roles(self) -> list[tuple[str, str]]:
        present = {role for role, _ in self.data.gap.means}
        return [(r.key, r.name(self.lang)) for r in self.cat.roles if r.key in present]

    def principles(self) -> list[tuple[str, str]]:
        present = {p for _, p in self.data.gap.means}
        return [(p.key, p.name(self.lang)) for p in self.cat.principles if p.key in present]

    def chain(self) -> list[str]:
        return [r.key for r in self.cat.chain_links()]

    def gap(self) -> list[Flowable]:
        tr = self.tr
        return [self.h1(tr("The gap across sites")),
                self.p(tr("Average rating per chain role and principle across every site (n: the "
                          "number of ratings). Outlined: for the three principles where the "
                          "levels differ most, the highest and the lowest link of the chain.")),
                gap_map(self.roles(), self.principles(), self.data.gap, self.chain(), self.lang,
                        tr("Spread between levels"), CONTENT_WIDTH),
                legend(tr, self.lang, CONTENT_WIDTH)]

    def obstacles(self) -> list[Flowable]:
        tr = self.tr
        groups = [(o.key, o.name(self.lang)) for o in self.cat.obstacles]
        series = [(s, self.name("sector", s)) for s in self.data.sector_facts]
        return [CondPageBreak(120 * mm), self.h1(tr("Obstacles by sector")),
                self.p(tr("Problems raised under each obstacle, by sector.")),
                grouped_bars(groups, series, self.data.obstacles, CONTENT_WIDTH)]

    def problem_table(self, problems: list[Problem]) -> Flowable:
        tr = self.tr
        rows: list[list[Paragraph]] = [self.head(tr("Votes"), tr("Problem"), tr("Obstacle"),
                                                 tr("Site"))]
        for p in problems:
            rows.append([self.cell(p.votes, bold=True), self.cell(p.text[:400]),
                         self.cell(self.name("obstacle", p.obstacle)),
                         self.cell(f"{p.organisation} ({self.name('sector', p.sector)})")])
        return table(rows, [15 * mm, 76 * mm, 36 * mm, CONTENT_WIDTH - 127 * mm])

    def problems(self) -> list[Flowable]:
        return [CondPageBreak(80 * mm), self.h1(self.tr("Most-voted problems across sites")),
                self.problem_table(self.data.problems)]

    def completion(self) -> list[Flowable]:
        tr = self.tr
        out: list[Flowable] = [PageBreak(), self.h1(tr("Commitment completion at follow-up")),
                               self.p(tr("Commitments of the sessions that have been followed "
                                         "up, by their latest status. Late: planned or started, "
                                         "and due before the follow-up."))]
        if not self.data.completion:
            return [*out, self.p(tr("No session has been followed up yet."), "small")]
        statuses = [(s, self.status(s)) for s in STATUSES]
        sectors = [(s, self.name("sector", s)) for s in self.data.sector_facts
                   if s in self.data.completion]
        order = [r.key for r in self.cat.roles]
        ranked = sorted(self.data.by_role, key=lambda r: order.index(r) if r in order else 99)
        roles = [(r, self.name("role", r) or tr("no role")) for r in ranked]
        return [*out, self.h2(tr("By sector")),
                stacked_bars(sectors, statuses, self.data.completion, CONTENT_WIDTH),
                self.h2(tr("By owner's role")),
                stacked_bars(roles, statuses, self.data.by_role, CONTENT_WIDTH)]

    def sectors(self) -> list[Flowable]:
        tr, out = self.tr, list[Flowable]()
        for sector, (sessions, sites, people) in self.data.sector_facts.items():
            gap = self.data.sector_gaps[sector]
            out += [PageBreak(), self.h1(tr("Sector: {name}").format(
                        name=self.name("sector", sector))),
                    self.p(tr("{sessions} sessions at {sites} sites, {people} participants.")
                           .format(sessions=thousands(sessions, self.lang), sites=sites,
                                   people=thousands(people, self.lang)), "lead"),
                    self.h2(tr("The gap")),
                    gap_map([r for r in self.roles() if any(k == r[0] for k, _ in gap.means)],
                            self.principles(), gap, self.chain(), self.lang,
                            tr("Spread between levels"), CONTENT_WIDTH, show_n=False),
                    Spacer(1, 3 * mm), *self.sector_facts(sector),
                    self.h2(tr("Most-voted problems")),
                    self.problem_table(self.data.sector_problems[sector][:5])]
        return out


    def sector_facts(self, sector: str) -> list[Flowable]:
        """The sector's three commonest obstacles and its commitments kept, in two lines."""
        tr, out = self.tr, list[Flowable]()
        counts = self.data.obstacles.get(sector, {})
        common = sorted(counts, key=lambda o: -counts[o])[:3]
        if common:
            out.append(self.p(tr("Commonest obstacles: {list}.").format(list=", ".join(
                f"{self.name('obstacle', o)} ({counts[o]})" for o in common))))
        kept = self.data.completion.get(sector)
        if kept:
            total = sum(kept.values())
            out.append(self.p(tr("At follow-up: {done} of {total} commitments done ({share} %), "
                                 "{late} late.").format(done=kept["done"], total=total,
                                                        share=round(100 * kept["done"] / total),
                                                        late=kept["late"])))
        return out


def render(database: Path, lang: str, today: dt.date | None = None) -> bytes:
    report = _Report(read(database), lang, today or dt.date.today())
    tr = report.tr
    meta = DocMeta(title=tr("Besök Tillit – programme roll-up"), author="Tillit Workshop",
                   subject=tr("{sessions} sessions at {sites} sites, {first} to {last}").format(
                       sessions=report.data.sessions, sites=report.data.sites,
                       first=report.data.first, last=report.data.last),
                   lang=lang, header=tr("Besök Tillit – programme roll-up"),
                   kind=tr("Roll-up"), tr=tr)
    return build_pdf(report.story(), meta)


def write_report(database: Path, target: Path, lang: str) -> Path:
    return write_atomically(target, render(database, lang))
