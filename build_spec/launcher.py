"""The frozen app's entry script (PyInstaller runs it as `__main__`).

opsdesk_gui/__main__.py uses relative imports, so it cannot be the script itself; this
calls the same `main` as the `opsdesk` console script.
"""

import multiprocessing
import os
import sys


def bundle_report() -> int:
    """With OPSDESK_BUNDLE_REPORT=1: print what build_spec/smoke_frozen.py checks from
    inside the frozen app (what only the running bundle can tell), then exit."""
    import json

    import pandas as pd

    from opsdesk_gui.resources import resource_path

    try:
        import pyarrow
    except ImportError:
        pyarrow = None
    print(json.dumps({
        "frozen": bool(getattr(sys, "frozen", False)),
        "utf8_mode": sys.flags.utf8_mode,
        "pyarrow": pyarrow.__version__ if pyarrow else None,
        # pandas 3 keeps text in Arrow ("pyarrow") when it can import pyarrow.
        "string_storage": getattr(pd.Series(["x"]).dtype, "storage", None),
        "icon_found": resource_path("icons", "opsdesk.png").is_file(),
    }))
    return 0


if __name__ == "__main__":
    # A frozen app that starts worker processes must let them run the worker code, not
    # a second app; a no-op when nothing uses multiprocessing.
    multiprocessing.freeze_support()
    # The windowed Windows executable has no console: sys.stdout and sys.stderr are None
    # and anything writing to them (argparse, warnings, logging) would raise.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if os.environ.get("OPSDESK_BUNDLE_REPORT") == "1":
        sys.exit(bundle_report())

    from opsdesk_gui.__main__ import main

    sys.exit(main())
