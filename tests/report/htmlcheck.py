"""Parse a report page with the standard library and collect what the structural tests assert."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    """What a page holds: headings (level, text), ids, tags, attributes and landmarks."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str, str]] = field(default_factory=list)
    svgs: list[dict[str, str]] = field(default_factory=list)
    text: str = ""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._heading: int | None = None
        self._heading_text: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tags.append(tag)
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            self.page.attributes.append((tag, name, value))
        if "id" in values:
            self.page.ids.append(values["id"])
        if tag == "svg":
            self.page.svgs.append(values)
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self._heading, self._heading_text = int(tag[1]), []

    def handle_endtag(self, tag: str) -> None:
        if self._heading is not None and tag == f"h{self._heading}":
            self.page.headings.append(
                (self._heading, " ".join("".join(self._heading_text).split()))
            )
            self._heading = None

    def handle_data(self, data: str) -> None:
        self._text.append(data)
        if self._heading is not None:
            self._heading_text.append(data)

    def close(self) -> None:
        super().close()
        self.page.text = "".join(self._text)


def parse(html: str) -> Page:
    """The structure of ``html``."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.page


def heading_jumps(headings: list[tuple[int, str]]) -> list[str]:
    """Headings that skip a level (h2 followed by h4), or a first heading other than h1."""
    problems = []
    previous = 0
    for level, text in headings:
        if level > previous + 1:
            problems.append(f"h{level} after h{previous}: {text}")
        previous = level
    return problems
