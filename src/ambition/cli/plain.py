"""Command-line manners that typer does not give: plain help and all missing options at once.

Typer (0.29) writes the type of every option in its help (``--strict <bool>``, ``--root
<path>``) and a required argument in braces in the usage line (``{indicator_id}``); and click
stops at the first missing required option, so ``new indicator x`` takes three runs to learn
that ``--area`` and ``--responsible`` are both needed. ``PlainGroup``, the class of the main
app, walks every command once when the app is built and gives each parameter a plain name
(``--root PATH``, ``--lang sv|en``, a flag with nothing after it, ``INDICATOR_ID``) and each
command a parser that names every missing parameter in one message.

Typer vendors click as ``typer._click``; its exception classes are taken from there, since
those are the ones its parser raises.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from typer import Exit
from typer._click import Context, HelpFormatter
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from ambition.cli.common import EXIT_CLOSED_PIPE, Language, closed_pipe, language_at
from ambition.messages.text import Text, listing, text


class PlainOption(TyperOption):
    """An option whose help shows its plain metavar (``PATH``, ``sv|en``), nothing for a flag."""

    __slots__ = ()

    def display_type_rich(self, ctx: Context) -> str | None:
        """The metavar, or None for a flag."""
        return None if self.is_flag else self.metavar


class PlainArgument(TyperArgument):
    """An argument named plainly in the usage line (``INDICATOR_ID``, ``[REV_B]``) and without
    a type in the help (its name says it)."""

    __slots__ = ()

    def display_type_rich(self, ctx: Context) -> str | None:
        """No type: the argument's name is its metavar."""
        return None

    def get_usage_pieces(self, ctx: Context) -> list[str]:
        """``NAME`` when required, ``[NAME]`` when not, ``NAME...`` for several."""
        name = self.metavar or (self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return [name + ("..." if self.nargs != 1 else "")]


class AllMissingCommand(TyperCommand):
    """A command that names every missing required parameter at once, with plain help."""

    __slots__ = ()

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Parse as click does; when a required parameter is missing, name all of them."""
        given = list(args)  # click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)
        except MissingParameter:
            missing = missing_parameters(self, ctx, given)
            if not missing:
                raise
            raise UsageError(missing_message(missing, spoken(given)), ctx) from None
        except (NoSuchOption, BadOptionUsage, BadParameter) as error:
            said = usage_message(error, spoken(given))
            if said is None:
                raise
            raise UsageError(said, ctx) from None

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """Typer's help, with a closed pipe left to the CLI (see ``closed_pipe_help``)."""
        with closed_pipe_help():
            super().format_help(ctx, formatter)


@contextmanager
def closed_pipe_help() -> Iterator[None]:
    """Rich, which writes typer's help, ends a closed pipe (``ambition --help | head -1``)
    with exit 1, which here means "problems in the data" (and so would typer, on a
    BrokenPipeError): exit 141 instead, as a command does. Writing help exits in no other way."""
    try:
        yield
    except SystemExit as stop:
        if stop.code == 1:
            closed_pipe()
            raise Exit(EXIT_CLOSED_PIPE) from None
        raise


def missing_parameters(command: TyperCommand, ctx: Context, args: list[str]) -> list[Any]:
    """The required parameters of ``command`` that ``args`` does not give, in the order of the
    command's parameters."""
    opts, _, _ = command.make_parser(ctx).parse_args(args=list(args))
    return [p for p in command.get_params(ctx) if p.required and opts.get(p.name) is None]


def missing_message(missing: list[Any], lang: str = "en") -> str:
    """'Missing argument 'INDICATOR_ID' and options '--area', '--responsible'.' ("Ange
    argumentet 'INDICATOR_ID' och alternativen '--area', '--responsible'.") in ``lang``."""
    arguments = [
        f"'{p.metavar or p.name.upper()}'" for p in missing if isinstance(p, TyperArgument)
    ]
    options = [f"'{p.opts[0]}'" for p in missing if not isinstance(p, TyperArgument)]
    parts: list[str | Text] = []
    if arguments:
        parts.append(text("missing.arguments", n=len(arguments), names=", ".join(arguments)))
    if options:
        parts.append(text("missing.options", n=len(options), names=", ".join(options)))
    return text("missing", what=listing(parts)).render(lang)


def usage_message(error: UsageError, lang: str = "en") -> str | None:
    """Click's and typer's usage errors in the catalogue's words, in ``lang``: an option that
    does not exist (with click's near names: "menade du '--format'?"), an option without its
    value, a value that is none of an option's choices ("'pdff' är inget giltigt värde för
    --format; skriv ett av md|html|pdf|docx"). None for any other error, which stays as
    click words it."""
    if isinstance(error, NoSuchOption):
        said = text("usage.no-such-option", name=error.option_name)
        if error.possibilities:
            names = listing(list(error.possibilities), "or")
            said = text("usage.did-you-mean", said=said, names=names)
        return said.render(lang)
    if isinstance(error, BadOptionUsage):
        return text("usage.needs-value", name=error.option_name).render(lang)
    if isinstance(error, BadParameter) and error.param is not None:
        name = error.param.opts[0] if error.param.opts else error.param.name
        allowed = error.param.metavar or ""
        found = re.search(r"('[^']*') is not one of", error.message)
        if found is None or "|" not in allowed:
            return None
        return text("usage.bad-value", value=found.group(1), name=name, allowed=allowed).render(
            lang
        )
    return None


def spoken(args: list[str]) -> str:
    """The language of a message about the command line ``args``: its ``--lang``, else the
    repository's of its ``--root`` or of the current folder ('sv' without one)."""
    values: dict[str, str] = {}
    for i, arg in enumerate(args):
        name, equals, value = arg.partition("=")
        if name in ("--lang", "--root"):
            if equals:
                values[name] = value
            elif i + 1 < len(args):
                values[name] = args[i + 1]
    lang = values.get("--lang")
    chosen = Language(lang) if lang in {item.value for item in Language} else None
    root = values.get("--root")
    return language_at(Path(root) if root else None, chosen)


def _metavar(param: Any) -> str:
    described = param.type_descriptor
    if described.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in described.choices or ())
    if isinstance(param, TyperArgument):
        return (param.name or "").upper()
    if described.is_path:
        return "PATH"
    long = next((o for o in param.opts if o.startswith("--")), param.opts[0])
    return str(long).lstrip("-").upper()


def make_plain(command: Any) -> None:
    """Give ``command``, and every command under it, plain parameter names and the parser that
    names all missing parameters (in place; called once, when the app is built)."""
    for param in command.params:
        if isinstance(param, TyperOption) and type(param) is TyperOption:
            param.__class__ = PlainOption
            if param.metavar is None and not param.is_flag:
                param.metavar = _metavar(param)
        elif isinstance(param, TyperArgument) and type(param) is TyperArgument:
            param.__class__ = PlainArgument
            if param.metavar is None:
                param.metavar = _metavar(param)
    # click makes --help on demand and keeps it: make it now, and plain.
    help_option = command.get_help_option(Context(command))
    if help_option is not None and type(help_option) is TyperOption:
        help_option.__class__ = PlainOption
    if type(command) is TyperCommand:
        command.__class__ = AllMissingCommand
    elif type(command) is TyperGroup:
        command.__class__ = PlainGroup
    for sub in getattr(command, "commands", {}).values():
        make_plain(sub)


class PlainGroup(TyperGroup):
    """The main app's group: on construction, every command under it is made plain."""

    __slots__ = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        make_plain(self)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """Typer's help, with a closed pipe left to the CLI (see ``closed_pipe_help``)."""
        with closed_pipe_help():
            super().format_help(ctx, formatter)
