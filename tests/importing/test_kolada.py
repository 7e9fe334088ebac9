"""Kolada's data answers in both shapes, and every wrong shape named with its place."""

import json
from pathlib import Path

import pytest

from ambition.importing.kolada import Observation, parse_response
from ambition.importing.problems import ImportRefused

SAVED = Path(__file__).parents[1] / "fixtures" / "kolada" / "saved"


def test_a_v2_answer_gives_its_values_and_next_page() -> None:
    # Vaggeryd's population (Kolada N01951) and ohälsotal (N00957), data/sources/ extracts.
    page = parse_response((SAVED / "v2-N01951-N00957.json").read_bytes(), "v2.json")
    assert page.next_link is None
    assert [(o.kpi, o.year, o.value) for o in page.observations] == [
        ("N01951", 2019, 14275.0),
        ("N01951", 2020, 14532.0),
        ("N01951", 2021, 14746.0),
        ("N01951", 2022, 14854.0),
        ("N00957", 2019, 25.37797131),
        ("N00957", 2020, 24.65051206),
        ("N00957", 2021, 24.43),
        ("N00957", 2022, 23.84),
    ]
    body = json.dumps({"values": [], "next_page": "http://x/page2"}).encode()
    assert parse_response(body, "x").next_link == "http://x/page2"


def test_a_v3_answer_with_a_null_value_and_isdeleted() -> None:
    # U21468, Vaggeryd: no value published for 2021 (data/sources/kolada-goal3-…csv).
    page = parse_response((SAVED / "v3-U21468.json").read_bytes(), "v3.json")
    assert [(o.year, o.value, o.deleted) for o in page.observations] == [
        (2019, 93.0, False),
        (2020, 94.0, False),
        (2021, None, False),
        (2022, 94.0, False),
    ]
    body = {
        "values": [
            {
                "kpi": "U21468",
                "municipality": "0665",
                "period": "2023",
                "isdeleted": True,
                "values": [{"gender": "K", "status": "Preliminär", "value": 90}],
            }
        ],
        "next_url": "http://x/2",
    }
    page = parse_response(json.dumps(body).encode(), "v3")
    assert page.next_link == "http://x/2"
    assert page.observations == (
        Observation("U21468", "0665", 2023, "K", 90.0, "Preliminär", True, "v3"),
    )
    assert page.observations[0].preliminary


@pytest.mark.parametrize(
    ("body", "messages"),
    [
        (
            b"{",
            [
                (
                    "svaret är inte giltig JSON (rad 1, kolumn 2); spara hela svaret på nytt",
                    "the answer is not valid JSON (line 1, column 2); save the whole answer again",
                )
            ],
        ),
        (
            b"\xff",
            [
                (
                    "svaret är inte text i UTF-8 (byte 1); spara hela svaret på nytt",
                    "the answer is not UTF-8 text (byte 1); save the whole answer again",
                )
            ],
        ),
        (
            b'{"values": [{"value": NaN}]}',
            [
                (
                    "svaret innehåller NaN, som inte är ett tal i JSON; spara hela svaret på nytt",
                    "the answer holds NaN, which is not a number JSON allows; save the whole "
                    "answer again",
                )
            ],
        ),
        (
            b"[]",
            [
                (
                    "ett svar med data från Kolada väntades: ett objekt med listan 'values'",
                    "expected a Kolada data answer: an object with a list 'values'",
                )
            ],
        ),
        (
            b'{"values": [1]}',
            [
                (
                    "values[0]: ett objekt med 'kpi', 'municipality' och 'period' väntades",
                    "values[0]: expected an object with kpi, municipality, period",
                )
            ],
        ),
        (
            b'{"values": [{"kpi": 5, "municipality": "", "period": "20x", "isdeleted": "no", '
            b'"values": {}}]}',
            [
                (
                    'values[0].kpi: id:t för ett nyckeltal som "N01951" väntades, här står 5',
                    'values[0].kpi: expected a KPI id such as "N01951", found 5',
                ),
                (
                    'values[0].municipality: en kommunkod som "0665" väntades, här står ""',
                    'values[0].municipality: expected a code such as "0665", found ""',
                ),
                (
                    'values[0].period: ett år som 2022 väntades, här står "20x"',
                    'values[0].period: expected a year such as 2022, found "20x"',
                ),
                (
                    "values[0].isdeleted: 'true' eller 'false' väntades, här står \"no\"",
                    'values[0].isdeleted: expected true or false, found "no"',
                ),
                (
                    "values[0].values: en lista med värden per kön väntades, här står {}",
                    "values[0].values: expected a list of values by gender, found {}",
                ),
            ],
        ),
        (
            b'{"values": [{"kpi": "N1", "municipality": "0665", "period": 2022, "values": '
            b'[3, {"gender": "X", "value": 1}, {"gender": "T", "value": true}, '
            b'{"gender": "T", "value": 1, "status": 2}]}], "next_page": 7}',
            [
                (
                    "values[0].values[0]: ett objekt med 'gender' och 'value' väntades",
                    "values[0].values[0]: expected an object with gender and value",
                ),
                (
                    'values[0].values[1].gender: "T", "K" eller "M" väntades, här står "X"',
                    'values[0].values[1].gender: expected "T", "K" or "M", found "X"',
                ),
                (
                    "values[0].values[2].value: ett tal eller 'null' väntades, här står true",
                    "values[0].values[2].value: expected a number or null, found true",
                ),
                (
                    "values[0].values[3].status: en text väntades, här står 2",
                    "values[0].values[3].status: expected text, found 2",
                ),
                (
                    "länken till nästa sida är ingen adress: 7",
                    "the paging link is not an address: 7",
                ),
            ],
        ),
    ],
)
def test_every_wrong_shape_is_named_with_the_file_in_both_languages(
    body: bytes, messages: list[tuple[str, str]]
) -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_response(body, "saved/a.json")
    assert [
        (p.where, p.message.render("sv"), p.message.render("en")) for p in refused.value.problems
    ] == [("saved/a.json", sv, en) for sv, en in messages]
