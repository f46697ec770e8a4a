"""Lists of clauses: the items that follow an intro ("RESOLVED that:",
"Cabinet is asked to:"), each with its own sub-items folded in.

A list's top level is set by its first item ("(a)", "1.", "A.", a bullet, or
an unmarked "That ..." paragraph). A later block is the next clause when its
marker is the successor of the last one ("(a)" -> "(b)"), part of the current
clause when it sits deeper ("(i)" or a bullet under "(a)"), and otherwise the
list has ended. Sub-headings between clauses ("2025-26 Council Tax") are
stepped over when the list goes on after them.

Also here: finding a clause's words back in its page, for the quote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.resolutions.actions import action_of, stem_of
from pipeline.extract.resolutions.cues import BODY, BODY_DECIDED, LEADING_LABEL, RUN_ON, SENTENCE_SPLIT, has_wording
from pipeline.extract.common.structure import RANK, Block, StructuredDocument, is_successor, marker_parts, marker_style

# What ends a list whatever follows: the reasons, votes and metadata that
# decision pages put after the decision.
LIST_END = re.compile(
    r"^(?:reasons?\s+for\b|reasons?\s*:|voting\b|vote\b|minutes\s*:|supporting documents|publication date|"
    r"date of decision|decided at meeting|effective from|report author|accompanying documents|"
    r"alternative options|options considered|portfolio holder\s*:|background\b|purpose\b|"
    r"additional documents|implications\b|contact\b)",
    re.IGNORECASE,
)
UNMARKED_CLAUSE = re.compile(r"^(?:That|To)\s+\S")  # how an unnumbered clause opens
LOOKAHEAD = 3  # sub-headings a list may step over
# A report numbers its paragraphs straight on across its sections ("3. That ... approves ...",
# "Executive Summary", "4. The local area was inspected ..."): a numbered list ends at a heading;
# lettered ones step over their sub-headings ("(b) ...", "2025-26 Council Tax", "(c) ...").
PARAGRAPH_NUMBERS = {"number", "dotted"}


@dataclass
class Clause:
    """One top-level clause: its block and the deeper blocks folded into it."""

    block: Block
    subs: list[Block] = field(default_factory=list)
    text: str | None = None  # when only part of the block is the clause
    label_override: str | None = None

    @property
    def label(self) -> str | None:
        return self.label_override if self.label_override is not None else self.block.marker

    def full_text(self) -> str:
        parts = [self.text if self.text is not None else self.block.text]
        parts += [f"{sub.marker} {sub.text}" if sub.marker else sub.text for sub in self.subs]
        return " ".join(p for p in parts if p).strip()


@dataclass
class Candidate:
    """A clause proposed as a resolution or recommendation, and where it was proposed."""

    clause: Clause
    kind: str
    source: str  # the proposing rule, e.g. "after:resolved", "that-clause", "narrative:body-verb"
    fallback_action: str | None = None
    formal: bool = True  # proposed at a trigger or an unheaded "That ..." clause (not a narrative sentence)
    preceded_by: str = ""  # the text of the block before the run of clauses it was proposed in
    block_sentences: int = 0  # for a narrative sentence: how many sentences its paragraph has
    sentence: str = ""  # for a narrative sentence: the whole sentence (its clause may be part of it)


def opens_unmarked_clause(text: str) -> bool:
    """An unnumbered clause of a decision: "That ...", "To ...", or a decision verb
    opening it ("Approved the submission ...", "Delegate authority to ...")."""
    if UNMARKED_CLAUSE.match(text) or BODY_DECIDED.match(text):
        return True
    first = text.split(" ", 1)[0]
    return first[:1].isupper() and not first.isupper() and stem_of(first) is not None


def is_list_start(marker: str | None) -> bool:
    """Whether a marker opens a list: "1.", "(a)", "A)", "(i)", "1.1", a bullet."""
    if not marker:
        return False
    if marker_style(marker) == "bullet":
        return True
    _, label = marker_parts(marker)
    return label.lower() in {"1", "a", "i"} or bool(re.fullmatch(r"\d+\.1\.?", label))


def is_sub_label(block: Block) -> bool:
    """"Contractual:" between recommendations 2 and 3: a short label ending with a colon
    groups the clauses under it; a section title ("Background") would end the list."""
    return block.text.endswith(":") and len(block.text.split()) <= 4 and not LIST_END.match(block.text)


def is_deeper(block: Block, top: str, current: Clause) -> bool:
    """Whether ``block`` belongs inside the current clause rather than next to it."""
    if block.marker is None or (block.style in ("number", "dotted") and block.looks_like_heading):
        return False  # "1. Introduction": the next section, not a sub-item
    if not top:  # unnumbered clauses: only a list the clause announces (ends with ":")
        own = current.text if current.text is not None else current.block.text
        return own.rstrip().endswith(":") and block.style in ("bullet", "roman", "letter")
    top_style, style = marker_style(top), block.style
    if RANK.get(style, 0) > RANK.get(top_style, 0):
        return True
    # letters restarting in the other case ("A." then "a.") are a sub-list
    _, label = marker_parts(block.marker)
    _, top_label = marker_parts(top)
    return style == top_style == "letter" and label.lower() == "a" and label.isupper() != top_label.isupper()


def next_is_sibling(blocks: list[Block], index: int, last: str) -> int | None:
    """Index of a coming successor of ``last`` within a few blocks, or None."""
    for j in range(index, min(index + LOOKAHEAD, len(blocks))):
        block = blocks[j]
        if LIST_END.match(block.text):
            return None
        if block.marker and is_successor(last, block.marker):
            return j
        if block.kind in ("item", "table"):
            return None
    return None


ITEM_HEADING = re.compile(r"(?=[^a-z]*[A-Z]{2}[^a-z]*$)(?!(?:THAT|TO)\b)[^a-z.;:]{4,100}")


INNER_MARKER = re.compile(r"(\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+(?=\S)")


def item_heading(text: str) -> bool:
    """"4. CHILDREN'S SOCIAL CARE PERFORMANCE REPORT" after a RESOLVED list "1. ... 3.": the next minute's
    title in capitals, numbered on from the decisions, not a decision (no lower case, no stop)."""
    return ITEM_HEADING.fullmatch(text.strip()) is not None and len(text.split()) >= 2


def collect(blocks: list[Block], index: int, stop: Callable[[Block], bool] | None = None) -> tuple[list[Clause], int]:
    """The clauses of the list whose first clause is ``blocks[index]``; also
    the index after the list. ``stop(block)`` ends the list early (a new
    trigger)."""
    first = blocks[index]
    top = first.marker or ""
    clauses = [Clause(first)]
    last = top
    j = index + 1
    while j < len(blocks):
        block = blocks[j]
        current = clauses[-1]
        if block.kind == "item" and top and is_successor(last, block.marker) and not item_heading(block.text):
            clauses.append(Clause(block))
            last = block.marker
        elif block.kind == "item" and top and (inner := INNER_MARKER.match(block.text)) \
                and is_successor(last, inner.group(1)) and not is_successor(last, block.marker or ""):
            # "a) Note ... at paragraph" | "5." | "b) Agree ...": the end of a wrapped clause ("paragraph 5.") on
            # its own line was read as the next line's marker; the clause's own marker follows it
            clauses.append(Clause(block, text=block.text[inner.end():], label_override=inner.group(1)))
            last = inner.group(1)
        elif LIST_END.match(block.text) or (stop and stop(block)) or block.kind == "table":
            break
        elif block.kind == "item" and is_deeper(block, top, current):
            current.subs.append(block)
        elif not top and block.kind == "paragraph" and opens_unmarked_clause(block.text):
            clauses.append(Clause(block))
        elif (top and block.kind != "item" and (block.kind != "heading" or marker_style(top) not in PARAGRAPH_NUMBERS
                                                or is_sub_label(block))
              and (sibling := next_is_sibling(blocks, j, last)) is not None):
            j = sibling
            continue
        else:
            break
        j += 1
    return clauses, j


TITLE_WORDS = 20  # a clause's own text this short, with no verb of decision, may be a title over its items


def expand_titled(clauses: list[Clause]) -> list[Clause]:
    """"2. Residents Parking  a. Approve ...  b. Approve ...": a numbered title whose
    decisions are its lettered items is those items, one clause each."""
    out = []
    for clause in clauses:
        own = clause.text if clause.text is not None else clause.block.text
        items = [sub for sub in clause.subs if sub.marker and sub.style == clause.subs[0].style] if clause.subs else []
        if (len(items) >= 2 and len(own.split()) <= TITLE_WORDS and not own.rstrip().endswith((".", ":"))
                and stem_of(own.split(" ", 1)[0]) is None and not UNMARKED_CLAUSE.match(own)):
            for sub in clause.subs:
                if sub in items:
                    out.append(Clause(sub))
                else:
                    out[-1].subs.append(sub)
        else:
            out.append(clause)
    return out


# ---------------------------------------------------------------- tables, labels, run-ons

ROW_LABEL = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]?")  # a table row's own number


def table_clauses(blocks: list[Block], index: int) -> tuple[list[Clause], int]:
    """A recommendation table under its trigger: one clause per row whose text is a decision
    ("| 1 | Approve the plan |"), its number the label; header rows are stepped over."""
    clauses = []
    while index < len(blocks) and blocks[index].kind == "table":
        row = blocks[index]
        cells = [cell.strip() for cell in row.text.strip().strip("|").split("|") if cell.strip()]
        label = cells[0] if len(cells) > 1 and ROW_LABEL.fullmatch(cells[0]) else None
        body = max(cells[1:] if label else cells, key=len, default="")
        if has_wording(body) and (opens_unmarked_clause(body) or action_of(body)):
            clauses.append(Clause(row, text=body, label_override=label))
        index += 1
    return clauses, index


def split_label(text: str) -> tuple[str | None, str]:
    """"2a. Residents Parking - Approve ...": a clause's own label printed after its trigger."""
    label = LEADING_LABEL.match(text)
    return (label.group(1), text[label.end():]) if label else (None, text)


def trim_run_on(text: str, said: bool) -> str:
    """A decision's clause without what the same paragraph goes on to: the next
    recommendation's vote. "It was AGREED that X. Y." records X; Y is the narrative."""
    sentences = SENTENCE_SPLIT.split(text)
    if said:
        return sentences[0]
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if RUN_ON.search(sentence):
            break
        kept.append(sentence)
    return " ".join(kept)


# ---------------------------------------------------------------- quotes


def _pattern(words: list[str]) -> str:
    """A regex for words as the page prints them: any whitespace or markdown
    emphasis between words, a line break after a hyphen."""
    gap = r"[\s*_]+"
    return gap.join(re.escape(word).replace(r"\-", r"-\s*") for word in words)


def locate(doc: StructuredDocument, block: Block, text: str) -> dict:
    """Provenance of ``text`` read from ``block`` (and the blocks after it on
    the page): the page, offsets and exact quote of its words on the block's
    first page; a quote is one page's slice, so a clause that runs on to the
    next page is quoted up to the page end. Falls back to the block's first
    span when the words cannot be found."""
    span = block.spans[0]
    page_text = doc.page_text(span.page)
    words = text.split()
    found = None
    for size in (8, 3, 1):  # searched from the span's start, without copying the rest of the page
        opening = _search_words(page_text, words[:size], span.start) if words else None
        if opening is not None:
            found = _longest_prefix(page_text, words, opening)
            break
    start, end = found if found else (span.start, span.end)
    return {"page": span.page, "char_start": start, "char_end": end, "quote": page_text[start:end]}


def _search_words(region: str, words: list[str], start: int) -> int | None:
    """Where ``_pattern(words)`` is first found in ``region`` from ``start``, or None. Plain
    words (``_longest_prefix``) are read by hand from each place their first word's opening
    stands: one way to match each, so this is the pattern's search without compiling a
    pattern per clause (most of a clause's cost where its opening is found at once)."""
    if not all(_plain(word) for word in words):
        found = _compiled(_pattern(words)).search(region, start)
        return found.start() if found else None
    first = words[0]
    hyphen = first.find("-")
    opening = first if hyphen == -1 else first[:hyphen + 1]  # whitespace may follow a hyphen
    position = region.find(opening, start)
    while position != -1:
        end = _plain_step(region, position, first, gap=False)
        for word in words[1:]:
            if end is None:
                break
            end = _plain_step(region, end, word, gap=True)
        if end is not None:
            return position
        position = region.find(opening, position + 1)
    return None


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _longest_prefix(region: str, words: list[str], offset: int) -> tuple[int, int] | None:
    """The longest run of ``words`` (from the first) that the region spells
    out at ``offset``: a clause may run on past the first page.

    Word by word. Most words are read by hand, without a pattern: where a word neither
    opens with ``*`` or ``_`` (which a gap could give back) nor ends with a hyphen (whose
    trailing space the next gap could take), there is exactly one way to match it, so
    comparing characters gives what the pattern would. Compiling a pattern per word (once
    7% of extraction's CPU) is left to the few words that are not so plain. Compiling one
    pattern of thousands of words per clause, as this once did, took minutes on a long clause.
    """
    position, best = offset, None
    for index, word in enumerate(words):
        if _plain(word):
            position = _plain_step(region, position, word, gap=index > 0)
        else:
            position = _pattern_step(region, position, words, index)
        if position is None:
            break
        best = (offset, position)
    return best


GAP_CHARACTERS = frozenset("*_")


def _plain(word: str) -> bool:
    return word[0] not in GAP_CHARACTERS and not word.endswith("-")


def _plain_step(region: str, position: int, word: str, gap: bool) -> int | None:
    """Where ``word`` ends, read at ``position`` (after a gap of whitespace or markdown
    emphasis when ``gap``; a line break may follow a hyphen inside the word)."""
    size = len(region)
    if gap:
        start = position
        while position < size and (region[position].isspace() or region[position] in GAP_CHARACTERS):
            position += 1
        if position == start:
            return None
    for character in word:
        if position >= size or region[position] != character:
            return None
        position += 1
        if character == "-":
            while position < size and region[position].isspace():
                position += 1
    return position


def _pattern_step(region: str, position: int, words: list[str], index: int) -> int | None:
    """Where ``words[index]`` ends, by a small cached pattern (the word, and the gap before
    it), checked against the next word so that a gap gives back a ``*`` or ``_`` the next
    word opens with, as one pattern of all the words would."""
    step = _pattern([words[index]]) if index == 0 else r"[\s*_]+" + _pattern([words[index]])
    match = None
    if index + 1 < len(words):
        following = _pattern([words[index + 1]])
        match = _compiled(step + "(?=" + r"[\s*_]+" + following + ")").match(region, position)
    match = match or _compiled(step).match(region, position)
    return match.end() if match else None


# ---------------------------------------------------------------- inline lists

INLINE_MARKER = re.compile(r"(?:(?<=\s)|^)(\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\))\s+")
# An intro ends as a list's lead-in: a colon or dash, "that", "to"; or "that" and the body the clauses' verbs
# belong to ("It is recommended that the Committee (1) notes ...; (2) agrees ..."): the verbs follow each number
INTRO_END = re.compile(r"(?:[:–—-]|\bthat|\bto|\bthat\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,5}?" + BODY + r"))\s*$",
                       re.IGNORECASE)


def split_inline(text: str) -> list[tuple[str, str]] | None:
    """"RESOLVED: (1) That X; (2) That Y" run together in one paragraph (web
    pages do this): the (label, clause) pairs, or None when the text is not
    an intro followed by a numbered run starting at (1)/(a)/(i)."""
    found = list(INLINE_MARKER.finditer(text))
    if len(found) < 2 or not is_list_start(found[0].group(1)):
        return None
    if not INTRO_END.search(text[:found[0].start()]):
        return None
    run = [found[0]]
    for match in found[1:]:
        if is_successor(run[-1].group(1), match.group(1)):
            run.append(match)
    if len(run) < 2:
        return None
    pieces = []
    for index, match in enumerate(run):
        end = run[index + 1].start() if index + 1 < len(run) else len(text)
        pieces.append((match.group(1), text[match.end():end].strip()))
    if any(len(piece.split()) < 3 for _, piece in pieces):
        return None
    return pieces
