"""CODEOWNERS from the organisations' reviewers, and validate's warning when it is outdated.

The expected files are written out by hand from tests/fixtures/minimal: goal 'miljo' (owner ks),
indicator 'utslapp' (ks, area klimat), 'ekologisk-mat' (bun, area mat); the syntax follows
GitHub's "About code owners" (patterns as in gitignore, the last match wins) and GitLab's
"Code Owners" pages (sections in brackets).
"""

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ambition.diagnostics import Diagnostic, Severity
from ambition.forge.codeowners import HEADER, Syntax, check, codeowners, default_path
from ambition.loading.repository import load_repository
from ambition.models.organisation import Organisation
from ambition.repository import Repository
from tests.conftest import rendered

ORGANISATIONS = """organisations:
  - id: ks
    name: Kommunstyrelsen
    kind: executive_board
    reviewers: ["@testby/ks", anna@testby.se]
  - id: klk
    name: Kommunledningskontoret
    kind: central_office
    reviewers: ["@testby/klk"]
  - id: bun
    name: Barn- och utbildningsnämnden
    kind: committee
    reviewers: ["@testby/bun", "@berit"]
"""

GITHUB = f"""{HEADER}
# Ändra granskarna under 'reviewers:' där och kör kommandot igen.

# Gemensamt (kommunledningskontoret)
/ambition.yaml @testby/klk
/data/method.yaml @testby/klk
/data/organisations.yaml @testby/klk
/data/steering-documents.yaml @testby/klk
/data/programme.yaml @testby/klk

# Mål 1: God miljö
/data/goals/miljo.yaml @testby/ks anna@testby.se
/data/assessments/*/goals/miljo.yaml @testby/ks anna@testby.se
/data/indicators/utslapp.yaml @testby/ks anna@testby.se
/data/assessments/*/indicators/utslapp.yaml @testby/ks anna@testby.se
/data/indicators/ekologisk-mat.yaml @testby/bun @berit
/data/assessments/*/indicators/ekologisk-mat.yaml @testby/bun @berit
"""


def _repository(root: Path, organisations: str = ORGANISATIONS) -> Repository:
    (root / "data/organisations.yaml").write_text(organisations, encoding="utf-8")
    loaded = load_repository(root)
    assert loaded.repository is not None, loaded.diagnostics
    return loaded.repository


def test_github_gives_each_file_to_its_organisations_reviewers(minimal_repo: Path) -> None:
    assert codeowners(_repository(minimal_repo), Syntax.GITHUB) == GITHUB


def test_gitlab_has_one_section_per_goal(minimal_repo: Path) -> None:
    expected = GITHUB.replace(
        "# Gemensamt (kommunledningskontoret)", "[Gemensamt (kommunledningskontoret)]"
    )
    expected = expected.replace("# Mål 1: God miljö", "[Mål 1: God miljö]")
    assert codeowners(_repository(minimal_repo), Syntax.GITLAB) == expected


def test_an_organisation_without_reviewers_leaves_its_files_to_the_central_office(
    minimal_repo: Path,
) -> None:
    without_bun = ORGANISATIONS.replace('    reviewers: ["@testby/bun", "@berit"]\n', "")
    text = codeowners(_repository(minimal_repo, without_bun), Syntax.GITHUB)
    assert "/data/indicators/ekologisk-mat.yaml @testby/klk\n" in text
    assert "/data/assessments/*/indicators/ekologisk-mat.yaml @testby/klk\n" in text


def test_without_a_central_office_its_files_get_a_comment_not_an_empty_rule(
    minimal_repo: Path,
) -> None:
    # The fixture's organisations: ks and bun, no reviewers at all, no central office.
    loaded = load_repository(minimal_repo)
    assert loaded.repository is not None
    lines = codeowners(loaded.repository, Syntax.GITHUB).splitlines()
    assert lines[4] == ("# /ambition.yaml: no reviewers (give the central office 'reviewers:')")
    assert all(line.startswith("#") or not line for line in lines)


def test_actions_go_to_their_responsible_in_a_section_of_their_own(minimal_repo: Path) -> None:
    action = minimal_repo / "data/actions/solceller.yaml"
    action.parent.mkdir()
    action.write_text(
        "id: solceller\ntitle: Solceller på skolorna\ngoals: [miljo]\nresponsible: bun\n"
        "status: ongoing\n",
        encoding="utf-8",
    )
    text = codeowners(_repository(minimal_repo), Syntax.GITLAB)
    assert text.endswith("\n[Handlingsplanen]\n/data/actions/solceller.yaml @testby/bun @berit\n")


def test_a_current_file_gives_no_warning_and_a_hand_written_one_is_not_judged(
    minimal_repo: Path,
) -> None:
    repository = _repository(minimal_repo)
    (minimal_repo / "CODEOWNERS").write_text(GITHUB.replace("\n", "\r\n"), encoding="utf-8")
    (minimal_repo / "docs").mkdir()
    (minimal_repo / "docs/CODEOWNERS").write_text("* @someone\n", encoding="utf-8")
    assert [rendered(d) for d in check(repository)] == []
    assert default_path(minimal_repo) == minimal_repo / "CODEOWNERS"


def test_an_outdated_file_is_warned_about_at_its_first_differing_line(minimal_repo: Path) -> None:
    repository = _repository(minimal_repo)
    gitlab = codeowners(repository, Syntax.GITLAB)
    old = gitlab.replace("@testby/bun @berit", "@testby/bun")
    (minimal_repo / ".gitlab").mkdir()
    (minimal_repo / ".gitlab/CODEOWNERS").write_text(old, encoding="utf-8")
    # Line 16 of the file is the first that gives ekologisk-mat (lines counted in GITHUB above).
    assert [rendered(d) for d in check(repository)] == [
        Diagnostic(
            ".gitlab/CODEOWNERS",
            16,
            1,
            "codeowners-outdated",
            "CODEOWNERS no longer matches data/organisations.yaml and the data: line 16 should "
            "be '/data/indicators/ekologisk-mat.yaml @testby/bun @berit'",
            Severity.WARNING,
            "run 'ambition codeowners --syntax gitlab --output .gitlab/CODEOWNERS' and commit "
            "the file",
        )
    ]


def test_a_file_that_ends_early_or_runs_on_is_outdated_at_the_first_line_beyond(
    minimal_repo: Path,
) -> None:
    repository = _repository(minimal_repo)
    short = "".join(GITHUB.splitlines(keepends=True)[:16])
    (minimal_repo / "CODEOWNERS").write_text(short, encoding="utf-8")
    [found] = check(repository)
    assert (found.line, found.message_in("en").rpartition(": ")[2]) == (
        17,
        "line 17 should be '/data/assessments/*/indicators/ekologisk-mat.yaml @testby/bun @berit'",
    )
    (minimal_repo / "CODEOWNERS").write_text(GITHUB + "/x @y\n", encoding="utf-8")
    [found] = check(repository)
    assert (found.line, found.message_in("en").rpartition(": ")[2]) == (
        18,
        "line 18 should be the end of the file",
    )


def test_the_stored_verdict_is_not_given_once_codeowners_changed(minimal_repo: Path) -> None:
    from ambition.validation.cached import verdict

    repository = _repository(minimal_repo)
    (minimal_repo / "CODEOWNERS").write_text(codeowners(repository, Syntax.GITHUB), "utf-8")
    assert verdict(minimal_repo).diagnostics == []
    (minimal_repo / "CODEOWNERS").write_text(GITHUB.replace("@berit", "@bert"), "utf-8")
    assert [d.code for d in verdict(minimal_repo).diagnostics] == ["codeowners-outdated"]


_NAME = st.from_regex(r"[a-z0-9](?:[a-z0-9._-]{0,8}[a-z0-9])?", fullmatch=True)
_REVIEWER = st.one_of(
    _NAME.map(lambda n: "@" + n),
    st.tuples(_NAME, _NAME).map(lambda t: f"@{t[0]}/{t[1]}"),
    _NAME.map(lambda n: f"{n}@testby.se"),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    reviewers=st.dictionaries(
        st.sampled_from(["ks", "bun", "klk"]), st.lists(_REVIEWER, max_size=3), max_size=3
    ),
    syntax=st.sampled_from(list(Syntax)),
)
def test_each_file_goes_to_its_organisations_reviewers_and_the_file_is_current(
    minimal_repo: Path, reviewers: dict[str, list[str]], syntax: Syntax
) -> None:
    base = _repository_once(minimal_repo)
    organisations = {
        key: Organisation.model_validate({**o.model_dump(), "reviewers": reviewers.get(key, [])})
        for key, o in base.organisations.items()
    }
    repository = dataclasses.replace(base, organisations=organisations)
    text = codeowners(repository, syntax)
    central = organisations["klk"].reviewers
    for indicator, organisation in (("utslapp", "ks"), ("ekologisk-mat", "bun")):
        owners = organisations[organisation].reviewers or central
        for pattern in (
            f"/data/indicators/{indicator}.yaml",
            f"/data/assessments/*/indicators/{indicator}.yaml",
        ):
            rule = f"{pattern} {' '.join(owners)}\n" if owners else f"# {pattern}: no reviewers"
            assert text.count(rule) == 1, (rule, text)
    assert all(line.startswith(("#", "/", "[")) for line in text.splitlines() if line)
    (minimal_repo / "CODEOWNERS").write_text(text, "utf-8")
    try:
        assert [rendered(d) for d in check(repository)] == []
    finally:
        (minimal_repo / "CODEOWNERS").unlink()


_LOADED: dict[Path, Repository] = {}


def _repository_once(root: Path) -> Repository:
    if root not in _LOADED:
        _LOADED.clear()
        _LOADED[root] = _repository(root)
    return _LOADED[root]
