"""Starting the window: the command line's entry, a library that cannot be opened."""

from __future__ import annotations

from tillitworkshop import cli
from tillitworkshop.store import Library, paths
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.sessions import list_sessions
from tillitworkshop.ui import app


def test_the_command_without_arguments_starts_the_window(monkeypatch, tmp_path):
    """`tillitworkshop` with no command runs the window on the chosen library folder."""
    seen = []
    monkeypatch.setattr(app, "main", lambda folder: seen.append(folder) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen == [tmp_path]


def test_a_library_in_use_is_reported_not_opened(lib, data_dir):
    """A second window on the same library gets the store's message and no library."""
    said = []
    assert app.open_library(data_dir, lambda kind, text: said.append((kind, text))) is None
    assert said[0][0] == "error" and "already open" in said[0][1]


def test_a_damaged_library_offers_the_newest_backup(data_dir):
    """A damaged library: the user is asked, the newest good backup is restored and opened."""
    with Library.open(data_dir) as lib:
        add_demo(lib)
    Library.open(data_dir).close()  # opening backs up a changed library
    path = paths.library_path(data_dir)
    path.write_bytes(path.read_bytes()[:50])
    asked = []
    lib = app.open_library(data_dir, lambda kind, text: asked.append(kind) or True)
    try:
        assert asked == ["restore"] and len(list_sessions(lib)) == 1
    finally:
        lib.close()
