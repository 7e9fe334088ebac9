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
        "measure_id,municipality_code,year,value\nN00957,0000,20x,1\nN00957,0000,2022,n/a\n"
        'N00957,0000,,25,9\n,0000,2021,"25,9"\n',
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text("kpi,year\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_sources(tmp_path)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert [p.format() for p in refused.value.problems] == [
        f"{a}:2:3: expected a year such as 2022, found '20x'; write the year in four digits",
        f"{a}:3:4: expected a number such as 25.9, found 'n/a'; write the number, or remove the "
        "row when no value is published",
        f"{a}:4:1: the row has 5 columns where the header has 4 (measure_id, municipality_code, "
        "year, value); write one value per column, separated by commas, and put text holding a "
        'comma in quotes ("Invånare totalt, antal")',
        f"{a}:5:1: no KPI id (measure_id); write it, such as N01951",
        f"{a}:5:4: expected a number such as 25.9, found '25,9'; write 25.9",
        f"{b}:1:1: no columns 'measure_id', 'municipality_code' and 'value' in the header; a "
        "sources file has the columns 'measure_id', 'municipality_code', 'year' and 'value' (and "
        "'source'): add them (data/sources/README.md describes the format)",
    ]
    assert [p.format("sv") for p in refused.value.problems] == [
        f"{a}:2:3: ett år som 2022 väntades, här står '20x'; skriv året med fyra siffror",
        f"{a}:3:4: ett tal med decimalpunkt som 25.9 väntades (källfilerna skrivs så), här står "
        "'n/a'; skriv talet, eller ta bort raden när inget värde är publicerat",
        f"{a}:4:1: raden har 5 kolumner, men rubrikraden har 4 (measure_id, municipality_code, "
        "year, value); skriv ett värde per kolumn, åtskilda med kommatecken, och sätt en text som "
        'innehåller kommatecken inom citattecken ("Invånare totalt, antal")',
        f"{a}:5:1: id för nyckeltalet saknas (measure_id); skriv det, som N01951",
        f"{a}:5:4: ett tal med decimalpunkt som 25.9 väntades (källfilerna skrivs så), här står "
        "'25,9'; skriv 25.9",
        f"{b}:1:1: kolumnerna 'measure_id', 'municipality_code' och 'value' saknas i "
        "rubrikraden; en källfil har kolumnerna 'measure_id', 'municipality_code', 'year' och "
        "'value' (och 'source'): lägg till dem (formatet beskrivs i data/sources/README.md)",
    ]


def test_a_row_with_too_few_or_too_many_columns_is_named_with_both_counts(
    real_repo: Path,
) -> None:
    # An unquoted comma in a title makes a row one column longer; a lost cell one shorter.
    path = real_repo / "data/sources/kolada-goal1-hallbar-samhallsutveckling.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[3].startswith('N01951,"Invånare totalt, antal",antal invånare (31/12),0665,')
    lines[3] = lines[3].replace('"Invånare totalt, antal"', "Invånare totalt, antal")
    lines[5] = lines[5].replace(",Vaggeryd,", ",")
    lines[6] = lines[6].rstrip("\n") + ",,\n"  # empty cells after the last column are harmless
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_sources(loaded(real_repo))
    header = "measure_id, measure_title, unit, municipality_code, municipality, year, value, source"
    where = "data/sources/kolada-goal1-hallbar-samhallsutveckling.csv"
    assert [p.format("sv") for p in refused.value.problems] == [
        f"{where}:4:1: raden har 9 kolumner, men rubrikraden har 8 ({header}); skriv ett värde "
        "per kolumn, åtskilda med kommatecken, och sätt en text som innehåller kommatecken inom "
        'citattecken ("Invånare totalt, antal")',
        f"{where}:6:1: raden har 7 kolumner, men rubrikraden har 8 ({header}); skriv ett värde "
        "per kolumn, åtskilda med kommatecken, och sätt en text som innehåller kommatecken inom "
        'citattecken ("Invånare totalt, antal")',
    ]
    assert refused.value.problems[1].format("en") == (
        f"{where}:6:1: the row has 7 columns where the header has 8 ({header}); write one value "
        "per column, separated by commas, and put text holding a comma in quotes "
        '("Invånare totalt, antal")'
    )


def test_a_quoted_line_break_keeps_the_next_rows_at_their_lines(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        'measure_id,measure_title,municipality_code,year,value\nN1,"two\nlines",0000,2022,1\n'
        "N1,x,0000,2022\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        read_sources(tmp_path)
    assert [p.where for p in refused.value.problems] == [f"{tmp_path / 'a.csv'}:4:1"]


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
        "such as 2022, found '20x1'; write the year in four digits"
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
        f"{tmp_path / 'a.csv'}:3:1: filen går inte att läsa som CSV: ett citattecken stängs aldrig"
    )
    assert problem.format("en") == (
        f"{tmp_path / 'a.csv'}:3:1: not a CSV file the reader accepts: a quote is never closed"
    )
