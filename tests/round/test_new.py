"""ambition new: files that validate, ambition.yaml extended without touching the rest."""

from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from ambition.validation.validate import validate

runner = CliRunner()


def test_new_files_validate(minimal_repo: Path) -> None:
    root = str(minimal_repo)
    for args in (
        [
            "indicator",
            "cykelvagar",
            "--area",
            "klimat",
            "--responsible",
            "ks",
            "--title",
            "Cykelvägar per invånare",
        ],
        [
            "goal",
            "trygghet",
            "--number",
            "2",
            "--title",
            "Kommunen ska vara trygg",
            "--owner",
            "ks",
        ],
    ):
        result = runner.invoke(app, ["new", *args, "--root", root])
        assert result.exit_code == 0, result.output
    path = minimal_repo / "data/indicators/cykelvagar.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[:5] == [
        "# yaml-language-server: $schema=../../schemas/indicator.schema.json",
        "# Indikator. Fältens betydelse: docs/data-format.md.",
        "# Fält utan värde nedan måste fyllas i; ambition validate säger vilka som saknas.",
        "id: cykelvagar",
        'title: "Cykelvägar per invånare"',
    ]
    # The fields only the officer knows are left empty, so a forgotten one is caught.
    assert [(d.path, d.line, d.code, d.yaml_path) for d in validate(minimal_repo).diagnostics] == [
        ("data/indicators/cykelvagar.yaml", 7, "empty-value", "unit"),
        ("data/indicators/cykelvagar.yaml", 9, "empty-value", "direction"),
        ("data/indicators/cykelvagar.yaml", 13, "empty-value", "source.publisher"),
    ]
    # Filled in, and with the commented targets and values switched on, it validates.
    text = path.read_text(encoding="utf-8")
    text = (
        text.replace("unit:      ", "unit: procent", 1)
        .replace("direction:      ", "direction: increase", 1)
        .replace("  publisher:      ", "  publisher: SCB", 1)
    )
    lines = [
        line[2:] if line.startswith(("# targets:", "#   ", "#     ", "# values:")) else line
        for line in text.splitlines()
    ]
    lines = [line for line in lines if not line.startswith(("# baseline:",))]
    lines = [line for line in lines if line not in ("  year: 2022", "  value: 12.5")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert validate(minimal_repo).diagnostics == []


def test_new_period_appends_to_ambition_yaml(minimal_repo: Path) -> None:
    path = minimal_repo / "ambition.yaml"
    before = path.read_text(encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "new",
            "period",
            "delar-2023",
            "--kind",
            "interim",
            "--closing-date",
            "2023-08-31",
            "--deadline",
            "2023-09-20",
            "--root",
            str(minimal_repo),
        ],
    )
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == before + (
        "  - id: delar-2023\n"
        "    kind: interim\n"
        "    closing_date: 2023-08-31\n"
        "    deadline: 2023-09-20\n"
    )
    assert validate(minimal_repo).diagnostics == []


def test_existing_file_and_bad_arguments_are_usage_errors(minimal_repo: Path) -> None:
    root = str(minimal_repo)
    cases = [
        (
            ["goal", "miljo", "--number", "3", "--title", "x"],
            "fel: data/goals/miljo.yaml finns redan; redigera den i stället",
            "error: data/goals/miljo.yaml exists already; edit it instead",
        ),
        (
            ["indicator", "Cykel", "--area", "klimat", "--responsible", "ks"],
            "fel: 'Cykel' kan inte vara id för en indikator: använd små bokstäver a-z",
            "error: 'Cykel' cannot be the id of an indicator: use lower-case letters a-z",
        ),
        (
            ["indicator", "cykel", "--area", "klimatt", "--responsible", "ks"],
            "fel: det finns inget mätområde 'klimatt' (menade du 'klimat'?); mätområdena är: "
            "klimat, mat",
            "error: there is no measurement area 'klimatt' (did you mean 'klimat'?); the "
            "measurement areas are: klimat, mat",
        ),
        (
            ["period", "x", "--kind", "monthly", "--closing-date", "2023-01-31"],
            "fel: --kind 'monthly' är inget slags period; välj 'tertial', 'interim' eller 'annual'",
            "error: --kind 'monthly' is not a kind of period; choose tertial, interim or annual",
        ),
        (
            ["period", "x", "--kind", "annual", "--closing-date", "2023-02-30"],
            "fel: --closing-date '2023-02-30' är inte ett datum; skriv ÅÅÅÅ-MM-DD",
            "error: --closing-date '2023-02-30' is not a date; write YYYY-MM-DD",
        ),
        (
            ["period", "ar-2022", "--kind", "annual", "--closing-date", "2022-12-31"],
            "fel: perioden 'ar-2022' finns redan",
            "error: the period 'ar-2022' exists already",
        ),
    ]
    for args, swedish, english in cases:
        result = runner.invoke(app, ["new", *args, "--root", root])
        assert result.exit_code == 2, args
        assert swedish in result.output, (args, result.output)
        result = runner.invoke(app, ["new", *args, "--root", root, "--lang", "en"])
        assert result.exit_code == 2, args
        assert english in result.output, (args, result.output)


def test_unknown_organisations_a_used_number_and_a_late_deadline_are_usage_errors(
    minimal_repo: Path,
) -> None:
    root = str(minimal_repo)
    cases = [
        (
            ["indicator", "cykel", "--area", "klimat", "--responsible", "kf"],
            "det finns ingen organisation 'kf'",
        ),
        (["goal", "trygghet", "--number", "1", "--title", "x"], "målnummer 1 används redan"),
        (
            ["goal", "trygghet", "--number", "2", "--title", "x", "--owner", "kf"],
            "det finns ingen organisation 'kf'; organisationerna är: ks, bun",
        ),
        (
            [
                *["period", "ar-2023", "--kind", "annual", "--closing-date", "2023-12-31"],
                *["--deadline", "2023-12-30"],
            ],
            "sista dagen ligger före bokslutsdatumet",
        ),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["new", *args, "--root", root])
        assert result.exit_code == 2, args
        assert message in result.output, (args, result.output)
    assert sorted(p.name for p in (minimal_repo / "data/goals").iterdir()) == ["miljo.yaml"]


PERIOD_2022 = (
    "periods:\n"
    "  - id: ar-2022\n"
    "    kind: annual\n"
    "    closing_date: 2022-12-31\n"
    "    deadline: 2023-02-15\n"
)
PERIOD_2023 = (
    '  - id: ar-2023\n    kind: annual\n    title: "Helår 2023"\n    closing_date: 2023-12-31\n'
)


def new_period_2023(root: Path) -> tuple[int, str]:
    """``ambition new period ar-2023`` with a title and no deadline: exit code and output."""
    result = runner.invoke(
        app,
        [
            *["new", "period", "ar-2023", "--kind", "annual", "--closing-date", "2023-12-31"],
            *["--title", "Helår 2023", "--root", str(root)],
        ],
    )
    return result.exit_code, result.output


def test_a_new_period_goes_after_the_last_period_wherever_the_list_ends(minimal_repo: Path) -> None:
    """The expected files are written by hand from new_period's docstring and rule
    (src/ambition/round/new.py): the item is indented as the list's items, the title in double
    quotes, no deadline line without --deadline, and every other byte stays."""
    path = minimal_repo / "ambition.yaml"
    head = path.read_text(encoding="utf-8").split("periods:\n")[0]
    # The list ends before a blank line and another key: the period goes above the blank line.
    path.write_text(head.replace("language: sv\n", "") + PERIOD_2022 + "\nlanguage: sv\n", "utf-8")
    assert new_period_2023(minimal_repo)[0] == 0
    assert path.read_text(encoding="utf-8") == (
        head.replace("language: sv\n", "") + PERIOD_2022 + PERIOD_2023 + "\nlanguage: sv\n"
    )
    # The file ends without a newline: one is added before the new period.
    path.write_text(head + PERIOD_2022.removesuffix("\n"), encoding="utf-8")
    assert new_period_2023(minimal_repo)[0] == 0
    assert path.read_text(encoding="utf-8") == head + PERIOD_2022 + PERIOD_2023
    assert validate(minimal_repo).diagnostics == []


def test_a_quoted_periods_key_is_found_by_the_parser(minimal_repo: Path) -> None:
    path = minimal_repo / "ambition.yaml"
    quoted = path.read_text(encoding="utf-8").replace("periods:", '"periods":')
    path.write_text(quoted, encoding="utf-8")
    assert new_period_2023(minimal_repo)[0] == 0
    assert path.read_text(encoding="utf-8") == quoted + PERIOD_2023
    assert validate(minimal_repo).diagnostics == []


def test_periods_in_a_flow_list_are_not_guessed_at(minimal_repo: Path) -> None:
    path = minimal_repo / "ambition.yaml"
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("periods:")]
    flow = head + "periods: [{id: ar-2022, kind: annual, closing_date: 2022-12-31}]\n"
    path.write_text(flow, encoding="utf-8")
    code, output = new_period_2023(minimal_repo)
    assert code == 2
    assert "ambition.yaml har ingen rad 'periods:' vid vänstermarginalen att lägga" in output
    assert path.read_text(encoding="utf-8") == flow


def test_a_new_period_keeps_each_line_ending_of_a_mixed_file(minimal_repo: Path) -> None:
    path = minimal_repo / "ambition.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    mixed = "".join(line.replace("\n", "\r\n") if i % 2 else line for i, line in enumerate(lines))
    path.write_bytes(mixed.encode("utf-8"))
    assert new_period_2023(minimal_repo)[0] == 0
    ending = "\r\n" if (len(lines) - 1) % 2 else "\n"  # the last line's, which it follows
    assert path.read_bytes() == (mixed + PERIOD_2023.replace("\n", ending)).encode("utf-8")


def test_new_makes_gitignore_match_leftovers_and_removes_them(minimal_repo: Path) -> None:
    import os
    import time

    from ambition.round.new import IGNORED, ensure_ignored

    ignore = minimal_repo / ".gitignore"
    ignore.write_bytes(b"build/\r\n*.pyc")  # CRLF, no final line break
    leftover = minimal_repo / "data/indicators/.utslapp.yaml.ab12_x9z.tmp"
    leftover.write_text("id: halv", encoding="utf-8")
    os.utime(leftover, (time.time() - 60, time.time() - 60))
    code, output = new_period_2023(minimal_repo)
    assert code == 0
    assert (
        "borttagen: data/indicators/.utslapp.yaml.ab12_x9z.tmp (lämnad av en avbruten skrivning)"
        in output
    )
    assert not leftover.exists()
    assert ignore.read_bytes() == (
        b"build/\r\n*.pyc\r\n# tillf\xc3\xa4lliga filer som en avbruten skrivning av ambition "
        b"l\xc3\xa4mnar (n\xc3\xa4sta skrivning tar bort dem)\r\n" + IGNORED.encode() + b"\r\n"
    )
    assert ensure_ignored(minimal_repo) is None  # the line is there: nothing written again
    assert validate(minimal_repo).diagnostics == []


def test_the_gitignore_comment_speaks_the_language_and_is_never_written_twice(
    tmp_path: Path,
) -> None:
    from ambition.round.new import IGNORED, ensure_ignored

    ignore = tmp_path / ".gitignore"
    assert ensure_ignored(tmp_path, "en") == ignore
    english = "# temporary files of an interrupted ambition write (removed by the next one)\n"
    assert ignore.read_text("utf-8") == english + IGNORED + "\n"
    assert ensure_ignored(tmp_path, "sv") is None  # run again, in another language: no change
    # A file of its own, whose pattern line someone removed but whose comment they kept:
    # every line stays, the comment is not written again, only the pattern comes back.
    own = "# byggen\nbuild/\n\n" + english + "*.log  # loggar\n"
    ignore.write_text(own, encoding="utf-8")
    assert ensure_ignored(tmp_path, "sv") == ignore
    assert ignore.read_text("utf-8") == own + IGNORED + "\n"
    ignore.write_text("# byggen\nbuild/\n", encoding="utf-8")
    ensure_ignored(tmp_path, "sv")
    assert ignore.read_text("utf-8").splitlines() == [
        "# byggen",
        "build/",
        "# tillfälliga filer som en avbruten skrivning av ambition lämnar (nästa skrivning tar "
        "bort dem)",
        IGNORED,
    ]


def test_the_gitignore_line_matches_a_temporary_file_and_no_data_file(tmp_path: Path) -> None:
    import fnmatch

    from ambition.round.new import IGNORED
    from ambition.yaml.edit import LEFTOVER

    for name in (".utslapp.yaml.k2j_9xq0.tmp", ".ambition.yaml.abcdefgh.tmp"):
        assert LEFTOVER.fullmatch(name) and fnmatch.fnmatch(name, IGNORED)
    for name in ("utslapp.yaml", ".gitignore", "ambition.yaml"):
        assert not fnmatch.fnmatch(name, IGNORED)
