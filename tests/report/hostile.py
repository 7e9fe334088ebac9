"""A repository whose every text field tries to run a script, for the report's escaping tests.

Built from tests/fixtures/minimal with a steering document, a programme and an action added:
every free-text field (titles, descriptions, units, names, analyses, justifications, notes,
progress notes, the method's labels and symbols) holds ``PAYLOAD`` and every link holds
``URL_PAYLOAD``. A script that runs sets ``window.__pwned`` and the document's title.
"""

import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.conftest import MINIMAL, copy_repository

PAYLOAD = (
    '<script>window.__pwned = 1; document.title = "pwned"</script>'
    "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">"
    " [länk](javascript:window.__pwned=3) <javascript:window.__pwned=4>"
    ' <a href="javascript:window.__pwned=5" onclick="window.__pwned=6">a</a>'
    '<svg onload="window.__pwned=7"></svg> | tabell\n\nrad'
)
URL_PAYLOAD = "javascript:window.__pwned=8"

TEXT_KEYS = frozenset(
    {
        "title",
        "short_title",
        "description",
        "unit",
        "name",
        "publisher",
        "measure",
        "note",
        "analysis",
        "justification",
        "assessor",
        "reported_by",
        "body",
        "paragraph",
        "registration_number",
        "symbol",
        "sv",
        "en",
    }
)
URL_KEYS = frozenset({"url"})


def _poison(node: Any) -> Any:
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "series_breaks":
                result[key] = {year: PAYLOAD for year in value}
            elif key in URL_KEYS:
                result[key] = URL_PAYLOAD
            elif key in TEXT_KEYS and isinstance(value, str):
                result[key] = PAYLOAD
            else:
                result[key] = _poison(value)
        return result
    if isinstance(node, list):
        return [_poison(item) for item in node]
    return node


def _load(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    # JSON is YAML, and json quotes every string safely (ruamel's folding of long plain
    # scalars full of colons is not what this test is about).
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def _edit(path: Path, change: dict[str, Any]) -> None:
    data = _load(path)
    data.update(change)
    _dump(path, data)


def hostile_repository(target: Path) -> Path:
    """Write the hostile repository into ``target`` and return it."""
    root = copy_repository(MINIMAL, target)
    data = root / "data"
    # Give every optional text field a value first, so the report shows each of them.
    _edit(
        data / "goals/miljo.yaml",
        {
            "description": "x",
            "decision": {"body": "x", "paragraph": "x", "registration_number": "x", "url": "x"},
            "measurement_areas": [
                {"id": "klimat", "title": "x", "description": "x"},
                {"id": "mat", "title": "x", "description": "x"},
            ],
        },
    )
    _edit(
        data / "indicators/utslapp.yaml",
        {
            "description": "x",
            "series_breaks": {2021: "x"},
            "source": {"publisher": "x", "url": "x"},
        },
    )
    _edit(data / "indicators/ekologisk-mat.yaml", {"description": "x"})
    # Statuses that differ from the method's proposals, so the justifications are shown.
    _edit(
        data / "assessments/ar-2022/indicators/utslapp.yaml",
        {"status": "not_achieved", "justification": "x", "assessor": "x"},
    )
    _edit(
        data / "assessments/ar-2022/goals/miljo.yaml",
        {
            "status": "achieved",
            "justification": "x",
            "assessor": "x",
            "areas": {"klimat": {"status": "achieved", "justification": "x", "analysis": "x"}},
        },
    )
    # The steering documents and the action plan, every optional text given.
    _dump(
        data / "steering-documents.yaml",
        {
            "steering_documents": [
                {
                    "id": "program",
                    "title": "x",
                    "kind": "programme",
                    "description": "x",
                    "decision": {"body": "x", "paragraph": "x", "url": "x"},
                    "url": "x",
                }
            ]
        },
    )
    _edit(data / "goals/miljo.yaml", {"steering_documents": ["program"]})
    _dump(
        data / "programme.yaml",
        {
            "title": "x",
            "description": "x",
            "steering_document": "program",
            "focus_areas": [{"id": "fokus", "title": "x", "description": "x", "goals": ["miljo"]}],
        },
    )
    (data / "actions").mkdir()
    _dump(
        data / "actions/atgard.yaml",
        {
            "id": "atgard",
            "title": "x",
            "description": "x",
            "goals": ["miljo"],
            "measurement_area": "klimat",
            "responsible": "ks",
            "steering_documents": ["program"],
            "due": "2022-06-30",
            "status": "ongoing",
            "progress": {"ar-2022": {"note": "x", "reported_by": "x"}},
        },
    )
    for path in [root / "ambition.yaml", *sorted(data.rglob("*.yaml"))]:
        _dump(path, _poison(_load(path)))
    return root
