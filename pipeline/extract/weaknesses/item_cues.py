"""Cues about a candidate's own words and about who says them.

``cues`` holds the phrase classes that tell a weakness from its surroundings (what names one, what
an inspection is); these are the finer ones the decisions weigh on each candidate: whether it is
a next step rather than a finding, a thing named the way findings are named, an intro's words
pointing at a list, the overall scope of the findings, a report's plain statement, and whether
the last speaker before it is the inspection or someone else.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses.counts import NUMBER as COUNT
from pipeline.extract.weaknesses.cues import MODAL, REPORTING_VERB, reads_as_finding, states_shortfall

# What happens next, not what was found: "Leaders must submit a Priority Action Plan by ...", "The area
# will be monitored through ...", "A strategic plan would be updated and published ...". A sentence
# like this after a finding opens a new statement (a PDF item does not run on into it), and a
# candidate that is one is a commitment, not a weakness.
NEXT_STEP = re.compile(
    r"^[^.;:]{0,80}?\b(?:must|will|shall|would|(?:is|are|was|were)\s+(?:required|expected|due)\s+to|"
    r"(?:has|have|had)\s+been\s+asked\s+to)\s+(?:now\s+|then\s+|also\s+|next\s+)?"
    r"(?:submit|produce|prepare|publish|write|co-produce|return|re-?visit|"
    r"be\s+(?:\w+\s+and\s+)?(?:monitored|submitted|published|reviewed|re-?visited|inspected|updated|in\s+post|"
    r"appointed|recruited|presented|held|in\s+place))\b",
    re.IGNORECASE)


# A commitment with a date: "A new network will be launched by March 2024", "a manager would be in post by
# January": what someone will do, not what was found.
MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
         r"autumn|winter|the\s+end\s+of)")
COMMITMENT = re.compile(
    rf"\b(?:will|would|shall|(?:is|are)\s+(?:due|expected|planned)\s+to)\s+(?!not\b)[^.;:]{{0,80}}?\b"
    rf"(?:by|from|in|before)\s+(?:the\s+end\s+of\s+)?{MONTH}\b",
    re.IGNORECASE)


# When the next inspection or review comes: "The next full inspection ... will usually take place within five
# years.", "A further re-visit is due in 2026." (a news release's or letter's closing line, not a finding).
NEXT_VISIT = re.compile(
    r"\b(?:next|further|another|follow-up)\s+(?:full\s+|area\s+|send\s+|local\s+area\s+)*(?:inspection|re-?visit|review|"
    r"monitoring\s+(?:visit|inspection))\b[^.;:]{0,80}?\b(?:will|would|is\s+(?:due|expected|planned)|takes?\s+place)\b",
    re.IGNORECASE)
# Where to ask: "For media enquiries please contact ...", "Press office: ...", "email ...@...": page furniture.
CONTACT = re.compile(
    r"\b(?:(?:media|press|further)\s+enquiries|please\s+(?:contact|call|email|e-mail)|press\s+office|"
    r"contact\s+(?:us|the\s+(?:[\w-]+\s+){0,2}(?:team|office|service)))\b|@[\w-]+\.",
    re.IGNORECASE)


# Someone asking for the statutory plan: "the DfE and NHS England have asked the council to submit an
# Accelerated Progress Plan", "Ofsted required the area to produce a written statement of action".
PLAN_REQUESTED = re.compile(
    r"\b(?:asked|asks|required|requires|directed|directs|instructed|told)\s+[^.;:]{0,80}?\bto\s+(?:now\s+)?"
    r"(?:submit|produce|prepare|write|co-produce)\b",
    re.IGNORECASE)


# ... or the plan required outright: "the Department requires an Accelerated Progress Plan", "NHS England have required
# this APP", "a written statement of action is required": a requirement placed on the area, not what was found
PLAN_REQUIRED = re.compile(
    r"\b(?:requires?|required|directs?|directed)\s+(?:(?:this|that|an?|the|its|a\s+new)\s+)?"
    r"(?:accelerated\s+progress\s+plan|app|written\s+statement\s+of\s+action|wsoa|priority\s+action\s+plan|"
    r"improvement\s+plan)\b"
    r"|\b(?:an?|the)\s+(?:accelerated\s+progress\s+plan|app|written\s+statement\s+of\s+action|wsoa)\s+"
    r"(?:\([^)]{0,10}\)\s+)?(?:is|was|will\s+be)\s+required\b",
    re.IGNORECASE)
# An intro to what a statutory direction or an improvement notice requires of the council ("The direction requires
# the Council to:"): the requirements placed on the area, not the inspection's findings.
REQUIREMENTS_INTRO = re.compile(
    r"\b(?:direction|secretary\s+of\s+state|improvement\s+notice|minister)\b[^.:;]{0,40}?\b(?:requires?|required|"
    r"directs?|directed|instructs?)\b[^.:;]{0,60}?\bto\s*:?\s*$", re.IGNORECASE)


def is_next_step(text: str) -> bool:
    return bool(NEXT_STEP.search(text) or COMMITMENT.search(text) or NEXT_VISIT.search(text)
                or PLAN_REQUESTED.search(text))


# A member's question or concern in the debate, written as its own point: "Councillor Ahmed asked how ...",
# "A Member queried whether ...", "Cllr Jones expressed concern about ...": never an inspection's finding.
MEMBER_SPEAKS = re.compile(
    r"^\W{0,3}(?:(?:a|one|another|the|several|some)\s+)?(?:councillors?|cllrs?\.?|members?|the\s+chair(?:man)?|"
    r"(?:vice-|co-opted\s+)?chair|co-opted\s+members?)\b[^.;:]{0,50}?\b"
    r"(?:asked|queried|enquired|inquired|questioned|raised|expressed|voiced|sought|wanted\s+to\s+know|"
    r"commented|noted|said|suggested|welcomed)\b",
    re.IGNORECASE)


def is_contact(text: str) -> bool:
    return bool(CONTACT.search(text))


# Praise an inspection reported beside its findings: "leaders now have an accurate understanding of ...",
# "families are much more positive about ...", "the quality of plans has improved".
PRAISE = re.compile(
    r"\b(?:now\s+(?:have|has|know|knows|understand|understands|receive|receives|get|gets|work|works)|"
    r"(?:has|have|had)\s+(?:greatly\s+|much\s+|significantly\s+)?improved|much\s+more\s+positive|"
    r"an?\s+(?:accurate|clear|strong|good)\s+understanding)\b",
    re.IGNORECASE)
# "what is working and what is not", "what works and what does not", "its strengths and weaknesses": knowing
# both is praise, not a shortfall; nor is knowing the weaknesses ("an accurate understanding of the area's weaknesses")
WORKING_OR_NOT = re.compile(
    r"\bwhat\s+(?:is\s+working|works|worked|was\s+working)\s+(?:well\s+)?and\s+what\s+"
    r"(?:is\s*n[o’']t|does\s*n[o’']t|did\s*n[o’']t|was\s*n[o’']t)(?:\s+working|\s+work)?\b"
    r"|\bstrengths\s+and\s+(?:weaknesses|areas\s+(?:for|of)\s+(?:improvement|development))\b"
    r"|\b(?:understanding|knowledge|awareness)\s+of\s+(?:(?:the|its|their|our|local)\s+|[\w-]+[’']s?\s+){0,3}"
    r"(?:(?:main|key|remaining)\s+)?(?:weaknesses|shortcomings|areas\s+(?:for|of)\s+(?:improvement|development))\b",
    re.IGNORECASE)


# Better than before: "leaders have a much better understanding of ...", "a far stronger grip ... than at the
# time of the inspection" (a comparison with the inspection is a re-visit's praise, unless it is still needed).
COMPARED_BETTER = re.compile(
    r"\b(?:much|far|significantly|considerably|markedly)\s+(?:better|stronger|clearer|more\s+accurate)\b"
    r"|\bthan\s+(?:at\s+the\s+time\s+of|before|at|during)\s+the\s+(?:\w+\s+)?(?:inspection|re-?visit|visit)\b",
    re.IGNORECASE)


def is_praise(text: str) -> bool:
    """The item praises: it says what is now better, and states no shortfall besides."""
    better = PRAISE.search(text) or COMPARED_BETTER.search(text) and not MODAL.search(text)
    return bool(better) and not states_shortfall(WORKING_OR_NOT.sub(" ", text))


# A finding is named as a thing: "the timeliness of plans", "poor communication with families", "waits for ...".
# A notice's header block read as prose: "Decision reference: EX/24/1 Key decision: Yes Decision ...".
FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][\w ]{2,30}:\s+(?=\S)")


# A decision record's own fields: "Alternative options considered and rejected: ...", "Reasons for the decision: ...",
# "Options considered: ...": why the body decided as it did, not what an inspection found.
DECISION_FIELD = re.compile(
    r"^\W{0,2}(?:(?:any\s+)?(?:alternative|other)\s+options?|options?\s+(?:considered|rejected)"
    r"|reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))\b[^:.]{0,40}:",
    re.IGNORECASE)


def is_header_block(text: str) -> bool:
    """Two or more "Label: value" fields in one item: a form's header, not a finding."""
    return len(FIELD_LABEL.findall(text)) >= 2


NOUN_PHRASE = re.compile(
    r"^(?:the|a|an|their|its|some|many|too\s+(?:many|few|much)|poor|weak|low|high|long|limited|slow|late|"
    r"inconsistent|variable|insufficient|inadequate|ineffective|unclear|lack|gaps?|waits?|waiting|delays?|"
    r"(?:improving|reducing|developing|strengthening|increasing)\s+(?:the\s+)?\w+)\b",  # "reducing exclusions"
    re.IGNORECASE)
# An item that sets what follows beside the list as a whole: "In addition to the areas for improvement, ...", "As
# well as these weaknesses, ...": the next paragraph's opening, run on below the last item.
BESIDE_THE_LIST = re.compile(
    r"^(?:in\s+addition\s+to|as\s+well\s+as|besides|alongside|apart\s+from)\s+(?:the|these|those|all)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:areas?|weakness(?:es)?|priority\s+actions?|concerns|findings|improvements)\b",
    re.IGNORECASE)
# An item that only cites other items by their markers: "addressing c) and e)", "areas 2 and 4", "(i) and (iii)",
# "weaknesses one and three": a verdict on findings listed elsewhere, not another finding.
_CITED = r"(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}|one|two|three|four|five|six)"
CITES_ITEMS = re.compile(
    rf"^(?:\w+ing\s+)?(?:(?:the\s+)?(?:areas?|items?|weakness(?:es)?|points?|concerns?|priorities)\s+)?{_CITED}"
    rf"(?:\s*(?:,|and|&|or)\s*(?:and\s+)?{_CITED})*\s*[.;,]?\s*$"
    # "the first three are the priority actions", "the last two are areas for improvement": which items are which
    r"|^(?:the\s+)?(?:first|last|final|remaining|other|next)\s+(?:\d{1,2}|one|two|three|four|five|six)\s+"
    r"(?:are|were|is|was)\b"
    # "the other three, which are the subject of the plan", "the remaining two areas": findings named by their count
    r"|^(?:the\s+)?(?:remaining|other)\s+(?:\d{1,2}|two|three|four|five|six)"
    r"(?:\s+(?:areas?|weakness(?:es)?|concerns?|priorities|findings))?\s*(?:,|$|\bwhich\b)",
    re.IGNORECASE)
# What all the findings are about, not one of them: "the way the city supports children and young people
# with SEND", "how well the area meets the needs of children" (but "the way leaders check plans" is one).
# ("the effectiveness of the area in meeting the needs of ...": what the concerns are about overall)
SCOPE_PHRASE = re.compile(
    r"^(?:the\s+ways?\s+(?:in\s+which\s+|that\s+)?|how\s+(?:well\s+|effectively\s+)?|"
    r"the\s+(?:overall\s+)?(?:effectiveness|ability)\s+of\s+)"
    r"(?:the\s+|its\s+)?(?:local\s+)?(?:city|county|borough|council|area|partnership|authority|system)\s+"
    r"(?:\w+\s+){0,2}?(?:supports?|meets?|serves?|works?\s+with|identifies\s+and\s+meets|provides\s+for|"
    r"(?:in|at)\s+(?:meeting|supporting|serving|identifying\s+and\s+meeting|providing\s+for)|"
    r"to\s+(?:meet|support|serve|identify\s+and\s+meet))\s+"
    r"(?:the\s+needs\s+of\s+)?(?:its\s+|their\s+)?(?:children|young\s+people|families|pupils|learners)\b",
    re.IGNORECASE)


# Who speaks just before an item: the last reporting or speech verb and its subject.
SPEECH_VERB = re.compile(
    rf"\b(?:{REPORTING_VERB}|accepted|acknowledged|agreed|explained|confirmed|added|felt|suggested|believed|"
    r"thought|argued|admitted|assured|responded|replied|told)\b",
    re.IGNORECASE)
SPEAKER_SOURCE = re.compile(
    r"\b(?:ofsted|cqc|inspect(?:ion|ions|ors?)|hmci|re-?visit|letter|report|review|stocktake|dfe|"
    r"department\s+for\s+education|nhs\s+england|they|it)\b(?:\s*\([^)]{0,40}\))?\s+(?:[\w/’'-]+\s+){0,3}$",
    re.IGNORECASE)


# The monitors of a plan, not the inspection: the DfE's and NHS England's advisers at a review meeting ("at the second
# review advisers noted that ...", "The DfE SEND Adviser and the NHS England lead recorded ...", "the advisers asked the
# partnership to ..."). What they say is commentary on progress since the findings, or what they ask for next, never
# the inspection's finding: the speaker the verb's subject ends with, a few words before it.
MONITOR_SPEAKER = re.compile(
    r"\badvis[eo]rs?\b(?:\s*\([^)]{0,40}\))?(?:\s+(?:from|of)\s+(?:the\s+)?(?:dfe|department\s+for\s+education|"
    r"nhs\s+england)(?:\s+and\s+(?:the\s+)?(?:dfe|nhs\s+england))?)?"
    r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:leads?|advis[eo]rs?|officers?|colleagues?))?,?\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE)
# what a monitor asks or records, besides the reporting verbs
MONITOR_VERB = re.compile(r"\b(?:asked|requested|wanted|expected|recorded|were\s+(?:positive|pleased|concerned))\b",
                          re.IGNORECASE)


def monitor_speaks(before: str) -> bool:
    """The last verb of speech or request before an item has a plan's monitors, the DfE's or NHS England's
    advisers, as its subject (see ``MONITOR_SPEAKER``): their commentary on progress or their request."""
    if "dvis" not in before:
        return False
    verbs = list(SPEECH_VERB.finditer(before)) + list(MONITOR_VERB.finditer(before))
    if not verbs:
        return False
    verb = max(verbs, key=lambda found: found.start())
    return bool(MONITOR_SPEAKER.search(before[max(0, verb.start() - 120):verb.start()]))


DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our|no)\s+$", re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|whom)\s+[^,;:]*$", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE)


def last_speaker(before: str) -> str | None:
    """"inspection" when the last reporting verb before an item has an inspection (or "they")
    as its subject, "monitor" when a plan's monitors (``MONITOR_SPEAKER``) do, "someone" when another speaker's verb does ("The Director accepted that"),
    None when no such verb comes before the item or it is passive ("were identified")."""
    # (a verb inside a relative clause, "X, which many parents found hard to use", describes an earlier item)
    # (nor does a participle after a determiner, "an agreed pathway", "the accepted plan": an adjective)
    verbs = [verb for verb in SPEECH_VERB.finditer(before)
             if not RELATIVE_CLAUSE.search(before, max(0, verb.start() - 60), verb.start())
             and not DETERMINER_BEFORE.search(before, max(0, verb.start() - 8), verb.start())]
    if not verbs:
        return None
    verb = verbs[-1]
    if PASSIVE.search(before, max(0, verb.start() - 30), verb.start()):
        return None  # "two areas were identified, namely ...": nobody is speaking
    if "dvis" in before and MONITOR_SPEAKER.search(before[max(0, verb.start() - 120):verb.start()]):
        return "monitor"  # "at the review, advisers noted that": commentary on progress, not the inspection
    return "inspection" if SPEAKER_SOURCE.search(before[max(0, verb.start() - 90):verb.start()]) else "someone"


# A clause whose subject is a pronoun standing for what the sentence named before it ("advisers judged
# that progress was being made but that it was not yet consistent"): a remark on that, not a finding.
PRONOUN_SUBJECT = re.compile(
    r"^(?:it|this)\s+(?:(?:was|is|had|has|remained|remains|did|does)\b)"
    # ... or a finding named by a demonstrative: "this priority action has not yet been fully addressed" judges
    # the finding just set out, it is not another
    r"|^(?:this|that|these|those|each\s+of\s+these)\s+(?:(?:significant\s+)?(?:priority\s+actions?|weakness(?:es)?|"
    r"areas?(?:\s+(?:for|of)\s+(?:improvement|weakness|concern))?|concerns?|findings?))\s+"
    r"(?:has|have|had|is|are|was|were|remains?|remained)\b",
    re.IGNORECASE)


# A report's ordinary sentence ("The council has written to parents.", "A plan will go to Cabinet."),
# as opposed to a finding named as a thing ("The lack of a joint commissioning strategy.").
AUXILIARY = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|shall|may|did|does|do)\b", re.IGNORECASE)


def is_plain_statement(text: str) -> bool:
    """A sentence with a verb that neither judges provision nor says what should change."""
    return bool(AUXILIARY.search(text)) and not reads_as_finding(text)


# A re-visit's verdict set as an item of its own under each weakness ("• Re-visit: sufficient progress.",
# "- Verdict: not enough progress", "Outcome: insufficient progress made"): it judges the item above, it is
# not another one.
VERDICT_LINE = re.compile(
    r"^\W*(?:re-?visit|verdict|progress|judgement|judgment|outcome|status)(?:\s+(?:verdict|judgement|outcome|finding))?"
    r"\s*[:–—-]\s*(?:[\w-]+\s+){0,3}?progress\b[^.;:]{0,30}\.?\s*$", re.IGNORECASE)


# "three of the significant weaknesses identified in 2018 had not been addressed", "we needed to address five areas
# of significant weakness": a candidate that counts the findings speaks about them; no finding counts its fellows.
COUNTED_FINDINGS = re.compile(
    rf"\b{COUNT}\s+(?:(?:out\s+)?of\s+(?:the|its|their|these|those)\s+(?:{COUNT}\s+)?)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:weakness(?:es)?|areas?\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:weakness(?:es)?|improvement|concern|priority)"
    r"|priority\s+actions?)\b",
    re.IGNORECASE)


def counts_findings(text: str) -> bool:
    lower = text.lower()  # the cheap test first: a word of the findings' names
    return ("weakness" in lower or "improvement" in lower or "priority" in lower) \
        and bool(COUNTED_FINDINGS.search(text))


# Whom counted findings are for, between them and the colon over them: "two priority actions for the partnership:"
# (not "answers the two priority actions in two ways:", whose colon opens the ways).
PARTY_TO_COLON = re.compile(r"(?:\s+(?:for|to|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s*$", re.IGNORECASE)


def counted_over_colon(head: str) -> bool:
    """The clause before a colon ends by counting the findings, so what the colon opens is them."""
    if not counts_findings(head):
        return False
    last = None
    for last in COUNTED_FINDINGS.finditer(head):
        pass
    return last is not None and PARTY_TO_COLON.fullmatch(head, last.end()) is not None


# A paragraph reporting change since the findings, not a finding: figures that moved ("has risen from 9% to 38%",
# "fell from 1,412 to 604", "up from 19%"), or what has been done since ("two units opened in September", "every
# family now has a named worker"). A finding may give one figure; a progress note gives the movement.
MOVED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|steadily\s+|sharply\s+)?(?:risen|fallen|increased|decreased|"
    r"reduced|improved|dropped|grown|halved|doubled|declined)"
    r"|(?:rose|fell|dropped|increased|decreased|reduced|improved|declined)\s+(?:from|to|by)\s"
    r"|(?:up|down)\s+from\s+[\d£]"
    r"|from\s+£?[\d,.]+\s*%?[^.;]{0,60}?\bto\s+£?[\d,.]+\s*%?)", re.IGNORECASE)
# ... the movement alone, figures from one value to another: a single clause of a progress report ("the waiting list
# had fallen from 1,420 in April to 980"), which no finding states (a finding gives where things stand)
MOVED_FIGURES = re.compile(
    r"\b(?:(?:rose|fell|risen|fallen|increased|decreased|reduced|improved|dropped|declined)\s+from\s+£?\d"
    r"|(?:up|down)\s+from\s+[\d£]"
    r"|from\s+£?\d[\d,.]*\s*%?(?:\s+in\s+\w+(?:\s+\d{4})?)?\s+to\s+£?\d)", re.IGNORECASE)
SINCE_DONE = re.compile(
    r"\b(?:now\s+(?:has|have)\b|(?:opened|launched|went\s+live|was\s+(?:launched|opened|appointed|introduced))"
    r"\s+(?:in|on)\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))",
    re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def reports_progress(text: str) -> bool:
    """An item of two sentences or more that reports movement or what has been done since (see ``MOVED``): a
    progress note under an area's title or the narrative around the findings, not a finding stated."""
    return bool(SENTENCE_END.search(text)) and ("from" in text or "ha" in text or "now" in text or "ed " in text) \
        and bool(MOVED.search(text) or SINCE_DONE.search(text))


# An item that is only a category's or a column's name ("| Area of significant weakness", "Area for improvement 1,
# 3", "Lead"): a table's header cell or a cross-reference, not a finding.
CATEGORY_ONLY = re.compile(
    r"^[\W\d]*(?:(?:key\s+|main\s+)?(?:areas?|priorit(?:y|ies))\s+(?:of|for)\s+(?:significant\s+)?(?:weakness(?:es)?|"
    r"improvements?|concerns?|actions?)|(?:areas?\s+of\s+)?significant\s+weakness(?:es)?|weakness(?:es)?|"
    r"priority\s+actions?|recommendations?|findings?|lead(?:\s+officer)?|ref(?:erence)?|actions?|owner|timescales?|"
    r"rag(?:\s+rating)?|status|progress)(?:\s*\(?[\d\s,&and]*\)?)?\W*$", re.IGNORECASE)


# A plan's action row read across its cells: one cell is a date ("| Jun 2021 |", "| 31 May 2025 |", "| Q3 2024/25"),
# the row's deadline; a finding's row gives no date (at most a RAG rating beside it).
DATE_CELL = re.compile(
    r"^\s*(?:(?:by|end(?:\s+of)?)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)[a-z]*\.?\s+\d{2,4}|q[1-4]\s+\d{4}(?:/\d{2,4})?|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s+(?:onwards|and\s+ongoing))?(?:\s|$)", re.IGNORECASE)


def is_action_row(text: str) -> bool:
    """Cells joined by " | " of which one (not the first) opens with a date."""
    if " | " not in text:
        return False
    return any(DATE_CELL.match(cell) for cell in text.split("|")[1:])
