"""Officers in the rows of a report's sign-off table: the office that signed, the name, the date."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return {person_key(p.name): p for p in people.extract(doc)}


SIGN_OFF = ("Date signed off by Strategic Director & name | Vernon Keyes - 24 September 2025\n"
            "Is it also signed off by the Service Director for Finance? | Jasmine Holme - 23 September 2025\n"
            "Is it also signed off by the Service Director for Legal, Governance and Commissioning? | Oliver "
            "Shelton - 23 September 2025\n"
            "Cabinet member portfolio Councillor Nadia Thorne, Children's Services\n")


def test_rows_that_ask_who_signed_off_take_the_post_after_signed_off_by():
    found = run(SIGN_OFF)
    assert found[("shelton", "o")].role == "Service Director for Legal, Governance and Commissioning"
    for key in (("keyes", "v"), ("holme", "j"), ("shelton", "o")):
        assert found[key].kind == "officer", key
    assert found[("thorne", "n")].kind == "member"


def test_a_sign_off_rows_office_stays_its_role_where_nothing_is_written_beside_the_name():
    found = run("Report Sign-Off\nOffice Name Date\nChief Finance Officer (S.151 Officer) | Martin Brackwell | "
                "25/10/2024\nLegal Services | Sian Chedworth | 24/10/2024\n")
    assert found[("brackwell", "m")].role == "Chief Finance Officer (S.151 Officer)"
    assert found[("chedworth", "s")].role == "Legal Services"


@pytest.mark.parametrize("line", [
    "Report author: Alex Simms, Lead Enterprise Architect – 28 March 2025\n",  # a signature with its date
])
def test_a_name_and_title_dated_after_a_dash_outside_a_table_is_no_sign_off_row(line):
    found = run(line)
    assert person_key("Enterprise Architect") not in found and found[("simms", "a")].kind == "officer"
