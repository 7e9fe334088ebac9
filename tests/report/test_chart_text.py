"""ambition.report.chart_text: what a chart says in words, in Swedish and English."""

from typing import Any

from ambition.models import Indicator
from ambition.report.chart_geometry import Break, OffScale, TargetMark
from ambition.report.chart_text import LegendEntry, TableRow, chart_words
from ambition.report.labels import labels


def make(values: dict[int, float], **extra: Any) -> Indicator:
    return Indicator.model_validate(
        {
            "id": "test",
            "title": "Cykelvägar",
            "unit": "km",
            "decimals": 1,
            "direction": "increase",
            "responsible": "org",
            "measurement_area": "area",
            "source": {"publisher": "Test"},
            "values": values,
            **extra,
        }
    )


def mark(year: int, off_scale: OffScale | None = None) -> TargetMark:
    return TargetMark(year, 0.0, 0.0, None, None, off_scale, "", 0.0, 0.0, "middle", False)


def test_one_value_in_english() -> None:
    words = chart_words(make({2022: 12.5}), "2022", {2022: 12.5}, [], [], False, "en", labels("en"))
    assert words.title == "Cykelvägar, 2022"
    assert words.description == (
        "Chart of a single value, 12.5 km (2022). The period followed up: 2022. "
        "Every value is in the table beside the chart."
    )
    assert words.legend == (
        LegendEntry("values", "Measured values"),
        LegendEntry("period", "The period followed up: 2022"),
    )
    assert words.rows == (TableRow(2022, "12.5", ("Latest value for the period",)),)
    assert words.target_rows == ()


def test_gaps_breaks_baseline_and_a_target_off_the_scale() -> None:
    indicator = make(
        {2014: 4.5, 2016: 4.3, 2021: 40.0},
        baseline={"year": 2014, "value": 4.5},
        targets=[{"year": 2030, "value": 400, "comparison": "at_least"}],
    )
    words = chart_words(
        indicator,
        "Helår 2021",
        {2014: 4.5, 2016: 4.3, 2021: 40.0},
        [mark(2030, OffScale.ABOVE)],
        [Break(2021, 0.0, "Ny definition.")],
        True,
        "sv",
        labels("sv"),
    )
    assert [entry.kind for entry in words.legend] == [
        "values",
        "gap",
        "baseline",
        "target_off",
        "break",
        "period",
    ]
    assert words.legend[3].text == "Målvärde minst 400,0 km (2030) (utanför diagrammets skala)"
    assert "Serieavbrott 2021: Ny definition." in words.description
    assert words.rows[0].notes == ("Utgångsvärde",)
    assert words.rows[-1].notes == (
        "Serieavbrott 2021: Ny definition.",
        "Senaste värdet för perioden",
    )
    assert words.target_rows == (TableRow(2030, "400,0", ("Målvärde: minst 400,0 km (2030)",)),)


def test_the_table_heading_and_the_description_name_what_is_counted() -> None:
    # Kolada N01951, Vaggeryd's population: 14 746 (2021), 14 854 (2022).
    from ambition.models import Indicator
    from ambition.report.chart_text import chart_words
    from ambition.report.labels import labels

    indicator = Indicator.model_validate(
        {
            "id": "folkmangd",
            "title": "Antal invånare",
            "unit": "antal",
            "count_noun": "invånare",
            "decimals": 0,
            "direction": "increase",
            "responsible": "org",
            "measurement_area": "area",
            "source": {"publisher": "SCB"},
            "values": {2021: 14746.0, 2022: 14854.0},
        }
    )
    words = chart_words(
        indicator, "Helårsbokslut 2022", indicator.values, [], [], False, "sv", labels("sv")
    )
    assert words.description.startswith(
        "Linjediagram med 2 värden i antal invånare från 2021 till 2022. Första värdet är "
        "14\u202f746 (2021) och det senaste 14\u202f854 (2022)"
    )


def test_a_directional_target_names_both_years() -> None:
    # 12,0 km in 2022 against "öka" from the baseline 10,0 km (2018): the legend and the target
    # row write it as the report's target column does.
    indicator = make(
        {2018: 10.0, 2022: 12.0},
        baseline={"year": 2018, "value": 10.0},
        targets=[{"year": 2022, "comparison": "increase"}],
    )
    for lang, text in (
        ("sv", "öka från 10,0 km (2018) till 2022"),
        ("en", "increase from 10.0 km (2018) by 2022"),
    ):
        words = chart_words(
            indicator, "2022", {2018: 10.0, 2022: 12.0}, [mark(2022)], [], True, lang, labels(lang)
        )
        assert [e.text for e in words.legend if e.kind == "target"] == [
            labels(lang)["legend_target"].format(text=text)
        ]
        assert words.target_rows[0].notes == (f"{labels(lang)['target']}: {text}",)
