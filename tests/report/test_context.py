"""ambition.report.context and its construction (render.build_context): what the templates
receive, the colours it gives them, and the method's result it is given or computes."""

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from ambition.method.engine import assess_period
from ambition.method.trend_rollup import roll_up_trends
from ambition.models import Period, PeriodKind, Status, Trend
from ambition.report import Page, ReportFormat, Scope, build_context, render_report
from ambition.report.context import contrast_ratio
from ambition.report.forecasts import forecast_periods
from ambition.repository import Repository
from tests.conftest import MINIMAL, PROJECT, copy_repository
from tests.method.builders import add_breakdowns
from tests.report.repositories import load


def test_the_context_of_a_whole_report(real: Repository) -> None:
    context = build_context(real, real.period())
    assert (context.lang, context.page, context.scope, context.data_lang) == (
        "sv",
        Page.REPORT,
        Scope(),
        None,
    )
    assert context.result == assess_period(real, real.period())
    assert context.labels["goal"] == "Mål"
    assert context.period_title == real.period().title
    english = build_context(real, real.period(), "en")
    assert (english.labels["goal"], english.data_lang, str(english.data_lang_attribute)) == (
        "Goal",
        "sv",
        ' lang="sv"',
    )


def test_a_result_given_is_not_computed_again(
    real: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    period = real.period()
    result = assess_period(real, period)
    forecasts = [assess_period(real, p) for p in forecast_periods(real, period)]

    def refuse(*_: object) -> None:
        raise AssertionError("the method ran again")

    monkeypatch.setattr("ambition.report.render.assess_period", refuse)
    context = build_context(real, period, result=result, forecasts=forecasts)
    assert context.result == result
    assert context.forecast_results == tuple(forecasts)
    goal = result.goals[0].goal.id
    narrowed = build_context(
        real, period, scope=Scope(goal=goal), result=result, forecasts=forecasts
    )
    assert [g.goal.id for g in narrowed.result.goals] == [goal]


def test_a_result_of_another_period_is_refused(real: Repository) -> None:
    other = Period(id="delar-2023", kind=PeriodKind.INTERIM, closing_date=dt.date(2023, 8, 31))
    result = replace(assess_period(real, real.period()), period=other)
    with pytest.raises(ValueError, match="the result is of period 'delar-2023', not 'helar-2022'"):
        build_context(real, real.period(), result=result)


def test_status_colours_are_readable_on_white(real: Repository) -> None:
    context = build_context(real, real.period())
    for status in Status:
        assert contrast_ratio(context.status_colour(status), "#ffffff") >= 3.0
    # The chart's colours (templates/chart.svg.j2): text at least 4.5:1, lines at least 3:1.
    for colour in ("#0b5394", "#6e2b86", "#1f2328", "#4d555e"):
        assert contrast_ratio(colour, "#ffffff") >= 4.5, colour
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54


def test_a_pale_status_colour_falls_back_to_the_text_colour(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/method.yaml"
    text = path.read_text(encoding="utf-8")
    assert '"#9a6700"' in text
    path.write_text(text.replace('"#9a6700"', '"#ffd33d"'), encoding="utf-8")
    repository = load(root)
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert ".status-partly_achieved .mark { color: #1f2328; }" in page
    assert ".status-achieved .mark { color: #1a7f37; }" in page


def _lightness(colour: str) -> float:
    """CIE 1976 L* of a '#rrggbb' sRGB colour (CIE 15:2004; sRGB as IEC 61966-2-1)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def test_the_four_level_example_of_the_method_has_a_colour_of_its_own(tmp_path: Path) -> None:
    # data/method.yaml's commented example of a fourth level, as an officer uncomments it.
    lines = (PROJECT / "data/method.yaml").read_text(encoding="utf-8").splitlines()
    start = lines.index("  #   largely_achieved:")
    end = next(k for k in range(start, len(lines)) if lines[k].startswith("  #   levels:"))
    example = "".join(line.replace("  #   ", "  ", 1) + "\n" for line in lines[start : end + 1])
    colour = re.search(r'colour: "(#[0-9a-f]{6})"', example)
    assert colour is not None
    largely = colour.group(1)
    root = copy_repository(MINIMAL, tmp_path / "repo")
    method = root / "data/method.yaml"
    text = method.read_text(encoding="utf-8")
    text = text.replace("# Regler för indikatorer.", example + "# Regler för indikatorer.", 1)
    method.write_text(
        text.replace("  partly_share: 0.5\n", "  partly_share: 0.5\n  largely_share: 0.6\n")
    )
    expert = root / "data/assessments/ar-2022/indicators/utslapp.yaml"
    expert.write_text(
        expert.read_text(encoding="utf-8").replace("partly_achieved", "largely_achieved")
    )
    repository = load(root)
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    # The report draws the shape and the bar in the example's own colour, not the text colour.
    assert f".bar-largely_achieved {{ background: {largely}; }}" in page
    assert f".status-largely_achieved .mark {{ color: {largely}; }}" in page
    assert 'class="bar-largely_achieved"' in page
    # At least 3:1 on white (WCAG 2.1, 1.4.11), and lighter than its neighbours in the bar by
    # at least 10 in L*, as the comment says: #4d7c0f was 47.0 against Uppfyllt's 46.5.
    assert round(contrast_ratio(largely, "#ffffff"), 1) == 3.4
    assert (
        round(_lightness(largely)),
        round(_lightness("#1a7f37")),
        round(_lightness("#9a6700")),
    ) == (58, 47, 48)
    assert round(_lightness("#4d7c0f"), 1) == 47.0
    for neighbour in ("#1a7f37", "#9a6700"):
        assert _lightness(largely) - _lightness(neighbour) >= 10
    comment = " ".join(line.strip(" #") for line in lines[end + 1 : end + 12])
    assert "L* 58 mot 47" in comment and "48 för Delvis" in comment and "3,4:1" in comment


def test_a_status_colour_of_three_to_one_is_kept_for_the_shapes(tmp_path: Path) -> None:
    # #6a9a00 has 3.37:1 on white: enough for a shape or a bar, which are no text.
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/method.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"#9a6700"', '"#6a9a00"'))
    repository = load(root)
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert ".status-partly_achieved .mark { color: #6a9a00; }" in page
    assert ".bar-partly_achieved { background: #6a9a00; }" in page


def test_the_final_status_says_whose_it_is(real: Repository) -> None:
    context = build_context(real, real.period())
    by_id = {i.indicator.id: i for i in context.result.indicators}
    # Vaggeryd's emissions fall (wanted: decrease): the arrow points down, the word is good.
    emissions = by_id["vaxthusgasutslapp"]
    assert (context.trend_arrow(emissions), context.trend_label(emissions.final_trend)) == (
        "↓",
        "Förbättring",
    )
    # The trajectory rule proposed 'not achieved' and the expert agreed: no note.
    assert emissions.proposal.status is Status.NOT_ACHIEVED
    assert context.status_note(emissions) == ""
    # The example gives 36 of the 39 indicators a rule (data/indicators/, "Exemplets val");
    # two more are the expert's with a reason of their own (an old value); only
    # ekologiska-livsmedel, whose target the README walkthrough adds, is left without one.
    assert [i.indicator.id for i in context.result.indicators if context.expert_only(i)] == [
        "ekologiska-livsmedel"
    ]
    assert context.expert_only_count == 1
    missing = [
        i for i in context.result.indicators if i.assessment is None or not i.assessment.status
    ]
    assert [context.status_note(i) for i in missing] == ["Sakkunnigs bedömning saknas"] * len(
        missing
    )
    goal = context.result.goals[0]
    assert context.status_note(goal, owner=True) == ""
    # Goal 1: 2 achieved, 4 partly, 3 not achieved of 9: 22.22…, 44.44…, 33.33… %. Rounded
    # each to 22.2, 44.4 and 33.3 they made 99.9 % and left a sliver at the bar's end; the
    # tenth left over goes to the largest remainder (44.44…).
    assert context.status_bar([i.status for i in goal.indicators]) == [
        (Status.ACHIEVED, 2, 22.2),
        (Status.PARTLY_ACHIEVED, 4, 44.5),
        (Status.NOT_ACHIEVED, 3, 33.3),
    ]


@pytest.mark.parametrize(
    ("counts", "shares"),
    [
        # 4, 4, 1 and 2 of 11 (goal 4): 36.36…, 36.36…, 9.09…, 18.18… %; rounded each they
        # made 100.1 %. Rounded down, 99.7 %; the three tenths go to the remainders .91
        # (9.0 → 9.1), .82 (18.1 → 18.2) and the first of the two .64 (36.3 → 36.4).
        ((4, 4, 1, 2), (36.4, 36.3, 9.1, 18.2)),
        # Three thirds: 33.3 each and the tenth left to the first.
        ((1, 1, 1, 0), (33.4, 33.3, 33.3)),
        ((1, 0, 0, 0), (100.0,)),
        ((0, 0, 0, 0), ()),
    ],
)
def test_a_status_bar_adds_up_to_exactly_a_hundred_per_cent(
    real: Repository, counts: tuple[int, ...], shares: tuple[float, ...]
) -> None:
    context = build_context(real, real.period())
    order = [Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED, Status.NOT_ASSESSED]
    statuses = [s for s, n in zip(order, counts, strict=True) for _ in range(n)]
    bar = context.status_bar(statuses)
    assert tuple(share for _, _, share in bar) == shares
    assert [n for _, n, _ in bar] == [n for n in counts if n]
    if bar:
        assert sum(round(10 * share) for _, _, share in bar) == 1000


def test_every_status_bar_of_the_report_ends_with_its_last_part(real: Repository) -> None:
    page = render_report(real, real.period(), ReportFormat.HTML)
    bars = re.findall(r'<span class="bar" aria-hidden="true">(.*?)</span></span>', page)
    # The summary's four goals, the five organisations and each goal's facts again.
    assert len(bars) == 4 + 5 + 4
    for bar in bars:
        widths = re.findall(r'style="width: ([0-9.]+)%"', bar)
        assert sum(round(10 * float(w)) for w in widths) == 1000, bar
    # What a browser's rounding to device pixels leaves, the last part takes.
    assert ".bar > span:last-child { flex-grow: 1; }" in page


def test_the_legend_counts_the_indicators_left_to_the_expert_in_agreement(
    real: Repository, tmp_path: Path
) -> None:
    # One indicator of the real data has no rule (ekologiska-livsmedel): "för den", not the
    # "Indikatorer …: 1. … för dem." the legend wrote before.
    one = "En indikator har ingen regel i metoden och bedöms bara av sakkunnig; metoden föreslår ingen status för den."
    for report_format in (ReportFormat.HTML, ReportFormat.MARKDOWN):
        page = render_report(real, real.period(), report_format)
        assert one in " ".join(page.split()), report_format
        assert "för dem" not in page
    english = render_report(real, real.period(), ReportFormat.HTML, "en")
    assert "One indicator has no rule of the method and is assessed by an expert only" in english
    # Both of the minimal repository's indicators left to the expert: plural.
    root = copy_repository(MINIMAL, tmp_path / "repo")
    for name in ("ekologisk-mat", "utslapp"):
        path = root / f"data/indicators/{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "rule: expert\n", encoding="utf-8")
    repository = load(root)
    assert build_context(repository, repository.period()).expert_only_count == 2
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert (
        "2 indikatorer har ingen regel i metoden och bedöms bara av sakkunnig; metoden föreslår "
        "ingen status för dem." in " ".join(page.split())
    )


def test_a_proposal_that_stands_or_is_overruled_is_named(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/assessments/ar-2022/indicators/utslapp.yaml"
    text = path.read_text(encoding="utf-8")
    assert "status: partly_achieved" in text
    path.write_text(text.replace("status: partly_achieved", "status: not_achieved"), "utf-8")
    repository = load(root)
    context = build_context(repository, repository.period())
    by_id = {i.indicator.id: i for i in context.result.indicators}
    # ekologisk-mat has no expert status: the proposal stands.
    assert context.status_note(by_id["ekologisk-mat"]) == "Enligt metodens förslag"
    # utslapp: the expert chose 'not achieved' against the proposal 'partly achieved'.
    overruled = by_id["utslapp"]
    assert overruled.differs
    # Without a justification the assessment is not finished (justification-missing).
    assert context.status_note(overruled) == (
        "Metoden föreslår: Delvis uppfyllt. Bedömningen är inte klar: motivering saknas"
    )
    text = path.read_text(encoding="utf-8") + "justification: Utsläppen ökade 2022.\n"
    path.write_text(text, "utf-8")
    repository = load(root)
    justified = build_context(repository, repository.period())
    utslapp = next(i for i in justified.result.indicators if i.indicator.id == "utslapp")
    assert utslapp.differs
    assert justified.status_note(utslapp) == "Metoden föreslår: Delvis uppfyllt"


def test_an_organisations_page_holds_only_what_it_owns(real: Repository) -> None:
    context = build_context(real, real.period())
    rows = context.organisation_rows()
    assert [org for org, _, _ in rows] == [
        "kommunstyrelsen",
        "barn-och-utbildningsnamnden",
        "socialnamnden",
        "kultur-och-fritidsnamnden",
        "miljo-och-byggnamnden",
    ]
    assert sum(len(statuses) for _, _, statuses in rows) == 39
    page = context.for_organisation("socialnamnden", index_link="helar-2022.html")
    assert page.scope == Scope(organisation="socialnamnden")
    assert (page.page, page.index_link) == (Page.REPORT, "helar-2022.html")
    owned = [i.indicator.id for i in page.result.indicators]
    assert owned and all(i.indicator.responsible == "socialnamnden" for i in page.result.indicators)
    assert owned == [
        i.indicator.id
        for i in context.result.indicators
        if i.indicator.responsible == "socialnamnden"
    ]
    assert page.plan is not None and all(
        a.action.responsible == "socialnamnden" for a in page.plan.actions
    )


def test_a_combined_trend_in_words(real: Repository) -> None:
    context = build_context(real, real.period())
    up, down = Trend.IMPROVING, Trend.WORSENING
    # 2 improving against 1 worsening: improving; 1 against 1: unclear (oklar); none: no trend.
    assert [
        context.combined_trend_label(roll_up_trends(trends))
        for trends in ([up, up, down], [up, down], [Trend.INSUFFICIENT_DATA])
    ] == ["Förbättring", "Oklar", "Ingen trend"]
    english = build_context(real, real.period(), "en")
    assert english.combined_trend_label(roll_up_trends([up, down])) == "Unclear"


def test_a_status_mark_has_the_scale_s_shape_else_its_default(real: Repository) -> None:
    context = build_context(real, real.period())
    # data/method.yaml: achieved circle, partly achieved half_circle, not achieved ring,
    # not assessed dash.
    # The statuses of the shipped three-level scale (a fourth and fifth degree have no style).
    statuses = context.statuses
    assert [context.status_shape(s) for s in statuses] == ["circle", "half_circle", "ring", "dash"]
    scale = real.method.scale
    plain = scale.model_copy(
        update={s.value: scale.style(s).model_copy(update={"shape": None}) for s in statuses}
    )
    method = real.method.model_copy(update={"scale": plain})
    bare = build_context(replace(real, method=method), real.period())
    assert [bare.status_shape(s) for s in statuses] == ["circle", "triangle", "square", "dash"]
    html_text = render_report(real, real.period(), ReportFormat.HTML)
    assert '<span class="status status-partly_achieved shape-half_circle">' in html_text


def test_the_legend_lists_the_degrees_the_period_s_scale_uses(real: Repository) -> None:
    # No 'partly achieved' at the annual accounts ("gul markering används ej vid årsbokslut").
    scale = real.method.scale.model_copy(
        update={"by_period_kind": {PeriodKind.ANNUAL: [Status.ACHIEVED, Status.NOT_ACHIEVED]}}
    )
    method = real.method.model_copy(update={"scale": scale})
    context = build_context(replace(real, method=method), real.period())
    empty = replace(context, result=replace(context.result, goals=()))
    assert empty.statuses_in_use == [Status.ACHIEVED, Status.NOT_ACHIEVED, Status.NOT_ASSESSED]
    assert [s for s, _, _ in empty.goal_counts()] == empty.statuses_in_use
    # An expert's 'partly achieved' written before the scale changed is still counted and shown.
    assert Status.PARTLY_ACHIEVED in {i.status for i in context.result.indicators}
    assert Status.PARTLY_ACHIEVED in context.statuses_in_use


def test_a_preliminary_value_and_a_later_marker_are_said_in_the_value_cell(
    tmp_path: Path,
) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/indicators/ekologisk-mat.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  2021: 34.5\n  2022: 36.2" in text
    path.write_text(
        text.replace(
            "  2021: 34.5\n  2022: 36.2",
            "  2021: {value: 36.2, preliminary: true}\n  2022: {marker: reported_later}",
        ),
        encoding="utf-8",
    )
    repository = load(root)
    context = build_context(repository, repository.period())
    mat = next(i for i in context.result.indicators if i.indicator.id == "ekologisk-mat")
    assert context.value_note(mat) == " (preliminärt; 2022: Redovisas senare)"
    page = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert "36,2 procent (2021) (preliminärt; 2022: Redovisas senare)" in page


def test_the_breakdown_rows_stand_beside_the_total(tmp_path: Path) -> None:
    # The rows worked in tests/method/test_engine.py: women achieved, men not achieved.
    root = copy_repository(MINIMAL, tmp_path / "repo")
    add_breakdowns(root)
    repository = load(root)
    markdown = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert (
        "| Totalt | ◐ Delvis uppfyllt | 36,2 procent (2022) | ↑ Förbättring | "
        "Sammanvägningen till målet bygger på totalen. |"
    ) in markdown
    assert (
        "| Kvinnor | ● Uppfyllt | 41,0 procent (2022) | ↑ Förbättring | Värdet 2022 (41,0 "
        "procent) jämförs med målvärdet för 2022 (minst 40,0 procent): målvärdet är nått. |"
    ) in markdown
    assert "| Män | ○ Ej uppfyllt | 30,0 procent (2022) | ↓ Försämring |" in markdown
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert (
        '<caption id="caption-breakdowns-ekologisk-mat">Ekologiska livsmedel, totalt och '
        "uppdelat</caption>"
    ) in page
    assert '<tr><th scope="row">Män</th>' in page


def test_the_arrow_follows_the_values_and_the_word_the_judgement(real: Repository) -> None:
    # Issue 14, item 5, on the shipped data. Sjukpenningtal (wanted: decrease) rose from 11,1
    # (2021) to 11,3 (2022) days: up, and a deterioration.
    context = build_context(real, real.period())
    by_id = {i.indicator.id: i for i in context.result.indicators}
    sick = by_id["sjukpenningtal"]
    assert (context.trend_arrow(sick), context.trend_label(sick.final_trend)) == (
        "↑",
        "Försämring",
    )
    # Ekonomiskt bistånd fell from 2,3 % to 1,9 % (−0,42 procentenheter, within the method's
    # ±0,5, so the method says stable); the expert judges it an improvement: the arrow shows the
    # fall, the word the expert's judgement.
    aid = by_id["ekonomiskt-bistand"]
    assert aid.trend.trend is Trend.STABLE
    assert aid.trend.explanation.computed["change"] == pytest.approx(-0.420992, abs=1e-6)
    assert (context.trend_arrow(aid), context.trend_label(aid.final_trend)) == (
        "↓",
        "Förbättring",
    )
