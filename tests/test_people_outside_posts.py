"""People who hold a post in a body outside the council, named with the post before them: the post says
they are no councillor and no council officer (GUIDELINES: "other")."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return {person_key(p.name): p for p in people.extract(doc)}


@pytest.mark.parametrize("text", [
    # the pronoun and the post wrap over a line
    "The plan was written with the Westshire Parent Carer Forum, whose\nchair, Mrs Imelda Corran, sits on the Board.\n",
    "The plan was written with the Westshire Parent Carer Forum. Its\nchair, Mrs Imelda Corran, sits on the Board.\n",
])
def test_a_forums_chair_tied_by_a_pronoun_across_a_line_break_is_other(text):
    found = run(text)
    assert found[("corran", "i")].kind == "other"
    assert found[("corran", "i")].role == "chair, Westshire Parent Carer Forum"


@pytest.mark.parametrize("verb", ["is chaired independently by", "was chaired by", "will be chaired by"])
def test_a_board_said_to_be_chaired_by_someone_names_its_chair(verb):
    found = run(f"The SEND Improvement Board {verb} Mr Arlo Penhale, appointed by the Department for Education.\n"
                "Councillor Jo Bloggs thanked him.\n")
    assert found[("penhale", "a")].role.endswith("Chair, SEND Improvement Board")
    assert found[("bloggs", "j")].kind == "member"
    if "independently" in verb:
        assert found[("penhale", "a")].kind == "other"


@pytest.mark.parametrize("text", [
    "The Independent Scrutineer of the Partnership, Mr Cyril Dawlish, presented the annual report.\n",
    "the annual report of the Westshire Safeguarding Children Partnership, presented by\nits independent "
    "scrutineer, Professor Cyril Dawlish, on 13 November 2024.\n",
])
def test_an_independent_scrutineer_named_after_the_post_is_other(text):
    found = run(text)
    assert found[("dawlish", "c")].kind == "other"
    assert "scrutineer" in found[("dawlish", "c")].role.lower()


# ---------------------------------------------------------------- the government's own staff


@pytest.mark.parametrize("text, name", [
    ("Progress is reviewed every six months with the DfE's SEND adviser,\nMr Tobias Vellacott, and the ICB.\n",
     "Tobias Vellacott"),
    ("IN ATTENDANCE: Ruth Ambrose (DfE SEND Adviser, for item 4), Jo Bloggs (Democratic Services Officer)\n",
     "Ruth Ambrose"),
    ("Also present: Ruth Ambrose, SEND Advisor, Department for Education\n", "Ruth Ambrose"),
    ("The meetings were chaired with NHS England's regional SEND lead, Ms Priya Kandola.\n", "Priya Kandola"),
])
def test_advisers_and_leads_of_the_dfe_and_nhs_england_are_a_public_bodys_officers(text, name):
    assert run(text)[person_key(name)].kind == "officer"


@pytest.mark.parametrize("role", ["Independent Chair, appointed by the DfE", "HMI, Ofsted", "SEND Improvement Advisor"])
def test_the_dfes_appointed_chair_inspectors_and_unnamed_advisers_stay_other(role):
    assert run(f"Also present: Ruth Ambrose, {role}\n")[person_key("Ruth Ambrose")].kind == "other"


def test_a_councils_independent_reviewing_service_is_its_own():
    found = run("OFFICERS IN ATTENDANCE\nGemma Ruddock Group Manager, Safeguarding and Independent Review\n"
                "Rhys Eppleton Independent Reviewing Officer\nLauren Colwick Service Director, Education\n")
    assert found[("ruddock", "g")].kind == "officer" and found[("eppleton", "r")].kind == "officer"


@pytest.mark.parametrize("text, name", [
    ("Apologies: Wendy Onecote, Keith Rudd and Paul Barlow (Co-optee, Roman\nCatholic Archdiocese of Westshire).\n",
     "Paul Barlow"),
    ("2.5 The SEND Improvement Board has an independent chair, Dr Frances Marsh, appointed by the DfE.\n",
     "Frances Marsh"),
])
def test_a_co_optee_and_an_independent_chair_are_other(text, name):
    assert run(text)[person_key(name)].kind == "other"


def test_a_job_beside_a_seat_decides_in_either_order():
    found = run("NHS Westshire (Ashton locality): Dr Martin Woodley (Clinical Director and Vice-Chair); Councillor "
                "Ann Wren (Cabinet Member for Health and Chair).\n")
    assert found[("woodley", "m")].kind == "officer" and found[("wren", "a")].kind == "member"


def test_a_board_independently_chaired_by_someone_names_its_independent_chair():
    found = run("The Committee welcomed the new SEND Improvement and Assurance Board, independently chaired by "
                "Professor Janet Hengrove.\n")
    assert found[("hengrove", "j")].kind == "other"
    assert found[("hengrove", "j")].role == "Independent Chair, SEND Improvement and Assurance Board"


def test_a_forums_chair_named_by_the_forums_noun_again_is_other():
    found = run("The Westshire Parent Carer Forum's annual survey was answered by 412 families. The forum's chair, "
                "Mrs Janet Culloden, sits on the SEND Partnership Board.\n")
    assert found[("culloden", "j")].kind == "other"
    assert found[("culloden", "j")].role == "chair, The Westshire Parent Carer Forum"
