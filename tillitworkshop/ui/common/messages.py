"""The window's sentences for validation and storage errors, in the window's language.

The domain and the store stay free of Qt and keep English messages (the command line
prints them); each error also carries a ``code`` and ``params``. Here every code has
a sentence written out as a literal for pyside6-lupdate (context "Messages"), and every
field a label as the forms show it. An error without a known code is said in English,
as before.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from tillitworkshop.domain import ValidationError
from tillitworkshop.domain.validation import FieldError
from tillitworkshop.store import StoreError

_PLACEHOLDER = re.compile(r"%(\d)")
_INDEX = re.compile(r"\[\d+\]")


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2, ... replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
        else m.group(0), text)


def _quoted(value: object) -> str:
    """A value a message quotes: at most 60 characters of it, and its length when cut
    (a pasted megabyte would freeze the label that shows it)."""
    text = str(value)
    if len(text) <= 60:
        return text
    return fill(QCoreApplication.translate("Messages", "%1… (%2 characters)"),
                text[:60], f"{len(text):,}")


def field_label(path: str) -> str:
    """The label of a field as the forms show it: ``notes[3].due_date`` -> "By when"."""
    name = _INDEX.sub("", path.rsplit(".", 1)[-1])
    labels = {
        "organisation": QCoreApplication.translate("Messages", "Organisation"),
        "sector": QCoreApplication.translate("Messages", "Sector"),
        "date": QCoreApplication.translate("Messages", "Date"),
        "place": QCoreApplication.translate("Messages", "Place"),
        "facilitators": QCoreApplication.translate("Messages", "Facilitators"),
        "language": QCoreApplication.translate("Messages", "Language"),
        "follow_up_date": QCoreApplication.translate("Messages", "Follow-up date"),
        "long_term_card": QCoreApplication.translate("Messages", "The long-term card"),
        "vote_budget": QCoreApplication.translate("Messages", "Dot budget"),
        "vote_mode": QCoreApplication.translate("Messages", "Whom the dot budget is for"),
        "current_phase": QCoreApplication.translate("Messages", "Phase"),
        "phase": QCoreApplication.translate("Messages", "Phase"),
        "name": QCoreApplication.translate("Messages", "Name"),
        "role": QCoreApplication.translate("Messages", "Chain role"),
        "unit": QCoreApplication.translate("Messages", "Unit"),
        "consent": QCoreApplication.translate("Messages", "Consent"),
        "kind": QCoreApplication.translate("Messages", "Kind of note"),
        "text": QCoreApplication.translate("Messages", "Note"),
        "note": QCoreApplication.translate("Messages", "Note"),
        "chain_link": QCoreApplication.translate("Messages", "Link of the chain"),
        "relationship": QCoreApplication.translate("Messages", "Relationship"),
        "principle": QCoreApplication.translate("Messages", "Principle"),
        "principles": QCoreApplication.translate("Messages", "Principles"),
        "obstacle": QCoreApplication.translate("Messages", "Obstacle"),
        "signal": QCoreApplication.translate("Messages", "Governance signal"),
        "votes": QCoreApplication.translate("Messages", "Dots"),
        "value": QCoreApplication.translate("Messages", "Rating"),
        "strength": QCoreApplication.translate("Messages", "Trust"),
        "what": QCoreApplication.translate("Messages", "What will be done"),
        "owner_participant_id": QCoreApplication.translate("Messages", "Owner"),
        "owner_role": QCoreApplication.translate("Messages", "Owner's chain role"),
        "due_date": QCoreApplication.translate("Messages", "By when"),
        "first_step": QCoreApplication.translate("Messages", "First step"),
        "indicator": QCoreApplication.translate("Messages", "How we will know"),
        "problems": QCoreApplication.translate("Messages", "Problems"),
        "status": QCoreApplication.translate("Messages", "Status"),
        "title": QCoreApplication.translate("Messages", "Time box"),
        "minutes": QCoreApplication.translate("Messages", "Minutes"),
        "position": QCoreApplication.translate("Messages", "Position"),
        "group": QCoreApplication.translate("Messages", "Grouping"),
        "participant_id": QCoreApplication.translate("Messages", "Participant"),
    }
    return labels.get(name) or name.replace("_", " ").capitalize()


def _thing(table: str) -> str:
    """What a row of ``table`` is called, for "not found"."""
    things = {
        "sessions": QCoreApplication.translate("Messages", "session"),
        "participants": QCoreApplication.translate("Messages", "participant"),
        "notes": QCoreApplication.translate("Messages", "note"),
        "ratings": QCoreApplication.translate("Messages", "rating"),
        "relationship_marks": QCoreApplication.translate("Messages", "trust mark"),
        "commitments": QCoreApplication.translate("Messages", "commitment"),
        "agenda_items": QCoreApplication.translate("Messages", "time box"),
    }
    return things.get(table) or table.replace("_", " ")


def field_message(error: FieldError) -> str | None:
    """One sentence for one field, or None for a code this module does not know."""
    label, p = field_label(error.field), error.params
    match error.code:
        case "empty":
            return fill(QCoreApplication.translate("Messages", "%1 must not be empty."), label)
        case "not_text":
            return fill(QCoreApplication.translate("Messages", "%1 must be text."), label)
        case "too_long":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is longer than %2 characters."), label, f"{p.get('limit', 0):,}")
        case "unknown_value":  # the choices as the file or the command line writes them
            return fill(QCoreApplication.translate(
                "Messages", "%1: “%2” is not one of the choices; choose one of %3."),
                label, _quoted(p.get("value")), ", ".join(map(str, p.get("allowed", []))))
        case "not_date":
            return fill(QCoreApplication.translate(
                "Messages", "%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12."),
                label, _quoted(p.get("value", "")))
        case "not_integer":
            return fill(QCoreApplication.translate("Messages", "%1 must be a whole number."), label)
        case "out_of_range":
            return fill(QCoreApplication.translate("Messages", "%1 must be between %2 and %3."),
                        label, p.get("low"), p.get("high"))
        case "not_bool":
            return fill(QCoreApplication.translate("Messages", "%1 must be yes or no."), label)
        case "not_names":
            return fill(QCoreApplication.translate("Messages", "%1 must be a list of names."), label)
        case "signal_missing":
            return QCoreApplication.translate(
                "Messages", "A note on a governance signal must say which signal it is.")
        case "rating_owner":
            return QCoreApplication.translate(
                "Messages", "A rating belongs to a participant or to a role in the chain.")
        case "no_participant":
            return QCoreApplication.translate(
                "Messages", "That participant is not in this session (any more).")
        case "no_problem":
            return QCoreApplication.translate(
                "Messages", "That problem is not in this session (any more).")
        case "group_nested":
            return QCoreApplication.translate(
                "Messages", "A note cannot be grouped under a note that is itself grouped.")
        case "group_sessions":
            return QCoreApplication.translate(
                "Messages", "Notes of different sessions cannot be grouped together.")
        case "unknown_field":
            return fill(QCoreApplication.translate("Messages", "%1 cannot be changed here."), label)
        case "phone_dots":  # the board's −: the dots left are the phones' (store/notes.vote)
            return fill(QCoreApplication.translate(
                "Messages", "Only phones' dots are left (%1): a phone takes back its own."),
                p.get("phones", 0))
        case "moderated":  # the room's queue (ui/room)
            return QCoreApplication.translate(
                "Messages", "This note from a phone was already accepted or rejected.")
    return None


def _store_message(error: StoreError) -> str | None:
    """The sentence for a StoreError's code, or None for a code this module does not know."""
    p: dict[str, Any] = error.params  # each code's own parameters
    path = p.get("path", "")
    match error.code:
        case "disk_full":
            return fill(QCoreApplication.translate(
                "Messages", "This edit was not stored: the disk is full. Free some space (delete "
                "or move files), then try again; nothing stored before was lost. Library: %1"), path)
        case "read_only":
            return fill(QCoreApplication.translate(
                "Messages", "This edit was not stored: the library cannot be written (read-only). "
                "Check the folder's permissions or choose another with --data-dir; nothing stored "
                "before was lost. Library: %1"), path)
        case "disk_error":
            return fill(QCoreApplication.translate(
                "Messages", "This edit was not stored: the disk reported an error (%1). Check the "
                "disk or save to another folder, then try again; nothing stored before was lost. "
                "Library: %2"), p.get("detail", ""), path)
        case "locked":
            if p.get("pid") is None:
                return fill(QCoreApplication.translate(
                    "Messages", "The library %1 is already open in another Tillit Workshop. Close "
                    "the other window first, or use --data-dir to work in another library folder."),
                    p.get("library", path))
            return fill(QCoreApplication.translate(
                "Messages", "The library %1 is already open (process %2 on %3). Close the other "
                "Tillit Workshop window first, or use --data-dir to work in another library "
                "folder."), p.get("library", path), p.get("pid"), p.get("host"))
        case "cut_short":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is cut short (%2 bytes): the file is damaged."),
                path, p.get("size")) + _backup_sentence(p)
        case "damaged":
            return fill(QCoreApplication.translate("Messages", "%1 is damaged: %2."),
                        path, "; ".join(p.get("problems", []))) + _backup_sentence(p)
        case "damaged_record":
            return fill(QCoreApplication.translate(
                "Messages", "Session %1 cannot be read: in table %2, record %3 is damaged (%4 is "
                "not UTF-8 text). Check the library, and go back to a good backup."),
                p.get("session"), p.get("table"), p.get("record"), p.get("column"))
        case "library_missing":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is missing, but its folder holds backups or copies of a library. "
                "Go back to the newest good backup, or move the backups folder and the "
                "library-replaced-/library-damaged- files away to start a new, empty library."),
                path) + _backup_sentence(p)
        case "empty_file":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is empty (0 bytes), so it holds no sessions. Go back to a backup, "
                "or move the file away to start a new library."), path) + _backup_sentence(p)
        case "not_sqlite":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is not a Tillit Workshop library (it is not an SQLite file). Move "
                "it away, or point --data-dir at the folder that holds your library."), path)
        case "other_program":
            return fill(QCoreApplication.translate(
                "Messages", "%1 is an SQLite file of another program, not a Tillit Workshop "
                "library. It was left untouched; point --data-dir at another folder."), path)
        case "too_new":
            return fill(QCoreApplication.translate(
                "Messages", "%1 was written by a newer version of Tillit Workshop (library version "
                "%2, this app reads up to %3). It was left untouched: install the newer version "
                "to open it."), path, p.get("version"), p.get("supported"))
        case "cannot_create_folder":
            return fill(QCoreApplication.translate(
                "Messages", "Cannot create the library folder %1: %2. Choose another folder with "
                "--data-dir."), path, p.get("reason"))
        case "cannot_write_folder":
            return fill(QCoreApplication.translate(
                "Messages", "Cannot write in %1: %2. Choose a folder you may write to with "
                "--data-dir."), path, p.get("reason"))
        case "is_folder":
            return fill(QCoreApplication.translate("Messages", "%1 is a folder; give a file name."),
                        path)
        case "cannot_write_in":
            return fill(QCoreApplication.translate("Messages", "Cannot write in %1: %2."),
                        path, p.get("reason"))
        case "not_a_file":
            return fill(QCoreApplication.translate(
                "Messages", "%1 exists and is not a regular file (a device, a pipe or a broken "
                "link); it was left as it is. Give another file name."), path)
        case "not_a_folder":
            return fill(QCoreApplication.translate(
                "Messages", "%1 exists and is not a folder; give a new or empty folder."), path)
        case "folder_not_empty":
            return fill(QCoreApplication.translate(
                "Messages", "%1 already holds other files (%2); choose a new or empty folder."),
                path, p.get("names", ""))
        case "cannot_write_file":
            return fill(QCoreApplication.translate("Messages", "Cannot write %1: %2."),
                        path, p.get("reason"))
        case "rollup_exists":  # the command line says --force; the window has a box to tick
            return fill(QCoreApplication.translate(
                "Messages", "%1 exists; tick “Replace existing files” to replace it."), path)
        case "rollup_no_folder":
            return fill(QCoreApplication.translate(
                "Messages", "Cannot write %1: the folder %2 does not exist."), path,
                p.get("folder", ""))
        case "wal_missing":
            text = fill(QCoreApplication.translate(
                "Messages", "%1 was not closed properly last time, and %2, which held its latest "
                "edits, is missing: the library may be older than your last edits."),
                path, p.get("wal"))
            if not p.get("backup"):
                return text + " " + QCoreApplication.translate("Messages", "No good backup was found.")
            return text + " " + fill(QCoreApplication.translate(
                "Messages", "The newest good backup is %1 (the current library is kept aside if "
                "you go back to it)."), p["backup"])
        case "cannot_restore":
            return fill(QCoreApplication.translate("Messages", "%1 cannot be restored: %2."),
                        path, "; ".join(p.get("problems", [])))
        case "no_row":
            return fill(QCoreApplication.translate(
                "Messages", "Not found: the %1 with id %2 (it may have been deleted)."),
                _thing(p.get("table", "")), p.get("id"))
        case "undo_failed":
            if p.get("why") == "conflict":
                text = QCoreApplication.translate(
                    "Messages", "Could not undo or redo this change (%1): it clashes with what is "
                    "stored now (%2). Nothing was changed; the step stays in the undo history.")
            else:
                text = QCoreApplication.translate(
                    "Messages", "Could not undo or redo this change (%1): the library refused it "
                    "(%2). Nothing was changed; the step stays in the undo history.")
            return fill(text, _thing(p.get("table", "")), p.get("detail", ""))
        case "no_good_backup":
            return fill(QCoreApplication.translate("Messages", "No good backup in %1."),
                        p.get("folder"))
        case "no_backup":
            return fill(QCoreApplication.translate("Messages", "No backup “%1”. Backups in %2: %3."),
                        p.get("ref"), p.get("folder"), p.get("names"))
        case "no_session_given":
            return QCoreApplication.translate(
                "Messages", "No session given: name a session id or the start of one.")
        case "no_session_prefix":
            return fill(QCoreApplication.translate("Messages", "No session id starts with “%1”."),
                        p.get("ref"))
        case "ambiguous":
            return fill(QCoreApplication.translate(
                "Messages", "“%1” matches %2 sessions; give more characters of the id."),
                p.get("ref"), p.get("count"))
        case "not_imported":
            errors = p.get("errors", [])
            lines = [f"  {where}: {what}" for where, what in errors[:20]]
            if len(errors) > 20:
                lines.append("  " + fill(QCoreApplication.translate("Messages", "… and %1 more"),
                                         len(errors) - 20))
            header = fill(QCoreApplication.translate(
                "Messages", "%1: not imported, nothing was changed."), p.get("source"))
            return "\n".join([header, *lines])
    return None


def _backup_sentence(params: dict) -> str:
    """What a damaged library's message adds about backups (nothing when none was looked for)."""
    if "backup" not in params:
        return ""
    if params["backup"] is None:
        return " " + QCoreApplication.translate("Messages", "No good backup was found.")
    return " " + fill(QCoreApplication.translate(
        "Messages", "The newest good backup is %1 (the damaged file is kept aside if you go "
        "back to it)."), params["backup"])


def message_of(error: BaseException) -> str:
    """A sentence for the user, in the window's language, from a ValidationError or a
    StoreError; an unknown code (or another exception) is said in English, as it is."""
    if isinstance(error, ValidationError):
        return " ".join(field_message(e)
                        or f"{e.field.replace('_', ' ').capitalize()} {e.message}."
                        for e in error.errors)
    if isinstance(error, StoreError):
        return _store_message(error) or str(error)
    return str(error)
