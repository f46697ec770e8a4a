"""Councillors' names written surname first, the initials after a comma ("Ashdale, P."), set in columns
under a heading: each name is one cell, however the row runs on, so no row is read across as one
cell's initials before the next cell's surname. Invented pages in the shapes the text stage gives."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people import columns
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = people.extract(doc)
    for person in found:
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


SUMMONS = ("To: Members of the Westshire Scrutiny Committee\n"
           "Committee Members\n"
           "Quarrington, J. (Chair) Ellerby, S. (Vice-Chair)\n"
           "Ashdale, P. Tarnside, A.\n"
           "Brockholme, K. Ravensworth, T.\n"
           "Kettlewell, R.\n"
           "Contact Officer: Jo Bloggs, Democratic Services Officer\n")

MINUTES = ("PRESENT\n"
           "Councillor J. Quarrington (Chair)\n"
           "COUNCILLORS\n"
           "Ashdale, P. Brockholme, K.\n"
           "Tarnside, A. Hallgarth, L. (substitute)\n"
           "OFFICERS\n"
           "R. Bloggs Head of SEND\n")


def test_surname_first_names_two_a_row_are_cut_at_each_name():
    cells = [[SUMMONS[c.start:c.end] for c in row] for g in columns.grids(SUMMONS) if g.layout == "names"
             for row in g.rows]
    assert cells == [["Quarrington, J. (Chair)", "Ellerby, S. (Vice-Chair)"], ["Ashdale, P.", "Tarnside, A."],
                     ["Brockholme, K.", "Ravensworth, T."], ["Kettlewell, R."]]


@pytest.mark.parametrize("text, keys", [
    (SUMMONS, [("quarrington", "j"), ("ellerby", "s"), ("ashdale", "p"), ("tarnside", "a"), ("brockholme", "k"),
               ("ravensworth", "t"), ("kettlewell", "r")]),
    (MINUTES, [("ashdale", "p"), ("brockholme", "k"), ("tarnside", "a"), ("hallgarth", "l")]),
])
def test_surname_first_names_under_a_heading_are_councillors_not_read_across(text, keys):
    found = run(text)
    for key in keys:
        assert found[key].kind == "member", key
    assert ("tarnside", "p") not in found and ("brockholme", "a") not in found and ("ravensworth", "k") not in found


def test_a_sentence_with_a_surname_and_initials_after_a_comma_opens_no_grid():
    text = "Committee Members\nAshdale, P. said that the plan had been agreed.\n"
    assert not [g for g in columns.grids(text) if g.layout == "names"]
