"""OpsDesk: a desktop workbench for people who run one online shop."""

__version__ = "0.1.0"
