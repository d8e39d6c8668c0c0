"""The room's web server: aiohttp on the running loop (``AppRunner`` + ``TCPSite``).

Everything lives under ``/j/<token>/``; any other path, and any wrong or old token
(compared in constant time), is 404. POSTs must come from the page itself (its
Origin), carry at most 16 KB, and at most 30 a minute per device. SQLite writes are
done on the loop, one at a time, as the window's own edits are: each is one small
transaction (its cost is in docs/performance.md).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from .. import package_data
from ..domain.validation import ValidationError
from ..store import Change, Library, StoreError
from ..store import room as store
from .limits import RateLimit
from .state import public_state

MAX_BODY = 16 * 1024
COOKIE = "tw_device"
ACTIVE_SECONDS = 120.0  # a phone seen this recently counts as connected
_CODE_LETTERS = "ACDEFHJKLMNPQRTUVWXY34679"  # no 0/O, 1/I, 2/Z, 5/S, 8/B
_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                               "frame-ancestors 'none'; form-action 'self'",
}


def static_folder() -> Path:
    return package_data.path("room")


class RoomServer:
    """One opened room for one session. ``start`` binds and returns the join URL;
    ``stop`` closes every connection and the socket."""

    def __init__(self, lib: Library, session_id: str, *, host: str = "127.0.0.1", port: int = 0,
                 on_change: Callable[[Change], None] | None = None,
                 rate: RateLimit | None = None) -> None:
        self.lib = lib
        self.session_id = session_id
        self.host = host
        self.port = port
        self.on_change = on_change
        self.token = secrets.token_urlsafe(24)  # 192 random bits, new for every opening
        self.code = "".join(secrets.choice(_CODE_LETTERS) for _ in range(4))
        self.rate = rate or RateLimit()
        self.version = 0
        self._seen: dict[str, float] = {}
        self._sockets: set[web.WebSocketResponse] = set()
        self._runner: web.AppRunner | None = None
        # Submissions are written on a connection of their own in one worker thread, in
        # order: a commit waits for the disk (synchronous=FULL), the loop does not.
        self._writer: Library | None = None
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        # Files by name, read from the folder once: a request names one of these or gets 404,
        # so no path from a request ever reaches the file system.
        folder = static_folder()
        self._files = {p.name: p for p in folder.iterdir() if p.is_file() and p.suffix in _TYPES}

    # --- life cycle ---

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_route("*", "/j/{token}/{rest:.*}", self._dispatch)
        app.router.add_route("*", "/j/{token}", self._dispatch)
        return app

    async def start(self) -> str:
        self._loop = asyncio.get_running_loop()  # qasync may run a handler between its runs
        self._writer = self.lib.side_connection()
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="room-writes")
        self._runner = web.AppRunner(self.app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=False)
        await site.start()
        self.port = int(self._runner.addresses[0][1])  # the free port chosen for port 0
        return self.url

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self._close_writer()

    def stop_listening(self) -> None:
        """Close the listening sockets and the write connection now (the window is
        quitting, its library closes next); ``stop`` does the rest if the loop still runs."""
        if self._runner is not None:
            for site in self._runner.sites:
                server = site._server  # aiohttp keeps the asyncio server private
                if server is not None:
                    server.close()
        self._close_writer()

    def _close_writer(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)  # the write under way is finished, not cut
            self._pool = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/j/{self.token}/"

    def phones(self) -> int:
        """Phones seen in the last two minutes (by page, poll, post or an open WebSocket)."""
        now = time.monotonic()
        return sum(1 for t in self._seen.values() if now - t < ACTIVE_SECONDS)

    def notify(self) -> None:
        """Something changed (here or in the window): phones refetch the state."""
        self.version += 1
        message = json.dumps({"type": "changed", "version": self.version})
        for ws in list(self._sockets):
            if not ws.closed:
                asyncio.ensure_future(_send(ws, message))

    # --- requests ---

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if not hmac.compare_digest(request.match_info["token"].encode(), self.token.encode()):
            raise web.HTTPNotFound()
        rest = request.match_info.get("rest")
        if rest is None:
            raise web.HTTPFound(self.url)
        if request.method == "POST":
            return await self._post(request, rest)
        if request.method not in ("GET", "HEAD"):
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "POST"])
        cookie = self._cookie(request)
        if rest == "api/state":
            body = public_state(self.lib, self.session_id, cookie, self.code, self.version)
            return self._json(200, body, request, cookie)
        if rest == "ws":
            return await self._websocket(request, cookie)
        name = "index.html" if rest == "" else rest.removeprefix("static/")
        path = self._files.get(name) if (rest == "" or rest.startswith("static/")) else None
        if path is None:
            raise web.HTTPNotFound()
        response = web.Response(body=path.read_bytes(), headers=_HEADERS,
                                content_type=_TYPES[path.suffix].split(";")[0], charset="utf-8")
        self._keep(response, request, cookie)
        return response

    def _cookie(self, request: web.Request, make: bool = True) -> str:
        """The device cookie the request carries, or (``make``) a new one; "" otherwise."""
        value = request.cookies.get(COOKIE, "")
        if not (20 <= len(value) <= 64 and value.isascii() and value.replace("-", "").replace(
                "_", "").isalnum()):
            if not make:
                return ""
            value = secrets.token_urlsafe(24)
        now = time.monotonic()
        self._seen[value] = now
        if len(self._seen) > 1000:  # forget phones long gone, so memory stays bounded
            self._seen = {k: t for k, t in self._seen.items() if now - t < ACTIVE_SECONDS}
            self.rate.forget_idle()
        return value

    def _keep(self, response: web.StreamResponse, request: web.Request, cookie: str) -> None:
        if request.cookies.get(COOKIE) != cookie:
            response.set_cookie(COOKIE, cookie, max_age=7 * 24 * 3600, path="/", httponly=True,
                                samesite="Strict")

    def _json(self, status: int, body: dict[str, Any], request: web.Request,
              cookie: str | None = None) -> web.Response:
        response = web.json_response(body, status=status, headers=_HEADERS,
                                     dumps=lambda o: json.dumps(o, ensure_ascii=False))
        if cookie is not None:
            self._keep(response, request, cookie)
        return response

    def _error(self, status: int, message: str, request: web.Request,
               **extra: Any) -> web.Response:
        return self._json(status, {"error": message, **extra}, request)

    async def _post(self, request: web.Request, rest: str) -> web.Response:
        handlers: dict[str, Callable[..., store.Stored]] = {
            "api/notes": lambda w, c, b: store.submit_note(
                w, self.session_id, c, b.get("id"), b.get("phase"), b.get("kind"),
                b.get("text"), b.get("link")),
            "api/ratings": lambda w, c, b: store.submit_rating(
                w, self.session_id, c, b.get("id"), b.get("principle"), b.get("value"),
                b.get("role")),
            "api/votes": lambda w, c, b: store.submit_vote(
                w, self.session_id, c, b.get("id"), b.get("note"), b.get("delta")),
        }
        handler = handlers.get(rest)
        if handler is None:
            raise web.HTTPNotFound()
        if request.headers.get("Origin") != self.origin:
            return self._error(403, "posts are accepted from the room's own page only", request)
        if (request.content_length or 0) > MAX_BODY:
            return self._error(413, f"the request is larger than {MAX_BODY // 1024} KB", request)
        # A phone gets its cookie with the page: without one, a client could make itself a new
        # device for every post and escape the rate limit and the dot budget.
        cookie = self._cookie(request, make=False)
        if not cookie:
            return self._error(400, "open the room's page first (no device cookie)", request)
        if not self.rate.allow(cookie):
            return self._error(429, "too many submissions; wait a minute", request)
        try:
            body = json.loads(await request.read())
        except web.HTTPRequestEntityTooLarge:
            return self._error(413, f"the request is larger than {MAX_BODY // 1024} KB", request)
        except (ValueError, UnicodeDecodeError):
            return self._error(400, "the request is not JSON", request)
        if not isinstance(body, dict):
            return self._error(400, "the request is not a JSON object", request)
        if self._writer is None or self._pool is None:
            return self._error(503, "the room is closing", request)
        try:
            stored = await self._loop.run_in_executor(
                self._pool, handler, self._writer, cookie, body)
        except ValidationError as e:
            first = e.errors[0]
            return self._error(400, f"{first.field}: {first.message}", request, field=first.field,
                               code=first.code)
        except StoreError as e:
            return self._error(503 if e.code in ("disk_full", "disk_error", "read_only") else 400,
                               str(e).split(". ")[0], request, code=e.code)
        if stored.created:
            if self.on_change is not None and stored.change is not None:
                self.on_change(stored.change)
            self.notify()
        response = self._json(201 if stored.created else 200,
                              {"id": body.get("id"), "stored": True}, request, cookie)
        return response

    async def _websocket(self, request: web.Request, cookie: str) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and origin != self.origin:
            raise web.HTTPForbidden()
        ws = web.WebSocketResponse(heartbeat=25.0, max_msg_size=1024)
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            await ws.send_str(json.dumps({"type": "changed", "version": self.version}))
            async for msg in ws:  # phones send nothing; only keep the socket open
                self._seen[cookie] = time.monotonic()
                if msg.type == WSMsgType.ERROR:
                    break
        finally:
            self._sockets.discard(ws)
        return ws


async def _send(ws: web.WebSocketResponse, message: str) -> None:
    with contextlib.suppress(ConnectionError, RuntimeError):
        await ws.send_str(message)

