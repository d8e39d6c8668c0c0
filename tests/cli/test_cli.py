"""The command line: each command, its exit status, and messages instead of tracebacks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from tillitworkshop import __version__
from tillitworkshop.cli import main
from tillitworkshop.store.schema import SCHEMA_VERSION


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    """--version prints the version and exits 0."""
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_list_export_import(capsys, data_dir, tmp_path):
    """demo adds a session, list shows it, export json writes it, import reads it back."""
    code, demo_id, _ = run(capsys, "demo")
    demo_id = demo_id.strip()
    assert code == 0 and len(demo_id) == 32
    code, out, _ = run(capsys, "list")
    assert code == 0 and demo_id in out and "Lövhälla" in out
    code, out, _ = run(capsys, "list", "--json")
    listed = json.loads(out)
    assert listed[0]["id"] == demo_id and listed[0]["notes"] >= 100
    target = tmp_path / "out" / "session.json"
    target.parent.mkdir()
    assert run(capsys, "export", "json", demo_id[:6], "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "tillitworkshop.session"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]
    code, new_id, _ = run(capsys, "import", str(target))
    assert code == 0 and new_id.strip() != demo_id
    code, out, _ = run(capsys, "export", "json", new_id.strip())
    assert json.loads(out)["session"]["organisation"].startswith("Lövhälla")


def test_data_dir_option_overrides_environment(capsys, data_dir, tmp_path):
    """--data-dir chooses another library folder than $TILLITWORKSHOP_DATA_DIR."""
    other = tmp_path / "other"
    run(capsys, "--data-dir", str(other), "demo")
    assert (other / "library.sqlite").exists()
    assert run(capsys, "list", "--json")[1].strip() == "[]"


def test_session_prefix_that_matches_nothing_or_several(capsys, data_dir):
    """A SESSION that matches no session, or several, is exit 2 with a message."""
    run(capsys, "demo")
    run(capsys, "demo")
    code, _, err = run(capsys, "export", "json", "zzz")
    assert code == 2 and "No session id starts with 'zzz'" in err
    code, _, err = run(capsys, "export", "json", "")
    assert code == 2
    ids = [s["id"] for s in json.loads(run(capsys, "list", "--json")[1])]
    common = next((a[:i] for i in range(1, 33) for a in ids[:1] if ids[1].startswith(a[:i])), None)
    if common:  # two random ids share a first character one time in sixteen
        code, _, err = run(capsys, "export", "json", common)
        assert code == 2 and "matches 2 sessions" in err


def test_bad_import_is_exit_2_naming_the_field(capsys, data_dir, tmp_path):
    """A session file with an unknown obstacle is refused naming the field; nothing is added."""
    run(capsys, "demo")
    doc = json.loads(run(capsys, "export", "json", json.loads(run(capsys, "list", "--json")[1])[0]["id"])[1])
    doc["notes"][0]["obstacle"] = "weather"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 2 and "notes[0].obstacle" in err and "Traceback" not in err
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 1


def test_missing_import_file(capsys, data_dir, tmp_path):
    """A file that does not exist is exit 2 naming it."""
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"))
    assert code == 2 and "nope.json" in err and "cannot be read" in err


def test_newer_library_is_exit_2_and_untouched(capsys, data_dir):
    """A library from a newer version: exit 2, a message, and the file unchanged."""
    run(capsys, "demo")
    path = data_dir / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "list")
    assert code == 2 and "newer version" in err
    assert path.read_bytes() == before


def test_check_and_restore(capsys, data_dir):
    """check reports the library and backups; after damage it names the backup; restore fixes it."""
    run(capsys, "demo")
    run(capsys, "list")  # the library changed since the last backup: this open backs it up
    code, out, _ = run(capsys, "check")
    assert code == 0 and "library.sqlite: ok" in out and "backup library-" in out
    path = data_dir / "library.sqlite"
    path.write_bytes(path.read_bytes()[:5000])
    code, out, err = run(capsys, "check")
    assert code == 2 and "DAMAGED" in out and "tillitworkshop restore library-" in err
    code, _, err = run(capsys, "list")
    assert code == 2 and "damaged" in err
    code, out, _ = run(capsys, "restore", "latest")
    assert code == 0 and "kept as" in out
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 1


def test_restore_unknown_backup(capsys, data_dir):
    """Restoring a backup that does not exist is exit 2 and lists what there is."""
    code, _, err = run(capsys, "restore", "library-nope.sqlite")
    assert code == 2 and "No backup" in err


def test_usage_error_is_exit_2(capsys):
    """An unknown command or option is a usage error, exit 2."""
    with pytest.raises(SystemExit) as exit_:
        main(["frobnicate"])
    assert exit_.value.code == 2


def test_console_script_runs_without_qt(data_dir):
    """The installed command runs a headless command without importing Qt."""
    code = ("import sys, runpy; sys.argv=['tillitworkshop','list'];"
            "from tillitworkshop.cli import main; rc = main(['list']);"
            "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_portable_file_export_and_import(capsys, data_dir, tmp_path):
    """export sqlite writes a .tillit file that import reads back as the same session."""
    demo_id = run(capsys, "demo")[1].strip()
    target = tmp_path / "session.tillit"
    assert run(capsys, "export", "sqlite", demo_id, "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    code, new_id, _ = run(capsys, "import", str(target))
    assert code == 0
    first = json.loads(run(capsys, "export", "json", demo_id)[1])
    second = json.loads(run(capsys, "export", "json", new_id.strip())[1])
    assert [n["text"] for n in first["notes"]] == [n["text"] for n in second["notes"]]


def test_output_piped_into_head_is_not_an_error(data_dir, tmp_path):
    """`export json ... | head` ends quietly: no 'internal error', no traceback."""
    exe = [sys.executable, "-m", "tillitworkshop"]
    demo = subprocess.run([*exe, "demo"], capture_output=True, text=True, check=True).stdout.strip()
    reader = subprocess.Popen([*exe, "export", "json", demo], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    reader.stdout.close()  # like `| head` that has already stopped reading
    _, err = reader.communicate()
    assert reader.returncode == 0 and err == b""


def test_without_a_display_the_window_says_so_in_one_line(tmp_path):
    """On Linux with no display (nor a Qt platform chosen), `tillitworkshop` says what is
    missing and what to do, in one line, and exits 2, instead of Qt aborting the process."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TILLITWORKSHOP_DATA_DIR"] = str(tmp_path)
    code = "import sys; sys.platform = 'linux'; from tillitworkshop.cli import main; sys.exit(main([]))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert "DISPLAY" in line and "desktop session" in line and "--help" in line


def test_a_display_or_a_chosen_qt_platform_lets_the_window_start():
    """Any of them is enough; Windows and macOS need none."""
    from tillitworkshop.cli import missing_display

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        assert missing_display({name: "x"}, "linux") == ""
    assert missing_display({}, "linux")
    assert missing_display({}, "win32") == missing_display({}, "darwin") == ""


def test_no_arguments_read_as_the_parser_reads_them():
    """Started without arguments (the window), the command line is not parsed by building
    the parser (3.2 ms of the start): what it gives is exactly what the parser gives."""
    from tillitworkshop.cli import build_parser, parse

    assert parse([]) == build_parser().parse_args([])
    assert parse(["list"]) == build_parser().parse_args(["list"])
