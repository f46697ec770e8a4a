"""Where decisions are printed, and the clauses proposed there.

Proposing is generous; ``decide`` weighs every proposal. Where they are found:

1. After a formal trigger: minutes' "RESOLVED that ...", "Resolved –",
   "AGREED", "It was APPROVED", "the following was agreed:"; decision pages'
   "Decision:" and decision notices' "The Cabinet Member for X has:"; reports'
   "Recommendation(s):", "Proposal:" and "Cabinet is asked to:". A trigger either
   carries its clause ("RESOLVED that the report be noted.") or introduces a list
   ("RESOLVED that Cabinet agree to: (a) ... (b) ..."), read by ``clauses``.
2. Unheaded "That ... be noted" clauses, as decision pages print them (under a
   report's "Recommendations" heading, recommendations).
3. Narrative minutes' "It was agreed that ..." and "The Committee noted ..."
   sentences, and the record of the last minutes' approval (``narrative``).

The blocks are first cut where printed minutes run a decision on into the next
minute, and rid of running headers the text stage kept (``lines``).

Each proposal names where it came from (its ``source`` and ``trigger``): the
first cue ``decide`` reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.common.markers import DATED_LINK
from pipeline.extract.common.structure import RANK, Block, StructuredDocument, ends_sentence, is_successor, match_marker
from pipeline.extract.resolutions.actions import action_of, stem_of
from pipeline.extract.resolutions.clauses import (  # noqa: F401  (Candidate: part of this module's API)
    LIST_END, Candidate, Clause, collect, expand_titled, is_list_start, split_inline, split_label, table_clauses,
    trim_run_on,
)
from pipeline.extract.resolutions.cues import (
    AGREED_AS_FOLLOWS, ASKED_INTRO, ASKS_HEADING, BODY_COLON, BODY_LEAD_IN, CLOSING_INTRO, COLUMN_HEADINGS, DECIDER,
    ASKED_WITH_OBJECT, DECIDER_HAS, FOLLOWING_INTRO, FORMAL_OPENER, FURTHER_DECISION, LABEL, LEAD_IN_END, MID_BODY_CAPITALS, MID_RESOLVED, MID_RESOLVED_TITLE,
    MOTION, NAMED_COLLECTIVE, NOTHING_AFTER, PROPOSAL_LABEL, WHOLE_INTRO, RECOMMENDED_THAT, RUN_ON, SENTENCE_SPLIT, THAT_CLAUSE, is_formal, may_decide,
    may_open_in_capitals,
)
from pipeline.extract.resolutions.lines import split_at_decisions
from pipeline.extract.resolutions.narrative import minutes_approved, narrative, numbered_decisions, opens_formally

NESTED_INTRO_WORDS = 40
LOOKBACK_HEADINGS = 3  # blocks before an unheaded lead-in searched for its section heading
MOTION_LOOKBACK = 2  # blocks before an unheaded lead-in that may announce a motion's wording


@dataclass
class Trigger:
    kind: str  # "resolution" or "recommendation"
    intro: bool  # introduces a list rather than carrying its own clause
    content: str | None = None  # the clause it carries
    action: str | None = None  # verb of the intro, for clauses without one
    guessed: bool = False  # an intro only because a list follows
    generic: str | None = None  # the trigger's own verb ("RESOLVED" -> resolved)
    cue: str = "after:trigger"  # what kind of trigger, as the first cue of its clauses
    said: bool = False  # "It was AGREED that X. Y.": the decision is that sentence, the rest narrative
    holds_list: bool = False  # "was invited to approve for 2021/22:" over bullets: one clause, the bullets inside


# A minutes table's row read as one line ("Minute / Description/Decision / Action By"): the decision's cell,
# and beside it a short cell of who acts and by when (initials, a date), or none
ACTION_ROW = re.compile(r"\|[ \t]*(?P<cell>[^|]{12,}?)[ \t]*\|(?:[ \t]*[^|\s][^|]{0,20}?[ \t]*\|?)?[ \t]*")


# A cell that is a body's recommendation as written: "That the Panel recommends to Cabinet that ..."
CELL_RECOMMENDS = re.compile(r"That\s+the\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}?(?:Panel|Committee|Board"
                             r"|Commission|Group|Forum|Council|Cabinet)\s+recommends?\s+(?:to\s+[^|.;]{2,80}?\s+)?that\s")


def recommending_cells(block: Block) -> list[str]:
    """"24/07/2024 | Children's Panel | That the Panel recommends to Cabinet that ... | Accepted.": a scrutiny
    report's table of the recommendations its panels made, each row's recommendation cell as written (rows the
    text runs into one block each)."""
    if block.kind == "table" or " | " not in block.text or "ecommend" not in block.text:
        return []
    return [cell.strip() for cell in block.text.split(" | ") if CELL_RECOMMENDS.match(cell.strip())]


def read_trigger(blocks: list[Block], index: int) -> Trigger | None:
    """The trigger that ``blocks[index]`` opens with, if any."""
    block = blocks[index]
    text = block.text
    if block.kind == "table" or not text:
        return None
    if text[:1] == "|" and (row := ACTION_ROW.fullmatch(text)):
        text = row.group("cell")  # "| Agreed - That ... | LP": the decision's cell of its row, an action column beside
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    opener = FORMAL_OPENER.match(text)
    if opener and is_formal(opener):
        rest = text[opener.end():]
        said = (opener.group("lead") or "").startswith("It")  # "It was AGREED that X. Y.": the sentence, not Y
        keep = ":" not in opener.group("sep")  # the sentence as written, "It was RESOLVED that ..." included
        if said:
            said = bool(re.match(r"(?:that|to|not)\s+", rest, flags=re.IGNORECASE))  # not "It was APPROVED 2a. ..."
            keep = keep and said
        word = opener.group("word").lower()
        kind = "recommendation" if word == "recommended" else "resolution"
        generic = action_of(word) or ("decided" if word == "decision" else word)
        return _trigger(kind, block, rest, text if keep else rest, after, generic, "after:" + word, said)
    label = LABEL.match(text)
    rest = text[label.end():] if label else ""
    if not label and text[:1] in "OC" and (outcome := OUTCOME_LABEL.match(text)) and may_decide(text[outcome.end():]):
        # "Outcome: The Forum noted the update.": a minute's outcome, labelled; only where it tells a decision
        # (an inspection's "Outcome:" is its judgement)
        rest = text[outcome.end():]
        return _trigger("resolution", block, rest, rest, after, "decided", "after:outcome-label")
    if not label and (on_its_line := label_line(block)):
        # "Decision(s) required" on a line of its own, its text on the lines below (a box in a PDF; a
        # decision notice's "Decision" heading the structure reader ran into the lines around it)
        label, rest = on_its_line
    elif not label and after is not None and after.kind == "item" and is_list_start(after.marker) \
            and len(block.raw_lines) > 1 and block.raw_lines[-1].strip()[:1].isupper() \
            and (last := LABEL.fullmatch(block.raw_lines[-1].strip())):
        # "AREA SEND INSPECTION: OUTCOME AND NEXT STEPS" | "RECOMMENDATIONS" | "1. Notes ...": a report's title
        # in capitals run into the label of its recommendations, on the block's last line, over a list
        label, rest = last, ""
    if label and not rest.strip() and after is not None and DATED_LINK.match(after.text):
        return None  # a ModernGov page's "Decisions:" over links dated by their meetings, not a decision's label
    if label:
        asks = "recommend" in label.group("label").lower() or label.group("asks")
        kind = "recommendation" if asks else "resolution"
        return _trigger(kind, block, rest, rest, after, "recommended" if kind == "recommendation" else "decided",
                        "after:recommendations-label" if kind == "recommendation" else "after:decision-label")
    if text[:1] in "Pp" and (proposal := PROPOSAL_LABEL.match(text)):
        return _trigger("recommendation", block, text[proposal.end():], text[proposal.end():], after, "recommended",
                        "after:proposal-label")
    recommended = RECOMMENDED_THAT.match(text)
    if not recommended and text.endswith(":") and len(block.raw_lines) > 1 and block.kind == "paragraph":
        # "FROM: Executive Director ... Deadline date: N/A" | "It is recommended that the Committee:": a
        # report's box of fields run into the intro on its own last line; the intro is the line
        last = last_line(block)
        if (recommended := RECOMMENDED_THAT.match(last)) and text.endswith(last):
            text = last
    if recommended:
        return _trigger("recommendation", block, text[recommended.end():], text, after, "recommended",
                        "after:it-is-recommended")
    ends_as_intro = text.rstrip()[-1:] in (":", "–", "—", "-")  # a first look, before the patterns read the text
    if ends_as_intro and (CLOSING_INTRO.search(text) or AGREED_AS_FOLLOWS.search(text) or FOLLOWING_INTRO.search(text)):
        return Trigger("resolution", intro=True, action="agreed" if "agree" in text.lower() else None,
                       cue="after:closing-intro")
    inside = ((MID_RESOLVED.search(text) if may_open_in_capitals(text) else None)
              or (MID_RESOLVED_TITLE.search(text) if "Resolved" in text or "Agreed" in text else None))
    if inside and block.kind in ("paragraph", "item"):
        # "Minutes of the meeting – Cabinet notes, RESOLVED – that the report be noted."
        formal = inside.re is MID_RESOLVED
        rest = text[inside.end():] if formal else text[inside.start("word"):]
        if formal and MOTION.search(lead := sentence_before(text, inside.start("word"))):
            rest = lead + text[inside.start("word"):]  # "It was proposed by X, seconded by Y and RESOLVED that ..."
        if " | " in rest:
            rest = rest[:rest.index(" | ")]  # "Agreed - That ... | LP 42 DECLARATIONS ...": the decision's cell ends
        return _trigger("resolution", block, rest, rest, after, action_of(inside.group("word")) or "resolved",
                        "after:resolved-mid-paragraph" if formal else "after:resolved-in-sentence")
    body = MID_BODY_CAPITALS.search(text) if may_open_in_capitals(text) else None
    if body and block.kind in ("paragraph", "item"):
        # "... After discussion, Cabinet APPROVED the use of ...": the sentence as written
        rest = sentence_before(text, body.start("word")) + text[body.start("word"):]
        return _trigger("resolution", block, rest, rest, after, action_of(body.group("word")) or "resolved",
                        "after:body-in-capitals", said=True)
    short = len(text.split()) <= NESTED_INTRO_WORDS
    if short and ASKED_INTRO.search(text) and not in_motion(blocks, index):
        return Trigger("recommendation", intro=True, action=action_of(text), cue="after:asked-to")
    if (short and block.kind == "paragraph" and text.endswith(".") and (asked := ASKED_SENTENCE.match(text))
            and action_of(asked.group("verb")) and under_asks_heading(blocks, index) and not in_motion(blocks, index)):
        # "Decision required from the Board:" | "The Board is asked to approve the revised date ... and to note
        # ...": a paper's one ask, a paragraph of its own under what it asks, carried whole (not a report's
        # "Legal implications" telling the committee to note the report)
        return Trigger("recommendation", intro=False, content=text, action=action_of(asked.group("verb")),
                       cue="after:asked-to")
    list_after = after is not None and after.kind == "item" and is_list_start(after.marker)
    if (short and list_after and ends_as_intro and (asked := ASKED_WITH_OBJECT.search(text))
            and action_of(asked.group("verb")) and not in_motion(blocks, index)):
        if BARE_VERB_COLON.search(text) and CAPITALISED_ITEM.match(after.text):
            # "The Cabinet is asked to note:" over "1. The outcome of ..." "2. That progress ...": the verb alone
            # before the colon and items that open as sentences of their own: each item is one clause
            return Trigger("recommendation", intro=True, action=action_of(asked.group("verb")), cue="after:asked-to")
        return Trigger("recommendation", intro=False, content=text, action=action_of(asked.group("verb")),
                       cue="after:asked-to", holds_list=True)
    if text.endswith(":") and (has := DECIDER_HAS.search(text) or DECIDER_HAS.search(last_line(block))) and list_after:
        # "The Cabinet Member for ... has:" over "(1) Approved ... (2) Delegated ...": a decision notice (in a
        # record's box of fields, "Decision The Cabinet Member ... has decided to:" on the box's last line)
        return Trigger("resolution", intro=True, generic="decided",
                       cue="decider-has:named" if DECIDER.search(has.group("who")) else "decider-has")
    if (":" in text[:200] and (body := BODY_COLON.match(text))
            and (list_after and body.end() == len(text) or split_inline(text))):
        # "The Board:" over, or before, "(a) noted the report; (b) agreed ...": what the body did; under a
        # report's "Recommendations" heading ("That Cabinet:" over "1. Approve ..."), what it is asked to do
        asked = under_asks_heading(blocks, index)
        return Trigger("recommendation" if asked else "resolution", intro=body.end() == len(text), content=text,
                       generic="recommended" if asked else "decided", cue="decider-has:named")
    return None


# a minute's "Outcome:" or "Conclusion:" over what it decided
OUTCOME_LABEL = re.compile(r"^(?:Outcome|Conclusion)s?\s*:\s*")
# "The Board is asked to approve ...": the body that decides, asked, and the verb of what it is asked
ASKED_SENTENCE = re.compile(rf"^(?:The\s+)?{NAMED_COLLECTIVE}\s+(?:is|are)\s+(?:asked|invited|recommended)\s+to\s+"
                            r"(?P<verb>[a-z]+)\b[^:;]*\.$")
# "is asked to note:", a verb and nothing else before the colon; an item opening as a sentence ("The ...", "That ...")
BARE_VERB_COLON = re.compile(r"\bto\s+[a-z]+\s*:\s*$")
CAPITALISED_ITEM = re.compile(r"\s*(?:(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+)?[A-Z][a-z]")


def last_line(block: Block) -> str:
    """A paragraph's last line when it has more than one: where a record's box of fields ("Decision reference
    ...", "Date of decision ...") ends in the intro of its decisions."""
    lines = block.raw_lines
    return lines[-1].strip() if len(lines) > 1 and block.kind == "paragraph" else ""


def label_line(block: Block) -> tuple[re.Match, str] | None:
    """A decision label on a line of its own inside a block ("Decision" between "Electoral
    divisions: All" and "The Cabinet Member ... has:"), and the lines after it."""
    lines = block.raw_lines
    if len(lines) < 2:
        return None
    for k, line in enumerate(lines[:-1]):
        found = LABEL.fullmatch(line.strip())
        if found and line.strip()[:1].isupper():  # "... and its" | "recommendations" | "are being costed": a wrapped word
            return found, " ".join(lines[k + 1:])
    return None


def sentence_before(text: str, position: int) -> str:
    """The words of ``text``'s sentence before ``position`` ("Proposed by Cllr A, seconded by Cllr B and ")."""
    starts = [m.end() for m in SENTENCE_SPLIT.finditer(text, 0, position)]
    return text[starts[-1] if starts else 0:position]


def in_motion(blocks: list[Block], index: int) -> bool:
    """Whether a block is the wording of a motion or amendment ("Mr X proposed
    and Mr Y seconded the motion that “County Council is asked to: ..."), which
    is decided, if at all, by a RESOLVED further on."""
    text = blocks[index].text
    before = blocks[index - 1].text if index else ""
    return text.startswith(("“", '"')) or bool(MOTION.search(text) or MOTION.search(before))


def _trigger(kind: str, block: Block, rest: str, content: str, after: Block | None, generic: str,
             cue: str, said: bool = False) -> Trigger:
    """A trigger carrying ``content`` unless it ends with ":" or a dash, or
    (without punctuation) a new list starts right after it. ``generic`` is
    the action when no verb says more ("RESOLVED" -> resolved)."""
    rest = rest.strip()
    action = action_of(rest, generic) if rest else generic
    # nothing but punctuation ("It was APPROVED;"), a colon or dash at the end, or only who
    # decides ("Decision taken: That the Committee for Transport"): the clauses follow
    if NOTHING_AFTER.match(rest) or re.search(r"(?::\s*[-–—]?|\s[-–—])$", rest) or BODY_LEAD_IN.match(rest):
        return Trigger(kind, intro=True, action=action, generic=generic, cue=cue)
    own_rank = RANK.get(block.style, -1) if block.marker else -1
    if (after is not None and after.kind == "item" and is_list_start(after.marker)
            and RANK.get(after.style, 0) > own_rank and not rest.endswith(".")):
        return Trigger(kind, intro=True, action=action, guessed=True, generic=generic, cue=cue)
    return Trigger(kind, intro=False, content=content.strip(), action=action, generic=generic, cue=cue, said=said)


def trim_clause(candidate: Candidate) -> Candidate:
    """A clause cut where a line of its block opens the next recommendation or its vote
    (printed minutes run them on without a break)."""
    clause = candidate.clause
    if clause.text is None and not clause.subs:
        lines = clause.block.raw_lines
        cut = next((k for k, line in enumerate(lines)
                    if k and (RUN_ON.match(line.strip()) or opens_section(lines, k))), None)
        text = " ".join(lines[:cut]) if cut else clause.block.text
        text = trim_run_on(re.sub(r"\s+", " ", text).strip(), False)
        label = clause.label_override
        if clause.block.marker is None and label is None:
            label, text = split_label(text)  # "2a. Residents Parking - Approve ...", a label the reader did not know
        if text != clause.block.text:
            candidate.clause = Clause(clause.block, text=text, label_override=label)
    return candidate


SECTION_WORDS = 8  # a heading line inside a block is no longer
# a report template's field label opening a line, its text after the colon ("Reasons for decision: ...")
RUN_IN_FIELD = re.compile(r"^(?P<label>[A-Z][a-z’'-]*(?:\s+[a-z’'/-]+){1,7})\s*:\s+[A-Z]")
# "CPP/23/19 Children in care with ...": a minutes book's next minute, its number then its title (of any length)
MINUTE_REFERENCE = re.compile(r"[A-Z]{2,6}/\d{1,3}/\d{2,4}\s+[A-Z]")


def opens_section(lines: list[str], k: int) -> bool:
    """Line ``k`` of a printed list item is the next section's heading, which the item ran
    into ("4. To delegate ... Board." then "Reasons for the decision" and its paragraph): a
    short line with no stop of its own, after a line that ended a sentence and before the
    section's text."""
    line, previous = lines[k].strip(), lines[k - 1].rstrip()
    if previous.endswith((".", ";")) and (field := RUN_IN_FIELD.match(line)) and not stem_of(field.group("label").split()[0]):
        return True  # "Alternative options considered and rejected: None. ...": a report's next field, run in
    return (k + 1 < len(lines) and previous.endswith((".", ";")) and line[:1].isupper()
            and (len(line.split()) <= SECTION_WORDS or bool(MINUTE_REFERENCE.match(line)))
            and not line.endswith((".", ";", ":", ",")) and not match_marker(line))


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
    return Trigger(kind, intro=True, generic="recommended" if kind == "recommendation" else "resolved",
                   cue="after:body-lead-in")


def stops_list(block: Block) -> bool:
    """A new trigger ("RESOLVED ...", "Decision:") ends the list before it."""
    if block.kind == "item":
        return False
    opener = FORMAL_OPENER.match(block.text)
    return bool(opener and is_formal(opener)) or bool(LABEL.match(block.text) and block.text.rstrip().endswith(":"))


def read_after(blocks: list[Block], index: int, trigger: Trigger) -> tuple[list[Candidate], int]:
    """The clauses a trigger at ``blocks[index]`` carries or introduces."""
    block = blocks[index]
    if trigger.holds_list:
        items, end = collect(blocks, index + 1, stop=stops_list)
        subs = [part for item in items for part in (item.block, *item.subs)]
        return [Candidate(Clause(block, subs=subs), trigger.kind, trigger.cue, trigger.action)], end
    if not trigger.intro:
        inline = split_inline(block.text)
        if inline:
            return [Candidate(Clause(block, text=text, label_override=label), trigger.kind, trigger.cue,
                              trigger.generic) for label, text in inline], index + 1
        led = led_list(blocks, index, trigger)
        if led:
            return led
        first, *further = FURTHER_DECISION.split(trigger.content or "")
        label, content = split_label(first)
        clause = Clause(block, text=trim_run_on(content, trigger.said), label_override=label)
        # "It was further RESOLVED that B.": each decision the paragraph goes on to tell, as written
        return [Candidate(clause, trigger.kind, trigger.cue, trigger.action)] + [
            Candidate(Clause(block, text=trim_run_on(more.strip(), True), label_override=""), trigger.kind,
                      trigger.cue, action_of(more, trigger.generic)) for more in further], index + 1
    fallback, headings = trigger.action, 0
    j = index + 1
    while j < len(blocks):
        current = blocks[j]
        nested = read_trigger(blocks, j)
        if (nested is not None and nested.intro
                or nested is None and (is_nested_intro(current) or is_lead_in(blocks, j)
                                       or BODY_LEAD_IN.match(current.text))):
            fallback = (nested.action if nested else action_of(current.text)) or fallback
            j += 1
            continue
        if nested is not None and not (current.kind == "item" and is_list_start(current.marker)):
            # "Decision:" then "RESOLVED that the report be noted." (a list whose first item opens in capitals,
            # "a) NOTED ...; b) REQUESTED ...; c) AGREED ...", is the list of decisions, read whole below)
            if inline := split_inline(current.text):  # "It is recommended that the Committee (1) ...; (2) ..."
                return [Candidate(Clause(current, text=text, label_override=label), trigger.kind, nested.cue,
                                  nested.generic) for label, text in inline], j + 1
            clause = Clause(current, text=nested.content)
            return [Candidate(clause, trigger.kind, nested.cue, nested.action or fallback)], j + 1
        if (current.kind == "heading" or COLUMN_HEADINGS.match(current.text)) and headings < 2 and not _ends_list(current):
            headings += 1
            j += 1
            continue
        if current.kind == "item" and (trigger.guessed or headings) and not is_list_start(current.marker):
            return _whole_intro(block, trigger), j
        if current.kind == "table":
            rows, end = table_clauses(blocks, j)
            return [Candidate(c, trigger.kind, trigger.cue, fallback) for c in rows], end
        if current.kind == "paragraph" and _preamble(blocks, j):
            return [], j  # the section's background, before the intro of its decisions: read on from it
        if _intro_broken_before(blocks, j):
            j += 1  # "5 Members of the ... Scrutiny" | "Committee are recommended to:": the intro's first words
            continue
        if current.kind in ("item", "paragraph") and not _ends_list(current):
            clauses, end = collect(blocks, j, stop=stops_list)
            return [Candidate(c, trigger.kind, trigger.cue, fallback) for c in expand_titled(clauses)], end
        break
    return _whole_intro(block, trigger), j


def _intro_broken_before(blocks: list[Block], index: int) -> bool:
    """"5 Members of the Children and Young People's Overview and Scrutiny" | "Committee are recommended to:": a
    line of the intro that the structure reader ended where the next line opened like a label; it stops mid-sentence,
    right before the rest of an intro that asks for decisions, and is that intro's start, no clause."""
    block = blocks[index]
    if block.kind not in ("item", "paragraph") or ends_sentence(block.text) or index + 1 >= len(blocks):
        return False
    rest = read_trigger(blocks, index + 1)
    return rest is not None and rest.intro and rest.cue == "after:asked-to"


PREAMBLE_REACH = 12  # blocks after a label's first paragraph searched for the intro of its decisions


def _preamble(blocks: list[Block], index: int) -> bool:
    """"Decision:" over "The area was inspected in ... and the letter was published on ..." and more
    paragraphs, then "The Executive is asked to:" over "(1) ... (2) ...": an issue page's section printed
    under a decision label tells the background first; a paragraph with no verb of decision, before an
    intro of the section's own (paragraphs and lists between, no other heading), is not a decision."""
    if blocks[index].marker or action_of(blocks[index].text):
        return False
    for j in range(index + 1, min(len(blocks), index + 1 + PREAMBLE_REACH)):
        if blocks[j].kind in ("paragraph", "heading") and (nested := read_trigger(blocks, j)) is not None:
            return nested.intro
        if blocks[j].kind not in ("paragraph", "item"):
            return False
    return False


def _whole_intro(block: Block, trigger: Trigger) -> list[Candidate]:
    """A formal intro over no clauses, whose own words decide ("RESOLVED: To note the attendance of the
    following Reserve Member:" over a table of names): the intro is the decision."""
    opener = FORMAL_OPENER.match(block.text)
    rest = block.text[opener.end():].strip() if opener and is_formal(opener) else ""
    if not WHOLE_INTRO.match(rest):
        return []
    return [Candidate(Clause(block, text=rest), trigger.kind, trigger.cue, action_of(rest, trigger.generic))]


def led_list(blocks: list[Block], index: int, trigger: Trigger) -> tuple[list[Candidate], int] | None:
    """"RESOLVED - (i) That X.", then "(ii) That Y." on the next line: the trigger's line
    carries the list's first clause, and the items after it that go on from its marker are
    the rest of the list."""
    rest = trigger.content or ""
    opener = FORMAL_OPENER.match(rest)
    rest = rest[opener.end():] if opener and is_formal(opener) else rest
    marker = match_marker(rest)
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if not (marker and is_list_start(marker) and after is not None and after.kind == "item"
            and after.marker and is_successor(marker, after.marker)):
        return None
    first = Clause(blocks[index], text=rest[len(marker):].strip(), label_override=marker.strip())
    more, end = collect(blocks, index + 1, stop=stops_list)
    return [Candidate(c, trigger.kind, trigger.cue, trigger.action) for c in [first, *more]], end


def _ends_list(block: Block) -> bool:
    return bool(LIST_END.match(block.text))


def read_that_clauses(blocks: list[Block], index: int) -> tuple[list[Candidate], int] | None:
    """Unheaded "That ..." clauses (decision pages; also a motion's wording, which ``decide`` weighs)."""
    block = blocks[index]
    if block.kind not in ("item", "paragraph") or not THAT_CLAUSE.match(block.text):
        return None
    clauses, end = collect(blocks, index, stop=stops_list)
    before = blocks[index - 1].text if index else ""
    kind = "recommendation" if under_asks_heading(blocks, index) else "resolution"
    return [Candidate(c, kind, "that-clause", preceded_by=before) for c in clauses], end


def under_asks_heading(blocks: list[Block], index: int) -> bool:
    """Whether the section a block opens is a report's "Recommendations" or "Proposals": the
    nearest heading a few blocks up asks the meeting for a decision."""
    if index and blocks[index - 1].raw_lines and ASKS_HEADING.match(blocks[index - 1].raw_lines[-1].strip()):
        return True  # "1 Recommendations" on the last line of the block before, which a PDF's reader ran it into
    for earlier in reversed(blocks[max(0, index - LOOKBACK_HEADINGS):index]):
        if earlier.kind == "heading" or earlier.looks_like_heading:
            return bool(ASKS_HEADING.match(earlier.text))
    return False


def candidates(doc: StructuredDocument) -> list[Candidate]:
    blocks = split_at_decisions(doc)
    found: list[Candidate] = []
    approvals: list[Candidate] = []
    index = 0
    while index < len(blocks):
        if cells := recommending_cells(blocks[index]):
            found += [Candidate(Clause(blocks[index], text=cell, label_override=""), "resolution",
                                "after:table-cell-recommends", "recommended") for cell in cells]
            index += 1
            continue
        trigger = read_trigger(blocks, index)
        if trigger is not None:
            before = blocks[index - 1].text if index else ""
            more, index = read_after(blocks, index, trigger)
            found += [replace(candidate, preceded_by=candidate.preceded_by or before) for candidate in more]
            continue
        unheaded = unheaded_intro(blocks, index)
        if unheaded is not None:
            before = " ".join(block.text for block in blocks[max(0, index - MOTION_LOOKBACK):index])
            more, index = read_after(blocks, index, unheaded)
            found += [replace(candidate, preceded_by=before) for candidate in more]
            continue
        that = read_that_clauses(blocks, index)
        if that is not None:
            more, index = that
            found += more
            continue
        found += numbered_decisions(blocks[index])
        approval = minutes_approved(blocks[index])
        # "The minutes of the last meeting ... were agreed as a correct record." then "RESOLVED - That the
        # minutes ... be approved ...": the account of the item, then its decision, once
        following = blocks[index + 1].text if index + 1 < len(blocks) else ""
        if approval is not None and not (opens_formally(following) and "minutes" in following.lower()):
            approvals.append(approval)
        index += 1
    found = [trim_clause(candidate) for candidate in found] + narrative(blocks) + approvals
    return sorted(found, key=lambda c: (c.clause.block.spans[0].page, c.clause.block.spans[0].start))


