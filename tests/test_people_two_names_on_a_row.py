"""A membership list set in two columns whose row reads a titled councillor, then an untitled partner with
a tag ("Councillor Barry Bloggs Victoria Stanworth (NHS Westshire)"): four names' words after a title, no
initial among them, are two full names, not one. Invented pages."""

from __future__ import annotations

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.finders import read_name_after
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = people.extract(doc)
    for person in found:
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


MEMBERSHIP = ("MEMBERSHIP OF THE HEALTH AND WELLBEING BOARD\n"
              "Councillor Nadia Pellow (Chair) Dr Owen Tarrant (NHS Westshire)\n"
              "Councillor Barry Ormsby Victoria Quennell (NHS Westshire)\n"
              "Councillor Imran Holloway Maureen Daventry (Westshire Care Alliance)\n")


def test_four_words_after_a_title_on_one_line_are_two_names():
    text = "Councillor Barry Ormsby Victoria Quennell (NHS Westshire)\n"
    end, words = read_name_after(text, len("Councillor "))
    assert words == ["Barry", "Ormsby"] and text[:end].endswith("Ormsby")


def test_the_councillor_of_such_a_row_keeps_only_their_own_name():
    found = run(MEMBERSHIP)
    for key in (("ormsby", "b"), ("holloway", "i")):
        assert found[key].kind == "member", key
    assert ("quennell", "b") not in found and ("daventry", "i") not in found


def test_three_words_after_a_title_are_still_one_name():
    text = "Councillor Mary Anne Ormsby said that the plan was late.\n"
    assert read_name_after(text, len("Councillor "))[1] == ["Mary", "Anne", "Ormsby"]
