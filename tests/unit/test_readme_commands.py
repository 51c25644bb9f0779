"""README.md's command examples run as written: every `opsdesk …` line of its sh blocks,
in order, in a folder holding the files they name (made-up Taobao exports and a file in
the UCI Online Retail layout); the start and test scripts exist; the presets table
lists the presets the importer knows."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.preset import presets

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

UCI_ROWS = [  # the UCI layout, invented rows; 'C' invoices are returns
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
    "536365,85123A,WHITE HANGING HEART HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom",
    "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,13047.0,France",
    "C536379,71053,WHITE METAL LANTERN,-1,2010-12-01 09:41:00,3.39,17850,United Kingdom",
]


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def commands(block: str) -> list[str]:
    """A block's command lines: continuations joined, trailing comments dropped."""
    joined = re.sub(r"\\\n\s*", "", block)
    lines = [re.sub(r"\s+#\s.*$", "", line).strip() for line in joined.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def readme_commands() -> list[str]:
    return [c for block in blocks("sh") for c in commands(block)]


def test_the_start_and_test_commands_exist():
    scripts = [c.split()[1] for c in readme_commands() if c.startswith("bash ")]
    assert scripts == ["scripts/demo.sh", "scripts/test.sh"]
    for script in scripts:
        assert (ROOT / script).is_file()
    ps1 = [re.search(r"-File (\S+)", c).group(1) for c in commands(blocks("powershell")[0])]
    assert ps1 == [r"scripts\demo.ps1", r"scripts\test.ps1"]
    for script in ps1:
        assert (ROOT / script.replace("\\", "/")).is_file()


def test_the_presets_table_lists_the_known_presets():
    start = README.index("<!-- presets table")
    table = README[start:README.index("\n\n", start)]
    listed = set()
    for cell in re.findall(r"^\| ([^|]*) \|", table, re.M):
        listed.update(re.findall(r"`([a-z_]+)`", cell))
    assert listed == set(presets())


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix" or not shutil.which("bash"),
                    reason="the sh examples (Windows CI runs the README's .ps1 commands)")
def test_every_opsdesk_example_runs_as_written(tmp_path):
    write_orders(tmp_path / "ExportOrderList202603031200.csv", ORDERS)
    write_lines(tmp_path / "ExportOrderDetailList202603031200.csv", LINES)
    (tmp_path / "online_retail_head.csv").write_text("\n".join(UCI_ROWS) + "\n")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}"
               f"{os.environ['PATH']}", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    examples = [c for c in readme_commands() if c.startswith("opsdesk ")]
    # demo, import, info, kpi … campaigns, customers, undo, and the generic import
    assert len(examples) == 19
    outputs = {}
    for command in examples:
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{command}\n{result.stdout}{result.stderr}"
        outputs[command.split()[1]] = outputs.get(command.split()[1], "") + result.stdout
    assert (tmp_path / "demo.opsdesk").is_file()
    assert "beside 618 2026" in outputs["campaign"] and "starting from" in outputs["campaign"]
    assert "taobao_orders" in outputs["import"] and "taobao_lines" in outputs["import"]
    assert (tmp_path / "uci.opsdesk").is_file()
    for name, magic in (("weekly.pdf", b"%PDF"), ("weekly.xlsx", b"PK"),
                        ("checklist.pdf", b"%PDF"), ("review.pdf", b"%PDF"), ("products.csv", b""),
                        ("buyers.csv", b"")):
        assert (tmp_path / name).read_bytes().startswith(magic), name
