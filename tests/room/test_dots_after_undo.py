"""A phone's dots and the facilitator's delete and undo (issue 23): undoing the delete of a
problem gives the phones' dots back to it only as far as each phone's budget still has
room, so what the room API says a phone has left and the problems' totals agree."""

from __future__ import annotations

from tillitworkshop.store import notes
from tillitworkshop.store.read import load_workshop

from .conftest import client, joined, post


def _problems(lib, demo_id):
    w = load_workshop(lib, demo_id)
    return w, [n for n in w.notes if n.kind == "problem" and n.group_id is None]


async def _state(server, session):
    async with session.get(server.url + "api/state") as r:
        return await r.json()


def _votes(state):
    return {p["id"]: p["votes"] for p in state["problems"]}


def test_undoing_a_delete_gives_back_only_the_dots_a_phone_has_not_spent_since(room, lib, demo_id):
    w, (a, b, *_) = _problems(lib, demo_id)
    budget = w.vote_budget

    async def test(server, session):
        for i in range(budget):
            assert (await post(server, session, "votes", {"id": f"a{i}", "note": a.id,
                                                          "delta": 1}))[0] == 201
        notes.vote(lib, a.id, 1)  # and one of the facilitator's own
        deleted = notes.delete_note(lib, a.id)
        assert (await _state(server, session))["device"]["used"] == 0  # its dots came back
        for i in range(budget):  # and went to another problem
            assert (await post(server, session, "votes", {"id": f"b{i}", "note": b.id,
                                                          "delta": 1}))[0] == 201
        lib.revert(deleted)
        state = await _state(server, session)
        refused = await post(server, session, "votes", {"id": "more", "note": b.id, "delta": 1})
        return state, refused

    state, refused = room(test, phase="problems")
    assert state["device"]["used"] == budget == state["budget"]  # nothing left, nothing owed
    assert state["device"]["votes"] == {b.id: budget}
    assert _votes(state)[a.id] == a.votes + 1  # the facilitator's dot, not the phone's spent ones
    assert _votes(state)[b.id] == b.votes + budget
    assert refused[0] == 400


def test_undoing_a_delete_gives_back_as_many_dots_as_the_budget_has_room_for(room, lib, demo_id):
    w, (a, b, *_) = _problems(lib, demo_id)
    budget = w.vote_budget
    assert budget >= 3

    async def test(server, session):
        other = client()
        async with other:  # a second phone, whose dots on the problem all come back
            await joined(server, other)
            await post(server, other, "votes", {"id": "o", "note": a.id, "delta": 1})
            for i in range(2):
                await post(server, session, "votes", {"id": f"a{i}", "note": a.id, "delta": 1})
            deleted = notes.delete_note(lib, a.id)
            for i in range(budget - 1):  # one dot left in this phone's budget
                await post(server, session, "votes", {"id": f"b{i}", "note": b.id, "delta": 1})
            lib.revert(deleted)
            return await _state(server, session), await _state(server, other)

    mine, theirs = room(test, phase="problems")
    assert mine["device"]["used"] == budget
    assert mine["device"]["votes"] == {a.id: 1, b.id: budget - 1}
    assert theirs["device"]["votes"] == {a.id: 1}
    assert _votes(mine)[a.id] == a.votes + 2  # one of this phone's two, and the other's one
