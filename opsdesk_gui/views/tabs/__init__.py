"""The four tabs: Products, Campaigns, Customers, Reports."""

from ..campaigns.tab import CampaignsTab
from .customers import CustomersTab
from .products import ProductsTab
from .reports import ReportsTab

__all__ = ["CampaignsTab", "CustomersTab", "ProductsTab", "ReportsTab"]
