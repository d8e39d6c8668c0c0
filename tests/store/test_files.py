"""Writing exports: never over what is not ours, temporaries recognised and cleaned, whole
sessions on disk only in a private folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time

import pytest

from tillitworkshop.store import files
from tillitworkshop.store.files import (
    TEMP_PREFIX,
    WriteError,
    clean_leftovers,
    clean_private_temp,
    private_temp,
    write_atomically,
)
from tillitworkshop.store.portable import export_portable, import_session

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@posix_only
def test_a_pipe_at_the_target_is_refused_and_left_as_it_is(tmp_path):
    pipe = tmp_path / "summary.pdf"
    os.mkfifo(pipe)
    with pytest.raises(WriteError, match="not a regular file") as refused:
        write_atomically(pipe, b"pdf")
    assert refused.value.code == "not_a_file"
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


@posix_only
def test_a_link_to_a_pipe_is_refused_and_both_left_as_they_are(tmp_path):
    pipe, link = tmp_path / "pipe", tmp_path / "out.json"
    os.mkfifo(pipe)
    link.symlink_to(pipe)
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomically(link, b"{}")
    assert link.is_symlink() and stat.S_ISFIFO(pipe.lstat().st_mode)


def test_a_device_at_the_target_is_refused(tmp_path):
    device = tmp_path / "full"
    try:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 7))  # as /dev/full
    except (AttributeError, OSError):
        pytest.skip("cannot make a device node here (not root)")
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomically(device, b"pdf")
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_a_broken_link_is_refused(tmp_path):
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomically(link, b"{}")
    assert link.is_symlink()


def test_a_link_to_a_file_writes_the_file_and_keeps_the_link(tmp_path):
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_bytes(b"old")
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_name_too_long_is_a_message_naming_it(tmp_path):
    target = tmp_path / ("n" * 300 + ".json")
    with pytest.raises(WriteError, match="File name too long") as refused:
        write_atomically(target, b"{}")
    assert str(target) in str(refused.value)


def test_a_long_name_that_fits_is_written(tmp_path):
    """The temporary's name does not grow with the target's (it once added 10 bytes)."""
    target = tmp_path / ("n" * 250 + ".json")
    write_atomically(target, b"{}")
    assert target.read_bytes() == b"{}"


def test_a_kill_s_leftovers_are_removed_by_the_next_write_into_the_folder(tmp_path):
    pid = dead_pid()
    left_file = tmp_path / f"{TEMP_PREFIX}{pid}-abc"
    left_file.write_bytes(b"half a pdf")
    left_folder = tmp_path / f"{TEMP_PREFIX}{pid}-def"
    (left_folder / "x").mkdir(parents=True)
    theirs = tmp_path / ".summary.pdf.abc"  # not ours by name: never touched
    theirs.write_bytes(b"")
    write_atomically(tmp_path / "summary.pdf", b"pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".summary.pdf.abc", "summary.pdf"]


def test_a_live_process_s_temporary_is_kept_until_stale(tmp_path):
    live = tmp_path / f"{TEMP_PREFIX}{os.getppid()}-abc"
    live.write_bytes(b"being written")
    assert clean_leftovers(tmp_path) == [] and live.exists()
    assert clean_leftovers(tmp_path, now=time.time() + files.STALE_AFTER + 1) == [live]


def test_the_private_temporary_folder_is_private_and_removed(tmp_path):
    with private_temp(tmp_path) as tmp:
        assert tmp.parent == tmp_path / files.PRIVATE_TEMP
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o700
        assert stat.S_IMODE(tmp.parent.stat().st_mode) & 0o077 == 0
        (tmp / "session.tillit").write_bytes(b"x")
    assert not tmp.exists()


def test_portable_files_pass_through_the_private_folder_only(lib, demo_id, tmp_path, monkeypatch):
    """Exporting and importing a .tillit file leaves no copy of the session anywhere, and
    writes none in the system's temporary folder."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    real_write = files._write

    def watching(path, data):
        seen.append(path)
        real_write(path, data)

    monkeypatch.setattr(files, "_write", watching)
    export_portable(lib, demo_id, out / "s.tillit")
    import_session(lib, out / "s.tillit")
    assert list(system_temp.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["s.tillit"]
    assert list((lib.folder / files.PRIVATE_TEMP).iterdir()) == []
    assert all(p.name.startswith(TEMP_PREFIX) for p in seen)


def test_a_killed_export_s_session_copy_is_removed_at_the_next_start(data_dir, capsys):
    from tillitworkshop.cli import main

    assert main(["list"]) == 0
    left = data_dir / files.PRIVATE_TEMP / f"{TEMP_PREFIX}{dead_pid()}-x"
    left.mkdir(parents=True)
    (left / "portable.sqlite").write_bytes(b"a whole session")
    assert main(["list"]) == 0
    assert not left.exists()
    assert clean_private_temp(data_dir) == []
