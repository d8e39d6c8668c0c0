"""The room (issue 23): participants' phones over the room's own network.

An aiohttp server on the running asyncio loop (the window's qasync loop, or the
command line's own) serves the phone page and its HTTP API under a join URL with a
secret token. Qt-free: the window shows it and moderates its queue (ui/room).
"""

from .server import RoomServer

__all__ = ["RoomServer"]
