"""Privacy actions on the roster. Forget a participant: a confirmation that says what will
happen, the store's forget (store/forget.py), the undo history cleared of steps that
mention them, and what was done said in the roster's hint. Export what is stored about
a participant (store/person.py), to answer an access request.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from tillitworkshop.domain import Participant
from tillitworkshop.domain.model import FORGOTTEN_NAME
from tillitworkshop.store import Change, StoreError, exports
from tillitworkshop.store.forget import forget
from tillitworkshop.ui.common import export_paths
from tillitworkshop.ui.common.dialogs import focus_kept
from tillitworkshop.ui.common.messages import fill
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import HintLabel


def confirm(parent: QWidget, name: str) -> bool | None:
    """Ask; None when cancelled, else whether their notes are to be deleted too. (Tests
    replace this function.)"""
    title = QCoreApplication.translate("Forget", "Forget participant")
    text = fill(QCoreApplication.translate(
        "Forget", "Forget %1?\n\nTheir name and unit are removed from this library, from every "
        "backup and from the undo history. What they said stays, shown under their chain role, and "
        "their ratings stay without their name.\n\nThis cannot be undone."), name)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.addButton(QCoreApplication.translate("Forget", "Forget"),
                  QMessageBox.ButtonRole.DestructiveRole)
    delete_notes = QCheckBox(QCoreApplication.translate("Forget", "Delete what they said too"), box)
    box.setCheckBox(delete_notes)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    with focus_kept():
        box.exec()
    if box.clickedButton() is box.button(QMessageBox.StandardButton.Cancel) \
            or box.clickedButton() is None:
        return None
    return delete_notes.isChecked()


def forget_participant(parent: QWidget, state: SessionState, p: Participant,
                       hint: HintLabel) -> bool:
    """Forget ``p`` after asking; whether it was done."""
    if p.name == FORGOTTEN_NAME:
        hint.say(QCoreApplication.translate("Forget", "This participant is already forgotten."))
        return False
    answer = confirm(parent, p.name)
    if answer is None:
        return False
    try:
        report = forget(state.lib, state.id, p.id, delete_notes=answer)
    except StoreError as e:
        hint.show_error(e)
        return False
    state.hub.drop_mentions((p.id, p.name, p.unit))
    state.hub.changed.emit(Change(state.id, "participant", "updated", (p.id,), ()))
    said = fill(QCoreApplication.translate(
        "Forget", "Forgotten. Backups rewritten without them: %1."), report.count("rewritten"))
    removed = report.count("deleted")
    if removed:
        said += " " + fill(QCoreApplication.translate(
            "Forget", "Damaged backups that held them, deleted: %1."), removed)
    named = exports_naming(p.id, state)
    hint.say(said + ("\n" + named if named else ""))
    return True


def exports_naming(participant_id: str, state: SessionState) -> str:
    """The exports made so far that named the participant, to delete or replace; "" for none."""
    records = exports.naming(state.lib, participant_id)
    if not records:
        return ""
    return QCoreApplication.translate(
        "Forget", "Exports made before this that named them (delete or replace these files):") \
        + "".join(f"\n{r.exported_at.replace('T', ' ')[:16]}  {r.kind}  {r.file_name}"
                  for r in records)


def ask_person_path(parent: QWidget, suggested: str) -> str:
    """Where to save a person's record; "" when cancelled. (Tests replace this function.)"""
    # Through export_paths: the focus comes back, and the dialog opens where the last export went.
    return export_paths.ask_save_path(
        parent, QCoreApplication.translate("Forget", "Export what is stored about them"),
        suggested, "JSON (*.json)")


def export_person(parent: QWidget, state: SessionState, p: Participant,
                  hint: HintLabel) -> str:
    """Save everything stored about ``p`` as JSON where the facilitator chooses; the path."""
    from tillitworkshop.store.files import write_atomically
    from tillitworkshop.store.names import safe_file_name
    from tillitworkshop.store.person import person_json

    path = ask_person_path(parent, safe_file_name(p.name, "person", suffix=".json"))
    if not path:
        return ""
    try:
        write_atomically(path, person_json(state.lib, state.id, p.id).encode("utf-8"))
        exports.record(state.lib, state.id, "person", path, participants=[p.id])
    except StoreError as e:
        hint.show_error(e)
        return ""
    hint.say(fill(QCoreApplication.translate("Forget", "Written: %1"), path))
    return path
