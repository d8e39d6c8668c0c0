"""Handouts as a folder (progress, cancel, all or nothing) and `export pdf` on the command line."""

from __future__ import annotations

import json

import pytest
from report_helpers import text_of

from tillitworkshop import cli
from tillitworkshop.report import ExportCancelled, ExportError, export_pdf


def test_handouts_one_file_per_participant_and_a_combined_one(pdfs, demo):
    """The handouts folder holds a PDF per participant, in roster order, and one combined file."""
    names = sorted(pdfs[("handouts", "sv")])
    assert len(names) == len(demo.participants) + 1
    assert names[0] == "00-alla-deltagare.pdf"
    assert names[1] == "01-margareta-oberg.pdf"
    assert all(n.endswith(".pdf") and "/" not in n and " " not in n for n in names)
    assert sorted(pdfs[("handouts", "en")])[0] == "00-all-participants.pdf"


def test_a_handout_holds_the_participants_commitments_problems_and_principles(pdfs):
    """Lena's handout has her commitments, the top problems, the principles and the follow-up date."""
    text = text_of(pdfs[("handouts", "sv")]["04-lena-hakansson.pdf"])
    assert text.count("Lena Håkansson") >= 1
    assert "Dina åtaganden" in text and "Halvera antalet nyckeltal" in text
    assert "Dagens viktigaste problem" in text and "9 röster" in text
    assert "De sju principerna i korthet" in text and "Handlingsutrymme" in text
    assert "15 februari 2027" in text
    role = text_of(pdfs[("handouts", "sv")]["06-sara-ahmadi.pdf"])
    assert "Åtaganden för din roll (enhetschefer)" in role  # Mikael Ek's commitment


def test_handouts_report_progress_and_can_be_cancelled(demo, tmp_path):
    """Progress is reported per file; a cancelled export raises and leaves no folder behind."""
    calls = []
    export_pdf(demo, "handouts", tmp_path / "all", progress=lambda d, t: calls.append((d, t)))
    total = len(demo.participants) + 1
    assert calls[0] == (1, total) and calls[-1] == (total, total)
    with pytest.raises(ExportCancelled):
        export_pdf(demo, "handouts", tmp_path / "cancelled", cancel=lambda: len(calls) > total + 3,
                   progress=lambda d, t: calls.append((d, t)))
    assert not (tmp_path / "cancelled").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["all"]


def test_handouts_replace_an_earlier_export_but_never_other_files(demo, tmp_path):
    """A folder of earlier handouts is replaced whole; a folder with other files is refused."""
    folder = tmp_path / "h"
    folder.mkdir()
    (folder / "old.pdf").write_bytes(b"%PDF-old")
    export_pdf(demo, "handouts", folder)
    assert not (folder / "old.pdf").exists()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_text("keep me")
    with pytest.raises(ExportError):
        export_pdf(demo, "handouts", mine)
    assert [p.name for p in mine.iterdir()] == ["thesis.docx"]


def run(capsys, *argv):
    try:
        code = cli.main(list(argv))
    except SystemExit as e:  # argparse's usage errors
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def session(data_dir, capsys):
    assert cli.main(["demo"]) == 0
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize("kind", ["summary", "cards", "followup"])
def test_cli_writes_each_pdf(session, tmp_path, capsys, kind):
    """`export pdf --kind K -o FILE` writes a PDF in the session's language (Swedish)."""
    out = tmp_path / f"{kind}.pdf"
    code, stdout, _ = run(capsys, "export", "pdf", session[:8], "--kind", kind, "-o", str(out))
    assert code == 0 and str(out) in stdout
    assert "Besök Tillit" in text_of(out.read_bytes())
    assert ("Sida 1 av" in text_of(out.read_bytes())) == (kind != "cards")


def test_cli_handouts_in_english(session, tmp_path, capsys):
    """`--kind handouts --lang en -o DIR` writes the folder of English handouts."""
    code, _, _ = run(capsys, "export", "pdf", session, "--kind", "handouts", "--lang", "en",
                     "-o", str(tmp_path / "h"))
    assert code == 0
    files = sorted(p.name for p in (tmp_path / "h").iterdir())
    assert files[0] == "00-all-participants.pdf" and len(files) == 15
    assert "Your commitments" in text_of((tmp_path / "h" / files[4]).read_bytes())


def test_cli_bad_session_kind_or_path_exit_2(session, tmp_path, capsys):
    """An unknown session, kind or language, or an unwritable path, exits 2 with a message."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = str(folder / "x.pdf")
    assert run(capsys, "export", "pdf", "nosuch", "--kind", "summary", "-o", out)[0] == 2
    code, _, err = run(capsys, "export", "pdf", session, "--kind", "poster", "-o", out)
    assert code == 2 and "poster" in err
    assert run(capsys, "export", "pdf", session, "--kind", "summary", "--lang", "de",
               "-o", out)[0] == 2
    code, _, err = run(capsys, "export", "pdf", session, "--kind", "summary",
                       "-o", str(folder / "missing" / "x.pdf"))
    assert code == 2 and "missing" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_cli_failing_export_leaves_no_file(session, tmp_path, capsys, monkeypatch):
    """A failure while rendering or writing leaves the earlier file as it was and no temporary."""
    from tillitworkshop.report import summary
    from tillitworkshop.store import files

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"earlier export")

    def broken(ctx):
        raise RuntimeError("layout failed")

    with monkeypatch.context() as m:
        m.setattr(summary, "render", broken)
        code, _, err = run(capsys, "export", "pdf", session, "--kind", "summary",
                           "-o", str(target))
    assert code == 1 and "internal error" in err
    assert target.read_bytes() == b"earlier export"

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    code, _, err = run(capsys, "export", "pdf", session, "--kind", "summary", "-o", str(target))
    assert code == 2 and "No space left" in err
    assert target.read_bytes() == b"earlier export"
    code, _, err = run(capsys, "export", "pdf", session, "--kind", "handouts",
                       "-o", str(folder / "h"))
    assert code == 2
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_cli_list_still_works_beside_pdf(session, capsys):
    """Adding `export pdf` leaves the other commands as they were."""
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0 and json.loads(out)[0]["id"] == session
