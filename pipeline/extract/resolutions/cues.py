"""The phrase classes of decisions, and the cues read from a candidate clause.

Two kinds of pattern live here. Trigger phrases say where decisions are printed
("RESOLVED that", "Decision:", "Cabinet is asked to:", "It was APPROVED"), and
``candidates`` proposes the clauses after them. Cue functions then read one
proposed clause and say what speaks for it (a decider named with a decision verb,
a verb opening the clause) or against it (the wording of a motion or amendment, a
vote that was lost, a reason, a question, a report's narrative): ``decide``
weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.common.markers import DATED_LINK
from pipeline.extract.common.structure import Block, StructuredDocument
from pipeline.extract.resolutions.actions import action_of

LEAD_CHARS = 140  # what may stand before a formal word in capitals opening a paragraph
DECIDED = r"(?:RESOLVED|AGREED|ORDERED|DECIDED|NOTED|APPROVED|RECOMMENDED|DECISION)"
# "RESOLVED that ...", "It was RESOLVED:", "AGREED –", "Resolved – (a) ..."
# "The Committee RESOLVED that ..." too, when the verb is in capitals.
FORMAL_OPENER = re.compile(
    # (a committee's full name and what it did first may stand before the capitals: "The Children, Young
    # People and Education Scrutiny Committee considered the report and RESOLVED to:")
    rf"^(?P<lead>It\s+was\s+(?:\w+\s+)?|(?:The\s+)?[A-Z][^.:;]{{0,{LEAD_CHARS}}}?\s+(?={DECIDED}))?"
    rf"(?P<word>{DECIDED}|Resolved|Agreed|Decided|Ordered|Recommended)\b"
    # a word in capitals that ends the sentence after its subject is the sentence's verb, not an opener
    # over a clause ("The minutes of the meeting held on ... were APPROVED.")
    r"(?(lead)(?!\s*\.?\s*$))"
    # how the vote went may stand before the separator: "Resolved unanimously:", "RESOLVED (nem con) -"
    r"(?P<sep>(?:\s+(?:\w+ly|\([^()]{1,30}\))(?=\s*(?:[:–—-]|that\b|to\b)))?\s*(?::\s*[-–—]?|[–—-]|,)?)\s*",
)
# a clause opening after a capitalised "Resolved" with no punctuation; how the vote went may
# stand between them ("Resolved (unanimously) that", "Resolved by a majority vote that")
THAT_OR_TO = re.compile(r"\s*(?:\w+ly\s+|\([^()]{1,30}\)\s*|by\s+(?:a\s+)?(?:\w+\s+){0,3}?(?:consensus|majority|votes?)\b,?\s*)?"
                        r"(?:that|to)\b", re.IGNORECASE)
# "Decision:", "Decisions taken:", "Recommendation(s):", "RECOMMENDATIONS"
LABEL = re.compile(
    # a record of decisions' "Summary of decision", "Details of decision" over what was decided
    r"^(?P<label>(?:(?:summary|details?)\s+of(?:\s+the)?\s+)?(?:decision\(s\)|decisions?|resolutions?)(?:\s+(?:taken|made))?"
    # what a report asks of the meeting: "Decision(s) required", "Action required"
    r"|(?P<asks>(?:decision\(s\)|decisions?|action\(s\)|actions?)\s+(?:required|sought|requested|needed)"
    # "What the Board is asked to do", "What the Committee is being asked to decide": a template's box heading
    r"|what\s+(?:the\s+)?[A-Z][\w’' -]{1,40}?\s+(?:is|are)\s+(?:being\s+)?asked\s+to\s+(?:do|decide|agree)\??)"
    r"|(?:(?:officers?[’']?|proposed|summary\s+of(?:\s+the)?|key|draft)\s+)?"  # "Officers Recommendations"
    r"(?:recommendation\(s\)|recommendations?)(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?"
    # "Recommendation(s) / Proposed Decision", "Recommendations and Decisions Required"
    r"(?:\s*(?:/|and|&)\s*(?:proposed\s+)?(?:decision\(s\)|decisions?)(?:\s+(?:required|sought))?)?"
    # "Recommendations and Reasons", "Recommendation(s) and Reason(s) for Decision" (the reasons follow the asks)
    r"(?:\s*(?:/|and|&)\s*(?:the\s+)?reasons?(?:\(s\))?(?:\s+for\s+(?:the\s+)?(?:recommendations?|decisions?))?)?)"
    r"\s*(?P<colon>:\s*[-–—]?\s*|$)",
    re.IGNORECASE,
)
# "Minutes: It was agreed:" -- an intro closing the block
# (how the vote went may stand before or after the verb: "It was unanimously agreed that:", "It was resolved
# unanimously to:", "The Board resolved (nem con) that:", "It was agreed by a majority to:")
CLOSING_INTRO = re.compile(r"(?:^|[.:;]\s+)(?:It\s+was\s+(?:\w+ly\s+)?|(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,6}?(?:Cabinet|Committee|Council|Board|Panel|"
                           r"Executive|Forum|Sub-Committee|Group|Partnership|Commission)\s+(?:\w+ly\s+)?)?"
                           r"(?:resolved|agreed|ordered|decided)(?:\s+(?:\w+ly|\([^()]{1,30}\)|by\s+(?:a\s+)?majority(?:\s+vote)?))?"
                           # "It was resolved that the Committee:", "Cabinet resolved that Cabinet:": the decider named
                           # again before the colon, its verbs in the clauses ("1. Note ...", "(a) approves ...")
                           r"(?:\s+as\s+follows|\s+that(?:\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,6}?(?:Cabinet|Committee|Council|Board"
                           r"|Panel|Executive|Forum|Sub-Committee|Group|Partnership|Commission|Member|Leader))?|\s+to)?\s*[:–—-]\s*$",
                           re.IGNORECASE)
# "The following was agreed:", "Members agreed the following:", "The Committee made the following resolutions:"
FOLLOWING_INTRO = re.compile(r"(?:\bthe\s+following\s+(?:(?:decisions?|resolutions?)\s+)?(?:was|were)\s+(?:\w+ly\s+)?"
                             r"(?:agreed|resolved|decided|approved|made|taken)"
                             r"|\b(?:agreed|resolved|decided|approved|made|took)\s+the\s+following(?:\s+(?:decisions?|resolutions?))?)"
                             r"\s*[:–—-]\s*$", re.IGNORECASE)
# "RESOLVED: To note the attendance of the following Reserve Member:", "That the following be appointed
# to the Panel:": a decision whole in its own words, over a table or list of names rather than of clauses
WHOLE_INTRO = re.compile(r"^(?:that|to)\s+(?:[^:]*?\s)?the\s+following\s[^:]{6,}:$", re.IGNORECASE)
# "Proposal: That the Forum notes ...", "Proposed decision: To approve ...": what a report proposes, on its line
PROPOSAL_LABEL = re.compile(r"^(?:proposals?|proposed\s+(?:decisions?|resolutions?))\s*:\s*[-–—]?\s*(?=\S)", re.IGNORECASE)
# "The Cabinet Member for Children's Services decided to approve ...": one decision-maker's decision
INDIVIDUAL = (r"(?:Cabinet\s+Member|Leader|Deputy\s+Leader|Executive\s+(?:Member|Councillor)|Portfolio\s+Holder|Mayor"
              r"|Chief\s+Executive|(?:Executive\s+|Corporate\s+|Strategic\s+)?Director)")
# "The recommendations were agreed as follows:", "The following proposals were approved:" over the list
AGREED_AS_FOLLOWS = re.compile(r"(?:^|[.:;]\s+)(?:the\s+)?(?:following\s+)?(?:recommendations?|proposals?)\b[^.:;]{0,80}?"
                               r"\s(?:was|were)\s+(?:\w+ly\s+)?(?:agreed|approved|accepted|endorsed|adopted)"
                               r"(?:\s+as\s+follows)?\s*[:–—-]\s*$", re.IGNORECASE)
# A formal "RESOLVED" in capitals run on after other text in the same paragraph (web pages
# join a minute's narrative and its decision): after a stop, comma or "and", then a separator.
MID_RESOLVED = re.compile(r"(?:[.,;:)]|\band)\s+(?:It\s+was\s+(?:\w+ly\s+)?)?(?P<word>RESOLVED|AGREED|DECIDED|APPROVED)\b"
                          # how the vote went may stand before the separator: "and RESOLVED (by 7 votes to 1):"
                          r"(?:\s+(?:\w+ly|\([^()]{1,30}\))(?=\s*(?:[:–—-]|that\b)))?"
                          r"\s*(?::\s*[-–—]?|[–—-]|(?=that\b))\s*")
# "It was RESOLVED that A. It was further RESOLVED that B.": a second decision told in the same
# paragraph opens a sentence of its own with the formal word again (in capitals, or "further"/"also")
FURTHER_DECISION = re.compile(
    r"(?<=[.;])\s+(?=(?:It\s+was\s+(?:(?:further|also|additionally|then|finally|unanimously)\s+)?"
    r"(?:RESOLVED|AGREED|DECIDED|APPROVED|NOTED)\b|(?:Further|FURTHER|Also|ALSO)\s+(?:RESOLVED|AGREED|DECIDED)\b"
    r"|It\s+was\s+(?:further|also|additionally)\s+(?:resolved|agreed|decided)\s+(?:that|to)\b))")
# "... the quote was discussed. Resolved to pay the invoice.": title case, after a full stop, opening a clause
# (or, in minutes that give each motion's mover, after "Moved by X and seconded by Y:-" and with a dash: "Agreed -
# That ...", "Agreed -" over its clauses; or run in after a minute's title in capitals and a dash: "1412 MINUTES -
# Resolved - That the minutes ... be signed")
MID_RESOLVED_TITLE = re.compile(r"(?:(?<=[.;:])|(?<=:-)|(?<=:–)|(?<=[A-Z]\s[-–—]))\s+(?:\|\s+)?(?P<word>Resolved|Agreed)"
                                r"(?:\s+(?:that|to)\b|[ \t]*[-–—][ \t]*(?:[Tt]hat\b|$))")
# "Cabinet is asked to:", "The Committee is recommended to:" (a semicolon typed for the colon, "is asked
# to;": a clause that stops at "to" only leads in); an issue page's "Cabinet will be asked to:" before the meeting
# ("Cabinet is asked:" over "1. To note ...", "2. To endorse ...": the "to" opens each item instead)
ASKED_INTRO = re.compile(r"\b(?:is|are|will\s+be)\s+(?:asked|invited|recommended|requested)(?:\s+to\s*[:;]?|\s*:)\s*[-–—]?$",
                         re.IGNORECASE)
# "The Cabinet Member was invited to approve for 2021/22:" over a list: one recommendation, its
# verb and object in the intro and the list its items (not "is asked to:" over a list of clauses)
ASKED_WITH_OBJECT = re.compile(r"\b(?:is|are|was|were)\s+(?:asked|invited|recommended|requested)\s+to\s+(?P<verb>[a-z]+)"
                               r"\b[^:.;]{0,120}:\s*$", re.IGNORECASE)
# "Recommendations Agreed.", "Motion carried.", "RESOLVED accordingly."
NO_WORDING = re.compile(
    r"^(?:(?:the\s+)?(?:(?:above\s+|report'?s?\s+)?recommendations?|(?:substantive\s+)?motion)\s*"
    r"(?:(?:as\s+set\s+out\s+)?(?:was|were|be|are)\s+)?(?:agreed|approved|carried|accepted|adopted)"
    r"|unanimously|accordingly|as\s+follows"
    # "As set out at the front of the report.", "See paragraph 2.1.": the decision is printed elsewhere
    r"|(?:as\s+(?:set\s+out|detailed|stated|shown)|see)\s+(?:at|in|on|above|below|paragraphs?|sections?)\b[^.;:,]{0,60}"
    # "The recommendations appear at the front of this report.": where they are printed, not what they are
    r"|(?:(?:the|these|its)\s+)?(?:recommendations?|proposals?|decisions?)\s+(?:appears?|(?:is|are)\s+(?:set\s+out|shown|listed|given|printed"
    r"|included|contained)|can\s+be\s+found)\s+(?:at|in|on|above|below)\b[^.;:]{0,60}\W*$"
    # "Date: Wednesday, 4 June 2025 Time: 2.00 pm Venue: ...": the meeting's details under a "Decisions" heading
    r"|date\s*:[^\n]{0,60}?\b(?:time|venue)\s*:.*"
    # "(The Panel) AGREED the recommendation.": the verb before the bare object
    r"|(?:agreed|approved|accepted|adopted|endorsed|supported|noted)\s+(?:all\s+)?(?:the\s+)?(?:above\s+|report'?s?\s+)?"
    r"(?:recommendations?|motion))\W*$"
    # "Approved as recommended, 22 January 2026.": the decision is the recommendations, printed above (its date only)
    r"|(?:agreed|approved|accepted|adopted|endorsed|supported|noted)\s+as\s+(?:recommended|proposed|set\s+out\s+above)"
    r"\W*(?:(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}))?\W*$",
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


def named(body: str) -> str:
    """A body with the capitalised words that name it: "the Overview and Scrutiny Board"."""
    return rf"(?:(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){{0,6}}{body})"


NAMED_BODY = named(BODY)
# bodies that decide together (a narrative "The Leader confirmed ..." is one person speaking)
COLLECTIVE = r"(?:Cabinet|Committee|Council|Board|Panel|Executive|Forum|Sub-Committee|Group|Partnership)"
NAMED_COLLECTIVE = named(COLLECTIVE)
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
# "In the absence of the Chair it was unanimously agreed that ...": the whole sentence is the clause
# "Proposed by Cllr A, seconded by Cllr B and resolved to accept the quote."
# "..., resolved to pay £65", "Councillors resolved not to support", "It was discussed and decided to
# hold a site meeting", "Resolved Councillor X contact the supplier": a decision inside a sentence of
# narrative minutes, taken by the meeting (not "The Chair agreed to write")
DECIDED_IN_SENTENCE = re.compile(
    r"(?:^|,\s*|\band\s+|\b(?:it\s+was|councillors|members|all|everyone|the\s+(?:parish\s+|town\s+)?council)\s+)"
    r"(?:\w+ly\s+|also\s+|further\s+|then\s+)?(?:resolved|agreed|decided)\s+(?:(?:not\s*to|not|to|that|this)\b|(?-i:[A-Z]))",
    re.IGNORECASE)
# "The Director presented the report. After discussion, Cabinet APPROVED the strategy ...": a named
# body's decision in capitals inside a paragraph of narrative
MID_BODY_CAPITALS = re.compile(rf"(?<=[.;:,])\s+(?:[A-Z][\w’' ]{{0,40}}?,\s+)?(?:the\s+)?{NAMED_COLLECTIVE}\s+(?:\w+ly\s+)?"
                               r"(?P<word>RESOLVED|AGREED|APPROVED|NOTED|DECIDED)\s+(?=[a-z(])")
# "All the Councillors were in favour of the hall becoming a charity": a vote recorded as the decision
IN_FAVOUR = re.compile(r"\b(?:councillors|members|committee|council|all)\s+(?:were|was)\s+(?:all\s+|unanimously\s+)?"
                       r"in\s+favour\s+of\b", re.IGNORECASE)
# the stems of the words a narrative decision is told with: a paragraph with none holds none
# (a first look by substring, much cheaper than any pattern)
DECISION_STEMS = ("resolv", "agree", "decid", "noted", "approv", "confirm", "endors", "accept", "receiv", "welcom",
                  "support", "request", "recommend", "ratif", "adopt", "delegat", "authori", "instruct", "defer",
                  "reject", "refus", "grant", "appoint", "elect", "favour")
DECISION_STEM = re.compile("|".join(DECISION_STEMS))  # one scan of the text, not one per stem


CAPITAL_DECISIONS = ("RESOLVED", "AGREED", "DECIDED", "APPROVED", "NOTED", "ORDERED", "RECOMMENDED", "DECISION")


def may_open_in_capitals(text: str) -> bool:
    """Whether ``text`` has a decision word in capitals ("RESOLVED", "It was APPROVED")."""
    return any(word in text for word in CAPITAL_DECISIONS)


def may_decide(text: str) -> bool:
    """Whether ``text`` has any word a decision is told with."""
    return DECISION_STEM.search(text.lower()) is not None


# a line of printed minutes that opens a decision
DECISION_LINE = re.compile(r"^(?:It\s+was\s+(?:\w+\s+)?(?:resolved|agreed|decided)|(?:Also\s+)?(?:Resolved|Agreed)\b"
                           r"|Also\s+(?:resolved|agreed|decided)\b"
                           r"|(?:The\s+)?(?:Councillors|Members|Council)\s+(?:\w+ly\s+)?(?:resolved|agreed|decided))")
# (one person agreeing, "The Chair agreed to write ...", is not the meeting deciding)
AGREED_INSIDE = re.compile(r"^[A-Z][^.;]{3,160}?(?:,?\s+it\s+was|\s+and)\s+(?:\w+ly\s+|also\s+|further\s+)?(?:agreed|resolved)"
                           r"\s+(?:that|to)\b")
# "The committee noted ...", "The Commission agreed ...": the meeting's body by its common noun alone, in lower case
# as minutes often print it (a commission only so: "The Care Quality Commission noted" is an inspectorate)
BARE_BODY = r"(?<=[Tt]he\s)(?:committee|board|panel|cabinet|forum|sub-committee|Commission|commission)"
WEIGHED_PAPER = r"(?:considered|discussed|received|reviewed|debated)"
# "The Committee noted ...", "The Policy Committee for Transport and Connectivity noted ...",
# "That the Transport Committee noted the report."
BODY_DECIDED = re.compile(
    rf"^(?:That\s+)?(?:[Tt]he\s+)?(?:{NAMED_COLLECTIVE}|{BARE_BODY})(?:\s+(?:for|of|on)(?:\s+[\w&’'-]+){{1,6}}?)?"
    # what the body did with the paper first: ", having discussed the update, agreed ...", "considered the
    # report and noted ..."
    rf"(?:,\s*having\s+{WEIGHED_PAPER}\s+[^.;:,]{{1,80}},)?\s+(?:{WEIGHED_PAPER}\s+[^.;:]{{1,80}}?,?\s+and\s+(?:then\s+)?)?"
    r"(?:\w+ly\s+|also\s+|further\s+)?(?:noted|agreed|confirmed|approved|endorsed|resolved|accepted"
    r"|received|welcomed|supported|decided|requested|recommended|ratified|adopted|delegated|authori[sz]ed"
    r"|instructed|deferred|rejected|refused|granted|appointed|elected|RESOLVED|AGREED|APPROVED|NOTED"
    r"|voted(?=\s+(?:unanimously\s+)?(?:to|in\s+favour\s+of)\b))\b"  # "The Forum voted to approve ..."
)
# one decision-maker deciding: "The Cabinet Member for Children's Services decided to approve ..." (not
# "The Leader agreed to write", a promise made in the debate)
INDIVIDUAL_DECIDED = re.compile(rf"^(?:The\s+)?{named(INDIVIDUAL)}(?:\s+(?:for|of)(?:\s+[\w&’'-]+){{1,8}}?)?\s+"
                                r"(?:has\s+)?(?:\w+ly\s+)?(?:decided|resolved|determined)\s+(?:to|that)\b")
# "The action log was noted.", "The work programme was agreed.", "The report was received and noted.": a
# paper before the meeting, noted or agreed in the passive, in a sentence of its own
PAPER_NOTED = re.compile(
    r"^(?:The\s+)?(?:[\w’'-]+\s+){0,5}?(?:report|log|update|plan|programme|register|tracker|briefing|paper|minutes|notes)s?"
    r"(?:\s+(?:for|of|on|from)\s+[^.;]{1,40}?)?\s+(?:was|were)\s+(?:(?:duly|formally|unanimously)\s+)?"
    r"(?:received\s+and\s+)?(?:noted|agreed|approved|endorsed)"
    # only by the meeting itself: "accepted by Ofsted on 2 December 2019" is a milestone reported, not decided
    rf"(?:\s+by\s+(?:the\s+)?(?:{COLLECTIVE}|Members|Councillors))?\s*\.?$",
    re.IGNORECASE)
# the record of the last minutes' approval, in the past tense ("to be approved" is an agenda's)
MINUTES_RECORDED = re.compile(
    # ("The record of the meeting of the Committee held on D", "The notes of the last meeting", "The minutes of
    # the Cabinet meeting held on D": the minutes by another name, the meeting by its body's name)
    r"^(?:The\s+)?(?:minutes|record|notes)\s+of\s+(?:(?:the|a)\s+(?:previous\s+|last\s+)?"
    r"(?:(?-i:[A-Z][\w’'&-]*|and|of|for|&)\s+){0,6}?meetings?\b"  # "the Health and Wellbeing Board meeting"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z][a-z]{2,8})\s+\d{4}\b)[^.;]{0,200}?"  # "The notes of 8 May 2025": the meeting by its date
    # "were taken as read and signed as a correct record": the approval without a vote
    # "were submitted and approved": the minutes laid before the meeting, then approved
    r"\b(?:were|was|(?<!\bto\s)be)\s+(?:\w+ly\s+)?(?:(?:submitted|presented|received|considered|read)\s+and\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed|taken\s+as\s+read)\b"
    # "All agreed this was a true record and were signed and approved."
    r"|^(?:All\s+|Members\s+|Councillors\s+)?(?:\w+ly\s+)?agreed\s+(?:that\s+)?(?:this|these|they|the\s+minutes)\s+(?:was|were)\s+a\s+"
    r"(?:true|correct|accurate)\s+record"
    # the decider the subject, the minutes the object: "The Lead Member approved as a correct record the minutes of
    # the meeting held on D", "The Cabinet Member for Schools confirmed the minutes of the last meeting"
    r"|^(?:The\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:[A-Z][\w’'&-]*)|for|of|and)){0,7}?\s+(?:approved|agreed|confirmed|signed"
    r"|accepted)\s+(?:as\s+an?\s+(?:true|correct|accurate)\s+record\s+)?the\s+minutes\s+of\s+(?:the|a)\s+(?:previous\s+|last\s+)?"
    r"(?:(?-i:[A-Z][\w’'&-]*|and|of|for|&)\s+){0,6}?meetings?\b",
    re.IGNORECASE,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")
# how a lead-in that stops mid-sentence ends: "That Cabinet, having considered the report,"
LEAD_IN_END = re.compile(r"(?:,|[–—-]|\b(?:that|to)\s*;?)\s*$", re.IGNORECASE)  # ("... asked to;": a colon mistyped)
# a lead-in that names only who decides: "That the Committee:", "That Cabinet", "That the
# Children and Families Committee:" -- its verbs are in the clauses after it
BODY_LEAD_IN = re.compile(r"^(?:that\W*\s)?That\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&))*"
                          r"\s*[:;]?\s*[-–—]?\s*$")
# a clause's label printed after its trigger: "It was APPROVED 2a. Residents Parking - ..."
LEADING_LABEL = re.compile(r"^(\(?[a-z]{1,2}\)|\(?\d{1,3}\)|\d{1,3}[a-z]?\.|[a-z]\.)\s+(?=[A-Z])")
# a trigger with nothing of its own after it: "It was APPROVED that;", "RESOLVED:"
NOTHING_AFTER = re.compile(r"^(?:(?:that|to)\b)?\W*$", re.IGNORECASE)
# What follows a decision in the same run of lines but is not part of it: the next
# recommendation's heading, its mover and seconder, the vote
RUN_ON = re.compile(r"^(?:Recommendations?\s+\d|On\s+being\s+put\b|The\s+(?:recommendation|motion|amendment)s?\s+(?:was|were)\b"
                    # the minutes' last line run on to the last decision: "The meeting closed at 5.47 p.m."
                    r"|The\s+meeting\s+(?:closed|ended|finished|concluded|terminated|rose)\b)"
                    r"|\b(?:moved|seconded)\s+by\b|\bput\s+to\s+the\s+vote\b")
# "The Cabinet Member for Learning and Skills has:", "The Leader has decided to:" over a list: a
# decision notice's decision-maker and the list of what they did ("(1) Approved ...")
DECIDER_HAS = re.compile(r"(?:^|[.;]\s+)(?P<who>(?:The\s+)?[A-Z][^.;:]{2,200}?)\s+(?:has|have)"
                         r"(?:\s+(?:therefore\s+|also\s+)?(?:decided|resolved|agreed|determined)(?:\s+to)?)?\s*:\s*[-–—]?\s*$")
# "The Board:" over what it did ("(a) noted the report; (b) agreed ..."), in the block or after it
BODY_COLON = re.compile(rf"^(?:The\s+)?{named(COLLECTIVE)}\s*:\s*")
# who takes decisions alone or together: a decider named in the lead-in
DECIDER = re.compile(r"\b(?:Cabinet|Leader|Mayor|Member|Director|Executive|Holder|Officer|Committee|Council|Board|Panel"
                     r"|Chief|Head|Manager|Commissioner|Chair(?:man)?|Sub-Committee)\b")
# a table's column headings over its rows of decisions ("No. Recommendation", "Ref | Decision | Lead")
COLUMN_HEADINGS = re.compile(r"^(?:(?:No|Ref|Number|Item|Para(?:graph)?|#)\.?\s*\|?\s*)?(?:Recommendations?|Decisions?|Resolutions?"
                             r"|Actions?|Proposals?)(?:\s*\|?\s*(?:Owner|Lead|By|Due|Date|Timescale|Reasons?|Status)\b\.?)*$",
                             re.IGNORECASE)
# Headings a report puts over what it asks a meeting to decide: "Proposals", "Proposal(s)",
# "Decision(s) required", "Action required", "What is the Committee being asked to do?"
# "Recommended action", "Recommended decision(s)", "Proposed decision" (Reading's and others' report templates)
ASKS_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:proposals?|proposal\(s\)|recommendations?|recommendation\(s\)"
                          r"|(?:recommended|proposed)\s+(?:actions?|action\(s\)|decisions?|decision\(s\)|resolutions?)"
                          # "Decision required from the Board:"
                          r"|(?:decisions?|decision\(s\)|actions?|action\(s\))\s+(?:required|sought|requested|needed)"
                          r"(?:\s+(?:from|of|by)\s+(?:the\s+)?[A-Z][\w ]{0,40})?"
                          r"|what\s+(?:(?:is|are)\s+.{1,40}|(?:the\s+)?.{1,40}\s+(?:is|are))\s+(?:being\s+)?asked\s+to\s+(?:do|decide|agree))\W*$",
                          re.IGNORECASE)
MIN_WORDS = 3


def is_formal(opener: re.Match) -> bool:
    """Upper-case "RESOLVED", or "Resolved" with a separator or "that", or alone as a
    heading: not the verb of a sentence ("Resolved issues were ..."). After a named
    decider ("Cabinet APPROVED the use of ...") the capitals must open a clause, not
    sit in a title ("SUMMARY OF APPROVED RECOMMENDATIONS") or a negation."""
    word, lead = opener.group("word"), opener.group("lead") or ""
    if word == "DECISION" and not re.match(r"\s*[:–—]|\s+-|\s+[a-z]", opener.string[opener.end("word"):]):
        return False  # a noun in a form's title ("DECISION NO: 24/00096", "DECISION-MAKER:"), unless it opens a clause
    if word.isupper() and lead and not lead.startswith("It"):
        after = opener.string[opener.end("word"):]
        return (not lead.isupper() and not re.search(r"\bnot\s+$", lead)
                and bool(re.match(r"\s*(?:[:–—-]|[a-z])", after)))
    if word.isupper():
        return True
    if not lead and not opener.string[opener.end():].strip():
        return True  # "Resolved" as a heading over the clauses
    if lead:
        return False
    if word == "Recommended":  # "Recommended that Cabinet notes ...", not "Recommended to Cabinet for approval"
        return bool(re.match(r"that\b", opener.string[opener.end():]))
    return bool(opener.group("sep").strip()) or bool(THAT_OR_TO.match(opener.string, opener.end()))


SUBJECT_AND_CAPITALS_ONLY = re.compile(rf"^(?:The\s+)?{NAMED_COLLECTIVE}\s+(?-i:{DECIDED})\s*[.;]?\s*$")


def has_wording(text: str) -> bool:
    """Whether a clause says something of its own (not "Recommendations agreed."). After a
    decider ("Members NOTED the report.") the capitals are the clause's verb, and count."""
    if SUBJECT_AND_CAPITALS_ONLY.match(text):
        return False  # "The Panel NOTED.": who decided, and the verb, with nothing decided
    opener = FORMAL_OPENER.match(text)
    core = text[opener.end():] if opener else text
    if opener and opener.group("lead") and not opener.group("lead").startswith("It") and opener.group("word").isupper():
        core = opener.group("word") + " " + core
    core = re.sub(r"^(?:that|to)\s+", "", core.strip(), flags=re.IGNORECASE)
    return len(core.split()) >= MIN_WORDS and not NO_WORDING.match(core)


@dataclass
class Context:
    """What the cues of one clause may look at beyond the clause: the document's
    blocks, where each block sits, and whether any decision there is printed formally."""

    blocks: list[Block]
    position: dict[int, int]  # id(block) -> its index
    formal_decisions: bool

    @classmethod
    def of(cls, doc: StructuredDocument, proposed: list) -> "Context":
        return cls(doc.blocks, {id(block): i for i, block in enumerate(doc.blocks)},
                   any(candidate.formal and candidate.source != "after:resolved-in-sentence" for candidate in proposed))

    def before(self, block: Block) -> Block | None:
        index = self.position.get(id(block), 0)
        return self.blocks[index - 1] if index else None

    def decided_formally_after(self, block: Block) -> bool:
        """Whether the item ``block`` is told in goes on to print its decision formally ("The Board noted that the
        plan funded X." then "RESOLVED – THAT the plan be ratified."): a block opening with a formal trigger follows
        within ITEM_REACH blocks, no heading between."""
        index = self.position.get(id(block))
        if index is None:
            return False
        for after in self.blocks[index + 1:index + 1 + ITEM_REACH]:
            if after.kind == "heading" or after.looks_like_heading:
                return False
            opener = FORMAL_OPENER.match(after.text)
            if opener and is_formal(opener):
                return True
        return False


# What a narrative sentence does not decide: the meeting "received a report on ...", a view
# of what "would" or "should" happen
# (or heard a speaker: "received a deputation from ...", "received two petitions")
# ("received the performance management reports": several papers, their subject before them)
RECEIVED_ITEM = re.compile(r"\b(?:received|heard)\s+(?:a|an|the|two|three|\d+)\s+(?:\w+\s+){0,3}?(?:reports?|presentations?"
                           r"|updates?|briefings?|overviews?|deputations?|petitions?|representations?|statements?|questions?)\b",
                           re.IGNORECASE)
MODAL = re.compile(r"\b(?:would|should|could|might)\b", re.IGNORECASE)
# "Councillors agreed this should be carried out": the modal is what was decided, not a view ("agreed
# this would be funded" reports a decision taken elsewhere)
DECIDED_MODAL = re.compile(r"\b(?:resolved|agreed|decided)\s+(?:that\s+)?[^.;,]{0,40}?\bshould\b", re.IGNORECASE)
# a short decision that refers back to the sentence before ("Councillors agreed this should be done.")
REFERS_BACK = re.compile(r"\b(?:resolved|agreed|decided)\s+(?:that\s+)?(?:this|it|these|they)\b", re.IGNORECASE)
REFERRING_WORDS = 10  # ... when the decision sentence is this short
# the form a decision takes: "be circulated", "will be invited", "be noted"
# (not in a relative clause: "agreed a plan on D, which will be published by ...", "that will be reviewed
# annually" say what will become of the thing agreed elsewhere, not what this meeting decided)
DECISION_FORM = re.compile(r"(?<!\bwhich\s)(?<!\bwhich\swill\s)(?<!\bwho\s)(?<!\bwho\swill\s)(?<!,\sthat\s)"
                           r"(?<!,\sthat\swill\s)(?<!\bwhich\sis\sto\s)"
                           r"\b(?:be|will\s+be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)
# "noted the report", "approved the recommendations": a decision on a paper before the meeting
ON_A_PAPER = re.compile(r"\b(?:noted|approved|agreed|endorsed|accepted|adopted)\s+the\s+(?:contents\s+of\s+the\s+|[\w-]+\s+){0,2}?"
                        r"(?:report|update|petition|minutes|recommendations?|responses?|public\s+forum|statements?|plan|strategy|policy"
                        r"|(?:work|forward)\s+programme|briefing|presentation)\b",
                        re.IGNORECASE)
# "endorsed the plan on 21 November 2024": what happened at another meeting, reported
# (not a meeting the decision looks ahead to: "an item for its meeting on 2 July 2025", "report back to the
# meeting in March 2026", "at its next meeting on ...")
DATED = re.compile(r"(?<!\bheld\s)(?<!\bmeeting\s)(?<!\bmeetings\s)(?<!\bsession\s)\b(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December)\s+\d{4}\b")
# "It was resolved to accept ...", "seconded ... and resolved that ...": the formal verb in lower case
RESOLVED_SAID = re.compile(r"\bresolved\s*(?:(?:not\s*to|not|to|that)\b|,|(?-i:[A-Z]))", re.IGNORECASE)
# "noted that the inspectors had conducted focus groups": what had happened, reported to the meeting
NOTED_WHAT_HAD = re.compile(r"\bnoted\s+that\b[^.;]{0,200}?\bhad\s+(?:also\s+)?(?!been\b)\w+(?:ed|en|wn|ne|un|t)\b", re.IGNORECASE)
LONG_SENTENCE = 40  # words: an account, not a decision
ITEM_REACH = 3  # blocks after a narrative sentence read for its item's formal decision
DISCUSSION_SENTENCES = 3  # a paragraph of this many sentences is an account of the debate


# the block before a trigger that opens the reasons for a decision: what follows explains it
# (a cover sheet's field that gives its reason on its own line, "Reason: This report is for information.",
# is no heading over what follows)
REASONS = re.compile(r"^(?:the\s+)?reasons?\b(?!\s*:\s*\S[^\n]*[.!]$)", re.IGNORECASE)
# "Apologies were received from ...", "Report No. 86 ... was received.": what happened, not what was decided
# ("The report was received and noted." is noted: a decision on it)
PAST_RECEIVED = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?received\b(?!\s+and\s+noted\b)", re.IGNORECASE)
# a web page's navigation and furniture ("Use the search options below", "click here")
PAGE_FURNITURE = re.compile(r"\b(?:click|search\s+options|this\s+(?:web)?page|the\s+(?:web)?site|below\s+to\s+find|browse)\b",
                            re.IGNORECASE)


# What tells an account of the debate, not a decision, under a trigger or label ("Decision:" over a
# ModernGov minute's first paragraph): the report introduced, what someone said, members' questions.
INTRODUCED = re.compile(r"\b(?:introduced|presented)\s+(?:the|a|an|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:report|item|presentation|update|paper)\b", re.IGNORECASE)
REPORTED_SPEECH = re.compile(r"\b(?:(?:s?he|they|it|who)\s+(?:said|explained|reported|advised|added|stated|told\s+\w+)"
                             r"|(?:said|explained|advised|added|stated|informed\s+\w+|told\s+\w+)\s+that)\b", re.IGNORECASE)
DEBATE = re.compile(r"\b(?:in\s+response\s+to\s+(?:a|the)\s+questions?|(?:Members|Councillors)\s+(?:also\s+)?"
                    r"(?:asked|discussed|raised|queried|questioned|debated|sought|commented))\b", re.IGNORECASE)
ACCOUNT_CUES = (("account:introduced", INTRODUCED), ("account:reported-speech", REPORTED_SPEECH), ("account:debate", DEBATE))
# a narrative sentence that only thanks or welcomes: courtesy, not a decision
COURTESY = re.compile(r"\b(?:welcomed|thanked|praised|congratulated|commended|paid\s+tribute)\b", re.IGNORECASE)
OTHER_DECISION = re.compile(r"\b(?:noted|agreed|approved|endorsed|resolved|decided|requested|recommended|supported|accepted"
                            r"|adopted|delegated|referred|confirmed|asked|instructed|authori[sz]ed|RESOLVED|AGREED)\b", re.IGNORECASE)


# "Further to Minute No. 112, the Cabinet considered the report of the Director on ...": the paper before the
# meeting, told as the opening of a decision record; a decision only if it also says what was decided
CONSIDERED = re.compile(r"\b(?:considered|received|had\s+before\s+it)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:report|presentation|update|paper|briefing)\s+(?:of|from|by|on)\b|^Further\s+to\s+Minute\b",
                        re.IGNORECASE)


def account_cues(text: str) -> list[str]:
    """Cues that a clause under a trigger is the account of the debate (see ``ACCOUNT_CUES``)."""
    fired = [name for name, pattern in ACCOUNT_CUES if pattern.search(text)]
    if "account:introduced" not in fired and CONSIDERED.search(text) and not OTHER_DECISION.search(text):
        fired.append("account:introduced")
    if fired and len(SENTENCE_SPLIT.split(text)) >= DISCUSSION_SENTENCES - 1:
        fired.append("account:sentences")
    return fired


def opens_with_decision(text: str) -> bool:
    """"Approved the plan ...", "delegated authority to ...": a clause opening with a past decision verb."""
    first = text.split(" ", 1)[0]
    return first.lower().endswith("ed") and action_of(first) is not None


def clause_cues(candidate, context: Context) -> list[str]:
    """The names of the cues (see ``decide.WEIGHTS``) that fire for one proposed clause."""
    text = candidate.clause.full_text()
    fired = []
    if not has_wording(text):
        fired.append("no-wording")
    if candidate.source.startswith("narrative"):
        fired += narrative_cues(candidate, text, context)
    if candidate.source in ("that-clause", "after:body-lead-in") and MOTION.search(candidate.preceded_by):
        fired.append("motion-before")
    if candidate.source.startswith("after:") and REASONS.match(candidate.preceded_by):
        fired.append("in-reasons")
    if PAST_RECEIVED.search(text) and action_of(text) in (None, "received"):
        fired.append("past-received")
    if PAGE_FURNITURE.search(text):
        fired.append("page-furniture")
    if (link := DATED_LINK.match(text)) and is_title_like(text[link.end():]):
        fired.append("dated-link")
    if candidate.formal:
        fired += account_cues(text)
    if candidate.source.startswith("after:") and not SENTENCE_END.search(text):
        # under a decision page's label, the lines that are no clause: a field ("Decision status: ..."), a linked
        # document's title and size ("Appendix 1 - Plan PDF 214 KB"), the meeting's link ("Cabinet 16/07/2025 Item 9")
        if FIELD_LINE.match(text) and len(text.split()) <= FIELD_WORDS:
            fired.append("record-field")
        elif action_of(text) is None and candidate.fallback_action in GENERIC_ACTIONS:
            fired.append("verbless-line")  # (under an intro with a verb of its own, "agree:", the items are its objects)
    if candidate.source.startswith("decider-has"):
        if candidate.source.endswith(":named"):
            fired.append("names-decider")
        if opens_with_decision(text):
            fired.append("opens-with-decision")
    return fired


# how a clause or sentence ends ("... be noted.", "... ; and", "(a) noted the report;"), a label over clauses (":")
SENTENCE_END = re.compile(r"(?:[.;:!?]|\band|\bor)[\s\"'”’)]*$")
# "Decision status: Recommendations Approved", "Decision type: Key": a record's field and its value
FIELD_LINE = re.compile(r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s*:\s+\S")
FIELD_WORDS = 8
GENERIC_ACTIONS = (None, "decided", "resolved", "recommended")  # a trigger's own word, no verb of the intro
TITLE_SHARE = 0.6  # of a line's words capitalised, with no full stop: a title, not a sentence


def is_title_like(text: str) -> bool:
    """"Agreed Awards and Allocations to 27/28 (£000s)": a table's or section's title."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if len(words) < 3 or text.rstrip().endswith((".", ";", ":")):
        return False
    return sum(word[0].isupper() for word in words) >= TITLE_SHARE * len(words)


def narrative_cues(candidate, text: str, context: Context) -> list[str]:
    """Cues of a sentence of narrative minutes ("The Committee noted ...", "It was agreed that ...")."""
    fired = []
    if context.formal_decisions:
        fired.append("doc:formal-decisions")
    sentences = candidate.block_sentences or len(SENTENCE_SPLIT.split(candidate.clause.block.text))
    if sentences == 1:
        fired.append("alone")
    elif sentences >= DISCUSSION_SENTENCES:
        fired.append("in-discussion")
    if RESOLVED_SAID.search(candidate.sentence or text):
        fired.append("resolved")
    if COURTESY.search(text) and not OTHER_DECISION.search(text):
        fired.append("courtesy")
    if NOTED_WHAT_HAD.search(text):
        fired.append("noted-what-had-happened")
    if context.decided_formally_after(candidate.clause.block):
        fired.append("before-the-items-decision")
    if is_title_like(text):
        fired.append("title-like")
    if re.search(r"[:–—-]\s*$", text):
        fired.append("intro-only")
    if ON_A_PAPER.search(text) or candidate.source == "narrative:paper-noted":
        fired.append("on-a-paper")
    if DATED.search(text):
        fired.append("dated")
    if len(text.split()) > LONG_SENTENCE:
        fired.append("long-sentence")
    if RECEIVED_ITEM.search(text):
        fired.append("received-an-item")
    if MODAL.search(text) and not DECIDED_MODAL.search(text):
        fired.append("modal")
    elif DECISION_FORM.search(text):
        fired.append("decision-form")
    return fired
