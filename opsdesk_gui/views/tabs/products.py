"""Products (商品运营): the catalogue with the period's sales. The goods analytics
(margin, 动销率, days of cover, ABC, lifecycle, alerts, titles) come in their own issue."""

from __future__ import annotations

from ...models.listings import products_table
from ..labels import count_text, platform_name
from ..listing_tab import ListingTab
from ..table import Column


class ProductsTab(ListingTab):
    key = "products"

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("sku", self.tr("SKU code"), "id",
                   self.tr("商家编码: the merchant's own product code")),
            Column("title", self.tr("Title")),
            Column("category", self.tr("Category")),
            Column("price_cents", self.tr("Price"), "money"),
            Column("cost_cents", self.tr("Unit cost"), "money",
                   self.tr("Cost of goods per unit, from the product sheet")),
            Column("stock", self.tr("Stock"), "int"),
            Column("units", self.tr("Units sold"), "int",
                   self.tr("支付件数: units in orders paid in the period")),
            Column("sales_cents", self.tr("Product sales"), "money",
                   self.tr("商品销售额: the amounts of the product's lines in orders paid in the "
                           "period; postage is not in it, so the total is below 支付金额")),
            Column("orders", self.tr("Orders"), "int",
                   self.tr("Paid orders in the period with this product")),
        ]

    @staticmethod
    def load(conn, selection):
        frame = products_table(conn, selection.period, selection.platform)
        frame.insert(0, "platform_name", frame["platform"].map(platform_name))
        return frame

    def describe(self, frame, selection) -> str:
        selling = int((frame["units"] > 0).sum()) if len(frame) else 0
        return self.tr("{products} products, {selling} sold in {period}").format(
            products=count_text(len(frame)), selling=count_text(selling),
            period=str(selection.period))
