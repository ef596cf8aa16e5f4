"""Read and write the .xlsx rosters coordinators exchange (花名册、台账、导入模板).

This is a generic layer: it knows columns, cells and the quirks of real-world Chinese office
files, not the studio's models. Import/export services describe their sheet with ``Column``s,
call ``read_sheet`` / ``write_sheet`` / ``write_template`` and validate the cleaned text
themselves. No Qt and no database here.

Cells are read by ``xlsx.XlsxReader`` (a streaming expat reader that returns what
openpyxl's read-only, data-only mode returns, plus merged ranges, about twice as fast; see
there for the measurements). Writing uses openpyxl.

The package: ``columns`` (what a sheet is made of), ``cells`` (cleaning a cell's value),
``reading`` (``read_sheet``), ``writing`` (``write_sheet``, ``write_template``) and ``xlsx``
(the streaming reader).
"""

from studio_app.documents.spreadsheet.cells import clean_cell
from studio_app.documents.spreadsheet.columns import (
    CellProblem,
    Column,
    SheetData,
    SheetRow,
    SpreadsheetError,
)
from studio_app.documents.spreadsheet.reading import read_sheet
from studio_app.documents.spreadsheet.writing import write_sheet, write_template

__all__ = [
    "CellProblem",
    "Column",
    "SheetData",
    "SheetRow",
    "SpreadsheetError",
    "clean_cell",
    "read_sheet",
    "write_sheet",
    "write_template",
]
