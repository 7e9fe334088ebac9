"""One data file's text, and the 1-based positions of its keys and values for diagnostics.

The positions come from the event scan (``ambition.yaml.scan``), made once per file and only
when asked: for a diagnostic, or by ``parse`` for a file that holds something suspect.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ambition.yaml.scan import Finding as Finding
from ambition.yaml.scan import Node, scan_text
from ambition.yaml.scan import Scan as Scan

YamlPath = Sequence[str | int]
"""A path of mapping keys and sequence indices into a YAML document, e.g. ``("values", 2021)``."""


@dataclass(eq=False)
class SourceFile:
    """The text of one data file and, once asked for, the positions of its keys and values.

    ``relpath`` is the path relative to the repository root with forward slashes.
    """

    relpath: str
    text: str
    _scanned: Scan | None = field(default=None, repr=False)

    @property
    def scanned(self) -> bool:
        """True once the event scan was made (``scan``, or a position asked for)."""
        return self._scanned is not None

    def scan(self) -> Scan:
        """The event scan of the text, made once."""
        if self._scanned is None:
            self._scanned = scan_text(self.text)
        return self._scanned

    def locate(
        self, yaml_path: YamlPath, *, key: bool = False, occurrence: int = 0
    ) -> tuple[int, int]:
        """1-based (line, column) of the value at ``yaml_path``, or of its key with ``key=True``.

        Walks as far as the path exists and returns the position of the deepest node found, so a
        missing key is reported at the mapping that should hold it; a mapping or list value is
        reported at its key. ``occurrence`` picks among keys written twice (``-1``: the last).
        Returns (1, 1) when the file cannot be parsed at all.
        """
        root = self.scan().root
        if root is None:
            return 1, 1
        position = (root.line, root.column)
        for node, last in _walk(root, list(yaml_path), occurrence):
            if node.key_line is not None and node.key_column is not None:
                if (key and last) or not node.is_scalar:
                    position = (node.key_line, node.key_column)
                else:
                    position = (node.line, node.column)
            else:
                position = (node.line, node.column)
        return position[0] + 1, position[1] + 1

    def resolve(self, yaml_path: YamlPath) -> list[str | int]:
        """``yaml_path`` without the steps that are not in the file.

        Pydantic puts the tag of a tagged union into its error paths (``rules.x.trajectory.…``);
        such a step is dropped when the step after it exists in the file.
        """
        steps = list(yaml_path)
        root = self.scan().root
        if root is None:
            return steps
        kept: list[str | int] = []
        index = 0
        node = root
        while index < len(steps):
            following = steps[index + 1] if index + 1 < len(steps) else None
            child = _child(node, steps[index], following, 0)
            if child is None:
                kept.extend(steps[index:])
                break
            skipped, node = child
            if skipped:
                index += 1
            kept.append(steps[index])
            index += 1
        return kept

    def scalar_text(self, yaml_path: YamlPath) -> str | None:
        """The text of the plain (unquoted) scalar at ``yaml_path`` as written, else None."""
        root = self.scan().root
        if root is None:
            return None
        steps = list(yaml_path)
        walked = list(_walk(root, steps, 0))
        node = walked[-1][0] if walked else root
        if (walked and not walked[-1][1]) or (steps and not walked) or not node.plain:
            return None
        return node.text

    def findings(self) -> list[Finding]:
        """What the event scan found suspect (YAML 1.1 values, anchors, tags, directives).

        Empty unless the file was scanned; ``parse`` scans every file whose text could hold
        something suspect.
        """
        return self._scanned.findings if self._scanned is not None else []


def _walk(root: Node, steps: list[str | int], occurrence: int) -> Iterator[tuple[Node, bool]]:
    """The nodes along ``steps`` as far as they exist, each with whether it is the last step.

    A step that is not in the file is skipped when the step after it is (a union tag).
    """
    node = root
    index = 0
    while index < len(steps):
        following = steps[index + 1] if index + 1 < len(steps) else None
        child = _child(node, steps[index], following, occurrence if following is None else 0)
        if child is None:
            return
        skipped, node = child
        index += 2 if skipped else 1
        yield node, index == len(steps)


def _child(
    node: Node, step: str | int, following: str | int | None, occurrence: int
) -> tuple[bool, Node] | None:
    """The child at ``step``, or the one at ``following`` when ``step`` is a union tag to skip.

    Returns (skipped, child) or None.
    """
    direct = _direct_child(node, step, occurrence)
    if direct is not None:
        return False, direct
    if following is not None and isinstance(step, str):
        after = _direct_child(node, following, occurrence)
        if after is not None:
            return True, after
    return None


def _direct_child(node: Node, step: str | int, occurrence: int) -> Node | None:
    if node.entries is not None:
        text = str(step)
        matches = node.entries.get(text)
        if not matches:
            matches = next(
                (values for key, values in node.entries.items() if _same_number(key, step)), []
            )
        if not matches:
            return None
        return matches[occurrence] if -len(matches) <= occurrence < len(matches) else matches[0]
    if node.items is not None:
        index = step if isinstance(step, int) else int(step) if str(step).isdigit() else -1
        if 0 <= index < len(node.items):
            return node.items[index]
    return None


def _same_number(written: str, step: str | int) -> bool:
    """True when a key written as ``010`` or ``2_020`` is the number ``step``."""
    if not isinstance(step, int):
        return False
    try:
        return int(written.replace("_", ""), 10) == step
    except ValueError:
        return False
