"""Drafts: what was typed into an entry line or form and not yet submitted.

One row per session and field; ``field`` is a name the window chooses
("note/chain/obstacle/link=enhetschef", "commitment/new/what"). A draft is kept
like any edit (committed and synced) so that it survives leaving the page or
the session, switching the language, quitting and a crash, but it is not
content: writing one makes no undo step, does not make the session newer, and
no export or session file carries it. Deleting a session deletes its drafts
(the foreign key cascades); ``clear`` deletes them on their own, e.g. when a
person's data is wiped.
"""

from __future__ import annotations

from .library import Library, Reader, now

MAX_FIELD = 200  # characters of a field's name; the window's names are far shorter


def put(lib: Library, session_id: str, field: str, text: str) -> None:
    """Keep ``text`` as the draft of ``field``; an empty text deletes the draft."""
    if not text:
        discard(lib, session_id, field)
        return
    with lib.edit(undoable=False):
        lib.db.execute(
            "INSERT INTO drafts (session_id, field, text, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (session_id, field) DO UPDATE SET text = excluded.text, "
            "updated_at = excluded.updated_at",
            [session_id, field[:MAX_FIELD], text, now()])


def get(lib: Reader, session_id: str, field: str) -> str | None:
    """The draft of ``field``, or None when there is none."""
    row = lib.query_one("SELECT text FROM drafts WHERE session_id = ? AND field = ?",
                        [session_id, field[:MAX_FIELD]])
    return None if row is None else str(row["text"])


def of_session(lib: Reader, session_id: str) -> dict[str, str]:
    """Every draft of a session, by field."""
    return {r["field"]: r["text"] for r in lib.query(
        "SELECT field, text FROM drafts WHERE session_id = ? ORDER BY field", [session_id])}


def discard(lib: Library, session_id: str, field: str) -> None:
    """Delete the draft of ``field`` (it was submitted, emptied or thrown away)."""
    if get(lib, session_id, field) is None:  # a read, not a synced write, when there is none
        return
    with lib.edit(undoable=False):
        lib.db.execute("DELETE FROM drafts WHERE session_id = ? AND field = ?",
                         [session_id, field[:MAX_FIELD]])


def clear(lib: Library, session_id: str) -> int:
    """Delete every draft of a session; how many there were. The deleted text is wiped
    from the file and its -wal (``Library.purge``), as for any delete."""
    with lib.edit(undoable=False):
        count = lib.db.execute("DELETE FROM drafts WHERE session_id = ?", [session_id]).rowcount
    if count:
        lib.purge()
    return int(count)
