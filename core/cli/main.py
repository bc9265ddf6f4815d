"""``tokenquote-cli``: the headless command line over the core (a stable contract; see DESIGN.md).

Bad input exits with status 2 and one line on stderr that names the option, file, line or field.
Imports: every core package (this is the top layer).
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

from core import __version__
from core.catalog.load import load_catalog
from core.cli.catalog_commands import cmd_catalog
from core.cli.commands import cmd_compare, cmd_export, cmd_project
from core.cli.parser import PROG, build_parser
from core.errors import TokenQuoteError

_COMMANDS = {"compare": cmd_compare, "export": cmd_export, "catalog": cmd_catalog, "project": cmd_project,
             "usage": lambda args: _usage(args), "plan": lambda args: _plan(args)}


def _plan(args) -> int:
    from core.cli.plan_commands import cmd_plan
    return cmd_plan(args)


def _usage(args) -> int:
    from core.cli.usage_commands import cmd_usage  # pandas and the importers load with the command only
    return cmd_usage(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.version:
            catalog = load_catalog()
            print(f"TokenQuote {__version__} (catalog {catalog.catalog_date}, {len(catalog)} models)")
            return 0
        if args.command is None:
            parser.print_help()
            return 2
        return _COMMANDS[args.command](args)
    except TokenQuoteError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:   # Ctrl+C: writes are atomic, so nothing half-written is left
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception as exc:   # a bug, or a case no rule foresaw: one line, never a traceback (unless asked for)
        if os.environ.get("TOKENQUOTE_DEBUG"):
            raise
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        sys.stderr.write(f"{PROG}: an unexpected problem stopped this ({what}); please report it with the command "
                         f"you ran (TOKENQUOTE_DEBUG=1 shows where it happened)\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
