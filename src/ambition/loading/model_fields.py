"""Following a model's field annotations along the path of a validation error.

Pydantic's error paths hold the members of tagged unions (``rules.x.trajectory.…``); these
helpers step through them to the annotation, the field, the allowed keys and words, and the
bounds of a number at that place, so a diagnostic can say what is allowed there.
"""

import enum
import types
import typing
from typing import Any

import annotated_types
from pydantic import BaseModel, Tag
from pydantic.fields import FieldInfo

from ambition.messages.text import Text, listing
from ambition.yaml.positions import YamlPath


def allowed_words(annotation: Any) -> str | Text | None:
    """ "'a', 'b' or 'c'" (as a text) for an enumeration or literal, else None."""
    plain = strip_optional(annotation)
    if isinstance(plain, type) and issubclass(plain, enum.Enum):
        values = [str(member.value) for member in plain]
    elif typing.get_origin(plain) is typing.Literal:
        values = [str(value) for value in typing.get_args(plain)]
    else:
        return None
    quoted = [f"'{value}'" for value in values]
    return listing(quoted, "or")


def annotation_at(model: type[BaseModel], loc: YamlPath) -> Any:
    """The annotation reached by following ``loc`` (pydantic's path, with union tags)."""
    current: Any = model
    for step in loc:
        member = _member(current, step)
        if member is not None:  # the step names a member of a union: it is not a key
            current = member
            continue
        current = strip_optional(current)
        origin = typing.get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(step))
            if field is None:
                return None
            current = _with_metadata(field)
        elif origin is list:
            current = typing.get_args(current)[0]
        elif origin is dict:
            current = typing.get_args(current)[1]
        else:
            return None
    return current


def _with_metadata(field: FieldInfo) -> Any:
    if field.metadata:
        return typing.Annotated[(field.annotation, *field.metadata)]
    return field.annotation


def field_at(model: type[BaseModel], loc: YamlPath) -> FieldInfo | None:
    """The field at ``loc``, if the path ends at a model's field."""
    if not loc:
        return None
    parent = strip_optional(annotation_at(model, loc[:-1]))
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        return parent.model_fields.get(str(loc[-1]))
    return None


def known_keys(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """Field names of the sub-model reached by following ``loc`` from ``model``."""
    current = strip_optional(annotation_at(model, loc))
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def bounds_at(
    model: type[BaseModel], loc: YamlPath, ctx: dict[str, Any], *, on_key: bool = False
) -> tuple[Any, Any]:
    """The smallest and largest allowed value at ``loc`` (of its key with ``on_key``)."""
    low = ctx.get("ge", ctx.get("gt"))
    high = ctx.get("le", ctx.get("lt"))
    if on_key and loc:
        container = strip_optional(annotation_at(model, loc[:-1]))
        args = typing.get_args(container) if typing.get_origin(container) is dict else ()
        annotation = args[0] if args else None
    else:
        annotation = annotation_at(model, loc) if loc else None
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *metadata = typing.get_args(annotation)
        for item in metadata:
            for constraint in item.metadata if isinstance(item, FieldInfo) else [item]:
                if isinstance(constraint, annotated_types.Ge):
                    low = constraint.ge
                elif isinstance(constraint, annotated_types.Gt):
                    low = constraint.gt
                elif isinstance(constraint, annotated_types.Le):
                    high = constraint.le
                elif isinstance(constraint, annotated_types.Lt):
                    high = constraint.lt
    return low, high


def is_share(model: type[BaseModel], loc: YamlPath) -> bool:
    """True when the number at ``loc`` is a share: bounded by 0 and 1."""
    return bounds_at(model, loc, {}) == (0, 1)


def strip_optional(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``Optional`` down to the type inside; other unions stay."""
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            inner = [a for a in args if a is not type(None)]
            if len(inner) != 1:
                return annotation
            annotation = inner[0]
        else:
            return annotation


def _member(annotation: Any, step: Any) -> Any:
    """The member of a union of models that pydantic names ``step`` in an error path.

    Pydantic names a member by the tag of a tagged union or by the class name.
    """
    union = strip_optional(annotation)
    if typing.get_origin(union) not in (typing.Union, types.UnionType):
        return None
    for member in typing.get_args(union):
        if any(isinstance(m, Tag) and m.tag == step for m in _metadata(member)):
            return member
        plain = strip_optional(member)
        if not (isinstance(plain, type) and issubclass(plain, BaseModel)):
            continue
        if step == plain.__name__:
            return plain
        for field in plain.model_fields.values():
            if typing.get_origin(field.annotation) is typing.Literal and step in typing.get_args(
                field.annotation
            ):
                return plain
    return None


def _metadata(annotation: Any) -> tuple[Any, ...]:
    """The metadata of an ``Annotated`` member of a union (its ``Tag``), else nothing."""
    if typing.get_origin(annotation) is typing.Annotated:
        return typing.get_args(annotation)[1:]
    return ()


def untagged(model: type[BaseModel], loc: YamlPath) -> list[Any]:
    """``loc`` without the steps that name a member of a union (pydantic's tags, such as
    'number' in ``values.2021.number``), so the path is the one written in the file."""
    kept: list[Any] = []
    for index, step in enumerate(loc):
        if _member(annotation_at(model, loc[:index]), step) is None:
            kept.append(step)
    return kept
