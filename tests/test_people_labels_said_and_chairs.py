"""People named after a label said as a sentence, in a signed bracket, with a surname that is a common word, and a
professor in a board's chair.

- "Your contact is: Jo Bloggs - Committee Services": the contact label said as a sentence names an officer.
- "(supplied by Jo Bloggs, Principal Solicitor)": implications signed in a bracket, as "(Verified by ...)".
- "Simon Lodge (Head of SEND)" among officers in attendance: "Lodge" is a surname as well as a building.
- "An improvement board, chaired by Professor Jo Bloggs": a professor in a bare chair is an independent chair
  (other); a councillor in the chair stays a member.
"""

from __future__ import annotations

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.records import Page


def found(text: str) -> list[tuple[str, str]]:
    doc = segment([Page(1, text)])
    return [(p.name, p.kind) for p in people.extract(doc)]


def test_contact_label_said_as_a_sentence():
    assert found("NOTICE OF MEETING\nYour contact is: Jo Bloggs - Committee Services\n") == [("Jo Bloggs", "officer")]


def test_supplied_by_in_brackets():
    text = ("LEGAL IMPLICATIONS: none beyond those set out (supplied by Sam Stanworth, Principal Solicitor).")
    assert found(text) == [("Sam Stanworth", "officer")]


def test_surname_that_is_a_building():
    text = "Officers in attendance: Jo Bloggs (Director of Education) and Simon Lodge (Head of SEND)"
    assert ("Simon Lodge", "officer") in found(text)


def test_professor_chairing_a_board_is_other():
    text = "An improvement board, chaired by Professor Jo Bloggs, brings together the council and schools."
    assert found(text) == [("Jo Bloggs", "other")]


def test_councillor_chairing_stays_a_member():
    assert found("Present: Councillor Jo Bloggs (Chair), Councillor Sam Smith.")[0] == ("Jo Bloggs", "member")


def test_appointed_as_a_post():
    """"... and appointed Dr Jo Bloggs as independent chair of the Improvement Board": the post after "as" when the
    name is the object of "appointed"; "Jo Bloggs as well as ..." is no post."""
    doc = segment([Page(1, "The Minister issued an Improvement Notice to the Council, and appointed Dr Jo Bloggs as "
                           "independent chair of the SEND\nImprovement Board.")])
    assert [(p.name, p.kind, p.role) for p in people.extract(doc)] == [
        ("Jo Bloggs", "other", "independent chair of the SEND Improvement Board")]
