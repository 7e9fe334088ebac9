"""``import_kolada`` on the shipped Vaggeryd data with saved answers built from data/sources/
(tests/fixtures/kolada/build.py): exactly the missing and corrected values, nothing else."""

import datetime as dt
import json
from pathlib import Path

import pytest

from ambition.importing.client import KoladaClient
from ambition.importing.plan import apply
from ambition.importing.problems import ImportRefused
from ambition.importing.run import (
    default_years,
    import_kolada,
    kolada_indicators,
    marker_of,
    read_saved,
)
from ambition.loading.repository import load_repository
from ambition.models import Marker, ValueEntry
from ambition.repository import Repository

PROJECT = Path(__file__).parents[2]
SAVED = PROJECT / "tests" / "fixtures" / "kolada" / "saved"


def loaded(root: Path) -> Repository:
    repository = load_repository(root).repository
    assert repository is not None
    return repository


def take_out(root: Path) -> None:
    """Remove the population of 2021 and 2022 and misstate ohälsotal 2020 (24.6 for
    24.65051206), as a hand copy might."""
    folkmangd = root / "data/indicators/folkmangd.yaml"
    text = folkmangd.read_text(encoding="utf-8")
    folkmangd.write_text(text.replace("  2021: 14746\n  2022: 14854\n", ""), encoding="utf-8")
    ohalsotal = root / "data/indicators/ohalsotal.yaml"
    text = ohalsotal.read_text(encoding="utf-8")
    ohalsotal.write_text(text.replace("2020: 24.65051206", "2020: 24.6"), encoding="utf-8")


def test_saved_answers_restore_exactly_the_shipped_files(real_repo: Path) -> None:
    take_out(real_repo)
    plan = import_kolada(loaded(real_repo), from_dir=SAVED)
    assert [(c.relpath, c.year, c.old, c.new) for c in plan.changes] == [
        ("data/indicators/folkmangd.yaml", 2021, None, 14746.0),
        ("data/indicators/folkmangd.yaml", 2022, None, 14854.0),
        ("data/indicators/ohalsotal.yaml", 2020, 24.6, 24.65051206),
    ]
    assert [c.year for c in plan.corrections] == [2020]
    apply(real_repo, plan)
    for name in ("folkmangd", "ohalsotal", "nojdhet-hemtjanst"):
        relpath = f"data/indicators/{name}.yaml"
        assert (real_repo / relpath).read_bytes() == (PROJECT / relpath).read_bytes()
    again = import_kolada(loaded(real_repo), from_dir=SAVED)
    assert (again.changes, dict(again.files)) == ((), {})


def test_years_limit_what_is_taken_from_saved_answers(real_repo: Path) -> None:
    take_out(real_repo)
    plan = import_kolada(loaded(real_repo), from_dir=SAVED, years=[2022])
    assert [(c.relpath, c.year) for c in plan.changes] == [("data/indicators/folkmangd.yaml", 2022)]


def write(folder: Path, name: str, document: object) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(document), encoding="utf-8")
    return folder


def item(kpi: str, municipality: str = "0665", **value: object) -> dict[str, object]:
    entry = {"gender": "T", "value": 1.0, **value}
    return {"kpi": kpi, "municipality": municipality, "period": 2023, "values": [entry]}


def test_another_municipality_and_an_unknown_kpi_are_refused(
    real_repo: Path, tmp_path: Path
) -> None:
    folder = write(
        tmp_path / "saved", "a.json", {"values": [item("N01951", "0000"), item("N99999")]}
    )
    before = (real_repo / "data/indicators/folkmangd.yaml").read_bytes()
    with pytest.raises(ImportRefused) as refused:
        import_kolada(loaded(real_repo), from_dir=folder)
    where = str(folder / "a.json")
    assert [(p.where, p.message.render("en")) for p in refused.value.problems] == [
        (
            where,
            "values for the municipality 0000, but this repository follows Vaggeryds kommun "
            "(0665); ask for municipality/0665, or name it under 'references:' in ambition.yaml "
            "to import its series as a reference",
        ),
        (
            where,
            "the KPI N99999 is named by no indicator (source.kolada_kpi in data/indicators/); "
            "add the indicator first or leave the answer out",
        ),
    ]
    assert (real_repo / "data/indicators/folkmangd.yaml").read_bytes() == before


def test_genders_withdrawn_and_preliminary_values_are_told(real_repo: Path, tmp_path: Path) -> None:
    # Invented values for 2023 (Kolada has none in the extracts); the shapes are Kolada's.
    women = {**item("N01951"), "values": [{"gender": "K", "value": 7450}]}
    folder = write(
        tmp_path / "saved",
        "a.json",
        {
            "values": [
                item("N01951", value=14900, status="Preliminär"),
                women,
                {**item("U21468"), "isdeleted": True},
                item("N00957", value=None),
            ]
        },
    )
    plan = import_kolada(loaded(real_repo), from_dir=folder)
    # The total is stored as preliminary; women's value goes into the new row 'kvinnor'.
    assert [(c.indicator, c.breakdown, c.year, c.new, c.preliminary) for c in plan.changes] == [
        ("folkmangd", None, 2023, ValueEntry(value=14900.0, preliminary=True), True),
        ("folkmangd", "kvinnor", 2023, 7450.0, False),
    ]
    assert [(p.indicator, p.year) for p in plan.preliminary] == [("folkmangd", 2023)]
    assert tuple(n.render("en") for n in plan.notes) == (
        "withdrawn in Kolada (isdeleted), kept in the files: nojdhet-hemtjanst 2023 (1)",
    )
    text = plan.files["data/indicators/folkmangd.yaml"].decode("utf-8")
    assert "  2023: {value: 14900, preliminary: true}\n" in text
    assert text.endswith(
        'breakdowns:\n  kvinnor:\n    title: "Kvinnor"\n    values:\n      2023: 7450\n'
    )


def test_a_null_with_a_status_becomes_a_marker_but_never_replaces_a_value(
    real_repo: Path, tmp_path: Path
) -> None:
    # Invented statuses in Kolada's shape: 2023 confidential for men, 2023 "Redovisas senare"
    # for the total, and "Sekretess" for 2022, whose total the file holds (14 854, Kolada N01951).
    men = {**item("N01951"), "values": [{"gender": "M", "value": None, "status": "Sekretess"}]}
    later = {
        **item("N01951"),
        "values": [{"gender": "T", "value": None, "status": "Redovisas senare"}],
    }
    stored = {
        **item("N01951"),
        "period": 2022,
        "values": [{"gender": "T", "value": None, "status": "Sekretess"}],
    }
    unread = {**item("N01951"), "values": [{"gender": "K", "value": None, "status": "Fel"}]}
    folder = write(tmp_path / "saved", "a.json", {"values": [men, later, stored, unread]})
    plan = import_kolada(loaded(real_repo), from_dir=folder)
    assert [(c.breakdown, c.year, c.new) for c in plan.changes] == [
        (None, 2023, ValueEntry(marker=Marker.REPORTED_LATER)),
        ("man", 2023, ValueEntry(marker=Marker.CONFIDENTIAL)),
    ]
    assert tuple(n.render("en") for n in plan.notes) == (
        "no value and a status that names no marker (statistik saknas, redovisas senare, "
        "sekretess), so nothing stored: N01951 2023 K: 'Fel'",
        "a stored value is never replaced by a marker: folkmangd 2022: 14854 kept, not "
        "{marker: confidential}",
    )
    assert tuple(n.render("sv") for n in plan.notes) == (
        "inget värde och en status som inte anger någon markering (statistik saknas, redovisas "
        "senare, sekretess), så ingenting sparades: N01951 2023 K: 'Fel'",
        "ett sparat värde ersätts aldrig av en markering: folkmangd 2022: 14854 behålls, inte "
        "{marker: confidential}",
    )
    assert [marker_of(s) for s in ("Uppgift skyddas", "Statistik saknas", "", "prel")] == [
        Marker.CONFIDENTIAL,
        Marker.STATISTICS_MISSING,
        None,
        None,
    ]


def test_two_answers_that_disagree_are_refused(real_repo: Path, tmp_path: Path) -> None:
    folder = write(tmp_path / "saved", "a.json", {"values": [item("N01951", value=1)]})
    write(folder, "b.json", {"values": [item("N01951", value=2)]})
    with pytest.raises(ImportRefused) as refused:
        import_kolada(loaded(real_repo), from_dir=folder)
    assert [p.format() for p in refused.value.problems] == [
        f"{folder / 'b.json'}: folkmangd 2023: 2 here, but 1 in {folder / 'a.json'}; keep one of them"
    ]


def test_a_folder_without_answers_and_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_saved(tmp_path / "nowhere")
    assert (
        refused.value.problems[0].format("en").endswith(": no such folder of saved Kolada answers")
    )
    assert (
        refused.value.problems[0]
        .format("sv")
        .endswith(": mappen med sparade svar från Kolada finns inte")
    )
    with pytest.raises(ImportRefused) as refused:
        read_saved(tmp_path)
    assert refused.value.problems[0].format("en") == (
        f"{tmp_path}: no *.json files (saved Kolada answers) here"
    )
    (tmp_path / "a.json").mkdir()
    (tmp_path / "b.json").write_text("{", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_saved(tmp_path)
    assert [p.where for p in refused.value.problems] == [
        str(tmp_path / "a.json"),
        str(tmp_path / "b.json"),
    ]


def test_the_default_years_start_after_the_earliest_last_value(real_repo: Path) -> None:
    repository = loaded(real_repo)
    # The shipped indicators' values end in 2022, but for one whose last value is 2018.
    last = {
        i: max(repository.indicators[i].values)
        for ids in kolada_indicators(repository).values()
        for i in ids
    }
    assert min(last.values()) == 2018
    assert default_years(repository, dt.date(2024, 3, 1)) == [2019, 2020, 2021, 2022, 2023, 2024]
    assert len(kolada_indicators(repository)) == 37


def test_the_api_is_asked_for_every_kpi_of_the_repository(real_repo: Path) -> None:
    asked = []

    class Recording(KoladaClient):
        def data(self, kpis, municipality, years, progress=None):  # type: ignore[no-untyped-def]
            asked.append((len(kpis), municipality, years))
            return []

    plan = import_kolada(loaded(real_repo), years=[2023], client=Recording())
    assert asked == [(37, "0665", [2023])]
    assert plan.changes == ()
    assert (
        plan.notes[0]
        .render("en")
        .startswith("Kolada gave no values for N00401 (vaxthusgasutslapp-per-invanare), N00610 (")
    )
    assert (
        plan.notes[0]
        .render("en")
        .endswith(
            "U23471 (nojdhet-sarskilt-boende) in the years asked for; check source.kolada_kpi if a "
            "value was expected"
        )
    )
