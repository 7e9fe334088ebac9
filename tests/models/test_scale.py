"""The scale of four and five degrees (issue 13.1): the levels in use, the styles they need,
folding onto a period's scale and the roll-up's scores, each computed by hand."""

import json
import re
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ambition.models import PeriodKind, Status
from ambition.models.scale import COMMON, DEGREES, Scale, fold_to, scores
from tests.method.builders import STYLE

A, L, P, S, N, X = (
    Status.ACHIEVED,
    Status.LARGELY_ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.SLIGHTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NOT_ASSESSED,
)
THREE = {s: STYLE for s in ("achieved", "partly_achieved", "not_achieved", "not_assessed")}


def scale(**fields: object) -> Scale:
    return Scale.model_validate({**THREE, **fields})


def test_a_four_level_scale_is_written_as_its_levels_with_a_style_for_the_new_degree() -> None:
    # "Uppfyllt / Till stor del uppfyllt / Delvis uppfyllt / Ej uppfyllt", written in any order.
    four = scale(
        largely_achieved=STYLE,
        levels=["not_achieved", "partly_achieved", "largely_achieved", "achieved"],
    )
    assert four.levels_for(PeriodKind.ANNUAL) == (A, L, P, N)
    assert four.in_use == (A, L, P, N)
    assert four.has_style(L) and not four.has_style(S)


def test_a_degree_in_use_without_its_style_is_refused_saying_where_and_how_to_fix() -> None:
    with pytest.raises(ValidationError) as raised:
        scale(levels=["achieved", "largely_achieved", "not_achieved"])
    assert (
        "levels: 'largely_achieved' is in use but the scale has no style for it; add "
        "'largely_achieved:' under 'scale' with label, symbol, colour and description, or leave "
        "it out of the levels"
    ) in str(raised.value)
    with pytest.raises(ValidationError, match=r"by_period_kind\.interim: 'slightly_achieved'"):
        scale(by_period_kind={"interim": ["achieved", "slightly_achieved", "not_achieved"]})


def test_a_style_without_its_degree_in_use_is_allowed_and_the_dump_leaves_unset_ones_out() -> None:
    assert scale(largely_achieved=STYLE).levels_for(PeriodKind.ANNUAL) == COMMON
    assert "largely_achieved" not in scale().model_dump(mode="json")
    assert "largely_achieved" in scale(largely_achieved=STYLE).model_dump(mode="json")


@pytest.mark.parametrize(
    ("levels", "status", "folded"),
    [
        # Each the next worse degree on the scale, by hand from DEGREES' order.
        (COMMON, L, P),  # largely → partly on the common three
        (COMMON, S, N),  # slightly → not achieved
        ((A, N), P, N),  # partly → not achieved on two levels, as before
        ((A, N), L, N),  # largely → (partly is not there) → not achieved
        ((A, L, N), P, N),
        ((A, P, S, N), L, P),
        (DEGREES, S, S),  # on the scale: kept
        ((A, N), X, X),  # 'not assessed' is never folded
    ],
)
def test_a_degree_off_the_scale_becomes_the_next_worse_degree_on_it(
    levels: tuple[Status, ...], status: Status, folded: Status
) -> None:
    assert fold_to(status, levels) is folded


def test_folding_per_kind_of_period() -> None:
    # Four degrees at the interim report, the common three at the annual accounts.
    yearly = scale(
        largely_achieved=STYLE,
        levels=["achieved", "largely_achieved", "partly_achieved", "not_achieved"],
        by_period_kind={"annual": ["achieved", "partly_achieved", "not_achieved"]},
    )
    assert yearly.fold(L, PeriodKind.INTERIM) is L
    assert yearly.fold(L, PeriodKind.ANNUAL) is P
    assert yearly.in_use == (A, L, P, N)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        # Evenly spaced, best 1, worst 0: (n − 1 − i)/(n − 1) for the i-th of n levels.
        ((A, N), {A: Fraction(1), N: Fraction(0)}),
        (COMMON, {A: Fraction(1), P: Fraction(1, 2), N: Fraction(0)}),
        ((A, L, P, N), {A: Fraction(1), L: Fraction(2, 3), P: Fraction(1, 3), N: Fraction(0)}),
        ((A, P, S, N), {A: Fraction(1), P: Fraction(2, 3), S: Fraction(1, 3), N: Fraction(0)}),
        (
            DEGREES,
            {A: Fraction(1), L: Fraction(3, 4), P: Fraction(1, 2), S: Fraction(1, 4), N: 0},
        ),
    ],
)
def test_the_scores_are_evenly_spaced_and_exact(
    levels: tuple[Status, ...], expected: dict[Status, Fraction]
) -> None:
    assert scores(levels) == expected


scales = st.sets(st.sampled_from([L, P, S])).map(
    lambda middle: tuple(d for d in DEGREES if d in {A, N, *middle})
)


@given(st.sampled_from([*DEGREES, X]), scales)
def test_folding_never_gives_a_better_status(status: Status, levels: tuple[Status, ...]) -> None:
    folded = fold_to(status, levels)
    assert folded in (*levels, X)
    if status is not X:
        assert DEGREES.index(folded) >= DEGREES.index(status)
        # And nothing on the scale lies between the two: the next worse degree, not any.
        between = DEGREES[DEGREES.index(status) : DEGREES.index(folded)]
        assert not set(between) & set(levels)


# End to end: a copy of the shipped data on a four-level scale (issue 13.1), assessed and
# reported through the commands, every status computed by hand.
FOUR_LEVEL_STYLE = """  largely_achieved:
    label: {sv: Till stor del uppfyllt, en: Largely achieved}
    symbol: "◕"
    shape: diamond
    colour: "#4d7c0f"
    description: {sv: Nästan vid målvärdet., en: Nearly at the target.}
  levels: [achieved, largely_achieved, partly_achieved, not_achieved]
"""


def four_level_copy(root: Path) -> Path:
    """``root`` (a copy of the shipped data) with the four-level scale, a trajectory rule
    with largely from 0.45 and partly from 0.35, a largely share of 0.6, and the expert's
    'largely achieved' for the greenhouse gas emissions of helar-2022."""
    method = root / "data/method.yaml"
    text = method.read_text(encoding="utf-8")
    text = text.replace("  levels: [achieved, partly_achieved, not_achieved]\n", FOUR_LEVEL_STYLE)
    text = text.replace(
        "rules:\n",
        "rules:\n  trajectory:\n    kind: trajectory\n    largely_from: 0.45\n"
        "    partly_from: 0.35\n",
        1,
    )
    text = text.replace("  partly_share: 1/2\n", "  partly_share: 1/2\n  largely_share: 0.6\n")
    method.write_text(text, encoding="utf-8")
    expert = root / "data/assessments/helar-2022/indicators/vaxthusgasutslapp.yaml"
    written = expert.read_text(encoding="utf-8")
    expert.write_text(written.replace("status: not_achieved\n", "status: largely_achieved\n", 1))
    return root


def test_a_four_level_copy_of_the_shipped_data_assessed_and_reported(
    real_repo: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from ambition.cli import app

    root = four_level_copy(real_repo)
    runner = CliRunner()
    assert runner.invoke(app, ["validate", "--root", str(root)]).exit_code == 0
    answer = runner.invoke(app, ["assess", "--root", str(root), "--json"])
    assert answer.exit_code == 0, answer.output
    goal = json.loads(answer.stdout)["goals"][0]
    area = next(a for a in goal["areas"] if a["id"] == "miljo-och-naturresurser")
    emissions = next(i for i in area["indicators"] if i["id"] == "vaxthusgasutslapp")
    # The path from 104 452,909 t (1990) to 15 667,936 t (2045) is at
    # 104 452,909 + (15 667,936 − 104 452,909)·32/55 = 52 796,197 t in 2022; the emissions fell
    # by 104 452,909 − 79 384,566 = 25 068,343 t of the 51 656,712 t required: a ratio of
    # 0,4853, at least 0,45 (largely) and below 1 → largely achieved.
    assert (emissions["proposal"]["status"], emissions["status"]) == ("largely_achieved",) * 2
    assert emissions["proposal"]["explanation"]["text"]["sv"].endswith(
        "gjord förändring är 49\u00a0% av den som krävs, under 100\u00a0% men minst 45\u00a0%."
    )
    # The area's six final statuses: 1 achieved (laddbara-nya-bilar), 1 largely (the
    # emissions), 2 partly (the experts' for fossiloberoende-personbilar and
    # matavfall-biologisk-atervinning), 2 not achieved (ekologiska-livsmedel and
    # vaxthusgasutslapp-per-invanare, the experts'). Achieved 1/6 < 2/3; largely or better
    # 2/6 = 0,33 < 0,6; partly or better 4/6 = 0,67 ≥ 1/2 → partly achieved.
    assert area["proposal"]["status"] == "partly_achieved"
    assert area["proposal"]["explanation"]["inputs"] == {
        "achieved": 1,
        "largely_achieved": 1,
        "partly_achieved": 2,
        "not_achieved": 2,
        "not_assessed": 0,
        "assessed": 6,
    }
    assert area["proposal"]["explanation"]["text"]["sv"] == (
        "Av 6 bedömda indikatorer är 1 uppfylld, 1 till stor del uppfylld, 2 delvis uppfyllda "
        "och 2 ej uppfyllda. Andelen uppfyllda (17\u00a0%) är under två tredjedelar, andelen "
        "minst till stor del uppfyllda (33\u00a0%) är under 60\u00a0%, men andelen minst "
        "delvis uppfyllda (67\u00a0%) är minst hälften."
    )
    # The goal's nine: the area's six and hallbar-tillvaxt's 1 achieved, 2 partly: achieved
    # 2/9 = 0,22, largely or better 3/9 = 0,33, partly or better 7/9 = 0,78 → partly.
    assert goal["proposal"]["explanation"]["computed"] == {
        "share_achieved": pytest.approx(2 / 9),
        "share_largely_or_better": pytest.approx(3 / 9),
        "share_partly_or_better": pytest.approx(7 / 9),
    }

    out = tmp_path / "out"
    assert runner.invoke(app, ["report", "--root", str(root), "-o", str(out)]).exit_code == 0
    html = (out / "helar-2022.html").read_text(encoding="utf-8")
    legend = html[html.index('id="caption-status-totals"') :].split("</table>", 1)[0]
    rows = re.findall(r'<tr><th scope="row">.*?</tr>', legend, flags=re.S)
    words = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]
    # Of the 39 indicators: the 15 achieved and 14 partly of the three-level report stay, the
    # emissions move from not achieved (8 → 7) to largely (1); 2 are not assessed.
    assert words == [
        "Uppfyllt Målvärdet är nått. 1 15",
        "Till stor del uppfyllt Nästan vid målvärdet. 0 1",
        "Delvis uppfyllt Nära målvärdet eller på acceptabel nivå på kort sikt. 3 14",
        "Ej uppfyllt Långt från målvärdet. 0 7",
        "Ej bedömd Underlag eller regel saknas. 0 2",
    ]
    assert 'class="status status-largely_achieved shape-diamond"' in html


def test_the_shipped_report_s_legend_shows_only_the_three_degrees_in_use(
    real_repo: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from ambition.cli import app

    out = tmp_path / "out"
    assert (
        CliRunner().invoke(app, ["report", "--root", str(real_repo), "-o", str(out)]).exit_code == 0
    )
    html = (out / "helar-2022.html").read_text(encoding="utf-8")
    assert "largely_achieved" not in html and "slightly_achieved" not in html
