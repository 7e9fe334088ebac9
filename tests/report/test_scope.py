"""ambition.report.scope: a report of one goal or of one organisation's indicators."""

import pytest

from ambition.method.engine import assess_period
from ambition.report import (
    ReportFormat,
    Scope,
    UnknownScopeError,
    render_files,
    render_report,
)
from ambition.report.scope import WHOLE, check_scope, select
from ambition.repository import Repository
from tests.report.htmlcheck import parse


def test_goal_report(real: Repository) -> None:
    scope = Scope(goal="folkhalsa-kultur-fritid")
    files = render_files(real, real.period(), [ReportFormat.HTML], scope=scope)
    assert [f.name for f in files] == ["helar-2022-folkhalsa-kultur-fritid.html"]
    page = parse(files[0].text)
    goals = [text for level, text in page.headings if level == 2 and text.startswith("Mål ")]
    assert goals == ["Mål 3: Folkhälsa, kultur och fritid"]
    assert "Urval: mål 3, Folkhälsa, kultur och fritid." in page.text


def test_organisation_report(real: Repository) -> None:
    scope = Scope(organisation="socialnamnden")
    text = render_report(real, real.period(), ReportFormat.MARKDOWN, scope=scope)
    own = sorted(i.title for i in real.indicators.values() if i.responsible == "socialnamnden")
    shown = sorted(line[5:] for line in text.splitlines() if line.startswith("#### "))
    assert shown == own and len(own) > 0
    assert "Urval: indikatorer som Socialnämnden ansvarar för." in text


def test_unknown_goal_or_organisation(real: Repository) -> None:
    with pytest.raises(UnknownScopeError, match="unknown goal 'nope'; goals: hallbar-") as goal:
        render_report(real, real.period(), ReportFormat.HTML, scope=Scope(goal="nope"))
    assert goal.value.render("sv").startswith("målet 'nope' finns inte; målen är: hallbar-")
    with pytest.raises(UnknownScopeError, match="unknown organisation 'nope'") as organisation:
        render_report(real, real.period(), ReportFormat.HTML, scope=Scope(organisation="nope"))
    assert organisation.value.render("sv").startswith(
        "organisationen 'nope' finns inte; organisationerna är: kommunfullmaktige, "
    )


def test_select_keeps_an_organisations_indicators_and_every_status(real: Repository) -> None:
    result = assess_period(real, real.period())
    assert select(result, WHOLE) == result
    assert WHOLE.suffix == ""
    scope = Scope(goal="folkhalsa-kultur-fritid", organisation="socialnamnden")
    assert scope.suffix == "-socialnamnden-folkhalsa-kultur-fritid"
    narrowed = select(result, scope)
    assert [g.goal.id for g in narrowed.goals] == ["folkhalsa-kultur-fritid"]
    indicators = narrowed.indicators
    assert indicators and {i.indicator.responsible for i in indicators} == {"socialnamnden"}
    whole_goal = next(g for g in result.goals if g.goal.id == "folkhalsa-kultur-fritid")
    assert narrowed.goals[0].status == whole_goal.status
    check_scope(real, scope)
