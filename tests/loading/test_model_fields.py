"""Following a model's annotations along an error path: keys, words, bounds, shares."""

from ambition.loading.model_fields import (
    allowed_words,
    annotation_at,
    bounds_at,
    field_at,
    is_share,
    known_keys,
    strip_optional,
)
from ambition.messages.text import Text
from ambition.models import Indicator
from ambition.models.indicator import Baseline
from ambition.models.method import RelativeRule


def test_keys_words_and_fields_along_a_path() -> None:
    assert known_keys(Indicator, ["source"]) == [
        "publisher",
        "kolada_kpi",
        "measure",
        "url",
        "note",
    ]
    assert known_keys(Indicator, ["unit"]) == []
    words = allowed_words(annotation_at(Indicator, ["direction"]))
    assert isinstance(words, Text) and words.render("en") == "'increase' or 'decrease'"
    assert words.render("sv") == "'increase' eller 'decrease'"
    assert allowed_words(annotation_at(Indicator, ["unit"])) is None
    assert annotation_at(Indicator, ["nope"]) is None
    assert strip_optional(annotation_at(Indicator, ["baseline"])) is Baseline
    assert field_at(Indicator, ["unit"]) is Indicator.model_fields["unit"]
    assert field_at(Indicator, []) is None


def test_bounds_of_a_value_and_of_a_key() -> None:
    assert bounds_at(Indicator, ["decimals"], {}) == (0, 6)
    assert bounds_at(Indicator, ["values", 2020], {}, on_key=True) == (1900, 2200)
    assert bounds_at(Indicator, ["unit"], {"ge": 3}) == (3, None)
    assert not is_share(Indicator, ["values", 2020])
    assert is_share(RelativeRule, ["partly_band"])
