"""Printable documents as HTML (escaped), built from plain data. No Qt."""
