"""PDF export benchmarks (issue 5): a big session's summary, and 40 handouts.

The big session is the demo session grown to 40 participants, 400 notes and
80 commitments, imported like any session file into a temporary library.
Each export is timed beside a floor measured in the same run: the same
content laid out as bare platypus paragraphs and tables in the same fonts,
with none of the exports' typography, charts, outline or page numbering.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment, Participant, Workshop
from tillitworkshop.report import export_pdf, render_pdf
from tillitworkshop.report.fonts import BOLD, REGULAR, register
from tillitworkshop.store import Library
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.interchange import import_document
from tillitworkshop.store.read import load_workshop

from .stats import line, median

PARTICIPANTS, NOTES, COMMITMENTS = 40, 400, 80


def _grow(items: list[dict], count: int, copy_item) -> list[dict]:
    """``items`` followed by altered copies of them, ``count`` in all."""
    out = list(items)
    for i in range(count - len(items)):
        out.append(copy_item(copy.deepcopy(items[i % len(items)]), i // len(items) + 1))
    return out


def big_document() -> dict:
    """The demo session with 40 participants, 400 notes and 80 commitments."""
    doc = demo_document()
    people = doc["participants"]

    def person(p: dict, round_: int) -> dict:
        p["id"] = f"{p['id']}-{round_}"
        p["name"] = f"{p['name']} {round_ + 1}"
        p["consent"] = round_ % 2 == 0 and p["consent"]
        return p

    doc["participants"] = _grow(people, PARTICIPANTS, person)
    rated = {r["participant"] for r in doc["ratings"] if r.get("participant")}
    principles = sorted({r["principle"] for r in doc["ratings"]})
    doc["ratings"] += [{"principle": k, "value": 1 + (i * 3 + j) % 5, "participant": p["id"]}
                       for i, p in enumerate(doc["participants"]) if p["id"] not in rated
                       for j, k in enumerate(principles)]

    def note(n: dict, round_: int) -> dict:
        n["id"] = f"{n['id']}-{round_}"
        if n.get("group"):
            n["group"] = f"{n['group']}-{round_}"
        n["text"] = f"{n['text']} ({round_ + 1})"
        return n

    doc["notes"] = _grow(doc["notes"], NOTES, note)
    ids = [p["id"] for p in doc["participants"]]

    def commitment(c: dict, round_: int) -> dict:
        c["id"] = f"{c['id']}-{round_}"
        c["what"] = f"{c['what']} ({round_ + 1})"
        if c.get("owner_participant"):
            index = ids.index(c["owner_participant"]) + round_ * len(people)
            c["owner_participant"] = ids[index % len(ids)]
            c["owner_role"] = doc["participants"][index % len(ids)]["role"]
        return c

    doc["commitments"] = _grow(doc["commitments"], COMMITMENTS, commitment)
    return doc


def big_workshop(folder: Path) -> Workshop:
    """The big session, imported into a library in ``folder`` and read back."""
    with Library.open(folder / "lib") as lib:
        return load_workshop(lib, import_document(lib, big_document(), "bench").session_id)


class _Floor:
    """The bare platypus version of an export: one style per role of text, plain tables."""

    def __init__(self, w: Workshop):
        register()
        self.w = w
        self.cat = catalogue()
        self.body = ParagraphStyle("b", fontName=REGULAR, fontSize=9.5, leading=13.5)
        self.head = ParagraphStyle("h", fontName=BOLD, fontSize=14, leading=18)
        self.names = {p.id: p.name for p in w.participants}

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text), style or self.body)

    def table(self, rows: list[list[str]]) -> Table:
        t = Table([[self.p(c) for c in row] for row in rows], repeatRows=1)
        t.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9.5)])
        return t

    def commitment(self, c: Commitment) -> list[Paragraph]:
        who = f"{self.names.get(c.owner_participant_id or '', '')} ({c.owner_role or ''})"
        return [self.p(c.what, self.head), self.p(f"{who} · {c.due_date or ''}"),
                self.p(c.first_step), self.p(c.indicator), self.p(", ".join(c.principles))]

    def pdf(self, story: list) -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          initialFontName=REGULAR).build(story)
        return out.getvalue()

    def summary(self) -> bytes:
        w = self.w
        story: list = [self.p(w.organisation, self.head),
                       self.table([["Sector", "Date", "Place"], [w.sector, w.date, w.place]]),
                       self.table([["Role", "Participants"]] + [
                           [p.role, p.name] for p in w.participants])]
        story.append(self.table([["Item", "Planned", "Ran"]] + [
            [a.title, str(a.minutes), f"{a.started_at or ''} {a.ended_at or ''}"]
            for a in w.agenda]))
        for n in w.notes:
            story.append(self.p(n.text))
        ratings: dict[tuple[str, str], list[int]] = defaultdict(list)
        for r in w.ratings:
            ratings[(r.role or "", r.principle)].append(r.value)
        roles = sorted({k[0] for k in ratings})
        principles = sorted({k[1] for k in ratings})
        story.append(self.table([["", *principles]] + [
            [role, *(f"{sum(v) / len(v):.1f}" if (v := ratings.get((role, k))) else "–"
                     for k in principles)] for role in roles]))
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for n in w.notes_in("problems", "problem"):
            counts[(n.obstacle or "", n.chain_link or "")] += 1
        links = sorted({k[1] for k in counts})
        story.append(self.table([["", *links]] + [
            [o, *(str(counts[(o, link)]) for link in links)]
            for o in sorted({k[0] for k in counts})]))
        for c in w.commitments:
            story += self.commitment(c)
        story += [self.p(i.name(w.language)) for i in self.cat.insights]
        return self.pdf(story)

    def handout(self, p: Participant) -> bytes:
        w = self.w
        story: list = [self.p(w.date), self.p(p.name, self.head), self.p(f"{p.role} · {p.unit}")]
        for c in w.commitments:
            if c.owner_participant_id == p.id or c.owner_role == p.role:
                story += self.commitment(c)
        problems = sorted(w.notes_in("problems", "problem"), key=lambda n: -n.votes)[:5]
        story += [self.p(f"{n.text} ({n.votes})") for n in problems]
        story += [self.p(f"{card.name(w.language)} – {card.description(w.language)}")
                  for card in self.cat.principles_for(w.long_term_card)]
        story.append(self.p(w.follow_up_date or ""))
        return self.pdf(story)


def _cpu_line(ours: list[float], floor: list[float]) -> str:
    """The process CPU seconds beside the wall clock: other load on the machine shows as a gap."""
    return (f"    (CPU time, median: ours {median(ours):.2f} s, floor {median(floor):.2f} s; "
            "wall clock above)")


def _timed(fn, wall: list[float], cpu: list[float]) -> None:
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    wall.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)


def bench_summary(w: Workshop) -> list[str]:
    """(a) The big session's summary vs its content as bare platypus paragraphs and tables."""
    floor = _Floor(w)
    today = dt.date.today()
    render_pdf(w, "summary", today=today)  # fonts registered, catalogue read
    ours_t, floor_t, ours_cpu, floor_cpu = [], [], [], []
    for _ in range(5):  # interleaved, so both see the same machine
        _timed(lambda: render_pdf(w, "summary", today=today), ours_t, ours_cpu)
        _timed(floor.summary, floor_t, floor_cpu)
    ours, bare = median(ours_t), median(floor_t)
    verdict = "met" if ours / bare <= 1.5 and ours < 1.0 else "NOT met"
    return [line("(a) summary, 40 participants / 400 notes / 80 c.", ours, bare,
                 f"goal <= 1.5x and < 1 s: {verdict}"), _cpu_line(ours_cpu, floor_cpu)]


def bench_handouts(w: Workshop, folder: Path) -> list[str]:
    """(b) 40 handouts and the combined file written vs 40 bare platypus documents written."""
    floor = _Floor(w)
    runs = iter(range(10**6))

    def ours() -> None:
        export_pdf(w, "handouts", folder / f"ours-{next(runs)}")

    def bare() -> None:
        out = folder / f"bare-{next(runs)}"
        out.mkdir()
        for i, p in enumerate(w.participants, start=1):
            (out / f"{i:02d}.pdf").write_bytes(floor.handout(p))

    ours_t, floor_t, ours_cpu, floor_cpu = [], [], [], []
    for _ in range(3):
        _timed(ours, ours_t, ours_cpu)
        _timed(bare, floor_t, floor_cpu)
    mine, base = median(ours_t), median(floor_t)
    return [line(f"(b) {len(w.participants)} handouts + combined file written", mine, base,
                 f"goal <= 4 s: {'met' if mine <= 4.0 else 'NOT met'}"),
            _cpu_line(ours_cpu, floor_cpu)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-") as tmp:
        folder = Path(tmp)
        w = big_workshop(folder)
        out = ["Reports (issue 5)"]
        out += bench_summary(w)
        out += bench_handouts(w, folder)
        return out
