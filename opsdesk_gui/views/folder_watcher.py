"""The watched folder: export files saved there are imported without a click.

A file is taken once its size has stopped changing for a few seconds (a download may
still be writing it). Files present when watching starts are not imported: only what
arrives afterwards. Importing the same file twice adds nothing, so a file seen again
after a restart does no harm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

EXPORT_SUFFIXES = {".csv", ".txt", ".xlsx", ".xls", ".xlsm"}
SETTLE_MS = 3000


class FolderWatcher(QObject):
    files_arrived = Signal(list)  # list[Path], settled and not seen before

    def __init__(self, parent: QObject | None = None, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self._on_settle_timeout)
        self._seen: set[Path] = set()
        self._sizes: dict[Path, int] = {}
        self.folder: Path | None = None

    def watch(self, folder: Path | None) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = folder if folder and folder.is_dir() else None
        self._sizes.clear()
        self._seen = set(self._exports()) if self.folder else set()
        if self.folder:
            self._watcher.addPath(str(self.folder))

    def _exports(self) -> list[Path]:
        if not self.folder:
            return []
        return sorted(p for p in self.folder.iterdir()
                      if p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES
                      and not p.name.startswith(("~$", ".")))

    @Slot(str)
    def _on_directory_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _on_settle_timeout(self) -> None:
        settled, waiting = [], False
        for path in self._exports():
            if path in self._seen:
                continue
            size = path.stat().st_size
            if size and self._sizes.get(path) == size:
                settled.append(path)
            else:
                self._sizes[path] = size
                waiting = True
        for path in settled:
            self._seen.add(path)
            self._sizes.pop(path, None)
        if settled:
            self.files_arrived.emit(settled)
        if waiting:
            self._timer.start()
