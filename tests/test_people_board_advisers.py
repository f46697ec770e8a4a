"""Board members and government advisers in minutes and letters (invented text): a board's "name |
body represented" rows after its attendance list, the DfE's and NHS England's SEND advisers however
their body is named, a body's kind in brackets that belongs to the next person, committee staff."""

from pipeline.extract.common.structure import segment
from pipeline.extract.people import extract
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def by_key(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = extract(doc)
    for person in found:
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


BOARD = ("Present: Councillors Arden (Chair), Bexhill and Colne; Dr P. Quennell, G. Tarrant and W. Ossory.\n"
         "Apologies for Absence: Councillor Dunmere and N. Strood\n"
         "Board member Representing\n"
         "Dr P. Quennell Eastmere Place, NHS Westshire ICB (Vice-Chair)\n"
         "G. Tarrant Director of Public Health\n"
         "W. Ossory Westshire Constabulary\n"
         "N. Strood Riverside Community Healthcare NHS Foundation Trust\n"
         "1 MINUTES\nThe minutes were agreed.\n")


def test_board_members_named_again_in_rows_with_their_body_are_officers():
    found = by_key(BOARD)
    for key in (("quennell", "p"), ("tarrant", "g"), ("ossory", "w"), ("strood", "n")):
        assert found[key].kind == "officer", (key, found[key].evidence)
    assert found[("arden", "")].kind == "member" if ("arden", "") in found else True
    assert not any(k[0] in ("constabulary", "westshire", "riverside") for k in found)


def test_initials_and_one_surname_close_the_name_before_the_next_cell():
    found = by_key(BOARD)
    assert ("westshire", "w") not in found and ("ossory", "w") in found


def test_send_advisers_in_a_letters_sign_off_are_officers():
    found = by_key("We will meet again in the spring.\nYours sincerely,\nImogen Farlow\nSEND Adviser\n"
                   "Department for Education\nDr Callum Threlkeld\nSEND Clinical Adviser\nNHS England - North\n")
    assert found[("farlow", "i")].kind == "officer"
    assert found[("threlkeld", "c")].kind == "officer"


def test_advisers_named_by_their_body_before_the_name_are_officers():
    found = by_key("The first review took place on 3 May 2024, with the DfE SEND adviser, Mrs Petra Lowick, and "
                   "the NHS England adviser, Mr Idris Fenwood. Councillor Jo Brack asked about waiting lists.\n")
    assert found[("lowick", "p")].kind == "officer"
    assert found[("fenwood", "i")].kind == "officer"


def test_a_title_wrapped_from_the_line_above_is_read_whole():
    found = by_key("The review meeting took place on 6 June 2023, chaired by the DfE's SEND\n"
                   "adviser, Ms Orla Penhale, with Councillor Amy Roe present.\n")
    assert found[("penhale", "o")].kind == "officer"
    assert "SEND" in (found[("penhale", "o")].role or "")


def test_independent_and_improvement_advisers_stay_other():
    found = by_key("Also present: Jo Marrick, Independent SEND Improvement Adviser; Sam Yelland, SEND Adviser, "
                   "Department for Education.\n")
    assert found[("marrick", "j")].kind == "other"
    assert found[("yelland", "s")].kind == "officer"


def test_a_bracketed_forum_speaks_only_for_its_own_entry():
    found = by_key("Also in attendance: Nadia Trelawn (Service Director, Education and Inclusion), Dr Kit Polwhele "
                   "(Designated Clinical Officer, Westshire ICB) and Fay Rosewarne (Westshire Parent Carer Forum).\n")
    assert found[("trelawn", "n")].kind == "officer"
    assert found[("polwhele", "k")].kind == "officer"
    assert found[("rosewarne", "f")].kind == "other"


def test_committee_staff_titled_secretary_or_democratic_adviser_are_officers():
    found = by_key("Contact: Ines Garrow, Committee Secretary, ines.garrow@westshire.gov.uk\n"
                   "Also present: Tom Hembury, Democratic Advisor\n")
    assert found[("garrow", "i")].kind == "officer"
    assert found[("hembury", "t")].kind == "officer"


def test_a_keyed_grid_of_presence_marks_opens_each_name_with_its_mark():
    found = by_key("Minutes of the Panel\nCouncillors:\n"
                   "P Imelda Tregar (Chairperson) P Rufus Pendine\n"
                   "P Hal Morvah (Vice-Chairperson) A Gwen Zennor\n"
                   "P Tamsin Luxulyan P Ned Lanivet\n"
                   "P: Present\nA: Apologies for absence submitted\n"
                   "Officers in attendance: Jo Carbis (Head of SEND)\n")
    for key in (("tregar", "i"), ("pendine", "r"), ("morvah", "h"), ("zennor", "g"), ("luxulyan", "t"),
                ("lanivet", "n")):
        assert found[key].kind == "member", key
    assert not any(k[1] == "p" for k in found), sorted(found)
    assert found[("carbis", "j")].kind == "officer"


def test_a_letter_without_a_key_keeps_initials():
    found = by_key("Present: Councillors A Bloggs and P Stanworth.\n")
    assert ("stanworth", "p") in found
