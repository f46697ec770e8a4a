"""People: names, roles, kinds, contacts and provenance, on small texts."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import people
from pipeline.extract.people.names import candidates_in, person_key
from pipeline.extract.people.cues import KindCue, forum_sections
from pipeline.extract.people.decide import decide_kind, kind_of
from pipeline.extract.people.roles import role_after, role_before
from pipeline.extract.common.structure import segment
from pipeline.records import Page
from pipeline.text.cleanup import clean_pages
from pipeline.text.pdf import read_pdf


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    found = people.extract(doc)
    for person in found:  # provenance holds for every fact
        assert doc.page_text(person.page)[person.char_start:person.char_end] == person.quote
    return found


def by_key(found):
    return {person_key(p.name): p for p in found}


def keys(found):
    return set(by_key(found))


# --- titles and attendance lists -------------------------------------------------

MINUTES = (
    "MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 January 2025.\n"
    "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr D Jeffrey,\n"
    "Mr R C Love, OBE, and Mr R J Thomas\n"
    "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mrs S Hammond\n"
    "(Corporate Director Children, Young People and Education), Mr B Watts (General Counsel)\n"
    "and McKay (Acting Chief Accountant)\n"
    "UNRESTRICTED ITEMS\n"
    "1. Apologies\n"
    "Apologies were received from Mrs C Bell.\n"
    "2. Mr R Gough, Leader of the Council, provided an update. Sarah Hammond explained the plan.\n"
    "Joe McKay (Acting Chief Accountant) was in attendance for this item.\n"
)


def test_present_list_names_members_with_their_roles():
    found = by_key(run(MINUTES))
    assert found[("gough", "r")].kind == "member"
    assert found[("gough", "r")].role == "Chairman"
    for key in [("baker", "n"), ("chandler", "s"), ("jeffrey", "d"), ("love", "r"), ("thomas", "r")]:
        assert found[key].kind == "member", key


def test_in_attendance_list_names_officers():
    found = by_key(run(MINUTES))
    assert found[("ghosh", "a")].kind == "officer"
    assert found[("ghosh", "a")].role == "Director of Public Health"
    assert found[("hammond", "s")].role == "Corporate Director Children, Young People and Education"
    assert found[("watts", "b")].kind == "officer"


def test_apologies_sentence_is_a_list_of_members():
    assert by_key(run(MINUTES))[("bell", "c")].kind == "member"


def test_one_row_per_person_with_the_fullest_name():
    found = run(MINUTES)
    goughs = [p for p in found if "Gough" in p.name]
    assert len(goughs) == 1
    hammonds = [p for p in found if "Hammond" in p.name]
    assert [p.name for p in hammonds] == ["Sarah Hammond"]
    # "McKay (Acting ...)" in the list joins "Joe McKay" named later
    assert [p.name for p in found if "McKay" in p.name] == ["Joe McKay"]


def test_postnominals_are_not_part_of_the_name():
    assert by_key(run(MINUTES))[("love", "r")].name == "R C Love"


def test_plural_councillors_share_the_title():
    found = by_key(run("In pursuance of Rule 4 Councillors R George, S Burfoot and C Dale have signed a "
                       "requisition to the Chairman."))
    assert set(found) == {("george", "r"), ("burfoot", "s"), ("dale", "c")}
    assert all(p.kind == "member" for p in found.values())


def test_surname_only_councillors_and_untitled_attendees():
    found = by_key(run("Minutes:\nApologies had been received from Councillors Ball, Dodd, Thorne and "
                       "Renner-Thompson along with A Kingham and G Reiter.\n"))
    assert {("ball", ""), ("dodd", ""), ("thorne", ""), ("renner-thompson", "")} <= set(found)
    assert found[("ball", "")].name == "Councillor Ball"
    assert found[("ball", "")].kind == "member"
    assert found[("kingham", "a")].kind == "other"


# --- names with roles written next to them ----------------------------------------

def test_comma_separated_witnesses_with_roles():
    found = by_key(run(
        "Janine Walker, Head of SEND and Vulnerable Pupils, John Dexter, Education Director, Gary Eves, Head "
        "of Mental Health, Learning Disability and Children’s Commissioning Nottingham and Nottinghamshire "
        "Clinical Commissioning Group and Michelle Sherlock, Designated Clinical Officer for SEND, spoke to "
        "the Committee."))
    assert set(found) == {("walker", "j"), ("dexter", "j"), ("eves", "g"), ("sherlock", "m")}
    assert found[("walker", "j")].role == "Head of SEND and Vulnerable Pupils"
    assert found[("dexter", "j")].role == "Education Director"
    assert all(p.kind == "officer" for p in found.values())


def test_report_header_from_block():
    found = by_key(run(
        "From: Sue Chandler, Cabinet Member for Integrated\nChildren’s Services\n"
        "Sarah Hammond, Corporate Director, Children, Young\nPeople and Education\n"
        "To: Cabinet - 30 January 2025\nSubject: Transfer of the service\n"))
    assert found[("chandler", "s")].kind == "member"
    assert found[("chandler", "s")].role == "Cabinet Member for Integrated Children’s Services"
    assert found[("hammond", "s")].kind == "officer"
    assert len(found) == 2


def test_press_release_with_lower_case_roles():
    found = by_key(run(
        "A joint statement from Cllr Kate Booth, cabinet member for children’s wellbeing at Example City "
        "Council and Dr Richard Mendelsohn, Chief Medical Officer at NHS Example Clinical Commissioning "
        "Group:\n"))
    assert found[("booth", "k")].kind == "member"
    assert found[("mendelsohn", "r")].kind == "officer"
    assert found[("mendelsohn", "r")].name == "Richard Mendelsohn"


def test_role_stops_before_the_verb():
    found = run("Councillor McBriar sought assurances. Councillor Smith, Cabinet Member for Children and "
                "Young People advised the plan is a working document.")
    smith = by_key(found)[("smith", "")]
    assert smith.role == "Cabinet Member for Children and Young People"
    assert smith.kind == "member"


def test_title_before_the_name():
    found = by_key(run("On 15th January Mr Murphy attended the launch with Foreign Secretary David Lammy and "
                       "Kent MP Katie Lam, and wrote to the Minister of State for Care, Stephen Kinnock."))
    assert found[("lammy", "d")].role == "Foreign Secretary"
    assert found[("lammy", "d")].kind == "other"
    assert found[("kinnock", "s")].kind == "other"


def test_chaired_by_makes_a_member():
    found = by_key(run("The Committee established an Informal Member Group. This is chaired\nby Mr Cooke.\n"))
    assert found[("cooke", "")].kind == "member"


# --- contact details ------------------------------------------------------------------

def test_contact_block_with_labels_phone_and_email():
    found = run("11. Contact details\nReport Author:\nNick Abrahams\nAssistant Director Education – West Kent\n"
                "Telephone number\n03000 410058\nEmail address\nnicholas.abrahams@example.gov.uk\n"
                "Relevant Director:\nChristine McInnes\nDirector of Education\nTelephone number\n"
                "03000 418913\nEmail address\nChristine.mcinnes@example.gov.uk\n")
    found = by_key(found)
    assert found[("abrahams", "n")].email == "nicholas.abrahams@example.gov.uk"
    assert found[("abrahams", "n")].phone == "03000 410058"
    assert found[("abrahams", "n")].role == "Assistant Director Education – West Kent"
    assert found[("mcinnes", "c")].email == "Christine.mcinnes@example.gov.uk"
    assert all(p.kind == "officer" for p in found.values())


def test_name_found_through_its_email_address_on_a_table_line():
    found = by_key(run("Contact Details\nInterim Corporate Director Finance John Betts 03000 410 066 "
                       "john.betts@example.gov.uk\n"))
    assert found[("betts", "j")].email == "john.betts@example.gov.uk"
    assert found[("betts", "j")].phone == "03000 410 066"


def test_labels_on_the_same_line():
    found = by_key(run("Venue: Council Chamber, Town Hall\nContact: Josh Ashworth Democratic Services\n"
                       "Report author: Sue Butcher\nThursday, 30th January, 2025 Ask for: Georgina Little\n"
                       "Email:\ngeorgina.little@example\n.gov.uk\n"))
    assert set(found) == {("ashworth", "j"), ("butcher", "s"), ("little", "g")}
    assert found[("little", "g")].email == "georgina.little@example.gov.uk"
    assert all(p.kind == "officer" for p in found.values())


def test_implications_verified_by():
    found = by_key(run("7.1 Financial\nImplications verified by: **David May**\n**Strategic Lead of Finance**\n"))
    assert found[("may", "d")].kind == "officer"


# --- minutes prose ----------------------------------------------------------------------

def test_reporting_verbs_and_questions():
    found = by_key(run("Michele Lucas thanked the Committee. Craig Chapman said that the backlog had fallen. "
                       "On the quality of EHCPs, Paula Robinson queried how a plan could be corrected."))
    assert found[("chapman", "c")].kind == "officer"
    assert found[("lucas", "m")].kind == "officer"
    assert found[("robinson", "p")].kind == "other"


def test_surname_typo_joins_the_named_person():
    found = run("Anjan Ghosh (Director of Public Health) attended. Dr Gosh introduced the report.")
    assert [p.name for p in found] == ["Anjan Ghosh"]


def test_surname_that_could_mean_two_people_adds_no_one():
    found = run("PRESENT: Mr J Wright and Ms L Wright\nMs Wright asked a question. Mr Wright replied.\n"
                "Mr Jones and Mrs Jones attended. Mr Jones spoke.")
    assert sorted(p.name for p in found if "Wright" in p.name) == ["J Wright", "L Wright"]
    assert len([p for p in found if "Jones" in p.name]) == 1


def test_without_the_model_patterns_still_work(monkeypatch):
    from pipeline.extract.people import ner as people_ner

    monkeypatch.setattr(people_ner, "nlp", lambda: None)
    found = keys(run(MINUTES + "Members thanked Steve Grimshaw and the team for their work."))
    assert ("gough", "r") in found and ("grimshaw", "s") not in found


def test_knights_and_peers_are_others():
    assert by_key(run("Read a message from the independent Chair, Dame Christine Lenehan."))[
        ("lenehan", "c")].kind == "other"


def test_described_person():
    found = by_key(run("The meeting was productive. Mr Murphy paid tribute to Lyndon Gurr, a talented former "
                       "officer, who sadly passed away last month."))
    assert found[("gurr", "l")].role == "a talented former officer"


@pytest.mark.parametrize("text, key", [
    ("On 3rd December, the council hosted David Maenaut at County Hall.", ("maenaut", "d")),
    ("The award was presented to Mark Quinn for his contributions to charitable causes.", ("quinn", "m")),
    ("Members thanked Steve Grimshaw and the team for their work.", ("grimshaw", "s")),
])
def test_person_named_in_free_text_is_found_by_the_model(text, key):
    assert keys(run(text)) == {key}


# --- things that are not people ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kent County Council and the Special Educational Needs and Disabilities service met the Director of "
    "Children's Services.",
    "The Written Statement of Action was approved by Ofsted on 3 September 2019.",
    "Ask for: Georgina\nCouncil Chamber, Sessions House,\nCounty Hall, Maidstone",
    "Kent Karrier 0.0 0.0 0.0\nKent Resilience 0.7 0.7 -0.0\nLive Margate -0.328 No further loans",
    "Significant net drawdowns include Helping\nHands (£3.0m) and Family Hubs.",
    "Cabinet is asked to:\nA. Agree the Commissioning Plan.\nB. Delegate authority to the Director.",
    "Support staff through Skills for Growth and Unlocking Potential, Managing in KCC and Future Manager "
    "Programme.",
    "The closure of HMYOI Cookham Wood led to issues in accessing children.",
    "Portfolio Holder for Covid Resilience, Public Health and Education",
    "In a recorded vote: For (3) Mr Baker, Mr Whiting, Ms Wright\nAgainst (10)\n",
])
def test_not_people(text):
    names = [p.name for p in run(text)]
    assert not [n for n in names if not n.startswith(("Mr ", "Ms "))], names


def test_vote_lists_do_not_swallow_the_next_line():
    assert {p.name for p in run("For (3)\nMr Baker, Mr Whiting, Ms Wright\nAgainst (10)\n")} == {
        "Mr Baker", "Mr Whiting", "Ms Wright"}


def test_roles_alone_are_not_people():
    assert run("The Corporate Director of Children, Young People and Education and the Cabinet Member for "
               "Education and Skills introduced the report.") == []


# --- the parts --------------------------------------------------------------------------

@pytest.mark.parametrize("role, honorific, hint, kind", [
    ("Cabinet Member for Education and Skills", None, None, "member"),
    ("Leader of the Council (Chairman)", None, None, "member"),
    ("Vice-Chair", None, None, "member"),
    ("Send County Service Planning & Performance Leader", None, None, "officer"),
    ("Senior Commissioner", None, None, "officer"),
    ("Commissioner", None, None, "other"),
    ("Headteacher - Virtual School Kent", None, None, "officer"),
    ("Executive Head Teacher, Seabrook Primary School", None, None, "other"),
    ("Report author", None, None, "officer"),
    ("SEND Improvement Advisor", None, None, "other"),
    ("Chair Kent Housing Group", None, None, "other"),
    ("Kent MP", None, None, "other"),
    ("Head of SEND and Vulnerable Pupils", None, None, "officer"),
    (None, "Cllr", None, "member"),
    (None, "Mr", "member", "member"),
    (None, None, None, "officer"),
])
def test_kind_of(role, honorific, hint, kind):
    assert kind_of(role, honorific, hint) == kind


def test_role_after_forms():
    text = "Dave Shipton (Head of Finance Policy)\nBenjamin Watts\nGeneral Counsel\nHelping Hands, including provision"
    assert role_after(text, 0, 12, []) == "Head of Finance Policy"
    start = text.index("Benjamin")
    assert role_after(text, start, start + len("Benjamin Watts"), []) == "General Counsel"
    start = text.index("Helping")
    assert role_after(text, start, start + len("Helping Hands"), []) is None


def test_role_before_forms():
    text = "Assistant Director for Inclusion Ros Somerville"
    assert role_before(text, text.index("Ros")) == "Assistant Director for Inclusion"


def test_candidates_split_titles_from_names():
    words = [c.text for c in candidates_in("Interim Corporate Director Finance John Betts and Cath Head", 1)]
    assert words == ["John Betts", "Cath Head"]


def test_decision_page_fields():
    found = by_key(run(
        "Decision Maker: Cabinet Member for Children's Services (Councillor Amina Rasheed)\n"
        "Lead officer: Gareth Pryce, Head of SEND Services\nDecision status: Implemented\n"
        "Contact: Democratic Services, 0121 303 1111, democratic.services@example.gov.uk\n"))
    assert found[("rasheed", "a")].role == "Cabinet Member for Children's Services"
    pryce = found[("pryce", "g")]
    assert (pryce.role, pryce.kind, pryce.email, pryce.phone) == ("Head of SEND Services", "officer", None, None)


def test_title_between_two_names_belongs_to_the_second():
    found = by_key(run("In response to a question from Councillor Walsh, the Interim Director of Education, "
                       "Lisa Brennan, said that the backlog had reduced."))
    assert found[("walsh", "")].role is None
    assert found[("brennan", "l")].role == "Interim Director of Education"
    assert found[("brennan", "l")].kind == "officer"


def test_a_name_after_and_has_no_title_from_the_list():
    found = by_key(run("The Chair welcomed Ms Fiona Carruthers, His Majesty's Inspector, and Dr Olu Adeyemi from "
                       "the Integrated Care Board."))
    assert found[("carruthers", "f")].kind == "other"
    assert found[("adeyemi", "o")].role is None


def test_press_office_number_is_not_the_speakers():
    found = by_key(run("Dr Alan Reeves, chief executive of the local NHS trust, added that partners were committed.\n"
                       "For more information contact the press office on 01632 960000."))
    assert found[("reeves", "a")].phone is None


# --- members lists written the ways councils vary -------------------------------------

def test_initials_list_carries_on_past_a_bracketed_role():
    found = by_key(run("Present:\n\nCouncillors K Quarrendon (Chair), L Dunsop, P Thackray (Vice-Chair), R Quayle and "
                       "M Ogden\n\nApologies:\n\nCouncillor T Veale\n\n"
                       "It was MOVED by Councillor Ogden, SECONDED by Councillor Quarrendon, and RESOLVED that ..."))
    assert set(found) == {("quarrendon", "k"), ("dunsop", "l"), ("thackray", "p"), ("quayle", "r"), ("ogden", "m"),
                          ("veale", "t")}
    assert all(p.kind == "member" for p in found.values())
    assert found[("quarrendon", "k")].role == "Chair"
    assert found[("thackray", "p")].role == "Vice-Chair"


def test_party_lines_of_a_members_list_name_councillors_by_surname():
    found = by_key(run("Present – Councillors\nLABOUR: Quarrendon (Chair), Dunsop and Thackray\nGREEN: Penhallow\n"
                       "Liberal Democrat Group: Quayle\n\nObserver: Councillor Nora Quill\n"))
    assert set(found) == {("quarrendon", ""), ("dunsop", ""), ("thackray", ""), ("penhallow", ""), ("quayle", ""),
                          ("quill", "n")}
    assert all(p.kind == "member" for p in found.values())
    assert found[("quarrendon", "")].role == "Chair"


def test_a_party_word_alone_opens_no_list():
    assert run("Labour: 34 seats\nConservative: the group did not respond.\n") == []


def test_given_names_that_are_also_surname_words_open_a_name():
    found = by_key(run("Councillors Amira Shah, Dean Aldridge, Rose Tanfield and Tom Pelling attended."))
    assert set(found) == {("shah", "a"), ("aldridge", "d"), ("tanfield", "r"), ("pelling", "t")}
    assert all(p.kind == "member" for p in found.values())


def test_a_name_stops_before_a_label_on_the_next_line():
    found = run("Report author: Nadia Brennock\nPublication date: 03/02/2022\nDate of decision: 01/02/2022\n")
    assert [(p.name, p.kind) for p in found] == [("Nadia Brennock", "officer")]


def test_upper_case_contact_in_a_footer():
    found = run("THESE MINUTES WERE PRODUCED BY DEMOCRATIC SERVICES, TOWN HALL. CONTACT MARTIN OAKES – 01632 960123\n"
                "CONTACT DEMOCRATIC SERVICES – 01632 960000\n")
    assert [(p.name, p.kind, p.phone) for p in found] == [("Martin Oakes", "officer", "01632 960123")]
    assert found[0].quote == "MARTIN OAKES"


def test_an_hmi_is_an_inspector_not_an_officer():
    found = by_key(run("The inspection team was led by Rachel Trewin HMI, with Owen Garside, Ofsted Inspector, "
                       "and Priya Lomas, Children's Services Inspector from the CQC."))
    assert found[("trewin", "r")].kind == "other"
    assert found[("trewin", "r")].role == "HMI"
    assert found[("garside", "o")].kind == "other"
    assert found[("lomas", "p")].kind == "other"


def test_members_of_the_public_who_put_questions_are_others():
    found = by_key(run("5. PUBLIC QUESTIONS\nThe following questions were asked at the meeting.\n"
                       "Nadia Pryor explained that her son had waited a year for an assessment.\n"
                       "In response, Helen Marchbank (Director of Education) said the backlog was falling.\n"
                       "Question from Ben Hollis:\nWhen will the new school open?\n"))
    assert found[("pryor", "n")].kind == "other"
    assert found[("hollis", "b")].kind == "other"
    assert found[("marchbank", "h")].kind == "officer"


def test_councillors_questions_to_the_council_are_not_the_publics():
    found = by_key(run("Question by Owen Garside to Nora Quill, Cabinet Member for Highways\n"
                       "Will the Cabinet Member publish the repair programme?\n"))
    assert found[("garside", "o")].kind != "other"


def test_a_public_speaker_described_as_a_parent():
    found = by_key(run("3 Public Speaking Time/Open Session\nRuth Colclough, a parent, spoke about the wait for her "
                       "son's plan. The Chair thanked Ms Colclough.\n"))
    assert list(found) == [("colclough", "r")]
    assert (found[("colclough", "r")].role, found[("colclough", "r")].kind) == ("a parent", "other")


def test_a_plural_role_after_two_names_is_both_peoples():
    found = by_key(run("Witnesses:\nFiona Tallis and Gail Renwick, Co-Chairs, Westshire Parent Carer Forum\n"
                       "Dr Owen Pryce, Clinical Lead, NHS Westshire Integrated Care Board\n"))
    assert found[("tallis", "f")].role == found[("renwick", "g")].role == "Co-Chairs, Westshire Parent Carer Forum"
    assert found[("tallis", "f")].kind == found[("renwick", "g")].kind == "other"
    assert found[("pryce", "o")].kind == "officer"


def test_the_chair_of_a_families_forum_is_not_a_councillor():
    found = by_key(run("Consultees:\nCouncillor Tom Ashridge, Deputy Cabinet Member for Education\n"
                       "Siobhan Tarrow, Chair, SEND Family Voice Westshire (parent carer forum)\n"))
    assert found[("ashridge", "t")].kind == "member"
    assert found[("tarrow", "s")].kind == "other"


def test_table_cells_run_together_still_give_the_name_and_its_role():
    found = by_key(run("Members present:\n\nNameRole\n\nCouncillor G AinsleyChair\n\nCouncillor P MorvenVice-Chair\n\n"
                       "Councillor H Stott\n\nOfficers in attendance:\n\nKaren PellowDemocratic Services Officer\n\n"
                       "Yasmin OrtegaHead of SEND\n"))
    assert set(found) == {("ainsley", "g"), ("morven", "p"), ("stott", "h"), ("pellow", "k"), ("ortega", "y")}
    assert found[("ainsley", "g")].role == "Chair"
    assert found[("pellow", "k")].role == "Democratic Services Officer"
    assert found[("ortega", "y")].kind == "officer"
    assert found[("morven", "p")].kind == "member"


def test_names_with_an_inner_capital_stay_whole():
    words = [c.text for c in candidates_in("Jo McInnes and Al MacLeod met Ann DeVille", 1)]
    assert words == ["Jo McInnes", "Al MacLeod", "Ann DeVille"]


# --- full council minutes, cover sheets, decision notices and news -------------------------

def test_a_labelled_surname_list_of_councillors():
    found = by_key(run(
        "Present: The Mayor, Councillor Petra Lowe (in the Chair)\n"
        "Councillors: Abram, Birtle, Crompton, Dunscar, Egerton, Falinge, M. Grane, S. Grane,\n"
        "O'Hagan, Quarlton-Hey and Young.\n"
        "Apologies for absence were received from Councillors Hareshaw and T. Ivers.\n"))
    expected = {("abram", ""), ("birtle", ""), ("crompton", ""), ("dunscar", ""), ("egerton", ""), ("falinge", ""),
                ("grane", "m"), ("grane", "s"), ("o'hagan", ""), ("quarlton-hey", ""), ("young", ""),
                ("lowe", "p"), ("hareshaw", ""), ("ivers", "t")}
    assert set(found) == expected
    assert all(p.kind == "member" for p in found.values())


def test_councillor_s_labels_an_initials_list():
    found = by_key(run("Members present: Councillor R Aske (Chair)\n"
                       "Councillor(s): P Bolam, H Cowen and K Dinsdale\n"
                       "Apologies: Councillor(s) D Elwick and W Frosterley\n"))
    assert set(found) == {("aske", "r"), ("bolam", "p"), ("cowen", "h"), ("dinsdale", "k"), ("elwick", "d"),
                          ("frosterley", "w")}
    assert all(p.kind == "member" for p in found.values())


def test_councillors_titled_mr_and_mrs_in_a_list():
    found = by_key(run("Present: Councillors Mrs J Ormond (Chair), Mr P Strand and Ms K Tolley\n\n1. Minutes\n"))
    assert set(found) == {("ormond", "j"), ("strand", "p"), ("tolley", "k")}
    assert all(p.kind == "member" for p in found.values())


def test_an_initial_opening_a_wrapped_line_of_a_list_is_not_an_item_letter():
    found = by_key(run("In attendance: K. Abney (Head of Legal), D. Bexley (Head of Inclusion),\n"
                       "G. Carrow (Finance Manager) and J. Delph (Committee Clerk).\n"))
    assert set(found) == {("abney", "k"), ("bexley", "d"), ("carrow", "g"), ("delph", "j")}
    assert found[("carrow", "g")].role == "Finance Manager"


def test_a_list_label_in_capitals_without_a_colon():
    found = by_key(run("OFFICERS PRESENT Marta Kell, Head of Inclusion, and Ivo Chesham, Scrutiny Adviser\n\n"
                       "5 DECLARATIONS OF INTEREST\n"))
    assert set(found) == {("kell", "m"), ("chesham", "i")}
    assert found[("chesham", "i")].kind == "officer"  # a council's adviser, not an outside one


def test_a_bracketed_role_past_the_next_line_of_a_label_column():
    found = by_key(run("NON-VOTING Ms Rhian Toller (Diocesan Representative), Alan Brisk\n"
                       "CO-OPTEES (Parent Governor Representative) and Dr Uma Sethi\n"
                       "AND ADVISERS (Consultant Paediatrician, Eastshire NHS Trust)\n"))
    assert found[("brisk", "a")].role == "Parent Governor Representative"
    assert found[("brisk", "a")].kind == "other"
    assert found[("sethi", "u")].role == "Consultant Paediatrician, Eastshire NHS Trust"


def test_a_healthwatch_chair_and_a_voluntary_sector_chief_are_others():
    found = by_key(run("Board members: Winifred Carne (Chair, Healthwatch Eastshire), Pat Dolan (Chief Executive, "
                       "Eastshire Voluntary Action) and Jessica Farr (Chief Executive, NHS Eastshire)\n"))
    assert found[("carne", "w")].kind == "other"
    assert found[("dolan", "p")].kind == "other"
    assert found[("farr", "j")].kind == "officer"


def test_cover_sheet_with_an_author_and_a_job_title_label():
    found = by_key(run("Lead Cabinet Member: Cllr Naomi Fenwick\n"
                       "Report author: Owen Tarr Job title: Principal Educational Psychologist\n"
                       "Tel: 01632 960777 E-mail: owen.tarr@eastshire.gov.uk\n"))
    assert set(found) == {("fenwick", "n"), ("tarr", "o")}
    assert found[("tarr", "o")].role == "Principal Educational Psychologist"
    assert found[("tarr", "o")].kind == "officer"
    assert found[("tarr", "o")].phone == "01632 960777"
    assert found[("tarr", "o")].email == "owen.tarr@eastshire.gov.uk"
    assert found[("fenwick", "n")].kind == "member"


def test_a_job_title_label_runs_on_to_the_next_label():
    found = by_key(run("Lead officer: Priya Nandi\nJob title: Assistant Director, Inclusive\nLearning Services\n"
                       "Phone: 01632 960795\n"))
    assert found[("nandi", "p")].role == "Assistant Director, Inclusive Learning Services"
    assert found[("nandi", "p")].phone == "01632 960795"


def test_the_author_of_a_book_is_not_a_report_author():
    assert kind_of("author", None, None) == "other"
    assert kind_of("Author", None, None) == "officer"


def test_signed_and_dated_decision_notice():
    found = by_key(run("Consulted:\nCouncillor Ewan Pike (Vice-Chair, Children's Scrutiny Panel)\n\n"
                       "Signed: Cllr Olu Bakare Date: 3 June 2024\nLead Member for Education\n\n"
                       "Signed: Moira Tennant Date: 3 June 2024\nExecutive Director, People\n"))
    assert set(found) == {("pike", "e"), ("bakare", "o"), ("tennant", "m")}
    assert found[("tennant", "m")].kind == "officer"
    assert found[("bakare", "o")].kind == "member"


def test_proposer_and_seconder_of_a_motion_are_members():
    found = by_key(run("Motion 4\nMoved by: Jenna Hawtrey Seconded by: Barry Lomas\nThis Council notes the report.\n"
                       "Proposer: Ada Quint\nSeconder: Ross Ellery\n"))
    assert set(found) == {("hawtrey", "j"), ("lomas", "b"), ("quint", "a"), ("ellery", "r")}
    assert all(p.kind == "member" for p in found.values())


def test_an_independent_chair_appointed_is_not_a_councillor():
    found = by_key(run("The group is chaired by Dr Ines Varga, who has been appointed as the independent chair\n"
                       "of the partnership from 1 April 2024.\n"))
    assert found[("varga", "i")].kind == "other"
    assert found[("varga", "i")].role == "the independent chair of the partnership"


def test_a_name_in_capitals_over_its_title():
    found = by_key(run("That the report be noted.\n\nMARTIN OKELL\nDirector of Children and Families\n"
                       "Town Hall, Eastbury\n\nEXECUTIVE SUMMARY\nHead of Service and others met.\n"))
    assert set(found) == {("okell", "m")}
    assert found[("okell", "m")].kind == "officer"


def test_table_cells_as_paragraphs_give_each_name_its_role():
    found = by_key(run("Officers present:\n\nNiamh Corr\n\nPrincipal Lawyer\n\nOscar Penn\n\nCommittee Clerk\n\n"
                       "5 Declarations of Interest\n"))
    assert set(found) == {("corr", "n"), ("penn", "o")}
    assert found[("penn", "o")].role == "Committee Clerk"


def test_given_names_that_end_like_adverbs():
    found = by_key(run("Lead Officer: Emily Stroud, Head of School Improvement\n"))
    assert found[("stroud", "e")].role == "Head of School Improvement"


def test_news_item_quotes_a_lead_member_and_inspectors():
    found = by_key(run("\"This is welcome news,\" said Councillor Dev Rowe-Patel, Lead Member for Education. "
                       "CQC inspector Tamsin Wray said the area had improved, and His Majesty's Inspector "
                       "Hannah Wexcombe wrote to the council.\n"))
    assert found[("rowe-patel", "d")].kind == "member"
    assert found[("wray", "t")].kind == "other"
    assert found[("wexcombe", "h")].kind == "other"


def test_labels_that_say_a_person_is_from_outside():
    found = by_key(run("Parent representative: Ann Lyford\nIndependent Person: Mr Tom Foxton\n"
                       "Contact person: Jo Blackett\nYouth MP Amy Leyton and Ben Colley MYP also attended.\n"))
    assert found[("lyford", "a")].kind == "other"
    assert found[("foxton", "t")].kind == "other"
    assert found[("blackett", "j")].kind == "officer"
    assert found[("leyton", "a")].kind == "other"
    assert found[("colley", "b")].kind == "other"


def test_a_possessive_ends_the_name():
    assert keys(run("Mr Jo Blakey's report was noted.")) == {("blakey", "j")}


@pytest.mark.parametrize("text", [
    "Places were added at Sir John Aske School and Dame Alice Orwin's School.",
    "The new hub on Lord Street opened in May 2023.",
    "Minutes of the meeting held in the Westtown Room, Guildhall,\nPriory Fordgate, Westtown, WS2 6ND",
    "The Elizabeth Garrod Anderley Unit and the Florence Nightley Hospice supported the work.",
    "Employer\nRepresentative\nBodies\nXxx\nDevolution of the core Adult Skills Fund",
])
def test_places_named_after_people_are_not_people(text):
    assert run(text) == []


def test_a_heading_line_after_a_name_is_not_its_role():
    found = by_key(run("Members of the Committee present:\nCouncillor Jo Barlow (Chair)\nCouncillor Sam Stainer\n"
                       "Co-opted members present:\nMrs Ann Dorrell (Parent Governor Representative)\n"))
    assert found[("stainer", "s")].role is None
    assert found[("dorrell", "a")].kind == "other"


def test_a_phone_number_is_not_part_of_a_role():
    found = by_key(run("CONTACT OFFICER: Tamsin Wrayford, Head of SEND, 01632 960001\nBACKGROUND PAPERS: None\n"))
    assert found[("wrayford", "t")].role == "Head of SEND"
    assert found[("wrayford", "t")].phone == "01632 960001"


def test_a_comma_and_the_next_item_of_a_list_is_not_a_role():
    found = by_key(run("The Leader, Councillor Jo Bramall, and the Chief Executive, Sam Stannard, signed the letter."))
    assert found[("bramall", "j")].role == "Leader"
    assert found[("stannard", "s")].role == "Chief Executive"


def test_a_parent_named_in_a_news_item():
    found = by_key(run("Parent Lucy Hamer, whose son has autism, said the changes had helped."))
    assert found[("hamer", "l")].kind == "other"


# --- people3: flattened columns, saints' places, GPs, pronoun roles --------------------------


def test_two_columns_run_into_one_line_are_two_people():
    found = by_key(run(
        "Members: Cllr. (Mrs) J. Quaile (Chair) Officers: Odette Fairhurst, Director of Education\n"
        "Councillor Dr A Brindle Corin Maddox, Head of SEND\n"
        "Cllr S Penhale-Ross Wilf Tatlock, Scrutiny Officer\n"))
    assert {("quaile", "j"), ("brindle", "a"), ("fairhurst", "o"), ("maddox", "c"), ("penhale-ross", "s"), ("tatlock", "w")} <= set(found)
    assert found[("brindle", "a")].kind == "member" and found[("penhale-ross", "s")].kind == "member"
    assert found[("maddox", "c")].kind == "officer" and found[("tatlock", "w")].kind == "officer"


def test_saints_names_are_places():
    found = keys(run("Councillor Quaile declared that her son attends St Agatha's School.\n"
                     "Special schools such as St Wilfrid Brede's School would welcome closer links.\n"))
    assert not any(k[0] in ("agatha", "agatha's", "brede", "brede's", "st", "mary") for k in found)


def test_gps_and_forum_chairs_by_pronoun_are_other():
    found = by_key(run(
        "Present:\nDr R Pemberthy, GP Member\nDr O Vance, GP and Clinical Director, Northfold Primary Care Network\n\n"
        "The plan was written with the Northfold Parent Carer Forum. Its chair, Wenna Hollis, said parents would "
        "hold the partnership to account.\n"))
    assert found[("pemberthy", "r")].kind == "other" and found[("vance", "o")].kind == "other"
    assert found[("hollis", "w")].kind == "other"


def test_a_title_on_the_next_line_is_not_the_surname():
    found = by_key(run("Report author: Tamsin Gorrie-Walsh\nHead of SEND Commissioning\nTel: 01632 960123\n"))
    assert ("gorrie-walsh", "t") in found and found[("gorrie-walsh", "t")].kind == "officer"


# --- evidence combined per candidate (candidates, cues, decide) ------------------------

PARISH_MINUTES = (
    "Minutes of the Parish Council meeting held on 8 May 2018\n"
    "Present: Cllrs J Bloggs (Chair), A Stanworth and M Thackray\n"
    "In attendance: Mrs K Dunsop (Clerk)\n"
    "18/045 Public Participation\n"
    "Mr Tom Harcourt raised the footpath. Jane Pellow said the bus shelter was damaged.\n"
    "Cllr Stanworth said she would report it.\n"
    "18/046 Minutes\n"
    "Jo Parrish said the minutes were correct.\n"
)


def test_every_person_carries_the_evidence_that_decided_them():
    found = run(PARISH_MINUTES)
    assert found and all(p.evidence and f"kind:{p.kind}" in p.evidence for p in found)
    clerk = by_key(found)[("dunsop", "k")]
    assert "officer:role:officer-title +4" in clerk.evidence and "found:honorific +3" in clerk.evidence


def test_speakers_in_the_public_forum_are_others_until_the_next_minute():
    found = by_key(run(PARISH_MINUTES))
    assert found[("harcourt", "t")].kind == "other"
    assert found[("pellow", "j")].kind == "other"
    assert "section:public-forum" in found[("pellow", "j")].evidence
    assert found[("stanworth", "a")].kind == "member"  # a councillor speaking in the forum
    assert found[("parrish", "j")].kind == "officer"  # the next minute is not the forum


def test_forum_sections_run_across_pages_and_skip_numbered_lists_of_speakers():
    pages = {1: "5 Minutes\nAgreed.\n6 Public Forum\nStatements:\n01 Jo Bloggs\n",
             2: "07 Sam Stanworth\n31 Kim Hart\n7 Bus Strategy\nThe Head of Transport introduced it.\n"}
    sections = forum_sections(pages)
    assert [pages[1][a:b] for a, b in sections[1]] == ["6 Public Forum\nStatements:\n01 Jo Bloggs\n"]
    assert [pages[2][a:b] for a, b in sections[2]] == ["07 Sam Stanworth\n31 Kim Hart\n"]


def test_a_numbered_list_of_public_statements_with_a_title_cell():
    found = by_key(run("6 Public Forum\nStatements were received as follows:\n"
                       "01 Maria Garston A4018 Roadworks\n02 Clare Bowman Urgent concerns about roadworks\n"
                       "03 Councillor Ned Pike Bus lanes\n04 Ivor Pettle, Westshire Cycling Campaign\n"
                       "7 Parking Strategy\nThe report was noted.\n"))
    assert {k: p.kind for k, p in found.items()} == {
        ("garston", "m"): "other", ("bowman", "c"): "other", ("pike", "n"): "member", ("pettle", "i"): "other"}


def test_an_attendance_grid_of_names_and_roles():
    found = by_key(run("Present:\nMayor Dan Morrow Westtown City Council\n"
                       "Councillor Kevin Gill Leader, Ashvale Council\n"
                       "Councillor Sarah Warren Westtown City Council\n"
                       "Also in attendance:\nRichard Ennis Interim Chief Executive\n"
                       "Officers:\nTim Oates Head of Transport\n"))
    assert found[("morrow", "d")].kind == "member" and found[("morrow", "d")].role == "Mayor"
    assert found[("warren", "s")].name == "Sarah Warren"  # the place opens the next cell
    assert found[("ennis", "r")].kind == "officer" and "section:attendance-line" in found[("ennis", "r")].evidence
    assert found[("oates", "t")].role == "Head of Transport" and found[("oates", "t")].kind == "officer"


def test_outside_bodies_press_and_planning_applicants_are_others():
    found = by_key(run("In attendance:\nJo Bloggs Westshire Residents Association\nSam Smith Westshire Council\n\n"
                       "The meeting heard from the reporter Kim Hart about the budget.\n"
                       "Planning: 19/01234/FUL Mr Peter Gant, Land at Hill Farm, erection of a barn.\n"))
    assert found[("bloggs", "j")].kind == "other"
    assert found[("smith", "s")].kind == "officer"  # in attendance, nothing said otherwise
    assert found[("hart", "k")].kind == "other"
    assert found[("gant", "p")].kind == "other"


def test_police_staff_are_officers_of_a_public_body():
    """GUIDELINES: officers are staff of the council, the NHS or another public body; a
    police rank, a force named beside the name or a police role says so."""
    found = by_key(run("Present:\nCouncillor Ann Lake (Chair)\n\n"
                       "4. Community Safety\nPC Dev Arnott reported 12 incidents in the village.\n"
                       "Mira Kowal, Chief Inspector, Northshire Constabulary, said patrols would rise.\n"
                       "Also present: Tom Birch, Eastvale Police\n"))
    assert found[("arnott", "d")].kind == "officer"
    assert "officer:title:police" in found[("arnott", "d")].evidence
    assert found[("kowal", "m")].kind == "officer"
    assert found[("birch", "t")].kind == "officer"
    assert found[("lake", "a")].kind == "member"


def test_a_comma_run_of_names_is_a_cue_even_in_brackets():
    from pipeline.extract.people.candidates import NameRuns, candidate_cues
    from pipeline.extract.people.shape import document_words

    text = "We held a review (thanks go to Helen Pearmain, Darren\nChristos and Dave Wadley for coming)."
    cues = {tuple(c.words): dict(candidate_cues(text, c, [], [], document_words({1: text}), [], NameRuns(text)))
            for c in candidates_in(text, 1)}
    for name in [("Helen", "Pearmain"), ("Darren", "Christos"), ("Dave", "Wadley")]:
        assert "list:names-in-a-row" in cues[name] and "inside-brackets" not in cues[name]
    assert not NameRuns("Avon Gorge and Dundry Slopes").covers(0)  # two are not a run


def test_lower_case_councillors_list_in_an_apologies_sentence():
    found = by_key(run("Apologies for absence were received from councillors Fryer, Hinton and Lynch.\n"))
    assert {k: p.kind for k, p in found.items()} == {("fryer", ""): "member", ("hinton", ""): "member",
                                                      ("lynch", ""): "member"}


def test_a_bracket_left_open_in_an_earlier_paragraph_holds_no_one():
    found = by_key(run("Paul Otter, Head of Commissioning (Mental Health, Westshire CCG\n\n"
                       "Jamie Wilde, Chief Operating Officer, Westshire CCG\n"))
    assert found[("wilde", "j")].role == "Chief Operating Officer, Westshire CCG"


@pytest.mark.parametrize("role, context, kind", [
    (None, [], "officer"),  # the prior alone
    ("Head of SEND", [KindCue("member", "section:members", 2.0)], "officer"),  # a stated title outweighs a list
    (None, [KindCue("member", "section:members", 2.0), KindCue("other", "section:public-forum", 2.5)], "other"),
    (None, [KindCue("member", "section:members", 2.0), KindCue("other", "asks", 2.0)], "member"),  # tie: first
    ("Independent Chair", [KindCue("member", "honorific:councillor", 5.0)], "member"),
])
def test_decide_kind_weighs_the_cues(role, context, kind):
    decided, evidence = decide_kind(role, None, context)
    assert decided == kind
    assert evidence.reason()


def test_the_same_cue_from_many_mentions_counts_once():
    kind, evidence = decide_kind(None, None, [KindCue("other", "asks", 2.0)] * 3 + [KindCue("member", "party", 3.0)])
    assert kind == "member" and evidence.reason().count("asks") == 1


def _pdf_rows(rows: list[tuple[str, str | None]]) -> list[str]:
    """One PDF page of rows, each a left cell and perhaps a right one in a second column, through the
    real text stage (PDFium, the page clean-up)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 90
    for left, right in rows:
        pdf.drawString(72, y, left)
        if right:
            pdf.drawString(320, y, right)
        y -= 16
    pdf.showPage()
    pdf.save()
    raw, _, _, _ = read_pdf(buffer.getvalue())
    return clean_pages(raw)


def test_attendance_grid_and_public_forum_in_a_pdf():
    rows = [("Minutes of the Westshire Transport Committee, 3 March 2025", None), ("Present:", None),
            ("Councillor Nora Quill", "Chair"), ("Councillor Owen Garside", "Vice-Chair"),
            ("Officers:", None), ("Helen Marchbank", "Director of Transport"), ("Tim Oakes", "Democratic Services Officer"),
            ("4 Public Forum", None), ("Statements were received from:", None), ("01 Peter Vane", None),
            ("02 Lucy Brennock, Westshire Cycling Campaign", None), ("5 Bus Strategy", None),
            ("Helen Marchbank introduced the report.", None)]
    found = by_key(run(*_pdf_rows(rows)))
    kinds = {k: p.kind for k, p in found.items()}
    assert kinds == {("quill", "n"): "member", ("garside", "o"): "member", ("marchbank", "h"): "officer",
                     ("oakes", "t"): "officer", ("vane", "p"): "other", ("brennock", "l"): "other"}
    assert found[("marchbank", "h")].role == "Director of Transport"


def test_bullet_items_under_a_label_of_people():
    found = by_key(run("SEND and NHS England Advisers:\n\n• Keith Thomason (Department for Education)\n"
                       "• Mark Tucknell (NHS England)\n"))
    assert set(found) == {("thomason", "k"), ("tucknell", "m")}
    assert all("label +3" in p.evidence for p in found.values())


def test_a_grid_of_people_with_their_titles_and_no_label():
    found = by_key(run("Doreen Andrade Service Manager LDA and Mental Health Services, Westshire Council\n"
                       "June Ballam Senior Teacher Hadrian School, Compass Trust\n"
                       "Ann Banks Project Manager, Westshire Council\n\nIn May Jo Bloggs said the plan was late.\n"))
    assert found[("banks", "a")].role == "Project Manager, Westshire Council"
    assert "grid:names-with-titles +1.5" in found[("banks", "a")].evidence
    assert found[("ballam", "j")].kind == "other"  # a school's teacher
    assert ("may", "j") not in found and ("bloggs", "j") in found  # a month opens a name only on a grid's row


def test_a_name_beside_the_nhs_in_a_members_list_is_an_officer():
    found = by_key(run("PRESENT: Councillor Jo Bloggs (Chair), Councillor Sam Stanworth,\n"
                       "Dr Ashok Ramani – NHS Westshire Integrated Care\n"))
    assert found[("ramani", "a")].kind == "officer" and "affiliation:nhs" in found[("ramani", "a")].evidence


def test_places_named_after_a_preposition_and_schemes_in_budget_rows_are_not_people():
    found = keys(run("The Committee approved a cycling hub in Ashby Woulds. Ashby Woulds will open in May.\n"
                     "Harbour Reach 220 220 219 192\n"))
    assert not found


# --- session 5: classes of phrasing (invented wording) ------------------------------

def test_a_title_run_on_to_a_name_with_no_separator_is_split_from_it():
    """A grid's name and title cells run together: the title's qualifier ("Regional", "Managing",
    "Commercial") is not the surname, for a plain name and for a titled one."""
    found = by_key(run("Board members present:\n"
                       "Councillor Amy Stroud (Chair) Leader of the Council\n"
                       "Owen Pellow Regional Director, Northshire Health Partnership\n"
                       "Dr Kit Varley Managing Director, Eastvale Community Trust\n"
                       "Rosa Imrie Commercial Manager, Westshire Council\n"))
    assert found[("pellow", "o")].name == "Owen Pellow"
    assert found[("pellow", "o")].role.startswith("Regional Director")
    assert found[("varley", "k")].role.startswith("Managing Director")
    assert found[("imrie", "r")].kind == "officer"
    assert not any(k[0] in ("regional", "managing", "commercial") for k in found)


def test_a_job_after_a_seat_at_the_table_decides_the_kind():
    """"(Vice-Chair)" is a seat at the meeting; the job after it says who the person is."""
    found = by_key(run("Present:\nCouncillor Amy Stroud (Chair) Cabinet Member for Health\n"
                       "Dr Ravi Sandhu (Vice-Chair) GP, Riverside Medical Practice\n"
                       "Lena Holt (Deputy Chair) Chair, Northshire Family Voice\n"))
    assert found[("sandhu", "r")].kind == "other" and found[("sandhu", "r")].role.startswith("GP")
    assert found[("stroud", "a")].kind == "member"
    assert found[("holt", "l")].kind == "other"


def test_an_implications_sign_off_names_an_officer_with_the_label_as_role():
    found = by_key(run("7. Legal implications\n7.1 The council has a duty under the Act.\n"
                       "Solicitor Consulted: Bram Ostrowski Date: 14/03/2024\n"
                       "8. Financial implications\nAccountant consulted: Tilly Graves Date: 12/03/2024\n"))
    assert found[("ostrowski", "b")].kind == "officer" and found[("ostrowski", "b")].role == "Solicitor"
    assert found[("graves", "t")].kind == "officer"
    assert "officer:label:staff" in found[("graves", "t")].evidence


def test_parent_carer_groups_named_as_a_persons_role_are_outside_the_council():
    found = by_key(run("Also present:\nNadia Rusk, Eastvale Parent Carer Voice\n"
                       "Colm Heaney, Westshire Family Voice\n"))
    assert found[("rusk", "n")].kind == "other"
    assert found[("heaney", "c")].kind == "other"


def test_a_numbered_row_of_speakers_keeps_names_whose_next_cell_names_a_scheme():
    text = ("5 Public Forum\nStatements were received as follows:\n"
            "01 Petra Wendt Bus Lane on Mill Road\n"
            "02 Ivo Brannigan Park and Ride Charges\n"
            "03 Sally Chen Route 7 timetable\n"
            "6 Minutes\nRESOLVED that the minutes be approved.\n")
    found = by_key(run(text))
    for key in [("wendt", "p"), ("brannigan", "i"), ("chen", "s")]:
        assert found[key].kind == "other", key


def test_a_grid_with_each_cell_on_its_own_line_gives_the_role_after_the_dash():
    found = by_key(run("Also in attendance:-\n\nMs T Arden\n\n-\n\nHead of Commissioning\n\n"
                       "Mr P Quist\n\n-\n\nIndependent Chair, Northshire Safeguarding Partnership\n"))
    assert found[("arden", "t")].role == "Head of Commissioning" and found[("arden", "t")].kind == "officer"
    assert found[("quist", "p")].kind == "other"


def test_a_council_title_over_a_service_that_names_schools_is_an_officers():
    found = by_key(run("Imran Vosper, Director of Inclusion and School Partnerships, presented the report.\n"
                       "Greta Lund, Head of Eastfield Academy, said that places were short.\n"))
    assert found[("vosper", "i")].kind == "officer"
    assert found[("lund", "g")].kind == "other"


def test_two_people_who_share_a_surname_written_once():
    found = by_key(run("6 Public Forum\nStatements were received from:\n"
                       "01 Ruth and Colin Ashdown\n02 Mark Tennant\n"
                       "7 Minutes\nRESOLVED that the minutes be approved.\n"))
    assert found[("ashdown", "r")].name == "Ruth Ashdown" and found[("ashdown", "r")].kind == "other"
    assert ("ashdown", "c") in found
    # a capitalised word before the given name closes the name before it: "Darren\nColin" is not Colin Ashdown
    assert ("ashdown", "c") not in keys(run("Thanks to Helen Varga, Darren\nColin and Dave Ashdown for coming.\n"))


def test_a_name_misspelt_once_in_prose_joins_the_titled_person():
    found = run("Present:\nIn attendance: Petra Lindqvist, Head of SEND\n\n"
                "5. SEND update\nPetra Lindquist introduced the report and answered questions.\n")
    assert [p.name for p in found if "Lind" in p.name] == ["Petra Lindqvist"]
    untitled = run("6 Public Forum\n01 Matt Jarrold\n02 Matt Jarrald\n7 Minutes\nRESOLVED that the minutes be approved.\n")
    assert len([p for p in untitled if p.name.startswith("Matt")]) == 2  # two untitled spellings stay two


def test_a_two_word_surname_without_a_hyphen_is_one_person():
    found = run("Councillor Mary Ellen Stroud-Hart and Councillor Tamsin Rees Parry attended.\n"
                "Councillor Rees Parry introduced the item and Councillor Stroud-Hart seconded it.\n")
    assert sorted(person_key(p.name) for p in found) == [("parry", "t"), ("stroud-hart", "m")]


def test_a_common_word_after_a_name_that_opens_the_next_cells_name_is_not_the_surname():
    found = by_key(run("Present:\nMayor Rhona Baines North Vale Combined Authority (Chair)\n"
                       "Councillor Ed Pask Riverton Council\n"))
    assert found[("baines", "r")].name == "Rhona Baines" and found[("baines", "r")].kind == "member"


def test_statement_and_question_numbers_open_items_of_speakers():
    found = by_key(run("5 Public Forum\nStatement 1 – Ivy Conran\nQuestion 2 & 3: Piotr Salas\n"
                       "6 Minutes\nRESOLVED that the minutes be approved.\n"))
    assert found[("conran", "i")].kind == "other" and found[("salas", "p")].kind == "other"


def test_a_long_title_after_a_name_on_its_line_is_its_role_not_the_line_aboves():
    found = by_key(run("Officers present\nMarta Hale, Monitoring Officer\nKezia Blythe Senior Democratic Services Officer\n"))
    assert found[("blythe", "k")].role == "Senior Democratic Services Officer"


def test_a_common_word_closing_a_titled_name_is_its_surname():
    found = by_key(run("Decision maker: Councillor Lorna Vale, Cabinet Member for Children\n"
                       "Dr Amir Moss (Chair) opened the meeting.\n"))
    assert found[("vale", "l")].kind == "member"
    assert ("moss", "a") in found
    assert not any(k[0] == "council" for k in keys(run("A letter from Mr Jo Council, Westshire.\n")))


def test_a_bulleted_list_of_people_with_their_titles():
    found = by_key(run("Attendance\n\n"
                       "• Nora Quayle (chair) Director, Children's Services, Westshire Council\n"
                       "• Pavel Ostrow Strategic Project Support Officer, WC\n"
                       "• Gina Holt Co-Headteacher, Brookfield School\n"
                       "• Imke Dorran (guest) Inspection and Quality Assurance Manager, WC\n"
                       "• Tom Reyes Parent/Carer representatives\n"))
    assert found[("ostrow", "p")].role.startswith("Strategic Project Support Officer")
    assert found[("holt", "g")].kind == "other"
    assert found[("dorran", "i")].role.startswith("Inspection and Quality Assurance Manager")
    assert found[("reyes", "t")].kind == "other"
    assert found[("quayle", "n")].kind == "officer"


def test_mr_or_mrs_alone_where_councillors_are_titled_councillor_is_not_staff():
    found = by_key(run("Present: Councillors A Lowe (Chair), B Marsh and C Tate\n"
                       "5. Village hall\nThe Clerk had written to Mrs Ingram about the hall. Mr Pollard sent apologies.\n"
                       "Ms Jo Reid, Head of Planning, gave an update.\n"))
    assert found[("ingram", "")].kind == "other" and found[("pollard", "")].kind == "other"
    assert "other:title:personal-among-councillors" in found[("ingram", "")].evidence
    assert found[("reid", "j")].kind == "officer"  # a stated role outweighs the title
    kent_style = by_key(run("PRESENT: Mr R Gough (Chairman), Mr N Baker\n"
                            "IN ATTENDANCE: Mrs S Hammond (Corporate Director)\n"))
    assert kent_style[("baker", "n")].kind == "member"  # councillors titled Mr: the cue stays silent


def test_an_adjective_is_no_given_name():
    found = keys(run("Lynn Frith, High Needs Review Lead, Vulnerable Learners, Northtown Council\n"
                     "Vulnerable Learners, Team Lead for the service\n"))
    assert ("learners", "v") not in found and ("frith", "l") in found


def test_a_report_from_a_named_person_vouches_for_the_name():
    found = by_key(run("The Panel will receive a report from Ilse Varnham on the outcome of the peer review.\n"))
    assert ("varnham", "i") in found and "presented-by" in found[("varnham", "i")].evidence
    assert ("road", "m") not in keys(run("The Panel heard a report from Mill Road Surgery on waiting lists.\n"))


def test_someone_described_or_from_a_company_is_outside_the_council():
    found = by_key(run("5. Bus services\nOla Brandt, a local shop owner, addressed the committee.\n"
                       "The Chair thanked Reza Imani from Northvale Coaches for attending.\n"
                       "Kim Soto from the NHS Northshire ICB answered questions.\n"))
    assert found[("brandt", "o")].kind == "other" and "other:role:described" in found[("brandt", "o")].evidence
    assert found[("imani", "r")].kind == "other"
    assert found[("soto", "k")].kind == "officer"


def test_family_words_before_a_name_mean_outside_the_council():
    found = by_key(run("Dad-of-three Omar Patel said his daughter had waited a year.\n"
                       "Local resident Gwen Ferris said the bus was late.\n"))
    assert found[("patel", "o")].kind == "other" and "other:described:family-or-resident" in found[("patel", "o")].evidence
    assert found[("ferris", "g")].kind == "other"


# --- round 5's classes, in words of our own ---------------------------------------

def test_officers_named_in_brackets_after_their_role():
    found = by_key(run(
        "Councillor Jo Stanworth asked about waiting times. The Director of Children's Services (Amelia "
        "Fairbrother-Nkemelu) said that a new team had started. The Service Manager, Sensory and Physical "
        "Needs (Rowan Castellane) added that recruitment was complete. The report (previously circulated) "
        "was noted and the Forum (Open Doors) was thanked."))
    assert found[("fairbrother-nkemelu", "a")].kind == "officer"
    assert found[("fairbrother-nkemelu", "a")].role == "Director of Children's Services"
    assert found[("castellane", "r")].kind == "officer"
    assert found[("castellane", "r")].role == "Service Manager, Sensory and Physical Needs"
    assert "role-then-name-in-brackets" in found[("castellane", "r")].evidence
    assert set(found) == {("stanworth", "j"), ("fairbrother-nkemelu", "a"), ("castellane", "r")}


def test_role_before_a_bracketed_name_keeps_the_service_after_a_comma():
    text = "The Head of Service, Early Help and Prevention (Jo Bloggs) replied."
    assert role_before(text, text.index("Jo")) == "Head of Service, Early Help and Prevention"


def test_someone_of_an_organisation_said_to_be_a_parent_forum_or_a_charity_is_other():
    found = by_key(run(
        "Councillor Jo Stanworth welcomed the speakers. Priya Allingham, of Open Doors, the borough's parent "
        "carer forum, said that families had helped to write the plan. Dominic Ashworth-Vale, from Lighthouse, "
        "a local autism charity, said that waiting lists were still long. Keira Ollerenshaw, Head of Inclusion, "
        "replied."))
    assert found[("allingham", "p")].kind == "other"
    assert found[("ashworth-vale", "d")].kind == "other"
    assert "affiliation:described-body" in found[("allingham", "p")].evidence
    assert found[("ollerenshaw", "k")].kind == "officer"


def test_someone_who_makes_a_statement_is_other():
    found = by_key(run(
        "5 Home to School Transport\n\nGemma Halliwell-Boyd made a statement on behalf of families in the north of the "
        "county about transport to special schools. Tobias Wrenfield spoke on behalf of local parents. "
        "The Head of Transport, Jo Bloggs, responded."))
    assert found[("halliwell-boyd", "g")].kind == "other"
    assert "makes-a-statement" in found[("halliwell-boyd", "g")].evidence
    assert found[("wrenfield", "t")].kind == "other"
    assert found[("bloggs", "j")].kind == "officer"


def test_someone_representing_an_outside_body_is_other_and_the_nhs_is_not_outside():
    found = by_key(run(
        "Councillor Jo Stanworth asked a question. Harriet Copplestone, representing Westshire SENDIASS, said "
        "that calls had doubled. Dr Amir Qureshi, representing the Integrated Care Board, replied."))
    assert found[("copplestone", "h")].kind == "other"
    assert "affiliation:represents-a-body" in found[("copplestone", "h")].evidence
    assert found[("qureshi", "a")].kind == "officer"


def test_a_list_of_people_a_line_each_with_a_dash_before_the_role():
    found = by_key(run(
        "Members present:\nCouncillor Amina Rahman (Chair) - Cabinet Member for Health\n"
        "Dr Jo Bloggs - Clinical Director, Westshire GP Federation\nSam Okafor - Chief Executive, Healthwatch Westshire\n"
        "Denise Harland - Director of Public Health\n"))
    assert set(found) == {("rahman", "a"), ("bloggs", "j"), ("okafor", "s"), ("harland", "d")}
    assert found[("bloggs", "j")].role == "Clinical Director, Westshire GP Federation"  # not run on to the next line
    assert found[("okafor", "s")].kind == "other" and found[("harland", "d")].kind == "officer"


def test_a_name_in_a_table_row_does_not_take_the_last_cell_of_the_row_above():
    found = by_key(run("Attendance\nName | Organisation | Role\nJo Bloggs | Westshire Council | Head of SEND\n"
                       "Alex Reed | Westshire Parent Carer Forum | Co-Chair\n"))
    assert set(found) == {("bloggs", "j"), ("reed", "a")}
    assert found[("reed", "a")].kind == "other"


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    from pipeline.extract.common.structure import segment
    from pipeline.records import Page
    return {p.name: (p.kind, p.evidence) for p in people.extract(segment([Page(1, text)]))}


def test_members_styled_by_civic_rank_are_members():
    found = _kinds("Members discussed the report. Deputy Harriet Kessington-Moy asked about transport; the "
                   "Chairman, Alderman Sir Roland Pettigrew-Vane, replied that it had been reviewed.")
    assert found["Harriet Kessington-Moy"][0] == "member"
    assert found["Roland Pettigrew-Vane"][0] == "member"
    assert "civic-rank" in found["Harriet Kessington-Moy"][1]


def test_a_line_labelled_with_an_outside_body_is_other_and_a_reports_fields_are_not():
    found = _kinds("PRESENT: Councillor Tom Elsworth-Bray (Chair)\n\n"
                   "Healthwatch Westshire: Priya Delamere-Stokes (Chief Executive).\n\n"
                   "Officers in attendance: Nadia Crowhurst-Lee (Head of Inclusion).\n\n"
                   "Author of Report: Owen Tillbrook-Hart, Head of SEND Commissioning\n")
    assert found["Priya Delamere-Stokes"][0] == "other"
    assert found["Nadia Crowhurst-Lee"][0] == "officer"
    assert found["Owen Tillbrook-Hart"][0] == "officer"


def test_a_ccgs_clinical_chair_is_other():
    found = _kinds("NHS: Dr Amir Castellane-Rudd (Clinical Chair, Westshire CCG) and Jo Penhallow-Mayne "
                   "(Chief Nurse, Westshire CCG).")
    assert found["Amir Castellane-Rudd"][0] == "other"
    assert found["Jo Penhallow-Mayne"][0] == "officer"


def test_every_name_of_a_councillors_run_is_a_member_up_to_its_end():
    found = _kinds("Present: Councillor Mia Trevithick-Hale (in the Chair), Councillors Oscar Benbow-Lyle\n"
                   "(Cabinet Member for Schools), Tessa Marland-Quick and Ivor\nPengelly-Stow\n"
                   "Officers: Ruth Ambrose-Kerr (Head of SEND)\n")
    assert found["Tessa Marland-Quick"][0] == "member"
    assert found["Ivor Pengelly-Stow"][0] == "member"
    assert found["Ruth Ambrose-Kerr"][0] == "officer"
    # others listed after the councillors are not councillors
    found = _kinds("Present:\nCouncillors Lyle, Benbow and Quick along with A Trenholm and B Castellan.\n")
    assert found["A Trenholm"][0] != "member"


def test_a_labelled_name_inside_brackets_is_a_person():
    found = _kinds("5.2 Legal: the council has a duty under the Children and Families Act 2014. "
                   "(Lawyer consulted: Hamish Torrance-Bligh.)\n")
    assert found["Hamish Torrance-Bligh"][0] == "officer"
    assert "label-in-brackets" in found["Hamish Torrance-Bligh"][1]


def test_a_post_set_off_before_a_name_makes_a_person():
    found = _kinds("The plan was shared with the Eastvale Parent Carer Forum, whose co-chair, Wilfred "
                   "Ashdown-Crane, spoke about transitions.\n")
    assert found["Wilfred Ashdown-Crane"][0] == "other"
    assert "role-set-off-before" in found["Wilfred Ashdown-Crane"][1]


def test_a_councillor_in_capitals_is_a_member_and_a_capital_heading_is_no_one():
    found = _kinds("EASTVALE SCHOOLS FORUM\n\nPRESENT: COUNCILLOR MR T R HALLORAN-WEBB (CHAIRMAN)\n\n"
                   "COUNCILLOR QUESTIONS\nThere were none.\n")
    assert list(found) == ["T R Halloran-Webb"]
    assert found["T R Halloran-Webb"][0] == "member"


def test_a_contact_row_whose_address_spells_a_hyphenated_name_and_wraps_in_its_domain():
    from pipeline.extract.common.structure import segment
    from pipeline.records import Page
    text = ("Contact officers\nName Role Contact\n"
            "Rowena Kettle-Brandt SEND Data Lead rowena.kettle-brandt@westshirechil\ndren.org.uk\n")
    found = {p.name: p for p in people.extract(segment([Page(1, text)]))}
    assert found["Rowena Kettle-Brandt"].kind == "officer"
    assert found["Rowena Kettle-Brandt"].email == "rowena.kettle-brandt@westshirechildren.org.uk"


# --- attendance set in columns, signatures and ranks --------------------------------

@pytest.mark.parametrize("gap", [" ", "        "])  # the text stage folds the columns' gap to one space
def test_councillors_in_party_columns_by_surname(gap):
    found = by_key(run(
        "Present - Councillors\n\n"
        f"LABOUR{gap}CONSERVATIVE{gap}GREEN AND INDEPENDENT\n"
        f"Ashdown-Pell{gap}Treharne{gap}Mowbray-Quist\n"
        f"Ostrander{gap}Villeneuve-Ray\n"
        "Kilbride\n\n"
        "Councillor Ostrander in the Chair\n"))
    assert set(found) == {("ashdown-pell", ""), ("treharne", ""), ("mowbray-quist", ""), ("ostrander", ""),
                          ("villeneuve-ray", ""), ("kilbride", "")}
    assert all(p.kind == "member" for p in found.values())


def test_full_names_in_party_columns_are_not_cut_by_guesswork():
    # without a line of one word the columns may hold given names: no councillor is made of each word
    found = by_key(run("LABOUR CONSERVATIVE\nAnn Ostrander Ivo Treharne\nSam Kilbride Jo Mowbray\n"))
    assert ("ostrander", "") not in found and ("ann", "") not in found


def test_coopted_members_as_name_and_body_columns():
    found = by_key(run(
        "Members present: Councillor Rhiannon Tellwright (Chair)\n\n"
        "VOTING CO-OPTED MEMBERS\n\n"
        "Kwame Asante-Lowry Church of England Diocese\n"
        "Priya Dunmore-Kent Parent Governor Representative\n"
        "Bernadette Orrell-Fane Diocese of Clifton\n\n"
        "1. Apologies\n"))
    assert {("orrell-fane", "b"), ("asante-lowry", "k"), ("dunmore-kent", "p")} <= set(found)
    assert found[("asante-lowry", "k")].kind == "other"


def test_the_chairs_signature_gives_the_initial_the_minutes_leave_out():
    found = by_key(run("Councillor Pemberton-Shaw in the Chair\n\n12. Minutes\n\nThe minutes were agreed.\n\n"
                       "(Signed) R. PEMBERTON-SHAW,\nChairman.\n"))
    assert set(found) == {("pemberton-shaw", "r")}
    assert found[("pemberton-shaw", "r")].kind == "member"


def test_a_police_rank_in_an_attendance_row_after_a_wrapped_row():
    found = by_key(run(
        "Members present:\n"
        "Councillor Ayesha Brannigan (Chair) Westshire Council\n"
        "Dr Owen Threlfall, GP Lead NHS Westshire Integrated Care Board\n"
        "(North Place)\n"
        "Nadia Corrigan-Lee, Director of Public Health Westshire Council\n"
        "Chief Superintendent Leon Marchetti-Cole Westshire Police\n"
        "Detective Inspector Ruth Okafor-Hale Westshire Constabulary\n\n"
        "1. Minutes\n"))
    assert {("marchetti-cole", "l"), ("okafor-hale", "r")} <= set(found)
    assert found[("marchetti-cole", "l")].kind == "officer"


@pytest.mark.parametrize("text, name", [
    # a police rank before a name opens an attendance item as "Councillor" does
    ("Apologies for absence were received from Councillor Jo Bloggs and Superintendent Sam Stanworth "
     "(Westshire Police).", "Sam Stanworth"),
    ("Apologies: Chief Inspector Kim Okafor (West Loamshire Constabulary); Councillor Jo Bloggs", "Kim Okafor"),
    ("Present: Sergeant Alex Pemberton (Westshire Police), Councillor Jo Bloggs", "Alex Pemberton"),
])
def test_a_police_rank_opens_an_attendance_item(text, name):
    found = {p.name: p.kind for p in run(text)}
    assert found.get(name) == "officer"


@pytest.mark.parametrize("text", [
    "Jo Bloggs, chair of Westshire Parent and Carers' Forum, said the forum would keep pressing for change.",
    "Sam Stanworth, Chair of the Parents' and Carers' Council, welcomed the report.",
    "Kim Okafor, co-ordinator of Westshire Parents & Carers Voice, asked about waiting times.",
])
def test_a_parent_carer_forums_officers_are_other_however_its_name_is_joined(text):
    assert [p.kind for p in run(text)] == ["other"]


@pytest.mark.parametrize("line", [
    "Jo Bloggs Joint CEO, Westshire Family Voices (parent carer forum)",
    "Sam Stanworth Manager, Brightpath Westshire (a local autism charity)",
])
def test_a_body_said_in_brackets_to_be_a_forum_or_charity_is_outside(line):
    text = "Attendees\n\n  • Kim Okafor Director of Children's Services, Westshire Council\n  • " + line + "\n"
    kinds = {p.name: p.kind for p in run(text)}
    assert kinds.get(line.split(" ")[0] + " " + line.split(" ")[1]) == "other"


@pytest.mark.parametrize("item", [
    "12  Apologies for Absence - Co-opted Members\n\n    Apologies were received from Mr T. Abara-Hollins.\n",
    "3. Apologies\nApologies were received from Mr T. Abara-Hollins, the Diocesan representative.\n",
    "4  Apologies\n\n    Apologies were received from Mr T. Abara-Hollins under the Parent Governor\n"
    "    Representatives (England) Regulations 2001.\n",
])
def test_apologies_from_a_co_optee_are_not_a_members(item):
    found = by_key(run("MINUTES of a meeting of the Children's Scrutiny Committee.\n\n" + item +
                       "\n13  Minutes\n\n    The minutes were approved.\n"))
    assert found[("abara-hollins", "t")].kind == "other"


@pytest.mark.parametrize("text", [
    "CABINET\n\nMembers: * Joanna Pettigrew * Idris Vaughan-Lloyd\n* Martha Quennell * Oliver Strand\n\n"
    "* Denotes Member present\n",
    "Councillors: • Joanna Pettigrew • Idris Vaughan-Lloyd • Martha Quennell • Oliver Strand\n\n1. Apologies\n",
])
def test_a_list_whose_names_are_marked_present_reads_every_name(text):
    found = by_key(run(text))
    for key in (("pettigrew", "j"), ("vaughan-lloyd", "i"), ("quennell", "m"), ("strand", "o")):
        assert found[key].kind == "member", key


@pytest.mark.parametrize("text, key, kind", [
    # a lexicon word that is a common surname closes a titled name
    ("Present: Councillor Jo Ashworth (Chair), Mr Colin Freeman (Parent Governor Representative).\n",
     ("freeman", "c"), "other"),
    # "Minute 12", "Minutes 5-6": the items someone attended for, never a name's word
    ("In attendance: Councillor Hannah Brightwell Minute 12\n\nApologies: none.\n", ("brightwell", "h"), "member"),
])
def test_a_name_ends_where_a_surname_or_an_item_reference_does(text, key, kind):
    found = by_key(run(text))
    assert found[key].kind == kind
    assert not any("minute" in " ".join(k).lower() or "colin" in k for k in found)


@pytest.mark.parametrize("text, name, role", [
    ("4.1 Financial: the plan is funded from the High Needs Block. (Verified by Morwenna Tregothnan-Hale, "
     "Principal Accountant.)", "Morwenna Tregothnan-Hale", "Principal Accountant"),
    ("4.2 Legal: there are no new legal duties. (Checked\nby Idris Pengelly, Senior Lawyer.)",
     "Idris Pengelly", "Senior Lawyer"),
    ("Human resources implications: none. (Signed off by Tamsin Oyelaran, HR Business Partner)",
     "Tamsin Oyelaran", "HR Business Partner"),
])
def test_implications_signed_in_brackets_name_an_officer(text, name, role):
    found = by_key(run(text))
    person = found[person_key(name)]
    assert person.kind == "officer" and person.role == role


@pytest.mark.parametrize("text, name", [
    ("Dr Aled Ferncombe-Rhys, co-opted member, asked about transport for post-16 students.", "Aled Ferncombe-Rhys"),
    ("Mrs Priya Lanchester, diocesan representative, asked how many pupils were excluded.", "Priya Lanchester"),
    ("Mr Owain Tresize, non-voting co-opted member, said parents wanted more say.", "Owain Tresize"),
])
def test_a_seat_in_lower_case_in_apposition_is_the_persons_role(text, name):
    person = by_key(run(text))[person_key(name)]
    assert person.kind == "other"


def test_councillors_in_columns_under_a_heading_of_their_own():
    text = ("PRESENT\n\nCouncillor H. Ormerod (Chair)\n\nMEMBERS\n\nB. Ashworth-Kay T. Dunwoody\nR. Fenwick S. Gallimore\n"
            "P. Lowes\n\nOFFICERS\n\nJ. Crabtree Director of Education\n\n1. APOLOGIES\n")
    found = by_key(run(text))
    for key in (("ashworth-kay", "b"), ("dunwoody", "t"), ("fenwick", "r"), ("gallimore", "s"), ("lowes", "p")):
        assert found[key].kind == "member", key
    assert found[("crabtree", "j")].kind == "officer"


def test_officers_one_a_line_after_initials_out_of_letter_sequence():
    # "M." and "K." open names, not a lettered list (which runs A., B., C.)
    text = ("IN ATTENDANCE\n\nM. Trenholme Executive Director of Adult Services\n"
            "Dr F. Oyelaran Designated Medical Officer, NHS Northern ICB\nK. Brightwell Democratic Services Officer\n\n"
            "1. MINUTES\n")
    found = by_key(run(text))
    assert found[("trenholme", "m")].role == "Executive Director of Adult Services"
    assert found[("oyelaran", "f")].role == "Designated Medical Officer, NHS Northern ICB"  # not running on into "K"
    assert found[("brightwell", "k")].role == "Democratic Services Officer"


def test_lettered_items_in_sequence_are_no_initials():
    text = "The Committee resolved:\nA. Noted the report.\nB. Agreed the plan.\nC. Asked for an update.\n"
    assert not {k for k in keys(run(text)) if k[1] in ("a", "b", "c")}


def test_councillors_one_cell_a_paragraph_under_a_tiered_heading():
    # an HTML attendance table comes out one cell to a paragraph, under "Borough Councillors"
    text = ("Present:\n\nCouncillor Ruth Penhaligon (Chair)\n\nBorough Councillors\n\nD Allonby\n\nF Kettlewell-Ross\n\n"
            "G Mardale\n\nH Ullswater\n\nOfficers\n\nJo Pennington, Head of Inclusion\n\n1. Apologies\n")
    found = by_key(run(text))
    for key in (("allonby", "d"), ("kettlewell-ross", "f"), ("mardale", "g"), ("ullswater", "h")):
        assert found[key].kind == "member", key


def test_officers_in_the_rows_of_a_sign_off_table():
    text = ("Clearance\nSection 151 Officer | Gwen Ashbury-Lyle | 02/09/2024\nMonitoring Officer Declan Furnival 3 September 2024\n"
            "Director of Public Health Anwen T Rosser 04.09.24\nReport to Cabinet 12/10/2024\n")
    found = by_key(run(text))
    assert found[person_key("Gwen Ashbury-Lyle")].kind == "officer"
    assert found[person_key("Declan Furnival")].role == "Monitoring Officer"
    assert found[person_key("Anwen T Rosser")].kind == "officer"


def test_a_councillors_name_in_capitals_wrapping_over_a_header_line():
    text = ("CABINET\n4 MARCH 2025\nPORTFOLIO HOLDER FOR ADULT SOCIAL CARE: COUNCILLOR ROWENA\nKILBRIDE-MASSEY\n"
            "Report Title Budget monitoring\n")
    found = by_key(run(text))
    assert found[person_key("Rowena Kilbride-Massey")].kind == "member"
    assert person_key("Rowena") not in found


@pytest.mark.parametrize("text, name", [
    ("Bethan Corriss, chair of Speak Up Harrowfield, said families felt unheard.", "Bethan Corriss"),
    ("Tomasz Wielgosz, Chair of Families Together Oakshire, asked about respite.", "Tomasz Wielgosz"),
])
def test_the_chair_of_an_outside_body_is_no_member(text, name):
    assert by_key(run(text))[person_key(name)].kind == "other"


def test_the_chair_of_a_council_body_stays_a_member():
    assert by_key(run("Maria Ostrowska, Chair of the Children's Scrutiny Panel, opened the item."))[
        person_key("Maria Ostrowska")].kind == "member"


@pytest.mark.parametrize("sentence", [
    "Mrs Ellerby expressed concern that rural families waited longest for assessments.",
    "Mr Ellerby requested a further report on transport costs.",
    "Mrs Ellerby seconded the recommendation.",
])
def test_a_titled_surname_voicing_a_view_where_councillors_are_mr_and_mrs(sentence):
    text = "The Head of Inclusion (Mr T Garside) presented the report. " + sentence + "\n"
    found = by_key(run(text))
    assert found[person_key("Ellerby")].kind == "member"
    assert found[("garside", "t")].kind == "officer"


def test_a_titled_surname_answering_stays_an_officer():
    text = "Members asked about the backlog. Mrs Ellerby confirmed that it had been cleared.\n"
    assert by_key(run(text))[person_key("Ellerby")].kind == "officer"


def test_officers_named_with_their_service_in_brackets():
    text = "Also present were P Amberley (Legal) and T Vance (Children's Services Finance Team), and R Okafor (Committee Services).\n"
    found = by_key(run(text))
    for key in (("amberley", "p"), ("vance", "t"), ("okafor", "r")):
        assert found[key].kind == "officer", key


def test_names_with_central_european_letters_keep_a_councillors_list_going():
    text = "PRESENT: Councillor Ada Nwosu (Chair), Councillors Jon Ashe, Ivana Horvatić, Marek Łukaszewski and Sally Whitmore\n"
    found = by_key(run(text))
    for name in ("Ivana Horvatić", "Marek Łukaszewski", "Sally Whitmore"):
        assert found[person_key(name)].kind == "member", name


def test_councillors_in_a_column_with_mc_and_o_surnames():
    text = ("Present:\nCouncillor R Alderson (Chair)\nCouncillors\n  B Haltwhistle\n  D McKechnie\n  F O'Rourke-Nash\n  G Wylam\n"
            "Co-opted Members\n  Mrs H Bellingham (Parent Governor)\n")
    found = by_key(run(text))
    for key in (("mckechnie", "d"), ("o'rourke-nash", "f"), ("wylam", "g")):
        assert found[key].kind == "member", key


def test_a_letter_marking_the_absent_is_no_initial():
    text = ("Persons absent are marked with 'A'\n\nCOUNCILLORS\n\n    Ruth Penhale (Chairman)\n    Owen Tregarthen\n"
            "  A Morwenna Polglase\n    Jory Treloar\n\nOFFICERS IN ATTENDANCE\n\n    Colin Pascoe - Democratic Services Officer\n")
    found = by_key(run(text))
    assert found[person_key("Morwenna Polglase")].kind == "member"
    assert ("polglase", "a") not in found


def test_a_title_wrapped_onto_the_next_line_of_an_attendance_block_names_no_one():
    text = ("IN ATTENDANCE:  Ms J. Hornby - Designated Clinical Officer, NHS\n"
            "                Devon and Cornwall (Truro Place)\n\n6. APOLOGIES\n")
    found = by_key(run(text))
    assert set(found) == {("hornby", "j")}


def test_implications_signed_with_name_then_title_in_brackets():
    text = ("7.1 The cost is met from the High Needs Block. (Radoslaw Kowalczyk-Hume, Senior Finance Business Partner,\n"
            "29 August 2025)\n8.1 The Council has duties. (Efua Asante-Boateng, Team Leader, Legal Services, 29 August 2025)\n"
            "Funding (High Needs Block, Dedicated Schools Grant) was agreed.\n")
    found = by_key(run(text))
    assert found[person_key("Radoslaw Kowalczyk-Hume")].kind == "officer"
    assert found[person_key("Efua Asante-Boateng")].role == "Team Leader, Legal Services"
    assert len(found) == 2


# ---------------------------------------------------------------- an attendance block in two columns


def _two_columns_pdf(header: tuple[str, str], rows: list[tuple[str, str | None]]) -> list[str]:
    """A printed minutes page whose attendance block is two unruled columns: the text stage folds
    the gap between them to one space."""
    return _pdf_rows([("Minutes of the Westshire Children's Scrutiny Committee, 4 June 2024", None), ("Present:", None),
                      header, *rows, ("1. Apologies", None), ("Apologies were received from Councillor Tarrant.", None)])


def test_a_two_column_attendance_block_reads_each_column_by_its_header():
    pages = _two_columns_pdf(("Councillors:", "Officers:"), [
        ("Nadia Quill (Chair)", "Harriet Vell - Director of Children's Services"),
        ("Owen Garside", "Colin Marsh - Head of SEND"),
        ("Petra Lund", "Ruth Amble - Democratic Services Officer"),
        ("Simon Trew", None)])
    assert "Owen Garside Colin Marsh" in pages[0]  # the columns' gap folded: one run of four names
    found = by_key(run(*pages))
    assert {k: (p.kind, p.role) for k, p in found.items() if k[0] != "tarrant"} == {
        ("quill", "n"): ("member", "Chair"), ("garside", "o"): ("member", None), ("lund", "p"): ("member", None),
        ("trew", "s"): ("member", None),
        ("vell", "h"): ("officer", "Director of Children's Services"), ("marsh", "c"): ("officer", "Head of SEND"),
        ("amble", "r"): ("officer", "Democratic Services Officer")}


def test_two_column_rows_with_titles_and_initials_keep_their_roles_to_their_cells():
    found = by_key(run("MEMBERS PRESENT: OFFICERS PRESENT:\nCllr A. Wren (Chair) J. Dorrell, Director of Education\n"
                       "Cllr B. Stott M. Roebuck, Head of Inclusion\nCllr C. Pym\n\n1. Minutes\n"))
    assert {k: (p.kind, p.role) for k, p in found.items()} == {
        ("wren", "a"): ("member", "Chair"), ("stott", "b"): ("member", None), ("pym", "c"): ("member", None),
        ("dorrell", "j"): ("officer", "Director of Education"), ("roebuck", "m"): ("officer", "Head of Inclusion")}


@pytest.mark.parametrize("text", [
    "Members in attendance:\nCllr Ann Wren - Cabinet Member for Children\n\n1. Minutes\n",  # one label, not two columns
    "Co-opted Members Present:\nJo Pell - Parent Governor\n\n1. Minutes\n",
])
def test_one_label_is_not_read_as_a_two_column_header(text):
    from pipeline.extract.people.columns import grids

    assert not [g for g in grids(text) if g.layout == "labelled"]


def test_councillors_by_surname_in_the_left_column_of_an_unlabelled_block():
    # the left column a list of surnames wrapped over four lines, the right column co-opted members under
    # their own label at the end of the first line; the text stage folds each row into one line
    pages = _pdf_rows([("Minutes of the Westshire Scrutiny Committee, 4 June 2024", None), ("Present", None),
                       ("Councillors Garside (Chair),", "Co-opted members:"),
                       ("Lund-Avery, Trew, Ashby", "Mr P. Wendle (Diocese of"),
                       ("(substitute for Councillor Tarrant),", "Westshire representative)"),
                       ("Moult, Pask and Quenby", None), ("1. Apologies", None),
                       ("Apologies were received from Councillor Tarrant.", None)])
    assert "Ashby Mr P. Wendle" in pages[0]
    found = by_key(run(*pages))
    members = {k for k, p in found.items() if p.kind == "member"}
    assert {person_key(n) for n in ("Garside", "Lund-Avery", "Trew", "Ashby", "Moult", "Pask", "Quenby",
                                    "Tarrant")} <= members
    assert person_key("Diocese") not in found and person_key("P. Wendle") in found


def test_officers_one_a_line_keep_a_roles_capitalised_words_to_the_role():
    text = ("PRESENT\n\nCouncillors Ann Wren, Bill Stott and Cara Pym\n\nOFFICERS IN ATTENDANCE\n\n"
            "Dana Merrow, Director of Children's Services\n"
            "Paul Tarrant, Head of Inclusion, Bright Futures and Early Help\n"
            "Fiona Hale-Burton, Head of SEND\n"
            "Dr Imran Sheldrake, Designated Clinical Officer, NHS Westshire\n"
            "Josie Amberley, Democratic Services Officer\n\n1 APOLOGIES FOR ABSENCE\n")
    found = by_key(run(text))
    officers = {k: p.role for k, p in found.items() if p.kind == "officer"}
    assert set(officers) == {person_key(n) for n in ("Dana Merrow", "Paul Tarrant", "Fiona Hale-Burton",
                                                     "Imran Sheldrake", "Josie Amberley")}
    assert officers[person_key("Paul Tarrant")] == "Head of Inclusion, Bright Futures and Early Help"
    assert officers[person_key("Imran Sheldrake")] == "Designated Clinical Officer, NHS Westshire"


def test_a_list_of_names_run_over_lines_is_not_one_person_a_line():
    text = ("PRESENT: Ann Wren (Chair), Bill Stott (Vice-Chair), Cara Pym,\nDean Alsop, Erin Cole, Fay Dunmore, "
            "Gail Hurst,\nHarry Ives, Ian Jessop and Jane Kell\nALSO PRESENT: Kit Lomas, Cabinet Member for Children.\n")
    assert {person_key(n) for n in ("Erin Cole", "Fay Dunmore", "Gail Hurst", "Ian Jessop", "Jane Kell")} <= keys(run(text))


def test_a_co_opted_member_titled_by_the_church():
    found = by_key(run("Co-opted members:\n\nJo Pell (Parent Governor Representative) and Father Liam Ostrow (Roman "
                       "Catholic Diocese of Westshire)\n\nFather Christmas visited the school, and Sam Reed's Father John "
                       "came too.\n"))
    assert found[person_key("Liam Ostrow")].kind == "other"
    assert not any(k[0] in ("christmas", "john") for k in found)


def test_a_sign_off_table_under_its_column_headings_names_the_office_signing():
    found = by_key(run("7. Background Papers\nNone.\nReport Sign-Off\nOffice Name Date\n"
                       "Legal Services Tomas Hebden 4 March 2024\nGovernance Ruth Calder 3 March 2024\n"
                       "Lead Executive Member Cllr Ann Wren 5 March 2024\n"))
    assert found[person_key("Tomas Hebden")].kind == "officer"
    assert found[person_key("Ruth Calder")].kind == "officer"
    assert found[person_key("Ann Wren")].kind == "member"
    # without the headings, a service's name then two capitalised words is no row of people
    assert person_key("Ruth Calder") not in keys(run("Governance Ruth Calder 3 March 2024\n"))


@pytest.mark.parametrize("text, name", [
    # a given name with an adjective's ending
    ("Legal implications verified by: Precious Okoro-Hale, Senior Solicitor (Education),\n24 February 2025\n",
     "Precious Okoro-Hale"),
    # a hyphenated given name whose second part ends like a verb's -ing
    ("The Department may issue an Improvement Notice, which could carry further costs.\nXiao-Ling Hartwell, Strategic "
     "Finance Business Partner (Children's Services), 1 March 2023\n", "Xiao-Ling Hartwell"),
])
def test_given_names_that_end_like_other_words(text, name):
    assert by_key(run(text))[person_key(name)].kind == "officer"


def test_a_hyphenated_verb_is_still_no_name():
    assert keys(run("Co-ordinating Services will be reviewed.\nRe-building Trust is the theme of the plan.\n")) == set()


def test_the_chair_of_an_improvement_board_named_before_chaired_by():
    found = by_key(run(
        "The plan is overseen by the SEND Improvement and Assurance Board, chaired\nindependently by Professor Alan "
        "Whitmore-Kay. The Board meets monthly.\nDelivery is overseen by the SEND Improvement Board, chaired by "
        "Professor Margaret Ellerby, which brings partners together.\nThe Health and Wellbeing Board, chaired by "
        "Councillor Jo Bloggs, met in June.\n"))
    assert found[person_key("Alan Whitmore-Kay")].kind == "other"
    assert found[person_key("Margaret Ellerby")].kind == "other"
    assert found[person_key("Jo Bloggs")].kind == "member"


def test_a_boards_attendance_grid_with_partners_and_a_wrapped_organisation():
    found = by_key(run(
        "PRESENT:\nCouncillor Mary Fell Westshire Council (Chair)\nCouncillor Ravi Bent Westshire Council\n"
        "Dr Fiona Strand Director of Public Health, Westshire Council\n"
        "Mark Dunholm Director of Place (Westshire), NHS North East and North Cumbria\nIntegrated Care Board\n"
        "Angela Trew Deputy Chief Executive, Westshire Health NHS Foundation Trust\n"
        "Chief Superintendent Paul Embley Northumbria Police\n"
        "Linda Mortlake Chief Executive, Connected Voices (voluntary and community sector)\n"
        "Sonia Fair Chair, Westshire Parent Carer Forum\nIN ATTENDANCE:\nKirsty Ogden Democratic Services Officer\n"
        "HW1 APOLOGIES FOR ABSENCE\nApologies for absence were received from Councillor Hazel Brind and from Lorraine\n"
        "Carver-Holt, Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust.\n"))
    assert found[person_key("Paul Embley")].kind == "officer"  # the rows go on past the wrapped organisation
    assert found[person_key("Linda Mortlake")].kind == "other"  # a voluntary and community sector body's
    assert found[person_key("Lorraine Carver-Holt")].kind == "officer"  # an NHS trust named by its places first


def test_officers_in_two_columns_a_wrapped_title_beside_the_next_entry():
    pages = _pdf_rows([("Minutes of the Westshire Scrutiny Committee, 4 June 2024", None),
                       ("Officers in attendance", None),
                       ("Rosa Wharton, Service Director,", "Mark Oldham, Head of Youth Justice"),
                       ("Education and Prevention", "Service"),
                       ("Craig Stanton, Service Director,", "Anna Pell-Hart, Scrutiny Officer"),
                       ("Children's Social Care and Safeguarding", "Joanne Billing, Democratic Services"),
                       ("Also in attendance", None), ("Councillor Trudy Hemming, Cabinet Spokesperson", None)])
    assert "Safeguarding Joanne Billing, Democratic Services" in pages[0]
    found = by_key(run(*pages))
    assert found[person_key("Joanne Billing")].kind == "officer"
    assert found[person_key("Anna Pell-Hart")].kind == "officer"


def test_councillors_by_full_name_two_a_line_under_an_attendance_line():
    # an unlabelled two-column grid: each line of the text two full names, tags in brackets beside them
    text = ("Minutes of the Committee held on 3 May 2025\nPresent: Jo Quenby (Chair)\nAttendance\n"
            "Morwenna Ashby Tobias Wendling\nPriya Kettleby Owain Thrussington (Vice-Chair)\n"
            "Selina Grimston Hamish Cossall (Co-optee)\nDorcas Ullesthorpe\n"
            "Also in attendance: Bernard Wetton, Cabinet Member for Education.\n")
    found = by_key(run(text))
    for key in (("ashby", "m"), ("wendling", "t"), ("kettleby", "p"), ("thrussington", "o"), ("grimston", "s"),
                ("ullesthorpe", "d")):
        assert found[key].kind == "member", key
    assert found[("thrussington", "o")].role == "Vice-Chair"
    assert found[("cossall", "h")].kind == "other"  # a co-optee
    assert not {("wendling", "m"), ("kettleby", "t"), ("thrussington", "p")} & set(found)


def test_councillors_two_a_line_with_the_first_row_on_the_labels_line():
    # the grid's label is a left column of its own, so its first row runs on after "Councillors:"
    text = ("Minutes of the Committee held on 3 May 2025\nPresent: Councillor Jo Quenby (chair)\n"
            "Councillors: Alwyn Tetbury Mirela Sandhurst\nGideon Pakefield Ursula Brackley\n"
            "Hattie Oundle\nCo-opted members: Mr Ivo Lantern (parent governor representative)\n"
            "Councillor Sandhurst asked about transport.\n")
    found = by_key(run(text))
    for key in (("tetbury", "a"), ("sandhurst", "m"), ("pakefield", "g"), ("brackley", "u"), ("oundle", "h")):
        assert found[key].kind == "member", key
    assert not {("sandhurst", "t"), ("brackley", "p"), ("tetbury", "m")} & set(found)


def test_councillors_by_surname_two_a_line_after_and_councillors():
    text = ("PRESENT: The Mayor (Councillor Pendleford) in the Chair; and Councillors:\n"
            "Aldwark Lindrick\nBramcote Morley\nCarlton Netherby\nDenholme Wragby and Yarwell.\n"
            "IN ATTENDANCE: Helen Wyke (Chief Executive).\n")
    found = by_key(run(text))
    for surname in ("aldwark", "lindrick", "bramcote", "morley", "carlton", "netherby", "denholme", "wragby",
                    "yarwell"):
        assert found[(surname, "")].kind == "member", surname
    assert ("lindrick", "a") not in found and ("netherby", "c") not in found


def test_one_full_name_a_line_under_councillors_is_not_cut_into_surnames():
    # two words a line and nothing saying they are surnames: one person a line, as before
    found = by_key(run("Members present:\nJo Quenby (Chair)\nSam Ashby\nPriya Kettleby\n\n"
                       "Officers present: Ann Bell, Head of SEND\n"))
    assert {("quenby", "j"), ("ashby", "s"), ("kettleby", "p")} <= set(found)
    assert not {("jo", ""), ("quenby", ""), ("sam", ""), ("ashby", "")} & set(found)


def test_a_board_member_beside_a_council_named_suffix_of_place():
    # "Borough Council of Kingsmere ...": the place is named after "of", the word before is the surname
    found = by_key(run("Present:\nCllr Ruth Tanfield Borough Council of Kingsmere and West Westshire\n"
                       "Mark Mundy Chief Executive, Westshire NHS Foundation Trust\n"))
    assert found[("tanfield", "r")].kind == "member"
    assert ("ruth", "") not in found


def test_an_abbreviated_police_rank_opens_a_board_row():
    found = by_key(run("Present:\nCllr Bridget Sallow (Chair) Cabinet Member for Adult Social Care\n"
                       "Det Ch Supt Gavin Lodsworth Westshire Constabulary\n"
                       "Mark Mundy Chief Executive, Westshire NHS Foundation Trust\n"))
    assert found[("lodsworth", "g")].kind == "officer"
    assert found[("mundy", "m")].kind == "officer"


def test_a_titled_full_name_does_not_run_into_the_next_rows_category():
    # a membership table, one row a line: "Category  Name"; the next row's category is words in lower case
    found = by_key(run("Forum Members:\nCategory Member\nGovernor, maintained schools Mr Colin Hadleigh\n"
                       "Early years (private, voluntary and independent) Ms Becky Tibbs\n16-19 providers Mrs Gail Kettering\n"
                       "Diocese of Westshire Revd Simon Ludd\nTrade unions (observer) Mr Nigel Dotwell\n"))
    assert {("hadleigh", "c"), ("tibbs", "b"), ("kettering", "g"), ("ludd", "s"), ("dotwell", "n")} <= set(found)
    assert not {("early", "c"), ("diocese", "g"), ("trade", "s")} & set(found)


def test_a_name_wrapped_after_its_initial_still_reads_on():
    found = by_key(run("Present: Mrs A Bexley (Chair), Mr R\nQuenby, Revd S Ludd and Ms B Tibbs.\n"))
    assert ("quenby", "r") in found


def test_a_people_tables_headings_and_a_clinical_profession_are_no_names():
    # "Name Role Organisation" heads a board's membership table; a clinical profession ends a role, never a name
    found = by_key(run("Membership of the Board\nName Role Organisation\n"
                       "Dr Priti Oakhanger | Consultant Child and Adolescent Psychiatrist | Westshire NHS Trust\n"
                       "Mark Mundy | Chief Executive | Westshire NHS Foundation Trust\n"
                       "Officers presented the plans of the Black Country Joint Committee.\n"))
    assert found[("oakhanger", "p")].kind == "officer"
    assert not {("role", "n"), ("organisation", "r"), ("psychiatrist", "a"), ("country", "b")} & set(found)


def test_a_sign_off_tables_tick_after_each_name_is_no_initial():
    # "Role Name X" rows: the "X" that ends each row marks the sign-off, it is not an initial joining the rows
    found = by_key(run("PART 3 - SIGN OFF\nChief Executive Alan Pendower X\nChief Finance Officer Judith Gorran X\n"
                       "Monitoring Officer Stephen Treviscoe X\nAssistant Chief Executive Rhian Polkerris X\n"))
    for key in (("pendower", "a"), ("gorran", "j"), ("treviscoe", "s"), ("polkerris", "r")):
        assert found[key].kind == "officer", key
    assert found[("gorran", "j")].role == "Chief Finance Officer"


def test_a_job_in_the_cell_after_a_chair_tag_gives_the_kind():
    # a ruled attendance table: "Dr X (Vice-Chair) | Clinical Director | NHS ...": the job, not the seat, is the role
    found = by_key(run("PRESENT:\nName Role Organisation\n"
                       "Councillor Ann Bell (Chair) | Cabinet Member for Children | Westshire Council\n"
                       "Dr Omar Pelling (Vice-Chair) | Clinical Director for Children | NHS Westshire\n"
                       "Karen Lutt | Director of Children's Services | Westshire Council\n"))
    assert found[("pelling", "o")].kind == "officer"
    assert found[("bell", "a")].kind == "member"
