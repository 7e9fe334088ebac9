"""The models' own checks in both languages: every sentence a validator in models/ raises is
known by a pattern of loading/model_checks.py, so it reaches a Swedish reader in Swedish."""

import ast
from pathlib import Path

from ambition.loading.model_checks import translated, value_error

MODELS = Path(__file__).parents[2] / "src" / "ambition" / "models"


def raised_sentences() -> dict[str, str]:
    """Every ``raise ValueError(...)`` text of models/, each field written as '7' → file:line.

    A sentence that only wraps another check's message (``f"targets[{index}]: {error}"``) is
    left out: the message it wraps is checked itself."""
    found: dict[str, str] = {}
    for path in sorted(MODELS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", None) == "ValueError"
                and node.exc.args
            ):
                continue
            argument = node.exc.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                sentence = argument.value
            elif isinstance(argument, ast.JoinedStr):
                last = argument.values[-1]
                if (
                    isinstance(last, ast.FormattedValue)
                    and getattr(last.value, "id", "") == "error"
                ):
                    continue
                sentence = "".join(
                    part.value if isinstance(part, ast.Constant) else "7"
                    for part in argument.values
                )
            else:
                continue
            found[sentence] = f"{path.name}:{node.lineno}"
    return found


def test_every_check_of_the_models_has_its_texts() -> None:
    """Fails listing every check without a pattern: a check added to models/ on another branch
    needs its pattern in loading/model_checks.py and its texts in messages/validators.py."""
    sentences = raised_sentences()
    assert len(sentences) >= 25
    assert {s: where for s, where in sentences.items() if translated(s) is None} == {}


def test_a_known_sentence_is_written_in_either_language() -> None:
    message, fix = value_error(
        "targets[0]: comparison 'between' needs an upper bound: add 'upper: <number>'"
    )
    assert message.render("sv") == "targets[0]: jämförelsen 'between' behöver en övre gräns"
    assert message.render("en") == "targets[0]: comparison 'between' needs an upper bound"
    assert (fix.render("sv"), fix.render("en")) == (
        "lägg till 'upper: <tal>'",
        "add 'upper: <number>'",
    )
    said, hint = value_error("the term ends (2018) before it starts (2022)")
    assert said.render("sv") == "mandatperioden slutar (2018) innan den börjar (2022)"
    assert hint.render("sv") == "rätta värdena så att detta gäller; se docs/data-format.md"


def test_an_unknown_sentence_keeps_its_words_and_its_fix() -> None:
    message, fix = value_error("something new: write 3")
    assert (message.render("sv"), fix.render("sv")) == ("something new", "write 3")
    plain, general = value_error("something else")
    assert plain.render("en") == "something else"
    assert general.render("en") == "correct the values so that this holds; see docs/data-format.md"


def test_a_missing_key_is_described_in_each_language(minimal_repo: Path) -> None:
    """The description of a missing key: the Swedish of schema/descriptions.py, the English of
    the model's Field; none in Swedish where only the English exists."""
    from ambition.validation.validate import validate

    path = minimal_repo / "data/indicators/utslapp.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    value: 800\n", "    derived: {}\n"),
        encoding="utf-8",
    )
    found = [d for d in validate(minimal_repo).diagnostics if d.code == "missing-key"]
    assert [d.hint_in("sv") for d in found] == [
        "lägg till 'value: …' (Målvärdet (långsiktigt))",
        "lägg till 'change: …'",
    ]
    assert [d.hint_in("en") for d in found] == [
        "add 'value: …' (The target value; computed for a directional or derived target)",
        "add 'change: …' (Relative change from the base, e.g. -0.2 for minus 20 %)",
    ]
