"""`export html` and `export csv`: the files, the exit statuses of the other commands."""

from __future__ import annotations

import pytest

from tillitworkshop.cli import main
from tillitworkshop.exit_codes import EXIT_OK, EXIT_USAGE


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_html_and_csv_of_the_demo(capsys, data_dir, tmp_path):
    code, session, _ = run(capsys, "demo")
    assert code == EXIT_OK
    target = tmp_path / "summary.html"
    code, out, err = run(capsys, "export", "html", session.strip(), "--lang", "en", "-o",
                         str(target))
    assert code == EXIT_OK and out.strip() == str(target), err
    assert target.read_bytes().startswith(b'<!DOCTYPE html>\n<html lang="en"')
    code, out, err = run(capsys, "export", "csv", session.strip(), "-o", str(tmp_path / "t"))
    assert code == EXIT_OK and "5 CSV files" in out, err
    assert (tmp_path / "t" / "notes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b";" in (tmp_path / "t" / "ratings.csv").read_bytes()  # the demo is Swedish


def test_bad_session_language_and_place_are_exit_2(capsys, data_dir, tmp_path):
    code, session, _ = run(capsys, "demo")
    code, _, err = run(capsys, "export", "html", "nosuch", "-o", str(tmp_path / "x.html"))
    assert code == EXIT_USAGE and "nosuch" in err
    with pytest.raises(SystemExit) as usage:  # argparse's own refusal
        run(capsys, "export", "csv", session.strip(), "--lang", "fi", "-o", str(tmp_path))
    assert usage.value.code == EXIT_USAGE
    (tmp_path / "file").write_text("")
    code, _, err = run(capsys, "export", "csv", session.strip(), "-o", str(tmp_path / "file"))
    assert code == EXIT_USAGE and "file" in err
    code, _, err = run(capsys, "export", "html", session.strip(), "-o",
                       str(tmp_path / "missing" / "x.html"))
    assert code == EXIT_USAGE and "missing" in err
