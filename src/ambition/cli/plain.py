"""Command-line manners that typer does not give: plain help, all missing options at once,
usage errors in the reader's language, and ``--root`` and ``--lang`` before the command too.

Typer (0.29) writes the type of every option in its help (``--strict <bool>``, ``--root
<path>``) and a required argument in braces in the usage line (``{indicator_id}``); and click
stops at the first missing required option, so ``new indicator x`` takes three runs to learn
that ``--area`` and ``--responsible`` are both needed. ``PlainGroup``, the class of the main
app, walks every command once when the app is built and gives each parameter a plain name
(``--root PATH``, ``--lang sv|en``, a flag with nothing after it, ``INDICATOR_ID``), each help
text whole paragraphs that wrap at the terminal's width (and the list of commands each one's
first sentence), and each command a parser that names every missing parameter in one message.
Every usage error, wherever click raises it, is written by ``cli.usage`` in the language of
the command line or the repository. ``ambition --root DIR validate`` means ``ambition validate
--root DIR`` (and so for ``--lang``); given in both places with different values, it is a
usage error.

Typer vendors click as ``typer._click``; its exception classes are taken from there, since
those are the ones its parser raises.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from typer import Exit
from typer._click import Context, HelpFormatter
from typer._click.exceptions import ClickException, MissingParameter, NoArgsIsHelpError, UsageError
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

import ambition.cli.usage as usage
from ambition.cli.common import EXIT_CLOSED_PIPE, closed_pipe
from ambition.messages.text import text

GLOBAL = ("root", "lang")
"""The options of the main app that a command takes too: before the command's name they mean
the same as after it."""


class PlainOption(TyperOption):
    """An option whose help shows its plain metavar (``PATH``, ``sv|en``), nothing for a flag."""

    __slots__ = ()

    def display_type_rich(self, ctx: Context) -> str | None:
        """The metavar, or None for a flag."""
        return None if self.is_flag else self.metavar

    def _get_number_range_help_str(self) -> str | None:
        """Nothing beside the metavar (``TIMEOUT [x>=0.1]``): the help says the range in words
        (``make_plain``)."""
        return None


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
        """Parse as click does; when a required parameter is missing, name all of them. The
        main app's ``--root`` and ``--lang`` stand for the command's own when it has none."""
        given = list(args)  # click's parser consumes the list it is given
        try:
            rest = super().parse_args(ctx, args)
        except MissingParameter:
            missing = missing_parameters(self, ctx, given)
            if not missing:
                raise
            lang = usage.spoken(usage.command_line(ctx, given))
            raise UsageError(usage.missing_message(missing, lang), ctx) from None
        except UsageError as error:
            with_context(error, ctx)
            raise
        take_over(ctx, given)
        return rest

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


def _range(low: float | None, high: float | None) -> str:
    """A number option's range in words: "At least 0.1.", "At most 5.", "From 1 to 5."."""
    if low is None:
        return "" if high is None else f"At most {high}."
    return f"At least {low}." if high is None else f"From {low} to {high}."


def make_plain(command: Any) -> None:
    """Give ``command``, and every command under it, plain parameter names and the parser that
    names all missing parameters (in place; called once, when the app is built)."""
    for param in command.params:
        if isinstance(param, TyperOption) and type(param) is TyperOption:
            param.__class__ = PlainOption
            if param.metavar is None and not param.is_flag:
                param.metavar = _metavar(param)
            param.help = " ".join(filter(None, [param.help, _range(param.min, param.max)]))
        elif isinstance(param, TyperArgument) and type(param) is TyperArgument:
            param.__class__ = PlainArgument
            if param.metavar is None:
                param.metavar = _metavar(param)
    # click makes --help on demand and keeps it: make it now, and plain.
    help_option = command.get_help_option(Context(command))
    if help_option is not None and type(help_option) is TyperOption:
        help_option.__class__ = PlainOption
    if command.help:
        command.help = _paragraphs(command.help)
        command.short_help = command.short_help or first_sentence(command.help)
    if type(command) is TyperCommand:
        command.__class__ = AllMissingCommand
    elif type(command) is TyperGroup:
        command.__class__ = PlainGroup
    for sub in getattr(command, "commands", {}).values():
        make_plain(sub)


class PlainGroup(TyperGroup):
    """The main app's group: on construction, every command under it is made plain; the
    group at the top writes every usage error under it in the reader's language."""

    __slots__ = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        make_plain(self)

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        """Click's context; at the top, with the whole command line kept for the language of
        its usage errors (``usage.ARGS``), and a usage error written (exit 2)."""
        given = list(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except ClickException as error:
            if parent is not None:
                raise  # the group at the top writes it
            raise shown(error, given) from None
        if parent is None:
            ctx.meta[usage.ARGS] = given
        return ctx

    def invoke(self, ctx: Context) -> Any:
        """Click's invocation; at the top, a usage error under it written (exit 2)."""
        try:
            return super().invoke(ctx)
        except ClickException as error:
            if ctx.parent is not None:
                raise
            raise shown(error, usage.command_line(ctx, [])) from None

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Parse as click does (a usage error knowing its command)."""
        try:
            return super().parse_args(ctx, args)
        except UsageError as error:
            with_context(error, ctx)
            raise

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Any, list[str]]:
        """Click's command of ``args``; a name that is none in the catalogue's words, with the
        near names (or every name)."""
        try:
            return super().resolve_command(ctx, args)
        except UsageError:
            name = args[0] if args else ""
            if not name or name.startswith("-") or self.get_command(ctx, name) is not None:
                raise
            names = list(self.commands)
            lang = usage.spoken(usage.command_line(ctx, args))
            said = usage.no_such_command(name, names, get_close_matches(name, names), lang)
            raise UsageError(said, ctx) from None

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """Typer's help, with a closed pipe left to the CLI (see ``closed_pipe_help``)."""
        with closed_pipe_help():
            super().format_help(ctx, formatter)


def shown(error: ClickException, args: list[str]) -> Exit:
    """Write ``error`` (``usage.show``) in the language of the command line ``args``; the exit
    to raise with the error's code (2). The help that typer printed for a command given
    without arguments (``ambition new``) is not followed by anything."""
    if not isinstance(error, NoArgsIsHelpError):
        usage.show(error, usage.spoken(args))
    return Exit(error.exit_code)


def with_context(error: UsageError, ctx: Context) -> None:
    """Let ``error`` know the command it is about, which click's parser leaves out of some (an
    option given a value it does not take), so that its usage line is shown."""
    if error.ctx is None:
        error.ctx, error.cmd = ctx, ctx.command


def take_over(ctx: Context, given: list[str]) -> None:
    """Give the command of ``ctx`` the value of the main app's ``--root`` and ``--lang`` (the
    context at the top) for each it has and was not given; raises UsageError when a value
    was given in both places and they differ (for ``--root``, folders that differ)."""
    top = ctx.find_root()
    if top is ctx:
        return
    for name in GLOBAL:
        before = top.params.get(name)
        if before is None or name not in ctx.params:
            continue
        after = ctx.params[name]
        if after is None:
            ctx.params[name] = before
        elif _differ(name, before, after):
            lang = usage.spoken(usage.command_line(ctx, given))
            said = text(
                "usage.given-twice", name=f"--{name}", before=_word(before), after=_word(after)
            )
            raise UsageError(said.render(lang), ctx)


def _word(value: object) -> str:
    return str(getattr(value, "value", value))


def _differ(name: str, before: object, after: object) -> bool:
    if name == "root":
        return Path(str(before)).resolve() != Path(str(after)).resolve()
    return _word(before) != _word(after)


def _paragraphs(help_text: str) -> str:
    """``help_text`` (a docstring) as paragraphs of one line each, which rich wraps at the
    terminal's width; a paragraph that starts with click's ``\\b`` keeps its lines."""
    import inspect

    paragraphs = inspect.cleandoc(help_text).split("\n\n")
    return "\n\n".join(
        p if p.startswith("\b") else " ".join(line.strip() for line in p.splitlines())
        for p in paragraphs
    )


_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.(?=\s+[A-Z(`'])")


def first_sentence(help_text: str) -> str:
    """The first sentence of ``help_text``'s first paragraph, on one line (a command's line in
    the list of commands)."""
    first = _paragraphs(help_text).split("\n\n")[0]
    end = _SENTENCE_END.search(first)
    return first if end is None else first[: end.end()]
