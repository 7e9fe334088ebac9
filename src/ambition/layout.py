"""The layout of a data repository, declared once: every file kind, where it lives, its model.

Loading, the cache, ``ambition schema``, the documentation tests and the benchmark all read
``KINDS``; adding a file kind is one entry here plus its model in ``ambition.models``.

A kind's ``pattern`` is a repository-relative path in which ``<period>`` stands for a folder
per follow-up period and ``<id>`` for the file's stem, which must equal the id inside the file
(for assessments: the id of the indicator or goal assessed). The module is light on purpose (it
imports neither pydantic nor the models), so that ``ambition validate`` can find the
repository and give a cached verdict without loading them; ``FileKind.model`` imports the
model when it is first asked for.
"""

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ambition.errors import RepositoryNotFoundError
from ambition.messages.text import text

if TYPE_CHECKING:  # pydantic only, never an ambition module: the layout imports no model
    from pydantic import BaseModel

PROJECT_FILE = "ambition.yaml"
"""The root file of a data repository."""
DATA_DIR = "data"
"""The folder of every other data file."""
ASSESSMENTS_DIR = "data/assessments"
"""The folder of the assessments, one subfolder per period."""
CODEOWNERS_FILES = (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS")
"""Where GitHub and GitLab look for CODEOWNERS (``validate`` checks the ones ambition wrote)."""


@dataclass(frozen=True)
class FileKind:
    """One kind of data file.

    ``name`` is the schema's name (``schemas/<name>.schema.json``); ``pattern`` the path, with
    ``<period>`` and ``<id>`` as described in the module; ``model_name`` the class in
    ``ambition.models`` that validates it; ``required`` whether a repository needs it (only for
    single files); ``comments_only_allowed`` whether a file holding only comments is an item not
    yet written (an assessment) rather than an empty file; ``title_sv`` and ``title_en`` the
    titles of its schema and of its section in docs/data-format.md.
    """

    name: str
    pattern: str
    model_name: str
    title_sv: str
    title_en: str
    required: bool = False
    comments_only_allowed: bool = False

    def __post_init__(self) -> None:
        parts = self.pattern.split("/")
        placeholders = [p for p in parts if "<" in p]
        fits = placeholders in ([], ["<id>.yaml"], ["<period>", "<id>.yaml"]) and (
            not placeholders or parts[-1] == "<id>.yaml"
        )
        if not fits:
            raise ValueError(
                f"{self.pattern}: discovery lists single files, files named <id>.yaml in a "
                "folder, and those in a folder per <period>; extend loading/discover.py first"
            )

    @property
    def single(self) -> bool:
        """True for a kind of one file at a fixed path (no placeholder in the pattern)."""
        return "<" not in self.pattern

    @property
    def per_period(self) -> bool:
        """True for a kind with one folder per period."""
        return "<period>" in self.pattern

    @property
    def folder(self) -> str:
        """The folder of the files, relative to the root (for a per-period kind, with
        ``<period>`` in it); for a single file, the folder it lies in (``""`` at the root)."""
        return self.pattern.rpartition("/")[0]

    @property
    def glob(self) -> str:
        """The pattern as a glob, e.g. ``data/assessments/*/goals/*.yaml``."""
        return self.pattern.replace("<period>", "*").replace("<id>", "*")

    def path(self, *parts: str) -> str:
        """The repository-relative path of one file: the values of the pattern's placeholders
        in their order, e.g. ``INDICATOR_ASSESSMENT.path("helar-2022", "elbilar")``.

        Raises ValueError when the number of parts does not match the pattern.
        """
        placeholders = self.pattern.count("<")
        if len(parts) != placeholders:
            raise ValueError(f"{self.pattern} takes {placeholders} parts, not {len(parts)}")
        path = self.pattern
        for placeholder, part in zip(("<period>", "<id>")[2 - placeholders :], parts, strict=True):
            path = path.replace(placeholder, part, 1)
        return path

    def model(self) -> "type[BaseModel]":
        """The pydantic model of this kind (imports ``ambition.models`` on first use)."""
        model: type[BaseModel] = getattr(
            importlib.import_module("ambition.models"), self.model_name
        )
        return model


PROJECT = FileKind(
    "ambition",
    PROJECT_FILE,
    "Project",
    "ambition.yaml: kommunen, mandatperioden och perioderna",
    "ambition.yaml",
    required=True,
)
METHOD = FileKind(
    "method",
    "data/method.yaml",
    "Method",
    "Gemensam metodik (data/method.yaml)",
    "The common method",
    required=True,
)
ORGANISATIONS = FileKind(
    "organisations",
    "data/organisations.yaml",
    "OrganisationsFile",
    "Nämnder, förvaltningar och bolag (data/organisations.yaml)",
    "Organisations",
    required=True,
)
GOAL = FileKind(
    "goal",
    "data/goals/<id>.yaml",
    "Goal",
    "Fullmäktiges mål (data/goals/<id>.yaml)",
    "A council goal",
)
INDICATOR = FileKind(
    "indicator",
    "data/indicators/<id>.yaml",
    "Indicator",
    "Indikator (data/indicators/<id>.yaml)",
    "An indicator",
)
INDICATOR_ASSESSMENT = FileKind(
    "indicator-assessment",
    f"{ASSESSMENTS_DIR}/<period>/indicators/<id>.yaml",
    "IndicatorAssessment",
    "Bedömning av en indikator (data/assessments/<period>/indicators/<id>.yaml)",
    "An indicator's assessment",
    comments_only_allowed=True,
)
GOAL_ASSESSMENT = FileKind(
    "goal-assessment",
    f"{ASSESSMENTS_DIR}/<period>/goals/<id>.yaml",
    "GoalAssessment",
    "Bedömning av ett mål (data/assessments/<period>/goals/<id>.yaml)",
    "A goal's assessment",
    comments_only_allowed=True,
)
STEERING_DOCUMENTS = FileKind(
    "steering-documents",
    "data/steering-documents.yaml",
    "SteeringDocumentsFile",
    "Styrdokument (data/steering-documents.yaml)",
    "Steering documents",
)
PROGRAMME = FileKind(
    "programme",
    "data/programme.yaml",
    "Programme",
    "Strategiskt program med fokusområden (data/programme.yaml)",
    "The strategic programme",
)
ACTION = FileKind(
    "action",
    "data/actions/<id>.yaml",
    "Action",
    "Åtgärd i handlingsplanen (data/actions/<id>.yaml)",
    "An action of the action plan",
)

KINDS: Mapping[str, FileKind] = MappingProxyType(
    {
        kind.name: kind
        for kind in (
            PROJECT,
            METHOD,
            ORGANISATIONS,
            GOAL,
            INDICATOR,
            INDICATOR_ASSESSMENT,
            GOAL_ASSESSMENT,
            STEERING_DOCUMENTS,
            PROGRAMME,
            ACTION,
        )
    }
)
"""Every file kind by name, in the order files are loaded: a kind's references point only to
kinds before it, or are checked once all are loaded."""

PERIOD_SUBFOLDERS: tuple[str, ...] = tuple(
    kind.folder.rpartition("/")[2] for kind in KINDS.values() if kind.per_period
)
"""The folders inside a period's assessment folder: ``indicators`` and ``goals``."""


def kind_of(relpath: str) -> FileKind | None:
    """The kind of the file at a repository-relative path, or None when no kind lives there."""
    parts = relpath.split("/")
    for kind in KINDS.values():
        pattern = kind.pattern.split("/")
        if len(pattern) == len(parts) and all(
            p == q or (p.startswith("<") and q.endswith(".yaml") == p.endswith(".yaml"))
            for p, q in zip(pattern, parts, strict=True)
        ):
            return kind
    return None


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds ``ambition.yaml``.

    Raises RepositoryNotFoundError when there is none, or when ``start`` is no folder.
    """
    start = start.resolve()
    if not start.is_dir():
        key = "error.root-not-a-folder" if start.exists() else "error.root-missing"
        raise RepositoryNotFoundError(text(key, start=str(start)))
    for folder in (start, *start.parents):
        if (folder / PROJECT_FILE).is_file():
            return folder
    raise RepositoryNotFoundError(text("error.no-repository", file=PROJECT_FILE, start=str(start)))
