"""The welcome page shown while no shop is open, and its import guide."""

from .guide import ImportGuide
from .page import WelcomePage

__all__ = ["ImportGuide", "WelcomePage"]
