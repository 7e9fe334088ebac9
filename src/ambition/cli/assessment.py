"""The terminal text of ``ambition assess``: per goal, sub-goal, area and indicator, the
method's proposal with its explanation beside the status a person wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape

from ambition.cli.output import status_markup, stdout

if TYPE_CHECKING:  # models, method and reports load only in the commands that print them
    from ambition.method.results import BreakdownResult, IndicatorResult, Judged, PeriodResult
    from ambition.models import Direction, Status, Trend
    from ambition.repository import Repository


def _trend(trend: Trend, direction: Direction, lang: str) -> str:
    """The arrow of the value's movement, then the judgement in words: '↓ Förbättring' for
    falling emissions (issue 14, item 5)."""
    import ambition.report.labels as catalogue

    arrow = catalogue.value_arrow(trend, direction)
    return f"{arrow} {escape(catalogue.trend_label(trend, lang))}"


def assessment(
    result: PeriodResult, repository: Repository, lang: str, revision: str | None = None
) -> None:
    """Per goal, sub-goal, area and indicator: the proposal (a goal's, a sub-goal's and an
    indicator's with its explanation, a sub-goal's with the areas it groups, each breakdown
    row's with its value), the status the expert or the goal owner wrote beside it (marked ≠
    where it differs), and the trend. One
    block per indicator, readable in a terminal and in a CI log alike. ``revision`` names the
    git revision read (--revision)."""
    import ambition.report.labels as catalogue
    from ambition.method.targets import describe_target
    from ambition.numbers import format_number
    from ambition.report.values import value_year

    labels = catalogue.labels(lang)
    period = result.period
    ahead = period.forecast
    stdout.print(
        f"[bold]{escape(repository.project.municipality.name)}: "
        f"{escape(period.title or period.id)}[/]"
    )
    if ahead:
        note = labels["forecast_note"].format(year=period.year, next_year=period.year + 1)
        stdout.print(escape(note))
    if revision is not None:
        stdout.print(escape(labels["report_revision"].format(revision=revision)))

    def own(assessed: Status | None, differs: bool, who: str, judged: Judged) -> str:
        text = (
            status_markup(assessed, repository, lang, ahead)
            if assessed
            else labels["no_assessment"]
        )
        mark = f" [yellow]≠ {escape(labels['differs'].lower())}[/]" if differs else ""
        missing = judged.unfinished(repository.method.analysis_required)
        if missing:  # an unfinished assessment (diagnostics.codes.UNFINISHED)
            mark += f" [yellow]— {escape(catalogue.unfinished_note(missing, lang))}[/]"
        return f"{who}: {text}{mark}"

    def latest(result: IndicatorResult | BreakdownResult) -> str:
        """The value the method used, with its unit and year."""
        if result.latest is None:
            return labels["no_value"]
        indicator = result.indicator
        number = format_number(result.latest.value, indicator.decimals, lang)
        return f"{number} {indicator.unit_text} ({value_year(result, labels)})"

    def part(label: str, title: str, judged: Judged) -> None:
        """A sub-goal's or an area's line: its proposal and the goal owner's status."""
        assessed = judged.assessment.status if judged.assessment else None
        stdout.print(
            f"  [bold]{label}: {escape(title)}[/] — {labels['proposal'].lower()} "
            f"{status_markup(judged.proposal.status, repository, lang, ahead)}; "
            + own(assessed, judged.differs, labels["owner_status"].lower(), judged)
        )

    for goal in result.goals:
        stdout.print()
        stdout.print(
            f"[bold underline]{labels['goal']} {goal.goal.number}: "
            f"{escape(goal.goal.display_title)}[/]"
        )
        stdout.print(
            f"  {labels['proposal']}: {status_markup(goal.proposal.status, repository, lang, ahead)}"
            f" — {escape(goal.proposal.explanation.sentence(lang))}"
        )
        stdout.print(
            "  "
            + own(
                goal.assessment.status if goal.assessment else None,
                goal.differs,
                labels["owner_status"],
                goal,
            )
        )
        for sub_goal in goal.sub_goals:
            stdout.print()
            part(labels["sub_goal"], sub_goal.sub_goal.title, sub_goal)
            facts = [f"{labels['measurement_areas']}: "]
            facts[0] += ", ".join(a.area.title for a in sub_goal.areas)
            owner = repository.organisations.get(sub_goal.sub_goal.owner or "")
            if owner is not None:
                facts.append(f"{labels['sub_goal_owner']}: {owner.name}")
            stdout.print(f"    {escape(' · '.join(facts))}")
            stdout.print(f"    {escape(sub_goal.proposal.explanation.sentence(lang))}")
        for area in goal.areas:
            stdout.print()
            part(labels["measurement_area"], area.area.title, area)
            if "breakdown" in area.proposal.explanation.inputs:  # on a row: say which
                stdout.print(f"    {escape(area.proposal.explanation.sentence(lang))}")
            for item in area.indicators:
                indicator = item.indicator
                value = latest(item)
                target = (
                    describe_target(
                        item.target, indicator.unit_text, indicator.decimals, lang, dated=True
                    )
                    if item.target
                    else "–"
                )
                stdout.print(
                    f"    [bold]{escape(indicator.title)}[/] [dim]({escape(indicator.id)},"
                    f" {escape(item.rule)})[/]"
                )
                stdout.print(
                    f"      {labels['latest_value']}: {escape(value)} · "
                    f"{labels['target']}: {escape(target)}"
                )
                stdout.print(
                    f"      {labels['proposal']}: "
                    f"{status_markup(item.proposal.status, repository, lang, ahead)} — "
                    f"{escape(item.proposal.explanation.sentence(lang))}"
                )
                stdout.print(
                    "      "
                    + own(
                        item.assessment.status if item.assessment else None,
                        item.differs,
                        labels["expert_status"],
                        item,
                    )
                )
                stdout.print(
                    f"      {labels['trend']}: {_trend(item.trend.trend, indicator.direction, lang)} — "
                    f"{escape(item.trend.explanation.sentence(lang))}"
                )
                for row in item.breakdowns:  # each row's own proposal and the expert's
                    stdout.print(
                        f"      {escape(row.title)}: {escape(latest(row))} — "
                        f"{labels['proposal'].lower()} "
                        f"{status_markup(row.proposal.status, repository, lang, ahead)}; "
                        + own(
                            row.assessment.status if row.assessment else None,
                            row.differs,
                            labels["expert_status"].lower(),
                            row,
                        )
                    )
