"""Starting the desktop app: QApplication, the shop to open, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def demo_shop_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("OpsDesk", appauthor=False) / "demo.opsdesk"


def ensure_demo_shop() -> Path:
    path = demo_shop_path()
    if not path.exists():
        from .demo import build_demo_shop

        build_demo_shop(path)
    return path


def run_app(shop: str | None = None, demo: bool = False, self_test: bool = False) -> int:
    if self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from .models.shop_info import shop_info
    from .store import open_shop
    from .views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OpsDesk")
    path = ensure_demo_shop() if demo else (Path(shop) if shop else None)
    summary = None
    if path is not None:
        db = open_shop(path, create=True)
        summary = shop_info(db.conn)
        db.conn.close()
    window = MainWindow(path, summary)
    if self_test:
        window.show()
        app.processEvents()
        ok = window.tabs.count() == 4
        print("self-test: ok" if ok else "self-test: FAILED")
        return 0 if ok else 1
    window.show()
    return app.exec()
