"""File → Roll up sessions…: a programme's session files, folders and libraries into one
roll-up database (and its report), off the UI thread like the exports.

The work is ``tillitworkshop.rollup.roll_up_all`` in the loop's executor: the progress bar
counts the inputs (a signal delivers each step on the UI thread), Cancel stops before the
next input and leaves any earlier output as it was, and the report opens when done."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.ui.common import export_paths
from tillitworkshop.ui.common.widgets import HintLabel, label, message_of, push_button
from tillitworkshop.ui.shell.i18n import current_language


def _open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RollupDialog(QDialog):
    progressed = Signal(int, int)  # from the roll-up's thread; delivered on the UI thread

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roll up sessions"))
        self.open_file = _open_file  # replaced in tests
        self.inputs = QListWidget(self)
        self.add_files = push_button(self.tr("Add files…"), self)
        self.add_folder = push_button(self.tr("Add folder…"), self)
        self.remove = push_button(self.tr("Remove"), self)
        self.output = QLineEdit(self)
        self.output.setPlaceholderText(self.tr("programme.sqlite"))
        self.choose_output = push_button(self.tr("Choose…"), self)
        self.report = QCheckBox(self.tr("Also write the programme report (PDF)"), self)
        self.report.setChecked(True)
        self.force = QCheckBox(self.tr("Replace existing files"), self)
        self.progress = QProgressBar(self)
        self.run_button = push_button(self.tr("Roll up"), self)
        self.cancel = push_button(self.tr("Cancel"), self)
        self.close_button = push_button(self.tr("Close"), self)
        self.hint = HintLabel(self)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setAccessibleName(self.tr("Roll-up results"))
        pick = QHBoxLayout()
        for b in (self.add_files, self.add_folder, self.remove):
            pick.addWidget(b)
        pick.addStretch(1)
        out = QHBoxLayout()
        out.addWidget(self.output, 1)
        out.addWidget(self.choose_output)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Session files, folders and library folders"), "section",
                            self))
        box.addWidget(self.inputs)
        box.addLayout(pick)
        box.addWidget(label(self.tr("Roll-up database"), "section", self))
        box.addLayout(out)
        box.addWidget(self.report)
        box.addWidget(self.force)
        box.addLayout(running)
        box.addWidget(self.hint)
        box.addWidget(self.log)
        box.addLayout(buttons)
        self._cancel = threading.Event()
        self._running = False
        self._show_running(False)
        self.add_files.clicked.connect(self.ask_files)
        self.add_folder.clicked.connect(self.ask_folder)
        self.remove.clicked.connect(self.remove_selected)
        self.choose_output.clicked.connect(self.ask_output)
        self.run_button.clicked.connect(lambda _c=False: asyncio.ensure_future(self.run()))
        self.cancel.clicked.connect(self._cancel.set)
        self.close_button.clicked.connect(self.close)
        self.progressed.connect(self._show_progress)
        self.resize(620, 520)

    def add_inputs(self, paths: list[str]) -> None:
        known = {self.inputs.item(i).text() for i in range(self.inputs.count())}
        for path in paths:
            if path and path not in known:
                known.add(path)
                self.inputs.addItem(path)

    def ask_files(self) -> None:
        self.add_inputs(export_paths.ask_open_paths(
            self, self.tr("Session files"), self.tr("Session files (*.json *.tillit)")))

    def ask_folder(self) -> None:
        self.add_inputs([export_paths.ask_open_folder(self, self.tr("A folder of sessions"))])

    def remove_selected(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))

    def ask_output(self) -> None:
        path = export_paths.ask_save_path(self, self.tr("Roll-up database"), "programme.sqlite",
                                          self.tr("SQLite database (*.sqlite)"))
        if path:
            self.output.setText(path)

    def busy(self) -> bool:
        return self._running

    async def run(self) -> Path | None:
        """Roll the inputs up in the executor; the database written, or None."""
        inputs = [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]
        output = self.output.text().strip()
        if not inputs:
            self.hint.say(self.tr("Add session files or folders first."))
            return None
        if not output:
            self.hint.say(self.tr("Choose where to write the roll-up database."))
            return None
        target = Path(output)
        pdf = target.with_suffix(".pdf") if self.report.isChecked() else None
        force, lang = self.force.isChecked(), current_language()
        self.hint.say("")
        self.log.clear()
        self._cancel.clear()
        self._show_running(True)

        def job():  # rollup (jsonschema, reportlab) is imported here, off the UI thread
            from tillitworkshop.rollup import roll_up_all

            return roll_up_all(inputs, target, pdf=pdf, lang=lang, force=force,
                               progress=self.progressed.emit, cancel=self._cancel.is_set)

        try:
            await asyncio.sleep(0)  # the progress bar is drawn before the job takes the CPU
            result = await asyncio.get_event_loop().run_in_executor(None, job)
        except Exception as e:
            from tillitworkshop.rollup import RollupCancelled
            from tillitworkshop.store import StoreError

            if isinstance(e, RollupCancelled):
                self.hint.say(self.tr("Roll-up cancelled; nothing was written."))
                return None
            if isinstance(e, StoreError | OSError):
                self.hint.say(message_of(e))
                return None
            raise
        finally:
            self._show_running(False)
        self.log.setPlainText("\n".join(f"{p.source}: {p.message}" for p in result.problems))
        if not result.written:
            self.hint.say(self.tr("No sessions to roll up; nothing was written."))
            return None
        s = result.summary
        self.log.appendPlainText(
            self.tr("%1 sessions from %2 sites, %3 to %4; %5 inputs skipped.")
            .replace("%1", str(s.sessions)).replace("%2", str(s.sites))
            .replace("%3", s.first_date or "").replace("%4", s.last_date or "")
            .replace("%5", str(result.skipped)))
        self.open_file(pdf if pdf is not None else target.parent)
        return result.output

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _show_running(self, on: bool) -> None:
        self._running = on
        self.progress.setVisible(on)
        self.cancel.setVisible(on)
        for w in (self.run_button, self.add_files, self.add_folder, self.remove,
                  self.choose_output, self.close_button):
            w.setEnabled(not on)

    def closeEvent(self, event) -> None:
        if self._running:  # the job finishes or stops first: Cancel, then close
            self._cancel.set()
            event.ignore()
            return
        super().closeEvent(event)
