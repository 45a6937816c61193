"""What a spreadsheet does with a cell: which text it runs as a formula, which values it keeps.

Shared by the report and both of its writers (``report_csv``, ``report_xlsx``), so that the two
formats agree on what is made inert and on Excel's limits.
"""

from __future__ import annotations

import re

EXCEL_EXACT_INT = 10**15  # Excel rounds numbers past 15 significant digits
EXCEL_MAX_CELL_CHARS = 32_767  # Excel refuses longer cells; longer text is cut in .xlsx files
TRUNCATION_MARK = "…"

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def needs_formula_escape(text: str) -> bool:
    """Return True when a spreadsheet could run ``text`` as a formula.

    Leading spaces are ignored because some spreadsheets trim them before deciding; a plain number
    such as ``-12`` is not a formula and stays a number.
    """
    stripped = text.lstrip(" ")
    if not stripped or not stripped.startswith(FORMULA_TRIGGERS):
        return False
    return _PLAIN_NUMBER.fullmatch(stripped) is None
