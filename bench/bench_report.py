"""PDF export benchmarks (issue 5): a big session's summary, and 40 handouts.

The big session is the demo session grown to 40 participants, 400 notes and
80 commitments, imported like any session file into a temporary library.
Each export is timed beside a floor measured in the same run: the same
content laid out as bare platypus paragraphs and tables in the same fonts,
with none of the exports' typography, charts, outline or page numbering.

For the summary, "the same content" is taken from the summary itself: every
paragraph's text (labels, names, dates and counts included) and every table
cell, in order, and each chart's numbers as a table, read once from the
summary's flowables before timing. (The first floor was written by hand from
the session and left out about a quarter of the words: the commitments' and
problems' labels, votes, linked principles, units, ratings per principle.)
The floor's timed work is making its paragraphs and tables and building them;
ours is the whole export, from the session to the bytes.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment, Participant, Workshop
from tillitworkshop.report import export_pdf, render_pdf, summary
from tillitworkshop.report.blocks import Ctx
from tillitworkshop.report.fonts import BOLD, REGULAR, register
from tillitworkshop.report.strings import translator
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

    def laid_out(self, content: list[tuple[str, object]]) -> bytes:
        """``content`` (see ``summary_content``) as bare paragraphs and tables."""
        story: list = []
        for kind, value in content:
            if kind == "table":
                story.append(self.table(value))
            else:
                story.append(self.p(value, self.head if kind == "heading" else None))
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


def _flat(flowables) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        out.extend(_flat(f._content) if isinstance(f, KeepTogether) else [f])
    return out


def _cell_text(cell) -> str:
    if isinstance(cell, Paragraph):
        return cell.getPlainText()
    if isinstance(cell, list | tuple):
        return " ".join(_cell_text(c) for c in cell)
    return "" if cell is None else str(cell)


def _chart_rows(drawing: Drawing) -> list[list[str]]:
    """The texts a chart draws (labels and the numbers in its cells), row by row."""
    found: list[tuple[float, float, str]] = []

    def walk(node, dx: float = 0, dy: float = 0) -> None:
        if isinstance(node, String):
            found.append((node.y + dy, node.x + dx, node.text))
        elif isinstance(node, Group):
            tx, ty = node.transform[4], node.transform[5]
            for child in node.contents:
                walk(child, dx + tx, dy + ty)

    for node in drawing.contents:
        walk(node)
    rows: list[list[tuple[float, str]]] = []
    top = None
    for y, x, text in sorted(found, key=lambda f: -f[0]):
        if top is None or top - y > 6:  # a row label sits a little off its cells' baseline
            rows.append([])
            top = y
        rows[-1].append((x, text))
    out = [[text for _, text in sorted(cells)] for cells in rows]
    width = max((len(r) for r in out), default=1)
    return [r + [""] * (width - len(r)) for r in out]


def summary_content(w: Workshop) -> list[tuple[str, object]]:
    """Everything the summary says, in order: ("heading"|"text", str) or ("table", rows)."""
    ctx = Ctx(w, w.language, translator(w.language), today=dt.date.today())
    out: list[tuple[str, object]] = []
    for f in _flat(summary.story(ctx)):
        if isinstance(f, Paragraph):
            text = f.getPlainText()
            if f.bulletText:
                text = f"{f.bulletText} {text}"
            out.append(("heading" if f.style.fontSize >= 12 else "text", text))
        elif isinstance(f, Table):
            out.append(("table", [[_cell_text(c) for c in row] for row in f._cellvalues]))
        elif isinstance(f, Drawing):
            out.append(("table", _chart_rows(f)))
    return out


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
    content = summary_content(w)
    today = dt.date.today()
    render_pdf(w, "summary", today=today)  # fonts registered, catalogue read
    ours_t, floor_t, ours_cpu, floor_cpu = [], [], [], []
    for _ in range(7):  # interleaved, so both see the same machine
        _timed(lambda: render_pdf(w, "summary", today=today), ours_t, ours_cpu)
        _timed(lambda: floor.laid_out(content), floor_t, floor_cpu)
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


SCRIPT_TEXTS = ("نحتاج إلى مزيد من الوقت مع كبار السن في كل لقاء",
                "מיר דארפן מער צייט פאר די מענטשן אין דער היים",
                "ንዓበይቲ ዝያዳ ግዜ የድልየና እዩ ኣብ ነፍሲ ወከፍ ርክብ")


def with_scripts(w: Workshop) -> Workshop:
    """``w`` with every fifth note in Arabic, Hebrew (Yiddish) or Tigrinya, in turn."""
    out = copy.deepcopy(w)
    for i, n in enumerate(out.notes[::5]):
        n.text = f"{SCRIPT_TEXTS[i % 3]} ({i})"
    return out


def bench_scripts(w: Workshop) -> list[str]:
    """(c) The big summary with 20 % of its notes in right-to-left and Ethiopic scripts
    (font per run, HarfBuzz shaping, word order) vs the same summary all in Latin text."""
    mixed = with_scripts(w)
    today = dt.date.today()
    render_pdf(mixed, "summary", today=today)
    latin_t, mixed_t, latin_cpu, mixed_cpu = [], [], [], []
    for _ in range(5):
        _timed(lambda: render_pdf(mixed, "summary", today=today), mixed_t, mixed_cpu)
        _timed(lambda: render_pdf(w, "summary", today=today), latin_t, latin_cpu)
    ours, base = median(mixed_t), median(latin_t)
    verdict = "met" if ours / base <= 1.5 else "NOT met"
    return [line("(c) summary, 20 % of notes Arabic/Hebrew/Tigrinya vs Latin only", ours, base,
                 f"goal <= 1.5x: {verdict}"), _cpu_line(mixed_cpu, latin_cpu)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-") as tmp:
        folder = Path(tmp)
        w = big_workshop(folder)
        out = ["Reports (issue 5)"]
        out += bench_summary(w)
        out += bench_handouts(w, folder)
        out += bench_scripts(w)
        return out
