"""``ambition import kolada`` on the command line: what it prints, exit codes, nothing written
on a bad answer; against saved answers and a local server on 127.0.0.1, never the network."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from ambition.cli.commands.import_ import parse_years
from tests.importing.server import Answer, Kolada, data, kolada
from tests.importing.test_run import SAVED, take_out

__all__ = ["kolada"]  # the fixture
KPIS = sorted(
    line.split(":")[1].strip()
    for path in Path("data/indicators").glob("*.yaml")
    for line in path.read_text("utf-8").splitlines()
    if line.strip().startswith("kolada_kpi:")
)

runner = CliRunner()


def test_saved_answers_print_new_and_corrected_values_then_nothing(real_repo: Path) -> None:
    take_out(real_repo)
    args = ["import", "kolada", "--root", str(real_repo), "--from-dir", str(SAVED)]
    dry = runner.invoke(app, [*args, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines() == [
        "nytt värde: data/indicators/folkmangd.yaml: 2021: 14746",
        "nytt värde: data/indicators/folkmangd.yaml: 2022: 14854",
        "rättat värde: data/indicators/ohalsotal.yaml: 2020: 24.6 → 24.65051206",
        "2 nya värden och 1 rättat värde skulle skrivas till 2 filer; kör utan --dry-run för att "
        "skriva dem.",
    ]
    dry = runner.invoke(app, [*args, "--dry-run", "--lang", "en"])
    assert dry.output.splitlines() == [
        "new: data/indicators/folkmangd.yaml: 2021: 14746",
        "new: data/indicators/folkmangd.yaml: 2022: 14854",
        "corrected: data/indicators/ohalsotal.yaml: 2020: 24.6 → 24.65051206",
        "2 new values and 1 corrected value would be written to 2 files; run without --dry-run to "
        "write them.",
    ]
    assert b"2022: 14854" not in (real_repo / "data/indicators/folkmangd.yaml").read_bytes()
    written = runner.invoke(app, args)
    assert written.exit_code == 0, written.output
    assert written.output.splitlines()[-1] == "2 nya värden och 1 rättat värde skrevs till 2 filer."
    again = runner.invoke(app, args)
    assert again.output.splitlines() == ["Alla värden finns redan; ingenting att skriva."]
    again = runner.invoke(app, [*args, "--lang", "en"])
    assert again.output.splitlines() == ["Every value is already stored; nothing to write."]
    assert runner.invoke(app, ["validate", "--root", str(real_repo), "--no-cache"]).exit_code == 0


def test_a_malformed_answer_exits_1_and_writes_nothing(real_repo: Path, tmp_path: Path) -> None:
    take_out(real_repo)
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.json").write_text((SAVED / "v2-N01951-N00957.json").read_text("utf-8"), "utf-8")
    (folder / "b.json").write_text('{"values": [', encoding="utf-8")
    before = (real_repo / "data/indicators/folkmangd.yaml").read_bytes()
    result = runner.invoke(
        app, ["import", "kolada", "--root", str(real_repo), "--from-dir", str(folder)]
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"fel: {folder / 'b.json'}: svaret är inte giltig JSON (rad 1, kolumn 13); spara hela "
        "svaret på nytt",
        "fel: ingenting skrevs.",
    ]
    english = runner.invoke(
        app,
        ["import", "kolada", "--root", str(real_repo), "--from-dir", str(folder), "--lang", "en"],
    )
    assert english.exit_code == 1
    assert english.output.splitlines() == [
        f"error: {folder / 'b.json'}: the answer is not valid JSON (line 1, column 13); save "
        "the whole answer again",
        "error: nothing was written.",
    ]
    assert (real_repo / "data/indicators/folkmangd.yaml").read_bytes() == before


def test_the_api_through_a_base_address(real_repo: Path, kolada: Kolada) -> None:
    # Vaggeryd's population 2021 and 2022, Kolada N01951 (data/sources/kolada-goal1-…csv),
    # asked of a local server given as the base address; every other KPI has no values.
    take_out(real_repo)
    kolada.default = Answer(body=data([]))
    kolada.answers["/v2/data/kpi/" + ",".join(KPIS) + "/municipality/0665/year/2021,2022"] = [
        Answer(body=data([("N01951", 2021, 14746), ("N01951", 2022, 14854)]))
    ]
    args = ["import", "kolada", "--root", str(real_repo), "--years", "2021-2022"]
    result = runner.invoke(app, [*args, "--base-url", kolada.url])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] + lines[3:] == [
        "nytt värde: data/indicators/folkmangd.yaml: 2021: 14746",
        "nytt värde: data/indicators/folkmangd.yaml: 2022: 14854",
        "2 nya värden och 0 rättade värden skrevs till 1 fil.",
    ]
    # The other 36 KPIs had no values in the server's answers: named, N01951 not among them.
    assert lines[2].startswith("obs: Kolada gav inga värden för N00401 (")
    assert lines[2].count(" (") == 36 and "N01951" not in lines[2]
    kolada.default = Answer(503, b"")
    kolada.answers.clear()
    failed = runner.invoke(app, [*args, "--base-url", kolada.url, "--retries", "0"])
    assert failed.exit_code == 1
    assert failed.output.splitlines()[-1] == "fel: ingenting skrevs."


@pytest.mark.parametrize(
    ("text", "years"),
    [("2022", [2022]), ("2019-2021", [2019, 2020, 2021]), ("2022, 2020", [2020, 2022])],
)
def test_years_are_a_list_or_a_range(text: str, years: list[int]) -> None:
    assert parse_years(text) == years


def test_years_that_are_not_years_are_a_usage_error(real_repo: Path) -> None:
    result = runner.invoke(app, ["import", "kolada", "--root", str(real_repo), "--years", "x"])
    assert result.exit_code == 2
    assert "fel: --years: 'x' är inte ett år eller ett intervall som 2019-2022" in result.output
    result = runner.invoke(
        app, ["import", "kolada", "--root", str(real_repo), "--years", "x", "--lang", "en"]
    )
    assert "error: --years: 'x' is not a year or a range like 2019-2022" in result.output
    result = runner.invoke(
        app, ["import", "kolada", "--root", str(real_repo), "--years", "2023-2020"]
    )
    assert "'2023-2020' är inte ett intervall av år 1900–2200" in result.output


def test_import_csv_writes_a_swedish_export_and_refuses_a_wrong_row(
    real_repo: Path, tmp_path: Path
) -> None:
    from tests.importing.test_sheets import SWEDISH

    take_out(real_repo)
    good = tmp_path / "värden.csv"
    good.write_text(SWEDISH, "utf-8")
    result = runner.invoke(app, ["import", "csv", str(good), "--root", str(real_repo)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "nytt värde: data/indicators/folkmangd.yaml: 2021: 14746",
        "nytt värde: data/indicators/folkmangd.yaml: 2022: 14854",
        "preliminärt värde: ohalsotal 2022: 23.84",
        "2 nya värden och 0 rättade värden skrevs till 1 fil.",
    ]
    bad = tmp_path / "fel.csv"
    bad.write_text("indikator;år;värde\nohalsotal;2020;24,65051206\nokand;2022;1\n", "utf-8")
    before = (real_repo / "data/indicators/ohalsotal.yaml").read_bytes()
    refused = runner.invoke(app, ["import", "csv", str(bad), "--root", str(real_repo)])
    assert refused.exit_code == 1
    assert refused.output.splitlines() == [
        f"fel: {bad}:3:1: det finns ingen indikator 'okand' i data/indicators/; menade du "
        "'folkmangd'?",
        "fel: ingenting skrevs.",
    ]
    assert (real_repo / "data/indicators/ohalsotal.yaml").read_bytes() == before


def test_import_xlsx_from_a_named_sheet(real_repo: Path, tmp_path: Path) -> None:
    from tests.importing.test_sheets import workbook

    take_out(real_repo)
    path = workbook(
        tmp_path / "v.xlsx", [("indicator", "year", "value"), ("folkmangd", 2022, 14854)], "Data"
    )
    args = ["import", "xlsx", str(path), "--sheet", "Data", "--root", str(real_repo), "--dry-run"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "nytt värde: data/indicators/folkmangd.yaml: 2022: 14854"
    )
    missing = runner.invoke(
        app, ["import", "xlsx", str(tmp_path / "no.xlsx"), "--root", str(real_repo)]
    )
    assert missing.exit_code == 2
    assert missing.output == (
        f"fel: kan inte använda {tmp_path / 'no.xlsx'}: filen eller mappen finns inte\n"
    )
    english = runner.invoke(
        app, ["import", "csv", str(tmp_path / "no.csv"), "--root", str(real_repo), "--lang", "en"]
    )
    assert (english.exit_code, english.output) == (
        2,
        f"error: cannot use {tmp_path / 'no.csv'}: no such file or folder\n",
    )


def test_import_sources_prints_the_reference_values_then_nothing(real_repo: Path) -> None:
    # Riket's ohälsotal 2022 is 22.0 days in data/sources/kolada-goal3-…csv (Kolada N00957).
    path = real_repo / "data/indicators/ohalsotal.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      2022: 22\n", "", 1), encoding="utf-8")
    args = ["import", "sources", "--root", str(real_repo)]
    dry = runner.invoke(app, [*args, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines() == [
        "nytt referensvärde: data/indicators/ohalsotal.yaml: riket: 2022: 22",
        "obs: inga värden hittades för referenserna Jönköpings län (0006)",
        "1 nytt referensvärde och 0 rättade referensvärden skulle skrivas till 1 fil; kör utan --dry-run för "
        "att skriva dem.",
    ]
    dry = runner.invoke(app, [*args, "--dry-run", "--lang", "en"])
    assert dry.output.splitlines() == [
        "new: data/indicators/ohalsotal.yaml: riket: 2022: 22",
        "note: no values found for the references Jönköpings län (0006)",
        "1 new reference value and 0 corrected reference values would be written to 1 file; run without "
        "--dry-run to write them.",
    ]
    assert path.read_text(encoding="utf-8") != text
    done = runner.invoke(app, args)
    assert done.output.splitlines()[-1] == (
        "1 nytt referensvärde och 0 rättade referensvärden skrevs till 1 fil."
    )
    assert path.read_text(encoding="utf-8") == text
    again = runner.invoke(app, args)
    assert again.output.splitlines()[-1] == (
        "Alla referensvärden finns redan; ingenting att skriva."
    )
    again = runner.invoke(app, [*args, "--lang", "en"])
    assert again.output.splitlines()[-1] == (
        "Every reference value is already stored; nothing to write."
    )
    bad = runner.invoke(app, [*args[:2], str(real_repo / "nowhere"), *args[2:]])
    assert bad.exit_code == 1
    assert bad.output.splitlines()[-2:] == [
        f"fel: {real_repo / 'nowhere'}: mappen med källfiler finns inte",
        "fel: ingenting skrevs.",
    ]
