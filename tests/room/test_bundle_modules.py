"""The installer keeps what the room needs: QtNetwork (the laptop's addresses), QtSvg (the
QR code), aiohttp and segno, and the phone page's files."""

from __future__ import annotations

from pathlib import Path

import build_installer

REPO = Path(__file__).parent.parent.parent


def test_the_bundle_keeps_the_rooms_modules_and_files():
    excluded = set(build_installer.excluded_modules())
    assert not {"PySide6.QtNetwork", "PySide6.QtSvg", "aiohttp", "segno"} & excluded
    folders = {(Path(src).name, folder) for src, folder in build_installer.data_files(REPO)}
    for name in ("index.html", "room.css", "room.js"):
        assert (name, "tillitworkshop/resources/room") in folders
