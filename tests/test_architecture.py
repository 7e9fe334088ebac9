"""The shape of the package, checked the way a reviewer would (issue 12, "Done when"), by reading
every module of src/ambition and tests/ with the standard library's `ast`:

- the import graph among ambition modules has no cycle, counting imports inside functions and
  under `TYPE_CHECKING`;
- at most eight modules sit directly in src/ambition/, and none is over 450 lines;
- only src/ambition/cli imports typer or rich;
- no test imports a private name (one starting with a single underscore) from ambition.

An import edge goes from a module to every ambition module it names: `import ambition.a.b` names
ambition.a.b; `from ambition.a import b` names ambition.a, and ambition.a.b too when that is a
module; relative imports are resolved against the importing module's package;
`importlib.import_module("ambition.a")` with a literal name counts as well. Parent packages that
Python imports on the way are not counted: importing a submodule directly is how a package whose
__init__ re-exports its submodules stays out of a cycle.
"""

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PROJECT

PACKAGE = "ambition"
SOURCE = PROJECT / "src" / PACKAGE
TESTS = PROJECT / "tests"
MOST_TOP_LEVEL_MODULES = 8
MOST_LINES = 450
PRESENTATION = {"typer", "rich"}  # the libraries only the CLI layer may use
CLI = f"{PACKAGE}.cli"


@dataclass(frozen=True)
class Module:
    """One .py file: its dotted name, its path and its syntax tree."""

    name: str
    path: Path
    where: str  # the path as messages show it: src/ambition/cli/output.py
    tree: ast.Module
    lines: int

    @property
    def package(self) -> str:
        """The package relative imports start from: the module itself for an __init__.py."""
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


@dataclass(frozen=True)
class Import:
    """One imported dotted name (absolute) and, for `from x import a, b`, the names taken."""

    module: str
    names: tuple[str, ...]
    line: int


def read_modules(root: Path, package: str, shown_from: Path = PROJECT) -> dict[str, Module]:
    """Every .py file under ``root`` by dotted name (``package`` for root/__init__.py), its path
    shown relative to ``shown_from``."""
    modules: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        text = path.read_text(encoding="utf-8")
        name = ".".join(parts)
        where = str(path.relative_to(shown_from))
        modules[name] = Module(name, path, where, ast.parse(text, where), len(text.splitlines()))
    return modules


def imports(module: Module) -> Iterator[Import]:
    """Every import in ``module`` at any depth, with relative ones made absolute."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            names = tuple(alias.name for alias in node.names)
            if node.level == 0:
                yield Import(node.module or "", names, node.lineno)
                continue
            base = module.package.split(".")
            if node.level > 1:
                base = base[: -(node.level - 1)]
            yield Import(
                ".".join([*base, *([node.module] if node.module else [])]), names, node.lineno
            )
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(node.args[0].value, (), node.lineno)


def graph(modules: dict[str, Module]) -> dict[str, dict[str, int]]:
    """The import graph among ``modules``: importer → imported → line of the first such import."""
    edges: dict[str, dict[str, int]] = {name: {} for name in modules}
    for name, module in modules.items():
        for found in imports(module):
            targets = [found.module] + [f"{found.module}.{n}" for n in found.names]
            for target in targets:
                if target in modules and target != name:
                    edges[name][target] = min(found.line, edges[name].get(target, found.line))
    return edges


def strongly_connected(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, 1972)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return components


def shortest_cycle(edges: dict[str, dict[str, int]], start: str) -> list[str]:
    """The shortest import path from ``start`` back to itself: [start, ..., start]."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for target in sorted(edges[node]):
                if target == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if target not in previous:
                    previous[target] = node
                    following.append(target)
        frontier = following
    return []


def describe_cycle(
    modules: dict[str, Module], edges: dict[str, dict[str, int]], cycle: list[str]
) -> str:
    """``a (src/ambition/a.py:3) → b (src/ambition/b.py:12) → a``: each arrow's import line."""
    steps = [
        f"{source} ({modules[source].where}:{edges[source][target]})"
        for source, target in itertools.pairwise(cycle)
    ]
    return " → ".join([*steps, cycle[-1]])


def test_the_import_graph_has_no_cycle() -> None:
    modules = read_modules(SOURCE, PACKAGE)
    edges = graph(modules)
    assert sum(len(targets) for targets in edges.values()) > len(modules) / 2  # the graph is read
    components = strongly_connected(edges)
    described = [
        f"{len(component)} modules import each other: {', '.join(component)}\n"
        f"  for example {describe_cycle(modules, edges, shortest_cycle(edges, component[0]))}"
        for component in components
    ]
    assert components == [], "import cycles in src/ambition:\n" + "\n".join(described)


def test_at_most_eight_modules_sit_at_the_top_level() -> None:
    top = sorted(path.name for path in SOURCE.glob("*.py"))
    assert len(top) <= MOST_TOP_LEVEL_MODULES, (
        f"{len(top)} modules directly in src/ambition/ (at most {MOST_TOP_LEVEL_MODULES}): {top}"
    )


def test_no_module_is_over_450_lines() -> None:
    modules = read_modules(SOURCE, PACKAGE)
    long = sorted(
        (f"{m.where}: {m.lines} lines" for m in modules.values() if m.lines > MOST_LINES),
        key=lambda text: -int(text.rsplit(": ", 1)[1].split()[0]),
    )
    assert long == [], f"modules over {MOST_LINES} lines:\n" + "\n".join(long)


def test_only_the_cli_imports_typer_or_rich() -> None:
    modules = read_modules(SOURCE, PACKAGE)
    core = [m for name, m in modules.items() if name != CLI and not name.startswith(f"{CLI}.")]
    assert len(core) > len(modules) / 2
    found = [
        f"{module.where}:{imported.line} imports {imported.module}"
        for module in core
        for imported in imports(module)
        if imported.module.split(".")[0] in PRESENTATION
    ]
    assert found == [], "the core imports the CLI's libraries:\n" + "\n".join(found)


def is_private(name: str) -> bool:
    """``_x`` is private; ``__x__`` (dunder) is not."""
    return name.startswith("_") and not name.startswith("__")


def is_ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(f"{PACKAGE}.")


def private_uses(test: Module, ours: set[str]) -> Iterator[str]:
    """The private ambition names ``test`` uses, as far as its syntax tree tells: imported by name,
    reached as an attribute of an imported ambition module, or named in a string to getattr,
    setattr, monkeypatch.setattr or mock.patch. ``ours`` holds the ambition module names."""
    bound: dict[str, str] = {}  # a local name → the ambition module it is bound to
    for node in ast.walk(test.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if is_ours(alias.name):
                    if alias.asname:
                        bound[alias.asname] = alias.name
                    else:
                        bound[PACKAGE] = PACKAGE
                    if any(is_private(part) for part in alias.name.split(".")):
                        yield f"{test.where}:{node.lineno} imports {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and is_ours(node.module or ""):
            module = node.module or ""
            if any(is_private(part) for part in module.split(".")):
                yield f"{test.where}:{node.lineno} imports from {module}"
            for alias in node.names:
                if is_private(alias.name):
                    yield f"{test.where}:{node.lineno} imports {alias.name} from {module}"
                elif f"{module}.{alias.name}" in ours:
                    bound[alias.asname or alias.name] = f"{module}.{alias.name}"

    def resolve(node: ast.expr) -> str | None:
        """The ambition module an expression such as ``ambition.cache.store`` names, if any."""
        if isinstance(node, ast.Name):
            return bound.get(node.id)
        if isinstance(node, ast.Attribute):
            parent = resolve(node.value)
            if parent is not None and f"{parent}.{node.attr}" in ours:
                return f"{parent}.{node.attr}"
        return None

    for node in ast.walk(test.tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            owner = resolve(node.value)
            if owner is not None:
                yield f"{test.where}:{node.lineno} uses {owner}.{node.attr}"
        elif isinstance(node, ast.Call) and node.args:
            function = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            function = node.func.id if isinstance(node.func, ast.Name) else function
            first, *rest = node.args
            if function in {"getattr", "setattr", "delattr", "hasattr"} and rest:
                owner = resolve(first)
                name = rest[0].value if isinstance(rest[0], ast.Constant) else None
                if owner is not None and isinstance(name, str) and is_private(name):
                    yield f"{test.where}:{node.lineno} uses {owner}.{name} by name"
            if function in {"setattr", "delattr", "patch"} and isinstance(first, ast.Constant):
                parts = first.value.split(".") if isinstance(first.value, str) else []
                if parts and is_ours(parts[0]) and any(is_private(part) for part in parts):
                    yield f"{test.where}:{node.lineno} uses {'.'.join(parts)} by name"


def test_no_test_imports_a_private_name() -> None:
    ours = set(read_modules(SOURCE, PACKAGE))
    tests = read_modules(TESTS, "tests")
    assert len(tests) > 20
    found = sorted({use for test in tests.values() for use in private_uses(test, ours)})
    assert found == [], "tests use private names of ambition:\n" + "\n".join(found)


# The checkers above, checked on small made-up packages, so that a pass means "no cycle" and not
# "the checker saw nothing".


def write_package(root: Path, files: dict[str, str]) -> dict[str, Module]:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return read_modules(root, "pkg", shown_from=root)


def test_a_cycle_hidden_in_a_function_and_under_type_checking_is_found(tmp_path: Path) -> None:
    modules = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "def f():\n    from pkg import b\n",
            "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .c import x\n",
            "c/__init__.py": "",
            "c/x.py": "import importlib\nimportlib.import_module('pkg.a')\n",
            "d.py": "from pkg.a import f\n",
        },
    )
    edges = graph(modules)
    assert edges["pkg.a"] == {"pkg": 2, "pkg.b": 2}
    assert edges["pkg.b"] == {"pkg.c": 3, "pkg.c.x": 3}
    assert strongly_connected(edges) == [["pkg.a", "pkg.b", "pkg.c.x"]]
    cycle = shortest_cycle(edges, "pkg.a")
    assert cycle == ["pkg.a", "pkg.b", "pkg.c.x", "pkg.a"]
    assert describe_cycle(modules, edges, cycle) == (
        "pkg.a (a.py:2) → pkg.b (b.py:3) → pkg.c.x (c/x.py:2) → pkg.a"
    )


def test_a_package_that_re_exports_while_a_submodule_imports_it_is_a_cycle(tmp_path: Path) -> None:
    modules = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "m/__init__.py": "from pkg.m.engine import run\n",
            "m/engine.py": "from pkg.m import rules\n",
            "m/rules.py": "from .. import m\n",
        },
    )
    edges = graph(modules)
    assert edges["pkg.m.rules"] == {"pkg": 1, "pkg.m": 1}
    assert edges["pkg.m"] == {"pkg.m.engine": 1}
    assert strongly_connected(edges) == [["pkg.m", "pkg.m.engine", "pkg.m.rules"]]


def test_private_names_are_found_however_they_are_reached(tmp_path: Path) -> None:
    ours = {"ambition", "ambition.cache", "ambition.cache.store"}
    test = write_package(
        tmp_path,
        {
            "t.py": (
                "import ambition.cache.store\n"
                "import ambition.cache.store as s\n"
                "from ambition.cache import store, _hidden\n"
                "from ambition.cache.store import Cache, __version__\n"
                "ambition.cache.store._fingerprint()\n"
                "s._planned(store._x, Cache._internal)\n"
                "monkeypatch.setattr(store, '_PREFETCH_FROM', 0)\n"
                "monkeypatch.setattr('ambition.cache.store._y', 0)\n"
                "getattr(s, '__name__')\n"
            )
        },
    )["pkg.t"]
    assert sorted(private_uses(test, ours)) == sorted(
        f"{test.where}:{use}"
        for use in (
            "3 imports _hidden from ambition.cache",
            "5 uses ambition.cache.store._fingerprint",
            "6 uses ambition.cache.store._planned",
            "6 uses ambition.cache.store._x",
            "7 uses ambition.cache.store._PREFETCH_FROM by name",
            "8 uses ambition.cache.store._y by name",
        )
    )
