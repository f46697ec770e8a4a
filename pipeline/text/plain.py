"""Text files: decoded whatever their encoding, stray markup removed."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

STRAY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
UNREADABLE_SHARE = 0.05  # more control characters than this and it is not text
# Control characters other than whitespace, lone surrogates, the replacement character.
NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")


class NotText(Exception):
    """The bytes decode to nothing a person could read (NUL bytes, binary data)."""


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is NUL, as UTF-16 English text is."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read as: a byte-order mark's, UTF-8, UTF-16 without a
    mark, then a best guess.

    Web pages saved on Windows are often Windows-1252; reading them as UTF-8
    with replacement would lose every dash and curly quote. Notepad and Excel
    save "Unicode" text as UTF-16.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
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


def unreadable_share(text: str) -> float:
    """Share of the characters that no text holds: control characters other than
    whitespace, lone surrogates and the replacement character of failed decoding."""
    if not text:
        return 0.0
    return (len(text) - len(NOT_TEXT.sub("", text))) / len(text)


def check_readable(text: str, encoding: str) -> None:
    """Raise NotText when decoded ``text`` is mostly control characters or failed bytes."""
    share = unreadable_share(text)
    if share > UNREADABLE_SHARE:
        kind = "NUL bytes" if text.strip("\x00") == "" else "binary data, not text"
        raise NotText(f"not readable text: {share:.0%} of its characters are control characters or "
                      f"undecodable bytes when read as {encoding} ({kind})")


def strip_markup(text: str) -> str:
    return STRAY_TAG.sub("", text)


def read_plain(data: bytes) -> tuple[list[str], list[str]]:
    text, encoding = decode(data)
    check_readable(text, encoding)
    warnings = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    return [strip_markup(text)], warnings
