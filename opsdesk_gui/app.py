"""Starting the desktop app: QApplication, settings, the shop to open, the main window."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .places import demo_shop_path


def ensure_demo_shop() -> Path:
    path = demo_shop_path()
    if not path.exists():
        from .demo import build_demo_shop

        print("Building the demo shop (about 20 seconds, once)…", flush=True)
        build_demo_shop(path)
    return path


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot propagate size hints: noise, not news."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _application(offscreen: bool):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _quiet_offscreen_warnings()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OpsDesk")
    app.setOrganizationName("OpsDesk")
    return app


def _settings(isolated: bool):
    from PySide6.QtCore import QSettings

    from .settings import Settings

    if isolated:  # self-test and screenshots never touch the user's settings
        path = Path(tempfile.mkdtemp(prefix="opsdesk-")) / "settings.ini"
        return Settings(QSettings(str(path), QSettings.Format.IniFormat))
    return Settings(QSettings())


def _wait_idle(app, window, timeout_s: float = 30.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    app.processEvents()
    while window.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _report_uncaught_errors(window) -> None:
    """A bug in a slot on the GUI thread: logged with its traceback, told in a sentence
    (the workers' failures take the same path through tasks.TaskRunner)."""
    from PySide6.QtWidgets import QMessageBox

    from .logs import log_failure, start_logging
    from .views.messages import error_text

    start_logging()

    def hook(kind, error, trace) -> None:
        if not isinstance(error, Exception):
            sys.__excepthook__(kind, error, trace)
            return
        log_failure("window", error)
        QMessageBox.warning(window, "OpsDesk", error_text(error))

    sys.excepthook = hook


def run_app(shop: str | None = None, demo: bool = False, self_test: bool = False,
            screenshot: str | None = None, language: str | None = None) -> int:
    app = _application(offscreen=self_test or bool(screenshot))
    from .i18n import install as install_language
    from .tasks import GuiThreadGarbageCollector
    from .views.main_window import MainWindow

    settings = _settings(isolated=self_test or bool(screenshot))
    install_language(language if language is not None else settings.language)
    collector = GuiThreadGarbageCollector(app)  # noqa: F841 - lives with the app
    window = MainWindow(settings)
    _report_uncaught_errors(window)
    if self_test or screenshot:
        from .views.unattended import DialogCloser

        closer = DialogCloser(app)  # noqa: F841 - lives with the app
    # The window builds a missing demo shop in the background, with progress; the
    # self-test and screenshots wait for it here.
    build_in_window = demo and not demo_shop_path().exists() and not (self_test or screenshot)
    path = None if build_in_window else ensure_demo_shop() if demo else (
        Path(shop) if shop else None)
    if self_test and path is None:
        path = Path(tempfile.mkdtemp(prefix="opsdesk-")) / "self-test.opsdesk"
    if (path is None and not build_in_window and settings.last_shop
            and Path(settings.last_shop).exists()):
        path = Path(settings.last_shop)
    if path is not None:
        window.open_shop(path, create=self_test or demo)
    window.show()
    window.refresh_tabs()
    if build_in_window:
        window.welcome.open_demo()
    if self_test:
        _wait_idle(app, window)
        ok = window.tabs.count() == 4 and window.session is not None
        if window.session is not None:
            print(f"shop: {window.session.path}", flush=True)
        print("self-test: ok" if ok else "self-test: FAILED", flush=True)
        window.close()
        return 0 if ok else 1
    if screenshot:
        from .views.screenshots import save_screenshots

        _wait_idle(app, window)
        if shop and window.session is None:  # its reason was printed by the closer
            window.close()
            return 1
        for written in save_screenshots(app, window, Path(screenshot)):
            print(written)
        window.close()
        return 0
    return app.exec()
