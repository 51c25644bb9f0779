"""pytest plugin: with OPSDESK_RECORD_IMPORTS=DIR, every import the tests run writes the
canonical text of its outcome (bench/import_dump.py) to DIR, one file per import named
after the test. Run the tests before and after a change and `diff -r` the two folders:

    OPSDESK_RECORD_IMPORTS=/tmp/before .venv/bin/python -m pytest -p import_recorder tests
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

_TMP = re.compile(r"/tmp/pytest-of-[^/]+/pytest-\d+/|/tmp/tmp[\w-]+/")


@pytest.fixture(autouse=True)
def _record_imports(request, monkeypatch):
    target = os.environ.get("OPSDESK_RECORD_IMPORTS")
    if not target:
        yield
        return
    from import_dump import dump_error, dump_shop, dump_summary

    from opsdesk_gui.importers import pipeline

    real = pipeline._import_locked
    name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-180:]
    calls = []

    def recorded(conn, *args, **kwargs):
        path = Path(target) / f"{name}__{len(calls)}.txt"
        calls.append(path)
        try:
            summary = real(conn, *args, **kwargs)
        except BaseException as exc:
            _write(path, dump_error(exc))
            raise
        _write(path, dump_summary(summary) + "".join(dump_shop(conn)))
        return summary

    monkeypatch.setattr(pipeline, "_import_locked", recorded)
    yield


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_TMP.sub("<TMP>/", text), encoding="utf-8")
