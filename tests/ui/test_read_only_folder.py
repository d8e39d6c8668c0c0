"""The window on a library folder it cannot write (read-only file system, full disk): a
dialog says so and offers another folder, used for this run (tests/store/test_read_only.py
says why the file system's answer is simulated)."""

from __future__ import annotations

import errno
import os

from tillitworkshop.store import Library
from tillitworkshop.ui.shell import app


def read_only(monkeypatch, folder) -> None:
    real = os.open

    def failing(path, *args, **kwargs):
        if str(path).startswith(str(folder)) and str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing)


def test_a_read_only_folder_offers_another_and_opens_it(tmp_path, monkeypatch):
    """The user is told why (the folder, the reason) and how to make another folder permanent;
    the folder chosen is opened."""
    Library.open(tmp_path / "stuck").close()
    read_only(monkeypatch, tmp_path / "stuck")
    said = []
    lib = app.open_library(tmp_path / "stuck", lambda kind, text: said.append((kind, text)) or True,
                           lambda: tmp_path / "other")
    try:
        assert [k for k, _ in said] == ["folder"]
        assert "Read-only file system" in said[0][1] and str(tmp_path / "stuck") in said[0][1]
        assert lib is not None and lib.folder == tmp_path / "other"
    finally:
        lib.close()


def test_declining_or_cancelling_the_other_folder_opens_nothing(tmp_path, monkeypatch):
    """No to the offer, or no folder chosen: no library (the window exits with status 2)."""
    read_only(monkeypatch, tmp_path / "stuck")
    assert app.open_library(tmp_path / "stuck", lambda kind, text: False,
                            lambda: tmp_path / "other") is None
    assert app.open_library(tmp_path / "stuck", lambda kind, text: True, lambda: None) is None
    assert not (tmp_path / "other").exists()


def test_the_offer_is_in_the_dialog(monkeypatch):
    """The question adds how to use another folder every time (--data-dir, the variable)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.No)
    assert app.ask_with_dialog("folder", "Cannot write in /x: Read-only file system.") is False
    assert "--data-dir" in asked[0] and "TILLITWORKSHOP_DATA_DIR" in asked[0]
