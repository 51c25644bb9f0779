import os
import sys
from pathlib import Path

# Qt needs a platform before anything imports it; tests never open real windows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import pytest


@pytest.fixture
def shop_path(tmp_path: Path) -> Path:
    """Where a test's shop file goes (created by the first import)."""
    return tmp_path / "shop.opsdesk"

# A failure a test provokes is logged (opsdesk_gui/logs.py): never into the user's log.
os.environ.setdefault("OPSDESK_LOG_DIR", str(Path(__import__("tempfile").mkdtemp(
    prefix="opsdesk-test-logs-"))))


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """As the app does (tasks.GuiThreadGarbageCollector): no automatic collection, which
    could run in a worker and destroy a previous test's widgets there (a deadlock); each
    test's garbage is collected on the main thread when it ends."""
    import gc

    gc.disable()
    yield
    gc.collect()
