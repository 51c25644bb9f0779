"""The one place that knows QSettings keys: typed reads, with defaults.

The QSettings object is injected, so tests use an isolated file. Unmasking personal data
is deliberately not remembered: every start shows buyers masked.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    # -- typed access -------------------------------------------------------------
    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- shops ---------------------------------------------------------------------
    @property
    def last_shop(self) -> str:
        return self._str("shop/last")

    @last_shop.setter
    def last_shop(self, path: str) -> None:
        self._s.setValue("shop/last", path)
        recent = [p for p in self.recent_shops if p != path]
        self._s.setValue("shop/recent", [path, *recent][:MAX_RECENT])

    @property
    def recent_shops(self) -> list[str]:
        value = self._s.value("shop/recent", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [str(p) for p in value or []]

    def forget_shop(self, path: str) -> None:
        self._s.setValue("shop/recent", [p for p in self.recent_shops if p != path])

    # -- look and language ---------------------------------------------------------
    @property
    def language(self) -> str:
        """'' = follow the system; else 'zh_CN' or 'en'."""
        return self._str("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def header_state(self, table: str) -> QByteArray | None:
        return self._bytes(f"tables/{table}/header")

    def save_header_state(self, table: str, state: QByteArray) -> None:
        self._s.setValue(f"tables/{table}/header", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", state)

    # -- period bar ----------------------------------------------------------------
    @property
    def period_preset(self) -> str:
        return self._str("period/preset", "last_30_days")

    @period_preset.setter
    def period_preset(self, preset: str) -> None:
        self._s.setValue("period/preset", preset)

    @property
    def comparison(self) -> str:
        return self._str("period/compare", "previous")

    @comparison.setter
    def comparison(self, mode: str) -> None:
        self._s.setValue("period/compare", mode)

    # -- watched folder ------------------------------------------------------------
    @property
    def watched_folder(self) -> str:
        return self._str("import/watched_folder")

    @watched_folder.setter
    def watched_folder(self, folder: str) -> None:
        self._s.setValue("import/watched_folder", folder)

    # -- product titles ------------------------------------------------------------
    @property
    def extra_banned_words(self) -> list[str]:
        """The owner's own banned title words, on top of the Advertising Law's list."""
        value = self._s.value("titles/extra_banned_words", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [str(w) for w in value or [] if str(w).strip()]

    @extra_banned_words.setter
    def extra_banned_words(self, words: list[str]) -> None:
        cleaned = list(dict.fromkeys(w.strip() for w in words if w.strip()))
        self._s.setValue("titles/extra_banned_words", cleaned)

    # -- customers -----------------------------------------------------------------
    @property
    def customer_segments(self) -> str:
        """The segment vocabulary of the Customers tab: 'cn8' or 'grid11'."""
        value = self._str("customers/segments", "cn8")
        return value if value in ("cn8", "grid11") else "cn8"

    @customer_segments.setter
    def customer_segments(self, vocabulary: str) -> None:
        self._s.setValue("customers/segments", vocabulary)

    @property
    def customer_fixed_f(self) -> bool:
        """F scored by fixed cut-offs (1 / 2 / 3-4 / 5+) instead of quintiles."""
        return self._str("customers/fixed_f", "false") == "true"

    @customer_fixed_f.setter
    def customer_fixed_f(self, fixed: bool) -> None:
        self._s.setValue("customers/fixed_f", "true" if fixed else "false")

    def sync(self) -> None:
        self._s.sync()
