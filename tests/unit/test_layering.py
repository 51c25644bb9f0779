"""The Qt-free packages never load Qt: the same code serves the CLI and the window."""

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import opsdesk_gui
QT_SIDE = {"opsdesk_gui.views", "opsdesk_gui.app", "opsdesk_gui.tasks", "opsdesk_gui.settings",
           "opsdesk_gui.i18n"}
names = []


def walk(package):  # pkgutil.walk_packages would import the Qt-side packages to enter them
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name in QT_SIDE:
            continue
        names.append(info.name)
        module = importlib.import_module(info.name)
        if info.ispkg:
            walk(module)


walk(opsdesk_gui)
from opsdesk_gui.importers.preset import presets
from opsdesk_gui.cli import build_parser
presets(); build_parser()
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph"))
print(len(names), *qt)
"""


def test_qt_free_packages_load_no_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            check=True)
    count, *qt_modules = result.stdout.split()
    assert qt_modules == []
    assert int(count) >= 15  # store, importers and presets, models, cli were all imported
