"""The command line: a thin caller of the Qt-free packages.

Each module of `opsdesk_gui.cli` other than this one is a command: it defines NAME,
HELP, `add_arguments(parser)` and `run(args) -> int`. Failures the user can act on
(OpsDeskError) print their message on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..errors import OpsDeskError, ShopFileError
from ..logs import log_failure
from ..store.writer import write_error


def _commands() -> list:
    package = sys.modules[__name__]
    modules = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "run") and hasattr(module, "NAME"):
            modules.append(module)
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opsdesk", description="OpsDesk: the shop operator's workbench.")
    parser.add_argument("--version", action="version", version=f"OpsDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="start the app on the demo shop")
    parser.add_argument("--shop", help="start the app on this shop file")
    parser.add_argument("--self-test", action="store_true",
                        help="build the main window offscreen and exit 0")
    parser.add_argument("--language", choices=("zh_CN", "en"),
                        help="the window's language (default: as last chosen, or the system's)")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="render each tab and the import dialog to PNG files in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _commands():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str], start_window: Callable[[argparse.Namespace], int] | None = None
         ) -> int:
    """Run the command in `argv`; without one, `start_window(args)` (the window lives above
    the command line: __main__.py passes it in)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command:
            return args.run(args)
        if start_window is None:
            parser.error("a command is required")
        return start_window(args)
    except OpsDeskError as exc:
        print(f"opsdesk: {exc.message}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # a page of the shop file that cannot be read
        path = getattr(args, "shop", None) or "the shop file"
        damaged = ShopFileError("shop_damaged", {"path": path, "detail": str(exc)})
        if (written := write_error(exc, Path(path))) is not None:
            damaged = written
        print(f"opsdesk: {damaged.message}", file=sys.stderr)
        log_failure(args.command or "opsdesk", exc)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of the output went away (`opsdesk products ... | head`): not an error.
        # Point stdout at nothing so that Python's flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # an output that cannot be written: full disk, no permission
        where = exc.filename or getattr(args, "shop", "") or ""
        problem = write_error(exc, Path(where)) or ShopFileError(
            "write_failed", {"path": where, "detail": exc.strerror or type(exc).__name__})
        print(f"opsdesk: {problem.message}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: the log gets the traceback, the user a sentence
        log = log_failure(args.command or "opsdesk", exc)
        print(f"opsdesk: {args.command or 'opsdesk'} failed unexpectedly "
              f"({type(exc).__name__}). Nothing was changed. Details: {log}", file=sys.stderr)
        return 3
