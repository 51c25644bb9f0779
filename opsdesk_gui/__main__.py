"""`opsdesk` / `python -m opsdesk_gui`: the command line, or the app when no command is given."""

from __future__ import annotations

import sys

from .cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
