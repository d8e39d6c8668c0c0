"""The room (issue 23): what participants' phones send, stored like any edit.

A phone is known by a device cookie, kept here only as its SHA-256 (``room_devices``);
its ratings carry the device's own random key and its chain role, never a person.
Every submission carries the phone's own id: a retry of one already stored is
recognised (``room_submissions``) and changes nothing. Ratings and dot votes go
straight in (numbers within bounds); notes wait in ``room_queue`` until the
facilitator accepts, merges or rejects them, and are on disk from the moment the
phone is answered.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..content import catalogue
from ..domain.model import RATING_MAX, RATING_MIN
from ..domain.validation import FieldError, ValidationError
from .changes import Change
from .library import Library, Reader, now
from .notes import add_note, group_notes
from .records import keys, new_id, row_of, touch
from .sessions import get_row

MAX_NOTE = 2000  # characters in a phone's note
MAX_CLIENT_ID = 64
# What a phone may write, by phase: the kinds of note it offers there.
PHONE_KINDS: dict[str, tuple[str, ...]] = {
    "good_meeting": ("value", "hinder"),
    "chain": ("value", "hinder", "need"),
    "problems": ("problem",),
}


@dataclass(frozen=True, slots=True)
class Stored:
    """A submission's outcome: ``created`` False when its id was stored before."""

    created: bool
    change: Change | None = None


@dataclass(frozen=True, slots=True)
class QueuedNote:
    """A note sent from a phone, waiting in the queue for the facilitator."""

    id: str
    phase: str
    kind: str
    text: str
    chain_link: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class DeviceState:
    """What a phone sees of its own: its role, its ratings, its dots."""

    role: str | None
    ratings: dict[str, int]
    votes: dict[str, int]
    used: int


def _bad(field: str, message: str, code: str = "unknown_value", **params: Any) -> ValidationError:
    return ValidationError([FieldError(field, message, code, params)])


def cookie_hash(cookie: str) -> str:
    return hashlib.sha256(cookie.encode("utf-8")).hexdigest()


def principles_of(session: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p.key for p in catalogue().principles_for(bool(session["long_term_card"])))


def _device(lib: Library, session_id: str, cookie: str) -> str:
    """The device's key, made on its first submission (inside the caller's edit)."""
    digest = cookie_hash(cookie)
    row = lib.query_one("SELECT id, session_id FROM room_devices WHERE cookie_hash = ?", [digest])
    if row is not None:
        if row["session_id"] != session_id:  # a cookie from another session's room
            raise _bad("device", "this phone belongs to another session's room", "no_device")
        return str(row["id"])
    did = new_id()
    lib.db.execute("INSERT INTO room_devices (id, session_id, cookie_hash, created_at) "
                   "VALUES (?, ?, ?, ?)", [did, session_id, digest, now()])
    return did


def _client_id(client_id: object) -> str:
    if not isinstance(client_id, str) or not 1 <= len(client_id) <= MAX_CLIENT_ID:
        raise _bad("id", f"must be text of 1 to {MAX_CLIENT_ID} characters", "not_text")
    return client_id


def _seen(lib: Library, session_id: str, cookie: str, client_id: str) -> bool:
    return lib.query_one(
        "SELECT 1 FROM room_submissions s JOIN room_devices d ON d.id = s.device_id "
        "WHERE d.cookie_hash = ? AND d.session_id = ? AND s.client_id = ?",
        [cookie_hash(cookie), session_id, client_id]) is not None


def _record(lib: Library, device: str, client_id: str, kind: str) -> None:
    lib.db.execute("INSERT INTO room_submissions (device_id, client_id, kind, stored_at) "
                   "VALUES (?, ?, ?, ?)", [device, client_id, kind, now()])


def submit_note(lib: Library, session_id: str, cookie: str, client_id: object, phase: object,
                kind: object, text: object, link: object = None) -> Stored:
    """Queue a phone's note for moderation."""
    cid = _client_id(client_id)
    get_row(lib, session_id)
    if _seen(lib, session_id, cookie, cid):
        return Stored(False)
    if not isinstance(phase, str) or phase not in PHONE_KINDS:
        raise _bad("phase", f"phones add notes in {', '.join(PHONE_KINDS)}", values=list(PHONE_KINDS))
    if kind not in PHONE_KINDS[phase]:
        raise _bad("kind", f"a note in {phase} is one of {', '.join(PHONE_KINDS[phase])}",
                   values=list(PHONE_KINDS[phase]))
    if not isinstance(text, str) or not text.strip():
        raise _bad("text", "must not be empty", "empty")
    if len(text) > MAX_NOTE:
        raise _bad("text", f"is longer than {MAX_NOTE:,} characters", "too_long", limit=MAX_NOTE)
    if link is not None and (phase != "chain" or link not in keys().roles):
        raise _bad("link", "is not a link of the chain", values=sorted(keys().roles))
    with lib.edit(undoable=False) as edit:
        device = _device(lib, session_id, cookie)
        _record(lib, device, cid, "note")
        qid = new_id()
        lib.db.execute(
            "INSERT INTO room_queue (id, session_id, device_id, phase, kind, text, chain_link, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [qid, session_id, device, phase, kind, text.strip(), link, now()])
    return Stored(True, edit.change(session_id, "room", "added", (qid,)))


def submit_rating(lib: Library, session_id: str, cookie: str, client_id: object,
                  principle: object, value: object, role: object) -> Stored:
    """Set this phone's current rating of one principle, for its chain role."""
    cid = _client_id(client_id)
    session = get_row(lib, session_id)
    if _seen(lib, session_id, cookie, cid):
        return Stored(False)
    principles = principles_of(session)
    if principle not in principles:
        raise _bad("principle", "is not a principle of this session", values=list(principles))
    if isinstance(value, bool) or not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
        raise _bad("value", f"must be a whole number from {RATING_MIN} to {RATING_MAX}",
                   "out_of_range", min=RATING_MIN, max=RATING_MAX)
    if role not in keys().roles:
        raise _bad("role", "is not a role of the chain", values=sorted(keys().roles))
    with lib.edit(undoable=False) as edit:
        device = _device(lib, session_id, cookie)
        _record(lib, device, cid, "rating")
        lib.db.execute("UPDATE room_devices SET role = ? WHERE id = ?", [role, device])
        lib.db.execute(
            "INSERT INTO ratings (id, session_id, principle, value, role, device) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, principle, device) "
            "WHERE device IS NOT NULL DO UPDATE SET value = excluded.value, role = excluded.role",
            [new_id(), session_id, principle, value, role, device])
        touch(lib.db, session_id)
    return Stored(True, edit.change(session_id, "rating", "updated"))


def submit_vote(lib: Library, session_id: str, cookie: str, client_id: object, note: object,
                delta: object) -> Stored:
    """Put one of this phone's dots on a problem (delta 1) or take it back (-1)."""
    cid = _client_id(client_id)
    session = get_row(lib, session_id)
    if _seen(lib, session_id, cookie, cid):
        return Stored(False)
    if delta not in (1, -1) or isinstance(delta, bool):
        raise _bad("delta", "must be 1 or -1", "out_of_range", min=-1, max=1)
    row = lib.query_one("SELECT session_id, phase, kind, group_id FROM notes WHERE id = ?",
                        [note]) if isinstance(note, str) else None
    if row is None or row["session_id"] != session_id or row["kind"] != "problem" \
            or row["group_id"] is not None:
        raise _bad("note", "is not a problem on this session's board", "no_problem")
    with lib.edit(undoable=False) as edit:
        device = _device(lib, session_id, cookie)
        state = _votes(lib, device)
        if delta == 1 and sum(state.values()) >= session["vote_budget"]:
            raise _bad("delta", f"all {session['vote_budget']} dots are used", "budget",
                       budget=session["vote_budget"])
        if delta == -1 and not state.get(str(note)):
            raise _bad("delta", "this phone has no dot on that problem", "no_dot")
        _record(lib, device, cid, "vote")
        if delta == 1:
            lib.db.execute(
                "INSERT INTO room_votes (device_id, note_id, dots) VALUES (?, ?, 1) "
                "ON CONFLICT (device_id, note_id) DO UPDATE SET dots = dots + 1", [device, note])
        elif state[str(note)] == 1:  # its last dot there
            lib.db.execute("DELETE FROM room_votes WHERE device_id = ? AND note_id = ?",
                           [device, note])
        else:
            lib.db.execute("UPDATE room_votes SET dots = dots - 1 WHERE device_id = ? AND "
                           "note_id = ?", [device, note])
        lib.db.execute("UPDATE notes SET votes = MAX(0, votes + ?) WHERE id = ?", [delta, note])
        touch(lib.db, session_id)
    return Stored(True, edit.change(session_id, "note", "updated", (str(note),)))


def _votes(lib: Reader, device: str) -> dict[str, int]:
    return {r["note_id"]: r["dots"] for r in lib.query(
        "SELECT note_id, dots FROM room_votes WHERE device_id = ?", [device])}


def phone_dots(lib: Reader, note_ids: list[str]) -> dict[str, int]:
    """How many of each problem's dots were given from phones (only those that have any);
    the rest of ``notes.votes`` is the facilitator's own."""
    marks = ",".join("?" * len(note_ids))
    return {r["note_id"]: int(r["n"]) for r in lib.query(
        f"SELECT note_id, SUM(dots) AS n FROM room_votes WHERE note_id IN ({marks}) "
        "GROUP BY note_id", list(note_ids))} if note_ids else {}


def device_state(lib: Reader, session_id: str, cookie: str) -> DeviceState:
    row = lib.query_one("SELECT id, role FROM room_devices WHERE cookie_hash = ? AND session_id = ?",
                        [cookie_hash(cookie), session_id])
    if row is None:
        return DeviceState(None, {}, {}, 0)
    ratings = {r["principle"]: r["value"] for r in lib.query(
        "SELECT principle, value FROM ratings WHERE device = ?", [row["id"]])}
    votes = _votes(lib, row["id"])
    return DeviceState(row["role"], ratings, votes, sum(votes.values()))


def device_count(lib: Reader, session_id: str) -> int:
    row = lib.query_one("SELECT COUNT(*) AS n FROM room_devices WHERE session_id = ?", [session_id])
    return int(row["n"]) if row else 0


def set_focus(lib: Library, session_id: str, link: str | None) -> Change:
    """The chain link being discussed, which phones follow (view state: no undo step)."""
    if link is not None and link not in keys().roles:
        raise _bad("link", "is not a link of the chain", values=sorted(keys().roles))
    get_row(lib, session_id)
    with lib.edit(undoable=False) as edit:
        lib.db.execute("UPDATE sessions SET current_link = ? WHERE id = ?", [link, session_id])
    return edit.change(session_id, "session", "updated", (session_id,))


# --- moderation (the facilitator's window) ---

def pending(lib: Reader, session_id: str) -> list[QueuedNote]:
    return [QueuedNote(**r) for r in lib.query(
        "SELECT id, phase, kind, text, chain_link, created_at FROM room_queue "
        "WHERE session_id = ? AND status = 'pending' ORDER BY created_at, rowid", [session_id])]


def _queued(lib: Library, queue_id: str) -> dict[str, Any]:
    row = row_of(lib, "room_queue", queue_id)
    if row["status"] != "pending":
        raise _bad("queue", "this note was already moderated", "moderated")
    return row


def accept(lib: Library, queue_id: str, text: str | None = None,
           merge_into: str | None = None) -> Change:
    """Make a queued note an ordinary note (with the facilitator's ``text`` if edited), or
    group it under ``merge_into``; one edit, undone as one."""
    row = _queued(lib, queue_id)
    sid = row["session_id"]
    place = {"chain_link": row["chain_link"]} if row["chain_link"] else {}
    with lib.edit() as edit:
        added = add_note(lib, sid, row["phase"], row["kind"],
                         text if text is not None else row["text"], **place)
        nid = added.ids[0]
        if merge_into is not None:
            group_notes(lib, merge_into, [nid])
        lib.db.execute("UPDATE room_queue SET status = 'accepted', note_id = ? WHERE id = ?",
                       [nid, queue_id])
    return edit.change(sid, "note", "added", (nid, *([merge_into] if merge_into else [])))


def reject(lib: Library, queue_id: str) -> Change:
    row = _queued(lib, queue_id)
    with lib.edit() as edit:
        lib.db.execute("UPDATE room_queue SET status = 'rejected' WHERE id = ?", [queue_id])
        # the text of a rejected note is not kept
        lib.db.execute("UPDATE room_queue SET text = '' WHERE id = ?", [queue_id])
    return edit.change(row["session_id"], "room", "updated", (queue_id,))
