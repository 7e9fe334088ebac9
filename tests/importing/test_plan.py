"""A plan is proved before anything is written, and written all or nothing."""

from pathlib import Path

import pytest

import ambition.importing.plan as plan_module
from ambition.importing.plan import Imported, apply, plan_values
from ambition.importing.problems import ImportRefused
from ambition.loading.repository import load_repository
from ambition.repository import Repository


def loaded(root: Path) -> Repository:
    repository = load_repository(root).repository
    assert repository is not None
    return repository


def test_a_value_that_makes_validate_fail_is_refused(minimal_repo: Path) -> None:
    # tests/fixtures/minimal: utslapp's target is at most 800 t in 2026; the expert assessed
    # 900 t (2022) as partly achieved. 700 t would meet the target, so the proposal becomes
    # achieved and the expert's status needs a justification: validate would stop.
    with pytest.raises(ImportRefused) as refused:
        plan_values(loaded(minimal_repo), [Imported("utslapp", 2022, 700.0, "sheet.csv:2")])
    assert [p.format("en") for p in refused.value.problems] == [
        "data/assessments/ar-2022/indicators/utslapp.yaml:2:9: justification-missing: the "
        "status 'Partly achieved' differs from the proposal 'Achieved' without a justification "
        "(add 'justification: …' saying why the status differs from the method's proposal, or "
        "use the proposed status); nothing was written"
    ]
    assert [p.format("sv") for p in refused.value.problems] == [
        "data/assessments/ar-2022/indicators/utslapp.yaml:2:9: justification-missing: "
        "bedömningen 'Delvis uppfyllt' avviker från förslaget 'Uppfyllt' utan motivering (lägg "
        "till 'justification: …' som säger varför bedömningen avviker från metodens förslag, "
        "eller använd den föreslagna bedömningen); ingenting skrevs"
    ]


def test_an_unknown_indicator_and_a_block_that_cannot_be_edited(minimal_repo: Path) -> None:
    path = minimal_repo / "data/indicators/utslapp.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("values:")
    path.write_text(text[:start] + "values: {2018: 1000, 2021: 950, 2022: 900}\n", "utf-8")
    imported = [
        Imported("cykelvagar", 2022, 1.0, "sheet.csv:2"),
        Imported("utslapp", 2023, 850.0, "sheet.csv:3"),
    ]
    with pytest.raises(ImportRefused) as refused:
        plan_values(loaded(minimal_repo), imported[:1])
    assert [p.format() for p in refused.value.problems] == [
        "sheet.csv:2: no indicator 'cykelvagar' in data/indicators/"
    ]
    with pytest.raises(ImportRefused) as refused:
        plan_values(loaded(minimal_repo), imported[1:])
    assert [p.where for p in refused.value.problems] == ["data/indicators/utslapp.yaml:19"]


def test_a_failed_write_gives_the_files_written_before_it_their_old_bytes(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = loaded(minimal_repo)
    plan = plan_values(
        repository,
        [
            Imported("ekologisk-mat", 2023, 40.0, "a"),
            Imported("utslapp", 2023, 880.0, "b"),
        ],
    )
    assert sorted(plan.files) == [
        "data/indicators/ekologisk-mat.yaml",
        "data/indicators/utslapp.yaml",
    ]
    before = {r: (minimal_repo / r).read_bytes() for r in plan.files}
    calls = []
    real = plan_module.write_atomic

    def failing(path: Path, data: bytes) -> None:
        calls.append(path.name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(plan_module, "write_atomic", failing)
    with pytest.raises(OSError):
        apply(minimal_repo, plan)
    assert calls == ["ekologisk-mat.yaml", "utslapp.yaml", "ekologisk-mat.yaml"]
    assert {r: (minimal_repo / r).read_bytes() for r in plan.files} == before
    monkeypatch.setattr(plan_module, "write_atomic", real)
    apply(minimal_repo, plan)
    assert b"  2023: 880\n" in (minimal_repo / "data/indicators/utslapp.yaml").read_bytes()
