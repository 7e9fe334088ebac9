"""``ambition.yaml``'s named references: each kind's Kolada id, groups and their members."""

import pytest
from pydantic import ValidationError

from ambition.models.project import NamedReference, Project, ReferenceKind

PROJECT = {
    "municipality": {"name": "Vaggeryds kommun", "code": "0665"},
    "term_of_office": {"start": 2019, "end": 2022},
    "periods": [{"id": "helar-2022", "kind": "annual", "closing_date": "2022-12-31"}],
}


def test_the_shipped_kinds_are_accepted() -> None:
    project = Project.model_validate(
        {
            **PROJECT,
            "references": {
                "riket": {"name": "Riket", "kind": "country", "kolada": "0000"},
                "lan": {"name": "Jönköpings län", "kind": "county", "kolada": "0006"},
                "aneby": {"name": "Aneby", "kind": "municipality", "kolada": "0604"},
                "grannar": {"name": "Grannar", "kind": "group", "members": ["aneby"]},
                "liknande": {"name": "Liknande", "kind": "group", "kolada": "G33795"},
            },
        }
    )
    assert [r.kind for r in project.references.values()] == [
        ReferenceKind.COUNTRY,
        ReferenceKind.COUNTY,
        ReferenceKind.MUNICIPALITY,
        ReferenceKind.GROUP,
        ReferenceKind.GROUP,
    ]


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ({"kind": "country", "kolada": "0001"}, "a country's Kolada id is '0000'; found '0001'"),
        (
            {"kind": "county", "kolada": "0665"},
            "a county's Kolada id is '00' and the county code, e.g. '0006' for Jönköpings "
            "län; found '0665'",
        ),
        (
            {"kind": "municipality"},
            "a municipality's Kolada id is the four-digit municipality code, e.g. '0604'; "
            "found nothing",
        ),
        (
            {"kind": "group"},
            "a group is either a Kolada group ('kolada: G…') or 'members' (ids of other "
            "references): give exactly one",
        ),
        (
            {"kind": "group", "kolada": "0604"},
            "a Kolada group's id starts with G, e.g. 'G33795', not '0604'",
        ),
        (
            {"kind": "municipality", "kolada": "0604", "members": ["x"]},
            "only a group has members, not a municipality",
        ),
    ],
)
def test_an_id_that_does_not_fit_the_kind_says_what_it_should_be(
    reference: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        NamedReference.model_validate({"name": "X", **reference})
    assert error.value.errors()[0]["msg"] == f"Value error, {message}"


def test_members_must_be_named_and_not_groups_and_the_municipality_is_no_reference() -> None:
    with pytest.raises(ValidationError) as error:
        Project.model_validate(
            {
                **PROJECT,
                "references": {
                    "self": {"name": "V", "kind": "municipality", "kolada": "0665"},
                    "a": {"name": "A", "kind": "group", "members": ["b", "nowhere"]},
                    "b": {"name": "B", "kind": "group", "kolada": "G1"},
                },
            }
        )
    assert error.value.errors()[0]["msg"] == (
        "Value error, references.self: '0665' is the municipality itself; a reference is "
        "another municipality, a county, the country or a group; references.a.members: 'b' "
        "is a group; a group's members are municipalities, counties or the country; "
        "references.a.members: no reference 'nowhere' (the references are a, b, self)"
    )
