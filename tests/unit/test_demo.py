"""The demo shop: built through the real importers, with the character the spec asks for.

One full-size shop is built per module (it takes a while); determinism and the command
line are checked on small shops (`scale`).
"""

import sqlite3
import statistics
import time
from datetime import date, timedelta

import pytest

from opsdesk_gui.cli import main
from opsdesk_gui.demo import build_demo_shop

REASONS = {"尺码不符", "质量问题", "不想要了", "发错货", "七天无理由"}
BANNED = ("最好", "第一", "顶级", "全网最低", "100%", "独家")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    started = time.monotonic()
    summary = build_demo_shop(folder / "demo.opsdesk", keep_files=folder / "files")
    print(f"\ndemo shop built in {time.monotonic() - started:.1f} s: {summary.counts}")
    conn = sqlite3.connect(folder / "demo.opsdesk")
    yield conn, summary, folder / "files"
    conn.close()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


def daily_gmv(conn) -> dict[str, int]:
    rows = conn.execute("SELECT date(paid_at), sum(paid_cents) FROM orders "
                        "WHERE paid_at IS NOT NULL AND status != 'unpaid' GROUP BY 1")
    return dict(rows.fetchall())


def test_every_file_was_imported_without_warnings(demo):
    _, summary, files = demo
    presets = [f["preset"] for imp in summary.imports for f in imp["files"]]
    assert presets.count("taobao_orders") == presets.count("taobao_lines") >= 2
    for name in ("product_sheet", "douyin_orders", "taobao_refunds", "sycm_shop_daily",
                 "sycm_traffic_sources", "ad_spend"):
        assert name in presets
    warnings = [(f["file"], w["code"]) for imp in summary.imports for f in imp["files"]
                for w in f["warnings"]]
    assert warnings == []
    assert sorted(summary.files) == sorted(p.name for p in files.iterdir())


def test_taobao_files_carry_the_quirks(demo):
    _, _, files = demo
    orders = sorted(files.glob("ExportOrderList*.csv"))
    assert len(orders) >= 2 and len(list(files.glob("ExportOrderDetailList*.csv"))) == len(orders)
    data = orders[-1].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("gbk")
    header, first = text.split("\r\n")[:2]
    assert "收货地址 ," in header and "订单付款时间 ," in header
    assert first.startswith('="39') and first.split(",")[0].endswith('"')


def test_two_storefronts_over_two_years(demo):
    conn, _, _ = demo
    counts = dict(conn.execute("SELECT platform, count(*) FROM orders GROUP BY 1").fetchall())
    assert set(counts) == {"taobao", "douyin"}
    assert 0.8 <= counts["taobao"] / sum(counts.values()) <= 0.9
    stores = {row[0] for row in conn.execute("SELECT DISTINCT store FROM orders "
                                             "WHERE platform = 'taobao'")}
    assert len(stores) == 1
    first, last = conn.execute("SELECT min(date(created_at)), max(date(created_at)) "
                               "FROM orders").fetchone()
    assert last == "2026-11-15"  # the fixed end, not today
    assert date.fromisoformat(first) <= date(2024, 11, 20)
    assert first >= "2024-11-16"


def test_products_have_costs_margins_and_stock_extremes(demo):
    conn, _, _ = demo
    rows = conn.execute("SELECT sku, title, price_cents, cost_cents, stock FROM products "
                        "WHERE platform = 'taobao'").fetchall()
    assert 280 <= len(rows) <= 320
    assert all(cost is not None and 0 < cost < price for _, _, price, cost, _ in rows)
    margins = [(price - cost) / price for _, _, price, cost, _ in rows]
    assert min(margins) >= 0.29 and max(margins) <= 0.71
    assert len({sku[:2] for sku, *_ in rows}) >= 3  # several categories
    assert 1 <= sum(any(w in title for w in BANNED) for _, title, *_ in rows) <= 12
    assert all(len(title) <= 30 for _, title, *_ in rows)
    assert 1 <= sum(stock == 0 for *_, stock in rows) <= 10
    # Large stock that barely sells: >= 500 units on hand, a handful sold in 90 days.
    slow = conn.execute("""
        SELECT p.sku, coalesce((SELECT sum(l.qty) FROM order_lines l JOIN orders o
            ON o.platform = l.platform AND o.order_id = l.order_id
            WHERE l.sku = p.sku AND o.paid_at >= '2026-08-17'), 0)
        FROM products p WHERE p.platform = 'taobao' AND p.stock >= 500""").fetchall()
    assert sum(units <= 5 for _, units in slow) >= 3
    douyin_costs = one(conn, "SELECT count(*) FROM products WHERE platform = 'douyin' "
                             "AND cost_cents IS NOT NULL")
    assert douyin_costs > 50


def test_about_twenty_thousand_buyers_most_buy_once(demo):
    conn, _, _ = demo
    assert 18_000 <= one(conn, "SELECT count(*) FROM buyers WHERE platform = 'taobao'") <= 22_000
    # 抖店 orders name their buyer by the (invented, masked) receiver: 罗**, 135****5083
    assert one(conn, "SELECT count(*) FROM orders WHERE platform = 'douyin' "
                     "AND buyer_source IS NOT 'receiver'") == 0
    receivers = conn.execute("SELECT name, phone FROM buyers WHERE platform = 'douyin'").fetchall()
    assert len(receivers) > 1000
    assert all(name.endswith("**") and phone[3:7] == "****" for name, phone in receivers)
    per_buyer = [n for (n,) in conn.execute(
        "SELECT count(*) FROM orders WHERE platform = 'taobao' AND paid_at IS NOT NULL "
        "AND status != 'unpaid' GROUP BY buyer_id")]
    repeat = sum(n >= 2 for n in per_buyer) / len(per_buyer)
    assert 0.15 <= repeat <= 0.45
    assert sum(n >= 10 for n in per_buyer) >= 20  # a tail that buys many times
    assert statistics.median(per_buyer) == 1
    # Some lapse: repeat buyers whose last order is more than 180 days before the end.
    lapsed = one(conn, """SELECT count(*) FROM (SELECT buyer_id FROM orders
        WHERE platform = 'taobao' AND paid_at IS NOT NULL GROUP BY buyer_id
        HAVING count(*) >= 3 AND max(paid_at) < '2026-05-15')""")
    assert lapsed >= 100
    names = conn.execute("SELECT name, phone, address FROM buyers LIMIT 50").fetchall()
    assert all(phone.startswith("13") and len(phone) == 11 for _, phone, _ in names)
    assert all(len(address.split(" ")) == 4 and address.endswith(")")
               for *_, address in names)


def test_seasonality_peaks_and_quiet_days(demo):
    conn, _, _ = demo
    gmv = daily_gmv(conn)
    median = statistics.median(gmv.values())
    assert gmv["2025-11-11"] >= 4 * median
    assert gmv["2026-11-11"] >= 4 * median
    assert gmv["2025-06-18"] >= 2 * median
    june = [gmv[f"2025-06-{d:02d}"] for d in range(1, 18)]
    assert statistics.mean(june) > median
    assert gmv["2025-11-11"] == max(gmv[(date(2025, 11, 1) + timedelta(d)).isoformat()]
                                    for d in range(11))
    assert gmv["2025-12-12"] > median
    festival = [gmv.get((date(2025, 1, 29) + timedelta(d)).isoformat(), 0) for d in range(7)]
    assert statistics.mean(festival) < 0.6 * median
    # Weekly rhythm: weekends sell more than midweek over the two years.
    weekday = {}
    for day, cents in gmv.items():
        weekday.setdefault(date.fromisoformat(day).weekday(), []).append(cents)
    assert statistics.median(weekday[6]) > statistics.median(weekday[2])


def test_statuses_as_the_exports_show_them(demo):
    conn, _, _ = demo
    statuses = dict(conn.execute("SELECT status, count(*) FROM orders GROUP BY 1").fetchall())
    assert {"unpaid", "paid", "shipped", "completed", "closed"} <= set(statuses)
    assert statuses["completed"] > 0.8 * sum(statuses.values())
    unpaid = conn.execute("SELECT paid_at, created_at FROM orders WHERE status = 'unpaid'"
                          ).fetchall()
    assert 1 <= len(unpaid) <= 100
    assert all(paid is None and created >= "2026-11-14" for paid, created in unpaid)
    closed_unpaid = one(conn, "SELECT count(*) FROM orders WHERE status = 'closed' "
                              "AND paid_at IS NULL")
    closed_paid = conn.execute("SELECT paid_cents, refund_cents, postage_cents FROM orders WHERE "
                               "platform = 'taobao' AND status = 'closed' "
                               "AND paid_at IS NOT NULL").fetchall()
    assert closed_unpaid > 100 and len(closed_paid) > 50
    # Full refunds: postage goes back too when the parcel never left.
    assert all(refund in (paid, paid - postage) for paid, refund, postage in closed_paid)
    # Not yet shipped: only orders paid in the last days.
    oldest_waiting = one(conn, "SELECT min(paid_at) FROM orders WHERE status = 'paid'")
    assert oldest_waiting >= "2026-11-10"


def test_refunds_with_reasons(demo):
    conn, _, _ = demo
    paid = one(conn, "SELECT count(*) FROM orders WHERE platform = 'taobao' "
                     "AND paid_at IS NOT NULL AND status != 'unpaid'")
    refunded_orders = one(conn, "SELECT count(DISTINCT order_id) FROM refunds "
                                "WHERE status = 'succeeded'")
    assert 0.03 <= refunded_orders / paid <= 0.08
    reasons = {r for (r,) in conn.execute("SELECT DISTINCT reason FROM refunds")}
    assert reasons == REASONS
    statuses = {s for (s,) in conn.execute("SELECT DISTINCT status FROM refunds")}
    assert statuses == {"succeeded", "closed", "pending"}
    orphans = one(conn, "SELECT count(*) FROM refunds r WHERE NOT EXISTS (SELECT 1 FROM "
                        "orders o WHERE o.platform = r.platform AND o.order_id = r.order_id)")
    assert orphans == 0
    # What the order export states as refunded matches the after-sales export.
    mismatched = one(conn, """SELECT count(*) FROM orders o WHERE o.platform = 'taobao'
        AND o.refund_cents != coalesce((SELECT sum(amount_cents) FROM refunds r
            WHERE r.platform = o.platform AND r.order_id = o.order_id
            AND r.status = 'succeeded'), 0)""")
    assert mismatched == 0


def test_traffic_is_consistent_with_the_orders(demo):
    conn, _, _ = demo
    days = conn.execute("SELECT period_start, visitors, paid_buyers, paid_cents FROM traffic "
                        "WHERE scope = 'shop' AND period_start = period_end").fetchall()
    assert len(days) == 730
    assert all(0.02 <= buyers / visitors <= 0.05 for _, visitors, buyers, _ in days)
    # 生意参谋's paying buyers and paid amount are the day's paid Taobao orders.
    for day in ("2025-11-11", "2026-03-03", "2026-11-15"):
        expected = conn.execute(
            "SELECT count(DISTINCT buyer_id), sum(paid_cents) FROM orders "
            "WHERE platform = 'taobao' AND date(paid_at) = ? AND status != 'unpaid'",
            (day,)).fetchone()
        stated = next((b, c) for d, _, b, c in days if d == day)
        assert stated == expected
    sources = conn.execute("SELECT DISTINCT subject FROM traffic WHERE scope = 'source'"
                           ).fetchall()
    assert ("付费流量/直通车",) in sources and len(sources) >= 8
    months = one(conn, "SELECT count(DISTINCT period_start) FROM traffic WHERE scope = 'source'")
    assert months == 25


def test_ad_spend_per_channel_with_roi_two_to_four(demo):
    conn, _, _ = demo
    rows = conn.execute("SELECT platform, channel, sum(spend_cents), sum(gmv_cents), "
                        "count(DISTINCT day) FROM ad_spend GROUP BY 1, 2").fetchall()
    assert {(p, c) for p, c, *_ in rows} == {
        ("taobao", "直通车"), ("taobao", "万相台"), ("taobao", "引力魔方"), ("douyin", "巨量千川")}
    for _, _, spend, gmv, days in rows:
        assert 2 <= gmv / spend <= 4
        assert days >= 500
    campaign_plans = one(conn, "SELECT count(DISTINCT campaign) FROM ad_spend "
                               "WHERE campaign LIKE '大促-%'")
    assert campaign_plans >= 5


def test_campaigns_are_the_owners_plans(demo):
    conn, _, _ = demo
    rows = conn.execute("SELECT name, kind, mechanic, starts_on, ends_on, target_gmv_cents, "
                        "budget_cents FROM campaigns ORDER BY starts_on").fetchall()
    names = " ".join(r[0] for r in rows)
    for event in ("年货节", "618", "99大促", "双11", "双12", "会员日"):
        assert event in names
    assert all(start <= end and target > 0 and budget > 0
               for _, _, _, start, end, target, budget in rows)
    assert {kind for _, kind, *_ in rows} <= {"platform", "category", "shop"}
    assert rows[-1][3] > "2026-11-15"  # one still being planned


def test_same_seed_same_shop_other_seed_other_shop(tmp_path):
    reported = []

    def totals(name, seed):
        reported.clear()
        build_demo_shop(tmp_path / name, seed=seed, scale=0.04, progress=reported.append)
        with sqlite3.connect(tmp_path / name) as conn:
            return conn.execute("SELECT platform, order_id, status, paid_cents FROM orders "
                                "ORDER BY 1, 2").fetchall()

    first = totals("a.opsdesk", 11)
    assert len(first) > 500
    assert totals("b.opsdesk", 11) == first
    assert totals("c.opsdesk", 12) != first
    assert reported == sorted(reported) and len(reported) > 3 and reported[-1] == 1.0


def test_an_existing_file_is_not_replaced_unless_asked(tmp_path):
    path = tmp_path / "demo.opsdesk"
    path.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        build_demo_shop(path, scale=0.02)
    assert path.read_bytes() == b"mine"


def test_the_command_builds_a_demo_shop(tmp_path, capsys):
    path = tmp_path / "cli" / "demo.opsdesk"
    assert main(["demo", "--shop", str(path), "--seed", "3", "--scale", "0.03"]) == 0
    out = capsys.readouterr().out
    assert f"demo shop: {path}" in out and "campaigns: 13" in out
    with sqlite3.connect(path) as conn:
        assert one(conn, "SELECT count(*) FROM orders") > 300
    assert main(["demo", "--shop", str(path)]) == 2
    assert "exists" in capsys.readouterr().err
    assert not list(path.parent.glob("*-backups"))  # the import snapshots stay behind


def test_taobao_day_equals_its_sycm_export_to_the_cent(demo):
    """2026-06-18 on Taobao: 支付金额, 支付买家数, 支付件数 and 成功退款金额 as OpsDesk
    computes them from the orders and refunds equal 生意参谋's own export of that day
    (imported into traffic), both from the cache and from the orders."""
    from opsdesk_gui.models.kpi import compute_kpis
    from opsdesk_gui.models.periods import Period

    conn, _, _ = demo
    sycm = conn.execute("SELECT paid_cents, paid_buyers, paid_units, refund_cents FROM traffic "
                        "WHERE platform = 'taobao' AND scope = 'shop' "
                        "AND period_start = '2026-06-18' AND period_end = '2026-06-18'"
                        ).fetchone()
    assert sycm is not None and sycm[3] > 0
    for raw in (True, False):
        k = compute_kpis(conn, Period.day(date(2026, 6, 18)), "taobao", "CNY", raw=raw)["CNY"]
        assert (k.gmv, k.paying_buyers, k.units, k.refund_amount) == sycm



def test_products_and_after_sales_agree_on_every_skus_refunds(demo):
    """Oct 2026: line amounts are after the order's discounts on 抖店 too, so product sales
    add up to at most GMV, and each SKU's refunds (dated when they succeeded) are the same
    in the products table and in after-sales, to the cent."""
    from opsdesk_gui.models.aftersales import refund_analysis
    from opsdesk_gui.models.kpi import compute_kpis
    from opsdesk_gui.models.periods import Period
    from opsdesk_gui.models.product_metrics import product_metrics

    conn, _, _ = demo
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    for platform in ("taobao", "douyin"):
        table = product_metrics(conn, october, platform)
        assert table["sales_cents"].sum() <= compute_kpis(conn, october, platform)["CNY"].gmv
        products = (table["refund_cents"] + table["return_cents"]).groupby(table["sku"]).sum()
        after = refund_analysis(conn, october, platform, "CNY").by_sku
        by_sku = after.groupby(after["sku"])["refund_cents"].sum()
        assert products[products > 0].astype(int).to_dict() == by_sku[by_sku > 0].to_dict()


def test_the_weeks_after_the_new_year_campaign_are_judged(demo):
    """年货节 2026 runs 01-19..02-02 (15 days): the 14 days after it are judged against
    the days before it, not left unjudged; the pre-holiday slump shows."""
    from opsdesk_gui.models.anomalies import judge_days
    from opsdesk_gui.models.periods import Period

    conn, _, _ = demo
    judged = judge_days(conn, Period(date(2026, 2, 3), date(2026, 2, 16)), metrics=("gmv",))
    assert judged.unjudged.empty
    assert set(judged.found["direction"]) == {"down"} and len(judged.found) >= 1


def test_the_latest_double_eleven_does_not_look_better_for_lack_of_refunds(demo):
    """双11 2026 (11-01..11) against 双11 2025: by the day refunds succeeded the refund rate
    rose 0.30 points (4.00 % -> 4.30 %); counting the refunds of each period's orders it
    showed a fall of 4.14 points, because 2026's refunds had not happened yet."""
    from opsdesk_gui.models.kpi import compare_kpis
    from opsdesk_gui.models.periods import Period

    conn, _, _ = demo
    now = Period(date(2026, 11, 1), date(2026, 11, 11))
    c = compare_kpis(conn, now, now.last_year())["CNY"]
    assert round(c.current.refund_rate * 100, 2) == 4.30
    assert round(c.base.refund_rate * 100, 2) == 4.00


def test_conversion_over_all_platforms_stays_within_taobao(demo):
    """2026-11-01..11, all platforms: 生意参谋 visitors are Taobao's, so 支付转化率 is
    Taobao's buyers over them, 3.44 % (抖店's buyers, told apart by their receivers, on top
    would make it 4.14 %)."""
    from opsdesk_gui.models.kpi import compute_kpis
    from opsdesk_gui.models.periods import Period

    conn, _, _ = demo
    k = compute_kpis(conn, Period(date(2026, 11, 1), date(2026, 11, 11)))["CNY"]
    assert k.visitor_platforms == ("taobao",)
    assert round(k.conversion_rate * 100, 2) == 3.44
    assert round(k.paying_buyers / k.visitors * 100, 2) == 4.14


def test_kpi_and_customers_count_the_same_buyers(demo):
    """支付买家数 and the Customers tab's buyers of 2026-11-01..11 are the same 2,094: 1,742
    Taobao buyer IDs and 352 抖店 receivers (436 抖店 orders), approximate."""
    from opsdesk_gui.models.customer_orders import load_paid_orders
    from opsdesk_gui.models.customers import RfmSettings, customer_view
    from opsdesk_gui.models.kpi import compute_kpis
    from opsdesk_gui.models.periods import Period

    conn, _, _ = demo
    k = compute_kpis(conn, Period(date(2026, 11, 1), date(2026, 11, 11)))["CNY"]
    view = customer_view(load_paid_orders(conn),
                         RfmSettings(date(2026, 11, 11), date(2026, 11, 1)))
    assert k.paying_buyers == len(view.scored) == 1742 + 352
    assert int(view.scored["approximate"].sum()) == 352 and k.buyerless_orders == 436
