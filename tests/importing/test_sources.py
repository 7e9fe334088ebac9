"""``import sources``: the named references' series from data/sources/ into the shipped files.

The values asserted are rows of ``data/sources/kolada-goal3-folkhalsa-omsorg-kultur-fritid.csv``
(Kolada N00957, Försäkringskassan, via open-numbers/ddf--kolada--dump): Riket 22.0 and Aneby
26.29 days in 2022.
"""

from pathlib import Path

import pytest

from ambition.importing.plan import ImportPlan, apply
from ambition.importing.problems import ImportRefused
from ambition.importing.sources import import_sources, read_sources
from ambition.loading.repository import load_repository
from ambition.repository import Repository

PROJECT = Path(__file__).parents[2]
OHALSOTAL = "data/indicators/ohalsotal.yaml"


def loaded(root: Path) -> Repository:
    repository = load_repository(root).repository
    assert repository is not None
    return repository


def test_the_shipped_files_hold_exactly_what_the_sources_give(real_repo: Path) -> None:
    plan = import_sources(loaded(real_repo))
    assert (plan.changes, dict(plan.files)) == ((), {})
    assert tuple(n.render("en") for n in plan.notes) == (
        "no values found for the references Jönköpings län (0006)",
    )
    ohalsotal = loaded(real_repo).indicators["ohalsotal"]
    assert ohalsotal.references["riket"].values[2022] == 22.0
    assert ohalsotal.references["aneby"].values[2022] == 26.29
    assert ohalsotal.references["grannkommuner"].members == [
        "aneby",
        "gnosjo",
        "gislaved",
        "jonkoping",
        "varnamo",
    ]
    # Only the years the indicator has values for: ohälsotal from 2001, as its values.
    assert list(ohalsotal.references["riket"].values) == list(ohalsotal.values)


def test_a_file_without_references_gets_them_back_byte_for_byte(real_repo: Path) -> None:
    path = real_repo / OHALSOTAL
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("references:")], encoding="utf-8")
    text = path.read_text(encoding="utf-8").replace("  2022: 23.84\n", "  2022: 23.84  # SCB\n")
    path.write_text(text, encoding="utf-8")
    plan = import_sources(loaded(real_repo))
    assert sorted(dict(plan.files)) == [OHALSOTAL]
    assert len(plan.changes) == 6 * 22  # riket and five neighbours, 2001–2022
    riket = [c for c in plan.changes if c.reference == "riket" and c.year == 2022]
    assert [(c.old, c.new) for c in riket] == [(None, 22.0)]
    apply(real_repo, ImportPlan((), (), (), plan.files))
    expected = (PROJECT / OHALSOTAL).read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected.replace(
        "  2022: 23.84\n", "  2022: 23.84  # SCB\n"
    )


def test_a_correction_is_named_with_its_old_value(real_repo: Path) -> None:
    path = real_repo / OHALSOTAL
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition("  riket:")
    path.write_text(head + "  riket:" + tail.replace("2022: 22\n", "2022: 21.5\n", 1), "utf-8")
    plan = import_sources(loaded(real_repo))
    assert [(c.indicator, c.reference, c.year, c.old, c.new) for c in plan.changes] == [
        ("ohalsotal", "riket", 2022, 21.5, 22.0)
    ]


def test_bad_rows_are_located_all_at_once(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "measure_id,municipality_code,year,value\nN00957,0000,20x,1\nN00957,0000,2022,n/a\n",
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text("kpi,year\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_sources(tmp_path)
    assert [p.format() for p in refused.value.problems] == [
        f"{tmp_path / 'a.csv'}:2:3: expected a year such as 2022, found '20x'",
        f"{tmp_path / 'a.csv'}:3:4: expected a number such as 25.9, found 'n/a'",
        f"{tmp_path / 'b.csv'}:1:1: no columns measure_id, municipality_code, value; a sources "
        "file has the columns measure_id, municipality_code, year, value (and source)",
    ]
    assert [p.format("sv") for p in refused.value.problems] == [
        f"{tmp_path / 'a.csv'}:2:3: ett år som 2022 väntades, här står '20x'",
        f"{tmp_path / 'a.csv'}:3:4: ett tal med decimalpunkt som 25.9 väntades (källfilerna "
        "skrivs så), här står 'n/a'",
        f"{tmp_path / 'b.csv'}:1:1: kolumnerna measure_id, municipality_code, value saknas; en "
        "källfil har kolumnerna 'measure_id', 'municipality_code', 'year', 'value' (och "
        "'source')",
    ]


def test_a_missing_folder_or_one_without_csv_files_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as missing:
        read_sources(tmp_path / "nowhere")
    assert [p.format("en") for p in missing.value.problems] == [
        f"{tmp_path / 'nowhere'}: no such folder of source files"
    ]
    with pytest.raises(ImportRefused) as empty:
        read_sources(tmp_path)
    assert [p.format("sv") for p in empty.value.problems] == [
        f"{tmp_path}: här finns inga *.csv-filer (källfiler)"
    ]


def test_a_bad_row_of_the_repository_s_sources_is_named_from_the_root(real_repo: Path) -> None:
    path = real_repo / "data/sources/kolada-goal3-folkhalsa-omsorg-kultur-fritid.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",2001,32.4,", ",20x1,32.4,")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_sources(loaded(real_repo))
    assert [p.format() for p in refused.value.problems] == [
        "data/sources/kolada-goal3-folkhalsa-omsorg-kultur-fritid.csv:2:6: expected a year "
        "such as 2022, found '20x1'"
    ]


def test_a_csv_error_is_named_at_its_line_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        'measure_id,municipality_code,year,value\nN00957,0000,2022,22.0\n"N00957,0000,2021',
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        read_sources(tmp_path)
    [problem] = refused.value.problems
    assert problem.format("sv") == (
        f"{tmp_path / 'a.csv'}:3:1: filen går inte att läsa som `CSV`: ett citattecken stängs "
        "aldrig"
    )
    assert problem.format("en") == (
        f"{tmp_path / 'a.csv'}:3:1: not a CSV file the reader accepts: a quote is never closed"
    )
