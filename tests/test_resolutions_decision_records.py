"""A record of decisions: what was decided under its field labels, in a box of fields or a minute's outcome.

- "Details of decision" (like "Summary of decision") labels the decisions below it, through a line naming the
  decider ("The Cabinet Member:") to a numbered list of past-tense decisions, or the prose decision after it.
- A record's box of fields ("Decision reference ...", "Date of decision ...") that the text runs into one
  paragraph ends on the intro of its decisions ("Decision The Cabinet Member ... has decided to:"): the list
  below is what the decider decided.
- A minute's "Outcome:" line tells its decision ("Outcome: The Forum noted the update."); an "Outcome:" that
  tells no decision (an inspection's judgement) is no resolution.
"""

from __future__ import annotations

from pipeline.extract import resolutions
from pipeline.extract.common.structure import Block, Span, segment
from pipeline.extract.resolutions.candidates import read_trigger
from pipeline.records import Page


def rows(*pages: str) -> list[tuple[str, str]]:
    doc = segment([Page(i + 1, text) for i, text in enumerate(pages)])
    return [(r.kind, r.text) for r in resolutions.extract(doc)]


def test_details_of_decision_over_a_decider_and_a_numbered_list():
    page = ("5/24 SEND STRATEGY AND GOVERNANCE\n\nDetails of decision\n\nThe Cabinet Member:\n\n"
            "1. Accepted the findings of the peer review and the actions set out in it;\n"
            "2. Noted that progress will be reported to the Select Committee every six months.\n\n"
            "Reasons for decision\n\nThe review sets out what the partnership must do next.")
    assert rows(page) == [
        ("resolution", "Accepted the findings of the peer review and the actions set out in it;"),
        ("resolution", "Noted that progress will be reported to the Select Committee every six months."),
    ]


def test_details_of_decision_over_its_prose():
    page = ("6/24 SCHOOL TRANSPORT POLICY\n\nDetails of decision\nThe Cabinet Member approved the revised school "
            "transport policy, to take effect from 1 April 2025.\n\nReasons for decision\n\nThe policy is clearer.")
    assert rows(page) == [("resolution", "The Cabinet Member approved the revised school transport policy, to take "
                                         "effect from 1 April 2025.")]


def test_a_box_of_fields_ending_in_the_deciders_intro():
    # a PDF's box of fields, which the text stage runs into one paragraph of many lines (plain text would
    # keep each field a paragraph of its own), over the decisions' list
    lines = ["Example Borough Council Record of Executive Member Decision", "Example Borough Council",
             "RECORD OF EXECUTIVE MEMBER DECISION", "Decision reference EMD/EDU/2025/04",
             "Decision maker Councillor Ann Lee-Marsh, Executive Member for Education and", "Lifelong Learning",
             "Subject Example Local Area SEND Strategy 2025-2028", "Date of decision 3rd March 2025",
             "Decision The Executive Member for Education and Lifelong Learning has decided to:"]
    box = Block("paragraph", " ".join(lines), [Span(1, 0, 1)], raw_lines=lines)
    item = Block("item", "approve the Local Area SEND Strategy 2025-2028 at Appendix 1;", [Span(1, 1, 2)],
                 marker="(i)", raw_lines=["(i) approve the Local Area SEND Strategy 2025-2028 at Appendix 1;"])
    trigger = read_trigger([box, item], 0)
    assert trigger is not None and trigger.intro and trigger.kind == "resolution"


def test_a_minutes_outcome_lines():
    page = ("3. Minutes of the last meeting\n\nOutcome: The minutes were agreed as an accurate record.\n\n"
            "4. High needs budget update\nThe finance lead presented the forecast. Members asked about the "
            "deficit.\n\nOutcome: The Group noted the update and asked for a further report in March.")
    assert rows(page) == [
        ("resolution", "The minutes were agreed as an accurate record."),
        ("resolution", "The Group noted the update and asked for a further report in March."),
    ]


def test_an_outcome_that_tells_no_decision_is_none():
    page = ("Inspection findings\n\nOutcome: The local area partnership's arrangements lead to inconsistent "
            "experiences for children and young people with SEND.")
    assert rows(page) == []
