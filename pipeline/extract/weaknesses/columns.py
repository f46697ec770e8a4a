"""Which column of a table holds the findings, read from the table itself.

A progress or status table sets each finding in one column and answers it in the others: a RAG rating, a verdict
("Sufficient progress", "Yes"), a lead, a date, a progress note. The header may name the findings column in words
the header reader does not know ("Area of the WSoA", "Significant weakness (as worded in the letter)"), or the
findings may stand in the second column behind a responsible body or a code. Which column it is, is decided once
per table (a whole column is taken or left), from the kinds of its cells:

- a verdict, a reference, a figure or an action is never a finding; a column holding one is not the findings column,
  and a column of figures makes the table a data table (none of its cells is a finding);
- the findings column is the leftmost column whose cells are phrases and read as findings (a shortfall, what should
  or must change) in at least half the rows; a later column that reads so too is a progress note answering them;
- when no column reads so (findings named as bare noun phrases, "Quality of EHC plans"), the one phrase column of
  a table whose other columns are all verdicts and references is the findings column;
- the table must sit under a header or an intro that names weaknesses, areas, findings or priorities, or its
  references must be the codes of findings ("AfPA 1", "SW2", "AFI 3"); a header that names actions, risks or
  measures and no findings is a plan's or a register's.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues, verdicts
from pipeline.extract.weaknesses.text import TERMINAL

# A verdict cell with or without a comment: "Amber", "Yes", "Not yet sufficient – part of the APP", "Sufficient
# progress (revisit, 2022)", "Green – 83% of new plans now on time".
VERDICT = re.compile(
    r"^(?:(?:red|amber|green|blue|grey|black)(?:\s*[/-]\s*(?:red|amber|green))*|[rag]"
    rf"|(?:not\s+(?:yet\s+)?)?{verdicts.AMOUNT}(?:\s+progress)?(?:\s+made)?"
    r"|complete[d]?|on\s+track|off\s+track|not\s+started|in\s+progress|ongoing|achieved"
    r"|(?:not\s+(?:yet\s+)?|partly\s+|partially\s+|largely\s+)?met|yes|no|partly|partially|improving|improved"
    r"|(?:some|significant|serious|no)\s+concerns?|n/?a|[-–—])"
    r"\s*(?:$|\.$|\s*[-–—:;,]\s*\S|\s*\()",
    re.IGNORECASE)
# A cell that only numbers the row or gives its code: "3", "2.1", "b", "SW2", "AfPA 1", "#".
REFERENCE = re.compile(r"^(?:#|\W*(?:[a-z]{0,4}\s?\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-z]|[ivx]{1,4}|ref\.?|no\.?)\W*)$",
                       re.IGNORECASE)
# The codes findings go by: areas for priority action or improvement, significant weaknesses, areas of concern.
FINDING_CODE = re.compile(r"^\W*(?:af(?:pa|i)|apa|sw|asw|aosw|aoc)\s?\d", re.IGNORECASE)
FIGURE = re.compile(r"^\W*[£$]?\d[\d,.]*\s*(?:%|k|m|weeks?|days?)?(?:\s*\([^)]*\))?\W*$", re.IGNORECASE)
# What a plan's action cell opens with: the verb of what is to be done ("Recruit three caseworkers").
IMPERATIVE = re.compile(
    r"^\W*(?:recruit|publish|commission|develop|introduce|implement|establish|create|review|launch|agree|deliver"
    r"|appoint|set\s+up|train|co-?produce|roll\s+out|design|refresh|embed|monitor|audit|produce)\b",
    re.IGNORECASE)
# A header or intro naming what a table's rows are.
NAMES_FINDINGS = re.compile(r"\b(?:areas?|weakness(?:es)?|findings?|concerns?|priorit(?:y|ies)|improvements?)\b",
                            re.IGNORECASE)
# A header naming a plan's, a register's or a dashboard's rows.
NAMES_OTHER = re.compile(r"\b(?:actions?|milestones?|tasks?|deliverables?|activit(?:y|ies)|risks?|indicators?"
                         r"|measures?|kpis?|metrics?|targets?|baselines?)\b", re.IGNORECASE)
# A header naming strengths: "What is working well", "Strengths".
STRENGTHS = re.compile(r"\b(?:working\s+well|going\s+well|strengths?)\b", re.IGNORECASE)
MIN_WORDS = 3
MAX_ROWS = 12  # a table of findings has a few rows; a plan's or a data table has many


def is_verdict(text: str) -> bool:
    text = text.strip()
    return bool(VERDICT.match(text)) or len(text.split()) <= 20 and cues.is_progress_claim(text)


def is_reference(text: str) -> bool:
    return not text.strip() or bool(REFERENCE.match(text.strip()))


def is_phrase(text: str) -> bool:
    """A cell that may state a finding: three words or more, not a verdict, a reference, a figure or an action."""
    text = text.strip()
    return len(text.split()) >= MIN_WORDS and not is_verdict(text) and not is_reference(text) \
        and not FIGURE.match(text) and not IMPERATIVE.match(text) and not cues.is_response(text) \
        and not cues.COUNCIL_VOICE.search(text)


def findings_column(rows: list[list[str]]) -> tuple[int, bool] | None:
    """The findings column of a table of ``rows`` (cells), and whether its cells read as findings; None when
    no column does (a data table, a plan, a table of more than one phrase column none of which reads so)."""
    if not 2 <= len(rows) <= MAX_ROWS:
        return None
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return None
    if any(FIGURE.match(cell.strip()) and not is_reference(cell) for row in rows for cell in row):
        return None  # a data table ("42%", "151"; a row's number is its reference)
    columns = [[row[k] for row in rows] for k in range(width)]
    phrases = [k for k, column in enumerate(columns) if all(is_phrase(cell) for cell in column)]
    # a finding stands before what rates it: a phrase column after a column of verdicts is a progress note
    rated = [k for k, column in enumerate(columns) if k not in phrases and all(is_verdict(cell) for cell in column)]
    phrases = [k for k in phrases if not rated or k < rated[0]]
    reading = [k for k in phrases if 2 * sum(cues.reads_as_finding(cell) for cell in columns[k]) >= len(rows)]
    if reading:
        return reading[0], True
    others = [column for k, column in enumerate(columns) if k not in phrases]
    if any(is_phrase(cell) for column in others for cell in column):
        return None  # another column of phrases (a progress note after the ratings): not only verdicts beside it
    if len(phrases) == 1 and others and all(is_verdict(cell) or is_reference(cell) for column in others
                                            for cell in column) \
            and any(all(is_verdict(cell) for cell in column) for column in others):
        return phrases[0], False
    return None


def named_by(header: str, intro: str, rows: list[list[str]]) -> str | None:
    """What says the table's rows are findings: its header, its codes, or the intro above it; None when nothing
    does, or the header names a plan's actions, risks or measures and no findings."""
    if STRENGTHS.search(header):
        return None  # strengths beside what to improve: a self-evaluation's, or the strengths table's reader's
    other, findings = NAMES_OTHER.search(header), NAMES_FINDINGS.search(header)
    if other and not (findings and findings.start() < other.start()):
        return None  # "Ref | Action | Lead | Measure of success": a plan's ("Area for improvement | Action" names both)
    if header and NAMES_FINDINGS.search(header):
        return "header"
    if rows and all(FINDING_CODE.match(row[0]) for row in rows):
        return "codes"
    intro = intro.rstrip()
    if intro and NAMES_FINDINGS.search(intro) and (intro.endswith(":") or not TERMINAL.search(intro)):
        return "intro"  # "... each of the four areas is as follows:", a heading "Areas for improvement"
    return None
