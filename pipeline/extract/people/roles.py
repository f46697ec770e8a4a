"""A person's role as stated next to their name.

Councils write the role after the name ("Helen Marchbank, Corporate Director",
"Mr Denholm (General Counsel)", "Roger Pollitt – Leader of the Council") or,
less often, before it ("Foreign Secretary Peter Vane", "Assistant Director
for Inclusion Ros Ambler").
"""

from __future__ import annotations

import re

from pipeline.extract.people.lexicon import FIELD_LABEL_WORDS, HONORIFICS, LEADING_STOPWORDS
from pipeline.extract.people.names import ENTRY_LINE_RE, STUCK_TITLE, word_class

MAX_ROLE = 160
CONNECTORS = {"of", "for", "and", "the", "to", "in", "at", "with", "on", "&", "-", "–", "—", "/", "a", "an"}
ROLE_QUALIFIERS = {
    "interim", "acting", "deputy", "assistant", "senior", "principal", "executive", "corporate", "strategic",
    "independent", "vice", "lead", "chief", "foreign", "home", "health", "education", "culture", "service",
    "area", "associate", "designated", "joint", "managing", "operational", "programme", "project", "group",
    # a seat's kind, in lower case in apposition: "Jo Bloggs, co-opted member, asked ..."
    "co-opted", "coopted", "non-voting", "diocesan", "statutory",
}
# Job nouns: a role names one of these within its first few words.
ROLE_START = {
    "director", "directors", "member", "members", "officer", "manager", "head", "chief", "executive", "leader",
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman", "co-chair", "lead",
    "consultant", "adviser", "advisor", "analyst", "accountant", "counsel", "clerk", "secretary", "minister",
    "commissioner", "inspector", "governor", "headteacher", "teacher", "councillor", "mayor", "holder",
    "spokesperson", "coordinator", "co-ordinator", "administrator", "solicitor", "lawyer", "psychologist",
    "psychiatrist", "paediatrician", "pediatrician", "therapist", "physiotherapist", "clinician", "physician",
    "practitioner", "nurse", "worker", "specialist", "champion", "representative", "ambassador", "author",
    "advocate", "mp", "president", "trustee", "partner", "principal", "deputy", "assistant", "commander",
    "hmi", "myp", "parent", "carer", "resident", "gp", "superintendent", "constable", "sergeant", "pcso", "ceo",
    "scrutineer", "co-optee",
}
# A line of contact details, a bullet or a number: never part of a title.
CONTACT_LINE = re.compile(r"[\d+(•·▪*-]|(?:tel|telephone|phone|mobile|e-?mail|job title)\b", re.IGNORECASE)
WORD_RE = re.compile(r"[\w'’&/-]+|[–—]")
# The start of a line that carries on a label set in a column of its own, in capitals: "CO-OPTEES "
# of "NON-VOTING\nCO-OPTEES\nAND ADVISERS" beside a list of names.
LABEL_CELL = r"(?:[ \t]*[A-Z][A-Z'’&/ -]{0,40}[A-Z][ \t]+)?"
# A title given its own label in a person's entry: "Author: Jo Bloggs Job title: Head of SEND".
JOB_TITLE_RE = re.compile(r"(?i:\b(?:job[ \t]+title|designation|position|role)[ \t]*[:|])[ \t]*(?P<title>[^\n|]*)")


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text)


def starts_like_role(text: str, within: int = 4, article: bool = True) -> bool:
    """True when the text opens like a job title: a job noun among the first
    words ("Corporate Director ...", "Head of SEND", "the DfE adviser"), with
    only title words before it (capitalised words, connectors, qualifiers),
    so "Further provision for Member accommodation" is not one."""
    words = words_of(text)[:within + 1]
    if words and is_honorific(words[0]):
        return False  # "Dame Imogen Carrow, Minister": the next person, not a title
    described = article and bool(words) and words[0].lower() in ("the", "a", "an", "our", "its", "their")
    if described:
        words = words[1:]  # "a talented former officer": any words may describe the job
    for word in words[:within]:
        low = word.lower().strip("’'")
        if low in ROLE_START or any(part in ROLE_START for part in re.split(r"[-/]", low)[1:]) \
                or low.split("/")[0] in ROLE_START:  # "Co-Headteacher", "Parent/Carer"
            return True
        if not (described or word[:1].isupper() or low in CONNECTORS or low in ROLE_QUALIFIERS):
            return False
    return False


def _paren_role(text: str, end: int) -> tuple[str, int] | None:
    """The text of "(...)" right after a name, if any, also where it wraps
    past the next line of a label column ("Jo Bloggs\nCO-OPTEES (Parent
    Governor Representative)")."""
    match = re.match(r"[ \t]*(?:\n%s)?[ \t]*\(([^()]{2,%d})\)" % (LABEL_CELL, MAX_ROLE), text[end:])
    if not match:
        return None
    inner = " ".join(match.group(1).split())
    return (inner, end + match.end()) if starts_like_role(inner, within=6) or SERVICE_IN_BRACKETS_RE.fullmatch(inner) \
        else None


# An officer named by the council service they come from, as minutes list them: "J Bloggs (Democratic
# Services)", "(Legal Services)", "(Children's Services Finance Team)", "(Finance)", "(Legal)".
SERVICE_IN_BRACKETS_RE = re.compile(
    r"(?:[A-Z][\w'’&,-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,4}(?:Services?|Team|Directorate|Department)"
    r"|(?:Finance|Legal|Governance|HR|Human[ \t]+Resources|Audit|Procurement|Commissioning)")


# A seat at the meeting, not a job: "(Chair)", "(Vice-Chairperson)", "(in the Chair)".
MEETING_POSITION = r"(?:vice[- ]?|deputy[ \t]+|co-)?chair(?:man|woman|person)?|in[ \t]+the[ \t]+chair"
MEETING_POSITION_RE = re.compile(MEETING_POSITION, re.IGNORECASE)
# ... or a table's cell bar: "Dr Jo Bloggs (Vice-Chair) | Clinical Director | NHS Westshire"
BRACKETS_THEN_SPACE_RE = re.compile(r"[ \t]*\([^()\n]{2,60}\)[ \t]+(?:\|[ \t]*)?(?=[A-Z])")


TICK_RE = re.compile(r"[ \t]+X[ \t]*(?:\n|$)")  # a sign-off table's tick after a name


def _job_after_brackets(text: str, end: int) -> str | None:
    """The job title on the rest of the line after a bracket: "Dr Jo Bloggs
    (Vice-Chairperson) GP, Westshire Practice" (an attendance grid's role cell
    after the name's own bracket)."""
    match = BRACKETS_THEN_SPACE_RE.match(text, end)
    if not match:
        return None
    line_end = text.find("\n", match.end())
    line = text[match.end():line_end if line_end >= 0 else min(len(text), match.end() + MAX_ROLE)]
    return (_trim_role(line) or None) if starts_like_role(line, within=3, article=False) or _title_to_line_end(line) \
        else None


def _trim_role(role: str) -> str:
    """Cut a role at the first word that is not part of a title: a verb after
    a capitalised title ("... Children and Young People advised ..."), a
    comma followed by lower-case text (", provided an update") or by a phone
    number, or a date ("... independent chair in May 2023")."""
    role = " ".join(role.split())
    role = re.split(r",\s+(?=[a-z])|,\s*(?=\+?\(?0\d)|,\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})|\s+(?:said|says|added|explained|stated)\b|[.;:“\"](?:\s|$)"
                    r"|\s+(?:in|on|from|since)\s+(?=(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4})", role)[0]
    if role[:1].isupper():
        kept = []
        for word in role.split(" "):
            bare = word.strip(",").lower()
            opener = word[:1].isupper() and (bare in LEADING_STOPWORDS or bare in HONORIFICS) and bare not in CONNECTORS
            if kept and (word[:1].islower() and bare not in CONNECTORS or opener):
                break
            kept.append(word)
        role = " ".join(kept)
    role = role.strip(" ,–—-&")
    while role.split(" ")[-1:] and role.split(" ")[-1].lower() in CONNECTORS:
        role = role.rsplit(" ", 1)[0] if " " in role else ""
    return role[:MAX_ROLE].strip()


def role_after(text: str, start: int, end: int, stops: list[int]) -> str | None:
    """The role written right after a name at ``start:end``: in brackets,
    after a comma or dash, on the next line (or the next paragraph, as a
    table's cells come out) when the name stands alone on its line, or after a space (or none, where a table's cells ran together)
    when it starts with a capitalised job word ("Tim Ollerton Democratic
    Services"). ``stops`` are the starts of other names: a role never runs
    into one."""
    if text.startswith(" X", end) and TICK_RE.match(text, end):
        return None  # "Chief Executive Paul Bloggs X": a sign-off table's tick, no role (the role is before the name)
    if text.startswith(" as", end) and (appointed := _appointed_as(text, start, end, stops)):
        return appointed
    paren = _paren_role(text, end)
    job = _job_after_brackets(text, end)
    if job and (paren is None or MEETING_POSITION_RE.fullmatch(paren[0])):
        return job  # "Dr Jo Bloggs (Vice-Chair) GP, Westshire Practice": the job, not the seat at the table
    if paren:
        return paren[0]
    match = re.match(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?\n(?:[ \t]*\n)?[ \t]*(?P<cell>[-–—|])[ \t]*\n(?:[ \t]*\n)?[ \t]*"  # a grid's cells, a line each
                     r"|[ \t]*(?P<mark>,\s*who\s+(?:is|was|has\s+been|had\s+been)(?:\s+appointed\s+as)?"
                     r"(?=\s+(?:the|a|an|[A-Z]))|,|–|—|-|:|\||\s(?:is|was)(?=\s+(?:the|a|an)\s))[ \t]*\n?[ \t]*"
                     r"|[ \t]*(?P<nl>\n(?:[ \t]*\n)?)[ \t]*|[ \t]+|(?=" + STUCK_TITLE + ")", text[end:])
    if not match:
        return None
    if (match.group("nl") or match.group("cell")) and text[text.rfind("\n", 0, start) + 1:start].strip(" \t*•·-"):
        return None  # a name inside a line, then a new line: not a title block
    begin = end + match.end()
    mark_found = match.group("mark") or match.group("cell")  # "Jo Bloggs\n\n-\n\nHead of SEND": the dash is a mark
    if not (mark_found or match.group("nl")) and not text[begin:begin + 1].isupper():
        return None
    limit = min([s for s in stops if s >= begin] + [begin + MAX_ROLE * 2, len(text)])
    chunk = re.split(r"\n[ \t]*\n|\(|\)", text[begin:limit])[0]
    if limit in stops and re.match(r"(?:the|a|an)\s[^,]*,\s*$", chunk):
        return None  # "Cllr Wendle, the Interim Director, Lisa Brennock": the title is the next name's
    if re.match(r"\S*(?:@|https?:|www\.)", chunk):
        return None  # an address, not a title
    if mark_found and re.match(r"(?:and|or|&)\s", chunk):
        return None  # "Councillor Jo Bloggs, and the Chief Executive, ...": the next of a list
    joined = _join_wrapped_lines(chunk, text[text.rfind("\n", 0, begin) + 1:begin])
    if match.group("nl"):
        own_line = chunk.split("\n")[0].rstrip()
        opens = starts_like_role(own_line, within=6) and not own_line.endswith(":")  # not "Co-opted members:"
    elif mark_found:
        mark = mark_found.strip()  # "X is the Board's independent chair", "X, who was appointed as the ..."
        described = (mark in ("is", "was") or "who" in mark) and re.match(r"(?:the|a|an)\s", chunk) is not None
        opens = starts_like_role(joined, within=12 if described else 8)
    else:
        opens = starts_like_role(chunk, within=3, article=False) or _title_to_line_end(chunk)
    return (_trim_role(joined) or None) if opens else None


# "... and appointed Dr Jo Bloggs as independent chair of the Board": the post someone was appointed to
APPOINTED_BEFORE = re.compile(r"\b(?:appointed|appoint|appoints|named|nominated)\s+(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Professor|Prof)\.?\s+)?$")
AS_AFTER = re.compile(r" as\s+(?:the\s+|an?\s+|its\s+)?")


def _appointed_as(text: str, start: int, end: int, stops: list[int]) -> str | None:
    """The post after "as" when the name is the object of "appointed" (not "Jo Bloggs as well as ...")."""
    before = text[max(0, start - 40):start]
    if not APPOINTED_BEFORE.search(before) or not (after := AS_AFTER.match(text, end)):
        return None
    limit = min([s for s in stops if s >= after.end()] + [after.end() + MAX_ROLE * 2, len(text)])
    chunk = re.split(r"\n[ \t]*\n|\(|\)|[.;,]\s", text[after.end():limit])[0]
    joined = " ".join(chunk.split())
    return (_trim_role(joined) or None) if starts_like_role(joined, within=8) else None


def _title_to_line_end(chunk: str) -> bool:
    """The rest of the line (up to a comma) is a capitalised title ending in a job noun: "Kezia
    Blythe Senior Democratic Services Officer" (a grid row whose title opens with more than three words)."""
    words = words_of(re.split(r",|[ \t][-–—][ \t]", chunk.split("\n")[0])[0])  # "... Officer, WBC", "... Manager - Data"
    return 2 <= len(words) <= 7 and words[-1].lower() in ROLE_START \
        and all(w[:1].isupper() or w.lower() in CONNECTORS for w in words)


# A line that opens the next entry of a list of people: "Sam Okafor - Chief Executive, ...", "Dr Jo Bloggs – GP".
NEXT_ENTRY = re.compile(r"(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Revd?)\.?[ \t]+)?"
                        + ENTRY_LINE_RE.pattern
                        # "K. Lindsay Democratic Services Officer": initials and a surname open the next row
                        + r"|(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?[ \t]+)?(?:[A-Z]\.[ \t]*){1,2}[A-Z][a-z'’]+"
                        r"(?:-[A-Z][a-z'’]+)*\b"
                        # "Chief Superintendent Paul Bloggs Northumbria Police": a police rank and a name open a row
                        r"|(?:(?:Chief|Detective)[ \t]+)?(?:Superintendent|Inspector|Sergeant|Constable)[ \t]+"
                        r"[A-Z][a-z'’]+[ \t]+[A-Z][a-z'’]+")


def _join_wrapped_lines(chunk: str, start_line: str = "") -> str:
    """Keep the lines a role wraps over: a line continues when it ends with a
    connector, comma or dash, when the next starts in lower case or with a
    connector, or when it is a long line of hard-wrapped prose; never into a
    line of contact details or a label."""
    lines = chunk.split("\n")
    kept = [lines[0]]
    physical = start_line + lines[0]
    for line in lines[1:]:
        nxt = line.strip()
        if not nxt or CONTACT_LINE.match(nxt) or "@" in nxt or re.match(r"[\w ?/()'’-]{1,40}:", nxt) \
                or _is_label_line(nxt) or NEXT_ENTRY.match(nxt):
            break
        prev = kept[-1].rstrip()
        ends_open = prev.endswith((",", "–", "-", "&")) or (prev.split() or [""])[-1].lower() in CONNECTORS
        starts_open = nxt[:1].islower() or (nxt.split() or [""])[0].lower() in CONNECTORS
        if not (ends_open or starts_open or len(physical) >= 45):
            break
        kept.append(nxt)
        physical = line
    return " ".join(kept)


def labelled_title(text: str, end: int, stop: int) -> str | None:
    """A job title with a label of its own in the entry that follows a name, up
    to ``stop`` (the next name) or a blank line: "Author: Jo Bloggs Job
    title: Head of SEND". The title runs on over short lines up to the next
    label or contact line."""
    entry = re.split(r"\n[ \t]*\n", text[end:min(stop, end + 300)])[0]
    match = JOB_TITLE_RE.search(entry)
    if not match or not starts_like_role(match.group("title"), within=6):
        return None
    title = match.group("title").strip()
    rest = entry[match.end():].split("\n")[1:] if entry[match.end():].startswith("\n") else []
    for line in rest[:2]:  # the value runs on to the next label: "Assistant Director, Inclusive\nLearning Services"
        line = line.strip()
        if not line or CONTACT_LINE.match(line) or "@" in line or re.match(r"[\w ?/()'’-]{1,40}:", line) \
                or len(line.split()) > 8 or not (line[:1].isupper() or line.split()[0].lower() in CONNECTORS):
            break
        title += " " + line
    return _trim_role(title) or None


def _is_label_line(line: str) -> bool:
    return is_person_label(re.findall(r"[a-z]+", line.lower())) and len(line.split()) <= 3


def is_person_label(words: list[str]) -> bool:
    """"Contact", "Report Author", "Ask for", "Implications verified by",
    "From", "Lead Officer": labels a person's name follows (lower-case words)."""
    if len(words) > 1 and words[-1] in ("is", "are"):
        words = words[:-1]  # "Your contact is:", "The lead officer is:": the label said as a sentence
    if not words or len(words) > 5:
        return False
    if len(words) == 1 and words[0] in ("to", "from", "by", "name", "cc"):
        return True
    return words[-1] in FIELD_LABEL_WORDS or words[-1] == "by" or words[-2:] in (["ask", "for"], ["report", "of"])


# "... chaired (independently) by", "... under the chairmanship of" just before a name (read for every name: compiled once)
CHAIRED_BY_BEFORE = re.compile(r"\b(?:(?:independently\s+)?chaired\s+(?:independently\s+)?by|chairmanship\s+of)(?:\s+the)?\s*$",
                               re.IGNORECASE)
CHAIRED_BOARD = re.compile(r"\b(?:[Tt]he\s+)?(?P<body>(?!The\b)(?:[A-Z][\w'’&-]*\s+(?:and\s+|&\s+)?){1,6}(?:Board|Group|Partnership|Alliance))"
                           r"\s*,?\s*(?:(?:which\s+)?(?:is|was|will\s+be)\s+)?(?P<before>independently\s+)?chaired\s+"
                           r"(?P<independently>independently\s+)?by"
                           r"(?:\s+the)?\s*$")


def role_before(text: str, start: int) -> str | None:
    """A title written just before a name ("Westshire MP Alice Brook", "Minister of
    State for Care, Hugh Delamere", "the author Ruth Colclough", "the Interim
    Director of Education, Lisa Brennock", "Cabinet Member for Children's
    Services (Councillor Amina Rasheed)"), on the same line or, when the name
    opens its line, at the end of the line above. A name after "and" is the
    next of a list, with no title of its own."""
    if CHAIRED_BY_BEFORE.search(text[max(0, start - 40):start]):
        # "overseen by the SEND Improvement Board, chaired independently by Professor Jo Bloggs": the chair of
        # the board named just before (a board's independent chair is no councillor in the chair of a meeting)
        board = CHAIRED_BOARD.search(text, max(0, start - 160), start)
        if board:
            independent = board["independently"] or board["before"]
            return ("Independent Chair, " if independent else "Chair, ") + " ".join(board["body"].split())
        return "Chair"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip() and line_start > 0:
        before = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        last = words_of(before)[-1:]
        if last and last[0][:1].isupper() and word_class(last[0]) in ("name", "initial"):
            return None  # the line above ends in a name ("Clerk J Bloggs"): its title is that name's
    before = before.rstrip(" \t")
    if before.endswith("("):  # "Title (Name)"
        return _title_before_brackets(text, line_start, line_start + len(before) - 1)
    title = _title_ending(before)
    if title and title[:1].islower() and line_start > 0 and before.strip(" \t,–—-").startswith(title):
        # the title opens its line in lower case, so it began on the line above: "... chaired by the DfE's SEND" |
        # "adviser, Ms Jo Bloggs"
        above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        if above.strip() and not above.rstrip().endswith((".", ":", ";", ",")):
            title = _title_ending(above.rstrip() + " " + before) or title
    return title


def _title_before_brackets(text: str, line_start: int, opened: int) -> str | None:
    """"The Head of SEND (Jo Bloggs)", "The Assistant Director, Education and Inclusion (Jo
    Bloggs)": an officer named in brackets after the role; the role may name its service
    after a comma."""
    before = text[line_start:opened]
    role = _title_ending(before)
    head, comma, service = before.rstrip().rpartition(",")
    if comma and service.strip() and all(w[:1].isupper() or w.lower() in CONNECTORS for w in words_of(service)):
        first = _title_ending(head)
        if first and (not role or role == service.strip()):
            return f"{first}, {service.strip()}"
    return role


# What may stand before a title in lower case: an article or a possessive ("its independent scrutineer").
ARTICLES_BEFORE_TITLE = {"the", "a", "an", "our", "its", "their", "whose"}


# A public body's short name set before a post ("the DfE SEND adviser", "the NHS England adviser", "the ICB
# Designated Clinical Officer"): the body whose post it is.
PUBLIC_BODY_BEFORE_TITLE = re.compile(r"(?:\bNHS[ \t]+England|\b(?:DfE|NHSE|NHS|ICB|CCG))$")


def _title_ending(before: str) -> str | None:
    """The title that ``before`` (the words before a name, on its line) ends with."""
    before = re.split(r"[.;:()“\",]", before.rstrip(" \t,–—-:("))[-1]
    tokens = words_of(before)
    if not tokens or tokens[-1].lower() in ("and", "or", "&"):
        return None
    tail: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i]
        lower_title = (word.lower() in ROLE_START or word.lower() in ROLE_QUALIFIERS | {"former"}) \
            and (i == 0 or tokens[i - 1].lower() in ARTICLES_BEFORE_TITLE or tokens[i - 1].lower() in ROLE_QUALIFIERS
                 or (word.lower() in ROLE_START and not word.endswith("s") and tokens[i - 1][:1].isupper()))
        # ^ "Ofsted inspector Jo Bloggs", not "questions from Committee members Ms Bloggs"
        if is_honorific(word) or not (word[:1].isupper() or word.lower() in CONNECTORS or lower_title):
            break
        tail.insert(0, word)
    for i, word in enumerate(tail):
        low = word.lower()
        nxt = tail[i + 1].lower() if i + 1 < len(tail) else ""
        if low in ROLE_START or (low not in CONNECTORS and nxt in ROLE_START):
            if i and tail[i - 1].endswith(("'s", "’s")):
                i -= 1  # "the DfE's SEND adviser": the body whose post it is
            elif body := PUBLIC_BODY_BEFORE_TITLE.search(" ".join(tail[:i])):
                return f"{body.group(0)} {' '.join(tail[i:])}"  # "the NHS England adviser": the body named first
            return re.sub(r"[ \t]+[Cc]onsulted$", "", " ".join(tail[i:]))  # the label "Lawyer Consulted:"
    return None


def is_honorific(word: str) -> bool:
    return word.lower().strip(".") in HONORIFICS
