"""Officers' Markdown: rendered, links limited, sanitised; Markdown table cells escaped."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from ambition.layout import find_root
from ambition.report.text import (
    allowed_link,
    markdown_block,
    markdown_cell,
    markdown_code,
    markdown_link_text,
    markdown_text,
    markdown_to_html,
    render_markdown,
)
from tests.report.hostile import PAYLOAD
from tests.report.markdowncheck import flatten, lax_viewer

REL = 'rel="noopener noreferrer"'


def test_markdown_is_rendered() -> None:
    html = render_markdown("Se *bilaga* och **tabell**.\n\n- ett\n- två")
    assert isinstance(html, Markup)
    assert html == (
        "<p>Se <em>bilaga</em> och <strong>tabell</strong>.</p>\n<ul>\n<li>ett</li>\n<li>två</li>\n</ul>"
    )


def test_allowed_links_stay_links() -> None:
    html = render_markdown(
        "[SMHI](https://smhi.se) [Kolada](http://kolada.se) [Mejl](mailto:a@b.se)"
    )
    assert html == (
        f'<p><a href="https://smhi.se" {REL}>SMHI</a> <a href="http://kolada.se" {REL}>Kolada</a> '
        f'<a href="mailto:a@b.se" {REL}>Mejl</a></p>'
    )


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "<javascript:alert(1)>",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](/relative)",
    ],
)
def test_other_links_are_text(text: str) -> None:
    assert "<a" not in render_markdown(text)
    assert "href" not in render_markdown(text)


def test_raw_html_is_escaped() -> None:
    html = render_markdown('<script>alert(1)</script> <img src=x onerror="alert(1)">')
    # Quotes need no escaping in text (nh3 writes them plain); angle brackets do.
    assert (
        html == '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror="alert(1)"&gt;</p>'
    )


def test_images_and_headings_are_off() -> None:
    # An image would be an external request; a heading would break the report's outline.
    html = render_markdown("# Rubrik\n\n![diagram](https://example.org/x.png)")
    assert "<img" not in html and "<h1" not in html
    assert html.startswith("<p># Rubrik</p>")


def test_empty_text() -> None:
    assert render_markdown(None) == Markup("")
    assert render_markdown("  \n") == Markup("")


def test_allowed_link() -> None:
    assert allowed_link("https://www.kolada.se/?kpis=N01951&municipals=0665")
    assert allowed_link("MAILTO:info@vaggeryd.se")
    assert not allowed_link("javascript:alert(1)")
    assert not allowed_link("https://example.org/a b")
    assert not allowed_link('https://example.org/"onmouseover="x')
    assert not allowed_link("www.example.org")


def test_markdown_cell() -> None:
    assert markdown_cell("a | b\nc  d") == "a \\| b c d"
    assert markdown_cell("already \\| escaped") == "already \\| escaped"
    assert markdown_cell(14854) == "14854"
    assert markdown_cell("14\u202f854 invånare") == "14\u202f854 invånare"


def test_markdown_block() -> None:
    assert markdown_block("  Första.\r\n\r\nAndra\n- punkt\n") == "Första.\n\nAndra\n- punkt"
    assert markdown_block("Första.\n\nAndra", indent=2) == "Första.\n\n  Andra"


def test_markdown_link_text() -> None:
    assert markdown_link_text("a [b]\n\\ c") == "a \\[b\\] \\\\ c"


def test_markdown_code() -> None:
    assert markdown_code("rollup.achieved_share") == "`rollup.achieved_share`"
    assert markdown_code("a`b") == "``a`b``"
    assert markdown_code("`x``") == "``` `x`` ```"
    assert markdown_code(2022) == "`2022`"


def test_plain_text_is_escaped_for_markdown_and_html() -> None:
    # Every construct the issue names: <, >, [, ], |, backticks and a leading #.
    assert markdown_text("# Mål <b>[x](javascript:y)</b> | `k`") == (
        "\\# Mål &lt;b&gt;\\[x\\](javascript:y)&lt;/b&gt; \\| \\`k\\`"
    )
    assert markdown_text("a\n\n# b") == "a # b"
    assert markdown_text("C:\\temp") == "C:\\\\temp"
    tokens = flatten(lax_viewer().parse(markdown_text(PAYLOAD)))
    assert {t.type for t in tokens} == {"paragraph_open", "inline", "text", "paragraph_close"}


def test_officers_markdown_stays_markdown_but_inert() -> None:
    assert markdown_block("Se *bilaga* och [SMHI](https://smhi.se).") == (
        "Se *bilaga* och [SMHI](https://smhi.se)."
    )
    assert markdown_block("[a](javascript:x) [b]( &#106;avascript:y)\n[r]: data:x") == (
        "[a\\]\\(javascript:x) [b\\]\\( &#106;avascript:y)\n[r\\]\\: data:x"
    )
    assert markdown_block("<script>x</script> <javascript:y>") == (
        "&lt;script>x&lt;/script> &lt;javascript:y>"
    )
    tokens = flatten(lax_viewer().parse(markdown_block(PAYLOAD)))
    assert not [t for t in tokens if t.type in ("html_inline", "html_block", "link_open")]


# Prose and near-prose: Swedish letters, digits, the punctuation prose uses, and the characters
# and line shapes that make Markdown of it (list markers, emphasis, entities, hard breaks,
# indented lines, blank lines), so generated texts fall on both sides of the quick path.
PROSE_LIKE = st.text(
    alphabet=st.sampled_from(
        list("abcåäöéüAÅÖZ019²½ ,.;:!?%()'/–—-") + list('\n*_[]<>&"\\#|~`=+\r\t\u00a0')
    ),
    max_size=60,
)


@settings(max_examples=600, deadline=None)
@given(PROSE_LIKE)
def test_prose_is_rendered_as_markdown_it_and_nh3_render_it(text: str) -> None:
    # The quick path for prose (render_markdown without markdown-it) must give exactly what
    # markdown-it and nh3 give, on any text, and keep nothing unescaped that is markup.
    assert render_markdown(text) == (markdown_to_html(text) if text.strip() else "")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Andelen", "ökat", "2022", "50 %", "(riket)", "–", "x."]), min_size=1)
)
def test_sentences_of_words_are_one_paragraph(words: list[str]) -> None:
    text = " ".join(words)
    assert render_markdown(text) == markdown_to_html(text)
    if text[0].isalpha():  # CommonMark §4.8: one paragraph, "50 %" kept on one line
        kept = text.replace("50 %", "50\u00a0%")
        assert render_markdown(text) == f"<p>{kept}</p>"


def test_a_number_keeps_its_per_cent_sign_on_its_line() -> None:
    # The analysis of laddbara bilar broke "45,9 %" after 45,9 at 1280 px: the space between a
    # number and % is a no-break space, in prose and in Markdown alike; other spaces stay.
    nbsp = "\u00a0"
    assert render_markdown("från 45,9 % i Värnamo till 62,7 % i Aneby.") == (
        f"<p>från 45,9{nbsp}% i Värnamo till 62,7{nbsp}% i Aneby.</p>"
    )
    assert render_markdown("Andelen *ökade* med 5 %.\n\n- 20 % av 40") == (
        f"<p>Andelen <em>ökade</em> med 5{nbsp}%.</p>\n<ul>\n<li>20{nbsp}% av 40</li>\n</ul>"
    )
    assert render_markdown("Andelen var 30% 2022, 100 procent %-enheter.") == (
        "<p>Andelen var 30% 2022, 100 procent %-enheter.</p>"
    )


def test_every_text_of_the_shipped_data_renders_as_before() -> None:
    # Every officer's text of the example in data/ (descriptions, analyses, justifications,
    # progress notes: each a YAML string): the quick path and markdown-it agree on all of them.
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    root = find_root(Path(__file__).parent)
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((root / "data").rglob("*.yaml")):
        walk(yaml.load(path.read_text(encoding="utf-8")))
    prose = [t for t in texts if t.strip() and render_markdown(t) == f"<p>{t.rstrip()}</p>"]
    assert len(texts) > 500 and len(prose) > 100  # the quick path is taken, and often
    for text in texts:
        assert render_markdown(text) == (markdown_to_html(text) if text.strip() else "")
