"""Screenshots of the room for the README: the phone page (360×740, Swedish, headless
Chromium through Playwright) and the window with the room open (its QR code and queue).

    python tools/room_screenshots.py [OUTPUT_DIR]   (default: docs/screenshots)

Works offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb. The library lives in a
temporary folder; the room listens on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
CHROMIUM = "/usr/bin/chromium"


async def _phone_pages(lib, sid, out: Path) -> None:
    from playwright.async_api import async_playwright, expect

    from tillitworkshop.room import RoomServer
    from tillitworkshop.store.sessions import update_session

    server = RoomServer(lib, sid)
    url = await server.start()
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = await browser.new_page(viewport={"width": 360, "height": 740}, locale="sv-SE",
                                          device_scale_factor=2)
            for phase, name in (("principles", "room-phone-sv.png"),
                                ("problems", "room-phone-board-sv.png")):
                update_session(lib, sid, current_phase=phase)
                await page.goto(url)
                await page.wait_for_selector("#phase-line:not(:empty)")
                if phase == "principles":
                    await page.select_option("#role", "enhetschef")
                    await page.get_by_role("group", name="Tillit").get_by_label("3").check()
                    await expect(page.locator("#outbox-line")).to_be_empty()
                await page.screenshot(path=str(out / name))
                print(out / name)
            await browser.close()
    finally:
        await server.stop()


def _window(lib, sid, out: Path, tmp: Path) -> None:
    import qasync
    from PySide6.QtCore import QSettings

    from tillitworkshop.store import room as store
    from tillitworkshop.store.sessions import update_session
    from tillitworkshop.ui.shell import i18n
    from tillitworkshop.ui.shell.app import make_application
    from tillitworkshop.ui.shell.mainwindow import MainWindow
    from tillitworkshop.ui.shell.settings import Settings

    app = make_application()
    i18n.start("sv")
    update_session(lib, sid, current_phase="good_meeting")
    for i, text in enumerate(("Vi fick tid att prata klart.", "Ingen satt med mobilen.")):
        store.submit_note(lib, sid, "screenshot-phone-0001", f"s{i}", "good_meeting", "value", text)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(lib, Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)),
                        session_id=sid)
    window.resize(1600, 1000)
    window.show()
    with loop:
        loop.run_until_complete(window.open_room("127.0.0.1"))
        loop.run_until_complete(asyncio.sleep(0.3))
        window.room.status.setText(window.room.status.text())
        path = out / "room-window.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)
        loop.run_until_complete(window.close_room())
    window.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tillit-room-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        from tillitworkshop.store import Library
        from tillitworkshop.store.demo import add_demo

        lib = Library.open(Path(tmp) / "data")
        try:
            sid = add_demo(lib).session_id
            asyncio.run(_phone_pages(lib, sid, out))
            _window(lib, sid, out, Path(tmp))
        finally:
            lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
