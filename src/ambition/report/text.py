"""Officers' text (analyses, justifications, descriptions): Markdown in, safe HTML out.

Experts write Markdown in the YAML files. For HTML reports it is rendered with markdown-it-py's
CommonMark preset with raw HTML off, so ``<script>`` stays visible text; links are limited to
http, https and mailto (any other link is left as plain text); images are off, because a report
must make no external requests; headings are off, because the report's own headings must stay in
order. The HTML is then sanitised with nh3 against a short list of tags, attributes and URL
schemes before it is marked safe for the templates.

In Markdown reports the officers' text stays Markdown but is made inert the same way
(``markdown_block``): ``<`` is written ``&lt;``, so no raw HTML and no ``<…>`` autolink survives,
and a link whose destination has a scheme other than http, https or mailto loses its link syntax.
Every other text from the data (titles, units, names, periods, assessors) is plain text and goes
through ``markdown_text``, which escapes what Markdown or HTML would read as markup.
"""

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import nh3
from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only URL schemes an officer's link may use."""

ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr"}
)
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_BACKTICKS = re.compile("`+")
_PLAIN_SPECIAL = re.compile(r"[\\`\[\]|<>]")
_PLAIN_ESCAPES = {"<": "&lt;", ">": "&gt;"}
# An inline link's "](" or a reference definition's "]:" before a destination that does not start
# with http:, https: or mailto: (``javascript:``, ``data:``, an entity such as ``&#106;``) loses its
# link syntax.
_LINK_DESTINATION = re.compile(r"\](\(|:)([ \t]*)(?!(?:https?|mailto):)", re.IGNORECASE)

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href", "title"}, "ol": {"start"}}

# Lines of prose in which Markdown finds nothing to do: each starts with a letter (no list,
# quote, heading, code block or HTML can start there) and ends without a space (no hard break),
# and holds only letters, digits, single spaces and punctuation that is no Markdown or HTML
# syntax (no `*_[]<>&"\\#|~`). CommonMark makes such a text one paragraph of itself, unescaped.
_PROSE_LINE = r"[^\W\d_](?:[^\W_]| (?! )|[,.;:!?%()'/–—-])*(?<! )"
_PROSE = re.compile(rf"{_PROSE_LINE}(?:\n{_PROSE_LINE})*\n?")
# The space between a number and its per cent sign ("45,9 %"), which a line must not break.
_PER_CENT_SPACE = re.compile(r"(?<=\d) (?=%)")


def allowed_link(url: str) -> bool:
    """True when ``url`` is an absolute http, https or mailto link (case-insensitive scheme)
    with no whitespace, quotes or angle brackets in it."""
    if any(character in url for character in " \t\r\n<>\"'`"):
        return False
    scheme, colon, _ = url.partition(":")
    return bool(colon) and scheme.lower() in LINK_SCHEMES


@lru_cache(maxsize=1)
def _parser() -> "MarkdownIt":
    # Imported here: a report whose texts are all prose (render_markdown) never needs it.
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False})
    parser.disable(["image", "heading", "lheading"])
    parser.validateLink = allowed_link  # type: ignore[method-assign]
    return parser


def render_markdown(text: str | None) -> Markup:
    """``text`` (an officer's Markdown) as sanitised HTML, safe to insert; '' for None.

    Raw HTML in ``text`` is escaped, links other than http/https/mailto are not links, and the
    result holds only the tags in ``ALLOWED_TAGS``; a number keeps its per cent sign on its
    line (:func:`markdown_to_html`). Example: ``'Se *bilaga*'`` gives
    ``'<p>Se <em>bilaga</em></p>'``.
    """
    if not text or not text.strip():
        return Markup("")
    if _PROSE.fullmatch(text):
        # What markdown_to_html makes of such prose, without markdown-it and nh3 (a tenth of
        # an HTML report); tests/report/test_text.py compares both on generated texts.
        prose = _PER_CENT_SPACE.sub("\u00a0", text.rstrip())
        return Markup(f"<p>{prose}</p>")  # nothing in it is markup (_PROSE)
    return Markup(markdown_to_html(text))  # sanitised by nh3


def markdown_to_html(text: str) -> str:
    """``text`` rendered by markdown-it (CommonMark, raw HTML, images and headings off, links
    as :func:`allowed_link` allows) and sanitised by nh3 to ``ALLOWED_TAGS``, trimmed: what
    :func:`render_markdown` gives for any text, as a plain string. The space between a number
    and a per cent sign becomes a no-break space, as Swedish writes it ("45,9 %" is never
    broken after 45,9; Språkrådet, Svenska skrivregler)."""
    html = _parser().render(text)
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
    )
    return _PER_CENT_SPACE.sub("\u00a0", clean.strip())


def _one_line(text: object) -> str:
    return _ASCII_SPACE.sub(" ", str(text)).strip()


def markdown_cell(text: object) -> str:
    """``text`` made safe for one cell of a GitHub Markdown table: pipes escaped, one line.

    Every run of ASCII whitespace (newlines included) becomes one space and ``|`` becomes ``\\|``,
    so a cell never ends early nor breaks its row; an existing ``\\|`` is kept as it is. No-break
    spaces (the Swedish thousands separator) are kept.
    """
    one_line = _one_line(text)
    return one_line.replace("\\|", "|").replace("|", "\\|")


def markdown_text(text: object) -> str:
    """Plain text from the data (a title, unit, name) made inert for a Markdown report: one line,
    ``\\``, backticks, ``[``, ``]`` and ``|`` escaped with a backslash, ``<`` and ``>`` written
    ``&lt;`` and ``&gt;``, and a leading ``#`` escaped, so no viewer reads a heading, link, image,
    code span, table cell or HTML into it. Example: ``'<b>[x](y)</b>'`` gives
    ``'&lt;b&gt;\\[x\\](y)&lt;/b&gt;'``."""
    one_line = _PLAIN_SPECIAL.sub(
        lambda m: _PLAIN_ESCAPES.get(m.group(), "\\" + m.group()), _one_line(text)
    )
    return "\\" + one_line if one_line.startswith("#") else one_line


def markdown_block(text: object, indent: int = 0) -> str:
    """An officer's Markdown as a block: trimmed, line endings normalised, every line after the
    first indented by ``indent`` spaces (to continue a list item).

    Made inert as the HTML report is: ``<`` becomes ``&lt;`` (no raw HTML, no ``<…>``
    autolink), and an inline link or reference definition whose destination has a scheme other
    than http, https or mailto keeps its text but loses its link syntax (``\\]\\(javascript:``).
    """
    inert = _LINK_DESTINATION.sub(r"\\]\\\1\2", str(text).replace("<", "&lt;"))
    lines = inert.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    pad = " " * indent
    return "\n".join([lines[0], *[(pad + line) if line.strip() else "" for line in lines[1:]]])


def markdown_link_text(text: object) -> str:
    """``text`` for the brackets of a Markdown link or image: one line, ``\\``, ``[`` and ``]``
    escaped."""
    one_line = _one_line(text)
    return one_line.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def markdown_code(text: object) -> str:
    """``text`` as Markdown inline code, fenced with one backtick more than the longest run of
    backticks it holds, and padded with a space when it starts or ends with one (CommonMark
    §6.1), e.g. ``'a`b'`` gives ``'``a`b``'``."""
    text = str(text)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
