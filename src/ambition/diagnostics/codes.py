"""The catalogue of diagnostic codes: every code the program can emit, its severity and summary.

Every emitter builds its diagnostics through ``diagnostic`` (or takes the severity from here), so
the severity of a code is decided in one place; docs/diagnostics.md documents exactly these codes,
and a test keeps the two in step. Codes are stable: rename one only with a note in the changelog,
since CI configurations and editor integrations may filter on them.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ambition.diagnostics import Diagnostic, Severity
from ambition.messages.text import Text


@dataclass(frozen=True, slots=True)
class Code:
    """A diagnostic code's severity and a one-line summary of what it means."""

    severity: Severity
    summary: str


_E = Severity.ERROR
_W = Severity.WARNING

CODES: Mapping[str, Code] = MappingProxyType(
    {
        # Files, folders and encodings.
        "missing-file": Code(_E, "A required file is missing."),
        "unreadable-file": Code(_E, "A file exists but cannot be read."),
        "not-a-file": Code(
            _E, "A data file's name is a folder, a link that leads nowhere or outside, a FIFO."
        ),
        "too-large": Code(_E, "A data file is larger than the limit and is not read."),
        "wrong-extension": Code(_E, "A YAML file ends in .yml or .YAML and is not read."),
        "unexpected-file": Code(_W, "A file that is not read lies among the data files."),
        "unexpected-folder": Code(
            _E, "A folder in a period's assessments is neither indicators/ nor goals/."
        ),
        "file-name-collision": Code(
            _E, "Two file names differ only in letter case or Unicode normalisation."
        ),
        "file-name-reserved": Code(_E, "A file name that Windows cannot use (con, aux, nul …)."),
        "not-utf8": Code(_E, "The file is not saved as UTF-8."),
        "yaml-control-character": Code(
            _E, "An invisible control character or unusual line separator in the text."
        ),
        "invisible-character-in-id": Code(
            _E, "A key or an id holds an invisible format character (zero-width, bidi)."
        ),
        "invisible-character": Code(
            _W, "A text holds an invisible format character (zero-width, bidirectional)."
        ),
        "empty-file": Code(_E, "The file holds nothing but comments or blank lines."),
        "empty-assessment": Code(
            _W, "An assessment file with nothing in it, not even the comments it started with."
        ),
        # YAML syntax.
        "yaml-syntax": Code(_E, "The text is not valid YAML (a case without a code of its own)."),
        "yaml-tab": Code(_E, "A tab character is used for indentation."),
        "yaml-indentation": Code(_E, "A line is indented more or less than its place allows."),
        "yaml-missing-colon": Code(_E, "A line has no 'key:' where a key is expected."),
        "yaml-needs-quotes": Code(
            _E, "A value holds ': ' or starts with a character that YAML reserves."
        ),
        "yaml-unclosed-quote": Code(_E, "A quoted value has no closing quote."),
        "yaml-unclosed-bracket": Code(_E, "A '[' or '{' is not closed."),
        "yaml-escape": Code(_E, "A backslash in double quotes starts an unknown escape."),
        "yaml-multiple-documents": Code(_E, "The file holds more than one YAML document."),
        "yaml-version-directive": Code(_E, "A %YAML directive; these files are YAML 1.2."),
        "yaml-anchor": Code(_E, "An anchor (&name); anchors are not used in these files."),
        "yaml-alias": Code(_E, "An alias (*name); aliases are not used in these files."),
        "yaml-merge-key": Code(_E, "A merge key (<<); merge keys are not used in these files."),
        "yaml-tag": Code(_E, "A tag (!name or !!type); tags are not used in these files."),
        "not-a-mapping": Code(_E, "The file is a list or a single value, not 'key: value' lines."),
        "duplicate-key": Code(_E, "The same key appears twice in one mapping."),
        "colliding-keys": Code(
            _E, "Two keys that differ in YAML become the same after conversion (2020, '2020')."
        ),
        # Values that YAML readers disagree on.
        "ambiguous-boolean": Code(
            _E, "An unquoted yes/no/on/off: true or false to some YAML readers, text to others."
        ),
        "ambiguous-sexagesimal": Code(
            _E, "An unquoted value like 1:30: a base-60 number to some YAML readers."
        ),
        "leading-zero": Code(
            _E, "A number written with a leading zero: the zero is lost, or read as octal."
        ),
        "not-finite": Code(_E, "NaN or infinity (.nan, .inf) where a number is expected."),
        # Values against the data model.
        "missing-key": Code(_E, "A required key is missing."),
        "unknown-key": Code(_E, "A key that the data model does not know (often misspelt)."),
        "invalid-choice": Code(_E, "A value that is not one of the allowed words."),
        "not-a-number": Code(_E, "Text where a number is expected."),
        "number-format": Code(
            _E, "A number in Swedish or spreadsheet form: decimal comma, spaces, % sign."
        ),
        "not-a-whole-number": Code(_E, "A decimal number where a whole number is expected."),
        "not-text": Code(_E, "A number or true/false where text is expected."),
        "wrong-type": Code(_E, "A list, mapping or text where another kind of value belongs."),
        "empty-value": Code(_E, "A key without a value, or an empty text, where one is required."),
        "too-long": Code(_E, "A text longer than allowed."),
        "too-few-items": Code(_E, "A list with fewer items than required."),
        "invalid-id": Code(_E, "An id with other characters than a-z, 0-9 and hyphens."),
        "invalid-format": Code(_E, "A text without the required form (a Kolada id, a colour …)."),
        "invalid-date": Code(_E, "A date that does not exist or is not written YYYY-MM-DD."),
        "out-of-range": Code(_E, "A number below the smallest or above the largest allowed."),
        "year-out-of-range": Code(_E, "A year outside 1900–2200, usually a typo."),
        "invalid-value": Code(_E, "A value that breaks a rule of the data model."),
        # Across files.
        "id-file-name-mismatch": Code(_E, "The id in a file differs from its file name."),
        "duplicate-id": Code(_E, "Two items of the same kind share an id."),
        "duplicate-number": Code(_E, "Two goals share a number."),
        "unknown-reference": Code(_E, "A reference to an id that does not exist."),
        "unknown-period": Code(_E, "A period that is not configured in ambition.yaml."),
        "deadline-before-closing": Code(_E, "A period's deadline lies before its closing date."),
        "target-before-baseline": Code(_E, "A target year lies before the baseline year."),
        "status-off-scale": Code(
            _E, "An assessment's status is not a degree of its period's scale."
        ),
        # Checks that need the method.
        "justification-missing": Code(
            _E, "A status that differs from the method's proposal has no justification."
        ),
        "analysis-missing": Code(
            _E, "An assessment with a status has no analysis, and the method requires one."
        ),
        "unknown-rule": Code(_E, "An indicator names a rule that the method does not have."),
        "missing-reference": Code(
            _E, "A relative rule compares with a reference series the indicator lacks."
        ),
        "stale-value": Code(_W, "The latest value is much older than the period."),
        "target-met-at-baseline": Code(_W, "A target is already met by the baseline value."),
        "breakdown-without-target": Code(
            _W, "A target of the indicator cannot be computed for a breakdown row."
        ),
        "forecast-in-annual-period": Code(
            _W, "An annual period's assessment has a forecast or partial value, which it ignores."
        ),
        # The action plan and the steering documents.
        "area-not-in-goals": Code(
            _E, "An action's measurement area lies under a goal the action does not name."
        ),
        "completion-date-missing": Code(_E, "A done action has no completion date."),
        "action-overdue": Code(
            _W, "An action's due date passed before the latest period closed, and it is not done."
        ),
        "steering-document-expired": Code(
            _W, "A reference to a steering document whose validity ended before the period."
        ),
        # The forge.
        "codeowners-outdated": Code(
            _W, "A CODEOWNERS file written by ambition no longer matches the data."
        ),
    }
)
"""Every code the program can emit; docs/diagnostics.md has a section for each."""

UNFINISHED: frozenset[str] = frozenset({"justification-missing", "analysis-missing"})
"""The codes of an unfinished assessment: the data is whole, and the method's proposal can be
shown, but a person still has to write something (a justification for a status that differs
from the proposal, an analysis the method requires). ``validate`` fails on them as on any error;
``assess`` and ``report`` go on, show the proposal and mark the unfinished item, so the expert
sees what they are asked to justify. Every other error stops those commands too: a missing key,
an unknown reference or a syntax error leaves nothing trustworthy to show."""


def only_unfinished(diagnostics: list[Diagnostic]) -> bool:
    """True when there are errors and every one of them is an unfinished assessment
    (``UNFINISHED``); warnings do not count either way."""
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    return bool(errors) and all(d.code in UNFINISHED for d in errors)


def severity(code: str) -> Severity:
    """The severity of ``code``; raises KeyError for a code that is not in the catalogue."""
    return CODES[code].severity


def diagnostic(
    code: str,
    path: str,
    line: int,
    column: int,
    message: Text,
    hint: Text | None = None,
    yaml_path: str | None = None,
) -> Diagnostic:
    """A diagnostic with the severity that the catalogue gives ``code``."""
    return Diagnostic(path, line, column, code, message, severity(code), hint, yaml_path)
