"""A letter's weaknesses written as headings (bold in the PDF, or labelled), each over a paragraph of what was
found or done: the heading is the weakness, the paragraph under it is a note. Invented pages."""

from __future__ import annotations

from pipeline.extract import weaknesses
from pipeline.extract.common.structure import StructuredDocument
from pipeline.records import Page

LETTER = """Dear Director,
Joint area SEND revisit in Westshire
Ofsted and the Care Quality Commission revisited the local area to decide whether it had made
sufficient progress in addressing the areas of significant weakness detailed in the inspection
report letter published last year.
Findings
The weak oversight of how well schools support pupils on SEN support, and the high
number of pupils who are taught on part-time timetables.
Leaders have written new guidance for schools and a small team now visits each school every term.
The area has made sufficient progress in addressing this significant weakness.
The poor timeliness of EHC needs assessments and the lack of
health advice in too many plans.
Most plans are now issued within twenty weeks, although health advice is still missing from some.
The area has not made sufficient progress in addressing this significant weakness.
Yours sincerely,
"""

BOLD = ("Findings", "The weak oversight", "number of pupils", "The poor timeliness", "health advice in too")


def headed_page(text: str, bold: tuple[str, ...]) -> Page:
    offsets, offset = [], 0
    for line in text.split("\n"):
        if line.startswith(bold):
            offsets.append(offset)
        offset += len(line) + 1
    return Page(1, text, "text-layer", offsets)


def extract(page: Page) -> list:
    found = weaknesses.extract(StructuredDocument(pages=[page], blocks=[]))
    for item in found:
        assert item.quote == page.text[item.char_start:item.char_end] and item.evidence
    return found


def test_bold_findings_over_their_notes_are_the_weaknesses():
    found = extract(headed_page(LETTER, BOLD))
    assert [item.text for item in found] == [
        "The weak oversight of how well schools support pupils on SEN support, and the high number of pupils who "
        "are taught on part-time timetables.",
        "The poor timeliness of EHC needs assessments and the lack of health advice in too many plans.",
    ]
    assert all("headings:findings-over-bodies" in item.evidence for item in found)


def test_the_same_lines_not_set_in_bold_are_not_read_as_headings():
    assert not any("headings:findings-over-bodies" in item.evidence for item in extract(headed_page(LETTER, ())))


def test_bold_section_titles_over_paragraphs_are_not_findings():
    text = LETTER.replace("The weak oversight of how well schools support pupils on SEN support, and the high\n"
                          "number of pupils who are taught on part-time timetables.", "Support In Schools") \
        .replace("The poor timeliness of EHC needs assessments and the lack of\nhealth advice in too many plans.",
                 "Plans And Assessments")
    assert extract(headed_page(text, ("Findings", "Support In", "Plans And"))) == []


def test_labelled_findings_stated_as_sentences_over_progress_notes():
    text = """The department's review of the written statement of action after the local area inspection.
Weakness 1: Too many children wait too long for a speech and language therapy assessment.
A new triage service began in the spring and the longest waits have halved.
Weakness 2: Parents do not have enough information about the local offer.
The local offer website was rebuilt with parents and now has a search tool.
"""
    found = extract(Page(1, text))
    assert [item.text for item in found] == [
        "Too many children wait too long for a speech and language therapy assessment.",
        "Parents do not have enough information about the local offer.",
    ]


def test_numbered_bold_headings_end_where_the_bold_ends():
    text = """Following the local area inspection, the review considered progress on the two areas of weakness:
1. Weak joint commissioning of therapies for children with complex
communication needs
The new therapy contract began in the autumn and waiting lists are shorter.
2. The lack of a clear and accessible local offer that parents and carers can use to find the help
The rebuilt local offer website went live in the summer of this year and families told us that it is much
easier to use than the old one.
Overall, we consider that the area is making good progress.
"""
    page = headed_page(text, ("1. Weak joint", "communication needs", "2. The lack"))
    assert [item.text for item in extract(page)] == [
        "Weak joint commissioning of therapies for children with complex communication needs",
        "The lack of a clear and accessible local offer that parents and carers can use to find the help",
    ]
