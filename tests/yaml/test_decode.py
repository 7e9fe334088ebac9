"""Decoding: UTF-8 with or without a byte-order mark and CRLF; other encodings at their byte."""

import codecs
from pathlib import Path

import pytest

from ambition.yaml.decode import read_source


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfa: 1\r\nb: 2\r\n", "a: 1\r\nb: 2\r\n"),
        (b"a: \xc3\xa4\n", "a: \u00e4\n"),
    ],
)
def test_read_source_accepts_utf8_with_bom_and_crlf(
    tmp_path: Path, raw: bytes, expected: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    read, found = read_source(path, "x.yaml")
    assert found == []
    assert read is not None and read.text == expected


@pytest.mark.parametrize(
    ("raw", "position", "message"),
    [
        ("a: 1\n".encode("utf-16"), (1, 1), "the file is saved as UTF-16, not UTF-8"),
        (codecs.BOM_UTF32_LE + b"a\0\0\0", (1, 1), "the file is saved as UTF-32, not UTF-8"),
        (
            b"a: 1\nb: \xc3\xa4\xe4\n",
            (2, 5),
            "byte 0xe4 is not valid UTF-8 (it looks like Windows-1252 or Latin-1: å, ä, ö)",
        ),
        (b"a: \x80\n", (1, 4), "byte 0x80 is not valid UTF-8"),
    ],
)
def test_read_source_locates_what_is_not_utf8(
    tmp_path: Path, raw: bytes, position: tuple[int, int], message: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    read, [found] = read_source(path, "x.yaml")
    assert read is None
    assert (found.code, (found.line, found.column), found.message_in("en")) == (
        "not-utf8",
        position,
        message,
    )
