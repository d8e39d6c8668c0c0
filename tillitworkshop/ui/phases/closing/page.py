"""Avslutning: what the day captured, the follow-up date, and the exports.

PDFs are written off the UI thread (the qasync loop's executor) with a
progress bar and Cancel; the folder is opened when they are done.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import StoreError, exports
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.clock import parse_date
from tillitworkshop.ui.common.dialogs import focus_kept, remember_focus
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.flow import flow_box
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import (
    EntryLine,
    HintLabel,
    example,
    label,
    message_of,
    push_button,
)


class ClosingPage(QWidget):
    PHASE = "closing"
    progressed = Signal(int, int)  # from the export thread; delivered on the UI thread

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.ask_path = self._ask_path  # replaced in tests
        self.overview = label("", "", self, wrap=True)
        self.overview.setTextFormat(Qt.TextFormat.PlainText)  # holds commitments' own words
        self.overview.setAccessibleName(self.tr("What the day captured"))
        self.follow_up = EntryLine(self.tr("Follow-up date"), example("2027-02-15"), self)
        self.follow_hint = HintLabel(self)
        self.json = push_button(self.tr("Export session file (JSON)…"), self)
        self.anonymise = QCheckBox(self.tr("Without names (role pseudonyms, as in the PDFs)"), self)
        self.pdf = {kind: push_button(text, self) for kind, text in (
            ("summary", self.tr("Summary PDF…")), ("handouts", self.tr("Handouts PDF…")),
            ("cards", self.tr("Principle cards PDF…")), ("followup", self.tr("Follow-up PDF…")))}
        # The accessible summary (to publish) and the tables for Excel, written like the PDFs.
        self.html = push_button(self.tr("Summary (HTML, accessible)…"), self)
        self.csv = push_button(self.tr("Tables for Excel (CSV)…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel = push_button(self.tr("Cancel"), self)
        self.export_hint = HintLabel(self)
        self.done = label("", "guidance", self, wrap=True)
        self.contents = label("", "guidance", self, wrap=True)
        self.contents.setAccessibleName(self.tr("What each export will contain"))
        self.log = label("", "", self, wrap=True)
        self.log.setAccessibleName(self.tr("Export log"))
        self.room_note = label("", "guidance", self, wrap=True)  # while phones are in (ui/room)
        # A day exported many times (or to a deep folder) would make the page taller or wider
        # than a 1280×720 window: the log scrolls inside a box of a few lines instead.
        self.log_box = QScrollArea(self)
        self.log_box.setWidget(self.log)
        self.log_box.setWidgetResizable(True)
        self.log_box.setFrameShape(QFrame.Shape.NoFrame)
        self.log_box.setMaximumHeight(self.log.fontMetrics().lineSpacing() * 8 + 8)
        follow = QHBoxLayout()
        follow.addWidget(label(self.tr("Follow-up date:"), "", self))
        follow.addWidget(self.follow_up)
        follow.addStretch(1)
        # wraps on a narrow window
        export_row = flow_box(self, [self.json, self.pdf["summary"], self.html,
                                     *list(self.pdf.values())[1:], self.csv])
        without_names = QHBoxLayout()
        without_names.addWidget(self.anonymise)
        without_names.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.room_note)
        box.addWidget(label(self.tr("What the day captured"), "section", self))
        box.addWidget(self.overview)
        box.addWidget(label(self.tr("Follow-up"), "section", self))
        box.addLayout(follow)
        box.addWidget(self.follow_hint)
        box.addWidget(label(self.tr("Exports"), "section", self))
        box.addWidget(export_row)
        box.addWidget(self.contents)
        box.addLayout(without_names)
        box.addLayout(running)
        box.addWidget(self.export_hint)
        box.addWidget(self.done)
        box.addWidget(label(self.tr("Export log"), "section", self))
        box.addWidget(self.log_box)
        box.addStretch(1)
        self._cancel = threading.Event()
        self._show_running(False)
        self.follow_up.editingFinished.connect(self.set_follow_up)
        self.draft = keep(state, self.follow_up, "session/follow_up_date",
                          state.workshop.follow_up_date or "")
        self.json.clicked.connect(self.export_json)
        for kind, button in self.pdf.items():
            button.clicked.connect(lambda _c=False, k=kind: asyncio.ensure_future(self.export_pdf(k)))
        for kind, button in (("html", self.html), ("csv", self.csv)):
            button.clicked.connect(lambda _c=False, k=kind: asyncio.ensure_future(self.export_pdf(k)))
        self.cancel.clicked.connect(self._cancel.set)
        self.progressed.connect(self._show_progress)
        state.reloaded.connect(self.refresh)
        state.notes_changed.connect(lambda _ids: self.refresh() if self.isVisible() else None)
        # Filled when shown (showEvent), not here as well: filling it twice, once before it
        # was laid out, cost the window's start ~12 M instructions (~1.8 ms) when the day
        # opens on this page (bench/bench_ui.py).

    def showEvent(self, event) -> None:
        self.refresh()
        self.refresh_log()
        super().showEvent(event)

    def refresh(self) -> None:
        w = self.state.workshop
        problems = w.notes_in("problems", "problem")
        lines = [
            self.tr("Good meeting: %1 notes").replace("%1", str(len(w.notes_in("good_meeting")))),
            self.tr("Chain: %1 notes").replace("%1", str(len(w.notes_in("chain")))),
            self.tr("Principle cards: %1 reflections and examples, %2 ratings").replace(
                "%1", str(len(w.notes_in("principles")))).replace("%2", str(len(w.ratings))),
            self.tr("Problems: %1, of which %2 not yet placed; %3 dots").replace(
                "%1", str(len(problems))).replace(
                "%2", str(sum(1 for n in problems if not n.obstacle))).replace(
                "%3", str(sum(n.votes for n in problems))),
            self.tr("Commitments: %1").replace("%1", str(len(w.commitments))),
        ]
        for c in w.commitments:
            missing = [x for x, ok in ((self.tr("owner"), c.owner_participant_id or c.owner_role),
                                       (self.tr("date"), c.due_date)) if not ok]
            if missing:
                lines.append("⚠ " + self.tr("%1 — no %2").replace("%1", c.what)
                             .replace("%2", " / ".join(missing)))
        self.overview.setText("\n".join(lines))
        self.contents.setText("\n".join(self.contents_lines()))
        if self.follow_up.hasFocus() and self.draft.has_draft():
            self.draft.set_baseline(w.follow_up_date or "")
        else:  # a date not stored (refused, or typed before leaving) is shown until fixed
            self.draft.bind(self.draft.field, w.follow_up_date or "")
            if self.draft.has_draft() and self.follow_hint.isHidden():
                self.follow_hint.say(self.tr("Not stored yet: press Enter to store it."))
        self.room_note.setText(self.tr("The room is open to phones. Close it when the day is "
                                       "done: Day → Close the room.") if self.state.room_open else "")
        self.room_note.setVisible(self.state.room_open)

    def contents_lines(self) -> list[str]:
        """What each export will hold, before it is written: pages where they are known,
        participants, and who appears under a pseudonym."""
        w = self.state.workshop
        people = len(w.participants)
        hidden = sum(1 for p in w.participants if not p.consent)
        cards = len(catalogue().principles_for(w.long_term_card))
        n = str
        return [
            self.tr("Session file: the whole session (%1 participants, %2 notes, %3 commitments), "
                    "to open in Tillit Workshop on another computer.").replace(
                "%1", n(people)).replace("%2", n(len(w.notes))).replace("%3", n(len(w.commitments))),
            self.tr("Summary: the whole day, every phase; %1 of the %2 participants appear as "
                    "their role and a number (no consent to be named).").replace(
                "%1", n(hidden)).replace("%2", n(people)),
            self.tr("Handouts: one file for each of the %1 participants, and one with them all "
                    "to print.").replace("%1", n(people)),
            self.tr("Principle cards: %1 cards, four to an A4 page: %2 pages to cut.").replace(
                "%1", n(cards)).replace("%2", n(-(-cards // 4))),
            self.tr("Follow-up: the %1 commitments with their status and history.").replace(
                "%1", n(len(w.commitments))),
        ]

    def set_follow_up(self) -> bool:
        """Store the follow-up date (after the day); empty clears it."""
        s, text = self.state, self.follow_up.text().strip()
        if text == (s.workshop.follow_up_date or ""):
            return True
        if text:
            try:
                when = dt.date.fromisoformat(text)
            except ValueError:
                self.follow_hint.say(self.tr("Write the date as YYYY-MM-DD, e.g. 2027-02-15."))
                return False
            day = parse_date(s.workshop.date)  # None: the stored day is not a date
            if day is not None and when <= day:
                self.follow_hint.say(self.tr("The follow-up comes after the day (%1).").replace(
                    "%1", s.workshop.date))
                return False
        return s.attempt(self.tr("Set the follow-up date"), lambda: session_ops.update_session(
            s.lib, s.id, follow_up_date=text or None), self.follow_hint) is not None

    def kind_name(self, kind: str) -> str:
        """What an export is called in its default file name, in the window's language."""
        return {"json": self.tr("Session file"), "summary": self.tr("Summary"),
                "handouts": self.tr("Handouts"), "cards": self.tr("Principle cards"),
                "followup": self.tr("Follow-up"), "html": self.tr("Summary"),
                "csv": self.tr("Tables")}[kind]

    def default_name(self, kind: str) -> str:
        """E.g. "Sammanfattning Lövhälla kommun 2026-10-21.pdf"; the handouts' and the CSV
        tables' folders have no suffix."""
        from tillitworkshop.ui.common import export_paths  # file dialogs: on the first export

        w = self.state.workshop
        suffix = {"json": ".json", "html": ".html", "handouts": "", "csv": ""}.get(kind, ".pdf")
        return export_paths.default_name(self.kind_name(kind), w.organisation, w.date, suffix)

    def _ask_path(self, kind: str) -> str:
        """Documents the first time, then the folder last exported to (export_paths)."""
        from tillitworkshop.ui.common import export_paths

        if kind == "handouts":
            return export_paths.ask_folder(self, self.tr("Folder for the handouts"))
        if kind == "csv":
            return export_paths.ask_folder(self, self.tr("Folder for the CSV tables"))
        return export_paths.ask_save_path(self, self.tr("Export"), self.default_name(kind))

    def open_folder(self, folder: Path) -> bool:
        """Show the written files (replaced in tests)."""
        from tillitworkshop.ui.common import export_paths

        return export_paths.open_folder(folder)

    def export_json(self) -> Path | None:
        from tillitworkshop.store.files import write_atomically
        from tillitworkshop.store.interchange import (
            export_json,  # jsonschema loads on use, not at start-up
        )

        with focus_kept():
            path = self.ask_path("json")
        if not path:
            return None
        try:
            anonymise = self.anonymise.isChecked()
            write_atomically(path, export_json(self.state.lib, self.state.id,
                                               anonymise=anonymise).encode("utf-8"))
        except StoreError as e:
            self.export_hint.say(message_of(e))
            return None
        self._record("json", path, None, anonymise)
        self.done.setText(self.tr("Written: %1").replace("%1", path))
        return Path(path)

    async def export_pdf(self, kind: str) -> list[Path]:
        """Write a PDF (or the HTML summary, "html", or the CSV tables, "csv") in the executor;
        the window stays live, Cancel stops it."""
        back = remember_focus()
        path = self.ask_path(kind)
        back()
        if not path:
            return []
        out = Path(path) / self.default_name(kind) if kind in ("handouts", "csv") else Path(path)
        self._cancel.clear()
        self._show_running(True)
        workshop, today = self.state.workshop, self.state.clock().date()

        def job() -> list[Path]:
            # reportlab is imported with the first export, and in the executor: importing it
            # on the UI thread held the window still for 30-50 ms.
            from tillitworkshop import report

            if kind == "html":
                return [report.export_html(workshop, out)]
            if kind == "csv":
                return report.export_csv(workshop, out)
            return report.export_pdf(workshop, kind, out, progress=self.progressed.emit,
                              cancel=self._cancel.is_set, today=today)

        try:
            await asyncio.sleep(0)  # let the progress bar be drawn before the job takes the CPU
            files = await asyncio.get_event_loop().run_in_executor(None, job)
        except Exception as e:
            from tillitworkshop.report import (  # loaded by the job by now
                ExportCancelled,
                ExportError,
            )

            if isinstance(e, ExportCancelled):
                self.done.setText(self.tr("Export cancelled; nothing was written."))
                return []
            if isinstance(e, ExportError | OSError):
                self.export_hint.say(str(e))
                return []
            raise
        finally:
            held = self.cancel.hasFocus()  # not moved by the facilitator since
            self._show_running(False)
            if held:
                back()
        self._record(kind, out, workshop.language)
        self.done.setText(self.tr("Written: %1").replace("%1", str(out)))
        folder = out if out.is_dir() else out.parent
        if self.open_folder(folder) is False:  # said, not swallowed: the files are there
            self.export_hint.say(self.tr("The files are written, but the folder could not be "
                                         "opened; find them in %1").replace("%1", str(folder)))
        return files

    def _record(self, kind: str, path: Path | str, language: str | None,
                anonymised: bool = False) -> None:
        try:
            exports.record(self.state.lib, self.state.id, kind, path, language=language,
                           anonymised=anonymised)
        except StoreError as e:  # the file is written; only its line in the log is missing
            self.export_hint.say(message_of(e))
        self.refresh_log()

    def refresh_log(self) -> None:
        """The export log: the newest export of each kind, then every export."""
        records = exports.log(self.state.lib, self.state.id)
        if not records:
            self.log.setText(self.tr("Nothing exported from this session yet."))
            return
        latest = exports.latest_by_kind(self.state.lib, self.state.id)
        lines = [self.tr("Latest: %1").replace("%1", " · ".join(
            f"{r.kind} {r.exported_at.replace('T', ' ')[:16]}" for r in latest.values()))]
        for r in records:
            named = self.tr("names participants") if r.named else self.tr("no names")
            lines.append(f"{r.exported_at.replace('T', ' ')[:16]}  {r.kind}"
                         f"{' (' + r.language + ')' if r.language else ''}  {r.file_name}  "
                         f"— {named}")
        self.log.setText("\n".join(lines))

    def busy(self) -> bool:
        """True while an export runs: a language switch waits rather than rebuild this page."""
        return self._running

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _show_running(self, on: bool) -> None:
        self._running = on
        self.progress.setVisible(on)
        self.cancel.setVisible(on)
        buttons = (self.json, *self.pdf.values(), self.html, self.csv)
        if on and any(b.hasFocus() for b in buttons):
            # A greyed button would hand the focus to whatever comes next (the timer's
            # reset, once): Cancel holds it while the export runs; export_pdf gives it back.
            self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        for b in buttons:
            b.setEnabled(not on)

    def focus_first(self) -> None:
        self.follow_up.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py)."""
        return [self.follow_up, (self.json, *self.pdf.values(), self.cancel)]
