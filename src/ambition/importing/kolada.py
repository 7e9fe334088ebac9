"""Kolada's data responses, in both shapes of its open REST API, read into observations.

A data response (``/data/kpi/<ids>/municipality/<code>/year/<years>``) is a JSON object
``{"values": [...], "count": N, "next_page"|"next_url": ...}``: v2 spells the paging link
``next_page``, v3 ``next_url``; either is absent or null on the last page. Each item is
``{"kpi", "municipality", "period", "values": [{"gender": "T"|"K"|"M", "count", "status",
"value"}]}``, where ``value`` may be null (nothing published) and a v3 item may carry
``isdeleted`` (the value was withdrawn). Source of the shapes: the Kolada API's documentation
(api.kolada.se/v2) and issue 15 of this project.
"""

import json
import math
from dataclasses import dataclass
from typing import Any

from ambition.importing.problems import ImportRefused, Problem
from ambition.messages.text import text

GENDERS = {"T": "totalt", "K": "kvinnor", "M": "män"}
"""Kolada's genders: T the total, K women (kvinnor), M men."""
TOTAL = "T"
NEXT_LINKS = ("next_page", "next_url")
"""The paging link as v2 and v3 spell it."""


@dataclass(frozen=True)
class Observation:
    """One published value: a KPI id, a four-digit municipality code, a year, a gender of
    ``GENDERS``, the value (None when Kolada publishes none), Kolada's ``status`` text ("" when
    none), whether the item was withdrawn (``isdeleted``), and where it was read."""

    kpi: str
    municipality: str
    year: int
    gender: str
    value: float | None
    status: str
    deleted: bool
    where: str

    @property
    def preliminary(self) -> bool:
        """True when Kolada's status marks the value preliminary ("Preliminär", "preliminary")."""
        return self.status.strip().lower().startswith("prel")


@dataclass(frozen=True)
class Page:
    """One response body: its observations and the link to the next page (None on the last)."""

    observations: tuple[Observation, ...]
    next_link: str | None


class _Constant(ValueError):
    """NaN, Infinity or -Infinity in an answer: no number JSON allows."""


def _refuse_constant(name: str) -> float:
    raise _Constant(name)


def shown(value: Any) -> str:
    """``value`` of an answer as JSON writes it (``null``, ``"x"``, ``true``, ``[…]``), cut
    to 60 characters, for a message that says what was found."""
    written = json.dumps(value, ensure_ascii=False, default=str)
    return written if len(written) <= 60 else written[:59] + "…"


def _number(raw: Any) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise TypeError
    value = float(raw)
    if not math.isfinite(value):
        raise TypeError
    return value


def _year(raw: Any) -> int:
    if isinstance(raw, bool):
        raise TypeError
    if isinstance(raw, str) and raw.isdigit() and len(raw) == 4:
        return int(raw)
    if isinstance(raw, int) and 1900 <= raw <= 2200:
        return raw
    raise TypeError


def _item(item: Any, at: str, where: str, problems: list[Problem]) -> list[Observation]:
    if not isinstance(item, dict):
        problems.append(Problem(where, text("import.kolada.item", at=at)))
        return []
    kpi, municipality = item.get("kpi"), item.get("municipality")
    found: list[str] = []
    if not isinstance(kpi, str) or not kpi:
        found.append("kpi")
    if not isinstance(municipality, str) or not municipality:
        found.append("municipality")
    try:
        year = _year(item.get("period"))
    except TypeError:
        found.append("period")
    deleted = item.get("isdeleted", False)
    if not isinstance(deleted, bool | int) or deleted not in (True, False, 0, 1):
        found.append("isdeleted")
    values = item.get("values")
    if not isinstance(values, list):
        found.append("values")
    if found:
        problems.extend(
            Problem(where, text(f"import.kolada.{key}", at=at, found=shown(item.get(key))))
            for key in found
        )
        return []
    assert isinstance(kpi, str) and isinstance(municipality, str) and isinstance(values, list)
    observations = []
    for index, entry in enumerate(values):
        here = f"{at}.values[{index}]"
        if not isinstance(entry, dict):
            problems.append(Problem(where, text("import.kolada.entry", at=here)))
            continue
        gender, status = entry.get("gender"), entry.get("status")
        try:
            value = _number(entry.get("value"))
        except TypeError:
            problems.append(
                Problem(where, text("import.kolada.value", at=here, found=shown(entry["value"])))
            )
            continue
        if gender not in GENDERS:
            problems.append(
                Problem(where, text("import.kolada.gender", at=here, found=shown(gender)))
            )
            continue
        if status is not None and not isinstance(status, str):
            problems.append(
                Problem(where, text("import.kolada.status", at=here, found=shown(status)))
            )
            continue
        observations.append(
            Observation(kpi, municipality, year, gender, value, status or "", bool(deleted), where)
        )
    return observations


def read_json(body: bytes, where: str) -> Any:
    """The JSON document of an answer ``body`` (UTF-8, NaN and Infinity refused). Raises
    ImportRefused naming ``where``: not UTF-8 (the byte), not JSON (the line and column; for
    an answer of the API, an address ``http…``, with the start of the body, often an error
    page, and a try later instead of saving the file again)."""
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as error:
        message = text("import.kolada.not-utf8", byte=error.start + 1)
    except _Constant as error:
        message = text("import.kolada.not-json.constant", name=str(error))
    except json.JSONDecodeError as error:
        place = {"line": error.lineno, "column": error.colno}
        if where.startswith(("http://", "https://")):
            excerpt = " ".join(body[:120].decode("utf-8", "replace").split())
            said = text("import.kolada.answer", excerpt=excerpt) if excerpt else ""
            message = text("import.kolada.not-json.live", said=said, **place)
        else:
            message = text("import.kolada.not-json", **place)
    raise ImportRefused([Problem(where, message)])


def parse_response(body: bytes, where: str) -> Page:
    """The observations and next-page link of one response ``body`` (UTF-8 JSON, either shape).

    ``where`` names the request or the saved file in messages. Raises ImportRefused with every
    problem of the body (not JSON, not an object, an item or value of the wrong shape).
    """
    document = read_json(body, where)
    if not isinstance(document, dict) or not isinstance(document.get("values"), list):
        raise ImportRefused([Problem(where, text("import.kolada.not-data"))])
    problems: list[Problem] = []
    observations: list[Observation] = []
    for index, item in enumerate(document["values"]):
        observations.extend(_item(item, f"values[{index}]", where, problems))
    links = [document.get(key) for key in NEXT_LINKS if document.get(key) is not None]
    for link in links:
        if not isinstance(link, str):
            problems.append(Problem(where, text("import.kolada.next-link", found=shown(link))))
    if problems:
        raise ImportRefused(problems)
    next_link = next((link for link in links if isinstance(link, str) and link), None)
    return Page(tuple(observations), next_link)
