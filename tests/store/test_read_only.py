"""A library folder that cannot be written: a read-only file system (EROFS) or a full disk
(ENOSPC) gives a message and exit status 2, not an internal error.

Tests run as root here, and root ignores permission bits, so a chmod'ed folder stops nothing;
no read-only bind mount is available either. The file system's answer is simulated instead:
``os.open`` (or ``os.write``) of the lock file, the first write of ``Library.open``, fails with
the errno the kernel gives.
"""

from __future__ import annotations

import errno
import os

import pytest

from tillitworkshop import cli
from tillitworkshop.exit_codes import EXIT_USAGE
from tillitworkshop.store import Library, LibraryError


def fail_lock(monkeypatch, call: str, code: int) -> None:
    """Make ``os.<call>`` fail with ``code`` for the lock file only (``os.write`` by fd)."""
    real = getattr(os, call)

    def failing(target, *args, **kwargs):
        lock = str(target).endswith(".lock") if call == "open" else True
        if lock:
            raise OSError(code, os.strerror(code))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(os, call, failing)


def test_a_read_only_file_system_gives_a_clear_message(tmp_path, monkeypatch):
    """EROFS from the lock file: a LibraryError that names the folder and the reason."""
    Library.open(tmp_path / "lib").close()
    fail_lock(monkeypatch, "open", errno.EROFS)
    with pytest.raises(LibraryError, match="Cannot write in .*Read-only file system") as e:
        Library.open(tmp_path / "lib")
    assert e.value.code == "cannot_write_folder"


def test_a_full_disk_at_the_lock_gives_a_message_and_lets_go_of_the_lock(tmp_path, monkeypatch):
    """ENOSPC writing who holds the lock: a message, and the lock is not left held."""
    with monkeypatch.context() as m:
        fail_lock(m, "write", errno.ENOSPC)
        with pytest.raises(LibraryError, match="No space left on device"):
            Library.open(tmp_path / "lib")
    Library.open(tmp_path / "lib").close()  # not "already open"


def test_the_command_line_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    """`tillitworkshop list` on a read-only library folder: status 2, one line on stderr."""
    Library.open(tmp_path / "lib").close()
    fail_lock(monkeypatch, "open", errno.EROFS)
    assert cli.main(["--data-dir", str(tmp_path / "lib"), "list"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Read-only file system" in err and "--data-dir" in err
