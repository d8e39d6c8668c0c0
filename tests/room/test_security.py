"""The room's security points (issue 23), one test or more for each."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest

from tillitworkshop.room import RoomServer
from tillitworkshop.room import server as server_module
from tillitworkshop.room.limits import RateLimit
from tillitworkshop.store import room as store
from tillitworkshop.store.read import load_workshop

from .conftest import client, post

NOTE = {"id": "n1", "phase": "chain", "kind": "need", "text": "Mer tid"}


def test_the_token_has_at_least_128_random_bits_and_is_new_at_every_opening(lib, demo_id):
    one, two = RoomServer(lib, demo_id), RoomServer(lib, demo_id)
    assert len(one.token) * 6 >= 128 and one.token != two.token


def test_only_the_tokens_holder_gets_in(room):
    async def test(server, session):
        wrong = server.url.replace(server.token, server.token[:-1] + ("A" if server.token[-1] != "A" else "B"))
        statuses = []
        for url in (wrong, wrong + "api/state", server.origin + "/", server.origin + "/j/",
                    server.origin + "/api/state", wrong + "static/room.js"):
            async with session.get(url) as r:
                statuses.append(r.status)
        async with session.post(wrong + "api/notes", json=NOTE,
                                headers={"Origin": server.origin}) as r:
            statuses.append(r.status)
        return statuses

    assert set(room(test)) == {404}


def test_an_old_token_gets_404_after_the_room_is_opened_again(lib, demo_id):
    async def main():
        first = RoomServer(lib, demo_id)
        old = await first.start()
        port = first.port
        await first.stop()
        second = RoomServer(lib, demo_id, port=port)
        await second.start()
        try:
            async with client() as session, session.get(old + "api/state") as r:
                return r.status
        finally:
            await second.stop()

    assert asyncio.run(main()) == 404


def test_the_token_is_compared_in_constant_time(room, monkeypatch):
    calls = []
    real = server_module.hmac.compare_digest
    monkeypatch.setattr(server_module.hmac, "compare_digest",
                        lambda a, b: calls.append((a, b)) or real(a, b))

    async def test(server, session):
        async with session.get(server.url + "api/state") as r:
            assert r.status == 200
        return server.token

    token = room(test)
    assert calls and all(b == token.encode() for _, b in calls)


def test_a_device_over_30_submissions_a_minute_gets_429(room):
    clock = [0.0]

    async def test(server, session):
        statuses = [(await post(server, session, "notes", {**NOTE, "id": f"n{i}"}))[0]
                    for i in range(31)]
        clock[0] = 61.0  # a minute later it may again
        statuses.append((await post(server, session, "notes", {**NOTE, "id": "later"}))[0])
        return statuses

    statuses = room(test, rate=RateLimit(30, 60.0, clock=lambda: clock[0]))
    assert statuses[:30] == [201] * 30 and statuses[30] == 429 and statuses[31] == 201


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_over_16_kb_gets_413(room, chunked):
    async def test(server, session):
        data = b'{"id": "x", "text": "' + b"a" * 17_000 + b'"}'

        async def body():
            yield data

        async with session.post(server.url + "api/notes", data=body() if chunked else data,
                                headers={"Origin": server.origin,
                                         "Content-Type": "application/json"}) as r:
            return r.status, await r.json()

    status, body = room(test)
    assert status == 413 and "16 KB" in body["error"]


@pytest.mark.parametrize(("what", "body", "field"), [
    ("notes", {**NOTE, "text": "x" * 2001}, "text"),
    ("notes", {**NOTE, "phase": "commitments"}, "phase"),
    ("notes", {**NOTE, "kind": "signal"}, "kind"),
    ("notes", {**NOTE, "link": "kungen"}, "link"),
    ("ratings", {"id": "r", "principle": "lycka", "value": 3, "role": "medarbetare"}, "principle"),
    ("ratings", {"id": "r", "principle": "tillit", "value": 6, "role": "medarbetare"}, "value"),
    ("ratings", {"id": "r", "principle": "tillit", "value": 3, "role": "kung"}, "role"),
    ("votes", {"id": "v", "note": "nope", "delta": 1}, "note"),
])
def test_what_is_not_valid_gets_400_with_a_message(room, what, body, field):
    async def test(server, session):
        return await post(server, session, what, body)

    status, answer = room(test)
    assert status == 400 and answer["field"] == field and answer["error"]


def test_votes_beyond_the_budget_get_400(room, lib, demo_id):
    w = load_workshop(lib, demo_id)
    note = next(n.id for n in w.notes if n.kind == "problem" and n.group_id is None)

    async def test(server, session):
        return [await post(server, session, "votes", {"id": f"v{i}", "note": note, "delta": 1})
                for i in range(w.vote_budget + 1)]

    answers = room(test, phase="problems")
    assert [s for s, _ in answers] == [201] * w.vote_budget + [400]
    assert "dots" in answers[-1][1]["error"]


def test_not_json_gets_400(room):
    async def test(server, session):
        async with session.post(server.url + "api/notes", data=b"{nope",
                                headers={"Origin": server.origin}) as r:
            return r.status, await r.json()

    assert room(test)[0] == 400


@pytest.mark.parametrize("origin", [None, "http://evil.example", "null"])
def test_a_post_from_another_origin_is_refused(room, lib, demo_id, origin):
    async def test(server, session):
        headers = {} if origin is None else {"Origin": origin}
        async with session.post(server.url + "api/notes", json=NOTE, headers=headers) as r:
            return r.status

    assert room(test) == 403
    assert store.pending(lib, demo_id) == []


def test_a_dns_rebinding_page_is_refused_too(room):
    # The attacker's name resolves to the laptop: Host and Origin agree, but are not ours.
    async def test(server, session):
        headers = {"Origin": f"http://evil.example:{server.port}",
                   "Host": f"evil.example:{server.port}"}
        async with session.post(server.url + "api/notes", json=NOTE, headers=headers) as r:
            return r.status

    assert room(test) == 403


def test_a_retry_is_stored_once_201_then_200(room, lib, demo_id):
    async def test(server, session):
        return [(await post(server, session, "notes", NOTE))[0] for _ in range(3)]

    assert room(test) == [201, 200, 200]
    assert [q.text for q in store.pending(lib, demo_id)] == ["Mer tid"]


def _refused(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def test_nothing_listens_while_the_room_is_closed(lib, demo_id):
    async def main():
        server = RoomServer(lib, demo_id)
        await server.start()
        port = server.port
        open_now = not _refused(port)
        await server.stop()
        return port, open_now

    port, open_now = asyncio.run(main())
    assert open_now and _refused(port)


TRAVERSALS = [
    "static/../../../pyproject.toml", "static/..%2f..%2f..%2fpyproject.toml",
    "static/%2e%2e/%2e%2e/pyproject.toml", "static/..\\..\\pyproject.toml",
    "static//etc/passwd", "static/%2fetc%2fpasswd", "../../../../etc/passwd",
    "static/room.js/../../../../etc/passwd", "static/", "static/.", "static/__init__.py",
    "static/%00room.js", "api/../../../../etc/passwd", "static/room.js%00.html",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_file_outside_the_static_folder_is_served(room, path):
    async def test(server, session):
        url = aiohttp.client.URL(server.url + path, encoded=True)
        async with session.get(url) as r:
            return r.status, await r.read()

    status, body = room(test)
    assert status in (400, 404) and b"[project]" not in body and b"root:" not in body


def test_the_page_and_its_files_are_served_with_safe_headers(room):
    async def test(server, session):
        out = {}
        for name in ("", "static/room.js", "static/room.css"):
            async with session.get(server.url + name) as r:
                out[name] = (r.status, r.headers.get("Content-Security-Policy", ""),
                             r.headers.get("Content-Type", ""))
        return out

    out = room(test)
    assert all(status == 200 and "default-src 'self'" in csp for status, csp, _ in out.values())
    assert out["static/room.js"][2].startswith("text/javascript")


def test_a_phone_hears_of_changes_over_the_websocket(room):
    async def test(server, session):
        async with session.ws_connect(server.url + "ws", headers={"Origin": server.origin}) as ws:
            first = await ws.receive_json(timeout=5)
            await post(server, session, "notes", NOTE)
            second = await ws.receive_json(timeout=5)
            return first, second

    first, second = room(test)
    assert first["type"] == second["type"] == "changed" and second["version"] > first["version"]


def test_a_websocket_from_another_origin_is_refused(room):
    async def test(server, session):
        with pytest.raises(aiohttp.WSServerHandshakeError) as e:
            await session.ws_connect(server.url + "ws", headers={"Origin": "http://evil.example"})
        return e.value.status

    assert room(test) == 403


def test_the_state_tells_the_phase_the_link_and_this_phones_own_things(room, lib, demo_id):
    store.set_focus(lib, demo_id, "enhetschef")

    async def test(server, session):
        await post(server, session, "ratings",
                   {"id": "r1", "principle": "tillit", "value": 4, "role": "medarbetare"})
        async with session.get(server.url + "api/state") as r:
            return await r.json()

    state = room(test, phase="principles")
    assert state["phase"] == "principles" and state["link"] == "enhetschef"
    assert state["device"]["ratings"] == {"tillit": 4} and state["device"]["role"] == "medarbetare"
    assert "medarbetare" in [r["key"] for r in state["roles"]] and "annan" in [
        r["key"] for r in state["roles"]]
