"""The reader: templates filled from named facts, numbers written per language."""

from typing import Any

import pytest

from ambition.method.sentences.reader import Reader, parse, signed_percent

CATALOGUE: dict[tuple[str, str], str] = {
    ("head", "value"): "Värdet {year} ({value:v})",
    ("x", "headed"): "{=head:value}: målvärdet är nått.",
    ("x", "chosen"): "{rule}, {case}: {=answer:{answer}}",
    ("answer", "yes"): "ja",
    ("answer", "no"): "nej",
}
NAMESPACES: dict[str, Any] = {
    "inputs": {"year": 2022, "value": 79384.566, "values": 2},
    "computed": {"ratio": 0.91449, "share": 2 / 3, "change": -0.0246},
    "thresholds": {"values": 3, "limit": 0.667},
    "facts": {"unit": "ton CO2-ekv", "decimals": 0, "places": 2, "answer": "no", "name": "Riket"},
}


def reader(lang: str = "sv") -> Reader:
    return Reader(lang, CATALOGUE, NAMESPACES, rule="target_level", case="headed")


@pytest.mark.parametrize(
    ("template", "sv", "en"),
    [
        ("{year}", "2022", "2022"),
        ("{value:n}", "79\u202f385", "79,385"),
        ("{ratio:n3}", "0,914", "0.914"),
        ("{value:v}", "79\u202f385 ton CO2-ekv", "79,385 ton CO2-ekv"),
        ("{ratio:%}", "91\u00a0%", "91%"),
        ("{ratio:%1}", "91,4\u00a0%", "91.4%"),
        ("{change:+%2}", "\u22122,46\u00a0%", "-2.46%"),
        ("{share:%{places}} mot {limit:%{places}}", "66,67\u00a0% mot 66,70\u00a0%", None),
        ("{inputs[values]} av {thresholds[values]}", "2 av 3", "2 av 3"),
        ("{name} {rule}", "Riket target_level", "Riket target_level"),
    ],
)
def test_fill(template: str, sv: str, en: str | None) -> None:
    assert reader("sv").fill(template) == sv
    if en is not None:
        assert reader("en").fill(template) == en


def test_the_first_namespace_holding_a_name_wins() -> None:
    assert reader().fill("{values}") == "2"  # the inputs' count, not the threshold


def test_an_entry_embeds_another_chosen_by_a_fact() -> None:
    headed = "Värdet 2022 (79\u202f385 ton CO2-ekv): målvärdet är nått."
    assert reader().entry(("x", "headed")) == headed
    assert reader().entry(("x", "chosen")) == "target_level, headed: nej"
    with pytest.raises(KeyError):
        reader().fill("{=answer:maybe}")


def test_facts_by_kind() -> None:
    r = reader()
    assert r.text("name") == "Riket"
    assert r.number("year") == 2022.0
    with pytest.raises(TypeError):
        r.number("name")
    with pytest.raises(KeyError, match="no fact 'missing'"):
        r.fill("{missing}")


def test_errors_in_templates() -> None:
    with pytest.raises(ValueError, match="unknown format spec"):
        reader().fill("{ratio:x}")
    with pytest.raises(TypeError, match="needs a number"):
        reader().fill("{name:n}")


def test_parse_is_cached() -> None:
    assert parse("a {b:n} c") is parse("a {b:n} c")
    assert parse("a {b:n} c") == (("a ", "b", "n"), (" c", None, ""))


def test_signed_percent() -> None:
    assert [signed_percent(v, "sv") for v in (0.049, -0.111, 0.0)] == [
        "+4,9\u00a0%",
        "\u221211,1\u00a0%",
        "0,0\u00a0%",
    ]
    assert signed_percent(-0.111, "en", 2) == "-11.10%"
