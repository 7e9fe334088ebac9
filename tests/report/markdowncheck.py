"""Markdown read back as a viewer that does not sanitise would read it: markdown-it-py with raw
HTML on, every link scheme accepted and GitHub's tables, its tokens flattened."""

from markdown_it import MarkdownIt
from markdown_it.token import Token


def lax_viewer() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def flatten(tokens: list[Token]) -> list[Token]:
    flat = []
    for token in tokens:
        flat.append(token)
        flat.extend(flatten(token.children or []))
    return flat
