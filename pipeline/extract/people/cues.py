"""Cues about a person's kind: officer (paid staff of the council, the NHS or
another public body), member (elected councillors) or other (MPs, ministers,
inspectors, the public, ...).

No single cue decides (decide.py weighs them): each is a ``KindCue`` naming the
kind it argues for, what it saw and its weight. What they look at:
- the role stated next to the name: officer titles ("Head of SEND"), member
  roles ("Cabinet Member", "Vice-Chair"), outside roles ("MP", "Ofsted
  inspector");
- the honorific: "Councillor" for members, "Sir" or "Dame" for outsiders;
- the section the name stands in: the label of an attendance block
  ("Present:", "Officers:", "Also in attendance:"), the public-forum item of
  minutes (speakers and questioners are the public);
- a party's name set after the name ("Jo Bloggs (Labour)");
- a field label ("Report Author:", "Proposer:"), a question asked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.people import finders
from pipeline.extract.people.lexicon import MEMBER_HONORIFICS, PARTY_WORDS
from pipeline.extract.people.roles import MEETING_POSITION

# Titles of knights and peers: in council papers, ministers, commissioners and
# independent chairs rather than council staff or councillors.
OUTSIDE_TITLES = {"sir", "dame", "lord", "lady", "baroness", "father", "fr", "rabbi", "imam"}  # (and clergy)
MEMBER_TITLED = re.compile(r"\b(?:Councillors?|Cllrs?)\b")
QUESTION_VERBS = re.compile(r"[ \t]*,?[ \t\n]*(?:asked|queried|questioned|sought|raised|to\s+address)\b")

# "Question from Jo Bloggs:", "a question submitted by Mr Bloggs".
QUESTION_FROM = re.compile(r"\bquestions?\s+(?:(?:was|were)\s+)?(?:(?:submitted|asked|put|raised|received|tabled)\s+)?"
                           r"(?:from|by)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$", re.IGNORECASE)
# An item or sentence that opens the public's questions.
PUBLIC_QUESTIONS = re.compile(
    r"\b(?:public\s+questions?|public\s+question\s+time|public\s+speaking|public\s+participation"
    r"|questions?\s+(?:from|by)\s+(?:the\s+)?(?:members?\s+of\s+the\s+public|public|residents?)"
    r"|members\s+of\s+the\s+public\s+to\s+ask"
    r"|questions\s+were\s+(?:asked|put|raised)\s+(?:at|during)\s+the\s+meeting)\b",
    re.IGNORECASE)
ANSWERED = re.compile(r"\b(?:respon\w*|repl\w*|answer\w*)\b", re.IGNORECASE)

MEMBER_CUES = re.compile(
    r"\b(?:(?:cabinet|lead|(?<!non-)executive|committee|elected|ward|council|local|shadow)\s+member|^members?$|member for|"
    r"councillor|cllr|leader of|(?:deputy|council|group|opposition|party)\s+leader|^leader\b|"
    r"portfolio holder|mayor|chairman of the council|vice[- ]chair(?:man)?|chairman)\b", re.IGNORECASE)
OTHER_CUES = re.compile(
    r"\b(?:mps?|myps?|m\.p\.|member of (?:the )?(?:youth )?parliament|minister|secretary of state|secretary(?! to)|"
    r"inspectors?|hmi|ofsted|cqc|independent|commissioner|advis[eo]rs?|head ?teachers?|executive head|co-?optees?|"
    r"principal of|^(?:a |the )?(?:parent|carer|pupil|student|resident)s?\b|ambassador|representative|author|"
    r"co-chairs?|governors?|member of the public|co-opted|dfe|department for education|"
    # a parent carer forum however its name joins them: "Parent and Carers' Forum", "Parents' and Carers' Council"
    r"(?:parent[ -]carers?|parents?|famil(?:y|ies)|young people)['’]?s?['’]?(?: (?:and|&) carers?['’]?s?['’]?)?"
    r" (?:forum|voice|council|network|partnership)|"
    r"nhs england|commanding|health ?watch|gps?|(?:clinical|icb|ccg)\s+(?:vice[- ])?chair|non-executive|general practitioners?|voluntary|charity|diocesan|diocese|housing association|"
    r"lt col|colonel|brigadier|major|captain|army|regiment|squadron|raf|royal navy|"
    r"chair,? (?:of )?(?:the )?[\w ]*(?:board|group|forum|trust|partnership|association|network|alliance|voice|"
    r"charity|involvement|participation)|senco|(?:vice|assistant|deputy) principal|academy|college|(?<!virtual )school\b(?! improvement)"
    r"|(?<!nhs )(?<!foundation )(?<!health )(?<!care )trust\b)\b",
    re.IGNORECASE)
# The police are a public body: its staff, named with their rank or force, are officers (GUIDELINES:
# "staff of the council, the NHS or another public body acting as an employee").
POLICE_CUES = re.compile(r"\b(?:police|constabulary|pcsos?|constable|sergeant|superintendent|chief\s+inspector"
                         r"|inspector\b(?=[^,]*,?\s*[\w ]*\b(?:police|constabulary)))", re.IGNORECASE)
OFFICER_CUES = re.compile(
    r"\b(?:directors?|head of|head|manager|officer|chief executive|clerk|counsel|analyst|accountant|lead|"
    r"consultant|business partner|coordinator|co-ordinator|administrator|solicitor|lawyer|psychologist|"
    r"psychiatrist|paediatrician|pediatrician|therapist|physiotherapist|pharmacist|clinician|physician|"
    r"practitioner|nurse|worker|specialist|commissioner|democratic services|team|programme|service|"
    r"virtual school|monitoring officer|chief|clinical|medical|assistant|executive)\b", re.IGNORECASE)
# Words that keep a role inside the council or the NHS even when an "other"
# cue appears ("Senior Commissioner", "Headteacher - Virtual School",
# "Democratic Services Adviser", a report's "Author" label, not "the author").
INTERNAL_CUES = re.compile(
    r"\b(?:senior commissioner|virtual school|commissioning|business partner|report author|democratic services"
    r"|independent\s+review(?:ing)?"  # a council's own service for children in care: "Independent Reviewing Officer"
    r"|(?:legal|policy|scrutiny|governance|committee|finance|financial|hr|procurement|democratic) advis[eo]r"
    r"|committee\s+secretary)"  # the council's own committee staff, not a Secretary of State
    r"|(?-i:^(?:Report )?Authors?$)", re.IGNORECASE)




# A council's own title over a service that names schools or partners: "Director of Learning Standards
# and School Partnerships", "Head of Schools Commissioning". With no organisation set after a comma,
# and not a school's own head ("Head of School", "Head of Westfield Academy").
DEPARTMENT_TITLE = re.compile(
    r"(?i)(?:(?:interim|acting|deputy|assistant|executive|corporate|strategic|service|senior)\s+)*"
    r"(?:director|head|manager|lead|officer)\s+(?:of|for)\s+(?!schools?$)"
    r"(?![^,()]*\b(?:dfe|department|ofsted|cqc|nhs\s+england|government|parliament|inspect\w*)\b)[^,()]*?"
    r"(?<!school)(?<!academy)(?<!college)(?<!trust)(?<!forum)$")


# The chair of a named body that is not one of the council's own ("chair of Speak Up Barnet", "Chair of
# Families First Kirklees"): an outside organisation's chair, not a councillor in the chair of a meeting.
CHAIR_OF_OUTSIDE_BODY = re.compile(
    r"(?i)\bchair(?:person)?\s+of\s+(?:the\s+)?(?-i:[A-Z])(?![^,()]*\b(?:committee|council|cabinet|panel|scrutiny"
    r"|commission|meeting|sub-committee|authority|executive|board|member)\b)")


# The staff of the government's own bodies in the SEND system, the DfE and NHS England ("DfE SEND Adviser",
# "the DfE's SEND adviser", "NHS England's regional SEND lead"): a public body's employees, so officers
# (GUIDELINES), unlike inspectors and the independent chairs the DfE appoints.
GOVERNMENT_STAFF_RE = re.compile(
    r"(?i)\b(?:dfe|department\s+for\s+education|nhs\s+england|nhse)\b(?:['’]s)?(?:[\s,]+[\w'’-]+){0,4}?"
    r"[\s,]+(?:advis[eo]rs?|leads?|officers?|managers?|directors?|co-?ordinators?)\b"
    r"|\b(?:advis[eo]rs?|leads?|officers?|managers?|directors?|co-?ordinators?)\b[^()]{0,30}?\b(?:dfe|department\s+for\s+education"
    r"|nhs\s+england)\b"
    # "the Department's SEND adviser for the East of England": the DfE named again by its short name
    r"|^(?:the\s+)?department['’]s(?:\s+[\w'’-]+){0,3}?\s+advis[eo]rs?\b")
# An adviser's post named by the specialism the government's bodies advise local areas on: "SEND Adviser",
# "SEND Clinical Adviser", "Clinical Adviser, SEND", "Children and Young People's Clinical Adviser", "regional SEND
# adviser". Such advisers are the DfE's and NHS England's staff (officers), however the page names their body
# (in the sign-off block's next line, in the letter's heading, or not at all); an independent or an improvement
# adviser is someone the area or the DfE commissions from outside (other).
SPECIALIST_ADVISER_RE = re.compile(r"(?i)\b(?:send|clinical)\b(?:\s+[\w'’-]+){0,2}?\s+advis[eo]rs?\b"
                                   r"|\badvis[eo]rs?\s*,\s*send\b")
COMMISSIONED_ADVISER_RE = re.compile(r"(?i)\b(?:independent|improvement|consultant|associate)\b")
INDEPENDENT_POST_RE = re.compile(r"(?i)\b(?:independent|inspector|hmi|chair(?:man|woman|person)?|commissioner)\b")


class KindCue(NamedTuple):
    """One piece of evidence for a kind: ``officer`` ``section:officers`` 2."""

    kind: str
    name: str
    weight: float


# Weights: a role or title said outright outweighs where the name stands, which outweighs a guess.
HONORIFIC_WEIGHT = 5.0
ROLE_WEIGHT = 4.0
PARTY_WEIGHT = 3.0
CONTEXT_WEIGHT = 2.0  # an attendance block's label, a field label, a question asked
FORUM_WEIGHT = 2.5  # standing in the public forum of minutes


# A seat at the meeting's table beside the person's job: "Vice-Chair, Borough Clinical Director, NHS ...",
# "Chair, Cabinet Member for Health", "Clinical Director and Vice-Chair".
SEAT_THEN_JOB_RE = re.compile(rf"(?:{MEETING_POSITION})[ \t]*,[ \t]*(?P<job>\S.*)"
                              rf"|(?P<first>\S.*?)[ \t]*(?:,|\band\b|&)[ \t]*(?:{MEETING_POSITION})[ \t]*$",
                              re.IGNORECASE | re.DOTALL)


def role_cues(role: str | None) -> list[KindCue]:
    """What the role stated next to a name says; the first class that fits
    speaks (a member role before an outside one before an officer title).
    After a seat at the meeting ("Vice-Chair, ..."), the job said after it
    speaks, if it says anything: a partner's officer may chair a board."""
    if not role:
        return []
    seat = SEAT_THEN_JOB_RE.fullmatch(role)
    if seat and (job := role_cues(seat.group("job") or seat.group("first"))):
        return job
    if MEMBER_CUES.search(role) and not re.search(r"\bmember of parliament\b", role, re.IGNORECASE):
        return [KindCue("member", "role:member", ROLE_WEIGHT)]
    if POLICE_CUES.search(role):
        return [KindCue("officer", "role:police", ROLE_WEIGHT)]
    if GOVERNMENT_STAFF_RE.search(role) and not INDEPENDENT_POST_RE.search(role):
        return [KindCue("officer", "role:government-staff", ROLE_WEIGHT)]
    if SPECIALIST_ADVISER_RE.search(role) and not COMMISSIONED_ADVISER_RE.search(role):
        return [KindCue("officer", "role:specialist-adviser", ROLE_WEIGHT)]
    internal = INTERNAL_CUES.search(role) or DEPARTMENT_TITLE.match(role)
    if OTHER_CUES.search(role) and not internal:
        return [KindCue("other", "role:outside", ROLE_WEIGHT)]
    if internal:
        return [KindCue("officer", "role:council-title", ROLE_WEIGHT)]  # "Policy and Scrutiny Adviser"
    if OFFICER_CUES.search(role):
        return [KindCue("officer", "role:officer-title", ROLE_WEIGHT)]
    if re.search(r"\bchair", role, re.IGNORECASE):
        if CHAIR_OF_OUTSIDE_BODY.search(role):
            return [KindCue("other", "role:outside-chair", ROLE_WEIGHT)]  # "chair of Speak Up Barnet", a charity's
        return [KindCue("member", "role:chair", ROLE_WEIGHT)]
    if re.match(r"(?i)an?\s", role):
        # "Jo Bloggs, a local business owner": a person described, not a post held
        return [KindCue("other", "role:described", CONTEXT_WEIGHT)]
    return []


def honorific_cues(honorific: str | None) -> list[KindCue]:
    low = (honorific or "").lower().strip(".")
    if low in MEMBER_HONORIFICS:
        return [KindCue("member", "honorific:councillor", HONORIFIC_WEIGHT)]
    if low in OUTSIDE_TITLES:
        return [KindCue("other", f"honorific:{low}", CONTEXT_WEIGHT)]
    return []


ACADEMIC_TITLES = {"professor", "prof"}


def chair_cues(role_cues_found: list[KindCue], honorific: str | None) -> list[KindCue]:
    """"An improvement board, chaired by Professor Jo Bloggs": a professor in a bare chair is the independent
    chair a board appoints, not a councillor chairing a committee (who is titled as one where the page says so)."""
    if (honorific or "").lower().strip(".") in ACADEMIC_TITLES and any(c.name == "role:chair" for c in role_cues_found):
        return [KindCue("other", "role:independent-chair", c.weight) if c.name == "role:chair" else c
                for c in role_cues_found]
    return role_cues_found


PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "mx"}
PERSONAL_TITLE_WEIGHT = 1.0  # just over the officer prior: it speaks only where nothing else does


@lru_cache(maxsize=16)  # asked once a mention, of the same page
def _titles_councillors(text: str) -> bool:
    return MEMBER_TITLED.search(text) is not None


def _personal_title_outside_lists(mention: finders.Mention, regions) -> str | None:
    """The personal title ("mrs") a mention is given, if it has one and stands in no attendance block."""
    low = (mention.honorific or "").lower().strip(".")
    if low not in PERSONAL_TITLES or any(a <= mention.start < b for a, b, _ in regions):
        return None
    return low


def personal_title_cues(text: str, mention: finders.Mention, regions) -> list[KindCue]:
    """Where a page titles its councillors "Councillor"/"Cllr", someone it calls only
    "Mr"/"Mrs" with nothing else said (no role, no section, no label) is more likely a
    resident or a visitor than staff: minutes name officers by their job. (Pages that
    title councillors "Mr", as some county councils do, are left alone.)"""
    if not _personal_title_outside_lists(mention, regions) or not _titles_councillors(text):
        return []  # in an attendance block, the block's label and the roles beside the names speak
    return [KindCue("other", "title:personal-among-councillors", PERSONAL_TITLE_WEIGHT)]


# What a member does in the debate, right after the name: voices a view, asks for something, moves a
# motion ("expressed concern", "asked that the Board receive", "requested", "proposed", "seconded").
MEMBERS_DEBATE_VERB = re.compile(
    r"[ \t]*(?:(?:also|then|further)[ \t]+)?(?:expressed|voiced|raised|registered|shared|echoed)[ \t]+(?:(?:his|her|their|some|a|the)[ \t]+)?"
    r"(?:concerns?|disappointment|support|frustration|reservations?|surprise)"
    r"|[ \t]*(?:(?:also|then|further)[ \t]+)?(?:requested|proposed|moved|seconded|urged|called[ \t]+for|asked[ \t]+that"
    r"|asked[ \t]+(?:for|whether|if)|put[ \t]+forward|suggested|challenged)\b")


def personal_title_member_cues(text: str, mention: finders.Mention, regions) -> list[KindCue]:
    """Where a page never titles anyone "Councillor", its councillors are "Mr"/"Mrs" and are called by that
    title and the surname alone in the debate ("Mrs Tarrant expressed concern"); its officers are named by
    their job ("The Assistant Director (Mrs R Dunmore)"). Such a mention, with nothing else said, leans
    member."""
    low = _personal_title_outside_lists(mention, regions)
    if not low or _titles_councillors(text):
        return []
    words = mention.name.split()
    if len(words) != 2 or words[0].lower().strip(".") != low or not text.startswith(words[0], mention.start) \
            or mention.role:
        return []  # a given name or an initial ("Mrs R Dunmore"), or a role said: other cues speak
    if not MEMBERS_DEBATE_VERB.match(text, mention.end):
        return []  # "Mrs McInnes confirmed ...", "Mr Watts explained ...": officers answer, members ask
    return [KindCue("member", "title:surname-alone-in-debate", PERSONAL_TITLE_WEIGHT)]


def mention_cues(text: str, mention: finders.Mention, regions, forums) -> list[KindCue]:
    """Everything the context of one mention says about its kind."""
    cues = [KindCue(mention.hint, f"found:{mention.source}", CONTEXT_WEIGHT)] if mention.hint else []
    return cues + honorific_cues(mention.honorific) + personal_title_cues(text, mention, regions) \
        + personal_title_member_cues(text, mention, regions) + list_cues(text, mention, regions) \
        + label_cues(text, mention) + question_cues(text, mention, guess_forum=not forums) \
        + party_cues(text, mention) + forum_cues(text, mention, forums) + outside_cues(text, mention) \
        + civic_rank_cues(text, mention) + body_label_cues(text, mention)


# "Healthwatch Lincolnshire: Sarah Bloggs (Chief Executive)": an attendance line labelled with the
# outside body its people come from.
STAFF_FIELD = re.compile(r"(?i)\b(?:authors?|contacts?|names?|officers?|tel|telephone|e-?mail|report|by|clerk)\b")
LINE_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][^:\n]{1,60}):[ \t]")


def body_label_cues(text: str, mention: finders.Mention) -> list[KindCue]:
    """Someone on a line labelled with an outside body ("Healthwatch X:", "Parent Carer Forum:") is
    other, whatever their job title there."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    label = LINE_LABEL.match(text, line_start, mention.start)
    if not label:
        return []
    words = label.group("label")
    if STAFF_FIELD.search(words):
        return []  # "Author of Report:", "Contact officer:": a report's own fields name its staff
    if OTHER_CUES.search(words) and not INTERNAL_CUES.search(words) and not MEMBER_CUES.search(words) \
            and not POLICE_CUES.search(words):
        return [KindCue("other", "label:outside-body", HONORIFIC_WEIGHT)]
    return []


# Ranks of elected members in the City's and some boroughs' styles, set before the name as a title:
# "Deputy Jo Bloggs", "Alderman Sir Sam Bloggs" (never "Deputy Director Jo Bloggs": the rank stands
# right before the name, or before a personal or knightly title).
CIVIC_RANK_BEFORE = re.compile(r"\b(?:Alderman|Alderwoman|Deputy)\s+(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s+)?$")
CIVIC_RANKS = {"Alderman", "Alderwoman", "Deputy"}  # the rank alone as the role found beside the name


def civic_rank_cues(text: str, mention: finders.Mention) -> list[KindCue]:
    """A member styled by a civic rank ("Deputy X", "Alderman Sir X") is a member."""
    if CIVIC_RANK_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
            or (mention.role or "").strip() in CIVIC_RANKS:
        return [KindCue("member", "honorific:civic-rank", HONORIFIC_WEIGHT)]
    return []


def list_cues(text: str, mention: finders.Mention, regions) -> list[KindCue]:
    """The kind the label of the innermost attendance block around a mention
    implies ("Present:", "Officers:"). In a block of members that titles its
    councillors ("Councillors Quarrendon, Dunsop ... along with A Hurst"), the
    untitled are co-opted or other attendees."""
    around = [r for r in regions if r[0] <= mention.start < r[1]]
    if not around:
        return []
    start, end, hint = max(around)
    if hint == "member" and mention.source != "councillors" and MEMBER_TITLED.search(text[start:end]) \
            and not (mention.honorific and mention.honorific.lower() in ("cllr", "councillor")) \
            and not in_councillors_run(text, mention.start):
        return [KindCue("other", "section:untitled-among-councillors", CONTEXT_WEIGHT)]
    return [KindCue(hint, f"section:{hint}s", CONTEXT_WEIGHT)] if hint else []


PLURAL_MEMBER_TITLE = re.compile(r"\b(?:Councillors|Cllrs)\b")
# a stop, a colon, a blank line, "along with" (others listed after the councillors), or a line
# that ends with no comma or "and" (the next line is another group: "Clerk J Bloggs")
RUN_BREAK = re.compile(r"[.;:]|\n[ \t]*\n|\b(?:along|together)\s+with\b|\bas\s+well\s+as\b"
                       r"|(?<![,&\s])(?<!\band)[ \t]*\n(?![ \t]*(?:[,&]|and\b))")
RUN_REACH = 300


def in_councillors_run(text: str, start: int) -> bool:
    """"Councillors A (Cabinet Member for X), B and C": every name of a run the plural title opens
    is a councillor's, up to a full stop, a colon or a blank line (a role in brackets is skipped)."""
    before = text[max(0, start - RUN_REACH):start]
    titles = list(PLURAL_MEMBER_TITLE.finditer(before))
    if not titles:
        return False
    between = re.sub(r"\([^()]*\)", "", before[titles[-1].end():])
    return not RUN_BREAK.search(between)


def label_cues(text: str, mention: finders.Mention) -> list[KindCue]:
    """Officers are the ones a report names as its author or contact;
    members the ones it names as a decision's holder or a motion's proposer
    and seconder."""
    label = finders.field_label_before(text, mention.start)
    if not label:
        return []
    words = label.split()
    staff = any(w in words for w in ("contact", "author", "authors", "officer", "officers", "clerk", "director",
                                     "consulted"))
    if not staff and any(w in words for w in ("independent", "parent", "parents", "opted", "representative",
                                              "public", "resident", "observer", "observers")):
        return [KindCue("other", "label:outside", CONTEXT_WEIGHT)]  # "Independent Person:", "Co-opted Members:"
    if any(w in words for w in ("member", "councillor", "cabinet", "leader", "holder", "proposer", "seconder",
                                "proposed", "seconded", "mover", "moved")):
        return [KindCue("member", "label:member", CONTEXT_WEIGHT)]
    if any(w in words for w in ("contact", "author", "authors", "officer", "director", "directors", "clerk",
                                "by", "manager", "head", "lead", "ask", "sponsor", "consulted")):
        return [KindCue("officer", "label:staff", CONTEXT_WEIGHT)]
    return []


def question_cues(text: str, mention: finders.Mention, guess_forum: bool = True) -> list[KindCue]:
    """Minutes title councillors; someone not titled so who asks, queries or
    is invited to address the meeting is a member of the public or a
    co-opted member; so, where a public questions item is mentioned (and
    ``guess_forum``: no forum section was found on the page), is one who puts
    a question ("Question from Jo Bloggs") or speaks first."""
    if _titled_councillor(mention):
        return []
    if QUESTION_VERBS.match(text, mention.end):
        return [KindCue("other", "asks", CONTEXT_WEIGHT)]
    if finders.STATEMENT_VERBS.match(text, mention.end):
        return [KindCue("other", "makes-a-statement", CONTEXT_WEIGHT)]
    before = text[max(0, mention.start - 1500):mention.start]
    cues = list(PUBLIC_QUESTIONS.finditer(before)) if guess_forum else []
    if not cues:
        return []  # councillors put questions to the council too ("Question by X to the Leader")
    if QUESTION_FROM.search(before[-60:]):
        return [KindCue("other", "question-from", CONTEXT_WEIGHT)]
    first_speaker = len(before) - cues[-1].end() < 400 and not ANSWERED.search(before[cues[-1].end():])
    if first_speaker and finders.followed_by_verb(text, mention.end) and _opens_sentence(text, mention.start):
        return [KindCue("other", "first-speaker", CONTEXT_WEIGHT)]
    return []


PARTIES = "|".join(sorted((re.escape(w) for w in PARTY_WORDS if w not in ("independent", "reform", "alliance")),
                          key=len, reverse=True))
# "Jo Bloggs (Labour)", "Jo Bloggs, Liberal Democrat", "Jo Bloggs - Green Party".
PARTY_AFTER_RE = re.compile(rf"[ \t]*(?:\(|,|–|—|-)[ \t]*(?i:{PARTIES})(?:[ \t]+(?i:{PARTIES}))*"
                            rf"(?:[ \t]+(?i:party|group))?[ \t]*(?:\)|,|;|\n|$)")


def party_cues(text: str, mention: finders.Mention) -> list[KindCue]:
    """A party's name set right after a name: a councillor's."""
    return [KindCue("member", "party", PARTY_WEIGHT)] if PARTY_AFTER_RE.match(text, mention.end) else []


def forum_cues(text: str, mention: finders.Mention, forums: list[tuple[int, int]]) -> list[KindCue]:
    """An untitled name in the public forum of minutes (statements,
    petitions, questions from the public) is a member of the public's,
    unless the sentence has them answer."""
    if _titled_councillor(mention) or not any(a <= mention.start < b for a, b in forums):
        return []
    if re.match(r"[ \t]*,?[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:respond\w*|repl\w*|answer\w*)\b",
                text[mention.end:mention.end + 80]):
        return []
    return [KindCue("other", "section:public-forum", FORUM_WEIGHT)]


# An outside body named beside a person: "Ian Pond, Westshire Cycling Campaign", "Jo Bloggs (Parent Carer
# Forum)", a grid's next cell "Jo Bloggs Westshire Residents Association".
OUTSIDE_BODY_RE = re.compile(
    r"[ \t]*(?:,|–|—|-|\(|of\b|from\b)?[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]+|&[ \t]+|and[ \t]+|of[ \t]+|for[ \t]+){0,7}"
    r"(?:Forum|Society|Association|Campaign|Network|Alliance|Charity|Healthwatch|Ltd|Limited|CIC|Club|Federation"
    r"|Union|Chamber|Church|Coalition|Residents|Gazette|Newspaper|Press|Railfuture|Transport[ \t]+Network|Voice"
    r"|Company|plc|PLC|LLP|Buses|Coaches|Railways?|Diocese)\b")
# An organisation named beside a person and then said in a phrase what it is: "Jo Bloggs, of Open Doors,
# the borough's parent carer forum, said ...", "Sam Bloggs, from Lighthouse, a local autism charity,".
DESCRIBED_BODY_RE = re.compile(r"[ \t]*,[ \t]*(?:of|from)[ \t]+[^,.;()\n]{2,80},[ \t]*"
                               r"(?P<what>(?:the|a|an|our|its)[ \t]+[^,.;()\n]{2,100})")
# What a body named beside a person is, said in brackets after it: "Joint CEO, SEND Voices Westshire
# (parent carer forum)", "Director, Lighthouse (a local autism charity)".
BRACKETED_KIND_RE = re.compile(r"\((?:the\s+|a\s+|an\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:parent[ -]carers?\s+forum|forum|charity"
                               r"|voluntary(?:\s+and\s+community)?\s+(?:group|organisation|sector)|community(?:\s+and\s+voluntary)?\s+(?:group|sector)"
                               r"|campaign(?:\s+group)?"
                               r"|support\s+group|social\s+enterprise)\)", re.IGNORECASE)
# "Jo Bloggs, representing the Westshire SENDIASS, said": someone speaking for a body they are named
# beside; an outsider unless the body is the council's, the NHS's or the police's.
REPRESENTING_RE = re.compile(r"[ \t]*,[ \t]*(?:representing|on[ \t]+behalf[ \t]+of|speaking[ \t]+for)[ \t]+"
                             r"(?P<body>[^,.;()\n]{2,80})")
PUBLIC_BODY_RE = re.compile(r"\b(?:NHS|ICB|CCG|integrated\s+care|council|authority|police|constabulary|department"
                            r"|directorate|service|team)\b", re.IGNORECASE)
# The NHS named beside a person: its staff are officers ("Dr Jo Bloggs – NHS Westshire Integrated Care Board").
# (also a trust named by its places first: "Jo Bloggs, Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust")
NHS_BODY_RE = re.compile(r"[ \t]*(?:,|–|—|-|\(|from\b)[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’&-]*,?[ \t\n]+(?:and[ \t]+)?){0,6}"
                         r"(?:NHS|ICB|CCG)\b")
# A police force named beside a person: a public body's staff ("Jo Bloggs, West Mercia Police").
POLICE_BODY_RE = re.compile(r"[ \t]*(?:,|–|—|-|\(|from\b)[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+){0,4}(?:Police|Constabulary)\b")
# The same bodies as a table's next cell after a name that opens its row (no separator but the gap).
NHS_CELL_RE = re.compile(r"[ \t]+(?:\|[ \t]*)?(?:[A-Z][\w'’&-]*,?[ \t]+(?:and[ \t]+)?){0,6}(?:NHS|ICB|CCG)\b")
POLICE_CELL_RE = re.compile(r"[ \t]+(?:\|[ \t]*)?(?:[A-Z][\w'’&-]*[ \t]+){0,4}(?:Police|Constabulary)\b")
# Titles of the press before a name ("reporter Jo Bloggs"): someone from outside the council.
PRESS_TITLE_BEFORE_RE = re.compile(r"\b(?:reporter|journalist|editor|correspondent)[ \t]+$", re.IGNORECASE)
# What a person is to a family or a place, before their name: "Mum-of-two Kelly Bloggs", "parent Jo
# Bloggs", "local resident Sam Bloggs".
FAMILY_BEFORE_RE = re.compile(r"\b(?:mum|mother|dad|father|parent|carer|grand(?:parent|mother|father|ma|pa)|resident"
                              r"|pupil|student|campaigner|volunteer)(?:-of-\w+)?[ \t]+$", re.IGNORECASE)
# A police rank before a name ("PCSO Jo Bloggs", "PC Bloggs", "Inspector Jo Bloggs of ... Police"): the
# staff of a public body, so an officer.
POLICE_TITLE_BEFORE_RE = re.compile(r"\b(?:PCSOs?|PC|Sgt|Sergeant|Police[ \t]+(?:Constable|Sergeant|Inspector)"
                                    r"|(?:Det(?:ective)?\.?[ \t]+)?(?:Ch(?:ief)?\.?[ \t]+)?(?:Superintendent|Supt)"
                                    r"|(?:Det(?:ective)?\.?[ \t]+)?Ch(?:ief)?\.?[ \t]+Insp(?:ector)?|Insp|DCI|DC|DS|DI)\.?[ \t]+$")
# A planning application's reference or label near a name: its applicant or agent.
PLANNING_RE = re.compile(r"\b\d{2,4}/\d{3,6}/[A-Z]{2,6}\b|\b(?:planning[ \t]+application|applicant|agent)\b",
                         re.IGNORECASE)


def outside_cues(text: str, mention: finders.Mention) -> list[KindCue]:
    """A name set beside an outside body (a forum, a campaign, a residents'
    association, a newspaper), after a press title, or on the line of a
    planning application is someone from outside the council; one set beside
    the NHS, or after a police rank, is a public body's staff."""
    if _titled_councillor(mention):
        return []
    line_end = text.find("\n", mention.end)
    line = text[mention.end:line_end if line_end >= 0 else len(text)]
    # (a name that opens its line, as a table's row: the body may stand in the next cell, with no comma or dash
    # between, "Dr Jo Bloggs Westshire NHS Foundation Trust", "J. Bloggs Westshire Police")
    row = not text[text.rfind("\n", 0, mention.start) + 1:mention.start].strip(" \t•·▪*-")
    if NHS_BODY_RE.match(line[:120]) or row and NHS_CELL_RE.match(line[:120]):
        return [KindCue("officer", "affiliation:nhs", PARTY_WEIGHT)]
    if POLICE_BODY_RE.match(line[:120]) or row and POLICE_CELL_RE.match(line[:120]):
        return [KindCue("officer", "affiliation:police", PARTY_WEIGHT)]
    if OUTSIDE_BODY_RE.match(line[:120]):
        return [KindCue("other", "affiliation:outside-body", PARTY_WEIGHT)]
    represents = REPRESENTING_RE.match(line[:160])
    if represents and not PUBLIC_BODY_RE.search(represents.group("body")):
        return [KindCue("other", "affiliation:represents-a-body", PARTY_WEIGHT)]
    # (only in the mention's own entry, up to its first closing bracket: "Jo Bloggs (Service Director), Sam
    # Okafor (Westshire Parent Carer Forum)" says nothing of Jo Bloggs's body)
    closes = line.find(")", 0, 200)
    said_what = BRACKETED_KIND_RE.search(line[:closes + 1 if closes >= 0 else 200])
    if said_what and not INTERNAL_CUES.search(said_what.group(0)):
        # said outright of the body, it outweighs a job title there ("Manager, X (a local charity)")
        return [KindCue("other", "affiliation:bracketed-outside-body", ROLE_WEIGHT + 1)]
    described = DESCRIBED_BODY_RE.match(line[:200])
    if described and OTHER_CUES.search(described.group("what")) and not INTERNAL_CUES.search(described.group("what")):
        return [KindCue("other", "affiliation:described-body", PARTY_WEIGHT)]
    if POLICE_TITLE_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start):
        return [KindCue("officer", "title:police", ROLE_WEIGHT)]
    if PRESS_TITLE_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start):
        return [KindCue("other", "title:press", ROLE_WEIGHT)]
    if FAMILY_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start):
        return [KindCue("other", "described:family-or-resident", ROLE_WEIGHT)]
    line_start = text.rfind("\n", 0, mention.start) + 1
    if PLANNING_RE.search(text[line_start:mention.start]) or PLANNING_RE.search(line[:80]):
        return [KindCue("other", "planning-application", CONTEXT_WEIGHT)]
    return []


def _titled_councillor(mention: finders.Mention) -> bool:
    return bool(mention.honorific) and mention.honorific.lower().strip(".") in MEMBER_HONORIFICS


def _opens_sentence(text: str, start: int) -> bool:
    """The name stands first in its sentence, line or item."""
    before = text[max(0, start - 20):start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", ":", ")")) or before.endswith("\n-")


# The public's part of a meeting, as minutes title it: "6 Public Forum", "Public Participation",
# "Questions from Members of the Public", "Open Forum", "Petitions and Deputations", "Public Question Time".
FORUM_TITLE_RE = re.compile(
    r"\b(?:public[ \t]+(?:forum|questions?|question[ \t]+time|statements?|participation|speaking|speakers|session"
    r"|petitions?|deputations?|representations?|comments?|open[ \t]+(?:forum|session)|time)"
    r"|open[ \t]+(?:forum|session)|members[ \t]+of[ \t]+the[ \t]+public|deputations?"
    r"|(?:questions|statements|petitions|matters)\b[^\n]{0,40}\b(?:from|by)[ \t]+(?:the[ \t]+)?public"
    r"|(?:petitions|statements)[ \t]+(?:and|&)[ \t]+(?:deputations|questions|statements|petitions))\b",
    re.IGNORECASE)
# A minute's title line: "6 Public Forum", "Item 6. Public Forum", "12/24 Public Participation", "HW.36/24 ...",
# or Kent's "(Item 6)" under the title; a title line with no number of its own opens a section only.
ITEM_TITLE_RE = re.compile(r"(?i)[ \t#*]*(?:(?:item|minute|agenda\s+item)[ \t]+)?(?P<ref>(?P<num>[1-9]\d{0,2})"
                           r"(?:[./]\d{1,3})?\.?|[A-Z]{1,5}[./]?[ \t]?\d{1,3}/\d{2,4})[ \t]+(?P<title>[A-Z][^\n]{2,90})$"
                           r"|[ \t]*\((?:agenda[ \t]+)?item[ \t]+(?P<ref2>\d{1,3})\)[ \t]*$"
                           r"|[ \t#*]*(?P<bare>[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,7})[ \t]*:?[ \t*]*$")
TITLE_HINT_RE = re.compile(r"(?i)public|forum|open|deputation|petition|question|statement")  # a cheap first look
FORUM_SPAN = 12000  # characters a forum section runs at most, when no next item closes it


def forum_sections(pages: dict[int, str]) -> dict[int, list[tuple[int, int]]]:
    """(start, end) per page of the public-forum sections of minutes: from a
    title line that names the public's part of the meeting to the next
    minute's title (the one numbered next when the forum's title had a
    number), across pages. Lines numbering a list of speakers ("07 Jo
    Bloggs", "31 Jo Bloggs") are not titles: they open with a zero or do not
    carry on the minutes' count."""
    found: dict[int, list[tuple[int, int]]] = {}
    opened: tuple[list[int] | None, int] | None = None  # (the forum's item number, characters left)
    for page in sorted(pages):
        text = pages[page]
        start = 0
        for match, line_start, previous in _short_lines(text):
            bare = match.group("bare")
            title = match.group("title") or bare or previous
            number = [int(n) for n in re.findall(r"\d+", match.group("ref") or match.group("ref2") or "")] or None
            is_forum = FORUM_TITLE_RE.search(title) is not None and not title.rstrip().endswith(".")
            if opened is None:
                if is_forum:
                    opened, start = (number, FORUM_SPAN), line_start
                continue
            if is_forum or bare:
                continue
            if opened[0] is None or _next_item(opened[0], number):
                found.setdefault(page, []).append((start, line_start))
                opened = None
        if opened is not None:
            end = min(len(text), start + opened[1])
            found.setdefault(page, []).append((start, end))
            opened = (opened[0], opened[1] - (end - start)) if end - start < opened[1] else None
    return found


DIGIT = re.compile(r"\d")


def _short_lines(text: str):
    """(title match, where its line starts, the line above) for each line short
    enough to be a minute's title."""
    pos, previous = 0, ""
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        # the anchored title pattern first: it fails within a few words on most lines
        if len(line) <= 100 and (match := ITEM_TITLE_RE.match(line)) \
                and (TITLE_HINT_RE.search(line) or DIGIT.search(line)):
            yield match, start, previous
        previous = line


def _next_item(forum: list[int], number: list[int] | None) -> bool:
    """Is ``number`` the minute after the forum's? "7" after "6", "18/046"
    after "18/045", "HW.37/24" after "HW.36/24"."""
    if not number or len(number) != len(forum):
        return False
    return (number[-1] == forum[-1] + 1 and number[:-1] == forum[:-1]) \
        or (number[0] == forum[0] + 1 and number[1:] == forum[1:])
