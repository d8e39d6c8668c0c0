"""The installer script's pure helpers (build_installer.py); the build itself is in
tests/test_installer_bundle.py (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

import build_installer as bi

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("system", "machine", "tag"), [
    ("Linux", "x86_64", "linux-x86_64"),
    ("Linux", "aarch64", "linux-arm64"),
    ("Windows", "AMD64", "windows-x86_64"),
    ("Darwin", "arm64", "macos-arm64"),
    ("Darwin", "x86_64", "macos-x86_64"),
])
def test_platform_tag_names_os_and_cpu_the_usual_way(system, machine, tag):
    """The archive says which OS and CPU it is for, in the words people search for."""
    assert bi.platform_tag(system, machine) == tag


def test_archive_name_is_tar_gz_on_linux_and_zip_elsewhere():
    """Linux keeps file modes in a .tar.gz; Windows and macOS unpack .zip by double-click."""
    assert bi.archive_name("0.1.0", "Linux", "x86_64") == "TillitWorkshop-0.1.0-linux-x86_64.tar.gz"
    assert bi.archive_name("0.3.0", "Windows", "AMD64") == "TillitWorkshop-0.3.0-windows-x86_64.zip"
    assert bi.archive_name("1.0", "Darwin", "arm64") == "TillitWorkshop-1.0-macos-arm64.zip"
    assert bi.archive_format("Linux") == "gztar" and bi.archive_format("Windows") == "zip"


def test_version_is_read_from_the_package(tmp_path):
    """The archive carries tillitworkshop.__version__; a file without one is an error."""
    import tillitworkshop

    assert bi.read_version(REPO / "tillitworkshop" / "__init__.py") == tillitworkshop.__version__
    bad = tmp_path / "__init__.py"
    bad.write_text('"""nothing here"""\n')
    with pytest.raises(ValueError, match="__version__"):
        bi.read_version(bad)


def test_data_files_carry_every_resource_into_the_package_folder():
    """Content, demo, schema, fonts and icons go to tillitworkshop/resources, as installed."""
    datas = bi.data_files(REPO)
    dests = {dest for _src, dest in datas}
    names = {Path(src).name for src, _dest in datas}
    for folder in ("content", "demo", "schema", "fonts", "icons"):
        assert f"tillitworkshop/resources/{folder}" in dests
    assert {"principles.json", "DejaVuSans.ttf", "LICENSE-DejaVu.txt", "tillitworkshop.png",
            "session-v1.schema.json"} <= names
    assert all(Path(src).is_file() for src, _dest in datas)
    assert not any(Path(src).suffix in (".py", ".pyc", ".svg", ".ico") for src, _ in datas)


def test_every_module_of_the_package_is_a_hidden_import():
    """The window and each phase page (imported on first use, by name) are bundled."""
    modules = bi.package_modules(REPO)
    for name in ("tillitworkshop", "tillitworkshop.cli", "tillitworkshop.ui.shell.app",
                 "tillitworkshop.ui.phases.preparation.page", "tillitworkshop.ui.phases.closing.page",
                 "tillitworkshop.report", "tillitworkshop.store.schema"):
        assert name in modules
    assert not any("__pycache__" in m or m.endswith("__init__") for m in modules)


def test_compiled_translations_are_data_of_the_package(tmp_path):
    """A .qm in resources/translations goes to tillitworkshop/resources/translations."""
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "tillitworkshop_sv.qm").write_bytes(b"x")
    (tmp_path / "resources" / "__init__.py").write_text("")
    assert bi.data_files(tmp_path) == [
        (str(tmp_path / "resources" / "translations" / "tillitworkshop_sv.qm"),
         "tillitworkshop/resources/translations")]


def test_lrelease_compiles_each_ts_into_the_package_data(tmp_path):
    (tmp_path / "translations").mkdir()
    for lang in ("sv", "en"):
        (tmp_path / "translations" / f"tillitworkshop_{lang}.ts").write_text("<TS/>")
    cmds = bi.lrelease_commands("lrelease", tmp_path)
    assert [c[-1] for c in cmds] == [
        str(tmp_path / "resources" / "translations" / "tillitworkshop_en.qm"),
        str(tmp_path / "resources" / "translations" / "tillitworkshop_sv.qm")]
    assert bi.lrelease_commands("lrelease", tmp_path / "nowhere") == []


def test_excluded_modules_keep_out_what_the_app_never_uses_and_keep_what_it_does():
    excluded = set(bi.excluded_modules())
    for unused in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick",
                   "PySide6.Qt3DCore", "PySide6.QtMultimedia", "tkinter", "PyQt5"):
        assert unused in excluded
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "sqlite3",
                 "asyncio", "reportlab", "jsonschema", "aiohttp", "uharfbuzz"):
        assert used not in excluded


def test_pillow_is_left_out_and_a_stand_in_runs_before_the_app():
    """reportlab imports PIL.Image at load: leaving Pillow out needs the stand-in hook
    (tests/report/test_pillow_stub.py makes every PDF with it)."""
    assert "PIL" in bi.excluded_modules()
    assert [h.name for h in bi.RUNTIME_HOOKS] == ["pillow_stub.py"]
    assert all(h.is_file() for h in bi.RUNTIME_HOOKS)


@pytest.mark.parametrize(("has_pyinstaller", "has_lrelease", "need_lrelease", "missing"), [
    (True, True, True, []),
    (False, True, True, ["pyinstaller"]),
    (True, False, True, ["pyside6-lrelease"]),
    (True, False, False, []),  # no .ts files yet: lrelease is not needed
    (False, False, True, ["pyinstaller", "pyside6-lrelease"]),
])
def test_missing_tools_are_named(has_pyinstaller, has_lrelease, need_lrelease, missing):
    found = bi.missing_tools(lambda m: has_pyinstaller, lambda t: "/bin/x" if has_lrelease else None,
                             need_lrelease=need_lrelease)
    assert found == missing
    assert all("install" in bi.HINTS[t] for t in found)


def test_a_build_without_pyinstaller_says_so_and_exits_2(monkeypatch, capsys):
    """The newcomer without PyInstaller is told what to install, and nothing is built."""
    monkeypatch.setattr(bi.importlib.util, "find_spec", lambda name: None)
    assert bi.main(["--dist", "/nonexistent/dist"]) == 2
    err = capsys.readouterr().err
    assert "PyInstaller is not installed" in err and "pip install" in err


@pytest.mark.parametrize("system", ["Linux", "Windows", "Darwin"])
def test_pyinstaller_args_per_os(system, tmp_path):
    """One folder everywhere; Windows keeps a console for the command line but hides it when
    started from Explorer; macOS makes an .app; the data separator is the OS's."""
    icon = bi.icon_file(REPO, system)
    args = bi.pyinstaller_args(system=system, name="TillitWorkshop", entry=tmp_path / "main.py",
                               dist=tmp_path / "d", work=tmp_path / "w", icon=icon,
                               datas=[("a/b.json", "tillitworkshop/resources/content")],
                               excludes=["tkinter"], hidden=["tillitworkshop.ui.shell.app"],
                               runtime_hooks=[tmp_path / "hook.py"])
    assert "--onedir" in args and "--onefile" not in args
    sep = ";" if system == "Windows" else ":"
    assert args[args.index("--add-data") + 1] == f"a/b.json{sep}tillitworkshop/resources/content"
    assert args[args.index("--exclude-module") + 1] == "tkinter"
    assert args[args.index("--hidden-import") + 1] == "tillitworkshop.ui.shell.app"
    assert ("--hide-console" in args) == (system == "Windows")
    assert ("--windowed" in args) == (system == "Darwin")
    assert ("--strip" in args) == (system == "Linux")  # debug symbols, Linux only
    assert args[args.index("--runtime-hook") + 1] == str(tmp_path / "hook.py")
    if system == "Linux":
        assert icon is None and "--icon" not in args
    else:
        assert icon.is_file() and args[args.index("--icon") + 1] == str(icon)


def test_only_qt_translations_for_swedish_and_english_are_kept():
    names = ["qtbase_sv.qm", "qtbase_en.qm", "qt_sv.qm", "qtbase_de.qm", "qt_help_fr.qm",
             "qtbase_zh_CN.qm", "qtbase_pt_BR.qm", "qt_en.qm", "README"]
    assert sorted(bi.unused_qt_translations(names)) == [
        "qt_help_fr.qm", "qtbase_de.qm", "qtbase_pt_BR.qm", "qtbase_zh_CN.qm"]
