"""The catalogue of codes: the registry, the source that emits them and docs/diagnostics.md agree."""

import ast
import re
from pathlib import Path

from ambition.diagnostics import Diagnostic, Severity
from ambition.diagnostics.codes import CODES, UNFINISHED, diagnostic, only_unfinished
from ambition.messages.text import text

PROJECT = Path(__file__).parents[2]
SOURCE = PROJECT / "src" / "ambition"
DOC = PROJECT / "docs" / "diagnostics.md"
CORPUS = Path(__file__).parents[1] / "corpus"

CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# Calls that take a diagnostic code as a string literal argument.
EMITTERS = {"diagnostic", "Diagnostic", "report", "make", "_at"}


def emitted_codes() -> dict[str, str]:
    """Code → the first file:line that emits it, from the string literals passed to emitters."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in EMITTERS:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords if k.arg == "code")]:
                if (
                    isinstance(argument, ast.Constant)
                    and isinstance(argument.value, str)
                    and CODE.fullmatch(argument.value)
                ):
                    found.setdefault(argument.value, f"{path.name}:{node.lineno}")
    return found


def documented() -> dict[str, str]:
    """Code → its section of docs/diagnostics.md."""
    sections = re.split(r"^### ", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]
    return {re.match(r"`([^`]+)`", s).group(1): s for s in sections}  # type: ignore[union-attr]


def test_every_emitted_code_is_in_the_registry() -> None:
    unknown = {code: where for code, where in emitted_codes().items() if code not in CODES}
    assert unknown == {}, "add these codes to ambition.codes.CODES and docs/diagnostics.md"


def test_every_registered_code_is_emitted_somewhere() -> None:
    assert sorted(set(CODES) - set(emitted_codes())) == []


def test_the_doc_has_a_section_for_exactly_the_registered_codes() -> None:
    assert sorted(documented()) == sorted(CODES)


def test_each_section_gives_severity_summary_example_and_fix() -> None:
    for code, section in documented().items():
        info = CODES[code]
        assert f"**{info.severity.value}** — {info.summary}" in section, code
        assert "\nFix: " in section, code
        if code != "unreadable-file":  # no file system here refuses a read to root
            assert re.search(rf"^\S+: {code}( \((warning|varning)\))?: ", section, re.MULTILINE), (
                code
            )


def test_the_doc_examples_are_real_output_from_the_corpus() -> None:
    corpus_lines = {
        line
        for expected in [*CORPUS.glob("*/expected.txt"), *CORPUS.glob("*/expected-en.txt")]
        for line in expected.read_text(encoding="utf-8").splitlines()
    }
    for code, section in documented().items():
        for line in re.findall(
            rf"^\S+: {code}(?: \((?:warning|varning)\))?: .*$", section, re.MULTILINE
        ):
            assert line in corpus_lines, line


def test_the_doc_lists_the_exit_codes_of_the_cli() -> None:
    from ambition import cli

    text = DOC.read_text(encoding="utf-8")
    for number in (0, 1, cli.EXIT_USAGE, cli.EXIT_BUG):
        assert re.search(rf"^\| {number} \| ", text, re.MULTILINE), number


def test_diagnostic_takes_its_severity_from_the_registry() -> None:
    old, fix = text("words.as-is", text="old"), text("stale-value.fix")
    found = diagnostic("stale-value", "data/x.yaml", 3, 9, old, fix)
    assert found == Diagnostic("data/x.yaml", 3, 9, "stale-value", old, Severity.WARNING, fix, None)


def test_one_line_format_and_whole_file_location() -> None:
    unknown, nearest = text("unknown-key", name="x"), text("nearest", option="y")
    located = Diagnostic("a.yaml", 2, 5, "unknown-key", unknown, hint=nearest)
    unread = text("unexpected-file", name="x")
    whole = Diagnostic("data/x", 0, 0, "unexpected-file", unread, Severity.WARNING)
    assert located.format("en") == "a.yaml:2:5: unknown-key: unknown key 'x' — did you mean 'y'?"
    assert located.format("sv") == "a.yaml:2:5: unknown-key: okänd nyckel 'x' — menade du 'y'?"
    assert whole.format("en") == "data/x: unexpected-file (warning): x is not read here"
    assert whole.format("sv") == "data/x: unexpected-file (varning): x läses inte här"


def test_unfinished_codes_are_the_two_a_person_still_has_to_write() -> None:
    assert sorted(UNFINISHED) == ["analysis-missing", "justification-missing"]
    assert all(CODES[code].severity is Severity.ERROR for code in UNFINISHED)
    message = text("unknown-key", name="x")  # the text does not matter here, the code does
    missing = diagnostic("justification-missing", "a.yaml", 1, 1, message)
    stale = diagnostic("stale-value", "b.yaml", 2, 1, message)
    broken = diagnostic("unknown-key", "c.yaml", 3, 1, message)
    assert only_unfinished([missing, stale])
    assert not only_unfinished([missing, broken])
    assert not only_unfinished([stale])  # no error at all: nothing is unfinished
    assert not only_unfinished([])
