"""Text files: decoded whatever their encoding, stray markup removed."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

STRAY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read as: UTF-8 first, then a best guess.

    Web pages saved on Windows are often Windows-1252; reading them as UTF-8
    with replacement would lose every dash and curly quote.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # English councils' non-UTF-8 pages are almost always Windows-1252
        # (statistical guessers mistake short English texts for cp1250).
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data).best()
    encoding = guess.encoding if guess is not None else "latin-1"
    return data.decode(encoding, errors="replace"), encoding


def strip_markup(text: str) -> str:
    return STRAY_TAG.sub("", text)


def read_plain(data: bytes) -> tuple[list[str], list[str]]:
    text, encoding = decode(data)
    warnings = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    return [strip_markup(text)], warnings
