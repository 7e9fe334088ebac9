"""Fragments a page shows twice, rendered once: an indicator's latest value and its target stand
in its area's table and again in its card. A template writes ``once(value, i)`` for
``value(i)``; the first call renders the macro, the second gives the same text.

One ``Fragments`` serves one page (``render._render`` passes a new one as ``once``), so a
fragment never outlives the context it was rendered in.
"""

from collections.abc import Callable

from markupsafe import Markup


class Fragments:
    """``once(macro, item)``: ``macro(item)``, rendered the first time it is asked for on the
    page and given again after. ``macro`` is a Jinja macro of one argument whose output depends
    on that argument and the page only (its name and the item's identity are the key)."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], tuple[object, Markup]] = {}

    def __call__(self, macro: Callable[[object], Markup], item: object) -> Markup:
        """The text of ``macro(item)`` on this page."""
        key = (getattr(macro, "name", repr(macro)), id(item))
        made = self._made.get(key)
        if made is not None and made[0] is item:
            return made[1]
        text = macro(item)
        self._made[key] = (item, text)  # the item is kept, so its id is not reused
        return text
