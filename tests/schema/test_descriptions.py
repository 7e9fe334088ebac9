"""Field descriptions: Swedish beside English, examples, and only for fields the models have."""

import pydantic

import ambition.models
from ambition.schema.descriptions import DESCRIPTIONS, describe

ASSESSMENTS = ("IndicatorAssessment", "GoalAssessment", "AreaAssessment", "BreakdownAssessment")


def test_swedish_comes_first_then_the_models_english_and_the_examples() -> None:
    body = {
        "properties": {
            "values": {"title": "Values", "description": "Per year."},
            "decimals": {"title": "Decimals"},
            "unheard_of": {"title": "Unheard Of"},
        }
    }
    describe(body, "Indicator")
    assert body["properties"] == {
        "values": {
            "description": "Värden per år: 2022: 36.2 (decimalpunkt, inga mellanslag, inget %); "
            "ett preliminärt värde som 2022: {value: 36.2, preliminary: true}; ett år utan värde "
            "som 2023: {marker: reported_later}.\n\nPer year.",
            "examples": [{"2021": 34.5, "2022": 36.2}],
        },
        "decimals": {
            "description": "Antal decimaler i rapporterna.\n\nDecimals shown.",
            "examples": [1],
        },
        "unheard_of": {},
    }


def test_every_assessment_model_shares_the_assessment_descriptions() -> None:
    for name in ASSESSMENTS:
        body: dict[str, dict[str, dict[str, str]]] = {"properties": {"status": {}}}
        describe(body, name)
        assert body["properties"]["status"]["description"].startswith("Sakkunnigs bedömning")


def test_every_description_is_of_a_field_a_model_has() -> None:
    fields: dict[str, set[str]] = {}
    for name in dir(ambition.models):
        model = getattr(ambition.models, name)
        if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
            fields[model.__name__] = set(model.model_fields)
    fields["Assessment"] = set().union(*(fields.get(name, set()) for name in ASSESSMENTS))
    unknown = sorted(key for key in DESCRIPTIONS if key[1] not in fields.get(key[0], set()))
    assert unknown == []
