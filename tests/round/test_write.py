"""The assessment round: proposals written into files without losing a byte."""

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ambition.loading.repository import load_repository
from ambition.repository import Repository
from ambition.round import write as assessment_round
from ambition.validation.validate import validate
from ambition.yaml import edit as editing
from tests.conftest import TESTS

ROUND = TESTS / "fixtures" / "round"
INDICATOR = "data/assessments/ar-2022/indicators/utslapp.yaml"
GOAL = "data/assessments/ar-2022/goals/miljo.yaml"

PROPOSAL_UTSLAPP = (
    "proposal:  # metodens förslag, skrivet av ambition assess --write; ändra inte för hand\n"
    "  status: partly_achieved\n"
    "  trend: improving\n"
    "  rule: target_level\n"
    "  year: 2022\n"
    "  value: 900\n"
    '  explanation: "Värdet 2022 (900 ton) jämförs med målvärdet för 2026 (högst 800 ton): '
    "målvärdet är inte nått, men måluppfyllelsen är 89\u00a0%, minst de 80\u00a0% som krävs för "
    'delvis uppfyllt."\n'
    "  computed:\n"
    "    fulfilment: 0.8889\n"
)


def loaded(repo: Path) -> Repository:
    result = load_repository(repo)
    assert result.repository is not None, result.diagnostics
    return result.repository


def write_round(repo: Path) -> list[assessment_round.FileChange]:
    repository = loaded(repo)
    changes = assessment_round.plan(repository, repository.period())
    assessment_round.apply(repository, changes)
    return changes


def snapshot(repo: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(repo)): p.read_bytes() for p in sorted(repo.rglob("*")) if p.is_file()
    }


def test_first_round_creates_missing_files_and_adds_proposals(minimal_repo: Path) -> None:
    before = (minimal_repo / INDICATOR).read_text(encoding="utf-8")
    changes = write_round(minimal_repo)
    assert [(c.relpath, c.created) for c in changes] == [
        (GOAL, False),
        ("data/assessments/ar-2022/indicators/ekologisk-mat.yaml", True),
        (INDICATOR, False),
    ]
    assert (minimal_repo / INDICATOR).read_text(encoding="utf-8") == before + PROPOSAL_UTSLAPP
    created = minimal_repo / "data/assessments/ar-2022/indicators/ekologisk-mat.yaml"
    assert created.read_text(encoding="utf-8").splitlines()[:7] == [
        "# yaml-language-server: $schema=../../../../schemas/indicator-assessment.schema.json",
        "# Sakkunnigs bedömning av Ekologiska livsmedel för Helår 2022.",
        "# Fyll i fälten nedan; förslaget längst ned skrivs av ambition.",
        "status:",
        "trend:",
        "analysis:",
        "assessor:",
    ]
    assert load_repository(minimal_repo).diagnostics == []


def test_second_round_changes_nothing(minimal_repo: Path) -> None:
    write_round(minimal_repo)
    before = snapshot(minimal_repo)
    assert write_round(minimal_repo) == []
    assert snapshot(minimal_repo) == before


def test_comments_crlf_bom_quotes_and_long_texts_survive(minimal_repo: Path) -> None:
    shutil.copy(ROUND / "utslapp-crlf-bom.yaml", minimal_repo / INDICATOR)
    shutil.copy(ROUND / "miljo-flow.yaml", minimal_repo / GOAL)
    original_indicator = (ROUND / "utslapp-crlf-bom.yaml").read_bytes()
    original_goal = (ROUND / "miljo-flow.yaml").read_text(encoding="utf-8")
    write_round(minimal_repo)
    write_round(minimal_repo)

    indicator = (minimal_repo / INDICATOR).read_bytes()
    old_block = (
        "proposal:  # gammalt förslag\r\n  status: achieved\r\n  explanation: gammalt\r\n"
    ).encode()
    assert old_block in original_indicator
    expected = original_indicator.replace(
        old_block, PROPOSAL_UTSLAPP.replace("\n", "\r\n").encode()
    )
    assert indicator == expected  # BOM, CRLF, comments, quotes, the long line: all kept

    goal = (minimal_repo / GOAL).read_text(encoding="utf-8")
    assert goal.startswith(original_goal)  # only a block appended
    assert goal[len(original_goal) :].startswith("proposal:  # metodens förslag")


def test_check_mode_plans_without_writing(minimal_repo: Path) -> None:
    before = snapshot(minimal_repo)
    repository = loaded(minimal_repo)
    assert len(assessment_round.plan(repository, repository.period())) == 3
    assert snapshot(minimal_repo) == before


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(minimal_repo)
    repository = loaded(minimal_repo)
    changes = assessment_round.plan(repository, repository.period())

    def interrupted(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(editing.os, "replace", interrupted)
    with pytest.raises(OSError, match="disk full"):
        assessment_round.apply(repository, changes)
    assert snapshot(minimal_repo) == before  # no partial file, no temporary left behind


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(["# kommentar\n", "\n", "  # indragen kommentar\n"]), max_size=4),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_round_on_an_unchanged_repository_leaves_every_byte(
    tmp_path_factory: pytest.TempPathFactory,
    filler: list[str],
    with_trend: bool,
    crlf: bool,
    bom: bool,
) -> None:
    repo = tmp_path_factory.mktemp("repo")
    shutil.copytree(TESTS / "fixtures" / "minimal", repo, dirs_exist_ok=True)
    text = "".join(filler) + "status: partly_achieved\n" + ("trend: stable\n" if with_trend else "")
    data = text.replace("\n", "\r\n" if crlf else "\n").encode()
    (repo / INDICATOR).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    write_round(repo)
    settled = snapshot(repo)
    assert (repo / INDICATOR).read_bytes().startswith((b"\xef\xbb\xbf" if bom else b"") + data)
    assert write_round(repo) == []
    assert snapshot(repo) == settled


def test_cli_check_then_write(minimal_repo: Path) -> None:
    from typer.testing import CliRunner

    from ambition.cli import app

    runner = CliRunner()
    root = str(minimal_repo)
    check = runner.invoke(app, ["assess", "--root", root, "--check"])
    assert check.exit_code == 1
    assert check.output.splitlines() == [
        f"skulle uppdateras: {GOAL}",
        "skulle skapas: data/assessments/ar-2022/indicators/ekologisk-mat.yaml",
        f"skulle uppdateras: {INDICATOR}",
        "3 filer skulle ändras; kör 'ambition assess --write'.",
    ]
    check = runner.invoke(app, ["assess", "--root", root, "--check", "--lang", "en"])
    assert check.output.splitlines() == [
        f"would update: {GOAL}",
        "would create: data/assessments/ar-2022/indicators/ekologisk-mat.yaml",
        f"would update: {INDICATOR}",
        "3 files would change; run 'ambition assess --write'.",
    ]
    assert runner.invoke(app, ["assess", "--root", root, "--write"]).exit_code == 0
    again = runner.invoke(app, ["assess", "--root", root, "--check"])
    assert (again.exit_code, again.output) == (0, "Alla förslag är redan skrivna.\n")
    again = runner.invoke(app, ["assess", "--root", root, "--check", "--lang", "en"])
    assert (again.exit_code, again.output) == (0, "Every proposal is already written.\n")


def _without_proposal(data: bytes) -> bytes:
    """The file with its ``proposal:`` block taken out (the only block the round writes)."""
    text = data.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    kept: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("proposal:"):
            skipping = True
            continue
        if skipping and (line.startswith(" ") or line == ""):
            continue
        skipping = False
        kept.append(line)
    return newline.join(kept).encode("utf-8")


def test_shipped_data_has_its_proposals_written(real_repo: Path) -> None:
    # What `ambition assess --check` asks in CI: the example round is complete.
    repository = loaded(real_repo)
    assert assessment_round.plan(repository, repository.period()) == []


def test_real_data_survives_two_rounds_with_only_proposals_changed(real_repo: Path) -> None:
    # The shipped data holds its proposals already: take them out to open the round afresh.
    for path in (real_repo / "data/assessments").rglob("*.yaml"):
        path.write_bytes(_without_proposal(path.read_bytes()))
    # Make the copy harder: CRLF and a byte-order mark in some files, a long analysis in another.
    folder = real_repo / "data/assessments/helar-2022/indicators"
    for name in ("folkmangd.yaml", "kulturskola.yaml"):
        path = folder / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    long_file = folder / "biblioteksutlan.yaml"
    long_file.write_text(
        long_file.read_text(encoding="utf-8")
        + "justification: "
        + "Mycket lång motivering utan radbrytning. " * 40
        + "\n",
        encoding="utf-8",
    )
    before = snapshot(real_repo)
    first = write_round(real_repo)
    after_first = snapshot(real_repo)
    assert write_round(real_repo) == []
    assert snapshot(real_repo) == after_first
    assert len(first) == 39 + 4  # every indicator and goal file gets its proposal
    for relpath, data in after_first.items():
        if relpath in before:
            # Appending a block may add the final newline a file lacked; nothing else differs.
            assert _without_proposal(data).rstrip(b"\r\n") == _without_proposal(
                before[relpath]
            ).rstrip(b"\r\n"), relpath
    assert [d.code for d in validate(real_repo).diagnostics] == ["stale-value", "stale-value"]


# The write-back corpus (tests/fixtures/round/cases/): each case is an indicator assessment
# file (before.yaml) of a kind the first editor mishandled (issue 17), laid over the minimal
# repository; expected.txt holds a '#' line saying what it is, then exactly the lines
# `ambition assess --write` prints; after.yaml, where there is one, the exact bytes of the file
# afterwards (without it the file must be left as it was). AMBITION_UPDATE_CORPUS=1 writes
# them: read every byte before committing.
CASES = sorted(path for path in (ROUND / "cases").iterdir() if path.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_write_back_case(case: Path, minimal_repo: Path) -> None:
    from typer.testing import CliRunner

    from ambition.cli import app

    before = (case / "before.yaml").read_bytes()
    (minimal_repo / INDICATOR).write_bytes(before)
    run = CliRunner().invoke(app, ["assess", "--root", str(minimal_repo), "--write"])
    written = (minimal_repo / INDICATOR).read_bytes()
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    if os.environ.get("AMBITION_UPDATE_CORPUS"):
        text = "\n".join([lines[0], *run.output.splitlines()]) + "\n"
        (case / "expected.txt").write_text(text, encoding="utf-8")
        if written != before:
            (case / "after.yaml").write_bytes(written)
        return
    assert run.output.splitlines() == lines[1:]
    after = case / "after.yaml"
    assert written == (after.read_bytes() if after.is_file() else before)
    if after.is_file():
        assert run.exit_code == 0
        assert validate(minimal_repo).diagnostics == []
        again = CliRunner().invoke(app, ["assess", "--root", str(minimal_repo), "--check"])
        assert (again.exit_code, again.output) == (0, "Alla förslag är redan skrivna.\n")
    else:
        assert run.exit_code == 1


@pytest.mark.parametrize(
    ("unit", "escaped"),
    [
        ('"ton\\x7f"', "ton\\u007f"),  # DEL: a reader refuses it raw
        ('"to\\x85n"', "to\\u0085n"),  # NEL: a YAML 1.1 line break
        ('"to\\u2028n"', "to\\u2028n"),  # LINE SEPARATOR: refused raw by validate
        ('"to\\x9bn"', "to\\u009bn"),  # a C1 control: refused raw by the reader
        ('"ton\\x01"', "ton\\u0001"),  # a C0 control: JSON's escape is YAML's too
    ],
)
def test_a_control_character_the_explanation_quotes_is_written_escaped(
    minimal_repo: Path, unit: str, escaped: str
) -> None:
    indicator = minimal_repo / "data/indicators/utslapp.yaml"
    indicator.write_text(
        indicator.read_text(encoding="utf-8").replace("unit: ton", f"unit: {unit}"),
        encoding="utf-8",
    )
    write_round(minimal_repo)
    text = (minimal_repo / INDICATOR).read_text(encoding="utf-8")
    explanation = next(line for line in text.splitlines() if "explanation:" in line)
    assert explanation.startswith(f'  explanation: "Värdet 2022 (900 {escaped}) jämförs')
    assert all(c.isprintable() or c == "\u00a0" for c in text.replace("\n", ""))
    assert [d.code for d in validate(minimal_repo).diagnostics if d.severity.value == "error"] == []
    assert write_round(minimal_repo) == []


_ANALYSIS = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), max_size=20)
_STYLES = st.one_of(
    _ANALYSIS.map(lambda t: json.dumps("Analys " + t, ensure_ascii=False)),
    _ANALYSIS.map(lambda t: "'Analys " + t.replace("'", "''") + "'"),
    _ANALYSIS.map(lambda t: f'"Analys\nproposal: {json.dumps(t, ensure_ascii=False)[1:-1]}"'),
    st.lists(_ANALYSIS.map(lambda t: "Rad " + t), min_size=1, max_size=3).map(
        lambda ls: "|\n" + "\n".join(f"  {line.rstrip()}" for line in ls)
    ),
    st.lists(_ANALYSIS.map(lambda t: "Rad " + t), min_size=1, max_size=3).map(
        lambda ls: ">\n" + "\n".join(f"  {line.rstrip()}" for line in ls)
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    _STYLES,
    st.sampled_from(["status:", "status :", '"status":']),
    st.sampled_from(["", "proposal:\n  status: achieved\n", "proposal :\n  status: achieved\n"]),
    st.lists(st.sampled_from(["\n", "\r\n"]), min_size=12, max_size=12),
    st.booleans(),
)
def test_random_assessments_always_validate_after_the_round(
    tmp_path_factory: pytest.TempPathFactory,
    analysis: str,
    status_key: str,
    old_block: str,
    endings: list[str],
    markers: bool,
) -> None:
    repo = tmp_path_factory.mktemp("repo")
    shutil.copytree(TESTS / "fixtures" / "minimal", repo, dirs_exist_ok=True)
    lines = [f"{status_key} partly_achieved", "# analysen", f"analysis: {analysis}"]
    lines = [*lines, *old_block.splitlines(), "assessor: Miljöstrateg  # vem"]
    lines = ["--- # början", *lines, "..."] if markers else lines
    text = "".join(
        line + endings[i % len(endings)] for i, line in enumerate("\n".join(lines).split("\n"))
    )
    (repo / INDICATOR).write_bytes(text.encode("utf-8"))
    before = validate(repo).diagnostics
    assert before == []
    write_round(repo)
    written = (repo / INDICATOR).read_bytes().decode("utf-8")
    assert validate(repo).diagnostics == []
    kept = [
        line
        for line in editing.split_lines(text)
        if not line.startswith(("proposal", "  status: achieved"))
    ]
    assert [line for line in editing.split_lines(written) if line in kept] == kept
    assert written.count(PROPOSAL_UTSLAPP.splitlines()[0]) == 1
    assert write_round(repo) == []


def test_the_proof_refuses_a_text_that_changes_outside_the_block(minimal_repo: Path) -> None:
    from ambition import layout
    from ambition.round.proof import prove

    old = (minimal_repo / INDICATOR).read_bytes()
    block = PROPOSAL_UTSLAPP.encode()
    expected = {"status": "partly_achieved"}
    short = b"proposal:\n  status: partly_achieved\n"
    kind = layout.INDICATOR_ASSESSMENT
    assert prove(INDICATOR, kind, "proposal", expected, old, old + short) is None
    changed = old.replace("Miljöstrateg".encode(), b"X")
    refused = prove(INDICATOR, kind, "proposal", expected, old, changed + short)
    assert refused is not None and refused.format() == (
        f"{INDICATOR}:6: the text outside the block would change — nothing was written; write "
        "the file as plain 'key: value' lines, or delete the block and run the command again"
    )
    assert refused.format("sv") == (
        f"{INDICATOR}:6: texten utanför blocket skulle ändras — ingenting skrevs; skriv filen "
        "som enkla rader med 'nyckel: värde', eller ta bort blocket och kör kommandot igen"
    )
    wrong = prove(INDICATOR, kind, "proposal", {"status": "achieved"}, old, old + short)
    assert wrong is not None
    assert wrong.reason.render("en") == "'proposal:' would not read back as written"
    assert wrong.reason.render("sv") == "'proposal:' skulle inte läsas tillbaka som det skrevs"
    invalid = prove(
        INDICATOR, kind, "proposal", {"status": "x"}, old, old + b"proposal:\n  status: x\n"
    )
    assert invalid is not None and invalid.reason.render("en").startswith(
        "the file would not validate as before: invalid-choice"
    )
    assert invalid.reason.render("sv").startswith(
        "filen skulle inte längre klara valideringen som förut: invalid-choice"
    )
    assert prove(INDICATOR, kind, "proposal", None, old, old + block) is not None
    twice = prove(INDICATOR, kind, "proposal", expected, old, old + short + short)
    assert twice is not None and twice.reason.render("en") == (
        "the written block is not found again: 'proposal:' is written twice (lines 6 and 8)"
    )
    assert twice.reason.render("sv") == (
        "det skrivna blocket hittas inte igen: 'proposal:' står två gånger (rad 6 och 8)"
    )
    broken = prove(INDICATOR, kind, "proposal", expected, old, old + b"proposal: [\n")
    assert broken is not None
    assert broken.reason.render("en") == "the file would no longer be read as YAML"


def test_check_names_a_file_it_would_refuse_and_exits_1(minimal_repo: Path) -> None:
    from typer.testing import CliRunner

    from ambition.cli import app

    shutil.copy(ROUND / "cases/flow-mapping/before.yaml", minimal_repo / INDICATOR)
    run = CliRunner().invoke(app, ["assess", "--root", str(minimal_repo), "--check"])
    assert run.exit_code == 1
    assert run.output.splitlines()[-1] == (
        f"skulle inte skrivas: {INDICATOR}:2: blocket kan inte placeras säkert: filen är inte "
        "skriven som rader med 'nyckel: värde' — skriv varje fält på en egen rad, 'nyckel: "
        "värde', med början vid vänstermarginalen"
    )
    args = ["assess", "--root", str(minimal_repo), "--check", "--lang", "en"]
    run = CliRunner().invoke(app, args)
    assert run.output.splitlines()[-1] == (
        f"would not write: {INDICATOR}:2: cannot place the block safely: the file is not "
        "written as 'key: value' lines — write each field on a line of its own, 'key: value', "
        "starting at the left margin"
    )


def test_the_proof_refuses_when_the_old_text_has_no_place_for_the_block(minimal_repo: Path) -> None:
    from ambition import layout
    from ambition.round.proof import prove

    old = b"{status: partly_achieved}\n"
    new = b"status: partly_achieved\nproposal:\n  status: partly_achieved\n"
    refused = prove(INDICATOR, layout.INDICATOR_ASSESSMENT, "proposal", {}, old, new)
    assert refused is not None and (refused.line, refused.reason.render("en")) == (
        1,
        "the file is not written as 'key: value' lines",
    )


GOAL_PROPOSAL_LEVELS = [
    "  areas:",
    "    klimat: partly_achieved",
    "    trafik: partly_achieved",
    "    mat: partly_achieved",
    "  sub_goals:",
    "    fossilfritt: partly_achieved",
]
"""The end of the goal's proposal block in tests/method/levels.py's repository, by hand: with
the fixture's share 0.667 and 0.5, klimat A, A, N is 2/3 = 0.6667 < 0.667, at least partly 1
→ partly; trafik P, N → 0, 1/2 → partly; mat A, P → 1/2, 2/2 → partly; the sub-goal over
klimat's and trafik's indicators A, A, N, P, N → 2/5, 3/5 ≥ 0.5 → partly."""


def test_a_goal_with_sub_goals_gets_their_proposed_statuses(tmp_path: Path) -> None:
    from tests.method.levels import levels_repository

    root = levels_repository(tmp_path).root
    write_round(root)
    written = (root / GOAL).read_text(encoding="utf-8").splitlines()
    assert written[-6:] == GOAL_PROPOSAL_LEVELS
    assert [d for d in validate(root).diagnostics if d.severity.value == "error"] == []
    assert write_round(root) == []
    # A goal without sub-goals keeps a block without the key (the shipped files unchanged).
    plain = (TESTS / "fixtures" / "minimal").joinpath(GOAL)
    assert "sub_goals" not in plain.read_text(encoding="utf-8")


_OWN_SUB_GOAL = st.sampled_from(
    [
        "sub_goals:\n  fossilfritt:\n    status: {status}  # målägaren\n"
        "    justification: Ny plan.\n",
        "sub_goals: {{fossilfritt: {{status: {status}, justification: 'Se analysen.'}}}}\n",
        'sub_goals:\n  # delmålet\n  fossilfritt:\n    status: "{status}"\n'
        "    justification: >-\n      Rad ett.\n      Rad två.\n",
        "",
    ]
)
_OLD_GOAL_BLOCK = st.sampled_from(
    [
        "",
        "proposal:\n  status: achieved\n  sub_goals:\n    fossilfritt: achieved\n",
        "proposal:\n  status: not_achieved\n  areas: {klimat: achieved}\n",
        "proposal: {status: achieved, sub_goals: {fossilfritt: not_achieved}}\n",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    _OWN_SUB_GOAL,
    st.sampled_from(["achieved", "partly_achieved", "not_achieved"]),
    _OLD_GOAL_BLOCK,
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
)
def test_random_goal_files_with_sub_goals_validate_after_the_round(
    tmp_path_factory: pytest.TempPathFactory,
    own: str,
    status: str,
    old_block: str,
    proposal_first: bool,
    ending: str,
) -> None:
    from ambition.models import Status
    from tests.method.levels import levels_repository

    root = levels_repository(tmp_path_factory.mktemp("levels")).root
    parts = ["# målägarens bedömning", "status: partly_achieved", "analysis: Delvis."]
    own_text, old_text = own.format(status=status), old_block
    blocks = [old_text, own_text] if proposal_first else [own_text, old_text]
    text = "\n".join(parts) + "\n" + "".join(blocks)
    (root / GOAL).write_bytes(text.replace("\n", ending).encode("utf-8"))
    assert [d for d in validate(root).diagnostics if d.severity.value == "error"] == []
    before = loaded(root).goal_assessments[("ar-2022", "miljo")]
    write_round(root)
    written = (root / GOAL).read_bytes().decode("utf-8")
    assert [d for d in validate(root).diagnostics if d.severity.value == "error"] == []
    assessment = loaded(root).goal_assessments[("ar-2022", "miljo")]
    assert assessment.proposal is not None
    assert dict(assessment.proposal.sub_goals) == {"fossilfritt": Status.PARTLY_ACHIEVED}
    assert assessment.sub_goals == before.sub_goals  # the owner's own words untouched
    kept = editing.split_lines(text.replace("\n", ending))
    kept = [
        line for line in kept if line not in editing.split_lines(old_text.replace("\n", ending))
    ]
    assert [line for line in editing.split_lines(written) if line in kept] == kept
    assert write_round(root) == []
