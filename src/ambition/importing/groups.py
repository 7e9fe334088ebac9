"""Kolada's municipality groups and the reference series fetched from the API or saved answers.

A group answer (``/municipality_groups/G…``, v2 and v3 alike) is ``{"values": [{"id": "G…",
"title": …, "members": [{"id": "0604", "title": "Aneby"}, …]}], "count": N}``; source of the
shape: the Kolada API's documentation (github.com/Hypergene/kolada, "municipality_groups").
Saved group answers for ``import kolada --from-dir DIR`` go in ``DIR/groups/``, so the data
answers in ``DIR`` are read as they always were.
"""

from pathlib import Path
from typing import Any

from ambition.importing.client import KoladaClient, Progress
from ambition.importing.kolada import Observation, read_json
from ambition.importing.plan import ImportPlan
from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.reference_plan import (
    Member,
    ReferencePlan,
    kolada_groups,
    plan_references,
    reference_codes,
)
from ambition.importing.run import default_years, kolada_indicators, read_saved
from ambition.messages.reasons import os_reason
from ambition.messages.text import text
from ambition.repository import Repository

GROUPS_FOLDER = "groups"
"""The sub-folder of ``--from-dir`` that holds saved group answers."""


def _members(item: Any, at: str, where: str, problems: list[Problem]) -> list[Member]:
    members = item.get("members") if isinstance(item, dict) else None
    if not isinstance(members, list):
        problems.append(Problem(where, text("import.kolada.members", at=at)))
        return []
    found = []
    for index, member in enumerate(members):
        code = member.get("id") if isinstance(member, dict) else None
        title = member.get("title") if isinstance(member, dict) else None
        here = f"{at}.members[{index}]"
        if not isinstance(code, str) or not (len(code) == 4 and code.isdigit()):
            problems.append(Problem(where, text("import.kolada.member-id", at=here)))
        elif not isinstance(title, str) or not title.strip():
            problems.append(Problem(where, text("import.kolada.member-title", at=here)))
        else:
            found.append(Member(code, title.strip()))
    return found


def parse_groups(body: bytes, where: str) -> dict[str, list[Member]]:
    """The members of each group in a group answer ``body``, by group id (``G…``).

    Raises ImportRefused naming ``where`` with every problem: not JSON, not an object with a
    list ``values``, an item without id or members, a member without a code or name.
    """
    document = read_json(body, where)
    if not isinstance(document, dict) or not isinstance(document.get("values"), list):
        raise ImportRefused([Problem(where, text("import.kolada.not-groups"))])
    problems: list[Problem] = []
    groups: dict[str, list[Member]] = {}
    for index, item in enumerate(document["values"]):
        at = f"values[{index}]"
        group = item.get("id") if isinstance(item, dict) else None
        if not isinstance(group, str) or not group.startswith("G"):
            problems.append(Problem(where, text("import.kolada.group-id", at=at)))
            continue
        groups[group] = _members(item, at, where, problems)
    if problems:
        raise ImportRefused(problems)
    return groups


def _by_reference(
    repository: Repository, groups: dict[str, list[Member]], where: str
) -> dict[str, list[Member]]:
    found: dict[str, list[Member]] = {}
    missing = []
    for ref_id, group in kolada_groups(repository).items():
        if group in groups:
            found[ref_id] = groups[group]
        else:
            missing.append(f"{ref_id} ({group})")
    if missing:
        raise ImportRefused(
            [Problem(where, text("import.kolada.no-members", groups=", ".join(missing)))]
        )
    return found


def saved_groups(repository: Repository, folder: Path) -> dict[str, list[Member]]:
    """The members of each Kolada group of ``ambition.yaml`` from the saved group answers in
    ``folder/groups/*.json``, by reference id. Raises ImportRefused for an unreadable or
    malformed answer, or a group of ``ambition.yaml`` that no saved answer names."""
    if not kolada_groups(repository):
        return {}
    where = folder / GROUPS_FOLDER
    groups: dict[str, list[Member]] = {}
    problems: list[Problem] = []
    for path in sorted(where.glob("*.json")):
        try:
            groups.update(parse_groups(path.read_bytes(), str(path)))
        except ImportRefused as refused:
            problems.extend(refused.problems)
        except OSError as error:
            reason = os_reason(error)
            problems.append(Problem(str(path), text("import.unreadable", reason=reason)))
    if problems:
        raise ImportRefused(problems)
    return _by_reference(repository, groups, str(where))


def fetch_references(
    repository: Repository,
    client: KoladaClient,
    kpis: list[str],
    years: list[int],
    progress: Progress | None = None,
) -> tuple[list[Observation], dict[str, list[Member]]]:
    """The observations of ``kpis`` in ``years`` for every named reference, the members of
    the Kolada groups included (one data request for all their codes, split by the client
    when Kolada answers 422), and the members by reference id. Raises ImportRefused naming
    the request that failed."""
    groups: dict[str, list[Member]] = {}
    for group in sorted(set(kolada_groups(repository).values())):
        link, body = client.municipality_group(group)
        groups.update(parse_groups(body, link))
    members = _by_reference(repository, groups, client.base_url)
    codes = sorted(
        set(reference_codes(repository)) | {m.code for ms in members.values() for m in ms}
    )
    if not codes or not kpis:
        return [], members
    return client.data(kpis, ",".join(codes), years, progress), members


def reference_municipalities(repository: Repository, from_dir: Path | None) -> frozenset[str]:
    """The municipality codes whose answers are reference series, not the municipality's own
    values: the named references', and with ``from_dir`` the saved groups' members."""
    members = saved_groups(repository, from_dir) if from_dir is not None else {}
    codes = set(reference_codes(repository)) | {m.code for ms in members.values() for m in ms}
    return frozenset(codes)


def import_kolada_references(
    repository: Repository,
    values: ImportPlan,
    *,
    from_dir: Path | None = None,
    years: list[int] | None = None,
    client: KoladaClient | None = None,
    progress: Progress | None = None,
) -> ReferencePlan:
    """The reference part of ``ambition import kolada``, on top of the plan ``values`` of the
    same run: from the saved answers in ``from_dir`` (groups in ``from_dir/groups/``), else
    from the API through ``client`` for ``years`` (default ``run.default_years``). Raises
    ImportRefused with every problem."""
    wanted = set(years) if years else None
    if from_dir is not None:
        observations = read_saved(from_dir)
        members = saved_groups(repository, from_dir)
    else:
        kpis = sorted(kolada_indicators(repository))
        asked = sorted(wanted) if wanted else default_years(repository)
        observations, members = fetch_references(
            repository, client or KoladaClient(), kpis, asked, progress
        )
    if wanted is not None:
        observations = [o for o in observations if o.year in wanted]
    own_years: dict[str, set[int]] = {}
    for change in values.new_values:
        own_years.setdefault(change.indicator, set()).add(change.year)
    return plan_references(
        repository, observations, members=members, base=values.files, own_years=own_years
    )
