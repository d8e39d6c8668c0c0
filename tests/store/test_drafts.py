"""Drafts: kept per session and field, not undo steps, not exported, gone with the session."""

from __future__ import annotations

import json

from tillitworkshop.store import Library, drafts, sessions
from tillitworkshop.store.interchange import to_document
from tillitworkshop.store.read import load_workshop


def test_a_draft_is_kept_replaced_and_emptied(lib, demo_id):
    """``put`` keeps the text, a second ``put`` replaces it, an empty text deletes it."""
    drafts.put(lib, demo_id, "note/good_meeting/value", "Vi lyssnar på varandr")
    drafts.put(lib, demo_id, "note/good_meeting/value", "Vi lyssnar på varandra")
    assert drafts.get(lib, demo_id, "note/good_meeting/value") == "Vi lyssnar på varandra"
    drafts.put(lib, demo_id, "note/good_meeting/value", "")
    assert drafts.get(lib, demo_id, "note/good_meeting/value") is None
    assert drafts.of_session(lib, demo_id) == {}


def test_drafts_survive_closing_the_library(data_dir, lib, demo_id):
    """A draft is committed like any edit: there after the library is closed and opened."""
    drafts.put(lib, demo_id, "commitment/new/what", "Färre mål för hemtjänsten")
    lib.close()
    with Library.open(data_dir) as again:
        assert drafts.of_session(again, demo_id) == {
            "commitment/new/what": "Färre mål för hemtjänsten"}


def test_a_draft_is_not_an_undo_step_nor_makes_the_session_newer(lib, demo_id):
    """Writing a draft logs nothing to undo and leaves ``updated_at`` alone."""
    before = sessions.get_row(lib, demo_id)["updated_at"]
    drafts.put(lib, demo_id, "participant/name", "Anna")
    assert lib.query_one("SELECT COUNT(*) AS n FROM temp.undo_log")["n"] == 0
    assert sessions.get_row(lib, demo_id)["updated_at"] == before


def test_drafts_are_not_exported(lib, demo_id):
    """The interchange document carries no draft text."""
    drafts.put(lib, demo_id, "board/problem", "HEMLIGT-UTKAST")
    assert "HEMLIGT-UTKAST" not in json.dumps(to_document(load_workshop(lib, demo_id)))


def test_drafts_go_with_their_session_and_clear_wipes_them(lib, demo_id):
    """Deleting a session deletes its drafts; ``clear`` deletes one session's drafts only."""
    other = sessions.create_session(lib, "Annan kommun", "omsorg", "2026-11-02").session_id
    drafts.put(lib, demo_id, "a", "ett")
    drafts.put(lib, demo_id, "b", "två")
    drafts.put(lib, other, "a", "tre")
    assert drafts.clear(lib, demo_id) == 2
    assert drafts.of_session(lib, demo_id) == {}
    assert drafts.of_session(lib, other) == {"a": "tre"}
    sessions.delete_session(lib, other)
    assert lib.query_one("SELECT COUNT(*) AS n FROM drafts")["n"] == 0


def test_the_full_check_accepts_a_library_with_drafts(lib, demo_id):
    drafts.put(lib, demo_id, "agenda/title", "Fika")
    assert lib.check()[0].ok
