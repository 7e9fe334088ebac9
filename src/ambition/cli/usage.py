"""Usage errors in the reader's language: the message and the frame around it.

Click writes a usage error in English and typer boxes it: "Usage: ambition report [OPTIONS]",
"Try 'ambition report --help' for help.", a box titled "Error". Here the whole of it speaks the
language of the command line's ``--lang``, else of the repository (``--root`` or the current
folder; 'sv' without one): "Användning: ambition report [ALTERNATIV]", "Skriv 'ambition report
--help' för hjälp.", "Fel: alternativet --formt finns inte; menade du --format, --org eller
--root?". ``cli.plain`` raises the errors; ``show`` writes them (through ``cli.output``: plain
lines unless standard error is a terminal).

Typer vendors click as ``typer._click``; its exception classes are taken from there, since
those are the ones its parser raises.
"""

import re
from pathlib import Path
from typing import Any

from typer._click import Context
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    ClickException,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperArgument

from ambition.cli.common import Language, language_at
from ambition.messages.text import Text, listing, text

ARGS = "ambition.args"
"""The key of the whole command line (a list of words) in the contexts' shared ``meta``."""


def command_line(ctx: Context | None, given: list[str]) -> list[str]:
    """The whole command line of ``ctx`` as the main app received it (``ARGS``), else ``given``
    (a command invoked on its own, as a test may)."""
    found = ctx.meta.get(ARGS) if ctx is not None else None
    return list(found) if isinstance(found, list) else list(given)


def spoken(args: list[str]) -> str:
    """The language of a message about the command line ``args``: its ``--lang`` (before or
    after the command's name), else the repository's of its ``--root`` or of the current folder
    ('sv' without one)."""
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
    value or with a value it does not take, a value that is none of an option's choices
    ("'pdff' är inget giltigt värde för --format; skriv ett av md|html|pdf|docx"), not a
    number or too small, arguments too many, no command. None for any other error, which
    stays as click words it."""
    if isinstance(error, NoSuchOption):
        said = text("usage.no-such-option", name=error.option_name)
        if error.possibilities:
            names = listing(list(error.possibilities), "or")
            said = text("usage.did-you-mean", said=said, names=names)
        return said.render(lang)
    if isinstance(error, BadOptionUsage):
        if error.message.endswith("does not take a value."):
            return text("usage.takes-no-value", name=error.option_name).render(lang)
        return text("usage.needs-value", name=error.option_name).render(lang)
    if isinstance(error, BadParameter):
        bad = _bad_value(error)
        return bad.render(lang) if bad is not None else None
    if type(error) is UsageError:
        return _plain(error.message, lang)
    return None


def _bad_value(error: BadParameter) -> Text | None:
    """A value that is none of the choices, not a (whole) number or under the least allowed."""
    if error.param is None:
        return None
    name = error.param.opts[0] if error.param.opts else error.param.name
    allowed = error.param.metavar or ""
    found = re.search(r"('[^']*') is not one of", error.message)
    if found is not None and "|" in allowed:
        return text("usage.bad-value", value=found.group(1), name=name, allowed=allowed)
    errors = getattr(error.__cause__, "errors", None)  # pydantic's, as typer validates
    first = errors()[0] if callable(errors) and errors() else {}
    kind, value = first.get("type"), f"'{first.get('input')}'"
    if kind in ("int_parsing", "int_from_float"):
        return text("usage.not-a-whole-number", value=value, name=name)
    if kind == "float_parsing":
        return text("usage.not-a-number", value=value, name=name)
    if kind == "greater_than_equal":
        return text("usage.at-least", value=value, name=name, least=str(first["ctx"]["ge"]))
    return None


def _plain(message: str, lang: str) -> str | None:
    """The usage errors click raises as bare words: arguments too many, no command."""
    extra = re.fullmatch(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", message)
    if extra is not None:
        words = extra.group(1).split()
        names = ", ".join(f"'{word}'" for word in words)
        return text("usage.extra-arguments", n=len(words), names=names).render(lang)
    if message == "Missing command.":
        return text("usage.missing-command").render(lang)
    return None


def no_such_command(name: str, commands: list[str], near: list[str], lang: str) -> str:
    """ "kommandot 'valdate' finns inte; menade du 'validate'?" with the near names, else
    with every command ("…; kommandona är: validate, schema, …")."""
    said = text("usage.no-such-command", name=name)
    if near:
        said = text("usage.did-you-mean", said=said, names=listing([f"'{n}'" for n in near], "or"))
    else:
        said = text("usage.commands", said=said, names=", ".join(commands))
    return said.render(lang)


def usage_line(ctx: Context, lang: str) -> str:
    """ "Användning: ambition report [ALTERNATIV]" ("Usage: …"): the command's usage line, with
    click's own words ("[OPTIONS]", "COMMAND [ARGS]...") in ``lang``; the names of arguments
    (``INDICATOR_ID``, ``[REV_B]``) stay as the help shows them."""
    command = ctx.command
    words = {
        command.options_metavar: text("usage.options"),
        getattr(command, "subcommand_metavar", None): text("usage.command"),
    }
    pieces = [words[p].render(lang) if p in words else p for p in command.collect_usage_pieces(ctx)]
    return text("usage.usage", usage=" ".join([ctx.command_path, *pieces])).render(lang)


def show(error: ClickException, lang: str) -> None:
    """Write the usage error ``error`` in ``lang`` on standard error: the usage line and the
    hint at ``--help`` (when the error knows its command), then the message after "Fel:"
    ("Error:"); in a red box titled so on a terminal."""
    import ambition.cli.output as output

    ctx: Context | None = getattr(error, "ctx", None)
    frame: list[str] = []
    if ctx is not None:
        frame.append(usage_line(ctx, lang))
        if ctx.command.get_help_option(ctx) is not None:
            frame.append(text("usage.help", command=ctx.command_path).render(lang))
    said = usage_message(error, lang) if isinstance(error, UsageError) else None
    message = said if said is not None else error.format_message()
    output.usage_error(frame, text("usage.error").render(lang), message)
