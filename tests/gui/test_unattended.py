"""--screenshot and --self-test run with nobody at the screen: a dialog that would wait
for a click must not hang them."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "opsdesk_gui", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_of_a_shop_that_cannot_open_ends_with_the_reason(tmp_path):
    damaged = tmp_path / "damaged.opsdesk"
    damaged.write_bytes(b"not a shop file at all")
    result = _run(tmp_path, "--screenshot", str(tmp_path / "shots"), "--shop", str(damaged))
    assert result.returncode == 1
    assert "damaged.opsdesk" in result.stderr and "Cannot open the shop" in result.stderr
    assert not (tmp_path / "shots").exists() or not any((tmp_path / "shots").iterdir())
