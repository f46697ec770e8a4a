"""Resolutions and recommendations, one per clause.

Where they are found, strongest first:

1. After a formal trigger: minutes' "RESOLVED that ...", "Resolved –",
   "AGREED", "ORDERED"; decision pages' "Decision:"; reports'
   "Recommendation(s):" and "Cabinet is asked to:". A trigger either carries
   its clause ("RESOLVED that the report be noted.") or introduces a list
   ("RESOLVED that Cabinet agree to: (a) ... (b) ..."), read by ``clauses``.
2. Unheaded "That ... be noted" clauses, as decision pages print them.
3. Only in documents with neither: narrative minutes' "It was agreed that
   ..." and "The Committee noted ...".

Kind is "recommendation" under a report's recommendations, else
"resolution". A clause printed twice (summary box and body, agenda and
minutes) is kept once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.resolutions.actions import action_of
from pipeline.extract.resolutions.clauses import LIST_END, Clause, collect, is_list_start, locate, split_inline
from pipeline.extract.common.structure import RANK, Block, StructuredDocument, is_successor, match_marker
from pipeline.records import Resolution

DECIDED = r"(?:RESOLVED|AGREED|ORDERED|DECIDED|NOTED)"
# "RESOLVED that ...", "It was RESOLVED:", "AGREED –", "Resolved – (a) ..."
# "The Committee RESOLVED that ..." too, when the verb is in capitals.
FORMAL_OPENER = re.compile(
    rf"^(?P<lead>It\s+was\s+(?:\w+\s+)?|The\s+[^.:;]{{1,60}}?\s+(?={DECIDED}))?"
    rf"(?P<word>{DECIDED}|Resolved|Agreed|Decided|Ordered)\b(?P<sep>\s*(?::\s*[-–—]?|[–—-]|,)?)\s*",
)
# a clause opening after a capitalised "Resolved" with no punctuation
THAT_OR_TO = re.compile(r"\s*(?:\w+ly\s+)?(?:that|to)\b", re.IGNORECASE)
# "Decision:", "Decisions taken:", "Recommendation(s):", "RECOMMENDATIONS"
LABEL = re.compile(
    r"^(?P<label>(?:decision\(s\)|decisions?|resolutions?)(?:\s+(?:taken|made))?"
    # what a report asks of the meeting: "Decision(s) required", "Action required"
    r"|(?P<asks>(?:decision\(s\)|decisions?|action\(s\)|actions?)\s+(?:required|sought|requested|needed))"
    r"|(?:(?:officers?[’']?|proposed|summary\s+of(?:\s+the)?|key|draft)\s+)?"  # "Officers Recommendations"
    r"(?:recommendation\(s\)|recommendations?)(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?"
    # "Recommendation(s) / Proposed Decision", "Recommendations and Decisions Required"
    r"(?:\s*(?:/|and|&)\s*(?:proposed\s+)?(?:decision\(s\)|decisions?)(?:\s+(?:required|sought))?)?)"
    r"\s*(?P<colon>:\s*[-–—]?\s*|$)",
    re.IGNORECASE,
)
# "Minutes: It was agreed:" -- an intro closing the block
CLOSING_INTRO = re.compile(r"(?:^|[.:;]\s+)(?:It\s+was\s+)?(?:resolved|agreed|ordered|decided)\s*[:–—-]\s*$",
                           re.IGNORECASE)
# A formal "RESOLVED" in capitals run on after other text in the same paragraph (web pages
# join a minute's narrative and its decision): after a stop, comma or "and", then a separator.
MID_RESOLVED = re.compile(r"(?:[.,;:)]|\band)\s+(?P<word>RESOLVED|AGREED|DECIDED)\b\s*(?::\s*[-–—]?|[–—-]|(?=that\b))\s*")
# "Cabinet is asked to:", "The Committee is recommended to:"
ASKED_INTRO = re.compile(r"\b(?:is|are)\s+(?:asked|invited|recommended|requested)\s+to\s*:?\s*[-–—]?$",
                         re.IGNORECASE)
# "Recommendations Agreed.", "Motion carried.", "RESOLVED accordingly."
NO_WORDING = re.compile(
    r"^(?:(?:the\s+)?(?:(?:above\s+|report'?s?\s+)?recommendations?|(?:substantive\s+)?motion)\s*"
    r"(?:(?:as\s+set\s+out\s+)?(?:was|were|be|are)\s+)?(?:agreed|approved|carried|accepted|adopted)"
    r"|unanimously|accordingly|as\s+follows)\W*$",
    re.IGNORECASE,
)
# "It is recommended that ..." opening a report's recommendation
RECOMMENDED_THAT = re.compile(r"^It\s+is\s+(?:therefore\s+)?recommended\s+that\b\s*:?\s*", re.IGNORECASE)
MOTION = re.compile(r"\b(?:proposed|moved)\s+by\b|\bseconded\b|\bmotion\b|\bamendment\b", re.IGNORECASE)

PARTICIPLE = (r"(?:noted|approved|agreed|endorsed|adopted|received|welcomed|accepted|delegated|deferred|confirmed"
              r"|supported|authori[sz]ed|requested|recommended|considered|given|granted|made|submitted|published"
              r"|presented|brought|circulated|provided|prepared|established|asked|invited|referred|rejected)")
PRESENT = (r"(?:notes|approves|agrees|endorses|adopts|receives|welcomes|accepts|delegates|defers|confirms"
           r"|supports|authori[sz]es|requests|recommends|considers|asks|resolves|instructs|rejects)")
BODY = r"(?:Cabinet|Committee|Council|Board|Panel|Executive|Forum|Sub-Committee|Leader|Cabinet\s+Member|Group)"
# "the Overview and Scrutiny Board", "the Children and Families Committee"
NAMED_BODY = rf"(?:(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){{0,6}}{BODY})"
# "That the report be noted", "That Cabinet notes ..." with no trigger above it
THAT_CLAUSE = re.compile(
    rf"^That\s+(?=the\b|a\b|an\b|this\b|these\b|all\b|any\b|[A-Z])"
    rf"(?:[^.;:]{{0,300}}?\b(?:be|is|are|being)\s+(?:\w+ly\s+)?{PARTICIPLE}\b"
    rf"|(?:the\s+)?{NAMED_BODY}\s+(?:\w+ly\s+)?{PRESENT}\b)"
)
# narrative minutes
IT_WAS_AGREED = re.compile(
    r"^It\s+was\s+(?:\w+ly\s+|also\s+|further\s+)?(?:agreed|resolved)\s*(?:that\b|:)?\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
BODY_DECIDED = re.compile(
    r"^The\s+(?:Cabinet|Committee|Council|Board|Panel|Executive|Forum|Sub-Committee)\s+"
    r"(?:\w+ly\s+|also\s+|further\s+)?(?:noted|agreed|confirmed|approved|endorsed|resolved|accepted"
    r"|received|welcomed|supported|decided|requested|recommended|ratified|adopted)\b"
)
# the record of the last minutes' approval, in the past tense ("to be approved" is an agenda's)
MINUTES_RECORDED = re.compile(
    r"^(?:The\s+)?minutes\s+of\s+(?:the|a)\s+(?:previous\s+|last\s+)?meetings?\b[^.;]{0,200}?"
    r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\b[^.;]{0,80}?"
    r"\b(?:correct|true|accurate)\s+record\b",
    re.IGNORECASE,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
# how a lead-in that stops mid-sentence ends: "That Cabinet, having considered the report,"
LEAD_IN_END = re.compile(r"(?:,|[–—-]|\b(?:that|to))\s*$", re.IGNORECASE)
# a lead-in that names only who decides: "That the Committee:", "That Cabinet", "That the
# Children and Families Committee:" -- its verbs are in the clauses after it
BODY_LEAD_IN = re.compile(r"^That\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&))*\s*:?\s*$")
# Headings a report puts over what it asks a meeting to decide: "Proposals", "Proposal(s)",
# "Decision(s) required", "Action required", "What is the Committee being asked to do?"
ASKS_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:proposals?|proposal\(s\)|recommendations?|recommendation\(s\)"
                          r"|(?:decisions?|decision\(s\)|actions?|action\(s\))\s+(?:required|sought|requested|needed)"
                          r"|what\s+(?:is|are)\s+.{1,40}\s+(?:being\s+)?asked\s+to\s+(?:do|decide|agree))\W*$",
                          re.IGNORECASE)
MIN_WORDS = 3
SAME_WORDING = 0.9  # word-overlap F1 above which two clauses are one reprinted
NESTED_INTRO_WORDS = 40
LOOKBACK_HEADINGS = 3  # blocks before an unheaded lead-in searched for its section heading


@dataclass
class Trigger:
    kind: str  # "resolution" or "recommendation"
    intro: bool  # introduces a list rather than carrying its own clause
    content: str | None = None  # the clause it carries
    action: str | None = None  # verb of the intro, for clauses without one
    guessed: bool = False  # an intro only because a list follows
    generic: str | None = None  # the trigger's own verb ("RESOLVED" -> resolved)


@dataclass
class Candidate:
    clause: Clause
    kind: str
    strength: int  # 2 formal, 1 unheaded "That ...", 0 narrative
    fallback_action: str | None = None


def read_trigger(blocks: list[Block], index: int) -> Trigger | None:
    """The trigger that ``blocks[index]`` opens with, if any."""
    block = blocks[index]
    text = block.text
    if block.kind == "table" or not text:
        return None
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    opener = FORMAL_OPENER.match(text)
    if opener and _is_formal(opener):
        rest = text[opener.end():]
        said = (opener.group("lead") or "").startswith("It")  # "It was AGREED that X": the clause is X
        keep = not said and ":" not in opener.group("sep")
        if said:
            rest = re.sub(r"^that\s+", "", rest, flags=re.IGNORECASE)
        generic = action_of(opener.group("word")) or opener.group("word").lower()
        return _trigger("resolution", block, rest, text if keep else rest, after, generic)
    label = LABEL.match(text)
    rest = text[label.end():] if label else ""
    first = block.raw_lines[0].strip() if len(block.raw_lines) > 1 else ""
    if not label and (on_its_line := LABEL.fullmatch(first)):
        # "Decision(s) required" on a line of its own, its text on the lines below (a box in a PDF)
        label, rest = on_its_line, " ".join(block.raw_lines[1:])
    if label:
        asks = "recommend" in label.group("label").lower() or label.group("asks")
        kind = "recommendation" if asks else "resolution"
        return _trigger(kind, block, rest, rest, after, "recommended" if kind == "recommendation" else "decided")
    recommended = RECOMMENDED_THAT.match(text)
    if recommended:
        return _trigger("recommendation", block, text[recommended.end():], text, after, "recommended")
    if CLOSING_INTRO.search(text):
        return Trigger("resolution", intro=True, action="agreed" if "agree" in text.lower() else None)
    inside = MID_RESOLVED.search(text)
    if inside and block.kind in ("paragraph", "item"):
        # "Minutes of the meeting – Cabinet notes, RESOLVED – that the report be noted."
        rest = text[inside.end():]
        return _trigger("resolution", block, rest, rest, after, action_of(inside.group("word")) or "resolved")
    if ASKED_INTRO.search(text) and len(text.split()) <= NESTED_INTRO_WORDS and not in_motion(blocks, index):
        return Trigger("recommendation", intro=True, action=action_of(text))
    return None


def in_motion(blocks: list[Block], index: int) -> bool:
    """Whether a block is the wording of a motion or amendment ("Mr X proposed
    and Mr Y seconded the motion that “County Council is asked to: ..."), which
    is decided, if at all, by a RESOLVED further on."""
    text = blocks[index].text
    before = blocks[index - 1].text if index else ""
    return text.startswith(("“", '"')) or bool(MOTION.search(text) or MOTION.search(before))


def _is_formal(opener: re.Match) -> bool:
    """Upper-case "RESOLVED", or "Resolved" with a separator or "that": not
    the verb of a sentence ("Resolved issues were ...")."""
    word, lead = opener.group("word"), opener.group("lead") or ""
    if word.isupper():
        return True
    if lead:
        return False
    return bool(opener.group("sep").strip()) or bool(THAT_OR_TO.match(opener.string, opener.end()))


def _trigger(kind: str, block: Block, rest: str, content: str, after: Block | None, generic: str) -> Trigger:
    """A trigger carrying ``content`` unless it ends with ":" or a dash, or
    (without punctuation) a new list starts right after it. ``generic`` is
    the action when no verb says more ("RESOLVED" -> resolved)."""
    rest = rest.strip()
    action = action_of(rest, generic) if rest else generic
    if not rest or re.search(r"(?::\s*[-–—]?|\s[-–—])$", rest):
        return Trigger(kind, intro=True, action=action, generic=generic)
    own_rank = RANK.get(block.style, -1) if block.marker else -1
    if (after is not None and after.kind == "item" and is_list_start(after.marker)
            and RANK.get(after.style, 0) > own_rank and not rest.endswith(".")):
        return Trigger(kind, intro=True, action=action, guessed=True, generic=generic)
    return Trigger(kind, intro=False, content=content.strip(), action=action, generic=generic)


def is_nested_intro(block: Block) -> bool:
    """"Cabinet agree to:" under "Decision:": a short paragraph ending with a colon."""
    return block.kind != "item" and block.text.endswith(":") and len(block.text.split()) <= NESTED_INTRO_WORDS


def is_lead_in(blocks: list[Block], index: int) -> bool:
    """"3.1 That Cabinet, having considered the Improvement Notice, (a) notes ...
    (b) approves ...": a paragraph (or a numbered report paragraph) that stops
    mid-sentence, right before a list opening one level deeper, only leads in
    to the clauses. (A lettered clause ending with a colon keeps its own sub-items.)"""
    block = blocks[index]
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if block.kind == "table" or (block.kind == "item" and block.style not in ("number", "dotted")):
        return False
    if not (LEAD_IN_END.search(block.text) or BODY_LEAD_IN.match(block.text)):
        return False
    if len(block.text.split()) > NESTED_INTRO_WORDS:
        return False
    own_rank = RANK.get(block.style, -1) if block.marker else -1
    return (after is not None and after.kind == "item" and is_list_start(after.marker)
            and RANK.get(after.style, 0) > own_rank)


def unheaded_intro(blocks: list[Block], index: int) -> Trigger | None:
    """"8. That the Committee: (a) notes ... (b) agrees ...": a lead-in naming only who
    decides, right before a list, with no trigger above it. A report's proposal under a
    heading that asks for a decision ("Proposals", "Decision(s) required"); else a decision."""
    block = blocks[index]
    if not BODY_LEAD_IN.match(block.text) or not is_lead_in(blocks, index):
        return None
    kind = "resolution"
    for earlier in reversed(blocks[max(0, index - LOOKBACK_HEADINGS):index]):
        if earlier.kind == "heading" or earlier.looks_like_heading:
            if ASKS_HEADING.match(earlier.text):
                kind = "recommendation"
            break
    return Trigger(kind, intro=True, generic="recommended" if kind == "recommendation" else "resolved")


def stops_list(block: Block) -> bool:
    """A new trigger ("RESOLVED ...", "Decision:") ends the list before it."""
    if block.kind == "item":
        return False
    opener = FORMAL_OPENER.match(block.text)
    return bool(opener and _is_formal(opener)) or bool(LABEL.match(block.text) and block.text.rstrip().endswith(":"))


def read_after(blocks: list[Block], index: int, trigger: Trigger) -> tuple[list[Candidate], int]:
    """The clauses a trigger at ``blocks[index]`` carries or introduces."""
    block = blocks[index]
    if not trigger.intro:
        inline = split_inline(block.text)
        if inline:
            return [Candidate(Clause(block, text=text, label_override=label), trigger.kind, 2, trigger.generic)
                    for label, text in inline], index + 1
        led = led_list(blocks, index, trigger)
        if led:
            return led
        return [Candidate(Clause(block, text=trigger.content), trigger.kind, 2, trigger.action)], index + 1
    fallback, headings = trigger.action, 0
    j = index + 1
    while j < len(blocks):
        current = blocks[j]
        nested = read_trigger(blocks, j)
        if (nested is not None and nested.intro
                or nested is None and (is_nested_intro(current) or is_lead_in(blocks, j))):
            fallback = (nested.action if nested else action_of(current.text)) or fallback
            j += 1
            continue
        if nested is not None:  # "Decision:" then "RESOLVED that the report be noted."
            clause = Clause(current, text=nested.content)
            return [Candidate(clause, trigger.kind, 2, nested.action or fallback)], j + 1
        if current.kind == "heading" and headings < 2 and not _ends_list(current):
            headings += 1
            j += 1
            continue
        if current.kind == "item" and (trigger.guessed or headings) and not is_list_start(current.marker):
            return [], j
        if current.kind in ("item", "paragraph") and not _ends_list(current):
            clauses, end = collect(blocks, j, stop=stops_list)
            return [Candidate(c, trigger.kind, 2, fallback) for c in clauses], end
        break
    return [], j


def led_list(blocks: list[Block], index: int, trigger: Trigger) -> tuple[list[Candidate], int] | None:
    """"RESOLVED - (i) That X.", then "(ii) That Y." on the next line: the trigger's line
    carries the list's first clause, and the items after it that go on from its marker are
    the rest of the list."""
    rest = trigger.content or ""
    opener = FORMAL_OPENER.match(rest)
    rest = rest[opener.end():] if opener and _is_formal(opener) else rest
    marker = match_marker(rest)
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if not (marker and is_list_start(marker) and after is not None and after.kind == "item"
            and after.marker and is_successor(marker, after.marker)):
        return None
    first = Clause(blocks[index], text=rest[len(marker):].strip(), label_override=marker.strip())
    more, end = collect(blocks, index + 1, stop=stops_list)
    return [Candidate(c, trigger.kind, 2, trigger.action) for c in [first, *more]], end


def _ends_list(block: Block) -> bool:
    return bool(LIST_END.match(block.text))


def read_that_clauses(blocks: list[Block], index: int) -> tuple[list[Candidate], int] | None:
    """Unheaded "That ..." clauses (decision pages), unless they are a motion's wording."""
    block = blocks[index]
    if block.kind not in ("item", "paragraph") or not THAT_CLAUSE.match(block.text):
        return None
    clauses, end = collect(blocks, index, stop=stops_list)
    if index and MOTION.search(blocks[index - 1].text):
        return [], end
    return [Candidate(c, "resolution", 1) for c in clauses], end


def narrative(blocks: list[Block]) -> list[Candidate]:
    """"It was agreed that X" and "The Committee noted X" sentences."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for sentence in SENTENCE_SPLIT.split(block.text):
            agreed = IT_WAS_AGREED.match(sentence)
            if agreed:
                clause = Clause(block, text=agreed.group("rest"), label_override="")
                found.append(Candidate(clause, "resolution", 0, "agreed"))
            elif BODY_DECIDED.match(sentence):
                found.append(Candidate(Clause(block, text=sentence, label_override=""), "resolution", 0))
    return found


def minutes_approved(block: Block) -> Candidate | None:
    """"The minutes of the meeting held on 16 March 2023 were approved as a
    correct record.": minutes record the approval of the last minutes this way
    even where every other decision has its "RESOLVED"/"AGREED"."""
    if block.kind not in ("paragraph", "item"):
        return None
    sentence = SENTENCE_SPLIT.split(block.text)[0]
    if not MINUTES_RECORDED.match(sentence):
        return None
    return Candidate(Clause(block, text=sentence, label_override=""), "resolution", 1, "approved")


def candidates(doc: StructuredDocument) -> list[Candidate]:
    blocks = doc.blocks
    found: list[Candidate] = []
    approvals: list[Candidate] = []
    index = 0
    while index < len(blocks):
        trigger = read_trigger(blocks, index)
        if trigger is not None:
            more, index = read_after(blocks, index, trigger)
            found += more
            continue
        unheaded = unheaded_intro(blocks, index)
        if unheaded is not None:
            more, index = read_after(blocks, index, unheaded)
            found += more
            continue
        that = read_that_clauses(blocks, index)
        if that is not None:
            more, index = that
            found += more
            continue
        approval = minutes_approved(blocks[index])
        if approval is not None:
            approvals.append(approval)
        index += 1
    found = (found or narrative(blocks)) + approvals
    return sorted(found, key=lambda c: (c.clause.block.spans[0].page, c.clause.block.spans[0].start))


def has_wording(text: str) -> bool:
    """Whether a clause says something of its own (not "Recommendations agreed.")."""
    opener = FORMAL_OPENER.match(text)
    core = text[opener.end():] if opener else text
    core = re.sub(r"^(?:that|to)\s+", "", core.strip(), flags=re.IGNORECASE)
    return len(core.split()) >= MIN_WORDS and not NO_WORDING.match(core)


def word_key(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w\s]", " ", text.lower()).split())


def overlap(a: Counter, b: Counter) -> float:
    """Word-overlap F1 of two clauses' word counts: 1 for the same wording,
    near 1 for the same clause reprinted with a word changed (a summary box
    and the report body)."""
    size = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / size if size else 0.0


def distinct(found: list[Candidate]) -> list[Candidate]:
    """Each clause once: of a clause printed twice with the same (or all but
    the same) wording, the more formal printing, else the first."""
    kept: list[tuple[Counter, Candidate]] = []
    for candidate in found:
        text = candidate.clause.full_text()
        if not has_wording(text):
            continue
        words = Counter(word_key(text))
        twin = next((i for i, (other, previous) in enumerate(kept)
                     if previous.kind == candidate.kind and overlap(other, words) >= SAME_WORDING), None)
        if twin is None:
            kept.append((words, candidate))
        elif candidate.strength > kept[twin][1].strength:
            kept[twin] = (kept[twin][0], candidate)
    return [candidate for _, candidate in kept]


def extract(doc: StructuredDocument) -> list[Resolution]:
    """One Resolution per distinct clause, in document order."""
    out = []
    for candidate in distinct(candidates(doc)):
        clause = candidate.clause
        text = re.sub(r"\s+", " ", clause.full_text()).strip()
        out.append(Resolution(
            **locate(doc, clause.block, text),
            kind=candidate.kind,
            label=clause.label or None,
            text=text,
            action=action_of(text, candidate.fallback_action),
        ))
    return out
