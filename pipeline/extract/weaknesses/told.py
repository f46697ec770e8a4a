"""Findings told sentence by sentence, the cue inside each sentence rather than in a list's intro.

A page retelling an inspection's outcome often gives one finding (or two) per sentence, each
sentence carrying its own cue, and refers back to the inspection with a pronoun:

- "At that inspection, the inspectors were concerned that X. They were also concerned that Y,
  and that Z. Finally, they were concerned that W.": each "that" clause is one finding, split
  only where "that" repeats, never at every "and" or comma inside a finding;
- "They also found that A and that B." right after a sentence in which inspectors found or were
  concerned: "they" is the inspection, so the clauses are its findings; so is a sentence judging provision
  that opens "In addition," ("Furthermore,", "Moreover,") right after one;
- "Inspectors identified two areas in which the partnership should improve. The first was that
  leaders should ... The second was that ...", "Firstly, ..."): ordinal sentences after one
  announcing the areas;
- "The inspectors made two recommendations: that X, and that Y": an inspection's recommendations are its
  areas for improvement (a committee report's own recommendations never are);
- "The letter also asked the ICB to improve X.", "They also asked leaders to improve A, and B.": what an
  inspection asks someone to improve is an area for improvement (the 2023 framework's way of putting it);
- "The priority actions are that X, and that Y.", "... identified two areas for priority action, which
  were that X, and that Y": the findings named, then told as clauses.

These readers only propose; ``prose`` weighs each item with ``decide.sentence_evidence``.
"""

from __future__ import annotations

import re

from pipeline.extract.weaknesses import cues, item_cues
from pipeline.extract.weaknesses.enumerations import CONTRAST, Sentence, piece, split_enumeration
from pipeline.extract.weaknesses.sentences import (
    GENERIC_AREAS, REPORTING_WORD, REPORTING_WORDS, attributed, attributed_at, has_source_near, that_clauses,
)
from pipeline.extract.weaknesses.text import Found

# "inspectors were (also / particularly) concerned that X": the finder's judgement, clause by clause.
CONCERNED_THAT = re.compile(
    r"\b(?:(?:was|were|are|is|had\s+been|have\s+been|remained|remain)\s+"
    r"(?:(?:also|particularly|especially|most|further|still|seriously|deeply|rightly)\s+)*(?:concerned|worried)"
    # "inspectors (also) raised concerns that X"
    r"|(?:raised|expressed|voiced|had|noted|recorded|shared)\s+(?:(?:also|a|some|serious|significant|particular|"
    r"further|their)\s+)*concerns?)\s+that\s+(?=\w)",
    re.IGNORECASE)
# "They (also) found that ...": a pronoun standing for the finder of the sentence before.
PRONOUN_VERB_THAT = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|but|also|finally|further|however)\s+)(?:they|it)\s+(?:(?:also|further|had|have|has)\s+)*"
    rf"{REPORTING_WORD.pattern}\s+that\s+(?=\w)",
    re.IGNORECASE)
PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)\W*(?:they|it)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "The first was that ...", "The second area related to ...", "The final one is that ...", "Secondly, ...".
ORDINAL = re.compile(
    r"^\W*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|final|last|other|remaining)"
    r"(?:\s+and\s+(?:final|last))?\s+"  # "The third and final area was that ..."
    r"(?:(?:one|area|weakness|concern|finding|priority|improvement|area\s+for\s+improvement|"
    r"area\s+of\s+(?:significant\s+)?(?:weakness|concern))\s+)?"
    r"(?:was|is|were|are|related\s+to|relates\s+to|concerned|concerns)\s+(?:that\s+)?"
    r"|(?:one|another|the\s+other)\s+(?:(?:area|weakness|concern|finding|priority)\s+)?(?:was|is)\s+that\s+"
    # "One was the late issue of plans. Another was ... A further area was ...": a named thing, or a "that" clause
    r"|(?:one|another|the\s+other|a\s+(?:further|final))\s+(?:(?:area|weakness|concern|finding|priority)\s+)?"
    r"(?:was|is)\s+(?:that\s+)?(?=(?:the|a|an|their|its|too|poor|weak|low|long|limited|slow|late|inconsistent)\b)"
    r"|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly),\s+(?:that\s+)?)(?=\w)",
    re.IGNORECASE)
# "One was that X; the other was that Y": a second ordinal inside the sentence, after a semicolon; or with the
# verb elided after the first ("The first concerned X; the second, Y; and the third, Z").
ELIDED_ORDINAL = r"(?:the\s+)?(?:second|third|fourth|fifth|sixth|final|last|other)(?:\s+one)?\s*,\s+(?:that\s+)?(?=\w)"
NEXT_ORDINAL = re.compile(r";\s+(?:and\s+)?(?=" + ORDINAL.pattern[len(r"^\W*"):] + "|" + ELIDED_ORDINAL + ")",
                          re.IGNORECASE)
ELIDED = re.compile(ELIDED_ORDINAL, re.IGNORECASE)
# "The priority actions are that X and that Y": the findings named, then told as "that" clauses.
NAMED_THAT = re.compile(
    r"\b(?:areas?\s+(?:of|for)\s+(?:significant\s+)?(?:weakness(?:es)?|concerns?|improvement|priority\s+action)|"
    r"(?:significant\s+)?weakness(?:es)?|priority\s+actions?|concerns?|improvements?\s+needed)"
    r"(?:\s*,\s*(?:which|that))?\s+"  # "two areas for priority action, which were that X, and that Y"
    r"(?:(?:identified|found|named|raised|set\s+out)\s+)?(?:(?:in|by)\s+(?:the\s+)?[\w\s]{0,30}?\s+)?"
    r"(?:are|were|is|was)(?:\s*,\s*first(?:ly)?\s*,)?\s+that\s+(?=\w)",  # "are, first, that X; and second, that Y"
    re.IGNORECASE)
# "The inspectors made two recommendations: that X, and that Y", "the letter recommended that X and that Y":
# the 2023 framework's areas for improvement, told as what an inspection recommends (never a committee
# report's own recommendations: the finder must be the inspection or its letter).
RECOMMENDS = re.compile(
    r"\b(?:inspectors?|inspection|ofsted|cqc|(?:inspection\s+|outcome\s+)?letter)\b(?:\s+(?:had|have|has|also|then))*\s+"
    r"(?:recommended\s+that|(?:made|set\s+out|gave|included)\s+(?:(?:\w+|\d{1,2})\s+)?(?:further\s+)?recommendations?"
    r"(?:\s*[:,]\s*(?:(?:which|these)\s+(?:were|are)\s*:?\s*)?|\s+(?:which|these)\s+(?:were|are)\s*:?\s*)(?:that\s+)?)"
    r"\s*(?=\w)",
    re.IGNORECASE)
# The same as a list's intro: "The inspectors made two recommendations:", "Ofsted recommended the following:".
RECOMMENDS_INTRO = re.compile(
    r"\b(?:inspectors?|inspection|ofsted|cqc|(?:inspection\s+|outcome\s+)?letter)\b(?:\s+(?:had|have|has|also|then))*\s+"
    r"(?:recommended|(?:made|set\s+out|gave|included)\s+(?:(?:\w+|\d{1,2})\s+)?(?:further\s+)?recommendations?)"
    r"(?:\s+(?:as\s+follows|the\s+following|which\s+(?:were|are)))?"
    r"(?:\s+that\s+(?:we|leaders|the\s+(?:local\s+)?(?:area|partnership|council|icb)))?\s*[:.]?\s*$",  # "... that we:"
    re.IGNORECASE)
# The SPEAKER cue: an inspection (its inspectors, report or letter) is the subject of a verb of asking, and the
# intro ends where its list begins: "In their report, inspectors recommend that the partnership:", "Ofsted asked
# that leaders:", "The letter requires the council and the ICB to:", "The inspectors want leaders to:". What an
# inspection asks for is what must improve, whatever the list's words; who is asked may be anyone.
REQUEST_VERB = (r"(?:recommend(?:s|ed)?|ask(?:s|ed)?|want(?:s|ed)?|requires?|required|expect(?:s|ed)?|urge[sd]?"
                r"|call(?:s|ed)\s+(?:on|upon)|direct(?:s|ed)?)")  # (not "told us that": a report)
REQUESTS_INTRO = re.compile(
    # (a bare "report" may be the committee's own: "This report recommends that Cabinet:")
    r"\b(?:inspectors?|inspection|ofsted|cqc|(?:(?:inspection|outcome|re-?visit|inspectors[’']?|ofsted[’']s)\s+)report"
    r"|letter)\b"
    r"(?:\s*\([^)]{0,40}\)|\s*,[^,:;()]{1,60},)?(?:\s+(?:had|have|has|also|then|further|now|clearly))*\s+"
    rf"{REQUEST_VERB}(?:\s+[\w’'&-]+){{0,9}}\s*(?::|\s[–-])\s*$",  # who is asked, "to", "the following"
    re.IGNORECASE)
# A bare "the report" asking the area's own leaders, not a committee, is the inspection's: "The report asks
# leaders to:", "The report asked the partnership to:", "The report also wants the local area and the ICB to:"
# ("This report asks the Committee to:" asks its readers).
AREA_ASKED = (r"(?:(?:the\s+)?(?:area[’']?s?\s+|local\s+area\s+|partnership\s+|system\s+|senior\s+)?leaders"
              r"|the\s+(?:local\s+area(?:\s+partnership)?|area|partnership|partners)|us|we)")
REPORT_ASKS_AREA = re.compile(
    rf"\bthe\s+report\s+(?:(?:also|further|now|clearly)\s+)?{REQUEST_VERB}\s+(?:that\s+)?{AREA_ASKED}"
    r"(?:\s+and\s+(?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)?(?:\s+(?:should|must))?(?:\s+to)?\s*:\s*$",
    re.IGNORECASE)
# The 2023 framework's asks, listed under an intro whose last words are the area's leaders or the partnership (placed
# or joined: "leaders across the council, the NHS and schools", "the ICB and the local authority") and the ask: a
# modal ("Leaders across the partnership should:", "the partnership needs to:", "Inspectors said that leaders
# should:"), a passive ask ("leaders were told that they should:", "the partnership was asked to:"), or an inspection
# asking them ("The report asks leaders across the partnership to:"). The items are then the areas for improvement or
# priority action as written, lower-case verb phrases. (Not the council or the local authority alone: a committee
# report's "the Council should:" is its own recommendation; not "we": the council's next steps.)
AREA_ADDRESSEE = (rf"(?:{cues.AREA_LEADERS}|the\s+(?:local\s+area\s+)?partnership|the\s+(?:local\s+)?area|(?:the\s+)?icb"
                  r"|(?:the\s+)?integrated\s+care\s+board)"
                  r"(?:\s+(?:across|in|at|from|of|within)\s+[^.;:]{1,90}?)?"
                  r"(?:\s+and\s+(?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)?")
AREA_MODAL_INTRO = re.compile(
    rf"(?:^|\bthat\s+|,\s+|:\s+){AREA_ADDRESSEE}\s+"
    r"(?:should|must|needs?\s+to|(?:was|were)\s+to|(?:was|were|has\s+been|have\s+been)\s+(?:told|asked|required|advised)"
    r"\s+(?:that\s+(?:they|it)\s+(?:should|must|needs?\s+to)|to))\s*:\s*$",
    re.IGNORECASE)
AREA_ASKED_INTRO = re.compile(
    rf"\b(?:the\s+(?:inspection\s+)?report|inspectors?|inspection|ofsted|cqc|(?:the|their|its)\s+letter)\b[^.;:]{{0,60}}?\b"
    rf"{REQUEST_VERB}\s+(?:that\s+)?{AREA_ADDRESSEE}(?:\s+(?:should|must))?(?:\s+to)?\s*:\s*$",
    re.IGNORECASE)
# What says the asks above a modal intro are the inspection's (2023) areas: the framework's names for them or its
# outcomes, or a speaker for the inspection.
FRAMEWORK_ASKS = re.compile(
    r"\bareas?\s+for\s+(?:priority\s+action|improvement)|\bpriority\s+actions?\b|\b(?:inconsistent|positive)\s+"
    r"experiences\s+and\s+outcomes|\bwidespread\s+and/or\s+systemic|\binspectors?\b|\b(?:inspection|ofsted|cqc)\b"
    r"|\bthe\s+report\b",
    re.IGNORECASE)

MONITOR_NAMED = re.compile(r"\b(?:advis[eo]rs?|dfe|department\s+for\s+education|nhs\s+england)\b", re.IGNORECASE)


def asks_of_area(previous: str, last: str) -> bool:
    """``last`` (an intro) lists what the inspection asks of the area's leaders (see ``AREA_MODAL_INTRO``): an
    inspection asks them, or the intro or the sentence before speaks of the inspection or its 2023 areas; not what the
    DfE's or NHS England's advisers asked for at a review (a monitor's requests)."""
    if ":" not in last[-3:] or MONITOR_NAMED.search(last):
        return False
    if AREA_ASKED_INTRO.search(last) and not re.search(r"\bthis\s+report\b", last, re.IGNORECASE):
        return True
    return bool(AREA_MODAL_INTRO.search(last)) and bool(FRAMEWORK_ASKS.search(previous[-400:] + " " + last))


# "Inspectors were particularly concerned about:": the finder's concerns, listed below.
CONCERNED_INTRO = re.compile(
    r"\b(?:inspectors?|inspection|ofsted|cqc|letter|report|review)\b[^.;:]{0,40}?\b(?:was|were|are|is|remained|remain)\s+"
    r"(?:(?:also|particularly|especially|most|still|seriously|deeply)\s+)*(?:concerned|worried)\s+(?:about|by|with|over|that)"
    r"\s*:\s*[-–]?$",
    re.IGNORECASE)
# ... or concerned about something: a finder's judgement too, for the pronoun of the next sentence
CONCERNED = re.compile(CONCERNED_THAT.pattern.replace(r"\s+that\s+(?=\w)", r"\s+(?:that|about|by|with|at|over)\s+(?=\w)"),
                       re.IGNORECASE)
# An additive opener: the sentence goes on with what the sentence before reported ("In addition, X", "Furthermore, Y").
ADDED = re.compile(r"^(?:in\s+addition|additionally|furthermore|moreover|also)\s*,\s+(?=\w)", re.IGNORECASE)
ANNOUNCED_WITHIN = 2  # sentences read back from the first ordinal for the one announcing the areas


def inspection_judges(sentences: list[Sentence], index: int) -> bool:
    """In this sentence an inspection finds or is concerned: a reporting verb or "concerned that"
    with an inspection (not someone handling its report) as its subject."""
    sentence = sentences[index]
    if not sentence.mentions("concerned", "worried", *REPORTING_WORDS):
        return False  # the cheap test first: most sentences report nothing
    text = sentence.text
    if cues.is_debate(text):
        return False
    return any(attributed(text, verb) for verb in REPORTING_WORD.finditer(text)) \
        or any(attributed_at(text, match.start()) for match in CONCERNED.finditer(text))


def clauses(sentence: Sentence, start: int) -> list[Found]:
    """The "that" clauses from ``start``: "X, and that Y" -> X, Y; a contrast ends the last."""
    out: list[Found] = []
    for begin, end in that_clauses(sentence.text, start):
        contrast = CONTRAST.search(sentence.text, begin, end)
        item = piece(sentence, begin, contrast.start() if contrast else end)
        if item:
            out.append(item)
    return out


def concerned_that(sentences: list[Sentence]) -> list[Found]:
    """"Inspectors were concerned that X. They were also concerned that Y, and that Z.": each clause,
    when the subject is an inspection, or "they" right after a sentence in which one judged."""
    out: list[Found] = []
    judged = -2  # the last sentence in which an inspection found or was concerned
    for index, sentence in enumerate(sentences):
        if judged == index - 1 and (added := ADDED.match(sentence.text)):
            # "In addition, young people have too few ...": the finder's report goes on, if the sentence judges
            item = piece(sentence, added.end(), len(sentence.text))
            if item and cues.JUDGES_PROVISION.search(item.text) and not cues.is_progress_claim(item.text) \
                    and not cues.COUNCIL_VOICE.search(item.text):
                out.append(item)
                judged = index
                continue
        if not sentence.mentions("concerned", "worried", "that"):
            continue
        proposed = False
        for match in CONCERNED_THAT.finditer(sentence.text):
            by_inspection = attributed_at(sentence.text, match.start())
            by_pronoun = judged == index - 1 and PRONOUN_BEFORE.search(sentence.text[:match.start()])
            if (by_inspection or by_pronoun) and not cues.is_debate(sentence.text[:match.start()]):
                out.extend(clauses(sentence, match.end()))
                proposed = True
                break
        if not proposed and judged == index - 1 and (told := PRONOUN_VERB_THAT.search(sentence.text)):
            # "They also found that A and that B.": what was found may be praise, so each clause must judge
            found = [item for item in clauses(sentence, told.end())
                     if cues.states_shortfall(item.text) and not cues.is_progress_claim(item.text)]
            out.extend(found)
            proposed = bool(found)
        if proposed or inspection_judges(sentences, index):
            judged = index
    return out


def named_that(sentences: list[Sentence]) -> list[Found]:
    """"The two priority actions are that X, and that Y.": each clause, near an inspection."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions(" that ") or not cues.might_name_weakness(sentence.text):
            continue
        match = NAMED_THAT.search(sentence.text)
        if match and not cues.is_debate(sentence.text) and not cues.is_resolved(sentence.text[:match.start()]) \
                and has_source_near(sentences, index):
            out.extend(clauses(sentence, match.end()))
    return out


def ordinal_findings(sentences: list[Sentence]) -> list[Found]:
    """"... identified two areas in which the partnership should improve. The first was that X.
    The second was that Y.": each ordinal sentence's rest, after a sentence naming the areas."""
    out: list[Found] = []
    run_ends = -1  # index of the last ordinal sentence read in the current run
    for index, sentence in enumerate(sentences):
        match = ORDINAL.match(sentence.text)
        if not match:
            continue
        announced = run_ends >= index - 2 and run_ends >= 0 or any(
            cues.names_weakness(sentences[back].text) or cues.asks_for_change(sentences[back].text)
            for back in range(max(0, index - ANNOUNCED_WITHIN), index))
        if not announced or not has_source_near(sentences, index, 1200):
            continue
        start = match.end()
        for inner in list(NEXT_ORDINAL.finditer(sentence.text, start)) + [None]:
            item = piece(sentence, start, inner.start() if inner else len(sentence.text))
            if item:
                out.append(item)
                run_ends = index
            if inner:
                rest = sentence.text[inner.end():]
                start = (ORDINAL.match(rest) or ELIDED.match(rest)).end() + inner.end()
    return out


def recommended(sentences: list[Sentence]) -> list[Found]:
    """"Inspectors made two recommendations: that X, and that Y": each clause, or each item of a list
    the colon opens (semicolons), as the inspection's areas for improvement."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("recommend"):
            continue
        match = RECOMMENDS.search(sentence.text)
        if not match or cues.is_debate(sentence.text) or not has_source_near(sentences, index):
            continue
        rest = sentence.text[match.end():]
        if ";" in rest:
            out.extend(split_enumeration(sentence, match.end()))
        else:
            out.extend(clauses(sentence, match.end()))
    return out


# "The letter also asked the integrated care board to improve X", "They also asked leaders to improve A, and B",
# "Inspectors want the partnership to reduce X", "asked that leaders improve X", "asks leaders to make sure that X":
# the object of what the finder asks someone to improve, or the whole request to make sure
# (not "to improve in four areas", whose areas follow).
ASKED_TO = re.compile(
    r"\b(?:asked|asks|want|wants|wanted|urged|urges|called\s+on|told)\s+(?P<that>that\s+)?(?:the\s+|its\s+)?"
    r"(?P<who>[^.;:,]{1,60}?)\s+(?(that)(?:should\s+|must\s+)?|to\s+)(?:also\s+|further\s+)?(?:urgently\s+)?"
    r"(?P<verb>improve|address|reduce|strengthen|tackle|(?P<whole>ensure|make\s+sure))\s+"
    # (not "to tackle these matters:", "to improve in two areas": the findings follow; "to improve in two respects:
    # A, and B" names them after its colon, read below)
    r"(?!(?:in(?![^.;:]{1,40}:)|on|across|at|the\s+following|these|those|them|such|(?:\w+\s+)?(?:areas?|things|matters|issues)[\s:.])\b)(?=\w)",
    re.IGNORECASE)
# "It also asks leaders to improve three further areas: A, B, and C": the areas counted before a colon, named after it
# (an ask with a count and a colon needs no finder named in the sentence: the pronoun is the report's).
AREAS_AFTER_COLON = re.compile(
    r"(?:in\s+)?(?:(?:the\s+)?(?:following|\d{1,2}|two|three|four|five|six|further|other|more|additional|remaining|"
    r"key|main|specific)\s+){1,3}(?:areas?|aspects|respects|ways|things|matters)(?:\s+for\s+improvement)?\s*:\s*(?=\S)",
    re.IGNORECASE)
ASKED_WHO = re.compile(r"\b(?:leaders?|partnership|partners|area|council|authority|icb|integrated\s+care\s+board|"
                       r"commissioners|services?|health|trust)\b", re.IGNORECASE)
# (after a summing-up opener: "In summary, they require ...", "Overall, it asked ...")
PRONOUN_SUBJECT_BEFORE = re.compile(
    r"^\W*(?:(?:in\s+summary|in\s+short|in\s+brief|overall|together|taken\s+together|in\s+all),\s+)?"
    r"(?:they|it)\s+(?:(?:also|further|had|have|has)\s+)*$", re.IGNORECASE)
# "they require the partnership to A, to B, to C, and to D", "Ofsted expects leaders to A, to B and to C":
# one request per infinitive, whatever its verb, each item its clause without the "to".
ASKED_TO_EACH = re.compile(
    r"\b(?:asked|asks|asking|wants?|wanted|urged|urges|called\s+on|told|tells|requires?|required|expects?|expected)\s+"
    r"(?:the\s+|its\s+)?(?P<who>[^.;:,]{1,60}?)(?:,\s+first(?:ly)?,)?\s+to\s+(?=[\w'‘\"“])", re.IGNORECASE)
# ("asked leaders, firstly, to A; secondly, to B; and finally, to C": ordinal adverbs set the requests apart)
NEXT_INFINITIVE = re.compile(r"[,;]\s+(?:and\s+|or\s+)?(?:(?:second|third|fourth|fifth|last|final|next|then|also)(?:ly)?,\s+)?"
                             r"to\s+(?=[\w'‘\"“])|\s+and\s+to\s+(?=[\w'‘\"“])", re.IGNORECASE)  # (a request may be quoted)


# "The report says that leaders should improve A, B, and C": what a finder says someone should improve, told as a
# series of its objects (one object is a finding stated whole, other readers' to weigh).
SAYS_SHOULD = re.compile(
    r"\b(?:says?|said|states?|stated|found|finds|concluded|concludes|recommends?|recommended)\s+(?:that\s+)?"
    # (retold in the past: "Inspectors had found that the partnership needed to improve A, B and C")
    r"(?:the\s+|its\s+)?(?P<who>[^.;:,]{1,60}?)\s+(?:should|must|needs?\s+to|needed\s+to|had\s+to)\s+"
    r"(?:also\s+|further\s+)?(?:urgently\s+)?(?P<verb>improve|address|reduce|strengthen|tackle)\s+"
    r"(?!(?:in|on|across|at|the\s+following|these|those|them|such|(?:\w+\s+)?(?:areas?|things|matters|issues)[\s:.])\b)(?=\w)",
    re.IGNORECASE)
SERIES_ITEMS = 2


def said_should_improve(sentence: Sentence, index: int, sentences: list[Sentence]) -> list[Found]:
    """"The report says that leaders should improve A, B, and C": each object, when the sayer is an inspection's
    ("The letter states that", "Inspectors found that") and someone in the partnership should improve them."""
    if not sentence.mentions("should", "must", "need") \
            or not sentence.mentions("improve", "address", "reduce", "strengthen", "tackle"):
        return []
    match = SAYS_SHOULD.search(sentence.text)
    if not match or not ASKED_WHO.search(match["who"]) or not attributed_at(sentence.text, match.start()) \
            or cues.is_debate(sentence.text) or not has_source_near(sentences, index):
        return []
    items = [item for item in split_enumeration(sentence, match.end("verb") + 1) if not GENERIC_AREAS.match(item.text)]
    return items if len(items) >= SERIES_ITEMS else []


def asked_to_improve(sentences: list[Sentence]) -> list[Found]:
    """"The letter also asked the ICB to improve X": each item of the object, when an inspection asks
    (or "they" right after a sentence in which one found or named weaknesses) and someone in the
    partnership is asked."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("ask", "want", "urge", "called on", "told", "tells", "require", "expect"):
            out.extend(said_should_improve(sentence, index, sentences))
            continue
        match = ASKED_TO.search(sentence.text)
        # (the cheap test first: an enumeration of infinitives repeats its "to")
        each = ASKED_TO_EACH.search(sentence.text) if sentence.mentions(", to ", "; to ", " and to ") else None
        infinitives = list(NEXT_INFINITIVE.finditer(sentence.text, each.end())) if each else []
        if infinitives and ASKED_WHO.search(each["who"]):
            match = each  # "to A, to B, and to C": the infinitives are the items
        elif not match or not ASKED_WHO.search(match["who"]):
            continue
        if cues.is_debate(sentence.text):
            continue
        counted = AREAS_AFTER_COLON.match(sentence.text, match.end()) if match is not each and not match["whole"] \
            and ":" in sentence.text else None
        if counted:
            if (PRONOUN_SUBJECT_BEFORE.match(sentence.text[:match.start()]) or attributed_at(sentence.text, match.start())) \
                    and has_source_near(sentences, index):
                out.extend(item for item in split_enumeration(sentence, counted.end())
                           if not GENERIC_AREAS.match(item.text))
            continue
        before = sentence.text[:match.start()]
        by_pronoun = index > 0 and PRONOUN_SUBJECT_BEFORE.match(before) \
            and (inspection_judges(sentences, index - 1) or cues.names_weakness(sentences[index - 1].text))
        # ("the inspection had set two priority actions, asking leaders to 'A' and to 'B'": the counted findings are
        # the asking's subject)
        counted = match is each and item_cues.counts_findings(before[-COUNTED_REACH:])
        if not (attributed_at(sentence.text, match.start()) or by_pronoun or counted) \
                or not has_source_near(sentences, index):
            continue
        if match is each:
            out.extend(infinitive_items(sentence, each.end(), infinitives))
            continue
        # ("to address these weaknesses" names none of them)
        items = [] if match["whole"] else [item for item in split_enumeration(sentence, match.end("verb") + 1)
                                           if not GENERIC_AREAS.match(item.text)]
        if len(items) == 1 or match["whole"]:  # one request, its verb with it ("improve access to ...", "make sure that")
            items = [item for item in [piece(sentence, match.start("verb"), len(sentence.text))] if item]
        out.extend(items)
    return out


# An infinitive that only counts the areas ("to take priority action in two areas, and to improve in two
# others") or qualifies the one before ("to prepare a plan, to be submitted by May"): not a request of its own.
NOT_A_REQUEST = re.compile(r"^(?:be|have\s+been)\b|\b(?:areas?|others|ones)\W*$", re.IGNORECASE)


COUNTED_REACH = 80  # characters before the asking verb where counted findings are its subject
QUOTES = "'‘’\"“”"


def unquoted(sentence: Sentence, item: Found | None) -> Found | None:
    """The request without the quotation marks it is quoted in ("to 'improve X'")."""
    if item is None or len(item.text) < 3 or item.text[0] not in QUOTES or item.text[-1] not in QUOTES:
        return item
    return Found(item.page, item.start + 1, item.end - 1, item.text[1:-1].strip(), item.evidence)


def infinitive_items(sentence: Sentence, start: int, infinitives: list[re.Match]) -> list[Found]:
    """"to A, to B, and to C": each infinitive's clause, when there are at least two and each is a request."""
    bounds = [m.start() for m in infinitives] + [len(sentence.text)]
    starts = [start] + [m.end() for m in infinitives]
    items = [unquoted(sentence, piece(sentence, a, b)) for a, b in zip(starts, bounds)]
    if len(items) < 2 or any(item is None or NOT_A_REQUEST.search(item.text) or cues.stated_count(item.text)
                             for item in items):
        return []
    return items



# A finding named in apposition to its own ordinal or counted noun, inside a sentence about something else
# (its progress, whether a visit looked at it): "The first area for improvement, that X, had seen ...",
# "Turning to the second area for improvement, which asked leaders to Y, she said ...", "The third area, Z,
# had been addressed", "The two areas for improvement from 2024, making sure that A and improving B, were not
# looked at". The apposition is set off by commas and ends before the sentence goes on.
APPOSED_NOUN = re.compile(
    r"\b(?:the|its|their)\s+(?P<which>first|second|third|fourth|fifth|sixth|final|last|remaining|other|"
    r"(?P<count>two|three|four|five|six|\d))\s+(?:(?:significant|main|key|remaining|outstanding|other|further)\s+)?"
    r"(?:areas?\s+(?:for|of)\s+(?:improvement|development|(?:significant\s+)?weakness(?:es)?|concerns?)|"
    r"(?:significant\s+)?weakness(?:es)?|priority\s+actions?|areas?|concerns?)"
    r"(?:\s+(?:from|in|of|identified\s+in|set\s+in|named\s+in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"  # "from 2024"
    r",\s+(?P<body>[^,;:()]{8,300}?),\s+(?=\w)",
    re.IGNORECASE)
# How the apposition opens: "that X", "which asked leaders to X", "namely X" (dropped), or the thing itself.
APPOSED_LEAD = re.compile(
    r"^(?:namely\s+|that\s+|which\s+(?:asked|required|wanted|expected|told|called\s+on|urged)\s+"
    r"(?:[\w’'-]+\s+){1,6}?to\s+|which\s+(?:was|is)\s+(?:that\s+|about\s+|to\s+)?)",
    re.IGNORECASE)


APPOSED_WORDS = re.compile(r"(?:first|second|third|fourth|fifth|sixth|final|last|remaining|other|two|three|four|five|six)"
                           r" [a-z ]{0,30}?(?:area|weakness|priorit|concern)[^,]{0,40},")  # in the lower-cased text


def apposed(sentences: list[Sentence]) -> list[Found]:
    """Each finding named in apposition to "the first area for improvement", "the two areas ...": the clause
    between the commas, without its "that" or "which asked leaders to"; a counted noun's clause split."""
    out: list[Found] = []
    for index, sentence in enumerate(sentences):
        if not sentence.mentions("area", "weakness", "priorit", "concern") or not APPOSED_WORDS.search(sentence.lower) \
                or cues.is_debate(sentence.text):
            continue  # (the cheap tests first: substrings of the lower-cased sentence)
        for match in APPOSED_NOUN.finditer(sentence.text):
            body = match["body"]
            if body.lstrip().lower().startswith(("and ", "but ", "which were", "which was", "who ", "in ", "as ")) \
                    or not has_source_near(sentences, index, 2000):
                continue
            lead = APPOSED_LEAD.match(body)
            start = match.start("body") + (lead.end() if lead else 0)
            if match["count"]:
                items = split_enumeration(sentence, start, match.end("body"))
                if len(items) == cues.number(match["count"].lower()):
                    out.extend(items)
            elif (item := piece(sentence, start, match.end("body"), fewest_words=3)):
                out.append(item)
    return out
