"""People in attendance blocks set in columns (pipeline.extract.people.columns): one step cuts each row
into cells, one reader reads each cell's name. Invented pages in the shapes the text stage gives such
blocks, the gap between the columns folded to one space."""

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
    for person in found:  # provenance holds for every fact
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return {person_key(p.name): p for p in found}


def cells_of(text: str, layout: str) -> list[list[str]]:
    return [[text[c.start:c.end].strip() for c in row] for g in columns.grids(text) if g.layout == layout
            for row in g.rows]


# ---------------------------------------------------------------- the plural title opening an initialled grid


MEMBERSHIP = ("To: The Members of the Westshire Scrutiny Committee\n"
              "Councillor P Quarry (Chair)\n"
              "Councillors H Ambleside R Kettlewell\n"
              "T Orrell D Wimbourne\n"
              "N Pendle A Tarnside\n"
              "G Ullock\n"
              "Co-opted Members: Mrs F Lowther (Diocese of Westshire)\n")


def test_initialled_names_two_a_row_after_the_plural_title_on_the_first_rows_line():
    assert cells_of(MEMBERSHIP, "names") == [["H Ambleside", "R Kettlewell"], ["T Orrell", "D Wimbourne"],
                                             ["N Pendle", "A Tarnside"], ["G Ullock"]]
    found = run(MEMBERSHIP)
    for key in (("ambleside", "h"), ("kettlewell", "r"), ("orrell", "t"), ("wimbourne", "d"), ("pendle", "n"),
                ("tarnside", "a"), ("ullock", "g")):
        assert found[key].kind == "member", key
    assert found[("lowther", "f")].kind == "other"
    assert ("kettlewell", "h") not in found and ("tarnside", "n") not in found


@pytest.mark.parametrize("text", [
    "Councillors J Bloggs and K Stanworth asked about transport.\nT Orrell D Wimbourne\n",  # a sentence, not a row
    "Councillors J Bloggs, K Stanworth\nT Orrell, D Wimbourne\n",  # a comma list: the list reader's
])
def test_the_plural_title_before_a_sentence_or_a_comma_list_opens_no_grid(text):
    assert cells_of(text, "names") == []


# ---------------------------------------------------------------- a name, then a job's cell in sentence case


BOARD = ("MEMBERS OF THE BOARD PRESENT\n"
         "Councillor Meera Dunstan Cabinet Member for Adults and Health\n"
         "Councillor Oliver Brack Opposition group representative\n"
         "Dr Hana Pellow Vice-Chair, Place Clinical Director, NHS Westshire ICB\n"
         "Rufus Tennant Executive Director Children and Learning\n"
         "Gwen Lathom Healthwatch chief executive\n"
         "Sandra Mayes Director of Public Health\n")


def test_a_job_cell_in_sentence_case_ends_the_name_before_it():
    rows = cells_of(BOARD, "titled")
    assert ["Councillor Oliver Brack", "Opposition group representative"] in rows
    assert ["Gwen Lathom", "Healthwatch chief executive"] in rows
    assert ["Rufus Tennant Executive Director Children and Learning"] in rows  # capitals: no cut, the readers decide
    found = run(BOARD)
    assert found[("brack", "o")].name == "Oliver Brack" and found[("brack", "o")].kind == "member"
    assert found[("brack", "o")].role == "Opposition group representative"
    assert found[("lathom", "g")].name == "Gwen Lathom" and found[("lathom", "g")].kind == "other"
    assert not any(k[0] in ("opposition", "healthwatch") for k in found)


def test_a_three_word_name_before_a_job_in_capitals_is_not_cut():
    text = ("Present:\nMary Anne Fothergill Head of Inclusion\nJo Bloggs Service Manager\n"
            "Sam Okafor Democratic Services Officer\n")
    assert cells_of(text, "titled") == [["Mary Anne Fothergill Head of Inclusion"], ["Jo Bloggs Service Manager"],
                                        ["Sam Okafor Democratic Services Officer"]]
    assert run(text)[("fothergill", "m")].kind == "officer"


# ---------------------------------------------------------------- a seat at the table, then the job


@pytest.mark.parametrize("role, kind", [
    ("Vice-Chair, Place Clinical Director, NHS Westshire ICB", "officer"),  # a partner's officer in the chair
    ("Chair, Cabinet Member for Adults and Health", "member"),
    ("Co-Chair, Westshire Parent Carer Forum", "other"),
    ("Vice-Chair, Westshire Council", "member"),  # the job says nothing: the seat speaks
])
def test_the_job_after_a_seat_at_the_table_decides_the_kind(role, kind):
    found = run(f"Present:\nDr Hana Pellow ({role})\n\n1. Minutes\n")
    assert found[("pellow", "h")].kind == kind


# ---------------------------------------------------------------- one person a line


@pytest.mark.parametrize("text", [
    "Apologies:\n\nCouncillor Nadia Quarrell\nVictor Lansbury (Roman Catholic Diocese representative)\n\n1. Declarations\n",
    "Apologies:\nCllr Nadia Quarrell\nVictor Lansbury, Parent Governor Representative\n",
])
def test_a_titled_full_name_does_not_run_on_into_the_next_lines_name(text):
    found = run(text)
    assert found[("quarrell", "n")].name == "Nadia Quarrell" and found[("quarrell", "n")].kind == "member"
    assert found[("lansbury", "v")].kind == "other"
    assert ("lansbury", "n") not in found


def test_a_titled_given_name_still_wraps_onto_its_surname():
    found = run("Apologies were received from Councillor Nadia\nQuarrell and Councillor Tom Brayne.\n")
    assert found[("quarrell", "n")].kind == "member"


# ---------------------------------------------------------------- rows that wrap their last cell


def test_a_titled_grid_goes_on_past_a_rows_last_cell_wrapped_onto_a_line_of_its_own():
    text = ("Membership of the SEND Improvement Board\nMember Role Organisation\n"
            "Rhian Polwhele Chief Nursing Officer NHS Westshire and Isles\nICB\n"
            "Tamsin Kellow | Headteacher, representing special schools | Brook Academy Trust\n"
            "Councillor Piran Bosanko | Portfolio Holder for Children (observer) | Westshire Council\n"
            "Lowen Treloar Senior Practitioner (observer) Westshire Partnership\n")
    rows = cells_of(text, "titled")
    assert len(rows) == 4 and rows[-1] == ["Lowen Treloar Senior Practitioner (observer) Westshire Partnership"]
    found = run(text)
    assert found[("treloar", "l")].kind == "officer" and "grid:names-with-titles" in found[("treloar", "l")].evidence
    assert found[("kellow", "t")].kind == "other"  # a school's head


def test_a_label_line_ends_a_titled_grid():
    text = ("Rhian Polwhele Chief Nursing Officer NHS Westshire and Isles\nOfficers:\n"
            "Tamsin Kellow Service Manager\nLowen Treloar Senior Practitioner\n")
    assert cells_of(text, "titled") == []


# ---------------------------------------------------------------- posts: the post first, then who fills it


FORUM = ("Schools Forum Members:\nCategory Member\n"
         "Headteacher, maintained primary Mrs Alys Penrose (Chair)\n"
         "Headteacher, maintained special Mr Idris Maldwyn\n"
         "Academy representative (secondary) Mr Rhodri Talgarth (Vice-Chair)\n"
         "Academy representative (primary) | Mrs Joanne Llanfair\n"
         "Governor, maintained schools Mr Colin Heywood\n\n"
         "Present: Mrs A Penrose (Chair), Mr I Maldwyn, Mr R Talgarth and Mr C Heywood.\n"
         "Apologies: Mrs J Llanfair.\n")


def test_a_forums_members_by_category_take_their_post_as_role():
    rows = cells_of(FORUM, "posts")
    assert rows[0] == ["Headteacher, maintained primary", "Mrs Alys Penrose (Chair)"]
    assert rows[3] == ["Academy representative (primary) |", "Mrs Joanne Llanfair"]
    found = run(FORUM)
    assert found[("penrose", "a")].role == "Headteacher, maintained primary"
    for key in (("penrose", "a"), ("maldwyn", "i"), ("talgarth", "r"), ("llanfair", "j"), ("heywood", "c")):
        assert found[key].kind == "other", key  # a school's people, though the forum has a chair and apologies


@pytest.mark.parametrize("text", [
    # a row of two titled names is two councillors, no post and a name
    "Councillor Ann Wren (Chair) Councillor Bill Stott\nCouncillor Cara Pym Councillor Dan Ives\n"
    "Councillor Eve Hart Councillor Fay Lund\n",
    # a list run over lines, each line ending with a titled name
    "Present: Mrs A Penrose (Chair), Mr I Maldwyn and\nRevd T Owain, with Mr R Talgarth and\n"
    "Dr H Sandhu, also Mrs J Llanfair\n",
])
def test_titled_names_closing_lines_of_a_list_or_a_grid_of_names_are_no_posts(text):
    assert cells_of(text, "posts") == []


# ---------------------------------------------------------------- a given name that is also a surname word


def test_a_surname_word_after_a_title_and_before_a_name_is_a_given_name():
    found = run("Membership\nCouncillor Toby Blackwell Councillor Grant Southam\nCouncillor Carol Kew\n")
    assert found[("southam", "g")].kind == "member"
    assert not any(k[0] == "grant" for k in found)


# ---------------------------------------------------------------- pairs: two titled names a row


MEMBERSHIP_PAIRS = ("Membership\n"
                    "Councillor Rosa Hebden (Chair) Councillor Peter Birks\n"
                    "Councillor Adnan Rafiq Councillor Carol Hinchliffe\n"
                    "Councillor Tom Gledholt Toby Marsh (Co-optee)\n"
                    "Councillor Megan Lindley Revd Anne Skelton (Co-optee)\n"
                    "Substitutes: Councillors Batley and Netherton\n")


def test_two_titled_names_a_row_and_an_untitled_co_optee_beside_a_councillor():
    rows = cells_of(MEMBERSHIP_PAIRS, "pairs")
    assert rows[2] == ["Councillor Tom Gledholt", "Toby Marsh (Co-optee)"]
    found = run(MEMBERSHIP_PAIRS)
    assert found[("gledholt", "t")].kind == "member" and found[("marsh", "t")].kind == "other"
    assert found[("skelton", "a")].kind == "other" and found[("lindley", "m")].kind == "member"
    assert not any(k[0] in ("marsh", "skelton") and k[1] in ("t", "m") and found[k].kind == "member" for k in found)


def test_rows_of_one_titled_name_with_a_long_name_are_no_pairs():
    text = "Councillor Abdul Kadir Chowdhury\nCouncillor Ann Wren Bill Stott\n"  # nothing shows two columns
    assert cells_of(text, "pairs") == []


def test_an_attendance_list_goes_on_past_a_short_rows_wrapped_organisation():
    text = ("PRESENT:\nName Role Organisation\n"
            "Councillor Ann Wren (Chair) | Cabinet Member for Children | Westshire Council\n"
            "Rachel Bamber Co-chair Westshire Parent Carer\nForum\n"
            "Yusuf Kirk Young SEND ambassador Westshire Youth Voice\n"
            "IN ATTENDANCE: Mark Hamer (Governance and Committee Officer)\n")
    found = run(text)
    assert found[("kirk", "y")].kind == "other"  # still in the members' block: no officer of the council


def test_a_titled_name_with_initials_before_a_churchs_body_is_a_person():
    text = ("Co-opted members\nMrs C. Moxon Parent Governor Representative (Primary)\n"
            "Mr A. Delling Church of England Diocese of Westshire\nIn attendance\n"
            "Councillor G. Bentham Portfolio Holder, Education and Skills\n")
    found = run(text)
    assert found[("delling", "a")].kind == "other"
    assert person_key("Sir John Cass") not in run("Pupils of Sir John Cass School visited.\n")


def test_an_attendance_list_goes_on_past_a_bracket_left_open_at_a_lines_end(monkeypatch):
    from pipeline.extract.people import ner as people_ner

    monkeypatch.setattr(people_ner, "nlp", lambda: None)  # the list alone must say who is a person
    text = ("PRESENT\nWestshire Council: Councillor Judith Cheam (Cabinet\nMember for Health and Adult Social Care) "
            "(Chair); Councillor Owen Marlow (Cabinet\nMember for Children); Jennifer Ollerton (Director of Public Health);\n"
            "Partners: Jo Bloggs (Chief Operating Officer, Westshire NHS\nFoundation Trust); Superintendent Gemma\n"
            "Brinkley (Westshire Police); Maureen Calne (Chair, Healthwatch\nWestshire).\n\n1. DECLARATIONS\n")
    found = run(text)
    assert found[("brinkley", "g")].kind == "officer"  # the police's, by a rank before a name that wraps
