"""The command line on hostile files and outputs: exit status 2 and one short message,
never a hang, an internal error or a flood."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tillitworkshop.cli import main
from tillitworkshop.store.demo import demo_document


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def command(data_dir, *argv, stdout=subprocess.PIPE, memory: int | None = None):
    """The command line in its own process, stopped after 60 s (a hang fails the test);
    ``memory`` caps its address space, so reading a device for ever fails instead."""

    def cap():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "tillitworkshop", "--data-dir", str(data_dir),
                           *argv], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60,
                          preexec_fn=cap if memory else None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_import_of_a_pipe_is_refused_at_once_and_the_library_released(tmp_path):
    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    done = command(tmp_path / "data", "import", str(pipe))
    assert done.returncode == 2 and "not a regular file" in done.stderr
    assert len(done.stderr.splitlines()) == 2  # the file, then the reason
    assert command(tmp_path / "data", "list").returncode == 0  # not locked


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a POSIX device")
def test_import_of_the_zero_device_is_refused(tmp_path):
    done = command(tmp_path / "data", "import", "/dev/zero", memory=2 * 2**30)
    assert done.returncode == 2 and "not a regular file" in done.stderr


def test_import_of_a_folder_and_of_an_oversized_file(capsys, data_dir, tmp_path):
    code, _, err = run(capsys, "import", str(tmp_path))
    assert code == 2 and "is a folder" in err
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(200 * 2**20)
    code, _, err = run(capsys, "import", str(big))
    assert code == 2 and "209,715,200 bytes; the limit is 67,108,864 (64 MB)" in err


def test_import_of_a_5_mb_note_is_one_short_message(capsys, data_dir, tmp_path):
    doc = demo_document()
    doc["notes"][0]["text"] = "x" * 5_000_000
    doc["notes"][1]["kind"] = "k" * 5_000_000
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 2 and out == "" and len(err) < 1000
    assert "5,000,000 characters" in err


def test_an_output_name_over_255_bytes_is_exit_2_naming_it(capsys, data_dir, tmp_path):
    code, sid, _ = run(capsys, "demo")
    name = tmp_path / ("å" * 150 + ".json")  # 300 bytes in UTF-8
    code, _, err = run(capsys, "export", "json", sid.strip(), "-o", str(name))
    assert code == 2 and str(name) in err and "File name too long" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="a Linux device")
def test_stdout_on_a_full_device_is_exit_2_and_one_line(tmp_path):
    data = tmp_path / "data"
    assert command(data, "demo").returncode == 0
    with open("/dev/full", "w") as full:
        sid = command(data, "list", "--json").stdout
        done = command(data, "export", "json", json.loads(sid)[0]["id"], stdout=full)
        assert done.returncode == 2
        assert done.stderr.splitlines() == ["tillitworkshop: Cannot write to the standard "
                                            "output: No space left on device; what was printed "
                                            "is incomplete."]
        done = command(data, "list", stdout=full)
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_export_onto_a_pipe_is_refused_and_the_pipe_kept(capsys, data_dir, tmp_path):
    code, sid, _ = run(capsys, "demo")
    pipe = tmp_path / "out.pdf"
    os.mkfifo(pipe)
    for argv in (["json", sid.strip()], ["sqlite", sid.strip()],
                 ["pdf", sid.strip(), "--kind", "cards"]):
        code, _, err = run(capsys, "export", *argv, "-o", str(pipe))
        assert code == 2 and "not a regular file" in err
    assert pipe.is_fifo()
