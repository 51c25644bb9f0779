"""`opsdesk` / `python -m opsdesk_gui`: the command line, or the app when no command is given."""

from __future__ import annotations

import sys

from .cli import main as cli_main


def start_window(args) -> int:
    from .app import run_app  # Qt only when the window is wanted

    return run_app(shop=args.shop, demo=args.demo, self_test=args.self_test,
                   screenshot=args.screenshot, language=args.language)


def main(argv: list[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv, start_window)


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
