"""The cells of a sheet read as what their column holds: a number, a year, and, for a cell
that is not one but can be read as one without doubt, the text to write instead.

Here alone a decimal comma is accepted (``12,5``), as Swedish spreadsheet exports write it, and
so are spaces (also no-break and thin ones) between thousands (``14 854``) and the minus sign
``−``. A cell that is almost a number (``67 %``, ``23 dagar`` in the unit ``dagar``,
``1.234,5``, an Excel cell formatted as percent) is refused all the same, with the number it
would accept as the fix ("skriv 67"): the import never stores a value it guessed.
"""

import datetime as dt
import re

from ambition.importing.values import number_text
from ambition.messages.text import Text
from ambition.messages.text import text as message


class Percent(float):
    """A number cell of an Excel workbook formatted as percent: the cell holds 0.67 and shows
    67 %."""


class Formula(str):
    """A formula cell of an Excel workbook saved without its result (by a program that does
    not calculate, such as a script): the formula, ``=B2*100``."""


Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None
"""A cell as a CSV file (text) or an Excel workbook (numbers, booleans, dates) gives it."""

_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?P<group>[.,])\d{3}(?:(?P=group)\d{3})*(?P<decimal>[.,])\d+$")
_PERCENT = re.compile(r"^(?P<number>.*?)\s*(?:%|procent|percent)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:år\s*)?(?P<year>\d{4})(?:[.,]0+)?$", re.IGNORECASE)
_EXCEL_ERROR = re.compile(r"^#(?:[A-ZÅÄÖ]+(?:/0)?[!?]|N/A)$")
"""An error Excel shows in a cell, in English or Swedish: #DIV/0!, #N/A, #SAKNAS!, #NAMN?."""


class CellError(ValueError):
    """A cell that is not what its column holds; ``text`` says what was found and expected,
    and how to fix it (``str(error)`` is its English form)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.render("en"))
        self.text = reason


def shown(cell: Cell) -> Text | str:
    """A cell as a message shows what was found: an empty cell in words, TRUE and FALSE as
    Excel writes them in the language (SANT, FALSKT), a number with the language's decimal
    sign, a date as 2022-12-31, text in quotes."""
    if cell is None or cell == "":
        return message("import.sheet.cell.empty")
    if isinstance(cell, bool):
        return message("import.sheet.cell.true" if cell else "import.sheet.cell.false")
    if isinstance(cell, int | float):
        return _decimal(number_text(float(cell)))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        said = cell.date().isoformat() if isinstance(cell, dt.datetime) else cell.isoformat()
        return message("import.sheet.cell.date", date=said)
    return f"'{cell}'"


def _decimal(written: str) -> Text:
    """A number written with a decimal point (``number_text``) in each language's form."""
    return message("words.label", sv=written.replace(".", ","), en=written)


def _plain(cell: str) -> str | None:
    """The text of a number cell as ``float`` reads it, or None when it is no number here."""
    written = _SPACES.sub("", cell.strip()).replace("\u2212", "-")
    return written.replace(",", ".") if _NUMBER.match(written) else None


def number(cell: Cell, unit: str | None = None) -> float:
    """A cell as a number: an Excel number, or text with a decimal comma or point, spaces
    between thousands, a minus sign (− or -). ``unit`` is the indicator's unit, when known,
    for the fix of a cell such as '67 %' or '23 dagar'.

    Raises CellError (a ValueError) with what was found and expected and, when the cell can be
    read as a number without doubt, that number as the fix ("skriv 67"); an Excel cell
    formatted as percent (``Percent``) is refused so, with the number it shows.
    """
    if isinstance(cell, Percent):
        raise CellError(_percent_cell(cell, unit))
    if isinstance(cell, Formula):
        raise CellError(message("import.sheet.formula", formula=str(cell)))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        raise CellError(message("import.sheet.not-a-number.date", found=shown(cell)))
    if isinstance(cell, bool) or cell is None or cell == "":
        fix = message("import.sheet.fix.value") if cell is None or cell == "" else ""
        raise CellError(message("import.sheet.not-a-number", found=shown(cell), fix=fix))
    if isinstance(cell, int | float):
        return float(cell)
    plain = _plain(cell)
    if plain is None:
        raise CellError(_not_a_number(cell, unit))
    return float(plain)


def _percent_cell(cell: Percent, unit: str | None) -> Text:
    shows = _decimal(number_text(round(cell * 100, 10)))
    if unit is not None and not _is_percent(unit):
        return message("import.sheet.percent-cell.unit", shows=shows, unit=unit)
    return message("import.sheet.percent-cell", found=shown(float(cell)), shows=shows)


def _is_percent(unit: str) -> bool:
    return unit.strip().lower().startswith(("procent", "%", "percent"))


def _not_a_number(cell: str, unit: str | None) -> Text:
    """Why the text ``cell`` is no number, with the number to write when there is one."""
    written = cell.strip()
    if _EXCEL_ERROR.match(written):
        return message("import.sheet.excel-error", found=written)
    percent = _PERCENT.match(written)
    if percent and _plain(percent["number"]) is not None:
        if unit is not None and not _is_percent(unit):
            return message("import.sheet.percent.unit", found=cell, unit=unit)
        fix = message("import.sheet.fix.write", number=percent["number"])
        return message("import.sheet.not-a-number.text", found=cell, fix=fix)
    if unit:
        head, _, tail = written.rpartition(" ")
        if head and tail.lower() == unit.strip().lower() and _plain(head) is not None:
            fix = message("import.sheet.fix.write", number=head.strip())
            return message("import.sheet.not-a-number.text", found=cell, fix=fix)
    grouped = _GROUPED.match(_SPACES.sub("", written))
    if grouped and grouped["group"] != grouped["decimal"]:
        digits = _SPACES.sub("", written).replace(grouped["group"], "")
        fix = message("import.sheet.fix.separators", number=digits)
        return message("import.sheet.not-a-number.text", found=cell, fix=fix)
    return message("import.sheet.not-a-number.text", found=cell, fix="")


def year(cell: Cell) -> int:
    """A cell as a year 1900–2200 (Excel numbers 2022 and 2022.0 too). Raises CellError (a
    ValueError) with what was found, and the year to write when the cell holds one without
    doubt ('2022.0', 'år 2022'); a date cell is refused, since Excel shows a year typed into a
    cell formatted as a date as a day of 1905."""
    found = cell
    if isinstance(cell, Formula):
        raise CellError(message("import.sheet.formula", formula=str(cell)))
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, str) and cell.strip().isdigit():
        cell = int(cell.strip())
    if isinstance(cell, int) and not isinstance(cell, bool) and 1900 <= cell <= 2200:
        return cell
    if isinstance(found, dt.datetime | dt.date | dt.time):
        return _refuse(message("import.sheet.not-a-year.date", found=shown(found)))
    if found is None or found == "":
        fix: Text | str = message("import.sheet.fix.year")
    elif isinstance(found, str) and (written := _YEAR.match(found.strip())):
        fix = message("import.sheet.fix.write", number=written["year"])
    else:
        fix = message("import.sheet.fix.four-digits")
    return _refuse(message("import.sheet.not-a-year", found=shown(found), fix=fix))


def _refuse(reason: Text) -> int:
    raise CellError(reason)
