"""`opsdesk --screenshot DIR`: without a shop, the welcome page with each platform's import
guide (welcome.png, welcome-douyin.png …); with one, the main window on each tab and on
each page of a tab's page bar (products.png, products-bundles.png …), the import dialog
and the about box. Rendered offscreen at 1366×768 for the README and for checking the look."""

from __future__ import annotations

import time
from pathlib import Path

from .about import show_about
from .import_dialog import ImportDialog

SIZE = (1366, 768)


def _settle(app, window, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + 30
    while window.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save_screenshots(app, window, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    if window.session is None:  # no --shop: the welcome page, once per guide platform
        return _save_welcome(app, window, folder)
    written = []
    for index, name in enumerate(("products", "campaigns", "customers", "reports")):
        window.tabs.setCurrentIndex(index)
        if name == "products":  # with the best seller's detail below the table
            _settle(app, window)
            view = window.products.products.table.table
            if view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 2))
        page_bar = getattr(window.tabs.widget(index), "page_bar", None)
        pages = range(page_bar.count()) if page_bar is not None else [None]
        for page in pages:
            if page is not None:
                page_bar.setCurrentIndex(page)
            _settle(app, window)
            suffix = f"-{_page_name(page_bar.widget(page))}" if page else ""
            path = folder / f"{name}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
        if page_bar is not None:
            page_bar.setCurrentIndex(0)
    if window.session is not None:
        sample = _sample_export(folder)
        dialog = ImportDialog(window.session.path, [sample], window.runner, window)
        dialog.resize(1100, 640)
        dialog.show()
        _settle(app, window, 0.5)
        path = folder / "import-dialog.png"
        dialog.grab().save(str(path))
        dialog.close()
        sample.unlink(missing_ok=True)
        written.append(path)
    box = show_about(window, str(window.session.path) if window.session else None)
    _settle(app, window, 0.2)
    path = folder / "about.png"
    box.grab().save(str(path))
    box.close()
    written.append(path)
    return written


def _save_welcome(app, window, folder: Path) -> list[Path]:
    """welcome.png (Taobao's guide), then welcome-<platform>.png for the others."""
    written = []
    guide = window.welcome.guide
    for key in guide.platform_keys():
        guide.show_platform(key)
        _settle(app, window, 0.2)
        path = folder / ("welcome.png" if key == "taobao" else f"welcome-{key}.png")
        window.grab().save(str(path))
        written.append(path)
    guide.show_platform("taobao")
    return written


def _page_name(page) -> str:
    """BundlesView -> 'bundles', TitleCheckPage -> 'titlecheck'."""
    name = type(page).__name__
    for suffix in ("Page", "View"):
        name = name.removesuffix(suffix)
    return name.lower()


def _sample_export(folder: Path) -> Path:
    """A small Taobao order export with made-up buyers, to show the import dialog."""
    rows = [
        ("订单编号", "买家会员名", "买家实际支付金额", "订单状态", "收货人姓名", "联系手机",
         "订单创建时间", "订单付款时间", "宝贝总数量"),
        ('="3890000000000000011"', "tb_demo_01", "128.00", "交易成功", "王小明",
         "13800000001", "2026-11-11 00:03:11", "2026-11-11 00:03:15", "2"),
        ('="3890000000000000012"', "tb_demo_02", "59.90", "卖家已发货，等待买家确认", "李华",
         "13800000002", "2026-11-11 00:05:40", "2026-11-11 00:05:52", "1"),
        ('="3890000000000000013"', "tb_demo_03", "0.00", "等待买家付款", "张三",
         "13800000003", "2026-11-11 00:07:02", "", "1"),
    ]
    path = folder / "ExportOrderList202611110010.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode("gbk") + b"\r\n")
    return path
