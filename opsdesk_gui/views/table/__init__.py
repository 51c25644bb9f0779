"""The table every tab uses: Column definitions, FrameTableModel, TableView."""

from .columns import Column
from .model import SORT_ROLE, FrameTableModel
from .view import TableView

__all__ = ["SORT_ROLE", "Column", "FrameTableModel", "TableView"]
