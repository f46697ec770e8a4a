"""The DfE's SEND adviser named in apposition by the department's short name ("Jo Bloggs, the
Department's SEND adviser for the East of England, attends ..."): a public body's officer, per the
guidelines, like "the DfE's SEND adviser". Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.cues import role_cues
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(text: str):
    doc = segment([Page(1, text)])
    return {person_key(p.name): p for p in people.extract(doc)}


@pytest.mark.parametrize("role", ["the Department's SEND adviser for the East of England",
                                  "Department’s adviser", "the Department's regional SEND advisor"])
def test_the_departments_adviser_is_government_staff(role):
    assert role_cues(role)[0].name == "role:government-staff"


def test_an_independent_adviser_or_a_department_of_the_council_is_not():
    assert role_cues("independent adviser")[0].kind == "other"
    assert not role_cues("Head of the Department's finance team")[0].name == "role:government-staff"


def test_such_an_adviser_in_apposition_is_an_officer():
    found = run("The review is on 23 September. Kerry Westfold, the Department's SEND adviser\nfor the North "
                "West, attends the Partnership Board as an observer.\n")
    assert found[("westfold", "k")].kind == "officer"
