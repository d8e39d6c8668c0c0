"""The README tells the truth about the command line."""

from pathlib import Path

from tillitworkshop.cli import build_parser

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    """Each subcommand of the CLI is documented in the README's command list."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"tillitworkshop {name}" in README or f"tillitworkshop [--data-dir DIR] {name}" in README, name


def test_readme_gives_the_two_commands():
    """The README gives the run and test commands, and the Makefile has them."""
    makefile = (Path(__file__).parent.parent / "Makefile").read_text(encoding="utf-8")
    assert "make run" in README and "make test" in README
    assert "\nrun:" in makefile and "\ntest:" in makefile
