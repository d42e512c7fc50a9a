"""Cells that a spreadsheet shows as text, never runs as a formula."""

from __future__ import annotations

# A cell starting with = + - @ (or a tab or carriage return before one) is a formula to Excel,
# LibreOffice and Google Sheets; source text is untrusted (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """The text, with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text[:1] in FORMULA_STARTS else text
