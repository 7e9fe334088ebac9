"""The findings of the checks across files, located in the files' sources.

A ``Findings`` is handed explicitly to each check across files; it knows every file's source
(to turn a key path into a line and column) and which files exist but could not be used, so
that references into them are not reported a second time.
"""

from collections.abc import Iterable, Mapping

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import Text, text
from ambition.yaml.positions import SourceFile, YamlPath


class Findings:
    """Diagnostics gathered while the files of one repository are checked against each other.

    ``sources`` maps repository-relative paths to their sources; ``unusable`` holds the paths of
    files that exist but gave no model.
    """

    def __init__(self, sources: Mapping[str, SourceFile], unusable: set[str]) -> None:
        self.sources = sources
        self.unusable = unusable
        self.diagnostics: list[Diagnostic] = []

    def report(
        self,
        relpath: str,
        path: YamlPath,
        code: str,
        message: Text,
        hint: Text | None = None,
        *,
        key: bool = False,
        whole_file: bool = False,
    ) -> None:
        """Add a diagnostic at key path ``path`` of the file at ``relpath`` (at its key with
        ``key``), or about the whole file (line and column 0) with ``whole_file`` or when the
        file has no source."""
        source = self.sources.get(relpath)
        if source is None or whole_file:
            line, column = 0, 0
        else:
            line, column = source.locate(path, key=key)
        dotted = ".".join(str(p) for p in path) or None
        self.diagnostics.append(diagnostic(code, relpath, line, column, message, hint, dotted))

    def repeated_ids(self, relpath: str, key: str, ids: Iterable[str], what: str) -> None:
        """Report each id of the list under ``key`` (a list of mappings with an ``id``) that an
        earlier item already has, e.g. ``what="period"`` for ``periods`` in ambition.yaml (the
        catalogue's ``duplicate-id.<what>`` names it)."""
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                self.report(
                    relpath,
                    (key, index, "id"),
                    "duplicate-id",
                    text(f"duplicate-id.{what}", id=item_id),
                    text(f"duplicate-id.{what}.fix"),
                )
            seen.add(item_id)

    def usable_folder(self, folder: str) -> bool:
        """True when every file under ``folder`` that exists could be used."""
        return not any(p.startswith(folder + "/") for p in self.unusable)
