"""An NHS board's seats in an attendance list: a non-executive member, the ICB's chair, a parent carer body's
chair are no councillors (others), and a role word behind a hyphenated prefix ("Non-Executive", "Co-opted")
is no part of the name before it. Invented pages."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key, word_class
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = people.extract(doc)
    for person in found:
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


BOARD = ("Minutes of the Board Meeting in Public\n"
         "Present\n"
         "Ruth Ambridge ICB Chair (Chair)\n"
         "Dr Amir Thornfield Chief Executive\n"
         "Celia Brookwater Non-Executive Member (Audit)\n"
         "Owen Gatesby Non-Executive Member (Quality)\n"
         "Hana Velloway Chief Finance Officer\n"
         "In attendance\n"
         "Tessa Marlow Chair, Westshire Parent Carer Involvement\n")


@pytest.mark.parametrize("key, kind", [
    (("ambridge", "r"), "other"), (("brookwater", "c"), "other"), (("gatesby", "o"), "other"),
    (("marlow", "t"), "other"), (("thornfield", "a"), "officer"), (("velloway", "h"), "officer"),
])
def test_a_boards_non_executive_members_and_outside_chairs_are_others(key, kind):
    found = run(BOARD)
    assert found[key].kind == kind
    assert not any("non-executive" in " ".join(k) for k in found)


@pytest.mark.parametrize("word", ["Non-Executive", "Co-opted", "Vice-Principal", "Ex-officio", "Sub-Group"])
def test_a_role_word_behind_a_hyphenated_prefix_is_no_names_word(word):
    assert word_class(word) == "stop"


@pytest.mark.parametrize("word", ["Okafor-Reeve", "Hexham-Lowe", "Cobb-Smith"])
def test_a_double_barrelled_surname_is_still_a_names_word(word):
    assert word_class(word) == "name"


def test_an_executive_member_of_a_cabinet_is_still_a_councillor():
    found = run("Present\nSam Okoro Executive Member for Children's Services\n"
                "Jo Bloggs Executive Member for Adult Social Care\n")
    assert found[("okoro", "s")].kind == "member"
