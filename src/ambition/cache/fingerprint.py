"""The identity of the code that reads and validates, so a cached result is never stale.

The fingerprint covers the bytes of ambition's own modules, the installed pydantic,
pydantic-core and ruamel.yaml (by their files' names, sizes and times), the Python version and
the cache's format.
"""

import functools
import hashlib
import importlib.util
import sys
from pathlib import Path

FORMAT = 2
"""The layout of the stored results; a change makes every older entry unreadable."""
DEPENDENCIES = ("pydantic", "pydantic_core", "ruamel.yaml", "_ruamel_yaml")
"""The code, besides ambition's own, that decides how a file reads and validates."""


@functools.cache
def fingerprint() -> bytes:
    """The identity of the code that reads and validates: see the module's docstring.

    Made once per process, as its modules are imported once: a module edited while the
    process runs is not what it runs.
    """
    digest = hashlib.sha256(f"ambition-cache {FORMAT} {sys.version}\0".encode())
    package = Path(__file__).parent.parent  # the whole ambition package
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0")
        digest.update(module.read_bytes())
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None:
            digest.update(f"{name} missing\0".encode())
            continue
        where = Path(origin)
        files = sorted(where.parent.iterdir()) if where.name == "__init__.py" else [where]
        for path in files:
            status = path.stat()
            digest.update(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.digest()
