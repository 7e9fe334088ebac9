"""trend_only: the growth rate in the desired direction, without a target."""

import pytest

from ambition.models import Status
from tests.method.builders import indicator, propose


@pytest.mark.parametrize(
    ("last", "case", "status"),
    [
        # Base 100 in 2017; five years to 2022. (last/100)^(1/5) − 1:
        (108.0, "on_track", Status.ACHIEVED),  # +1.55 % a year ≥ 1.5 %
        (105.0, "acceleration_needed", Status.PARTLY_ACHIEVED),  # +0.98 %
        (101.0, "limited_progress", Status.NOT_ACHIEVED),  # +0.20 %
        (99.0, "deterioration", Status.NOT_ACHIEVED),  # −0.20 %
    ],
)
def test_trend_only(last: float, case: str, status: Status) -> None:
    item = indicator({2017: 100.0, 2022: last}, rule="trend_only")
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (status, case)


def test_trend_only_for_a_decrease_uses_the_desired_direction() -> None:
    # Vaggeryd's reported crimes per 100 000 (Kolada N07540): 7 597.0 (2020) → 8 166.2 (2022):
    # (8166.15053/7597.02725)^(1/2) − 1 = +3.68 % a year, the wrong way: deterioration.
    item = indicator(
        {2020: 7597.02725, 2022: 8166.15053}, direction="decrease", decimals=0, rule="trend_only"
    )
    proposal = propose(item)
    assert proposal.explanation.case == "deterioration"
    assert proposal.explanation.computed["observed_cagr"] == pytest.approx(0.03679, abs=1e-5)


def test_a_percentage_s_change_is_said_in_procentenheter_and_no_target_is_claimed() -> None:
    from ambition.method.engine import propose_status
    from tests.method.builders import annual, method

    # 87,0 % (2018) → 91,0 % (2022): (91 − 87)/4 = 1,0 procentenhet a year;
    # CAGR (91/87)^(1/4) − 1 = 0,011300 ≥ 0,5 % and < 1,5 %: acceleration needed.
    item = indicator({2018: 87.0, 2022: 91.0}, rule="trend_only", unit="procent")
    proposal = propose_status(item, annual(2022), method())
    assert proposal.explanation.computed["annual_points"] == pytest.approx(1.0)
    assert proposal.explanation.sentence("sv") == (
        "Utan målvärde bedöms utvecklingen i önskad riktning (öka): från 87,0 (2018) till 91,0 "
        "(2022) är förändringen +1,00 procentenheter per år, en årlig tillväxttakt av "
        "+1,13\u00a0% (utveckling i önskad riktning, men långsam; gränser för tillväxttakten "
        "1,5\u00a0% och 0,5\u00a0% per år)."
    )
    assert "målet" not in proposal.explanation.sentence("sv")


def test_a_target_the_rule_does_not_use_is_not_denied() -> None:
    from ambition.method.engine import propose_status
    from tests.method.builders import annual, method

    # Issue 13: "utan målvärde" for an indicator whose target is "ska öka" was false. The same
    # 87,0 → 91,0 with a directional target from 2018: the rule sets the target aside.
    item = indicator(
        {2018: 87.0, 2022: 91.0},
        [{"year": 2022, "comparison": "increase", "reference_year": 2018}],
        rule="trend_only",
        unit="procent",
    )
    proposal = propose_status(item, annual(2022), method())
    assert proposal.explanation.sentence("sv").startswith(
        "Regeln jämför inte med målet utan bedömer utvecklingen i önskad riktning (öka): från "
        "87,0 (2018) till 91,0 (2022)"
    )
    assert "Utan målvärde" not in proposal.explanation.sentence("sv")
