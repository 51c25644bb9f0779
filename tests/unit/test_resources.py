"""resource_path finds resources/ in the checkout and inside a PyInstaller bundle."""

import sys
from pathlib import Path

from opsdesk_gui.resources import resource_path

CHECKOUT = Path(__file__).resolve().parents[2]


def test_from_the_checkout_it_is_the_resources_folder_next_to_the_package(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    icon = resource_path("icons", "opsdesk.png")
    assert icon == CHECKOUT / "resources" / "icons" / "opsdesk.png"
    assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert resource_path() == CHECKOUT / "resources"


def test_frozen_it_is_under_the_bundle_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("translations", "opsdesk_zh_CN.qm") == (
        tmp_path / "resources" / "translations" / "opsdesk_zh_CN.qm")


def test_the_app_icon_files_are_there():
    icons = CHECKOUT / "resources" / "icons"
    ico = (icons / "opsdesk.ico").read_bytes()
    # ICONDIR: reserved 0, type 1 (icon), then the number of images.
    assert ico[:4] == b"\x00\x00\x01\x00"
    assert int.from_bytes(ico[4:6], "little") == 9  # 16, 20, 24, 32, 40, 48, 64, 128, 256
    assert (icons / "opsdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
