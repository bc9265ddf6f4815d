"""The desktop app's command line: its options, and the command that starts it again as it was started (a
language change in Preferences restarts the app)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

SOURCE_ROOT = Path(__file__).resolve().parent.parent   # the folder holding ``core`` and ``gui`` (from source)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tokenquote", description="Price LLM API usage offline.")
    parser.add_argument("project", nargs="?", help="a .tokenquote project to open")
    parser.add_argument("--version", action="store_true", help="print the version and the catalog date")
    parser.add_argument("--self-check", action="store_true",
                        help="open the window, price, save and re-read a project, and exit 0 if all agree")
    parser.add_argument("--catalog", action="append", default=[], metavar="DIR_OR_FILE",
                        help="extra catalog file or folder layered over the bundled one; repeatable")
    return parser


def parse_arguments(args: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The options in ``args`` and the arguments left for Qt (``-style …``), as ``build_parser()`` reads them.

    With no arguments at all (the usual start) these are the parser's defaults, given here without building it:
    argparse's first use looks up its own translations on disk, a few milliseconds of start-up.
    tests/gui/test_app_start.py checks that the two agree."""
    if not args:
        return argparse.Namespace(project=None, version=False, self_check=False, catalog=[]), []
    return build_parser().parse_known_args(args)


def restart_command(project: Path | None) -> tuple[str, list[str]]:
    """The program and arguments that start TokenQuote again as it was started (frozen or from source, with the
    same extra catalogs and Qt options), opening ``project``."""
    options, qt_args = build_parser().parse_known_args(sys.argv[1:])
    args = [arg for path in options.catalog for arg in ("--catalog", path)] + list(qt_args)
    if project is not None:
        args.append(str(project))
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-c", "import sys; from gui.app import main; sys.exit(main(sys.argv))", *args]
