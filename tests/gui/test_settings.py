"""Settings: typed values survive a restart (a new QSettings on the same file)."""

from PySide6.QtCore import QByteArray, QSettings

from opsdesk_gui.settings import MAX_RECENT, Settings


def reopen(path):
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_values_survive_a_restart(tmp_path):
    ini = tmp_path / "opsdesk.ini"
    settings = reopen(ini)
    assert settings.period_preset == "last_30_days" and settings.comparison == "previous"
    settings.last_shop = "/shops/a.opsdesk"
    settings.last_shop = "/shops/b.opsdesk"
    settings.language = "zh_CN"
    settings.period_preset = "this_month"
    settings.save_window(QByteArray(b"geo"), QByteArray(b"state"))
    settings.save_header_state("products", QByteArray(b"hdr"))
    settings.sync()
    again = reopen(ini)
    assert again.last_shop == "/shops/b.opsdesk"
    assert again.recent_shops == ["/shops/b.opsdesk", "/shops/a.opsdesk"]
    assert again.language == "zh_CN" and again.period_preset == "this_month"
    assert bytes(again.window_geometry()) == b"geo"
    assert bytes(again.header_state("products")) == b"hdr"
    assert again.header_state("buyers") is None


def test_recent_shops_are_capped_and_deduplicated(tmp_path):
    settings = reopen(tmp_path / "s.ini")
    for n in range(MAX_RECENT + 3):
        settings.last_shop = f"/s/{n}.opsdesk"
    settings.last_shop = "/s/5.opsdesk"
    recent = settings.recent_shops
    assert len(recent) == MAX_RECENT and recent[0] == "/s/5.opsdesk"
    assert recent.count("/s/5.opsdesk") == 1
    settings.forget_shop("/s/5.opsdesk")
    assert "/s/5.opsdesk" not in settings.recent_shops
