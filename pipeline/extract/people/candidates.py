"""What is proposed as a person, and the evidence each proposal carries.

Patterns propose mentions outright where the text says a person is there (a
title before a name, a councillors list, a name in capitals after a contact
label: finders). Every other run of capitalised words is a candidate, and
collects cues (decide.py weighs them against one threshold, ``ACCEPT``):
- strong, each enough alone: an item of an attendance block, a field label
  before it ("Report Author:", a list's label over bullets), an e-mail
  address that spells it, a job title set off after it;
- weak: a plausible name's shape, a reporting verb after it ("Gareth
  Tulliver said"), a title after a bare space, opening a line of an
  attendance block ("Clerk J Bloggs", a grid of names and roles), opening a
  row of a grid of people with their titles, filling a numbered or bulleted
  item among titled people or in the public forum, standing in a comma run
  of three names or more;
- against: not a name's shape, part of an organisation's or a title's name,
  inside brackets.
Full names the cues leave short go to spaCy (ner), asked only about
plausible candidates off table rows and addresses, and never about words
the document puts after a preposition of place ("in Lawrence Weston").
"""

from __future__ import annotations

import re

from pipeline.extract.people import attendance, columns, finders
from pipeline.extract.people import ner as people_ner
from pipeline.extract.people.contacts import email_fits, emails_in
from pipeline.extract.people.decide import ACCEPT, accepted
from pipeline.extract.people.lexicon import ORG_WORDS, RANKS, ROLE_WORDS
from pipeline.extract.people.names import Candidate, candidates_in, clean_name, is_full_name, is_initial, word_class
from pipeline.extract.people.roles import ROLE_START, is_honorific, role_after, role_before, starts_like_role
from pipeline.extract.people.shape import (
    DocumentWords,
    absence_mark,
    drop_absence_mark,
    opens_with_mark,
    drop_common_tail,
    drop_place_tail,
    drop_surname_word_opening_a_name,
    drop_title_line,
    drop_title_qualifier,
    qualifies_a_title,
    first_two_names,
    in_address,
    in_table_row,
    name_shaped,
    org_word_next_to,
    plausible,
)

NER_TRIES = 2  # the same words are asked about at most this often per document
STRONG, WEAK, AGAINST = ACCEPT, ACCEPT / 2, -ACCEPT


# "whose co-chair, Jo Bloggs, contributed", "its chief executive, Sam Bloggs, said": a post named
# just before a name set off by commas on both sides.
ROLE_SET_OFF_BEFORE = re.compile(r"\b(?:(?:co|vice)-?chair|chair(?:man|woman|person)?|chief\s+executive|director"
                                 r"|(?:co-?)?founder|co-?ordinator|manager|secretary|treasurer)\s*,\s*$", re.I)


def page_mentions(page: int, text: str, words: DocumentWords, forums: list[tuple[int, int]],
                  regions) -> tuple[list[finders.Mention], list[Candidate]]:
    """Mentions the patterns and cues settle on one page, and the full-name
    candidates they leave for the model."""
    mentions = finders.honorific_mentions(page, text) + finders.plural_councillor_mentions(page, text) \
        + finders.upper_case_label_mentions(page, text) + finders.upper_case_signature_mentions(page, text, words.lower) \
        + finders.upper_case_councillor_mentions(page, text) + finders.chair_signature_mentions(page, text) \
        + finders.sign_off_row_mentions(page, text)
    gridded, labelled = columns.cell_mentions(page, text)
    if gridded:  # a grid's names cut by their columns: what the other readers made of its lines gives way
        mentions = [m for m in mentions if not any(g.start < m.end and m.start < g.end for g in gridded)] + gridded
    mentions += labelled
    absent_key = absence_mark(text)
    mentions = [m for m in mentions if not opens_with_mark(text, m.name, m.end, absent_key)]  # the reader below
    cuts = columns.cuts(text)
    for mention in mentions:
        mention.found = [(f"found:{mention.source}", STRONG)]
        trim_at_cut(text, mention, cuts)
        trim_place_tail(text, mention, words)
        trim_title_qualifier(text, mention, words)
    taken = [(m.start, m.end) for m in mentions]
    emails = emails_in(text)
    runs = NameRuns(text)
    grids = columns.titled_spans(text)
    pending = []
    found = split_at_marks(text, split_at_columns(text, candidates_in(text, page, columns.row_starts(text)), cuts),
                           absent_key)
    for cand in found:
        unmarked = drop_absence_mark(text, cand, absent_key)
        marked_item = unmarked is not cand and len(absent_key or ()) >= 2 \
            and any(r[0] <= cand.start < r[1] for r in regions)  # "P Jo Bloggs" in a keyed grid: an item
        cand = unmarked
        if any(a < cand.end and cand.start < b for a, b in taken):
            cand = past_taken(text, cand, taken)
            if cand is None:
                continue
        cand = drop_place_tail(text, drop_title_line(text, drop_common_tail(text, cand, words)), words)
        cand = drop_surname_word_opening_a_name(text, drop_title_qualifier(text, cand, words))
        cand = drop_next_cell(text, drop_cell_after_initialled_name(text, cand), regions)
        cues = candidate_cues(text, cand, regions, emails, words, forums, runs, grids)
        if marked_item and cues[0][0] != "shape:not-a-name" and is_full_name(cand.words):
            cues = [("item:after-attendance-mark", STRONG)]
        if accepted(cues):
            source = max(cues, key=lambda cue: cue[1])[0]
            mentions.append(finders.Mention(page, cand.start, cand.end, clean_name(cand.text), source=source,
                                            found=cues))
        elif is_full_name(cand.words) and cues[0][0] not in SETTLED_AGAINST:
            pending.append(cand)
    return mentions, pending


SETTLED_AGAINST = {"entry-line:role-words"}  # cues against a name that the model is not asked to overrule


def split_at_columns(text: str, found: list[Candidate], cuts: list[int]) -> list[Candidate]:
    """"Jo Bloggs Sam Okafor - Head of SEND" in a two-column attendance block: a run of words
    across the gap between the columns is two names, cut where the second cell starts (``columns``)."""
    if not cuts:
        return found
    out = []
    for cand in found:
        cut = next((c for c in cuts if cand.start < c < cand.end), None)
        if cut is None:
            out.append(cand)
            continue
        parts: tuple[list, list] = ([], [])
        pos = cand.start
        for word in cand.words:
            at = text.find(word, pos, cand.end)
            pos = at + len(word)
            parts[at >= cut].append((word, at, pos))
        out += [Candidate(cand.page, part[0][1], part[-1][2], [w for w, _, _ in part]) for part in parts if part]
    return out


def split_at_marks(text: str, found: list[Candidate], marks) -> list[Candidate]:
    """"Mairead Bloggs P Bea Okafor" in a grid whose key makes "P" a mark: the mark, then a given name,
    inside a run of capitalised words opens the next name (the columns' gap folded to a space)."""
    if not marks or len(marks) < 2:
        return found
    out = []
    for cand in found:
        cut = next((i for i in range(2, len(cand.words) - 2) if cand.words[i] in marks
                    and word_class(cand.words[i + 1]) == "name" and not is_initial(cand.words[i - 1])), None)
        if cut is None:
            out.append(cand)
            continue
        pos, spans = cand.start, []
        for word in cand.words:
            at = text.find(word, pos, cand.end)
            pos = at + len(word)
            spans.append((at, pos))
        out.append(Candidate(cand.page, cand.start, spans[cut - 1][1], cand.words[:cut]))
        out += split_at_marks(text, [Candidate(cand.page, spans[cut][0], cand.end, cand.words[cut:])], marks)
    return out


def trim_at_cut(text: str, mention: finders.Mention, cuts: list[int]) -> None:
    """"Councillor Jo Bloggs Opposition group representative" in a grid of names and jobs: a name a pattern
    read on across the start of the next cell ends before it."""
    cut = next((c for c in cuts if mention.start < c < mention.end), None)
    if cut is None:
        return
    dropped = len(text[cut:mention.end].split())
    kept = mention.name.split()[:-dropped]
    if len(kept) - bool(mention.honorific) >= 1:
        mention.end = mention.start + len(text[mention.start:cut].rstrip())
        mention.name = " ".join(kept)


def trim_place_tail(text: str, mention: finders.Mention, words: DocumentWords) -> None:
    """"Councillor Jo Bloggs Westtown City Council" in a grid: the place opens the next cell."""
    name = text[mention.start:mention.end].split()
    keep = len(name)
    while keep > 2 and name[keep - 1].lower() in words.places and not is_initial(name[keep - 2]) \
            and not is_honorific(name[keep - 2]):
        keep -= 1
    if keep < len(name):
        mention.end = text.rindex(name[keep - 1], mention.start, mention.end) + len(name[keep - 1])
        mention.name = " ".join(mention.name.split()[:keep - len(name)])


def trim_title_qualifier(text: str, mention: finders.Mention, words: DocumentWords) -> None:
    """"Dr Jo Bloggs Managing Director": the word that opens the title is not the surname."""
    name = text[mention.start:mention.end].split()
    if len(name) < 3 or "\n" in text[mention.start:mention.end] or is_initial(name[-2]) or is_honorific(name[-2]) \
            or not qualifies_a_title(name[-1], text, mention.end, words):
        return
    mention.end = text.rindex(name[-2], mention.start, mention.end) + len(name[-2])
    mention.name = " ".join(mention.name.split()[:-1])


def past_taken(text: str, cand: Candidate, taken: list[tuple[int, int]]) -> Candidate | None:
    """The words of a candidate after a name a pattern took, when two or more
    are left: "Cllr S Bloggs Vikram Stanworth, Scrutiny Officer" (two columns
    run into one line) leaves "Vikram Stanworth"."""
    end = max(b for a, b in taken if a < cand.end and cand.start < b)
    if end >= cand.end:
        return None
    pos, rest = cand.start, []
    for word in cand.words:
        pos = text.index(word, pos) + len(word)
        if pos - len(word) >= end:
            rest.append(word)
    if len(rest) < 2:
        return None
    start = text.index(rest[0], end)
    return Candidate(cand.page, start, cand.end, rest)


POST_CELL_AFTER_RE = re.compile(r"[ \t]+(?:\|[ \t]+)?(?=[A-Z])")
SERVICE_TO_LINE_END = re.compile(r"(?:[A-Z][\w'’&-]*[ \t]+){0,3}(?:Services|Service|Team)[ \t]*(?:\n|$)")


def candidate_cues(text: str, cand: Candidate, regions, emails, words: DocumentWords,
                   forums: list[tuple[int, int]], runs: "NameRuns | None" = None,
                   grids: list[tuple[int, int]] = ()) -> list[tuple[str, float]]:
    """The cues for and against a candidate being a person's name. A strong
    cue ends the reading: what it says is enough."""
    runs = runs or NameRuns("")
    if not name_shaped(cand, words):
        return [("shape:not-a-name", AGAINST)]
    full = is_full_name(cand.words)
    if full and any(0 <= e.start() - cand.end < 300 and email_fits(e.group(0), cand.text) for e in emails):
        return [("email-spells-name", STRONG)]  # "... Martin Oakes 01632 960066 martin.oakes@..."
    opens_list = any(not text[r[0]:cand.start].strip() for r in regions if r[0] <= cand.start)
    grid_line = opens_attendance_line(text, cand, regions)
    grid_row = any(a <= cand.start < b for a, b in grids) \
        and not text[text.rfind("\n", 0, cand.start) + 1:cand.start].strip(" \t•·▪*-")
    row_start = grid_line or grid_row or opens_item(text, cand)  # what follows on the line is the next cell
    # "... Care and Safeguarding Joanne Billingham, Democratic Services": a name with its title set off after a
    # comma is no organisation's words, whatever word (another column's) stands before it
    titled_after = text.startswith(", ", cand.end) and full and (
        starts_like_role(text[cand.end + 2:cand.end + 80], within=3, article=False)
        or SERVICE_TO_LINE_END.match(text, cand.end + 2) is not None)  # "Jo Bloggs, Democratic Services"
    if org_word_next_to(text, cand, look_before=not (opens_list or row_start or titled_after), look_after=not row_start):
        if body_cell_before(text, cand, words):
            return [("body-name-post-row", STRONG)]
        if full and closes_a_post_row(text, cand, words, body_word_before=True):
            return [("post-then-name-row", STRONG)]
        return [("organisation-word-next", AGAINST)]
    if titled_after and name_shaped(cand, words) and any(r[0] <= cand.start < r[1] for r in regions):
        return [("title-set-off", STRONG)]  # in an attendance block, behind another column's words
    in_list = any(r[0] <= cand.start < r[1] and attendance.is_list_item(text, cand.start, cand.end, r) for r in regions)
    if not in_list and any(attendance.in_entry_line(text, cand.start, r) for r in regions):
        return [("entry-line:role-words", AGAINST)]  # "Jo Bloggs, Director of Education, Strong Start and Inclusion"
    if not full:
        # A lone surname is a person only as an attendance-list item with its role.
        with_role = in_list and text[cand.end:cand.end + 3].lstrip().startswith("(") \
            and not continues_a_phrase(text, cand)
        return [("attendance-item-with-role", STRONG)] if with_role else [("surname-alone", AGAINST)]
    if finders.inside_brackets(text, cand.start) and not runs.covers(cand.start):
        if named_after_role(text, cand, words):
            return [("role-then-name-in-brackets", STRONG)]  # "The Head of SEND (Jo Bloggs) explained ..."
        if (":" in text[text.rfind("(", 0, cand.start):cand.start] and finders.field_label_before(text, cand.start)
                or finders.signed_in_brackets(text, cand.start)):
            return [("label-in-brackets", STRONG)]  # "(Finance officer consulted: Jo Bloggs.)", "(Verified by Jo Bloggs"
        if signs_a_bracket(text, cand, words):
            return [("name-and-title-in-brackets", STRONG)]  # "(Jo Bloggs, Senior Finance Business Partner, 1 May 2025)"
        return [("inside-brackets", AGAINST)]
    if in_list:
        return [("section:attendance-item", STRONG)]
    if finders.field_label_before(text, cand.start):
        return [("label", STRONG)]
    if text.startswith(",", cand.end):  # set off by commas on both sides
        if ROLE_SET_OFF_BEFORE.search(text, max(0, cand.start - 40), cand.start):
            return [("role-set-off-before", STRONG)]  # "the forum, whose co-chair, Jo Bloggs, said"
        if AFFILIATION_BEFORE_RE.search(text, max(0, cand.start - 50), cand.start):
            return [("affiliation-of-someone", AGAINST)]  # "Jo Bloggs, of Open Doors, the parent carer forum, said"
    if closes_a_post_row(text, cand, words):
        return [("post-then-name-row", STRONG)]  # "Chief Executive Jo Bloggs" | "Section 151 Officer Sam Okafor"
    role = role_after(text, cand.start, cand.end, [])
    if role and re.match(r"[ \t]+[^\s(,:–—-]", text[cand.end:cand.end + 3]) is None:
        return [("title-set-off", STRONG)]  # "Helen Marchbank, Corporate Director"
    if finders.title_continues(text, cand.start):
        return [("carries-a-title-on", AGAINST)]  # "Director of Children's Services"
    cues: list[tuple[str, float]] = [shape_cue(text, cand, words, next_cell=row_start)]
    if role:
        cues.append(("title-after", WEAK))
    if finders.followed_by_verb(text, cand.end):
        cues.append(("verb-after", WEAK))
    if PRESENTED_BY_RE.search(text, max(0, cand.start - 50), cand.start):
        cues.append(("presented-by", WEAK))  # "a report from Jo Bloggs on ...", "an update by Jo Bloggs"
    if grid_line:
        cues.append(("section:attendance-line", WEAK))
    elif grid_row:
        cues.append(("grid:names-with-titles", WEAK))
    cues += list_item_cues(text, cand, forums)
    if runs.covers(cand.start):
        cues.append(("list:names-in-a-row", WEAK * 2 / 3))
    return cues


PHRASE_AND_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+")


def body_cell_before(text: str, cand: Candidate, words: DocumentWords) -> bool:
    """A row of a membership table, the body's cell before the name and the post's after it ("NHS Westshire
    ICB | Jo Bloggs | Director of Commissioning", the bars perhaps lost): the organisation's word before the
    name is the other cell's. The post must open with a post's own word ("Director", "Chief", "Co-Chair",
    "Headteacher"), not a body's ("Mayoral Combined | Authority Chief Executive" is one body's name)."""
    after = POST_CELL_AFTER_RE.match(text, cand.end)
    if after is None or not is_full_name(cand.words) or finders.inside_brackets(text, cand.start):
        return False
    post = text[after.end():cand.end + 80]
    first = post.split(None, 1)[0].lower().strip(",;") if post.strip() else ""
    return (first in ROLE_WORDS or first in ROLE_START) and first not in ORG_WORDS \
        and starts_like_role(post, within=3, article=False) \
        and plausible(text, cand, words, next_cell=True, body_cell_before=True)


def continues_a_phrase(text: str, cand: Candidate) -> bool:
    """"... Designated Clinical Officer, NHS\n  Cheshire and Merseyside (Knowsley Place)": a word after
    "X and" on a line that carries on the line above, which stopped mid-phrase (no separator, no name at
    its end), is part of a wrapped title, not an item of the list."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    if line_start == 0 or not PHRASE_AND_RE.fullmatch(text, line_start, cand.start):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip()
    words_above = above.split()
    return bool(words_above) and not above.endswith((",", ";", ":", "&", "(", " and")) \
        and word_class(words_above[-1]) != "name"


# ", of " or ", from " before a capitalised run set off by commas: the organisation of the person
# named before it, not a person.
# So too after a post in an outside body, in lower case: "Jo Bloggs, chair of Speak Up Barnet, said",
# "..., founder of Include Me Too,", "..., a trustee of Open Doors,".
AFFILIATION_BEFORE_RE = re.compile(r",[ \t]*(?:(?:(?:the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+)?(?:co-?|vice-?)?(?:chair(?:man|woman|person)?"
                                   r"|director|head|founder|co-founder|manager|trustee|secretary|treasurer|president"
                                   r"|coordinator|co-ordinator|lead|member|organiser)[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?"
                                   r"|(?:of|from)[ \t]+)$")
BRACKET_OPEN_RE = re.compile(r"\([ \t]*$")
BRACKET_CLOSE_RE = re.compile(r"[ \t]*\)")


def named_after_role(text: str, cand: Candidate, words: DocumentWords) -> bool:
    """A plausible full name that fills a bracket right after a job title: "The Head of SEND
    (Jo Bloggs)", "the Assistant Director, Education and Inclusion (Jo Bloggs)" (minutes
    name their officers so). A bracket after anything else ("the Forum (Open Doors)") holds
    no one."""
    opened = BRACKET_OPEN_RE.search(text, max(0, cand.start - 3), cand.start)
    return (opened is not None and BRACKET_CLOSE_RE.match(text, cand.end) is not None
            and plausible(text, cand, words, next_cell=True)
            and (role_before(text, cand.start) or "")[:1].isupper())  # a title, not "one member (Jo Bloggs)"


POST_SLASH_AREA_RE = re.compile(r"\w/[A-Z][a-z]+$")


def closes_a_post_row(text: str, cand: Candidate, words: DocumentWords, body_word_before: bool = False) -> bool:
    """A table row of a post, then the full name of who holds it, the name closing the line ("Relevant
    Executive Director Jo Bloggs", "Executive Director of Finance & Section 151 Officer Sam Okafor"), as a
    report's sign-off table gives its officers: the title that opens the line and ends just before the name
    vouches for it.
    Not after a comma ("GP Board Member, Westshire Locality": the post's place) nor a cell bar (the post is
    another cell's name's), nor on a ruled table's header line ("Action Lead Milestone Status" over rows with
    cell bars)."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:cand.start].rstrip(" \t")
    if "\n" in text[cand.start:cand.end] or text[cand.end:line_end].strip(" \t|") or not before or "|" in before \
            or is_initial(cand.words[0]):
        return False  # a given name written out: "P Moran Clerk J Connelly" is two columns' names, not a post row
    role = role_before(text, cand.start) or ""
    if not role and POST_SLASH_AREA_RE.search(before):  # "Monitoring Officer/Legal Jo Bloggs": the post, then its area
        role = role_before(text, line_start + before.rindex("/")) or ""
        before = before[:before.rindex("/")] if role else before
    if not role[:1].isupper() or not before.endswith(role) or not starts_like_role(before, within=3, article=False):
        return False  # the line opens with the post: no other cell's name before it ("59 Jo Bloggs Parking Levy")
    next_end = text.find("\n", line_end + 1)
    return " | " not in text[line_end:len(text) if next_end < 0 else next_end] \
        and plausible(text, cand, words, next_cell=True, body_cell_before=body_word_before)


COMMA_THEN_RE = re.compile(r"[ \t]*,[ \t\n]*")
# ... the bracket perhaps opening with a label of its own first: "(Legal comments: Jo Bloggs, Senior Solicitor, ...)",
# "(Comments provided by Jo Bloggs, Finance Business Partner, ...)"
BRACKET_LABEL_OPEN_RE = re.compile(r"\([ \t]*[A-Z][A-Za-z'’ \t\n]{0,40}(?::|\bby)[ \t\n]*$")


def signs_a_bracket(text: str, cand: Candidate, words: DocumentWords) -> bool:
    """A report's implications signed in a bracket that opens with the name (perhaps after a label), then
    the title: "(Jo Bloggs, Senior Finance Business Partner, 29 August 2025)", "(Sam Stanworth, Team
    Leader, Legal Services)", "(Finance comments: Jo Bloggs, Finance Business Partner, 1 May 2025.)"."""
    opened = BRACKET_OPEN_RE.search(text, max(0, cand.start - 3), cand.start) \
        or BRACKET_LABEL_OPEN_RE.search(text, max(0, cand.start - 48), cand.start)
    comma = COMMA_THEN_RE.match(text, cand.end)
    if opened is None or comma is None:
        return False
    close = text.find(")", comma.end(), comma.end() + 160)
    return close > 0 and starts_like_role(text[comma.end():close], within=4, article=False) \
        and plausible(text, cand, words, next_cell=True)


# What a person gives a meeting, just before their name: "a report from", "the presentation by",
# "an update given by".
PRESENTED_BY_RE = re.compile(r"\b(?:report|presentation|update|briefing|statement|introduction)\s+"
                             r"(?:(?:given|presented|made|delivered)\s+)?(?:from|by)\s+$", re.IGNORECASE)


def shape_cue(text: str, cand: Candidate, words: DocumentWords, next_cell: bool = False) -> tuple[str, float]:
    """How much the words look like a name: plausible (shape.plausible), or
    not; a name whose last word is also a lexicon word ("Ann Banks", "Jo
    Hall") is only a little suspect. On a row (``next_cell``) the word after
    the name is the next cell's, not part of the name's phrase."""
    if plausible(text, cand, words, next_cell):
        return ("shape:plausible", WEAK)
    if len(cand.words) >= 2 and word_class(cand.words[-1]) == "surname" \
            and plausible(text, Candidate(cand.page, cand.start, cand.end, cand.words[:-1] + ["Xx"]), words):
        return ("shape:surname-word-last", 0.0)
    return ("shape:implausible", AGAINST)


NAME_PAIR = r"[A-Z][a-z'’-]+[ \t\n]+[A-Z][a-z'’-]+"
# "Helen Pearson, Darren\nChristian and Dave Wadsworth": three or more two-word names in one comma list.
NAME_RUN_RE = re.compile(rf"(?:(?:{NAME_PAIR}[ \t]*,[ \t\n]*)+{NAME_PAIR}[ \t]*,?[ \t\n]+(?:and|&)[ \t\n]+"
                         rf"|(?:{NAME_PAIR}[ \t]*,[ \t\n]*){{2,}}){NAME_PAIR}(?![ \t]+[A-Z])")


class NameRuns:
    """Where a page lists three or more two-word names in a row, separated by
    commas (the last perhaps by "and"); read only when a candidate asks."""

    def __init__(self, text: str):
        self.text = text
        self._spans: list[tuple[int, int]] | None = None

    def covers(self, pos: int) -> bool:
        if self._spans is None:
            self._spans = [m.span() for m in NAME_RUN_RE.finditer(self.text)]
        return any(a <= pos < b for a, b in self._spans)


def opens_attendance_line(text: str, cand: Candidate, regions) -> bool:
    """The candidate opens a line of an attendance block, perhaps after a
    title of job words ("Mayor Dan Bloggs", "Clerk J Bloggs"): a row of a
    grid of names with roles or organisations beside them."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    if not any(r[0] <= cand.start < r[1] for r in regions) or line_start < min(r[0] for r in regions):
        return False
    title = text[line_start:cand.start].strip(" \t*•·-").split()
    # "Det Ch Supt Jo Bloggs": a police rank's abbreviations too
    return len(title) <= 3 and all(w.lower() in ROLE_WORDS or w.lower().strip(".") in RANKS for w in title)


# What opens an item of a list: a number, a bullet, "Q3 –", "Statement 4 –", "Question 2 & 3:".
ITEM_PREFIX_RE = re.compile(r"[ \t]*(?:\(?\d{1,3}[.):]?|[•·▪*–-]|Q\d{1,3}(?:[ \t]*&[ \t]*Q\d{1,3})*[ \t]*[-–—]"
                            r"|(?:Statement|Question|Petition|Deputation|Speaker|[SPQ])[ \t]*\d{1,3}"
                            r"(?:[ \t]*(?:&|and|,)[ \t]*\d{1,3})*[ \t]*[-–—:.])[ \t]+$")
# What may follow a name that fills its item or cell: the end of the line, an organisation after a comma or
# dash, the next cell of a table row (a capitalised word).
ITEM_REST_RE = re.compile(r"[ \t]*(?:$|[,(;]|[–—-][ \t])|[ \t]+[A-Z]", re.MULTILINE)


def opens_item(text: str, cand: Candidate) -> bool:
    """The candidate opens a numbered or bulleted line: "07 Jo Bloggs ..."."""
    return ITEM_PREFIX_RE.fullmatch(text, text.rfind("\n", 0, cand.start) + 1, cand.start) is not None


# "Church of England Diocese", "Department for Education", "Cheshire Constabulary": a capitalised
# word then "of" or "for" and another, or an organisation's noun, opens an organisation's name
ORGANISATION_GOES_ON_RE = re.compile(r"[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]|(?P<noun>[A-Z][a-z]+)\b)")


def _organisation_goes_on(text: str, end: int) -> bool:
    match = ORGANISATION_GOES_ON_RE.match(text, end)
    return bool(match) and (not match.group("noun") or match.group("noun").lower() in ORG_WORDS)


def drop_cell_after_initialled_name(text: str, cand: Candidate) -> Candidate:
    """"M. Bloggs Westshire Police", "K Bloggs Westtown Community NHS Trust": in a row that opens with a name
    written as initials and a surname, the name closes on the one surname (no one writes "M. Jo Bloggs"); the
    capitalised words after it open the next cell (the body the person represents)."""
    if len(cand.words) < 3 or not is_initial(cand.words[0]) or is_initial(cand.words[1]) \
            or text[text.rfind("\n", 0, cand.start) + 1:cand.start].strip(" \t•·▪*-|"):
        return cand
    end = text.index(cand.words[1], text.index(cand.words[0], cand.start) + len(cand.words[0])) + len(cand.words[1])
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    if "\n" in text[cand.start:end] or not any(w.lower() in ORG_WORDS for w in re.findall(r"[A-Za-z]+", rest)):
        return cand  # (the next cell must name a body: "P Jo Bloggs" in a grid of presence marks is a given name)
    return Candidate(cand.page, cand.start, end, cand.words[:2])


def drop_next_cell(text: str, cand: Candidate, regions) -> Candidate:
    """"07 Jo Bloggs Urgent concerns about ...": in a numbered row, a third
    word followed by lower-case words opens the next cell (a title in
    sentence case), not the name. So, on a line of an attendance list, does
    a third word that goes on as an organisation's name ("Jo Bloggs Church of
    England Diocese", "Jo Bloggs Westshire Police": the columns' gap folded
    to a space)."""
    if len(cand.words) != 3 or is_initial(cand.words[1]):
        return cand
    if (opens_item(text, cand) and re.match(r"[ \t]+[a-z]", text[cand.end:cand.end + 3])) or (
            _organisation_goes_on(text, cand.end) and opens_attendance_line(text, cand, regions)):
        return Candidate(cand.page, cand.start, text.rindex(cand.words[1], cand.start, cand.end) + len(cand.words[1]),
                         cand.words[:2])
    return cand
# A line of a list that names a titled person: "06 Councillor Jo Bloggs", "• Dr Jo Bloggs, Westshire Forum".
TITLED_ITEM_LINE_RE = re.compile(r"[ \t]*(?:\(?\d{1,3}[.):]?|[•·▪*–-])[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd?|Cllr|Councillor)"
                                 r"\.?[ \t]+[A-Z]")


def list_item_cues(text: str, cand: Candidate, forums: list[tuple[int, int]]) -> list[tuple[str, float]]:
    """Weak cues of a list of people: the name fills a numbered or bulleted
    item (perhaps with an organisation after it); a line next to it names a
    titled person the same way; the list stands in the public forum of
    minutes."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    if not (ITEM_PREFIX_RE.fullmatch(text, line_start, cand.start) and ITEM_REST_RE.match(text, cand.end)):
        return []
    cues = [("item:name-fills-it", WEAK / 2)]
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    after = text.find("\n", cand.end)
    following = text.find("\n", after + 1) if after >= 0 else -1
    neighbours = [text[before:line_start - 1] if line_start else "",
                  text[after + 1:following if following >= 0 else len(text)] if after >= 0 else ""]
    if any(TITLED_ITEM_LINE_RE.match(line) for line in neighbours):
        cues.append(("list:people", WEAK / 2))
    if any(a <= cand.start < b for a, b in forums):
        cues.append(("section:public-forum", WEAK / 2))
    return cues


# Two capitalised words after a preposition of place: "in Ashby Woulds", "at Coalpit Heath".
LOCATIVE_RE = re.compile(r"\b(?:in|at|near|around|via|across|towards|through|within|outside)[ \t]+"
                         r"([A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)\b")


def ner_mentions(pages: dict[int, str], pending: list[Candidate], words: DocumentWords) -> list[finders.Mention]:
    """Candidates the cues left, kept where spaCy sees a PERSON. Only
    plausible two-word names off table rows and address lines, and not part
    of a place's name, are asked about, and the same words at most twice:
    that keeps the model's work small and its mistakes few."""
    asked: dict[str, int] = {}
    worthy = []
    places = {" ".join(m.group(1).split()) for text in pages.values() for m in LOCATIVE_RE.finditer(text)}
    for cand in pending:
        text = pages[cand.page]
        if cand.text in places:
            continue  # "... a cycling hub in Lawrence Weston": the document names a place so
        if finders.title_continues(text, cand.start) or finders.inside_brackets(text, cand.start):
            continue
        if org_word_next_to(text, cand, across_lines=True):
            continue  # "Elizabeth Garrett Anderson Unit": the whole run names a place
        cand = first_two_names(text, cand)
        if asked.get(cand.text, 0) < NER_TRIES and plausible(text, cand, words) and not in_table_row(text, cand) \
                and not in_address(text, cand):
            asked[cand.text] = asked.get(cand.text, 0) + 1
            worthy.append(cand)
    if not worthy:
        return []
    entities = people_ner.person_spans(pages, worthy)
    return [finders.Mention(c.page, c.start, c.end, clean_name(c.text), source="ner", found=[("ner:person", STRONG)])
            for c in worthy if people_ner.confirmed(c, entities.get(c.page, []), pages[c.page])]
