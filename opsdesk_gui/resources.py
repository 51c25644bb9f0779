"""Where the app's resources (icons, translations, styles) are, from the source tree or
inside the PyInstaller bundle. Qt-free: it only builds paths.

    QIcon(str(resource_path("icons", "opsdesk.svg")))
    translator.load(str(resource_path("translations", "opsdesk_zh_CN.qm")))
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of `resources/<parts...>`: next to the package in a checkout (and an
    editable install), under `sys._MEIPASS` in a frozen app (build_spec/opsdesk.spec
    copies `resources/` there). The path is returned whether or not it exists."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)
