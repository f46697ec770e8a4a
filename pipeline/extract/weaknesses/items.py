"""List markers and items as the weakness lists read them.

The shared segmenter's markers (``common.markers``) do not know the labels inspection
papers number their findings with ("Priority action 2", "Area for improvement 1 -", "1:"),
nor that "i." may be a letter or a numeral, so the weakness readers parse their own here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses.text import Found, Line, found_from_lines

MARKER = re.compile(
    r"""^(?:
        (?P<bullet>[•·▪●◦○■□➢►✓\u2022\u25aa\u25cf\u2013\u2014*-]|o(?=\s))
      | (?P<label>(?:(?:areas?\s+(?:of|for)\s+)?priority\s+action
                     |areas?\s+(?:of|for)\s+(?:(?:significant\s+)?weakness|improvement|concern)
                     |significant\s+weakness|area|action|weakness|concern|priority)
            \s+(?P<label_num>\d{1,2}))(?:\s*[-–:.)])?(?=\s|$)
      | (?P<code>(?-i:[A-Z]{2,4})\s?\d{1,2})\s*[-–:](?=\s|$)  # "APA1 –", "AFI 2:": a letter's coded findings
      | (?P<num_open>\()?(?P<num>\d{1,2})(?P<num_form>[.):]|\s+[-–])(?=\s|$)
      | (?P<rom_open>\()?(?P<rom>ii{1,2}|iv|vi{1,3}|ix|xi{0,3}|II{1,2}|IV|VI{1,3}|IX|XI{0,3})(?P<rom_form>[).])(?=\s|$)
      | (?P<let_open>\()?(?P<let>[a-zA-Z])(?P<let_form>[).])(?=\s|$)
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)


SELF_DESCRIBED = re.compile(r"^(?:(?:areas? (?:of|for) )?priority action|areas? (?:of|for) (?:significant )?\w+|(?:significant )?weakness|concern)$")


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13}


# An item opened by an ordinal word, "First, ...", "Secondly, ...", "Finally, ...": a marker in words.
ORDINAL_WORD = re.compile(r"(?:first|second|third|fourth|fifth|sixth|final|last)(?:ly)?,\s+(?=\w)", re.IGNORECASE)


@dataclass
class Marker:
    style: tuple
    ordinal: int | None
    length: int  # characters of the line the marker takes, spaces included
    roman: int | None = None  # "i." may be a letter or a roman one: "ii." follows it as a numeral

    @property
    def names_weakness(self) -> bool:
        """"Priority action 1", "Area for improvement 2": the label says what the item is."""
        return self.style[0] == "label" and bool(SELF_DESCRIBED.match(self.style[1]))

    def follows(self, other: "Marker") -> bool:
        """Same list: same style and, when numbered, the next number."""
        if self.style != other.style:
            return False
        if self.roman is not None and other.roman is not None and self.roman == other.roman + 1:
            return True
        return self.ordinal is None or other.ordinal is None or self.ordinal == other.ordinal + 1


# "5.1", "5.2" under a paragraph 5 that ends with a colon: sub-paragraphs as list items ("2.1.1", "2.1.2"
# under a paragraph 2.1: the major number is then "2.1").
DOTTED = re.compile(r"^(?P<major>\d{1,2}(?:\.\d{1,2})?)\.(?P<minor>\d{1,2})\.?(?=\s)\s*")
PARAGRAPH_NUMBER = re.compile(r"^(\d{1,2})(?:[.)]|\.\d{1,2}\.?)?\s")


def parse_marker(text: str, dotted: bool = False) -> Marker | None:
    """The list marker a line starts with; "5.1" counts only with ``dotted``
    (elsewhere it is a report's next paragraph and ends a list)."""
    if dotted and (sub := DOTTED.match(text)):
        return Marker(("dotted", sub["major"]), int(sub["minor"]), sub.end())
    match = MARKER.match(text)
    if not match:
        return None
    if match["bullet"]:
        style, ordinal = ("bullet", match["bullet"]), None
    elif match["code"]:  # "APA1", "APA2", "AFI1": one list, whatever the prefix and number
        style, ordinal = ("code",), None
    elif match["label"]:
        words = re.sub(r"\s+", " ", match["label"][: match.start("label_num") - match.start("label")].strip().lower())
        style, ordinal = ("label", words), int(match["label_num"])
        if text.startswith("| ", match.end()):  # "Area of significant weakness 1 | <the finding>": a labelled row
            return Marker(style, ordinal, match.end() + 2)
    elif match["num"]:
        style, ordinal = ("number", bool(match["num_open"]), match["num_form"].strip()), int(match["num"])
    elif match["rom"]:  # "ii.", "(iv)": numerals in the style of the letters "i.", "v.", "x."
        numeral = match["rom"]
        style = ("letter", bool(match["rom_open"]), match["rom_form"], numeral.islower())
        return Marker(style, 1000 + ROMAN[numeral.lower()], match.end(), ROMAN[numeral.lower()])
    else:
        letter = match["let"]
        style, ordinal = ("letter", bool(match["let_open"]), match["let_form"], letter.islower()), ord(letter.lower())
        return Marker(style, ordinal, match.end(), ROMAN.get(letter.lower()))
    return Marker(style, ordinal, match.end())


@dataclass
class Item:
    marker: Marker
    lines: list[Line] = field(default_factory=list)  # the lines holding its text
    text_start: int = 0  # page offset where the text after the marker begins
    parts: list[str] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)  # the list's cues, set when the list is read

    def add(self, line: Line, skip: int = 0) -> None:
        if not self.lines and (word := ORDINAL_WORD.match(line.text, skip)):
            skip = word.end()  # "First, leaders should ...": the ordinal word numbers the item, like a marker
        text = line.text[skip:]
        if not text.strip():
            return  # a marker alone on its line ("Priority action 1"): the text follows
        if not self.lines:
            self.text_start = line.start + skip
        self.lines.append(line)
        self.parts.append(text)

    @property
    def awaiting_text(self) -> bool:
        return not self.lines

    def found(self) -> Found | None:
        if not self.lines:
            return None
        return found_from_lines(self.lines, self.text_start, "\n".join(self.parts))
