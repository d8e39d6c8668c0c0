"""The room's tests: a RoomServer on loopback, driven by an aiohttp client in plain asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from tillitworkshop.room import RoomServer
from tillitworkshop.store.sessions import update_session


def client() -> aiohttp.ClientSession:
    # aiohttp's jar refuses cookies from IP addresses unless told; phones' browsers take them.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def joined(server: RoomServer, session: aiohttp.ClientSession) -> None:
    """Open the page, as a phone does first: it gets its device cookie."""
    async with session.get(server.url) as r:
        assert r.status == 200


async def post(server: RoomServer, session: aiohttp.ClientSession, what: str,
               body: dict[str, Any], **headers: str) -> tuple[int, dict[str, Any]]:
    headers = {"Origin": server.origin, **headers}
    async with session.post(server.url + "api/" + what, json=body, headers=headers) as r:
        return r.status, await r.json()


@pytest.fixture
def room(lib, demo_id) -> Callable[..., Any]:
    """``room(test, phase=..., **server options)`` runs ``await test(server, session)`` with a
    started server and a client that has joined, and stops the server after it."""

    def run(test: Callable[[RoomServer, aiohttp.ClientSession], Awaitable[Any]],
            phase: str = "chain", **options: Any) -> Any:
        update_session(lib, demo_id, current_phase=phase)

        async def main() -> Any:
            server = RoomServer(lib, demo_id, **options)
            await server.start()
            try:
                async with client() as session:
                    await joined(server, session)
                    return await test(server, session)
            finally:
                await server.stop()

        return asyncio.run(main())

    return run
