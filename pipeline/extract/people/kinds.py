"""A person's kind: officer (paid staff of the council, the NHS or another
public body), member (elected councillors) or other (MPs, ministers,
inspectors, the public, ...).

The role stated next to the name decides when there is one; a councillor's
title decides too. For people named bare, the context of the mention gives a
hint: an attendance list, a label, a title such as "Sir", a question asked
in minutes.
"""

from __future__ import annotations

import re

from pipeline.extract.people import finders
from pipeline.extract.people.lexicon import MEMBER_HONORIFICS

# Titles of knights and peers: in council papers, ministers, commissioners and
# independent chairs rather than council staff or councillors.
OUTSIDE_TITLES = {"sir", "dame", "lord", "lady", "baroness"}
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
    r"\b(?:(?:cabinet|lead|executive|committee|elected|ward|council|local|shadow)\s+member|^members?$|member for|"
    r"councillor|cllr|leader of|(?:deputy|council|group|opposition|party)\s+leader|^leader\b|"
    r"portfolio holder|mayor|chairman of the council|vice[- ]chair(?:man)?|chairman)\b", re.IGNORECASE)
OTHER_CUES = re.compile(
    r"\b(?:mps?|myps?|m\.p\.|member of (?:the )?(?:youth )?parliament|minister|secretary of state|secretary(?! to)|"
    r"inspectors?|hmi|ofsted|cqc|independent|commissioner|advis[eo]rs?|head ?teachers?|executive head|"
    r"principal of|^(?:a |the )?(?:parent|carer|pupil|student|resident)s?\b|ambassador|representative|author|"
    r"co-chairs?|governors?|parent carers?'? forum|member of the public|co-opted|dfe|department for education|"
    r"nhs england|commanding|healthwatch|gps?|general practitioners?|voluntary|charity|diocesan|diocese|housing association|"
    r"lt col|colonel|brigadier|major|captain|army|regiment|squadron|raf|royal navy|police|"
    r"chair,? (?:of )?(?:the )?[\w ]*(?:board|group|forum|trust|partnership|association|network|alliance|voice|"
    r"charity))\b",
    re.IGNORECASE)
OFFICER_CUES = re.compile(
    r"\b(?:directors?|head of|head|manager|officer|chief executive|clerk|counsel|analyst|accountant|lead|"
    r"consultant|business partner|coordinator|co-ordinator|administrator|solicitor|lawyer|psychologist|"
    r"practitioner|nurse|worker|specialist|commissioner|democratic services|team|programme|service|"
    r"virtual school|monitoring officer|chief|clinical|medical|assistant|executive)\b", re.IGNORECASE)
# Words that keep a role inside the council or the NHS even when an "other"
# cue appears ("Senior Commissioner", "Headteacher - Virtual School",
# "Democratic Services Adviser", a report's "Author" label, not "the author").
INTERNAL_CUES = re.compile(
    r"\b(?:senior commissioner|virtual school|commissioning|business partner|report author|democratic services"
    r"|(?:legal|policy|scrutiny|governance|committee|finance|financial|hr|procurement) advis[eo]r)"
    r"|(?-i:^(?:Report )?Authors?$)", re.IGNORECASE)


def kind_of(role: str | None, honorific: str | None, hint: str | None) -> str:
    """officer, member or other, from the role first, then the honorific,
    then the context the name was found in (an attendance list, a contact
    block); a named person with nothing else said is taken as an officer,
    as minutes name officers by name and members by title."""
    if honorific and honorific.lower().strip(".") in MEMBER_HONORIFICS:
        return "member"
    if role:
        if MEMBER_CUES.search(role) and not re.search(r"\bmember of parliament\b", role, re.IGNORECASE):
            return "member"
        if OTHER_CUES.search(role) and not INTERNAL_CUES.search(role):
            return "other"
        if OFFICER_CUES.search(role):
            return "officer"
        if re.search(r"\bchair", role, re.IGNORECASE):
            return "member"
    return hint or "officer"


def kind_hint(text: str, mention: finders.Mention, regions) -> str | None:
    """The first thing the context says about a mention's kind."""
    return (title_hint(mention) or list_hint(text, mention, regions) or label_hint(text, mention)
            or question_hint(text, mention))


def title_hint(mention: finders.Mention) -> str | None:
    if mention.honorific and mention.honorific.lower().strip(".") in OUTSIDE_TITLES:
        return "other"
    return None


def list_hint(text: str, mention: finders.Mention, regions) -> str | None:
    """The kind the innermost attendance list around a mention implies. In a
    list of members that titles its councillors ("Councillors Quarrendon,
    Dunsop ... along with A Hurst"), the untitled are co-opted or other
    attendees."""
    around = [r for r in regions if r[0] <= mention.start < r[1]]
    if not around:
        return None
    start, end, hint = max(around)
    if hint == "member" and mention.source != "councillors" and MEMBER_TITLED.search(text[start:end]) \
            and not (mention.honorific and mention.honorific.lower() in ("cllr", "councillor")):
        return "other"
    return hint


def label_hint(text: str, mention: finders.Mention) -> str | None:
    """Officers are the ones a report names as its author or contact;
    members the ones it names as a decision's holder or a motion's proposer
    and seconder."""
    label = finders.field_label_before(text, mention.start)
    if not label:
        return None
    words = label.split()
    staff = any(w in words for w in ("contact", "author", "authors", "officer", "officers", "clerk", "director"))
    if not staff and any(w in words for w in ("independent", "parent", "parents", "opted", "representative",
                                              "public", "resident", "observer", "observers")):
        return "other"  # "Independent Person:", "Parent representative:", "Co-opted Members:"
    if any(w in words for w in ("member", "councillor", "cabinet", "leader", "holder", "proposer", "seconder",
                                "proposed", "seconded", "mover", "moved")):
        return "member"
    if any(w in words for w in ("contact", "author", "authors", "officer", "director", "directors", "clerk",
                                "by", "manager", "head", "lead", "ask", "sponsor")):
        return "officer"
    return None


def question_hint(text: str, mention: finders.Mention) -> str | None:
    """Minutes title councillors; someone not titled so who asks, queries or
    is invited to address the meeting is a member of the public or a
    co-opted member; so, under a public questions item, is one who puts a
    question ("Question from Jo Bloggs") or speaks first."""
    titled = mention.honorific and mention.honorific.lower().strip(".") in ("cllr", "councillor")
    if titled:
        return None
    if QUESTION_VERBS.match(text, mention.end):
        return "other"
    before = text[max(0, mention.start - 1500):mention.start]
    cues = list(PUBLIC_QUESTIONS.finditer(before))
    if not cues:
        return None  # councillors put questions to the council too ("Question by X to the Leader")
    if QUESTION_FROM.search(before[-60:]):
        return "other"
    first_speaker = len(before) - cues[-1].end() < 400 and not ANSWERED.search(before[cues[-1].end():])
    if first_speaker and finders.followed_by_verb(text, mention.end) and _opens_sentence(text, mention.start):
        return "other"
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """The name stands first in its sentence, line or item."""
    before = text[max(0, start - 20):start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", ":", ")")) or before.endswith("\n-")
