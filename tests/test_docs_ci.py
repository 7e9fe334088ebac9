"""docs/ci/: the workflow files parse and fit the forges' published schemas, the ambition
commands they run exist with those options, and reminders.py does the right calls against
recorded forge answers (tests/fixtures/ci/) served on 127.0.0.1.

The schemas are the ones check-jsonschema vendors from SchemaStore (github-workflows,
gitlab-ci); the test skips, saying so, when check-jsonschema is not installed.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ambition.cli import app

PROJECT = Path(__file__).parents[1]
CI = PROJECT / "docs/ci"
RECORDED = Path(__file__).parent / "fixtures/ci"
WORKFLOWS = sorted(CI.glob("*.yml"))


def _commands(document: Any) -> Iterator[str]:
    """Every shell line of a workflow: GitHub's ``run:`` and GitLab's script lists."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "run" and isinstance(value, str):
                yield from value.splitlines()
            elif key in ("script", "before_script") and isinstance(value, list):
                for item in value:
                    yield from (line.strip() for line in str(item).splitlines())
            else:
                yield from _commands(value)
    elif isinstance(document, list):
        for item in document:
            yield from _commands(item)


def test_every_workflow_parses_and_there_is_one_of_each_kind() -> None:
    names = {path.name for path in WORKFLOWS}
    assert names == {
        "github-actions.yml",
        "github-actions-reminders.yml",
        "gitlab-ci.yml",
        "gitlab-ci-reminders.yml",
    }
    for path in WORKFLOWS:
        assert isinstance(YAML(typ="safe").load(path.read_text("utf-8")), dict), path


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_ambition_command_they_run_exists_with_its_options(path: Path) -> None:
    document = YAML(typ="safe").load(path.read_text("utf-8"))
    runner = CliRunner()
    found = 0
    for line in _commands(document):
        words = shlex.split(line.split("||")[0].split(">")[0])
        words = words[1:] if words[:1] == ["then"] else words
        if not words or words[0] != "ambition":
            continue
        found += 1
        command = [w for w in words[1:] if not w.startswith("-")][:1]
        helped = runner.invoke(app, [*command, "--help"], terminal_width=200)
        assert helped.exit_code == 0, (line, helped.output)
        for option in (w.split("=")[0] for w in words[1:] if w.startswith("--")):
            assert option in helped.output, (path.name, line, option)
    assert found, f"{path.name} runs no ambition command"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_the_workflows_fit_the_forges_published_schemas(path: Path) -> None:
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("check-jsonschema is not installed (pip install check-jsonschema)")
    schema = "vendor.github-workflows" if path.name.startswith("github") else "vendor.gitlab-ci"
    done = subprocess.run(
        [tool, "--builtin-schema", schema, str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_reminder_jobs_run_on_a_schedule() -> None:
    github = YAML(typ="safe").load((CI / "github-actions-reminders.yml").read_text("utf-8"))
    [cron] = [entry["cron"] for entry in github["on"]["schedule"]]
    assert re.fullmatch(r"\S+( \S+){4}", cron)
    assert github["permissions"] == {"contents": "read", "issues": "write"}
    gitlab = YAML(typ="safe").load((CI / "gitlab-ci-reminders.yml").read_text("utf-8"))
    assert gitlab["ambition-reminders"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]


def test_each_change_gets_a_preview_and_its_ambition_diff() -> None:
    github = YAML(typ="safe").load((CI / "github-actions.yml").read_text("utf-8"))
    steps = github["jobs"]["validate"]["steps"]
    [summary] = [s for s in steps if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
    assert summary["if"] == "github.event_name == 'pull_request'"
    assert 'ambition diff "$BASE" --format md' in summary["run"]
    assert summary["env"]["PREVIEW"] == "${{ steps.preview.outputs.artifact-url }}"
    assert steps[0]["with"] == {"fetch-depth": 0}
    assert github["jobs"]["publish"]["steps"] == [
        {"id": "deployment", "uses": "actions/deploy-pages@v4"}
    ]
    gitlab = YAML(typ="safe").load((CI / "gitlab-ci.yml").read_text("utf-8"))
    job = gitlab["ambition"]
    assert job["environment"]["url"] == "$CI_JOB_URL/artifacts/browse/build/report/"
    assert any("ambition diff" in line for line in job["script"])
    assert gitlab["pages"]["artifacts"] == {"paths": ["public"]}


class _Forge(BaseHTTPRequestHandler):
    """Answers from ``routes`` (method and path without the query: a recorded file, or a
    status code for a refusal) and records every request."""

    routes: ClassVar[dict[tuple[str, str], Any]] = {}
    calls: ClassVar[list[tuple[str, str, Any]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.calls.append((self.command, self.path, body))
        answer = self.routes.get((self.command, self.path.split("?")[0]), "{}")
        if isinstance(answer, int):
            if body and (body.get("assignees") or body.get("assignee_ids")):
                self.send_response(answer)
                self.end_headers()
                return
            answer = "{}"
        data = (RECORDED / answer).read_bytes() if answer.endswith(".json") else answer.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_PUT = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def forge() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Forge)
    _Forge.routes, _Forge.calls = {}, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _remind(root: Path, url: str, kind: str, today: str, dry_run: bool = False) -> str:
    organisations = root / "data/organisations.yaml"
    text = organisations.read_text("utf-8")
    if "@berit" not in text:
        text = text.replace(
            "kind: committee\n", 'kind: committee\n    reviewers: ["@testby/bun", "@berit"]\n'
        )
        organisations.write_text(text, "utf-8")
    env = {
        **os.environ,
        "CI": "1",
        "FORGE": kind,
        "AMBITION": f"{shlex.quote(sys.executable)} -m ambition",
        "AMBITION_TODAY": today,
        "GITHUB_TOKEN": "t",
        "GITHUB_REPOSITORY": "kommun/data",
        "GITHUB_API_URL": url,
        "GITLAB_TOKEN": "t",
        "CI_PROJECT_ID": "kommun/data",
        "CI_API_V4_URL": url,
        "DRY_RUN": "1" if dry_run else "",
    }
    done = subprocess.run(
        [sys.executable, str(CI / "reminders.py")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _md(root: Path, organisation: str, today: str) -> str:
    args = ["status", "--root", str(root), "-f", "md", "--org", organisation, "--today", today]
    return CliRunner().invoke(app, args).stdout


ISSUES = "/repos/kommun/data/issues"


def test_github_updates_the_organisations_issue_and_closes_an_old_periods(
    minimal_repo: Path, forge: str
) -> None:
    _Forge.routes = {("GET", ISSUES): "github-open-issues.json"}
    printed = _remind(minimal_repo, forge, "github", "2023-02-01")
    body = _md(minimal_repo, "bun", "2023-02-01")
    assert "missing=2 " in body  # status and analysis of ekologisk-mat (tests/forge)
    old_ks = json.loads((RECORDED / "github-open-issues.json").read_text("utf-8"))[1]["body"]
    title = "Uppföljningen ar-2022: Barn- och utbildningsnämnden"
    assert _Forge.calls == [
        ("GET", f"{ISSUES}?labels=ambition-round&state=open&per_page=100", None),
        ("PATCH", f"{ISSUES}/7", {"title": title, "body": body, "assignees": ["berit"]}),
        ("PATCH", f"{ISSUES}/3", {"body": old_ks, "state": "closed", "state_reason": "completed"}),
    ]
    assert printed.splitlines() == [
        f"updated #7: {title}",
        "closed #3: Uppföljningen ar-2021: Kommunstyrelsen",
    ]


def test_github_closes_the_issue_once_nothing_is_missing(minimal_repo: Path, forge: str) -> None:
    assessment = minimal_repo / "data/assessments/ar-2022/indicators/ekologisk-mat.yaml"
    assessment.write_text(
        "status: partly_achieved\ntrend: improving\n"
        "analysis: Andelen ökar men når inte målet.\nassessor: Berit\n",
        "utf-8",
    )
    _Forge.routes = {("GET", ISSUES): "github-open-issues.json"}
    _remind(minimal_repo, forge, "github", "2023-02-01")
    final = _md(minimal_repo, "bun", "2023-02-01")
    assert "missing=0 " in final and "Allt är inrapporterat." in final
    closes = [call for call in _Forge.calls if call[1] == f"{ISSUES}/7"]
    assert closes == [
        ("PATCH", f"{ISSUES}/7", {"body": final, "state": "closed", "state_reason": "completed"})
    ]


def test_github_opens_an_issue_and_leaves_it_unassigned_when_assignees_are_refused(
    minimal_repo: Path, forge: str
) -> None:
    _Forge.routes = {("GET", ISSUES): "[]", ("POST", ISSUES): 422}
    printed = _remind(minimal_repo, forge, "github", "2023-02-01")
    posts = [call[2] for call in _Forge.calls if call[0] == "POST"]
    assert [post["assignees"] for post in posts] == [["berit"], []]
    assert posts[1]["labels"] == ["ambition-round"]
    assert "the forge refused the assignees ['berit'] (422); left unassigned" in printed


def test_gitlab_updates_the_issue_with_the_reviewers_user_ids(
    minimal_repo: Path, forge: str
) -> None:
    issues = "/projects/kommun%2Fdata/issues"
    _Forge.routes = {
        ("GET", issues): "gitlab-open-issues.json",
        ("GET", "/users"): "gitlab-users-berit.json",
    }
    _remind(minimal_repo, forge, "gitlab", "2023-02-01")
    body = _md(minimal_repo, "bun", "2023-02-01")
    title = "Uppföljningen ar-2022: Barn- och utbildningsnämnden"
    assert _Forge.calls == [
        ("GET", f"{issues}?labels=ambition-round&state=opened&per_page=100", None),
        ("GET", "/users?username=berit", None),
        ("PUT", f"{issues}/12", {"title": title, "description": body, "assignee_ids": [42]}),
    ]


def test_nothing_is_opened_before_the_round(minimal_repo: Path, forge: str) -> None:
    _Forge.routes = {("GET", ISSUES): "[]"}
    # 1 June 2022 is 259 days before the deadline 15 February 2023 (214 + 31 + 14).
    printed = _remind(minimal_repo, forge, "github", "2022-06-01")
    assert printed == "ar-2022: no round under way (days left: 259); nothing to remind\n"
    assert [call[0] for call in _Forge.calls] == ["GET"]


def test_a_dry_run_only_reads(minimal_repo: Path, forge: str) -> None:
    _Forge.routes = {("GET", ISSUES): "[]"}
    printed = _remind(minimal_repo, forge, "github", "2023-02-01", dry_run=True)
    assert [call[0] for call in _Forge.calls] == ["GET"]
    assert printed.startswith(f"would POST {ISSUES}: ")
    assert printed.splitlines()[-1] == "opened: Uppföljningen ar-2022: Barn- och utbildningsnämnden"
