"""Format characters (issue 17 item 4): every code point of Unicode category Cf is found."""

import sys
import unicodedata

from ambition.yaml.invisible import FORMAT_CHARACTERS, describe, format_characters


def test_the_pattern_is_exactly_category_cf() -> None:
    """Checked against the Unicode database of this Python (``unicodedata``): every Cf code
    point matches; nothing else does, except code points that a later Unicode made Cf."""
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if unicodedata.category(char) == "Cf":
            assert FORMAT_CHARACTERS.fullmatch(char), hex(point)
        elif FORMAT_CHARACTERS.fullmatch(char):
            assert 0x13439 <= point <= 0x1343F, hex(point)  # Egyptian format controls, Unicode 15


def test_an_id_and_a_key_are_errors_a_text_a_warning() -> None:
    text = "id: a\u200bb\nti\u200dtle: x\nnote: \u202eabc\n- id: \u2066c\n"
    found = [(d.code, d.line, d.column) for d in format_characters("f.yaml", text)]
    assert found == [
        ("invisible-character-in-id", 1, 6),
        ("invisible-character-in-id", 2, 3),
        ("invisible-character", 3, 7),
        ("invisible-character-in-id", 4, 7),
    ]
    assert list(format_characters("f.yaml", "title: Ekologisk mat\n")) == []


def test_the_characters_are_named() -> None:
    assert describe("\u202e").render("en") == (
        "the right-to-left override U+202E, which changes the order in which the text is shown"
    )
    assert describe("\u2061").render("en") == "the invisible function application U+2061"
    assert describe("\u200b").render("en") == "a zero-width space U+200B"
    assert describe("\u2063").render("en") == "the invisible separator U+2063"


def test_a_format_character_beyond_the_basic_plane_is_found() -> None:
    """U+E0041 (a tag character, Cf) in a text with å: found though the quick search of the
    Basic Multilingual Plane finds nothing."""
    [found] = format_characters("f.yaml", "title: Miljö\U000e0041\n")
    assert (found.code, found.line, found.column) == ("invisible-character", 1, 13)
