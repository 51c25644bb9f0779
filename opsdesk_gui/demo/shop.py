"""Building the demo shop the honest way: simulate two years of trade, write it as the
platforms' export files, import those through the real importers, add the owner's
campaign plans. The same seed always gives the same shop."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..importers.pipeline import import_files
from ..jobs import ProgressCallback
from ..models.shop_info import shop_info
from ..store import open_shop
from . import exports
from .behaviour import BUYERS, simulate
from .campaigns import campaign_rows, insert_campaigns, note_reviews, plan_upcoming
from .catalogue import build_catalogue, stock_levels
from .marketing import build_marketing
from .seasons import demand


@dataclass
class DemoSummary:
    path: str
    seed: int
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)
    imports: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"path": self.path, "seed": self.seed, "seconds": round(self.seconds, 2),
                "files": self.files, "imports": self.imports, "counts": self.counts}


# The owner's imports: the files of each, with the preset each must be detected as.
Plan = list[tuple[list[Path], tuple[str, ...]]]


def _write_files(folder: Path, seed: int, scale: float) -> tuple[Plan, list[tuple]]:
    """Simulate and write every export; returns the imports to run (files with the preset
    each must be detected as) and the campaign rows."""
    rng = np.random.default_rng(seed)
    catalogue = build_catalogue(rng)
    trade = simulate(catalogue, demand(rng), rng, buyers=max(round(BUYERS * scale), 50))
    marketing = build_marketing(trade, rng)
    stock = stock_levels(catalogue, exports.units_last_30_days(trade, catalogue), rng)
    lines = exports.line_frame(trade, catalogue)
    plan: Plan = [
        ([exports.write_product_sheet(folder, catalogue, stock)], ("product_sheet",))]
    for pair in exports.write_taobao_orders(folder, trade, lines, rng):
        plan.append((pair, ("taobao_orders", "taobao_lines")))
    plan.append((exports.write_douyin_orders(folder, trade, lines), ("douyin_orders",)))
    plan.append(([exports.write_taobao_refunds(folder, trade, lines, rng),
                  *exports.write_sycm(folder, marketing)],
                 ("taobao_refunds", "sycm_shop_daily", "sycm_traffic_sources")))
    plan.append((exports.write_ads(folder, marketing.ads), ("ad_spend", "ad_spend")))
    return plan, campaign_rows(trade, marketing.ads)


def _place(built: Path, path: Path) -> None:
    """Move the finished shop file into place in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    shutil.move(str(built), str(partial))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)


def build_demo_shop(path: str | Path, seed: int = 7, progress: ProgressCallback | None = None,
                    *, scale: float = 1.0, keep_files: str | Path | None = None,
                    replace: bool = False) -> DemoSummary:
    """Build the demo shop at `path` (refusing an existing file unless `replace`).

    `scale` shrinks or grows the number of buyers (tests use a small shop); the export
    files are written to a temporary folder and deleted, or kept in `keep_files`.
    """
    started = time.monotonic()
    path = Path(path)
    if path.exists() and not replace:
        raise FileExistsError(str(path))
    report = progress or (lambda fraction: None)
    summary = DemoSummary(str(path), seed)
    with tempfile.TemporaryDirectory(prefix="opsdesk-demo-") as temp:
        folder = Path(keep_files) if keep_files else Path(temp) / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        built = Path(temp) / "demo.opsdesk"
        report(0.02)
        plan, campaigns = _write_files(folder, seed, scale)
        report(0.3)
        sizes = [sum(f.stat().st_size for f in files) for files, _ in plan]
        done = 0.0
        for (files, expected), size in zip(plan, sizes, strict=True):
            share = 0.65 * size / sum(sizes)
            result = import_files(built, files, progress=lambda f, d=done, s=share: report(
                0.3 + d + f * s))
            done += share
            for file_report, preset in zip(result.files, expected, strict=True):
                if file_report.preset != preset:
                    raise RuntimeError(f"demo: {file_report.file} was read as "
                                       f"'{file_report.preset}', not '{preset}'")
            summary.files.extend(f.name for f in files)
            summary.imports.append(result.as_dict())
        db = open_shop(built)
        try:
            insert_campaigns(db.conn, campaigns)
            plan_upcoming(db.conn)
            note_reviews(db.conn)
            summary.counts = shop_info(db.conn)["counts"]
        finally:
            db.conn.close()
        _place(built, path)
    report(1.0)
    summary.seconds = time.monotonic() - started
    return summary
