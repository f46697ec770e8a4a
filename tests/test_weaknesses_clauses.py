"""Findings stated in running prose, read by the clause (``pipeline/extract/weaknesses/clauses.py``): a paragraph
under a heading that reports findings whose clause judges provision; an inspection reporting a clause that judges
provision; the coordinated objects of what must improve or of a finder's concern, one each; and the negative cues
(the council's voice, progress, praise, someone else speaking, members' questions). Every page is invented."""

from __future__ import annotations

from pipeline.extract.weaknesses import clauses
from pipeline.extract.weaknesses.sentences import sentences_of
from pipeline.extract.weaknesses.text import is_hard_wrapped, lines_of
from pipeline.records import Page
from tests.weakness_pages import extract


def read(text: str) -> list:
    pages = [Page(1, text)]
    lines = lines_of(pages)
    wrapped = is_hard_wrapped(lines)
    return clauses.extract(sentences_of(pages, lines, wrapped), lines, wrapped)


LETTER = (
    "Local area SEND inspection of Northwold\n"
    "Ofsted and the CQC carried out a joint inspection of the local area in May.\n"
    "Main findings\n"
    "• Leaders in education share an ambitious vision for the county's children.\n"
    "• The quality of EHC plans is too variable. Advice from health professionals is often missing from them.\n"
    "• Children wait too long for an assessment of their speech and language needs.\n"
    "• Too many pupils with SEND are placed on part-time timetables, and the numbers are rising.\n"
    "• The short breaks offer has improved and families value it.\n"
)


def test_paragraphs_under_a_findings_heading_that_judge_provision_are_findings():
    found = [item.text for item in read(LETTER)]
    assert found == [
        "The quality of EHC plans is too variable. Advice from health professionals is often missing from them.",
        "Children wait too long for an assessment of their speech and language needs.",
        "Too many pupils with SEND are placed on part-time timetables, and the numbers are rising.",
    ]
    assert all("clause:findings-section" in item.evidence for item in read(LETTER))


def test_praise_and_progress_under_the_heading_are_not():
    found = [item.text for item in read(LETTER)]
    assert not any("vision" in text or "short breaks" in text for text in found)


def test_the_same_sentences_under_a_strengths_heading_are_not_findings():
    assert read(LETTER.replace("Main findings", "What is working well")) == []


def test_the_same_sentences_with_no_heading_are_not_findings_on_their_own():
    assert read(LETTER.replace("Main findings\n", "")) == []


MINUTES = (
    "5. Area SEND inspection outcome\n"
    "The Assistant Director introduced the report on the Ofsted and CQC inspection of the local area.\n"
    "She said inspectors had concerns about the timeliness of annual reviews and the information on the local offer.\n"
    "The report concluded that the partnership must improve the oversight of alternative provision, transitions to "
    "adult health services and the sharing of information between schools and therapists.\n"
    "Members asked whether waiting times for therapy were too long.\n"
)


def test_a_reported_concern_gives_each_object():
    found = [item.text for item in read(MINUTES)]
    assert "the timeliness of annual reviews" in found
    assert "the information on the local offer" in found


def test_what_must_improve_gives_each_coordinated_object():
    found = [item.text for item in read(MINUTES)]
    assert "the oversight of alternative provision" in found
    assert "transitions to adult health services" in found
    assert "the sharing of information between schools and therapists" in found


def test_members_questions_are_no_findings():
    assert not any("therapy" in item.text for item in read(MINUTES))


def test_a_reported_clause_that_judges_provision_is_the_finding():
    page = ("Outcome of the local area SEND inspection\n"
            "Inspectors found that the local offer was not well known by families and was often out of date.\n")
    assert [item.text for item in read(page)] == ["the local offer was not well known by families and was often "
                                                  "out of date"]


def test_the_councils_own_voice_and_progress_told_beside_it_are_not_findings():
    page = ("Outcome of the local area SEND inspection\n"
            "The report said that we have been too slow to publish our new strategy.\n"
            "Inspectors noted that waiting times have fallen, but that some families still wait too long.\n"
            "The Director said that the inspection was fair and that the new service was not yet fully staffed.\n")
    assert read(page) == []


def test_the_whole_extractor_keeps_them_with_the_clause_cues():
    found = extract(LETTER)
    texts = [item.text for item in found]
    assert "Children wait too long for an assessment of their speech and language needs." in texts
    assert not any("short breaks" in text for text in texts)


def test_a_paragraph_opened_by_an_inspection_naming_weaknesses_reports_the_findings_after_it():
    page = ("Outcome of the local area SEND inspection\n"
            "Inspectors identified several weaknesses in the area's work. Waiting lists for occupational therapy "
            "are too long. The local offer is out of date and hard to search.\n")
    found = [item.text for item in read(page)]
    assert "Waiting lists for occupational therapy are too long." in found


def test_a_verdict_on_progress_heads_its_evidence_not_further_findings():
    page = ("Outcome of the local area SEND re-visit\n"
            "Inspectors judged that the area has not made sufficient progress. Too few pupils with plans have a "
            "named key worker.\n")
    assert read(page) == []


def test_what_leaders_should_do_under_a_findings_heading_is_a_finding():
    page = ("Joint inspection of the local area partnership\n"
            "Areas for improvement\n"
            "Leaders should make sure that the views of young people shape the design of short breaks.\n")
    assert [item.text for item in read(page)] == [
        "Leaders should make sure that the views of young people shape the design of short breaks."]


def test_a_member_moving_a_motion_is_no_finding():
    page = ("Joint inspection of the local area partnership\n"
            "Areas for improvement\n"
            "Councillor Reed proposed that the panel should set up a working group on transport.\n")
    assert read(page) == []


def test_work_that_must_continue_is_no_finding():
    page = ("Outcome of the local area SEND inspection\n"
            "The report also noted that the work must continue to make further improvements.\n")
    assert read(page) == []


def test_a_reported_clause_naming_the_findings_to_follow_is_none_of_them():
    page = ("Outcome of the local area SEND inspection\n"
            "Inspectors identified three areas in which leaders should improve their work.\n")
    assert read(page) == []
