"""``tillitworkshop room SESSION``: the room without the window, until SIGINT or SIGTERM.

Notes from phones wait in the library's queue for the window to moderate later.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from typing import TextIO

from ..store import Library
from .server import RoomServer


async def serve(lib: Library, session_id: str, host: str, port: int,
                out: TextIO = sys.stdout) -> None:
    server = RoomServer(lib, session_id, host=host, port=port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: no loop signal handlers
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    url = await server.start()
    try:
        print(f"JOIN {url}", file=out, flush=True)
        print(f"Room code {server.code}. Stop with Ctrl+C.", file=sys.stderr, flush=True)
        await stop.wait()
    finally:
        await server.stop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
