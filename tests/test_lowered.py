"""The cheap first look before case-blind patterns (pipeline.extract.common.lowered) never
says no where the pattern would match."""

import re
import string
import sys

from pipeline.extract.common.lowered import FOLDED_APART, any_match, may_hold
from pipeline.extract.events.cues import NEW_FRAMEWORK_OUTCOME, NEW_FRAMEWORK_WORDS, SEND_CONTEXT, SEND_CONTEXT_SPLIT


def test_only_three_characters_fold_to_ascii_letters_apart_from_lower():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for char in re.findall(f"(?i){letter}", every):
            assert char.lower() == letter or char in FOLDED_APART, (letter, hex(ord(char)))


def test_pages_the_patterns_match_pass_the_first_look():
    texts = ["The LOCAL  AREA SEND inspection", "Ofsted", "WS\u00a0OA", "no such words here", "written\nstatement",
             "\u017fpecial educational needs", "wıdespread and systemic failings", "areas for priority action",
             "Special Educational", "it will lead to positive experiences and outcomes", ""]
    for text in texts:
        assert any_match(text, SEND_CONTEXT_SPLIT) == bool(SEND_CONTEXT.search(text)), text
        if NEW_FRAMEWORK_OUTCOME.search(text):
            assert may_hold(text, NEW_FRAMEWORK_WORDS), text
    assert not may_hold("nothing to see", ("year",))
