"""Checks a frozen OpsDesk bundle from the outside, on Linux and on Windows.

    python build_spec/smoke_frozen.py dist/OpsDesk/opsdesk            (Linux)
    python build_spec/smoke_frozen.py dist/OpsDesk/opsdesk-cli.exe
        --gui-exe dist/OpsDesk/OpsDesk.exe                            (Windows, one line)

Run with the build's Python (it reads the source tree to know what the bundle must
hold). In a scratch folder and home, it runs the frozen app and fails, saying what went
wrong, unless:
- `--self-test` builds the main window offscreen and prints "self-test: ok" (and the
  windowed Windows executable exits 0 on it);
- `--version` prints the package version;
- every CLI command of opsdesk_gui/cli and every import preset of
  opsdesk_gui/importers/presets is found inside the bundle (both are discovered with
  pkgutil, which sees nothing of modules PyInstaller did not collect);
- a generated Taobao 订单报表 export (GBK, Chinese file name) imports with preset
  detection and with `--preset taobao_orders`, and `info` and `kpi` give the figures
  worked out by hand below;
- inside the app (launcher.py's OPSDESK_BUNDLE_REPORT): it is frozen, in UTF-8 mode,
  finds resources/ (opsdesk_gui.resources), and loads the same pyarrow as the build's
  Python, so pandas keeps text in the same storage;
- resources/ is in the bundle and the excluded modules are not;
- a first run works: `--demo --self-test` builds the demo shop and opens it, and its
  weekly review prints to PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_spec"))

from buildinfo import read_version  # noqa: E402

# Three orders: two paid (100.50 with 2 items, 59.00 with 1), one unpaid (20.00).
# By hand: 3 orders and 3 buyers stored; GMV = 100.50 + 59.00 = 159.50 from 2 paid orders
# with 2 + 1 = 3 units; the unpaid order is no sale.
EXPORT_NAME = "淘宝订单报表202603.csv"
EXPORT_ROWS = [
    ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间",
     "宝贝总数量", "收货地址"],
    ["T1001", "测试买家1", "100.50", "交易成功", "2026-03-01 10:00:00", "2026-03-01 10:01:00",
     "2", "浙江省 杭州市 西湖区 测试路1号"],
    ["T1002", "测试买家2", "59.00", "卖家已发货，等待买家确认", "2026-03-02 11:00:00",
     "2026-03-02 11:05:00", "1", "上海 上海市 浦东新区 测试路2号"],
    ["T1003", "测试买家3", "20.00", "等待买家付款", "2026-03-03 12:00:00", "", "1",
     "北京 北京市 朝阳区 测试路3号"],
]
EXPECTED_FIGURES = {"platforms": ["taobao"], "orders": 3, "buyers": 3, "gmv": "159.50",
                    "paid_orders": 2, "units": 3}

# Glob patterns that must match nothing in the bundle (see the excludes in opsdesk.spec).
UNWANTED = ["*tkinter*", "QtNetwork.*", "*Qml*", "*Quick*", "*WebEngine*", "*pytest*",
            "*matplotlib*", "*arrow_flight*", "*arrow_s3*", "_flight.*", "_s3fs.*"]


class Failed(Exception):
    pass


class Frozen:
    def __init__(self, exe: Path, work: Path):
        self.exe = exe
        self.work = work
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        # Nothing from the caller's Python may leak in; PYTHONUTF8 and PYTHONIOENCODING
        # would hide a bundle that is not in UTF-8 mode by itself.
        for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONUTF8", "PYTHONIOENCODING"):
            self.env.pop(name, None)
        if os.name != "nt":  # keep the user's settings and demo shop out of reach
            home = work / "home"
            self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                            XDG_DATA_HOME=str(home / ".local/share"),
                            XDG_CACHE_HOME=str(home / ".cache"))

    def run(self, *args: str, exe: Path | None = None) -> tuple[int, str, str]:
        result = subprocess.run([str(exe or self.exe), *args], cwd=self.work, env=self.env,
                                capture_output=True, timeout=300)
        # The frozen app runs in Python's UTF-8 mode (opsdesk.spec): its output is UTF-8
        # on every platform; a strict decode catches it when it is not.
        return (result.returncode, result.stdout.decode("utf-8"),
                result.stderr.decode("utf-8", "replace"))

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        if code != 0:
            raise Failed(f"`{' '.join(args)}` exited {code}:\n{out}{err}")
        return out


def check_self_test(app: Frozen, gui_exe: Path | None) -> None:
    code, out, err = app.run("--self-test")
    print(out.strip())
    if code != 0 or "self-test: ok" not in out.splitlines():
        raise Failed(f"--self-test exited {code}, printed:\n{out}{err}")
    if gui_exe is not None:
        code, out, err = app.run("--self-test", exe=gui_exe)
        if code != 0:
            raise Failed(f"{gui_exe.name} --self-test exited {code}\n{err}")
        print(f"{gui_exe.name} --self-test: exit 0")


def check_first_run(app: Frozen) -> None:
    """A shop owner's first minutes: start on the demo shop (built on first start), then
    print its weekly review."""
    out = app.ok("--demo", "--self-test")
    print(out.strip())
    lines = out.splitlines()
    shop = next((x.removeprefix("shop: ") for x in lines if x.startswith("shop: ")), "")
    if "self-test: ok" not in lines or not shop.endswith("demo.opsdesk"):
        raise Failed(f"--demo --self-test did not open the demo shop:\n{out}")
    info = json.loads(app.ok("info", "--shop", shop, "--json"))
    if info["counts"]["orders"] < 1000 or sorted(info["platforms"]) != ["douyin", "taobao"]:
        raise Failed(f"the demo shop holds {info['counts']}, {info['platforms']}")
    print(app.ok("report", "--shop", shop, "--kind", "weekly", "--period-end",
                 info["last_order_date"], "--pdf", "demo-weekly.pdf").strip())
    pdf = app.work / "demo-weekly.pdf"
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise Failed("the demo shop's weekly review was not printed")


def check_version(app: Frozen) -> None:
    got, want = app.ok("--version").strip(), f"OpsDesk {read_version()}"
    print(got)
    if got != want:
        raise Failed(f"--version printed {got!r}, expected {want!r}")


def check_commands(app: Frozen) -> None:
    from opsdesk_gui.cli import _commands

    names = [m.NAME for m in _commands()]
    for name in names:
        code, _, err = app.run(name, "--help")
        if code != 0:
            raise Failed(f"command '{name}' is missing from the bundle:\n{err}")
    print("commands:", " ".join(names))


def write_export(folder: Path) -> Path:
    path = folder / EXPORT_NAME
    with open(path, "w", encoding="gbk", newline="") as f:
        f.writelines(",".join(row) + "\r\n" for row in EXPORT_ROWS)
    return path


def check_presets(app: Frozen) -> None:
    from opsdesk_gui.importers.preset import presets

    want = ", ".join(sorted(presets()))
    # Asked for an unknown preset, the app lists the presets it knows (once the file has
    # a header row it recognises, which the generated export has).
    code, out, err = app.run("import", "--shop", "probe.opsdesk", "--preset", "no-such-preset",
                             EXPORT_NAME)
    marker = "Known presets: "
    line = next((x for x in err.splitlines() if marker in x), "")
    got = line.split(marker, 1)[1].rstrip(".") if line else ""
    if not got:
        raise Failed(f"the frozen app knows no import presets (exit {code}):\n{out}{err}")
    if got != want:
        raise Failed(f"presets differ\n  bundle: {got}\n  source: {want}")
    print("presets:", got)


def check_import(app: Frozen) -> None:
    out = app.ok("import", "--shop", "detected.opsdesk", EXPORT_NAME)
    print(out.strip())
    if f"{EXPORT_NAME}: taobao_orders (3 rows)" not in out.splitlines():
        raise Failed("the export was not detected as taobao_orders")
    app.ok("import", "--shop", "named.opsdesk", "--preset", "taobao_orders", EXPORT_NAME)
    for shop in ("detected.opsdesk", "named.opsdesk"):
        info = json.loads(app.ok("info", "--shop", shop, "--json"))
        kpi = json.loads(app.ok("kpi", "--shop", shop, "--from", "2026-03-01",
                                "--to", "2026-03-31", "--json"))
        got = {"platforms": info["platforms"], "orders": info["counts"]["orders"],
               "buyers": info["counts"]["buyers"], "gmv": kpi["gmv"],
               "paid_orders": kpi["paid_orders"], "units": kpi["units"]}
        print(f"{shop}: {got}")
        if got != EXPECTED_FIGURES:
            raise Failed(f"{shop}: expected {EXPECTED_FIGURES}")


def check_report(app: Frozen) -> None:
    """The printed review needs pyqtgraph, QtPrintSupport and the fonts inside the bundle."""
    out = app.ok("report", "--shop", "detected.opsdesk", "--kind", "monthly",
                 "--period-end", "2026-03-31", "--pdf", "review.pdf", "--xlsx", "review.xlsx")
    print(out.strip())
    for name, magic in (("review.pdf", b"%PDF"), ("review.xlsx", b"PK")):
        path = app.work / name
        if not path.is_file() or not path.read_bytes().startswith(magic):
            raise Failed(f"`opsdesk report` did not write {name}")


def check_customers(app: Frozen) -> None:
    """RFM figures, and the lifetime-value fit (scipy inside the bundle): two buyers are
    too few to fit, so it must refuse with its message and exit 2, not a traceback."""
    doc = json.loads(app.ok("customers", "--shop", "detected.opsdesk", "--as-of",
                            "2026-03-31", "--json"))
    if len(doc["buyers"]) != 2:
        raise Failed(f"expected the 2 paying buyers, got {doc['buyers']}")
    code, _out, err = app.run("clv", "--shop", "detected.opsdesk", "--calibration-end",
                              "2026-03-31")
    print(err.strip())
    if code != 2 or "Traceback" in err or not err.startswith("opsdesk: "):
        raise Failed(f"`opsdesk clv` exited {code}: {err[-300:]}")


def check_runtime(app: Frozen) -> None:
    import pandas as pd

    try:
        import pyarrow
    except ImportError:
        pyarrow = None
    want = {"frozen": True, "utf8_mode": 1,
            "pyarrow": pyarrow.__version__ if pyarrow else None,
            "string_storage": getattr(pd.Series(["x"]).dtype, "storage", None),
            "icon_found": True}
    app.env["OPSDESK_BUNDLE_REPORT"] = "1"
    try:
        got = json.loads(app.ok())
    finally:
        del app.env["OPSDESK_BUNDLE_REPORT"]
    print(got)
    if got != want:
        raise Failed(f"expected {want}")


def check_contents(bundle: Path) -> None:
    if not any(p.parent.parent.name == "resources" for p in bundle.rglob("opsdesk.png")):
        raise Failed("resources/ is not in the bundle")
    for pattern in UNWANTED:
        found = next(bundle.rglob(pattern), None)
        if found is not None:
            raise Failed(f"excluded module bundled anyway: {found}")
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"bundle: {size / 2**20:.0f} MiB in {len(files)} files")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("exe", type=Path, help="the console executable of the bundle")
    parser.add_argument("--gui-exe", type=Path, help="the windowed executable (Windows)")
    args = parser.parse_args()
    exe = args.exe.resolve()
    if not exe.is_file():
        print(f"smoke_frozen: {exe} does not exist; build first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="opsdesk-smoke-") as tmp:
        work = Path(tmp)
        app = Frozen(exe, work)
        write_export(work)
        checks = [("self-test", lambda: check_self_test(app, args.gui_exe and
                                                          args.gui_exe.resolve())),
                  ("version", lambda: check_version(app)),
                  ("CLI commands", lambda: check_commands(app)),
                  ("import presets", lambda: check_presets(app)),
                  ("import and figures", lambda: check_import(app)),
                  ("printed review", lambda: check_report(app)),
                  ("customers and lifetime value", lambda: check_customers(app)),
                  ("inside the app", lambda: check_runtime(app)),
                  ("first run: the demo shop and its review",
                   lambda: check_first_run(app)),
                  ("bundle contents", lambda: check_contents(exe.parent))]
        for title, check in checks:
            print(f"== {title}", flush=True)
            try:
                check()
            except Failed as exc:
                print(f"smoke_frozen: FAILED: {title}: {exc}", file=sys.stderr)
                return 1
    print("smoke_frozen: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
