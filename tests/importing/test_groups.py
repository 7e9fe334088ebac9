"""Kolada groups and the reference part of ``import kolada``: saved answers (the data answers in
the folder, the group answers in its ``groups/``) and a local server on 127.0.0.1.

The group ``G1`` and its answer are made up for the tests (a group's id is Kolada's own); the
values are rows of data/sources/kolada-goal3-…csv (Kolada N00957, Försäkringskassan): Gnosjö
21.57 and Gislaved 25.35 days in 2022, Riket 22.0.
"""

import json
from pathlib import Path

import pytest

from ambition.importing.client import KoladaClient
from ambition.importing.groups import (
    import_kolada_references,
    parse_groups,
    reference_municipalities,
    saved_groups,
)
from ambition.importing.plan import ImportPlan, apply
from ambition.importing.problems import ImportRefused
from ambition.importing.reference_plan import Member
from ambition.importing.run import import_kolada, kolada_indicators
from ambition.loading.repository import load_repository
from ambition.repository import Repository
from tests.importing.server import Answer, Kolada, kolada

__all__ = ["kolada"]  # the fixture
EMPTY = ImportPlan((), (), (), {})
GROUP = {
    "values": [
        {
            "id": "G1",
            "title": "Liknande kommuner",
            "members": [{"id": "0617", "title": "Gnosjö"}, {"id": "0662", "title": "Gislaved"}],
        }
    ],
    "count": 1,
}
LIKNANDE = """
  liknande:
    name: Liknande kommuner
    kind: group
    kolada: G1
"""


def with_group(root: Path) -> Repository:
    with (root / "ambition.yaml").open("a", encoding="utf-8") as file:
        file.write(LIKNANDE)
    repository = load_repository(root).repository
    assert repository is not None
    return repository


def answer(rows: list[tuple[str, int, float]]) -> bytes:
    values = [
        {"kpi": "N00957", "municipality": m, "period": y, "values": [{"gender": "T", "value": v}]}
        for m, y, v in rows
    ]
    return json.dumps({"values": values, "count": len(values)}).encode()


ROWS = [("0617", 2022, 21.57), ("0662", 2022, 25.35), ("0000", 2022, 22.0)]


def test_a_group_answer_gives_its_members_and_a_bad_one_every_problem() -> None:
    assert parse_groups(json.dumps(GROUP).encode(), "g.json") == {
        "G1": [Member("0617", "Gnosjö"), Member("0662", "Gislaved")]
    }
    bad = {"values": [{"id": "X"}, {"id": "G2", "members": [{"id": "617"}, {"id": "0617"}]}]}
    with pytest.raises(ImportRefused) as refused:
        parse_groups(json.dumps(bad).encode(), "g.json")
    assert [p.message.render("en") for p in refused.value.problems] == [
        'values[0].id: expected a group id such as "G33795"',
        'values[1].members[0].id: expected a code such as "0604"',
        "values[1].members[1].title: expected a name",
    ]
    for body, message in [
        (b"{", "the answer is not valid JSON (line 1, column 2); save the whole answer again"),
        (b"[]", "expected a Kolada group answer: an object with a list 'values'"),
    ]:
        with pytest.raises(ImportRefused) as refused:
            parse_groups(body, "g.json")
        assert refused.value.problems[0].message.render("en").startswith(message)


def test_saved_answers_bring_the_group_members_as_series(real_repo: Path, tmp_path: Path) -> None:
    repository = with_group(real_repo)
    saved = tmp_path / "saved"
    (saved / "groups").mkdir(parents=True)
    (saved / "groups" / "g1.json").write_text(json.dumps(GROUP), encoding="utf-8")
    (saved / "n00957.json").write_bytes(answer(ROWS))
    others = reference_municipalities(repository, saved)
    assert others == {"0000", "0006", "0604", "0617", "0662", "0680", "0683"}
    values = import_kolada(repository, from_dir=saved, others=others)
    assert values.changes == ()
    plan = import_kolada_references(repository, values, from_dir=saved)
    assert [(c.reference, c.year, c.old, c.new) for c in plan.changes] == [
        ("liknande-0617", 2022, None, 21.57),
        ("liknande-0662", 2022, None, 25.35),
    ]
    apply(real_repo, ImportPlan((), (), (), plan.files))
    again = load_repository(real_repo).repository
    assert again is not None
    ohalsotal = again.indicators["ohalsotal"]
    assert ohalsotal.references["liknande"].members == ["liknande-0617", "liknande-0662"]
    assert ohalsotal.references["liknande-0617"].name == "Gnosjö"
    assert import_kolada_references(again, values, from_dir=saved).files == {}


def test_a_group_without_a_saved_answer_is_refused(real_repo: Path, tmp_path: Path) -> None:
    repository = with_group(real_repo)
    with pytest.raises(ImportRefused) as refused:
        saved_groups(repository, tmp_path)
    assert [p.format() for p in refused.value.problems] == [
        f"{tmp_path / 'groups'}: no members for the groups liknande (G1); save the answer of "
        "/municipality_groups/<id> for each of them"
    ]


def test_the_api_gives_the_group_and_the_references_in_one_request(
    real_repo: Path, kolada: Kolada
) -> None:
    repository = with_group(real_repo)
    kpis = sorted(kolada_indicators(repository))
    kolada.answers["/v2/municipality_groups/G1"] = [Answer(body=json.dumps(GROUP).encode())]
    codes = "0000,0006,0604,0617,0662,0680,0683"
    path = f"/v2/data/kpi/{','.join(kpis)}/municipality/{codes}/year/2022"
    kolada.answers[path] = [Answer(body=answer([*ROWS[:2], ("0000", 2022, 22.5)]))]
    client = KoladaClient(kolada.url, retries=0)
    plan = import_kolada_references(repository, EMPTY, years=[2022], client=client)
    assert [(c.reference, c.year, c.old, c.new) for c in plan.changes] == [
        ("riket", 2022, 22.0, 22.5),
        ("liknande-0617", 2022, None, 21.57),
        ("liknande-0662", 2022, None, 25.35),
    ]
    assert kolada.requests[0] == "/v2/municipality_groups/G1"
    kolada.answers["/v2/municipality_groups/G1"] = [Answer(404, b"no such group")]
    with pytest.raises(ImportRefused) as refused:
        import_kolada_references(repository, EMPTY, years=[2022], client=client)
    assert [p.format() for p in refused.value.problems] == [
        f"{kolada.url}/municipality_groups/G1: HTTP 404: Kolada refused the request; check the "
        "address (--base-url) (the answer: no such group)"
    ]
