"""Where a data repository is: the nearest folder with ``ambition.yaml``.

Kept apart from the loader, and light, so that ``ambition validate`` can find the repository and
give a cached verdict without loading the models.
"""

from pathlib import Path

from ambition.errors import RepositoryNotFoundError

PROJECT_FILE = "ambition.yaml"
"""The root file of a data repository (``repository.PROJECT_FILE``)."""
DATA_DIR = "data"
"""The folder of every other data file."""


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds ``ambition.yaml``.

    Raises RepositoryNotFoundError when there is none.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / PROJECT_FILE).is_file():
            return folder
    raise RepositoryNotFoundError(
        f"no {PROJECT_FILE} found in {start} or any folder above it; "
        "run the command inside a data repository or pass --root"
    )
