"""Remind each organisation of what it still owes in the round, as one issue per organisation.

Run by the scheduled jobs in github-actions-reminders.yml and gitlab-ci-reminders.yml (see
README.md). It asks `ambition status --format json` what is missing, and during the round (from
REMIND_DAYS days before the deadline on) opens or updates one issue per organisation with
`ambition status --format md --org <id>` as its body, assigned to the organisation's reviewers
that are forge users, and closes an organisation's issue once nothing is missing (or when a new
period has begun). Issues carry the label AMBITION_LABEL and are found again by the hidden
marker line at the top of their body. Only the standard library is used.

Environment: FORGE ("github" or "gitlab"); for GitHub GITHUB_TOKEN, GITHUB_REPOSITORY and
GITHUB_API_URL (set by Actions); for GitLab GITLAB_TOKEN (a project access token with the api
scope), CI_PROJECT_ID and CI_API_V4_URL (set by GitLab CI); optional AMBITION (the command,
default "ambition"), AMBITION_TODAY (a date YYYY-MM-DD to count from instead of today),
AMBITION_LABEL (default "ambition-round"), REMIND_DAYS (default 30),
DRY_RUN=1 (print what would be done, change nothing).
"""

import json
import os
import re
import shlex
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

MARKER = re.compile(r"^<!-- ambition-status (?P<fields>[^>]*) -->")


@dataclass
class Checklist:
    """One organisation's part of `status --format md`, read from its marker and heading."""

    organisation: str
    period: str
    missing: int
    reviewers: list[str]
    name: str
    body: str


def parse(body: str) -> Checklist | None:
    """The checklist of an issue body or of `status --format md --org`, or None without marker."""
    lines = body.splitlines()
    found = MARKER.match(lines[0]) if lines else None
    if found is None:
        return None
    fields = dict(part.split("=", 1) for part in found["fields"].split() if "=" in part)
    heading = next((line[3:] for line in lines if line.startswith("## ")), fields["organisation"])
    return Checklist(
        fields["organisation"],
        fields["period"],
        int(fields.get("missing", "0")),
        [r for r in fields.get("reviewers", "").split(",") if r],
        heading.replace("\\", ""),
        body,
    )


def ambition(*args: str) -> str:
    """The output of an ambition command; exit 1 (something overdue) is no failure here."""
    today = os.environ.get("AMBITION_TODAY")
    command = [*shlex.split(os.environ.get("AMBITION", "ambition")), *args]
    if today and args[0] == "status":
        command.extend(["--today", today])
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if done.returncode not in (0, 1):
        sys.exit(f"{shlex.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def users(reviewers: list[str]) -> list[str]:
    """The reviewers that can be assigned: forge users ('@name'), not teams nor e-mail addresses
    (teams are mentioned in the body instead)."""
    return [r[1:] for r in reviewers if r.startswith("@") and "/" not in r]


class Forge:
    """The issues of one project, through the forge's REST API."""

    def __init__(self, base: str, headers: dict[str, str], dry_run: bool) -> None:
        self.base, self.headers, self.dry_run = base.rstrip("/"), headers, dry_run

    def call(self, method: str, path: str, data: dict[str, Any] | None = None) -> Any:
        if self.dry_run and method != "GET":
            print(f"would {method} {path}: {json.dumps(data, ensure_ascii=False)}")
            return {}
        request = urllib.request.Request(
            self.base + path,
            data=None if data is None else json.dumps(data).encode(),
            headers={**self.headers, "Content-Type": "application/json"},
            method=method,
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
        return json.loads(text) if text else {}


class GitHub(Forge):
    def __init__(self, dry_run: bool) -> None:
        super().__init__(
            os.environ.get("GITHUB_API_URL", "https://api.github.com"),
            {
                "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
                "Accept": "application/vnd.github+json",
                "X-GitHub-Api-Version": "2022-11-28",
            },
            dry_run,
        )
        self.project = f"/repos/{os.environ['GITHUB_REPOSITORY']}/issues"

    def open_issues(self, label: str) -> list[tuple[int, str]]:
        query = urllib.parse.urlencode({"labels": label, "state": "open", "per_page": 100})
        found = self.call("GET", f"{self.project}?{query}")
        return [(i["number"], i["body"] or "") for i in found if "pull_request" not in i]

    def create(self, title: str, body: str, label: str, assignees: list[str]) -> None:
        data = {"title": title, "body": body, "labels": [label], "assignees": assignees}
        self.call("POST", self.project, data)

    def update(self, number: int, title: str, body: str, assignees: list[str]) -> None:
        data = {"title": title, "body": body, "assignees": assignees}
        self.call("PATCH", f"{self.project}/{number}", data)

    def close(self, number: int, body: str) -> None:
        data = {"body": body, "state": "closed", "state_reason": "completed"}
        self.call("PATCH", f"{self.project}/{number}", data)


class GitLab(Forge):
    def __init__(self, dry_run: bool) -> None:
        super().__init__(
            os.environ.get("CI_API_V4_URL", "https://gitlab.com/api/v4"),
            {"PRIVATE-TOKEN": os.environ["GITLAB_TOKEN"]},
            dry_run,
        )
        self.project = (
            f"/projects/{urllib.parse.quote(os.environ['CI_PROJECT_ID'], safe='')}/issues"
        )

    def open_issues(self, label: str) -> list[tuple[int, str]]:
        query = urllib.parse.urlencode({"labels": label, "state": "opened", "per_page": 100})
        return [
            (i["iid"], i["description"] or "") for i in self.call("GET", f"{self.project}?{query}")
        ]

    def ids(self, names: list[str]) -> list[int]:
        found: list[int] = []
        for name in names:
            query = urllib.parse.urlencode({"username": name})
            found.extend(user["id"] for user in self.call("GET", f"/users?{query}"))
        return found

    def create(self, title: str, body: str, label: str, assignees: list[str]) -> None:
        data = {
            "title": title,
            "description": body,
            "labels": label,
            "assignee_ids": self.ids(assignees),
        }
        self.call("POST", self.project, data)

    def update(self, number: int, title: str, body: str, assignees: list[str]) -> None:
        data = {"title": title, "description": body, "assignee_ids": self.ids(assignees)}
        self.call("PUT", f"{self.project}/{number}", data)

    def close(self, number: int, body: str) -> None:
        self.call("PUT", f"{self.project}/{number}", {"description": body, "state_event": "close"})


def title(checklist: Checklist) -> str:
    """The issue's title: the organisation and the period."""
    return f"Uppföljningen {checklist.period}: {checklist.name}"


def main() -> None:
    """Open, update and close the round's issues; print one line per change."""
    kind = os.environ.get("FORGE", "github")
    dry_run = os.environ.get("DRY_RUN") == "1"
    forge: GitHub | GitLab = GitHub(dry_run) if kind == "github" else GitLab(dry_run)
    label = os.environ.get("AMBITION_LABEL", "ambition-round")
    try:
        status = json.loads(ambition("status", "--format", "json"))
    except json.JSONDecodeError:
        sys.exit("ambition status gave no answer: run 'ambition validate' and fix the data")
    days, period = status["days_left"], status["period"]
    open_issues = {}
    for number, body in forge.open_issues(label):
        found = parse(body)
        if found is not None:
            open_issues[(found.organisation, found.period)] = (number, found)
    if days is None or days > int(os.environ.get("REMIND_DAYS", "30")):
        print(f"{period}: no round under way (days left: {days}); nothing to remind")
        wanted: set[str] = set()
    else:
        wanted = set(status["organisations"])
    for organisation in sorted(wanted):
        checklist = parse(ambition("status", "--format", "md", "--org", organisation))
        if checklist is None:
            sys.exit(f"ambition status --format md --org {organisation} gave no checklist")
        assignees = users(checklist.reviewers)
        known = open_issues.get((organisation, period))
        if known is not None and known[1].body.strip() == checklist.body.strip():
            continue
        for who in (assignees, []):
            try:
                if known is None:
                    forge.create(title(checklist), checklist.body, label, who)
                else:
                    forge.update(known[0], title(checklist), checklist.body, who)
                break
            except urllib.error.HTTPError as error:
                if error.code != 422 or not who:
                    raise
                print(f"the forge refused the assignees {who} ({error.code}); left unassigned")
        print(f"{'opened' if known is None else f'updated #{known[0]}'}: {title(checklist)}")
    for (organisation, issue_period), (number, old) in sorted(open_issues.items()):
        if issue_period == period and organisation in status["organisations"]:
            continue  # still something missing: kept open (and updated above in the round)
        if issue_period == period:  # everything is in: the final checklist, then closed
            body = ambition("status", "--format", "md", "--org", organisation)
        else:  # an earlier period's issue: closed as it stands
            body = old.body
        forge.close(number, body)
        print(f"closed #{number}: {title(old)}")


if __name__ == "__main__":
    main()
