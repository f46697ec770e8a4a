"""Officers a report names where it is signed off: a sign-off table's rows of a post, then the full name of
who holds it, the name closing the line; and a bracket that signs an implications paragraph after a label
of its own ("(Legal comments: Jo Bloggs, Senior Solicitor, 1 May 2025.)"). Invented pages."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = people.extract(doc)
    for person in found:
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


SIGN_OFF = ("Report sign off\n"
            "Monitoring Officer Brendan Ashgrove-Tull\n"
            "Executive Director of Resources & Section 151 Officer Marta Quell-Hardy\n"
            "Relevant Executive Director Oona Thistlewood\n"
            "Chief Executive Ravi Pellington\n")


@pytest.mark.parametrize("key", [("ashgrove-tull", "b"), ("quell-hardy", "m"), ("thistlewood", "o"),
                                 ("pellington", "r")])
def test_a_post_opening_a_row_then_the_full_name_closing_it_is_an_officer(key):
    found = run(SIGN_OFF)
    assert found[key].kind == "officer"
    assert "post-then-name-row" in found[key].evidence


@pytest.mark.parametrize("text, absent", [
    ("Ref Action Lead Milestone Status\n1 | Recruit coordinators | Head of SEND | By May | Green\n",
     ("status", "m")),  # a ruled table's header line
    ("Item Speaker Subject\n59 Ada Whitlow Parking Permit Charges\n", ("charges", "p")),  # no post opens the row
    ("GP Board Member, Westshire Locality\n", ("locality", "w")),  # the post's place after a comma
])
def test_no_post_row_read_from_headers_numbered_rows_or_a_posts_place(text, absent):
    found = run(text)
    assert absent not in found or "post-then-name-row" not in found[absent].evidence  # (the model may judge it)


@pytest.mark.parametrize("text, key, role", [
    ("The plan is funded from the High Needs Block. (Finance comments: Nadia Brightwater-Oyelaran, Finance "
     "Business Partner, 16/07/2024.)\n", ("brightwater-oyelaran", "n"), "Finance Business Partner"),
    ("The council has duties under the Act. (Legal comments: Ruth Kilvington, Senior Solicitor, 3 May 2024.)\n",
     ("kilvington", "r"), "Senior Solicitor"),
    ("The costs will be met from the grant. (Comments provided by Idris Penhallow, Finance Business\nPartner, "
     "8 July 2019.)\n", ("penhallow", "i"), "Finance Business"),
])
def test_a_bracket_signed_after_a_label_names_an_officer(text, key, role):
    found = run(text)
    assert found[key].kind == "officer"
    assert found[key].role.startswith(role)


def test_a_post_then_its_area_after_a_slash_still_opens_a_post_row():
    found = run("Report sign off\nMonitoring Officer/Legal Tamsin Oakhurst-Vane\nChief Executive Ravi Pellington\n")
    assert found[("oakhurst-vane", "t")].kind == "officer"


@pytest.mark.parametrize("text", ["Head of Early Help\n", "Cabinet Member for Adult Social Care and Public Heath\n"])
def test_a_single_word_after_a_post_is_no_post_row(text):
    assert not any("post-then-name-row" in p.evidence for p in run(text).values())
