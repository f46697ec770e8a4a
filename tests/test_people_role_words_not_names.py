"""Words of posts and of column headers that a name's reader took for a surname's next word ("Dr Jo Bloggs
Accountable Officer", "Councillor Sam Okafor Substitute", a plan's "Leaders" column): such words end the
name. Invented pages."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key, word_class
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return {person_key(p.name): p for p in people.extract(doc)}


@pytest.mark.parametrize("word", ["Accountable", "Substitute", "Leaders"])
def test_such_words_are_no_names_words(word):
    assert word_class(word) == "stop"


@pytest.mark.parametrize("text, key, absent", [
    ("Signed\nDr Imogen Castellan Accountable Officer\nWestshire ICB\n", ("castellan", "i"), ("accountable", "i")),
    ("Present: Councillor Tomas Ferraby Substitute\n", ("ferraby", "t"), ("substitute", "t")),
])
def test_a_name_ends_before_a_posts_word(text, key, absent):
    found = run(text)
    assert key in found and absent not in found
