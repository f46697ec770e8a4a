"""Whether a proposed weakness is kept: cues weighed together against one threshold.

The readers (``lists``, ``sentences``) propose generously: every list after a line that
could introduce it, every sentence a finding could be stated in. Each candidate then
collects weak, independent cues (see ``cues`` for the phrase classes):

- what its intro says: it names weaknesses or areas for improvement or concern, it says
  what must change, it judges progress too slow, or it only reports what inspectors said;
- how the intro ends: a colon or "as follows" promises a list, a heading heads one, a full
  stop only may;
- whether an inspection or review is named around it (a school's or a council's own list
  is not an inspection's), whether councillors are debating;
- whether a count stated in the intro ("four areas of weakness") matches the items;
- what the item itself says: it judges provision (a shortfall word), it is an action or a
  response, it is what an inspection looks at rather than what it found.

A candidate is kept when the weights sum to ``THRESHOLD``; the cues that fired go into the
fact's ``evidence`` column. The weights were set on the councils a-l of ``../shared/gold``
and checked on the others; a strong intro alone passes, a weaker one needs the count or the
items' own words to agree.
"""

from __future__ import annotations

import re

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, item_cues, pointers, told, verdicts
from pipeline.extract.weaknesses.enumerations import Sentence
from pipeline.extract.weaknesses.sentences import has_source_near
from pipeline.extract.weaknesses.text import Found

THRESHOLD = 4.0

# Intro cues: at most one of the "names" group fires, the strongest that applies.
NAMES_WEAKNESS = 3.0  # "The significant weaknesses identified were:", "Areas for improvement"
FINDINGS_COLUMN = 3.0  # a table's findings column read from its cells, under a header or intro naming findings
NO_PROGRESS = 3.0  # "Insufficient progress had been made in:"
ASKS_FOR_CHANGE = 2.0  # "The authority was required to address:"
NAMES_EARLY = 1.5  # the naming sits far from the intro's end
PREVIOUS_NAMES = 1.5  # the sentence before the intro names them ("... four areas. These are:")
NAMES_RESPONDED = 1.0  # "The report addressed each of the four areas for improvement:": the items may be responses
TOLD = 1.5  # "Inspectors told us that:": may be praise, so items must judge
NAMES_NOTHING = -3.0  # nothing says the items are findings
STRENGTHS = -4.0  # the intro lists strengths or progress made
SCOPE = -3.0  # "The inspection focused on:"
PLAN_PARTS = -4.0  # "the seven areas of work in the strategy are:"
DEBATE = -5.0  # members' own concerns
NO_INSPECTION = -5.0  # no inspection or review in sight
INSPECTION = 1.0
FORM = {"runs-on": 1.0, "colon": 1.0, "heading": 1.0, "label": 1.0, "table": 1.0, "question": 1.0, "full-stop": -0.5}

# List cues.
EACH_JUDGED = 2.0  # each item stands over its own progress verdict ("Sufficient progress. ...")
AFTER_PARAGRAPH = -0.5  # a paragraph stands between the intro and the list
COUNT_MATCHES = 2.0
COUNT_SHORT = -1.0
COUNT_MISMATCH = -1.5  # a sentence's items are not the number it states

# Item cues.
JUDGES = 1.0  # the item states a shortfall or what should change
UNJUDGED = -2.0  # under an intro that only reports (see ``item_evidence``), the item states neither
RESPONSE = -6.0  # an action, a plan, what "we will" do
INTRO_ITSELF = -6.0  # the item ends with a colon: it introduces a list of its own
SCOPE_ITEM = -3.0
SCOPE_NAMED = -1.0  # "how well X" under "the areas where the area must improve were:" names an area to improve
OVERALL = -3.0  # "insufficient progress overall", "widespread and/or systemic failings"
HEADER_FIELDS = -4.0  # "Decision reference: ... Key decision: Yes": a form's header fields, not a finding
ACTION_ROW = -4.0  # "Joint commissioning | Strategy agreed | Head of Commissioning | Sep 2021": a plan's row, dated
CATEGORY_NAME = -6.0  # "| Area of significant weakness", "Lead": a column's or a category's name alone, never a finding
NARRATES = -2.0  # "This means that the inspection identified ...": the story, not an item
REPORTS_PROGRESS = -3.0  # "... has risen from 9% to 38%. ...": a progress note, not a finding
COUNTS_FINDINGS = -4.0  # "three of the significant weaknesses had not been addressed": about the findings, none

# A sentence reader's own shape ("the areas of concern included X", "the review said that X") is
# one cue among several (see ``sentence_evidence``), no longer enough alone.
SENTENCE_RULE = 2.5
SENTENCE_NAMES = 1.0  # the sentence names weaknesses, concerns or areas for improvement
FINDER = 1.0  # an inspection or review is the subject of a reporting verb before the item
NO_PROGRESS_HERE = 1.0  # the sentence judges progress too little
NAMES_A_THING = 0.5  # the item is a noun phrase ("the timeliness of plans"), as findings are named
NEXT_STEP = -4.0  # "... would be in post by January 2023": what happens next
POINTS_TO_LIST = -6.0  # "three areas, which are summarised below": the intro's own words
SCOPE_PHRASE = -3.0  # "the way the city supports ...": what the findings are about overall
NOTE_UNDER_ITEM = -3.0  # a progress note under a labelled weakness
TABLE_CELL = -3.0  # a sentence reader's item in a table row's later cell: an owner, a lead, a date
SUMMARY_BEFORE_LIST = -3.0  # "... that X, and that Y. These are set out in full below.": the list is the findings
SOMEONE_SAYS = -3.0  # someone other than the inspection accepts, says or explains it
MONITOR_SAYS = -3.0  # the DfE's or NHS England's advisers comment on progress or ask for more: not a finding
INLINE_MARKERS = 0.5  # "(i) ...; (ii) ...": a list set out inside a sentence
PRONOUN_SUBJECT = -3.0  # "it was not yet consistent": a remark on what came before, not a finding
PRAISE = -3.0  # "leaders now have an accurate understanding of ...": a strength reported beside the findings
PROGRESS_ACCOUNT = -2.0  # "... has improved. However, older plans ..." then "progress in addressing this weakness"
JUDGEMENT_AFTER = 2  # sentences read ahead for that judgement
# How far back an inspection is looked for: a contrast may sit in a list item far below the list's intro,
# the last of a "Firstly, ... Finally, ..." series far from the sentence announcing it, an area named in
# apposition in a long account of progress.
CONTEXT_CHARS = {"contrasted": 2000, "ordinal": 2000, "apposed": 2000}


# "The report praises the partnership's work in several areas. Inspectors said that:": the short intro leans on a
# sentence whose verb praises, and whose "areas" are the praised ones (it names no weakness of its own).
PRAISED = re.compile(r"\b(?:prais(?:es|ed|ing)|commend(?:s|ed|ing)|applaud(?:s|ed|ing)|celebrat(?:es|ed|ing))\b",
                     re.IGNORECASE)


def praised_before(previous: str) -> bool:
    return ("rais" in previous or "ommend" in previous or "pplaud" in previous or "elebrat" in previous) \
        and bool(PRAISED.search(previous)) and not cues.WEAK_NOUN.search(cues.plain_mentions(previous))


def intro_evidence(previous: str, last: str, context: str, form: str, leans_back: bool = False) -> Evidence:
    """Cues from an intro: its last sentence ``last``, the one before, and the text above.
    With ``leans_back`` the last sentence is read together with the one before."""
    evidence = Evidence()
    whole, last = last, named_before_pointer(last)
    if form == "full-stop" and pointers.PROMISES_LIST.search(last):
        evidence.add("intro:promises-list", FORM["colon"])  # "... the following areas for improvement."
    else:
        evidence.add(f"intro:{form}", FORM[form])
    if cues.has_source(context):
        evidence.add("context:inspection", INSPECTION)
    else:
        evidence.add("context:no-inspection", NO_INSPECTION)
    if cues.is_debate(last):
        evidence.add("intro:debate", DEBATE)
    short = bool(previous) and leans_back
    joined = previous + " " + last if short else last
    # (an intro that itself names weaknesses or asks for change is not praise: "The letter asks that leaders:")
    # ... or the intro's own sentence praises ("... sets out three areas for improvement. In summary, inspectors
    # praised:"): its items are the strengths, whatever the sentence before named
    praised = praised_before(last) or short and praised_before(previous) and not (
        cues.names_weakness(last) or cues.asks_for_change(last) or told.RECOMMENDS_INTRO.search(last)
        or told.REQUESTS_INTRO.search(last) or told.REPORT_ASKS_AREA.search(last) or told.CONCERNED_INTRO.search(last)
        or told.asks_of_area(previous, last))
    if cues.no_progress_intro(last):
        evidence.add("intro:no-progress", NO_PROGRESS)
    elif cues.verdict_over_list(last) or cues.verdict_over_list(whole) or short and cues.verdict_recalled(previous, last):
        evidence.add("intro:progress-verdict", NO_PROGRESS)  # a re-visit's weaknesses, either way judged
    elif praised:
        evidence.add("intro:strengths-or-progress", STRENGTHS)  # the items are what the sentence before praises
    elif cues.names_weakness(joined, None if short else INTRO_TAIL_WORDS) or cues.names_then_points(whole, previous if short else ""):
        evidence.add("intro:names-weakness", NAMES_WEAKNESS)
    elif cues.asks_for_change(last) or short and cues.asks_for_change(previous):
        # "... to make improvements in three areas. In its own words:": the short intro leans on the sentence before
        evidence.add("intro:must-change", NAMES_WEAKNESS if cues.MUST_ADDRESS.search(joined)
                     or cues.IMPROVEMENTS_NEEDED.search(joined) else ASKS_FOR_CHANGE)
    elif (told.RECOMMENDS_INTRO.search(last) or told.REQUESTS_INTRO.search(last)
          or told.REPORT_ASKS_AREA.search(last) or told.asks_of_area(previous, last)) and not cues.is_debate(last):
        evidence.add("intro:inspection-recommends", NAMES_WEAKNESS)  # the 2023 framework's areas for improvement
    elif told.CONCERNED_INTRO.search(last) and not cues.is_debate(last):
        evidence.add("intro:finder-concerned", NAMES_WEAKNESS)
    elif cues.names_weakness(last):
        evidence.add("intro:names-weakness-early", NAMES_EARLY)
    elif cues.AREAS_OF_FOCUS.search(last) and not cues.is_resolved(last):
        evidence.add("intro:areas-of-focus", ASKS_FOR_CHANGE)
    elif cues.TOLD_US.search(joined) and cues.has_source(joined) and not cues.is_resolved(joined):
        evidence.add("intro:told", TOLD)
    elif cues.QUOTES_SOURCE.search(last) and cues.has_source(previous + " " + last) and not cues.is_resolved(last):
        evidence.add("intro:quotes-source", TOLD)  # the report's own words, which may be praise: items must judge
    elif cues.names_responded(last, INTRO_TAIL_WORDS):
        evidence.add("intro:names-weakness-responded", NAMES_RESPONDED)
    if previous and not short and not evidence.has("intro:names-weakness") and cues.names_weakness(previous):
        evidence.add("previous:names-weakness", PREVIOUS_NAMES)
    named_here = names_list(evidence) or evidence.has("intro:names-weakness-early") \
        or evidence.has("intro:areas-of-focus") or evidence.has("intro:names-weakness-responded")
    if not named_here and cues.is_resolved(joined) and not praised:
        evidence.add("intro:strengths-or-progress", STRENGTHS)
    if not named_here and not evidence.has("previous:names-weakness") and not evidence.has("intro:told") \
            and not evidence.has("intro:quotes-source"):
        evidence.add("intro:names-nothing", NAMES_NOTHING)
    if cues.PLAN_PARTS.search(last):
        evidence.add("intro:plan-parts", PLAN_PARTS)
    # "Date: 12 March 2025 Title: Area SEND Inspection ... Portfolio Holder:": a front sheet's fields run together,
    # the last one's label ending in a colon, are no intro
    evidence.when(item_cues.is_header_block(last), "intro:header-fields", HEADER_FIELDS)
    # "The direction requires the Council to:": what a direction or notice requires of the area, not findings
    evidence.when(item_cues.REQUIREMENTS_INTRO.search(last), "intro:requirements", PLAN_PARTS)
    if cues.is_scope(last):
        evidence.add("intro:inspection-scope", SCOPE)
    return evidence


INTRO_TAIL_WORDS = 14  # a list's intro names what it lists near its end

# "... found insufficient progress in three areas, and it was these that the plan was designed to address -",
# "... four areas for improvement, which the plan sets out to tackle:": the tail points back to the naming.
POINTER_TAIL = re.compile(r",\s*(?:and\s+)?(?:that\s+)?(?:it\s+(?:was|is)\s+these|these|which|(?:each|all|both)\s+of\s+(?:which|these))"
                          r"\b[^,;]*$", re.IGNORECASE)


def named_before_pointer(last: str) -> str:
    """The intro up to a tail that points back to what it named, when the part before names findings;
    else the intro as it is."""
    tail = POINTER_TAIL.search(last)
    if not tail:
        return last
    head = last[:tail.start()]
    named = cues.no_progress_intro(head) or cues.names_weakness(head, INTRO_TAIL_WORDS)
    return head if named else last


def names_list(evidence: Evidence) -> bool:
    """The intro itself names weaknesses or what must change (not only "inspectors told us")."""
    return any(evidence.has(name) for name in ("intro:names-weakness", "intro:no-progress", "intro:must-change",
                                               "intro:inspection-recommends", "intro:finder-concerned",
                                               "intro:progress-verdict"))


def could_pass(evidence: Evidence) -> bool:
    """Worth reading the items: the best the list and its items could add still reaches the threshold."""
    return evidence.score + COUNT_MATCHES + JUDGES >= THRESHOLD


def list_evidence(intro: Evidence, items: int, count: int | None) -> Evidence:
    """The intro's cues and the stated count against the items found (already cut to it)."""
    evidence = Evidence(list(intro.cues))
    if count:
        evidence.add("count", COUNT_MATCHES if items >= count else COUNT_SHORT, f"{min(items, count)}/{count}")
    return evidence


def item_evidence(list_cues: Evidence, text: str) -> Evidence:
    """The list's cues and the item's own."""
    evidence = Evidence(list(list_cues.cues))
    # ("knows its strengths and weaknesses" names no shortfall)
    judges = cues.reads_as_finding(item_cues.WORKING_OR_NOT.sub(" ", text))
    evidence.when(judges, "item:judges", JUDGES)
    # "Inspectors highlighted:", "In the report's words:": the speaker gives no polarity, so an item that neither
    # judges nor says what should change may be praise ("the rich range of short breaks"), whatever the count
    neutral = (list_cues.has("intro:told") or list_cues.has("intro:quotes-source")) and not names_list(list_cues)
    evidence.when(neutral and not judges and not cues.SHOULD_START.match(text) and not cues.MUST_START.match(text),
                  "item:unjudged-under-neutral-intro", UNJUDGED)
    # ... and an item that praises ("leaders have a good understanding of the strengths and weaknesses of ...") is
    # none, whatever word of a shortfall it holds
    evidence.when(neutral and item_cues.is_praise(text), "item:praise", PRAISE)
    # "... more work needs to be done / 1. to improve X": the item finishes the intro's sentence
    finishes_intro = list_cues.has("intro:runs-on") and text.lower().startswith("to ")
    evidence.when(cues.is_response(text) and not finishes_intro, "item:response", RESPONSE)
    evidence.when(text.rstrip().endswith(":"), "item:introduces", INTRO_ITSELF)
    evidence.when(item_cues.BESIDE_THE_LIST.match(text), "item:beside-the-list", POINTS_TO_LIST)
    evidence.when(item_cues.COMMITMENT.search(text), "item:commitment", NEXT_STEP)
    evidence.when(item_cues.NEXT_VISIT.search(text), "item:next-visit", NEXT_STEP)
    evidence.when(item_cues.PLAN_REQUESTED.search(text), "item:plan-requested", NEXT_STEP)
    evidence.when(item_cues.PLAN_REQUIRED.search(text), "item:plan-required", NEXT_STEP)
    evidence.when(item_cues.is_contact(text), "item:contact", HEADER_FIELDS)
    evidence.when(item_cues.MEMBER_SPEAKS.match(text), "item:member-speaks", DEBATE)
    if cues.is_scope_item(text):  # "how well X": what is looked at, unless the intro names the items weaknesses
        named = list_cues.has("intro:names-weakness") or list_cues.has("intro:must-change")
        evidence.add("item:names-a-topic" if named else "item:inspection-scope", SCOPE_NAMED if named else SCOPE_ITEM)
    evidence.when(cues.is_progress_claim(text) or cues.OVERALL_OUTCOME.search(text), "item:overall-judgement", OVERALL)
    evidence.when(cues.narrates_inspection(text), "item:narrates-inspection", NARRATES)
    evidence.when(item_cues.counts_findings(text), "item:counts-findings", COUNTS_FINDINGS)
    evidence.when(item_cues.is_header_block(text), "item:header-fields", HEADER_FIELDS)
    evidence.when(item_cues.CATEGORY_ONLY.match(text), "item:category-name", CATEGORY_NAME)
    evidence.when(item_cues.is_action_row(text), "item:action-row", ACTION_ROW)
    # "Timeliness and quality. The proportion issued within 20 weeks has risen from 9% to 38%. ...": progress
    # reported under an area's title (or the narrative around the findings), not the finding; what should change
    # is the finding's own form
    evidence.when(not cues.SHOULD_START.match(text) and not cues.MUST_START.match(text)
                  and item_cues.reports_progress(text), "item:reports-progress", REPORTS_PROGRESS)
    return evidence


def sentence_evidence(rule: str, item: Found, sentences: list[Sentence], index: int, items: int) -> Evidence:
    """A finding a sentence reader proposed: the reader's shape, the sentence and what is around it,
    and the item's own words. ``items`` is how many the reader took from this sentence."""
    sentence = sentences[index]
    before = sentence.text[:max(0, item.start - sentence.start)]
    text = item.text
    evidence = Evidence().add(f"sentence:{rule}", SENTENCE_RULE)
    if has_source_near(sentences, index, CONTEXT_CHARS.get(rule, 600)):
        evidence.add("context:inspection", INSPECTION)
    else:
        evidence.add("context:no-inspection", NO_INSPECTION)
    evidence.when(cues.names_weakness(sentence.text), "sentence:names-weakness", SENTENCE_NAMES)
    # "inspectors were concerned that X": the finder's concern judges X, whatever X's own words
    evidence.when(told.CONCERNED.search(sentence.text), "sentence:finder-concerned", SENTENCE_NAMES)
    # "the inspectors made two recommendations": what an inspection recommends is what must improve
    evidence.when(rule in ("recommended", "asked-to-improve"), "sentence:inspection-recommends", SENTENCE_NAMES)
    finder = item_cues.last_speaker(before)
    evidence.when(finder == "inspection", "sentence:inspection-found", FINDER)
    # "at the review, advisers noted that X", "the advisers asked the partnership to Y": a plan's monitors on progress
    # since the findings, or what they ask for next; the finding is the inspection's
    evidence.when(finder == "monitor" or item_cues.monitor_speaks(before), "sentence:monitor-says", MONITOR_SAYS)
    # "the waiting list had fallen from 1,420 to 980": figures that moved, a progress report's clause
    evidence.when(item_cues.MOVED_FIGURES.search(text), "item:reports-movement", REPORTS_PROGRESS)
    # "..., the Department requires an Accelerated Progress Plan": a requirement placed on the area
    evidence.when(item_cues.PLAN_REQUIRED.search(text), "item:plan-required", NEXT_STEP)
    # an officer retelling what the inspection found names it in the same sentence
    evidence.when(finder == "someone" and not cues.has_source(sentence.text), "sentence:someone-says", SOMEONE_SAYS)
    elliptic = cues.elliptic_no_progress(before) if rule == "no-progress-in" else None
    evidence.when(cues.NO_PROGRESS.search(sentence.text) or elliptic, "sentence:no-progress", NO_PROGRESS_HERE)
    evidence.when(cues.is_debate(sentence.text), "sentence:debate", DEBATE)
    evidence.when(note_under_item(sentences, index), "sentence:note-under-item", NOTE_UNDER_ITEM)
    # a table row's later cell ("... | Head of Service, NHS Trust"): the owner or lead column, which the
    # tables reader has already set aside; the finding is the row's first cell
    evidence.when(" | " in before[before.rfind("\n") + 1:], "item:later-table-cell", TABLE_CELL)
    # ... or an item running on across a row's cells ("... insufficient progress in one or more areas | Medium | High"):
    # a table read as a sentence, whose rows the tables reader weighs by their header
    evidence.when(" | " in text, "item:across-table-cells", TABLE_CELL)
    # "..., that X, and that Y. Inspectors set out two priority actions and three areas for improvement, which are
    # reproduced in paragraphs 3.4 to 3.8 below.": a summary of the findings the document then gives in full
    evidence.when(summarises_list_below(sentences, index), "sentence:summary-before-list", SUMMARY_BEFORE_LIST)
    # a re-visit letter's account of progress on one weakness, judged in the sentences that follow
    after = " ".join(s.text for s in sentences[index + 1:index + 1 + JUDGEMENT_AFTER])
    evidence.when(cues.JUDGED_ITSELF.search(after), "sentence:progress-account", PROGRESS_ACCOUNT)
    # "identified four areas of weakness in X": one X is not four items (a count is often of another noun,
    # "sufficient progress in three of the five", so only a count the items fall far short of weighs against)
    # ("sufficient progress in four of the six, but not in two: X; and Y": the count is the elliptic verdict's)
    count = cues.elliptic_count(before, elliptic) if elliptic else cues.stated_count(before)
    if count and (items == count or 2 * items <= count):
        evidence.add("count", COUNT_MATCHES / 2 if items == count else COUNT_MISMATCH, f"{items}/{count}")
    evidence.when(cues.reads_as_finding(text), "item:judges", JUDGES)
    evidence.when(item_cues.NOUN_PHRASE.match(text), "item:names-a-thing", NAMES_A_THING)
    # "Inspectors identified two priority actions: to improve X; and to reduce Y": infinitives after the colon of an
    # inspection's clause naming the findings are the findings, what must be done, not the council's response
    colon = before.find(":")
    # (or whoever "set two priority actions for the partnership:": the clause counts the findings it names)
    names_infinitives = colon >= 0 and text[:3].lower() == "to " and cues.names_weakness(before[:colon]) \
        and (finder == "inspection" or item_cues.counted_over_colon(before[:colon])
             and not cues.COUNCIL_VOICE.search(before[:colon]))
    evidence.when(cues.is_response(text) and not names_infinitives, "item:response", RESPONSE)
    evidence.when(cues.COUNCIL_VOICE.search(text), "item:council-voice", COUNCIL_VOICE)
    evidence.when(item_cues.is_next_step(text), "item:next-step", NEXT_STEP)
    evidence.when(pointers.points_elsewhere(text), "item:points-to-list", POINTS_TO_LIST)
    evidence.when(item_cues.CITES_ITEMS.match(text), "item:cites-items", POINTS_TO_LIST)
    evidence.when(item_cues.SCOPE_PHRASE.match(text), "item:scope", SCOPE_PHRASE)
    evidence.when(item_cues.is_header_block(text), "item:header-fields", HEADER_FIELDS)
    evidence.when(item_cues.CATEGORY_ONLY.match(text), "item:category-name", CATEGORY_NAME)
    evidence.when(item_cues.is_action_row(text), "item:action-row", ACTION_ROW)
    evidence.when(item_cues.DECISION_FIELD.match(text), "item:decision-field", HEADER_FIELDS)
    evidence.when(item_cues.is_contact(text), "item:contact", HEADER_FIELDS)
    evidence.when(item_cues.PRONOUN_SUBJECT.match(text), "item:pronoun-subject", PRONOUN_SUBJECT)
    evidence.when(cues.OVERALL_OUTCOME.search(text), "item:overall-judgement", OVERALL)
    evidence.when(item_cues.is_praise(text), "item:praise", PRAISE)
    evidence.when(item_cues.counts_findings(text), "item:counts-findings", COUNTS_FINDINGS)
    # "the remaining three areas:-": the sentence's tail introduces a list, the items are below it
    evidence.when(INTRO_TAIL.search(text), "item:introduces", INTRO_ITSELF)
    # "the many things inspectors found that are working well": "that" was a relative pronoun, no clause follows
    evidence.when(RELATIVE_THAT.match(text) and before.rstrip().lower().endswith("that"), "item:relative-clause",
                  NARRATES * 2)
    return evidence


def summarises_list_below(sentences: list[Sentence], index: int) -> bool:
    """The next sentence of the paragraph names the findings and says they are given in full below (or in the
    numbered paragraphs it cites): this sentence's items summarise that list."""
    if index + 1 >= len(sentences) or sentences[index + 1].block != sentences[index].block:
        return False
    after = sentences[index + 1].text
    return bool(pointers.PROMISES_LIST.search(after)) and cues.names_weakness(after) \
        and not after.rstrip().endswith(":")


INTRO_TAIL = re.compile(r":\s*[-–]?\s*$")
RELATIVE_THAT = re.compile(r"(?:are|is|was|were|has|have|had|remain|remains|remained)\b", re.IGNORECASE)


# A monitoring page's note under each weakness: "Priority action 2. Leaders should ..." / "Finding: Inspectors
# found that waits had started to fall, but ...", "Update: ...", "Progress: ...", or a re-visit's paragraph under
# a weakness's verdict line: what was found of progress on the item above, not another weakness.
NOTE_LABEL = re.compile(r"^\W{0,3}(?:(?P<progress>progress(?:\s+(?:update|made|so\s+far))?|update|rag(?:\s+rating)?)"
                        r"|finding|monitoring(?:\s+visit)?|re-?visit(?:\s+finding)?|evidence)"
                        r"(?:\s*[(\[][^()\[\]:]{1,30}[)\]])?\s*:\s", re.IGNORECASE)  # (a date in brackets may follow)
# "Revisit finding (May 2022): Not yet sufficient - ...": the label gives a verdict first, the note on progress
LABEL_VERDICT = re.compile(rf"\s*(?:not\s+(?:yet\s+)?)?{verdicts.AMOUNT}\b", re.IGNORECASE)
LABELLED_ITEM = re.compile(r"^\W{0,3}(?:priority\s+action|area\s+(?:for|of)\s+improvement|(?:significant\s+)?weakness|"
                           r"recommendation)\s*\d*\s*[.:–-]", re.IGNORECASE)


def note_under_item(sentences: list[Sentence], index: int) -> bool:
    """The sentence is in a paragraph labelled as a progress note: always for "Progress:", "Update:"; for
    "Finding:" and the like only right under a paragraph labelled as a priority action or a weakness."""
    block = sentences[index].block
    first = index
    while first > 0 and sentences[first - 1].block == block and index - first < 6:
        first -= 1
    if first > 0 and sentences[first - 1].block != block and item_cues.VERDICT_LINE.match(sentences[first - 1].text):
        return True  # the paragraph under a weakness's "Verdict: not enough progress" line gives its evidence
    if not NOTE_LABEL.match(sentences[first].text):
        return False  # (the cheap test before the reach back for the paragraph above)
    above = first - 1
    while above > 0 and sentences[above - 1].block == sentences[above].block and first - above < 6:
        above -= 1
    return is_note(sentences[first].text, sentences[above].text if above >= 0 else "")


def is_note(paragraph: str, above: str) -> bool:
    """``paragraph`` is a progress note, ``above`` the paragraph before it (see ``note_under_item``)."""
    if item_cues.VERDICT_LINE.match(above):
        return True
    label = NOTE_LABEL.match(paragraph)
    return bool(label) and (bool(label["progress"]) or bool(LABELLED_ITEM.match(above))
                            or bool(LABEL_VERDICT.match(paragraph, label.end())))


SIBLINGS_KEPT = 1.0  # the other items of the same enumeration are findings: so is this one, plainly named
SIBLINGS_NEEDED = 2


def sibling_support(evidence: Evidence, kept: int, items: int) -> None:
    """"These concerned the local offer, transition to adult health services, the quality of annual
    reviews, ...": an item named too plainly to judge anything is supported by its kept siblings, when
    most of the enumeration is kept and nothing speaks against the item itself."""
    if keep(evidence) or any(cue.weight < 0 for cue in evidence.cues):
        return
    others = kept  # the item itself is not kept, so every kept one is a sibling
    if others >= SIBLINGS_NEEDED and 2 * others >= items - 1:
        evidence.add("list:siblings-kept", SIBLINGS_KEPT, f"{others}/{items - 1}")


# A one-sentence finding on its own (candidates.standalone_findings).
JUDGES_PROVISION = 2.0  # "... remain too long", "... is too variable"
FINDINGS_BEFORE = 1.5  # just below "Inspectors found ..." or "What needs to improve"
NAMED_BEFORE = 1.0  # just below a sentence naming weaknesses or areas for improvement
AFTER_ANNOUNCEMENT = 0.5  # in the paragraph of the sentence announcing them, right after it
SPEECH = -3.0  # someone quoted: a reaction, not the finding
COUNCIL_VOICE = -2.0  # "we", "our": the council speaking of itself


def finding_evidence(text: str, before: str, context: str) -> Evidence:
    """Cues for a sentence that may state a finding by itself."""
    evidence = Evidence().add("finding:judges-provision", JUDGES_PROVISION)
    if cues.has_source(context):
        evidence.add("context:inspection", INSPECTION)
    else:
        evidence.add("context:no-inspection", NO_INSPECTION)
    evidence.when(cues.FINDINGS_BEFORE.search(before), "before:inspection-found", FINDINGS_BEFORE)
    evidence.when(cues.names_weakness(before), "before:names-weakness", NAMED_BEFORE)
    evidence.when(cues.SPEECH.search(text), "finding:speech", SPEECH)
    evidence.when(cues.COUNCIL_VOICE.search(text), "finding:council-voice", COUNCIL_VOICE)
    evidence.when(cues.is_debate(text) or cues.is_debate(before), "finding:debate", DEBATE)
    evidence.when(cues.is_response(text), "item:response", RESPONSE)
    evidence.when(item_cues.PLAN_REQUESTED.search(text), "item:next-step", NEXT_STEP)  # "... asked X to submit a plan"
    evidence.when(cues.is_resolved(text), "finding:strengths-or-progress", STRENGTHS)
    evidence.when(item_cues.DECISION_FIELD.match(text), "finding:decision-field", HEADER_FIELDS)
    return evidence


def keep(evidence: Evidence) -> bool:
    return evidence.passes(THRESHOLD)
