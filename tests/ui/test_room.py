"""The room in the window (issue 23): opened on the qasync loop, its QR code and phone
count, the moderation queue (accept, edit, merge, reject, accept all; undoable), and
phones' text shown as typed."""

from __future__ import annotations

import socket

import aiohttp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tillitworkshop.store import room as store
from tillitworkshop.store.sessions import update_session

HOSTILE = "<b>fet</b> <img src=x onerror=alert(1)> <script>x</script> <para>p</para>"


async def _phone(url: str, what: str, body: dict) -> int:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
        async with s.get(url):
            pass
        async with s.post(url + "api/" + what, json=body,
                          headers={"Origin": url.split("/j/")[0]}) as r:
            return r.status


def _refused(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def test_the_room_opens_shows_its_code_takes_notes_and_closes(demo, loop, qtbot, lib):
    state = demo.session.state
    update_session(lib, state.id, current_phase="good_meeting")

    async def run():
        url = await demo.open_room("127.0.0.1")
        card = demo.room.panel.card
        assert card.url.text() == url and demo.room.server.code in card.code.text()
        assert card.qr._renderer.isValid() and demo.room.dock.isVisible()
        assert await _phone(url, "notes", {"id": "a", "phase": "good_meeting", "kind": "value",
                                           "text": HOSTILE}) == 201
        demo.room._batch.stop()  # the window takes phones' changes in batches: this one now
        demo.room._pass_on()
        queue = demo.room.panel.queue
        assert queue.list.count() == 1 and HOSTILE in queue.list.item(0).text()
        demo.room._show_count()
        assert "1 phone" in demo.room.status.text()
        demo.session.show_phase("closing", store=False)
        assert demo.session.pages["closing"].room_note.isVisibleTo(demo)
        port = demo.room.server.port
        await demo.close_room()
        return port

    port = loop.run_until_complete(run())
    assert _refused(port) and not demo.room.status.isVisible()


def test_accept_makes_a_note_and_undo_returns_it_to_the_queue(demo, loop, lib):
    state = demo.session.state
    store.submit_note(lib, state.id, "phone", "c1", "problems", "problem", HOSTILE)
    queue = demo.room.panel.queue
    assert queue.list.count() == 1
    queue.decide("accept")
    assert queue.list.count() == 0 and HOSTILE in [n.text for n in state.workshop.notes]
    demo.undo_action.trigger()
    assert queue.list.count() == 1 and HOSTILE not in [n.text for n in state.notes.values()]
    # Shown on the board and in its bar: as typed, never as markup.
    demo.redo_action.trigger()
    demo.session.show_phase("problems")
    note = next(n for n in state.notes.values() if n.text == HOSTILE)
    demo.session.pages["problems"].reveal(note)
    shown = [lbl for lbl in demo.findChildren(QLabel) if "<b>fet</b>" in lbl.text()]
    assert shown and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in shown)


def test_edit_merge_reject_and_accept_all(demo, loop, lib):
    state = demo.session.state
    queue = demo.room.panel.queue
    for i, text in enumerate(("ett", "två", "tre")):
        store.submit_note(lib, state.id, "phone", f"c{i}", "problems", "problem", text)
    queue.refresh()
    queue.ask_text = lambda *_a: ("ett, rättat", True)
    queue.decide("edit")
    target = next(n for n in state.workshop.notes if n.kind == "problem" and n.group_id is None)
    targets = [n for n in state.workshop.notes
               if n.phase == "problems" and n.kind == "problem" and n.group_id is None]
    queue.ask_choice = lambda *_a: (targets.index(target), True)
    queue.decide("merge")
    queue.decide("reject")
    texts = {n.text: n for n in state.workshop.notes}
    assert "ett, rättat" in texts and texts["två"].group_id == target.id and "tre" not in texts
    assert queue.list.count() == 0
    queue.accept_all.setChecked(True)
    store.submit_note(lib, state.id, "phone", "c9", "problems", "problem", "fyra")
    queue.changed(store.Change(state.id, "room", "added", ("x",)))
    assert "fyra" in [n.text for n in state.workshop.notes] and queue.list.count() == 0


def test_choosing_a_chain_link_tells_the_phones(demo, lib):
    demo.session.show_phase("chain")
    demo.session.pages["chain"].links.select_link("enhetschef")
    row = lib.query_one("SELECT current_link FROM sessions WHERE id = ?", [demo.session.state.id])
    assert row["current_link"] == "enhetschef"


def test_quitting_stops_the_room(demo, loop):
    port = loop.run_until_complete(demo.open_room("127.0.0.1")) and demo.room.server.port
    demo.close()
    assert _refused(port)


def test_a_new_language_keeps_the_room_open(demo, loop):
    from tillitworkshop.ui.shell import i18n

    url = loop.run_until_complete(demo.open_room("127.0.0.1"))
    demo._retranslating = True
    demo.retranslate()
    assert demo.room.is_open and demo.room.server.url == url
    assert demo.session.state.room_open and "Close" in demo.room_action.text()
    demo.set_language("sv")
    QApplication.processEvents()
    demo.retranslate()
    assert demo.room.panel.queue.accept.text() == "Godta" and demo.room.dock.windowTitle() == "Rummet"
    assert demo.room.is_open and "Stäng" in demo.room_action.text()
    loop.run_until_complete(demo.close_room())
    i18n.translations().reset()  # the next tests in English again


def test_a_note_moderated_meanwhile_is_said_not_stored_twice(demo, lib):
    state = demo.session.state
    store.submit_note(lib, state.id, "phone", "c1", "problems", "problem", "två gånger")
    queue = demo.room.panel.queue
    store.reject(lib, store.pending(lib, state.id)[0].id)  # e.g. by another window's action
    queue.decide("accept")
    assert "already" in queue.hint.text()
    assert "två gånger" not in [n.text for n in state.workshop.notes]


def test_the_join_code_is_on_the_presenter_while_the_room_is_open(demo, loop):
    """Late-comers read the QR code and the room code from the projector; closing the room
    takes them off, and a presenter opened later shows them too."""
    from tillitworkshop.ui.room.qr_widget import JoinCard

    demo.presenter.toggle_action.trigger()
    presenter = demo.presenter.window
    assert presenter.join_panel is None
    url = loop.run_until_complete(demo.open_room("127.0.0.1"))
    card = presenter.join_panel
    assert isinstance(card, JoinCard) and card.isVisibleTo(presenter)
    assert card.url.text() == url and demo.room.server.code in card.code.text()
    loop.run_until_complete(demo.close_room())
    assert presenter.join_panel is None
    demo.presenter.toggle_action.trigger()  # closed; the room opened meanwhile
    loop.run_until_complete(demo.open_room("127.0.0.1"))
    demo.presenter.toggle_action.trigger()
    assert isinstance(demo.presenter.window.join_panel, JoinCard)
    loop.run_until_complete(demo.close_room())
