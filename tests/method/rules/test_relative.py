"""The relative rule against a reference series."""

import pytest

from ambition.models import Status
from tests.method.builders import indicator, propose

RELATIVE = {"rules": {"som-riket": {"kind": "relative", "reference": "riket", "partly_band": 0.05}}}


@pytest.mark.parametrize(
    ("value", "status"),
    [
        # Unemployment (decrease desired) against Riket 6.0: 5.5 is better, 6.3 within 5 % (0.3).
        (5.5, Status.ACHIEVED),
        (6.0, Status.ACHIEVED),
        (6.3, Status.PARTLY_ACHIEVED),
        (6.31, Status.NOT_ACHIEVED),
    ],
)
def test_relative(value: float, status: Status) -> None:
    item = indicator(
        {2022: value},
        direction="decrease",
        rule="som-riket",
        references={"riket": {"name": "Riket", "values": {2022: 6.0}}},
    )
    assert propose(item, **RELATIVE).status is status


def test_relative_without_a_reference_value() -> None:
    item = indicator(
        {2022: 5.0},
        rule="som-riket",
        references={"riket": {"name": "Riket", "values": {2021: 6.0}}},
    )
    proposal = propose(item, **RELATIVE)
    assert (proposal.status, proposal.explanation.case) == (
        Status.NOT_ASSESSED,
        "no_reference_value",
    )
