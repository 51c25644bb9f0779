"""Where OpsDesk keeps its own files in the user's folders (no Qt)."""

from __future__ import annotations

from pathlib import Path


def demo_shop_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("OpsDesk", appauthor=False) / "demo.opsdesk"
