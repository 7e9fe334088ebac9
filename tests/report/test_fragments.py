"""ambition.report.fragments: a fragment a page shows twice is rendered once per item."""

import jinja2

from ambition.report.fragments import Fragments


class Counted:
    """An item whose ``n`` counts how often a template read it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.reads = 0

    @property
    def n(self) -> str:
        self.reads += 1
        return self.name


def test_a_macro_is_rendered_once_per_item_and_page() -> None:
    environment = jinja2.Environment(autoescape=True)
    page = environment.from_string(
        "{% macro value(i) %}[{{ i.n }}]{% endmacro %}"
        "{% macro target(i) %}<{{ i.n }}>{% endmacro %}"
        "{{ once(value, a) }} {{ once(value, a) }} {{ once(target, a) }} {{ once(value, b) }}"
    )
    a, b = Counted("a&"), Counted("b")
    assert page.render(once=Fragments(), a=a, b=b) == "[a&amp;] [a&amp;] <a&amp;> [b]"
    assert (a.reads, b.reads) == (2, 1)  # value(a) once, target(a) once, value(b) once
    page.render(once=Fragments(), a=a, b=b)  # a new page renders them again
    assert (a.reads, b.reads) == (4, 2)


def test_a_fragment_is_never_given_for_another_item_with_a_reused_id() -> None:
    once = Fragments()
    calls: list[str] = []

    def value(item: object) -> str:
        calls.append(str(item))
        return f"v{item}"

    assert once(value, 1000) == "v1000"
    assert once(value, 1000) == "v1000"
    assert once(value, [1]) == "v[1]"
    assert calls == ["1000", "[1]"]
