"""The Qt-free packages never load Qt: the same code serves the CLI and the window."""

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import opsdesk_gui
QT_SIDE = {"opsdesk_gui.views", "opsdesk_gui.app", "opsdesk_gui.tasks", "opsdesk_gui.settings",
           "opsdesk_gui.i18n", "opsdesk_gui.printed"}
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


# Lower ranks never import higher ones (nor siblings of the same rank): views -> writes ->
# reports/models/importers -> store -> errors/jobs/money. Function-level imports count.
RANKS = {
    "": 0, "errors": 0, "jobs": 0, "money": 0, "privacy": 0, "logs": 0, "places": 0, "resources": 0,
    "store": 1,
    "importers": 2, "models": 2, "exporting": 2,
    "reports": 3, "writes": 3,
    "demo": 4, "printed": 4, "i18n": 4,  # printed, i18n: Qt, shared by the CLI and views
    "cli": 5, "tasks": 5, "settings": 5,
    "views": 6,
    "app": 7,
    "__main__": 8,
}


def _part(module: str) -> str:
    """The layer a module of opsdesk_gui belongs to: its first package or module name."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path, module: str, is_package: bool):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [f"{target}.{a.name}" for a in node.names] if not node.module else [target]
            yield from (n for n in names if n.startswith("opsdesk_gui"))
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("opsdesk_gui"))


def test_no_module_imports_upward():
    from pathlib import Path

    import opsdesk_gui

    root = Path(opsdesk_gui.__file__).parent
    upward = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).with_suffix("")
        is_package = relative.name == "__init__"
        module = ".".join(relative.parts[:-1] if is_package else relative.parts)
        source = _part(module)
        assert source in RANKS, f"{module}: give its layer a rank in RANKS"
        for target in _imports(path, module, is_package):
            layer = _part(target)
            if layer not in RANKS:  # `from .. import __version__`: a name of the package
                layer = _part(target.rpartition(".")[0])
            if layer != source and RANKS.get(layer, 99) >= RANKS[source]:
                upward.append(f"{module} -> {target}")
    assert upward == []
