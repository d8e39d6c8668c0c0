"""Build the installer: ``python build_installer.py`` -> dist/TillitWorkshop-<version>-<os>-<arch>.<ext>.

Compiles the translations (pyside6-lrelease), builds a one-folder application
for this operating system with PyInstaller, and packs it: ``.tar.gz`` on Linux,
``.zip`` on Windows and macOS. The helpers above ``main`` are pure and unit
tested (tests/test_build_installer.py); ``main`` runs the tools.

Exit status: 0 built, 2 a needed tool is missing (the message says how to
install it), 1 a tool failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent
APP = "TillitWorkshop"
KEEP_QT_LANGUAGES = ("sv", "en")

# Qt modules and standard-library parts the app never imports. PyInstaller only
# follows imports, but optional imports in our dependencies (qasync tries every
# Qt binding; reportlab and jsonschema try extras) would otherwise be chased.
EXCLUDED_QT = (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2",
    "Qt3DCore", "Qt3DRender", "Qt3DExtras", "QtMultimedia", "QtMultimediaWidgets",
    "QtSql", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtCharts", "QtDataVisualization", "QtBluetooth", "QtPositioning", "QtSerialPort",
    "QtDesigner", "QtHelp", "QtUiTools", "QtXml", "QtConcurrent", "QtTest", "QtDBus",
    "QtSvgWidgets", "QtPrintSupport",
    # Kept: QtNetwork (the room lists the laptop's addresses) and QtSvg (its QR code).
)
EXCLUDED_OTHER = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc", "pydoc_data",
    "unittest", "doctest", "lib2to3", "test", "distutils", "setuptools", "pip",
    "PyQt5", "PyQt6", "PySide2", "numpy", "matplotlib", "IPython",
    "pytest", "hypothesis", "pytestqt",
    # The app is offline: no TLS. reportlab only wants charset_normalizer to guess the
    # encoding of XML bytes, which it is never given here.
    "ssl", "_ssl", "charset_normalizer", "jsonschema.benchmarks",
)

# What our dependencies pull in and the app does not use at run time: the one place for
# such cuts (the ones above any PySide6 app could make). bench/bench_bundle.py freezes the
# bare window with them too, where they change nothing, so its ratio shows what they save.
# - Pillow (6 MB: its decoder and the JPEG, TIFF, JPEG 2000, zstd and xcb libraries it
#   links): reportlab imports PIL.Image when it loads, but uses it only for raster images,
#   and our PDFs hold none. packaging/pillow_stub.py, run before the app, stands in for it;
#   tests/report/test_pillow_stub.py makes every kind of PDF with that stand-in.
NOT_USED_AT_RUN_TIME = ("PIL",)
RUNTIME_HOOKS = (REPO / "packaging" / "pillow_stub.py",)

# Not data: Python goes through import analysis; the SVG is the icon's source and the
# ICO/ICNS are only for PyInstaller to stamp on the executable; Markdown is notes for us.
SKIPPED_SUFFIXES = (".py", ".pyc", ".svg", ".ico", ".icns", ".md")

# Installed with: pip install -e '.[build]'
HINTS = {
    "pyinstaller": "PyInstaller is not installed. Install it with: "
                   "python -m pip install -e '.[build]'   (or: python -m pip install pyinstaller)",
    "pyside6-lrelease": "pyside6-lrelease (Qt Linguist's compiler) is not found. It comes with "
                        "PySide6-Essentials: python -m pip install -e .   and run this script "
                        "with the Python of that environment (e.g. .venv/bin/python).",
}


def platform_tag(system: str, machine: str) -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``: the OS and CPU, in the archive name."""
    os_name = {"Darwin": "macos", "Windows": "windows"}.get(system, system.lower())
    cpu = machine.lower()
    cpu = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(cpu, cpu)
    return f"{os_name}-{cpu}"


def archive_format(system: str) -> str:
    """The shutil.make_archive format: a .tar.gz keeps Linux's file modes, .zip elsewhere."""
    return "gztar" if system == "Linux" else "zip"


def archive_name(version: str, system: str, machine: str) -> str:
    """E.g. ``TillitWorkshop-0.1.0-linux-x86_64.tar.gz``."""
    ext = ".tar.gz" if archive_format(system) == "gztar" else ".zip"
    return f"{APP}-{version}-{platform_tag(system, machine)}{ext}"


def read_version(init_py: Path) -> str:
    """``__version__`` from the package's ``__init__.py``, read as text (nothing imported)."""
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', init_py.read_text("utf-8"), re.M)
    if not match:
        raise ValueError(f"no __version__ in {init_py}")
    return match.group(1)


def excluded_modules() -> list[str]:
    """Modules kept out of the bundle."""
    return [f"PySide6.{m}" for m in EXCLUDED_QT] + list(EXCLUDED_OTHER) + list(NOT_USED_AT_RUN_TIME)


def data_files(repo: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every data file of the package ``tillitworkshop.resources``.

    ``resources/`` is installed as that package, so it goes to ``tillitworkshop/resources``;
    files with ``SKIPPED_SUFFIXES`` are left out.
    """
    root = repo / "resources"
    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix in SKIPPED_SUFFIXES or "__pycache__" in path.parts:
            continue
        folder = Path("tillitworkshop", "resources", *path.relative_to(root).parent.parts)
        out.append((str(path), folder.as_posix()))
    return out


def package_modules(repo: Path, package: str = "tillitworkshop") -> list[str]:
    """Every module of the package, for PyInstaller's hidden imports: the window's phase
    pages are imported on first use by name ("module:Class" strings, ui/pages.py), so
    import analysis alone would miss them."""
    root = repo / package
    out = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(repo).with_suffix("").parts
        out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


def icon_file(repo: Path, system: str) -> Path | None:
    """The executable's icon in the form the OS wants it; None on Linux, which has none
    (there the window sets its own from resources/icons/tillitworkshop.png)."""
    ext = {"Windows": ".ico", "Darwin": ".icns"}.get(system)
    return repo / "resources" / "icons" / f"tillitworkshop{ext}" if ext else None


def ts_files(repo: Path) -> list[Path]:
    return sorted((repo / "translations").glob("*.ts"))


def qm_path(repo: Path, ts: Path) -> Path:
    """Where a compiled translation goes: inside the package data, so every install finds it."""
    return repo / "resources" / "translations" / ts.with_suffix(".qm").name


def lrelease_commands(lrelease: str, repo: Path) -> list[list[str]]:
    return [[lrelease, "-silent", str(ts), "-qm", str(qm_path(repo, ts))] for ts in ts_files(repo)]


def missing_tools(has_module: Callable[[str], bool], find_tool: Callable[[str], str | None],
                  need_lrelease: bool) -> list[str]:
    """Names of the tools this build needs and cannot find (keys of ``HINTS``)."""
    missing = []
    if not has_module("PyInstaller"):
        missing.append("pyinstaller")
    if need_lrelease and not find_tool("pyside6-lrelease"):
        missing.append("pyside6-lrelease")
    return missing


def find_tool(name: str) -> str | None:
    """A console script beside this Python first (a venv need not be activated), then on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def pyinstaller_args(*, system: str, name: str, entry: Path, dist: Path, work: Path,
                     icon: Path | None, datas: Iterable[tuple[str, str]],
                     excludes: Iterable[str], hidden: Iterable[str],
                     runtime_hooks: Iterable[Path] = ()) -> list[str]:
    """The PyInstaller command line for a one-folder build, with the per-OS differences."""
    sep = ";" if system == "Windows" else ":"
    args = [str(entry), "--name", name, "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work)]
    if system == "Linux":
        # Debug symbols: libpython and the wheels' C extensions (aiohttp, multidict, Pillow)
        # carry them, 37 MB of 209, for nobody. Not on Windows (no strip tool) nor macOS
        # (PyInstaller strips only debug symbols there, and the code signature matters more).
        args.append("--strip")
    if system == "Windows":
        # One program serves the window and the command line: keep the console when started
        # from a terminal, hide it at once when started from Explorer.
        args += ["--console", "--hide-console", "hide-early"]
    elif system == "Darwin":
        args += ["--windowed", "--osx-bundle-identifier", "se.tillitworkshop.app"]
    if icon is not None:
        args += ["--icon", str(icon)]
    for src, dest in datas:
        args += ["--add-data", f"{src}{sep}{dest}"]
    for module in hidden:
        args += ["--hidden-import", module]
    for module in excludes:
        args += ["--exclude-module", module]
    for hook in runtime_hooks:
        args += ["--runtime-hook", str(hook)]
    return args


def unused_qt_translations(names: Iterable[str], keep: Iterable[str] = KEEP_QT_LANGUAGES) -> list[str]:
    """Qt's own .qm files for languages the app does not offer (PyInstaller copies all of them)."""
    keep = tuple(keep)
    out = []
    for n in names:
        match = re.fullmatch(r"[a-z_]+?_([a-z]{2})(?:_[A-Za-z]+)?\.qm", n)
        if match and match.group(1) not in keep:
            out.append(n)
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# The side effects.
def _run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True)


def compile_translations(repo: Path = REPO, lrelease: str | None = None) -> list[Path]:
    """pyside6-lrelease every translations/*.ts into resources/translations/*.qm."""
    lrelease = lrelease or find_tool("pyside6-lrelease")
    if lrelease is None:
        raise FileNotFoundError(HINTS["pyside6-lrelease"])
    commands = lrelease_commands(lrelease, repo)
    if commands:
        (repo / "resources" / "translations").mkdir(exist_ok=True)
    for cmd in commands:
        _run(cmd)
    return [qm_path(repo, ts) for ts in ts_files(repo)]


def build_bundle(*, entry: Path, name: str, dist: Path, work: Path, icon: Path | None,
                 datas: list[tuple[str, str]], hidden: list[str], system: str) -> Path:
    """Run PyInstaller; prune Qt translations for languages the app does not offer."""
    args = pyinstaller_args(system=system, name=name, entry=entry, dist=dist, work=work,
                            icon=icon, datas=datas, excludes=excluded_modules(), hidden=hidden,
                            runtime_hooks=RUNTIME_HOOKS)
    _run([sys.executable, "-m", "PyInstaller", *args])
    bundle = dist / (f"{name}.app" if system == "Darwin" else name)
    for qt_tr in bundle.rglob("translations"):
        if qt_tr.is_dir() and "PySide6" in qt_tr.parts:
            for n in unused_qt_translations(p.name for p in qt_tr.iterdir()):
                (qt_tr / n).unlink()
    return bundle


def pack(bundle: Path, out: Path, system: str) -> Path:
    """The archive ``out`` holding the one folder ``bundle``."""
    fmt = archive_format(system)
    if system == "Darwin" and shutil.which("ditto"):
        # An .app holds symlinks (frameworks) and a signature; ditto keeps both, zipfile not.
        _run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(out)])
        return out
    base = str(out)[: -len(".tar.gz")] if fmt == "gztar" else str(out.with_suffix(""))
    return Path(shutil.make_archive(base, fmt, root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_installer.py", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the archive goes")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller",
                        help="PyInstaller's scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument("--translations-only", action="store_true",
                        help="only compile translations/*.ts to resources/translations/*.qm")
    args = parser.parse_args(argv)
    if args.translations_only:
        if ts_files(REPO) and not find_tool("pyside6-lrelease"):
            print(f"build_installer.py: {HINTS['pyside6-lrelease']}", file=sys.stderr)
            return 2
        try:
            compile_translations(REPO)
        except subprocess.CalledProcessError as e:
            print(f"build_installer.py: {e.cmd[0]} failed with status {e.returncode}", file=sys.stderr)
            return 1
        return 0

    system, machine = platform.system(), platform.machine()
    missing = missing_tools(lambda m: importlib.util.find_spec(m) is not None, find_tool,
                            need_lrelease=bool(ts_files(REPO)))
    if missing:
        for tool in missing:
            print(f"build_installer.py: {HINTS[tool]}", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        compile_translations(REPO)
        bundle = build_bundle(
            entry=REPO / "packaging" / "tillitworkshop_main.py", name=APP, dist=args.dist,
            work=args.work, icon=icon_file(REPO, system), datas=data_files(REPO),
            hidden=package_modules(REPO), system=system)
        out = bundle
        if not args.no_archive:
            version = read_version(REPO / "tillitworkshop" / "__init__.py")
            out = pack(bundle, args.dist / archive_name(version, system, machine), system)
    except subprocess.CalledProcessError as e:
        print(f"build_installer.py: {e.cmd[0]} failed with status {e.returncode}", file=sys.stderr)
        return 1
    print(f"{out}  ({folder_size(bundle) / 1e6:.1f} MB unpacked, "
          f"{out.stat().st_size / 1e6 if out.is_file() else 0:.1f} MB packed, "
          f"{time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
