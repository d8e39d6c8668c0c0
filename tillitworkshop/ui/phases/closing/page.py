"""Avslutning: what the day captured, the follow-up date, and the exports.

PDFs are written off the UI thread (the qasync loop's executor) with a
progress bar and Cancel; the folder is opened when they are done.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.store import StoreError
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.store.names import safe_file_name
from tillitworkshop.ui.common.clock import parse_date
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


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ClosingPage(QWidget):
    PHASE = "closing"
    progressed = Signal(int, int)  # from the export thread; delivered on the UI thread

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.ask_path = self._ask_path  # replaced in tests
        self.open_folder = _open_folder  # replaced in tests
        self.overview = label("", "", self, wrap=True)
        self.overview.setAccessibleName(self.tr("What the day captured"))
        self.follow_up = EntryLine(self.tr("Follow-up date"), example("2027-02-15"), self)
        self.follow_hint = HintLabel(self)
        self.json = push_button(self.tr("Export session file (JSON)…"), self)
        self.pdf = {kind: push_button(text, self) for kind, text in (
            ("summary", self.tr("Summary PDF…")), ("handouts", self.tr("Handouts PDF…")),
            ("cards", self.tr("Principle cards PDF…")), ("followup", self.tr("Follow-up PDF…")))}
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel = push_button(self.tr("Cancel"), self)
        self.export_hint = HintLabel(self)
        self.done = label("", "guidance", self, wrap=True)
        follow = QHBoxLayout()
        follow.addWidget(label(self.tr("Follow-up date:"), "", self))
        follow.addWidget(self.follow_up)
        follow.addStretch(1)
        exports = flow_box(self, [self.json, *self.pdf.values()])  # wraps on a narrow window
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(self.tr("What the day captured"), "section", self))
        box.addWidget(self.overview)
        box.addWidget(label(self.tr("Follow-up"), "section", self))
        box.addLayout(follow)
        box.addWidget(self.follow_hint)
        box.addWidget(label(self.tr("Exports"), "section", self))
        box.addWidget(exports)
        box.addLayout(running)
        box.addWidget(self.export_hint)
        box.addWidget(self.done)
        box.addStretch(1)
        self._cancel = threading.Event()
        self._show_running(False)
        self.follow_up.editingFinished.connect(self.set_follow_up)
        self.json.clicked.connect(self.export_json)
        for kind, button in self.pdf.items():
            button.clicked.connect(lambda _c=False, k=kind: asyncio.ensure_future(self.export_pdf(k)))
        self.cancel.clicked.connect(self._cancel.set)
        self.progressed.connect(self._show_progress)
        state.reloaded.connect(self.refresh)
        state.notes_changed.connect(lambda _ids: self.refresh() if self.isVisible() else None)
        self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()
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
        if not self.follow_up.hasFocus():
            self.follow_up.setText(w.follow_up_date or "")

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

    def _ask_path(self, kind: str) -> str:
        if kind == "handouts":
            return QFileDialog.getExistingDirectory(self, self.tr("Folder for the handouts"))
        w = self.state.workshop
        name = safe_file_name(f"{w.organisation} {w.date}" if kind == "json" else
                              f"{w.organisation} {w.date} {kind}", kind,
                              suffix=".json" if kind == "json" else ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name)
        return path

    def export_json(self) -> Path | None:
        from tillitworkshop.store.files import write_atomically
        from tillitworkshop.store.interchange import (
            export_json,  # jsonschema loads on use, not at start-up
        )

        path = self.ask_path("json")
        if not path:
            return None
        try:
            write_atomically(path, export_json(self.state.lib, self.state.id).encode("utf-8"))
        except StoreError as e:
            self.export_hint.say(message_of(e))
            return None
        self.done.setText(self.tr("Written: %1").replace("%1", path))
        return Path(path)

    async def export_pdf(self, kind: str) -> list[Path]:
        """Write a PDF in the executor; the window stays live, Cancel stops it."""
        path = self.ask_path(kind)
        if not path:
            return []
        out = Path(path) / "handouts" if kind == "handouts" else Path(path)
        self._cancel.clear()
        self._show_running(True)
        workshop, today = self.state.workshop, self.state.clock().date()

        def job() -> list[Path]:
            # reportlab is imported with the first export, and in the executor: importing it
            # on the UI thread held the window still for 30-50 ms.
            from tillitworkshop.report import export_pdf

            return export_pdf(workshop, kind, out, progress=self.progressed.emit,
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
            self._show_running(False)
        self.done.setText(self.tr("Written: %1").replace("%1", str(out)))
        self.open_folder(out if out.is_dir() else out.parent)
        return files

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
        for b in (self.json, *self.pdf.values()):
            b.setEnabled(not on)

    def focus_first(self) -> None:
        self.follow_up.setFocus()
