"""Synthetic Taobao 订单报表 / 宝贝报表 exports with the platform's quirks: GBK, `="…"`
order numbers, trailing spaces on some headers, 元 in a header, made-up buyers."""

from __future__ import annotations

from pathlib import Path

from exportfiles import write_csv

ORDER_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
    "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址 ", "运送方式",
    "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝总数量", "店铺名称",
    "退款金额", "打款商家金额",
]
LINE_HEADER = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
               "备注", "订单状态", "商家编码"]


def order_row(order_id: str, buyer: str, goods: str, postage: str, paid: str, status: str,
              created: str, paid_at: str, units: int, refund: str = "0", note: str = "",
              title: str = "测试宝贝") -> list:
    n = int(order_id[-3:])
    return [
        f'="{order_id}"', buyer, "test***@example.com", goods, postage,
        f"{float(goods) + float(postage):.2f}", paid, status, note, f"测试买家{n}",
        f"浙江省 杭州市 西湖区 测试路{n}号(310000)", "快递", f"'1380000{n:04d}", created,
        paid_at, title, units, "测试小店", refund, f"{paid}元",
    ]


def line_row(order_id: str, title: str, price: str, qty: int, sku: str, status: str,
             variant: str = "颜色分类:黑色") -> list:
    return [f'="{order_id}"', title, price, qty, "", variant, "", "", status, sku]


def write_orders(path: Path, rows: list[list], **kwargs) -> Path:
    return write_csv(path, ORDER_HEADER, rows, encoding=kwargs.pop("encoding", "gbk"), **kwargs)


def write_lines(path: Path, rows: list[list], **kwargs) -> Path:
    return write_csv(path, LINE_HEADER, rows, encoding=kwargs.pop("encoding", "gbk"), **kwargs)


# A small export: three orders, one unpaid, one closed before payment.
ORDERS = [
    order_row("100000000000000001", "buyer_a", "100.00", "10.00", "110.00", "交易成功",
              "2026-03-01 10:00:00", "2026-03-01 10:05:00", 2),
    order_row("100000000000000002", "buyer_b", "59.90", "0.00", "59.90",
              "买家已付款，等待卖家发货", "2026/3/2 9:05", "2026/3/2 9:06", 1,
              note="请发顺丰\n谢谢"),
    order_row("100000000000000003", "buyer_a", "30.00", "0.00", "30.00", "等待买家付款",
              "2026-03-03 12:00:00", "", 1),
    order_row("100000000000000004", "buyer_c", "45.00", "0.00", "45.00", "交易关闭",
              "2026-03-03 13:00:00", "", 1),
]
LINES = [
    line_row("100000000000000001", "测试宝贝 黑色 T恤", "50.00", 2, "SKU-TEE", "交易成功"),
    line_row("100000000000000002", "测试宝贝 帆布包", "59.90", 1, "SKU-BAG",
             "买家已付款，等待卖家发货"),
    line_row("100000000000000003", "测试宝贝 帆布包", "30.00", 1, "SKU-BAG", "等待买家付款"),
    line_row("100000000000000004", "测试宝贝 杯子", "45.00", 1, "SKU-CUP", "交易关闭"),
]
