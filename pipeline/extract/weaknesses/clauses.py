"""Findings stated in running prose, read by the clause rather than by a phrase family.

The other sentence readers each match one shape of words ("the areas of concern included X", "inspectors
were concerned that X"); every new phrasing needed a new family. This reader reads a sentence's main clause
shallowly, subject / verb / complement, with the vocabularies the package already has (``cues``), and asks
two questions of it:

- is an inspection's finding reported? The sentence's subject is an inspection, its inspectors, its report or
  letter, Ofsted or the CQC, with a reporting or judging verb ("Inspectors found that ...", "The officer said
  the report had concerns about ..."); or the sentence sits under a heading, or right after a sentence, that
  reports findings ("Main findings", "What does the partnership need to do better?", "Inspectors found:").
- does the clause judge provision? A provision or service is the subject of a shortfall ("waits are too long",
  "the quality of plans is too variable", "leaders did not ...", "lacked", "inconsistent"), or the clause says
  what must or should improve; the objects coordinated after "improve / strengthen / address X, Y and Z" are
  one finding each.

A reported finding is the clause after the reporting verb; a finding under a findings heading is its
paragraph (the sentence and those after it to the paragraph's end); each coordinated object of an
improvement verb is one item. The cues weigh against ``decide.THRESHOLD`` with the negative ones: the
council's own voice and its responses, progress and praise, members' questions and what happens next.

The cheap gates come first (a shortfall or improvement word in the lowered sentence), so only a few
sentences a page are read clause by clause.
"""

from __future__ import annotations

import re

from pipeline.extract.common.evidence import Evidence
from pipeline.extract.weaknesses import cues, decide, item_cues
from pipeline.extract.weaknesses import pointers
from pipeline.extract.weaknesses.enumerations import Sentence, split_enumeration
from pipeline.extract.weaknesses.items import parse_marker
from pipeline.extract.weaknesses.sentences import has_source_near
from pipeline.extract.weaknesses.text import Found, Line, collapse

# Weights (with ``decide``'s shared ones).
REPORTED = 2.0  # an inspection is the subject of a reporting verb over the clause
FINDINGS_SECTION = 2.0  # under a heading, or right after a sentence, that reports findings
JUDGES_CLAUSE = 1.5  # the clause's subject is a thing provided, its predicate a shortfall
IMPROVE_OBJECT = 1.5  # the object of "must / should improve"
QUESTION = -4.0  # a question asked, not a finding stated
PROGRESS = -3.0  # "has improved", "is now", "have started to": progress, not a finding

# The cheap gate: words of a shortfall or of what must improve, in the lowered sentence.
GATE_WORDS = ("too ", "not ", "n't", "lack", "poor", "weak", "inconsisten", "variab", "insufficient", "limited",
              "slow", "improve", "strengthen", "address", "fail", "gap", "delay", "unclear", "inadequate", "concern",
              "underdevelop", "under-develop", "out of date", "fragment", "patchy", "missing", "late", "low",
              "ineffective", "inaccura", "incomplete", "enough", "should ", "must ", "need")

# Who reports a finding: the inspection, its people or its papers.
REPORTER = (r"(?:(?:the|an?|this|that|their)\s+)?(?:(?:joint|local\s+area|area\s+send|send|ofsted(?:\s+and\s+cqc)?|"
            r"cqc)\s+)*(?:inspection(?:\s+team)?|inspectors|inspector|report|letter|outcome\s+letter|re-?visit|"
            r"ofsted|cqc|hmci)(?:\s+(?:report|letter|team))?")
REPORTING = (r"(?:found|identified|highlighted|noted|made\s+clear|raised(?:\s+concerns?\s+(?:about|over|that))?|"
             r"said|stated|reported|judged|concluded|commented|indicated|observed|recognised|recognized|considered|"
             r"described|saw|felt|had\s+concerns?\s+(?:about|over|that|with)|(?:was|were)\s+concerned\s+(?:about|that|with|by)|"
             r"expressed\s+concerns?\s+(?:about|over|that)|criticised|criticized|pointed\s+(?:out|to))")
REPORTED_CLAUSE = re.compile(
    # (not the object of another verb: "parents who spoke to inspectors said ...")
    rf"(?<!\bto\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\bthe\s)"
    rf"\b{REPORTER}\s+(?:(?:had|has|have|also|clearly|rightly|further)\s+){{0,2}}{REPORTING}\s+(?:that\s+)?(?=\w)",
    re.IGNORECASE)
# The shortfall a clause's predicate states, the clause's words after its subject.
SHORTFALL_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|had\s+become|has\s+become|"
    r"feel|felt|seem(?:s|ed)?)\s+(?:still\s+|often\s+|sometimes\s+|also\s+|generally\s+)?"
    r"(?:too\s+\w+|not\s+(?:yet\s+|always\s+|sufficiently\s+|consistently\s+|routinely\s+|well\s+)?(?:good|timely|"
    r"effective|consistent|clear|strong|robust|accurate|well|sufficient|fit|joined|known|held|used|met|shared|"
    r"completed|in\s+place|\w+ed)\w*|poor\w*|weak\w*|inadequate|variable|inconsistent|insufficient|unclear|limited|"
    r"unacceptabl\w+|underdeveloped|under-developed|slow|late|low|patchy|fragmented|disjointed|lacking|"
    r"ineffective|inaccurate|incomplete|missing|out\s+of\s+date)\b"
    r"|\b(?:wait|waits|waited|waiting)\s+too\s+long\b"
    # a shortfall in the subject's amount: "Too many children are excluded", "Not enough plans are ..."
    r"|^\W{0,3}(?:too\s+(?:many|few|much|little)|not\s+enough|(?:a|the)\s+lack\s+of)\s+\w"
    r"|\b(?:do|does|did)\s+not\s+(?:yet\s+|always\s+|consistently\s+|routinely\s+|effectively\s+|sufficiently\s+)?"
    r"(?:have|receive|get|know|understand|meet|reflect|work|take|use|include|identify|check|plan|share|ensure|"
    r"provide|engage|monitor|hold|involve|contribute|make)\b"
    r"|\b(?:lacks?|lacked|lacking)\s+\w"
    r"|\b(?:has|have|had)\s+(?:been\s+)?(?:slow|too\s+slow)\s+to\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+|always\s+)?(?:been|worked|had|made|ensured|taken|developed|established|"
    r"identified|used|met)\b",
    re.IGNORECASE)
# What must improve, and its objects: "<subject> must / should / needs to improve X, Y and Z".
IMPROVE_VERB = re.compile(
    r"\b(?:must|should|needs?\s+to|needed\s+to|had\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:also\s+|further\s+)?"
    r"(?:improve|strengthen|address|tackle|reduce)\s+(?=\w)", re.IGNORECASE)
# A subject that is no provision: the council or the meeting speaking of itself, a pronoun for what came before.
NO_PROVISION_SUBJECT = re.compile(
    r"^\W*(?:we|our|us|i|you|it|this|that|these|those|they|there|he|she|members?|councillors?|cllr|the\s+(?:committee|"
    r"board|panel|chair(?:man)?|meeting|cabinet)|(?:the\s+)?(?:officer|director|lead\s+member|portfolio\s+holder))\b",
    re.IGNORECASE)
# Headings that report findings, and those that set out strengths (which end a findings section).
FINDINGS_HEADING = re.compile(
    rf"\b(?:{cues.IMPROVE_LABEL}|(?:main|key|inspection)\s+findings|what\s+inspectors\s+found|"
    r"(?:need|needs)\s+to\s+(?:do\s+)?better|areas?\s+(?:of|for)\s+(?:concern|weakness)|"
    r"what\s+(?:does|do|should|must)\s+[\w\s’']{1,40}?\s+(?:need\s+to\s+)?(?:improve|do\s+better|change))\b",
    re.IGNORECASE)
STRENGTHS_HEADING = re.compile(
    rf"\b(?:{cues.STRENGTHS_LABEL}|(?:is|are)\s+(?:doing\s+)?(?:that\s+is\s+)?(?:effective|well)|positive)\b",
    re.IGNORECASE)
HEADING_WORDS = 14  # a heading is a short line with no closing full stop
HEADING_REACH = 30  # sentences read back for the section's heading
PARAGRAPH_REACH = 4  # sentences read back in the paragraph for one reporting its findings
PARAGRAPH_SENTENCES = 4  # a finding's paragraph runs on this many sentences at most
FINDING_WORDS = (4, 70)
# Progress and praise, said of the same clause.
PROGRESS_WORDS = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|greatly\s+|significantly\s+)?improved\b|\b(?:is|are)\s+now\s+(?!too\b)"
    r"|\b(?:has|have|had)\s+started\s+to\b|\bimproving\b|\bwell\s+regarded\b|\bmade\s+(?:good|strong)\s+progress\b"
    r"|\b(?:has|have|had)\s+(?:now\s+)?(?:fallen|reduced|risen|increased)\b|\bnow\s+(?:issued|completed|held|in\s+place)\b",
    re.IGNORECASE)
# A member speaking or moving something: "Councillor A proposed that ...", "Members asked ...".
MEMBER_ACTS = re.compile(r"^\W{0,3}(?:(?:a|one|another|the|several|some)\s+)?(?:councillors?|cllrs?\.?|members?|"
                         r"the\s+chair(?:man)?)\b[^.;:]{0,50}?\b(?:proposed|moved|seconded|asked|queried|"
                         r"suggested|requested|said|commented|noted|felt)\b", re.IGNORECASE)
CONTINUE = re.compile(r"\b(?:must|should|needs?\s+to|will|to)\s+(?:also\s+)?continue\b", re.IGNORECASE)
NAMES_THE_FINDINGS = re.compile(
    r"^\W*(?:(?:the|these|those|some|several|a\s+number\s+of|\w+)\s+)?(?:(?:main|key|further|other|significant)\s+)?"
    r"(?:areas?|weakness(?:es)?|concerns|priorit(?:y|ies)(?:\s+actions?)?|things|issues|recommendations|shortcomings)\b",
    re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:but|although|though|however|whilst|while|yet)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\bI\b|\bI[’']m\b")


def is_heading(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return bool(text) and len(text.split()) <= HEADING_WORDS and not text.endswith((".", ",", ";")) \
        and text[:1].isupper()


def section_of(sentences: list[Sentence], index: int) -> str | None:
    """"findings" when the nearest heading above reports findings (or the sentence just before, in its
    paragraph or the one before, reports them and ends with a colon or names what inspectors found),
    "strengths" when it sets out strengths, None otherwise."""
    block = sentences[index].block
    for back in range(index - 1, max(-1, index - PARAGRAPH_REACH), -1):
        above = sentences[back]
        if above.block != block:
            break
        # "Inspectors identified weaknesses in ... . <finding>. <finding>.": the paragraph reports them
        # (a verdict on progress heads its evidence, not findings: "Inspectors judged that ... not made sufficient
        # progress. Too few ...")
        if cues.NO_PROGRESS.search(above.text) or cues.is_progress_claim(above.text) or cues.is_resolved(above.text):
            break
        if REPORTED_CLAUSE.search(above.text) and cues.names_weakness(above.text):
            return "paragraph"
    for back in range(index - 1, max(-1, index - HEADING_REACH), -1):
        above = sentences[back]
        if not is_heading(above) and not above.text.rstrip().endswith(":"):
            continue
        if STRENGTHS_HEADING.search(above.text) and not FINDINGS_HEADING.search(above.text):
            return "strengths"
        if FINDINGS_HEADING.search(above.text) and is_heading(above):
            return "findings"
        if above.text.rstrip().endswith(":"):
            # "Inspectors found the following:" heads the paragraph right below it, unless what it introduces
            # was put right or is praise ("... sufficient progress in addressing three of them:")
            right_below = above.block + 1 == sentences[index].block and back == index - 1
            return "findings" if right_below and (FINDINGS_HEADING.search(above.text)
                                                  or REPORTED_CLAUSE.search(above.text)) \
                and not cues.is_resolved(above.text) else None
        if is_heading(above):
            return None  # another section's heading
    return None


def line_ends(lines: list[Line | None]) -> set[tuple[int, int]]:
    return {(line.page, line.end) for line in lines if line is not None}


def paragraph_end(sentences: list[Sentence], index: int, ends: set[tuple[int, int]], wrapped: bool) -> int:
    """The last sentence of the finding's paragraph: the block's, in a hard-wrapped text ended earlier by a
    sentence that ends its line (the next one starting a new line)."""
    last = index
    while last - index < PARAGRAPH_SENTENCES - 1 and last + 1 < len(sentences) \
            and sentences[last + 1].block == sentences[index].block:
        here = sentences[last]
        if wrapped and (here.page, here.start + len(here.text.rstrip())) in ends:
            break
        following = sentences[last + 1]
        if is_heading(following) or cues.is_debate(following.text) or cues.SPEECH.search(following.text) \
                or cues.COUNCIL_VOICE.search(following.text) or following.text.rstrip().endswith(":"):
            break  # the next sentence is a heading, someone speaking, the council's voice or an intro
        last += 1
    return last


def gated(sentence: Sentence) -> bool:
    lower = sentence.lower
    return any(word in lower for word in GATE_WORDS)


def extract(sentences: list[Sentence], lines: list[Line | None], wrapped: bool) -> list[Found]:
    """The findings the clauses of running sentences state (see the module's note)."""
    out: list[Found] = []
    ends: set[tuple[int, int]] | None = None
    skip_to = -1
    for index, sentence in enumerate(sentences):
        if index <= skip_to or not gated(sentence):
            continue
        text = sentence.text
        if len(text.split()) < FINDING_WORDS[0] or " | " in text or is_heading(sentence):
            continue  # (a heading, "Where the partnership must do better", heads findings, it is none)
        reported = REPORTED_CLAUSE.search(text)
        improve = IMPROVE_VERB.search(text)
        start = reported.end() if reported else len(text) - len(text.lstrip())
        clause = text[start:]
        judges = SHORTFALL_PREDICATE.search(clause)
        concern = reported is not None and CONCERN.search(reported.group(0))
        # "Leaders should make sure ...", "The ICB must ...": what must change, the 2023 framework's findings
        must = cues.SHOULD_START.match(clause.lstrip("•·-–* ")) or cues.MUST_START.match(clause.lstrip("•·-–* "))
        if not judges and not improve and not concern and not must:
            continue
        # the cheap tests passed: read the clause and where it stands
        section = section_of(sentences, index)
        if not reported and section not in ("findings", "paragraph"):
            continue
        subject = clause[:judges.start()] if judges else clause[:improve.start() - start] if improve else ""
        context = has_source_near(sentences, index, 2000)
        pieces: list[tuple[Found, Evidence]] = []
        base = Evidence()
        base.add("context:inspection" if context else "context:no-inspection",
                 decide.INSPECTION if context else decide.NO_INSPECTION)
        base.when(bool(reported), "clause:reported", REPORTED)
        base.when(section in ("findings", "paragraph"), "clause:findings-section", FINDINGS_SECTION)
        base.when(cues.is_debate(text) or MEMBER_ACTS.match(text), "sentence:debate", decide.DEBATE)
        base.when(text.rstrip().endswith("?"), "clause:question", QUESTION)
        # "Ms X said that ...": someone else speaking, not the inspection
        base.when(not reported and item_cues.last_speaker(text) in ("someone", "monitor"), "sentence:someone-says",
                  decide.SOMEONE_SAYS)
        base.when(decide.summarises_list_below(sentences, index), "sentence:summary-before-list",
                  decide.SUMMARY_BEFORE_LIST)
        base.when(decide.note_under_item(sentences, index), "sentence:note-under-item", decide.NOTE_UNDER_ITEM)
        # "X has fallen, but inspectors said that ...": progress told before the reported clause
        base.when(bool(PROGRESS_WORDS.search(text[:start])), "sentence:progress-before", PROGRESS)
        # a re-visit's account of one weakness, judged in the sentences that follow
        after = " ".join(s.text for s in sentences[index + 1:index + 1 + decide.JUDGEMENT_AFTER])
        base.when(cues.JUDGED_ITSELF.search(after), "sentence:progress-account", decide.PROGRESS_ACCOUNT)
        objects = split_objects(sentence, improve) if improve and improve.start() >= start else []
        if concern and not judges and not objects:  # "had concerns about X and Y": the concern judges its objects
            objects = concerned_objects(sentence, start)
        if objects:
            for item in objects:
                evidence = Evidence(list(base.cues)).add("clause:concern-object" if concern and not improve else
                                                         "clause:improve-object", IMPROVE_OBJECT)
                weigh_item(evidence, item.text, subject)
                pieces.append((item, evidence))
        else:
            if reported or section == "paragraph":  # the reported clause, or one finding a sentence
                first = last = index
            else:
                if ends is None:
                    ends = line_ends(lines) if wrapped else set()
                first, last = index, paragraph_end(sentences, index, ends, wrapped)
            marker = parse_marker(text.lstrip()) if not reported else None
            if marker:  # "• Waits are too long.": the bullet is no part of the finding
                start += marker.length
                start += len(text[start:]) - len(text[start:].lstrip())
            raw_start = sentence.start + start
            end_sentence = sentences[last]
            raw_end = end_sentence.start + len(end_sentence.text.rstrip())
            page_text = text[start:] if first == last else None
            if page_text is None:
                page_text = " ".join(s.text for s in sentences[index:last + 1])[start:]
            item_text = collapse(page_text).rstrip(" ;,")
            if reported:
                item_text = item_text.rstrip(".")
                raw_end = sentence.start + len(text.rstrip().rstrip("."))
            if not FINDING_WORDS[0] <= len(item_text.split()) <= FINDING_WORDS[1]:
                continue
            evidence = Evidence(list(base.cues))
            evidence.when(bool(judges) and not NO_PROVISION_SUBJECT.match(subject), "clause:judges-provision",
                          JUDGES_CLAUSE)
            evidence.when(bool(improve or must) and not judges, "clause:must-improve", IMPROVE_OBJECT)
            weigh_item(evidence, item_text, subject)
            pieces.append((Found(sentence.page, raw_start, raw_end, item_text), evidence))
            skip_to = last if not reported else skip_to
        for item, evidence in pieces:
            if decide.keep(evidence):
                out.append(Found(item.page, item.start, item.end, item.text, evidence.reason()))
    return out


def split_objects(sentence: Sentence, improve: re.Match) -> list[Found]:
    """The coordinated objects of "improve X, Y and Z", up to a clause of purpose ("so that ...")."""
    text = sentence.text
    stop = PURPOSE.search(text, improve.end())
    items = split_enumeration(sentence, improve.end(), stop.start() if stop else None)
    # "improve X, and the Director explained ...": the objects end where a clause of its own begins
    clause = next((at for at, item in enumerate(items) if at and NEW_CLAUSE.search(item.text)), None)
    if clause is not None:
        return items[:clause]
    return items if len(items) >= 2 else []


NEW_CLAUSE = re.compile(rf"\b(?:{cues.REPORTING_VERB}|explained|described|outlined|added|confirmed|agreed|"
                        r"(?:is|are|was|were|has|have|had|will|would)\s+(?!(?:been\s+)?(?:not\b|too\b))\w+)\b",
                        re.IGNORECASE)


CONCERN = re.compile(r"\bconcern", re.IGNORECASE)


def concerned_objects(sentence: Sentence, start: int) -> list[Found]:
    """The objects of a finder's concern ("had concerns about X, Y and Z"), one each, or the whole object."""
    stop = PURPOSE.search(sentence.text, start)
    items = split_enumeration(sentence, start, stop.start() if stop else None)
    return items if len(items) >= 1 else []


PURPOSE = re.compile(r",?\s+(?:so\s+that|in\s+order\s+to|to\s+ensure|which|because|as\s+well\s+as)\b|[.:]\s*$",
                     re.IGNORECASE)


def weigh_item(evidence: Evidence, text: str, subject: str) -> None:
    """The item's own negative cues: the council's voice, a response, progress or praise, a next step."""
    evidence.when(cues.COUNCIL_VOICE.search(subject) or cues.COUNCIL_VOICE.search(text) or FIRST_PERSON.search(text),
                  "item:council-voice", decide.COUNCIL_VOICE)
    evidence.when(text.rstrip().endswith(":"), "item:introduces", decide.INTRO_ITSELF)
    evidence.when(pointers.points_elsewhere(text), "item:points-to-list", decide.POINTS_TO_LIST)
    evidence.when(cues.is_response(text), "item:response", decide.RESPONSE)
    # progress told beside what remains ("X has improved, but Y is still too slow"): an account of progress
    # "a new provider started work, but it is too early to say": a contrast whose first half states no shortfall
    contrast = CONTRAST.search(text)
    evidence.when(contrast is not None and contrast.start() > 0 and not cues.states_shortfall(text[:contrast.start()])
                  and not cues.MODAL.search(text[:contrast.start()]), "item:contrast-after-news", PROGRESS)
    # "(inspectors identified) two areas in which the partnership should improve": the clause names the findings,
    # which follow; it states none
    evidence.when(NAMES_THE_FINDINGS.match(text), "item:names-the-findings", decide.POINTS_TO_LIST)
    # "action must continue to make further improvements": more of what is under way, no finding named
    evidence.when(CONTINUE.search(text), "item:continues", PROGRESS)
    progress = PROGRESS_WORDS.search(text)
    evidence.when(progress and (CONTRAST.search(text) or not cues.states_shortfall(PROGRESS_WORDS.sub(" ", text))),
                  "item:progress", PROGRESS)
    evidence.when(item_cues.is_praise(text), "item:praise", decide.PRAISE)
    evidence.when(item_cues.is_next_step(text), "item:next-step", decide.NEXT_STEP)
    evidence.when(item_cues.PRONOUN_SUBJECT.match(text), "item:pronoun-subject", decide.PRONOUN_SUBJECT)
    evidence.when(cues.OVERALL_OUTCOME.search(text) or cues.is_progress_claim(text), "item:overall-judgement",
                  decide.OVERALL)
    evidence.when(item_cues.counts_findings(text), "item:counts-findings", decide.COUNTS_FINDINGS)
