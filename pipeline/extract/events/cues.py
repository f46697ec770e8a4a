"""The words of SEND inspection milestones, for the events extractor.

Three kinds: subjects (what an action is about: the WSoA, a progress plan,
a notice, the inspection's report), actions (approve, submit, publish,
receive) and occurrences (words that name their milestone: a re-visit, a
monitoring visit, an improvement notice, the area inspection), with the
contexts that tell an area SEND inspection from other inspections.
"""

from __future__ import annotations

import re

I = re.IGNORECASE

VISITS = ("monitoring", "revisit", "inspection")  # milestones that are visits or reviews, not documents

# What an action can be about.
SUBJECTS = {
    # ("The Written Statement had been submitted on D": the plan's short name, in its capitals, after "the")
    "wsoa": re.compile(r"\bwritten\s+statements?\s+of\s+actions?\b|\bWS\s?OA\b|\bstatement\s+of\s+action\b"
                       r"|(?<=\b[Tt]he\s)(?-i:Written\s+Statement)\b(?!\s+of\b)", I),
    # "APP" only in capitals: an "app" is a phone app; the 2023 framework's plan answering priority actions
    # goes by its area's name for it ("Priority Action Plan", "Priority Impact Plan", "Priority Improvement Plan")
    "plan": re.compile(r"(?i:\baccelerated\s+progress\s+plan\b|\bpriority\s+(?:actions?|impact|improvement)\s+plan\b"
                       r"|\bpost[\s-]inspection\s+(?:action\s+|improvement\s+)?plan\b)|\bAPP\b"),
    # any service has an improvement or strategic (action) plan: it is SEND's only where SEND
    # is the subject (the 2023 framework asks the area to update its "strategic plan")
    "improvement-plan": re.compile(r"\b(?:improvement|strategic(?:\s+action)?)\s+plan\b", I),
    # the 2023 framework asks the area to update its strategic plan, which it often calls its strategy:
    # "the refreshed SEND and Inclusion Strategy", "our updated SEND Strategy", "the Strategy Refresh"
    # (a strategy only once renewed, or in draft: any service has a strategy; the inspection is asked of in
    # ``candidates``)
    "strategy": re.compile(r"\b(?:updated|refreshed|revised|renewed|draft)\s+(?:(?!the\b)[\w&’'-]+\s+){0,6}?strategy\b"
                           r"|\bstrategy\s+(?:refresh|update)\b(?!\s+(?:on|to|about|for)\b)", I),
    # the Minister's power: "a direction under section 497A of the Education Act 1996"
    "notice": re.compile(r"\bimprovement\s+notice\b|\bstatutory\s+direction\b|\bdirection\s+under\s+section\s+497A?\b"
                         r"|\bsection\s+497A?\s+direction\b"
                         # the verb: "The Secretary of State directed the council under section 497A"
                         r"|\bdirected\s+(?:[\w’'-]+\s+){0,4}?under\s+section\s+497A?\b", I),
    # "the inspection outcome", "the outcome of the local area SEND inspection": its report
    "report": re.compile(r"\b(?:report|letter|findings)\b|\b(?:inspection|re-?\s?visit)\s+outcome\b"
                         r"|\boutcome(?=\s+of\s+(?:the|its|their|our|this)\s+(?:[\w-]+\s+){0,4}?(?:inspection|re-?\s?visit))", I),
    # a plain "action plan" is the WSoA only after an inspection's weaknesses (WSOA_CONTEXT)
    "action-plan": re.compile(r"(?<!progress\s)(?<!priority\s)(?<!strategic\s)\baction\s+plan\b", I),
}
# The 2023 framework's findings, after which an area writes no WSoA: "an action plan to address the areas
# for improvement" is its improvement plan, even where Ofsted is named ("not required to submit a plan to Ofsted").
NEW_FRAMEWORK_FINDINGS = re.compile(r"\bareas?\s+for\s+improvement\b", I)
# The 2023 framework's outcomes, read once per document: an inspection judged by them leaves no
# WSoA to write, so "an action plan" sent to Ofsted after it is the area's progress plan.
NEW_FRAMEWORK_OUTCOME = re.compile(r"\b(?:typically\s+)?lead\s+to\s+(?:positive|inconsistent|significant\s+concerns)[^.;]{0,30}?"
                                   r"\bexperiences\s+and\s+outcomes\b|\bwidespread\s+and(?:/or)?\s+systemic\s+failings\b"
                                   r"|\bareas?\s+for\s+priority\s+action\b", I)
NEW_FRAMEWORK_WORDS = ("lead", "systemic", "priority")  # one of them in each alternative (``common.lowered``)
WEAKNESS_FINDINGS = re.compile(r"\bweakness", I)
WSOA_CONTEXT = re.compile(r"significant\s+(?:areas?\s+of\s+)?weakness|areas?\s+of\s+(?:significant\s+)?weakness"
                          r"|\bofsted\b|\binspection\b", I)
ACTIONS = {
    "approve": re.compile(r"\bapprov(?:ed|al|e|es)\b|\bfit\s+for\s+purpose\b|\bsigned\s+off\b|\bsign\s+off\b"
                          r"|\bconfirmation\b|\bagreed?\b|\baccepted\b|\bput\s+in\s+place\b|\bratified\b|\bfinali[sz]ed\b"
                          r"|\bendorsed\b", I),
    # "send it to Ofsted by ...": the verb only in lower case or sentence case (SEND is the subject)
    "submit": re.compile(r"\b(?:re-?)?submi(?:t|ts|tted|tting|ssion)\b|\bfiled\b|\bsent\b|\b(?:co-)?produce\b"
                         r"|\b(?-i:[Ss]end(?:s|ing)?)\b(?=[^.;]{0,60}?\bto\s+(?:the\s+)?(?:Ofsted|DfE|Department|inspectors))"
                         # "The plan must reach Ofsted by ...", "must be with the DfE by ...": its delivery
                         r"|\b(?:reach(?:es|ed)?|be\s+with|get\s+to|arrive\s+(?:at|with)|(?:went|gone|goes|go)\s+to)\s+(?=(?:the\s+)?"
                         r"(?:Ofsted|DfE|Department\s+for\s+Education|inspectors|CQC)\b)"
                         r"|\bdue\s+(?:for|on|by|in)\b|\bdeadline\b", I),
    "publish": re.compile(r"\bpublish(?:ed|es)?\b|\bpublication\b|\b(?:gone|went)\s+live\b|\bissued\b|\bissuing\b"
                          # "Their report came out on ...", "is due out", "was put online"
                          r"|\bmade\s+public\b|\breleased\b|\b(?:came|come|comes|coming|due)\s+out\b"
                          r"|\b(?:put|posted|placed)\s+(?:online|on\s+(?:the\s+)?(?:\w+\s+)?(?:website|web\s?site))", I),
    "receive": re.compile(r"\breceived\b", I),  # only a report: a WSoA "received for comment" was not submitted
    # "the improvement plan would be presented to the Partnership Board in January 2024": a plan put
    # before those who agree it (only a plan: a WSoA presented to a committee is not its submission)
    "present": re.compile(r"\b(?:presented|present|taken)\s+(?:for\s+(?:approval|agreement|sign-?off)\s+)?to\b", I),
}
ACTION_TYPES = {
    ("approve", "wsoa"): "wsoa-approved", ("approve", "plan"): "progress-plan",
    ("submit", "wsoa"): "wsoa-submitted", ("submit", "plan"): "progress-plan",
    ("publish", "wsoa"): "wsoa-submitted", ("publish", "plan"): "progress-plan",
    ("publish", "notice"): "statutory-direction",
    ("approve", "improvement-plan"): "progress-plan", ("submit", "improvement-plan"): "progress-plan",
    ("publish", "improvement-plan"): "progress-plan",
    ("present", "plan"): "progress-plan", ("present", "improvement-plan"): "progress-plan",
    ("approve", "strategy"): "progress-plan", ("publish", "strategy"): "progress-plan",
    ("submit", "strategy"): "progress-plan", ("present", "strategy"): "progress-plan",
}
SUBJECT_REACH = 150  # an action acts on a subject named near it
# A clause without a subject of its own acts on the sentence's: an
# inspection's or re-visit's publication is its report's, a notice is a notice.
OCCURRENCE_TOPIC = {"inspection": "report", "revisit": "report", "statutory-direction": "notice"}
# "..., which was issued on ...", "..., the outcome of which was published on ..."
# ("..., which had been developed with X, and which must be submitted by ...": a second relative clause)
RELATIVE = re.compile(r"[\s,]*(?:(?:and|but)\s+)?(?:(?:the\s+)?[a-z]+\s+of\s+|(?:in|at|during|after|following|by)\s+)?"
                      r"(?:which|whom)\b"
                      r"|[\s,]*(?:who|that)\b", I)
# "The plan had been submitted on 17 June 2022", "It was approved in May 2019": a plan spoken
# of already, in the sentences before; only a plan (the WSoA is one), never a report.
# "This must be submitted by ...", "That was agreed by the Board on ...": a demonstrative subject of a
# passive verb, the plan named in the sentence just before.
DEMONSTRATIVE = re.compile(r"^\W*(?:(?:and|but|so|then)\s+)?(?:this|that)\s+"
                           r"(?=(?:was|had|has|is|will|would|must|should|needs?|can|could)\b)", I)
ANAPHOR = re.compile(r"(?:\b(?:the|this|that|our|its|their)\s+|(?<!\w)(?:the\s+)?(?!It|This|That)[\w-]+[’']s\s+)"
                     # ("Thurrock's plan", "the partnership's plan": a plan named by whose it is)
                     r"(?:(?:revised|updated|refreshed|final|draft|new|amended)\s+)?"
                     r"(?:action\s+)?(?:plan|statement)\b"
                     # a new version of the plan named before: "After a review, a refreshed plan was agreed ..."
                     r"|\ba\s+(?:revised|updated|refreshed|new|amended)\s+(?:action\s+)?plan\b"
                     # a plan named by its state alone: "The draft was agreed by the Board", "the revised version"
                     r"|^\W*(?:the|this|that|its|their)\s+(?:draft|(?:revised|updated|final|amended|new)\s+(?:version|draft|document))\b"
                     r"|^\W*(?:(?:and|but|so|then)\s+)?it\s+(?=(?:was|had|has|is|will|would|must|should|needs?|can|could)\b)"
                     # the area's own plan as a possessive pronoun, after a sentence on what such a plan is: "Ours was
                     # submitted on D"
                     r"|^\W*(?:(?:and|but|so|then)\s+)?ours\s+(?=(?:was|had|has|is|will|would)\b)"
                     # the plan as the subject of what was reported: "Ofsted wrote to say that it was fit for purpose"
                     r"|\bthat\s+it\s+(?=(?:was|had|has|is|would)\b)", I)
PLANS = ("wsoa", "plan", "improvement-plan", "action-plan", "strategy")
# A passive verb with a subject of its own ("A new quality assurance framework had been
# agreed") does not borrow the subject of the sentences before; "we should have confirmation
# of that" and "if the DfE agree this" do.
OWN_SUBJECT = re.compile(r"\b(?:a|an|the|its|their|our|his|her|this|these)\s+(?!(?:same|plan|statement)\b)"
                         r"(?:[\w’'-]+\s+){1,6}?(?:has|had|have|was|were|is|are|be|been|being)(?:\s+been)?"
                         r"\s+(?:\w+ly\s+)?$"
                         # a bare plural opening the clause: "Ratings were agreed by the Board", "Targets have been set"
                         r"|(?:^|[.;:]\s+)(?!(?:These|Those|They|Both|All|Plans|Actions)\b)(?-i:[A-Z][a-z]+s)\s+(?:were|are|have\s+been|had\s+been)"
                         r"\s+(?:\w+ly\s+)?$", I)
LEADING_PHRASE = re.compile(r"^(?:following|after|since|before|prior\s+to|due\s+to|as\s+part\s+of|in|on|during|"
                            r"as\s+a\s+result\s+of)\b[^,]{0,120},\s*", I)

REVISIT = r"\bre-?\s?visit(?:ed|s|ing)?\b|\bre-?\s?inspect(?:ion|ed)\b|\bmonitoring\s+inspection\b"
# What an inspection or re-visit produces, not the visit itself: "the re-visit
# letter was published on 4 May 2021" dates the letter.
PRODUCT = r"(?!\s+(?:report|letter|outcome|framework|findings|judgements?|handbook|feedback|process))"
# A visit, not the "re-visit" (which the DfE never makes).
VISIT = r"(?<!re-)(?<!re)(?<!re- )\bvisit(?:ed|s)?\b"
# Anchors that name their milestone; an inspection "report", "letter",
# "process" or "revisit" is not the inspection itself.
# The inspectors as the subject of a visit: "Inspectors visited the borough between 8 and 12
# January 2024" (the inspection), "Inspectors came back from 8 to 10 November 2021" (a re-visit).
# A visit by inspectors that looks at progress or improvement is a re-visit.
VISIT_FOR_PROGRESS = re.compile(r"\b(?:progress|improvements?|improved|re-?\s?visit)", I)
# "The inspection team spent three weeks ...": the team is the inspectors
INSPECTORS = r"\b(?:inspectors?|inspection\s+team|ofsted|cqc|care\s+quality\s+commission)\b[^.;:]{0,60}?"
# Those who monitor an area's progress: the DfE and NHS England.
MONITORS = r"(?:\bDfE\b|\bDepartment\s+for\s+Education\b|\bNHS\s?E\b|\bNHS\s+England\b)"
_MONTHS_AHEAD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# Inspectors as the subject of their stay: "inspectors spent four days in the borough", "were on site"
# ("spent the week commencing 8 January in the borough", "spent a fortnight in the county")
# ("Inspectors were here from 2 to 6 March", on an area's own page: "here" is the area)
INSPECTORS_STAYED = (r"\b(?:spent|spend|spends)\s+(?:(?:a|an|one|two|three|four|five|six|several|\d+|full|working|the|first"
                     r"|second|whole)\s+)*(?:days?|weeks?|fortnight|time)\b|\b(?:were|was)\s+(?:on[\s-]?site|with\s+us|here"
                     r"|in\s+(?:the\s+)?(?:borough|county|city|area|district|local\s+area)"
                     # "Inspectors were in Blackburn from ...", "were in North Tyneside for": the place by name
                     rf"|in\s+(?!{_MONTHS_AHEAD})(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?:(?:upon|under|on|by|in|and)\s+)?(?-i:[A-Z][\w’'-]*)){{0,3}}(?=\s+(?:from|between|for|during|over|on)\b))\b")
# A visit said again: "Ofsted and the CQC visited Swindon again", "inspected the area for a second time".
AGAIN = (r"(?<!re-)(?<!re)\b(?:visited|inspected)\s+(?:(?:the\s+)?[\w’'-]+\s+){0,4}?"
         r"(?:again|once\s+more|(?:for\s+)?a\s+(?:second|further)\s+time)\b")
# Inspectors who came back: "Inspectors came back from 8 to 10 November 2021", "Ofsted returned", AGAIN.
INSPECTORS_RETURNED = rf"{INSPECTORS}\b(?:came|come|comes|coming)\s+back\b|{INSPECTORS}\breturned\b|{INSPECTORS}{AGAIN}"
OCCURRENCES = [
    ("revisit", re.compile(rf"(?:{REVISIT}){PRODUCT}", I)),
    ("revisit", re.compile(INSPECTORS_RETURNED, I)),
    ("monitoring", re.compile(r"\bmonitoring\s+visits?\b|\breview\s+visits?\b", I)),
    # the verb, said of the DfE or NHS England: "Progress will be reviewed by the DfE and NHS England"
    ("monitoring", re.compile(r"\b(?:reviewed|monitored|monitoring|reviews?)\s+by\s+(?:the\s+)?(?:DfE\b|Department\s+for\s+Education"
                              r"|NHS\s?E(?:ngland)?\b)", I)),
    # "attended a meeting with the Department for Education (DfE) and NHS England officials on ... to
    # review the progress": a meeting with the monitors is their review
    # "The meeting on 31st July 2020 was positive and demonstrated the progress made", the DfE's adviser
    # named just before: a meeting spoken of, with the monitors (read in ``candidates``)
    # ("At the most recent meeting, on D, advisers noted ...": the same, after a leading preposition)
    ("meeting-spoken-of", re.compile(r"^\W*(?:(?:at|in|during)\s+)?the\s+(?:most\s+)?"
                                     r"(?:(?:review|follow[\s-]?up|next|last|latest|recent|second|third)\s+)?"
                                     r"meetings?\b", I)),
    ("monitors-meeting", re.compile(r"\bmeeting\s+with\s+(?:the\s+)?(?:DfE\b|Department\s+for\s+Education"
                                    r"|NHS\s?E\b|NHS\s+England)", I)),
    ("monitoring", re.compile(  # "Officials from the DfE had visited the Council"
        rf"(?<=\bDfE\b)[^.;]{{0,60}}?{VISIT}|(?<=Department for Education)[^.;]{{0,60}}?{VISIT}")),
    # the verb, said by the DfE or NHS England of the area's progress: "officials from the DfE and NHS
    # England assessed the partnership's progress on ..."
    # (a base form only after a modal or "to": "reviews of progress" is the noun)
    # ... or met the area for a review: "NHS England and the DfE met leaders on D as part of their six-monthly
    # review", "The DfE visited the partnership on D for the first of its reviews of the plan" (whom they met may be a
    # long list: "met leaders from the council, the ICB and the parent carer forum on D for the fourth formal review")
    ("monitoring", re.compile(rf"{MONITORS}[^.;,]{{0,60}}?\b(?:met|visited)\b(?=[^.;]{{0,160}}?\b(?:for|as(?:\s+part\s+of)?)"
                              r"\s+(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,5}?(?:reviews?|stock-?takes?)\b)", I)),
    # "A further visit is planned for December 2025", after a sentence on the monitors' visit (``candidates``)
    ("further-visit", re.compile(r"\b(?:a|the|another)\s+(?:further|next|follow[\s-]?up|second|third)\s+visit\b", I)),
    ("monitoring", re.compile(rf"{MONITORS}[^.;,]{{0,60}}?\b(?:reviewed|monitored|assessed|checked|examined|evaluated"
                              r"|(?:will|would|shall|to|must|should|also|then|now)\s+(?:review|monitor|assess|check)"
                              r"|(?:met|visited)\b[^.;]{0,60}?\bto\s+(?:review|assess|check|discuss))"
                              r"\s+(?:[\w’'-]+\s+){0,4}?progress\b", I)),
    # ... or their officials, the monitors named in the sentence before ("officials have reviewed progress at meetings
    # on D1 and D2", ``candidates``)
    # (or progress reviewed with no agent: "The APP was agreed by the DfE in June 2023. Progress had since been
    # reviewed in July 2023, January 2024 ...")
    ("officials-reviewed", re.compile(r"\b(?:officials|advisers|advisors)\b[^.;]{0,40}?\b(?:reviewed|monitored|assessed)\s+"
                                      r"(?:(?:the|their|its|our)\s+)?(?:[\w’'-]+['’]s\s+)?progress\b"
                                      r"|\bprogress\s+(?:(?:has|had|have|was|were|since|then|also|been)\s+)+reviewed\b(?!\s+by\b)", I)),
    # ... or of the plan whose progress they watch: "DfE officials reviewed the APP with leaders on ...",
    # "NHS England and the DfE reviewed it with the partnership on ..." ("it" the plan named before)
    ("monitoring", re.compile(rf"{MONITORS}[^.;,]{{0,60}}?\b(?:reviewed|monitored|assessed|checked|examined|evaluated)"
                              r"\s+(?:it\b(?!\s+(?:is|was|has|had|would|will)\b)|(?:the|our|their|its|this|that)\s+"
                              r"(?:[\w’'-]+\s+){0,3}?(?:plan|WS\s?OA|APP|statement\s+of\s+action)\b)", I)),
    ("review", re.compile(
        r"\b(?:formal\s+)?reviews?\s+of\s+progress\b|\bprogress\s+reviews?\b|\bstock\s?-?takes?\b"
        # "the next review", "the next DfE review", "the first formal DfE and NHS England review", "a further review"
        # ("earlier reviews in July 2022 and March 2023", "the fourth APP review": the plan's own reviews, counted)
        r"|\b(?:next|first|second|third|fourth|fifth|sixth|final|latest|previous|last|most\s+recent|further|earlier"
        r"|subsequent)\s+(?:(?:formal|joint|monitoring|progress|DfE|NHS\s?E|NHS\s+England|and|/|six-monthly|six\s+monthly"
        r"|APP|PAP|WS\s?OA)\s+)*reviews?\b"
        rf"|{MONITORS}\s+(?:(?:and|/|&)\s+{MONITORS}\s+)?(?:joint\s+|formal\s+|monitoring\s+|progress\s+)?reviews?\b"
        # "formal reviews will take place every six months": a standing review of the plan
        r"|\b(?:formal|regular|periodic|quarterly|termly|biannual|bi-annual)\s+(?:(?:progress|monitoring|joint)\s+)?reviews?\b"
        r"|\b(?:monitoring|review|progress)\s+meetings?\b"
        # "Reviews have taken place in March 2021, ...", "A review was held on ...": a plain review said to
        # have happened (the DfE's where the words around name the monitors or their plans)
        # ("Reviews of the APP took place in ...", "Reviews followed on D1 and D2": the same, the plan reviewed named)
        r"|\breviews?\b(?=(?:\s+of\s+(?:the|our|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:APP|PAP|WS\s?OA|plan))?"
        r"\s+(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?(?:taken\s+place|took\s+place|held|carried\s+out|followed)\b)"
        r"|\b(?:six|6|twelve|12|nine|9)[\s-]month(?:ly)?\s+reviews?\b", I)),
    # "The DfE and NHS England would monitor them through an APP, which ... would be reviewed for the first time in
    # January 2023": the plan reviewed, in the passive, where the monitors are named with it (``candidates``)
    ("plan-reviewed", re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?reviewed\b", I)),
    ("statutory-direction", SUBJECTS["notice"]),
    ("inspectors-visited", re.compile(rf"{INSPECTORS}(?:(?<!re-)(?<!re)\bvisited\b|{INSPECTORS_STAYED})", I)),
    ("inspection", re.compile(
        # the noun, or the verb ("inspected the area", "visited Stockport to inspect how well ..."),
        # not the gerund ("a new approach to inspecting education providers")
        r"(?<!re-)(?<!re)(?<!re- )(?<!monitoring )\binspect(?:ion|ed)?\b"
        r"(?!\s+(?:report|letter|outcome|framework|findings|re-?\s?visit|team|judgements?|handbook|feedback|process"
        r"|action\s+plan|improvement\s+plan|update))",
        I)),
]
# An inspection whose findings are significant weaknesses or areas for priority action, or that a
# re-visit looked back at, is the area SEND inspection ("the five significant weaknesses identified
# at the inspection in March 2019").
SEND_FINDINGS = re.compile(REVISIT + r"|significant\s+weakness|areas?\s+of\s+(?:significant\s+)?weakness"
                           r"|areas?\s+for\s+priority\s+action", I)
# "last inspected under the previous framework in March 2019": an inspection under an inspection framework, in a
# paper about SEND, is the area's
UNDER_A_FRAMEWORK = re.compile(r"\binspect(?:ed|ion)\s+(?:[\w’'-]+\s+){0,3}?under\s+(?:the|its|an?)\s+(?:[\w-]+\s+){0,3}?"
                               r"framework\b", I)
MONITORS_NAMED = re.compile(MONITORS)
# A council's committees (``OWN_BUSINESS``), and the words that name a committee's own meeting, not the monitors'
# (its members, or what it did there).
COMMITTEES = r"(?:sub-)?committee|panel|cabinet|scrutiny"
COMMITTEE_NAMED = re.compile(rf"\b(?:{COMMITTEES}|council|board|members|councillors)\b", I)
COMMITTEE_WORDS = re.compile(rf"{COMMITTEE_NAMED.pattern}|\b(?:noted|resolved)\b", I)
# "The DfE and NHS England have held regular monitoring meetings with the area. At the most recent meeting,
# on D, advisers noted ...": the sentence just before named the monitors' series of meetings, so "the
# meeting" is one of them, whatever was noted at it (only a committee named in it makes it the committee's).
MONITORS_MEETINGS = re.compile(r"\b(?:monitoring|review|progress|stock-?take)\s+meetings\b"
                               rf"|\bmeetings\s+with\s+(?:the\s+)?{MONITORS}", I)
# An area SEND inspection is Ofsted's and the CQC's, of special educational
# needs; "a team inspected the roads", "the CQC inspection of KCC" (adult
# social care) and a school's inspection are other inspections.
SEND_CONTEXT_PARTS = (("ofsted", r"\bofsted\b"), ("send", r"\bSEND\b"), ("special", r"special\s+educational"),
                      ("local", r"\blocal\s+area\b"), ("ws", r"\bWS\s?OA\b"), ("written", r"written\s+statement"))
SEND_CONTEXT = re.compile("|".join(source for _, source in SEND_CONTEXT_PARTS), I)
# The same, one alternative at a time with a word it needs, to search whole pages
# (``common.lowered.any_match``: five times faster than the whole pattern there).
SEND_CONTEXT_SPLIT = tuple((word, re.compile(source, I)) for word, source in SEND_CONTEXT_PARTS)
CQC = re.compile(r"\bcqc\b|care\s+quality\s+commission", I)
OTHER_INSPECTIONS = re.compile(
    r"\bILACS\b|\bJTAI\b|joint\s+targeted|youth\s+justice|\bHMIP\b|probation|fostering|adoption"
    r"|inspection\s+of\s+(?:local\s+authority\s+)?children['’]?s\s+(?:social\s+care\s+)?services"
    r"|children['’]?s\s+services\s+inspection|school\s+inspection|inspection\s+of\s+(?:the\s+|a\s+)?schools?\b"
    r"|\b(?:school|academy|college|nursery|setting|provider|home|children['’]?s\s+(?:social\s+care|services))s?"
    r"\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|are)"
    r"\s+(?:last\s+)?inspected"
    # a named school's or college's own inspection: "An Ofsted inspection of Westfield Academy in May 2022"
    r"|inspection\s+of\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Academy|School|College|Nursery|Primary|Infants?|Juniors?)\b)"
    # graded by the four grades of Ofsted's inspections of providers and services, which an area SEND inspection never gives
    r"|\b(?:judged|rated|graded)\s+(?:it|them|(?:the|its|their)\s+\w+)?\s*(?:to\s+be\s+|as\s+)?"
    r"(?:good|outstanding|inadequate|requires\s+improvement)\b",
    I)
# A review of progress is the DfE's and NHS England's monitoring when said of them or of the plans they watch.
MONITORING_CONTEXT = re.compile(r"\bDfE\b|department\s+for\s+education|\bNHS\s?E\b|NHS\s+England|ofsted|\bcqc\b"
                                r"|\bWS\s?OA\b|written\s+statement|progress\s+plan|\bAPP\b|improvement\s+notice"
                                r"|statutory\s+direction|priority\s+action", I)
# ... named on the page: the monitors themselves or the plans only they review (not Ofsted or the CQC, whom any
# inspection's page names)
MONITORING_PAGE = re.compile(r"\bDfE\b|department\s+for\s+education|\bNHS\s?E\b|NHS\s+England|\bWS\s?OA\b"
                             r"|written\s+statement\s+of\s+action|accelerated\s+progress\s+plan|\bAPP\b"
                             r"|priority\s+action\s+plan", I)
# "published the outcome of the inspection", "the report of the SEND inspection was made public": an
# inspection named as the owner of a report that is published or received dates the report, not itself.
# ... unless the sentence says when the inspection itself happened: "the outcome of the inspection of the
# local area partnership, which had taken place between 25 and 29 September 2023".
OWN_OCCURRENCE_AFTER = re.compile(r"[^.;]{0,160}?(?:\b(?:took|taken|take)\s+place\b|\b(?:carried\s+out|conducted|happened"
                                  r"|held|undertaken|ran)\b|\bbetween\s+\d|\bfrom\s+\d)", I)
PRODUCT_OF = re.compile(r"\b(?:outcomes?|report|findings|letter|results?|judgements?)\s+of\s+(?:the|its|their|our|this)\s+"
                        r"(?:[\w’'-]+\s+){0,4}$", I)
# "Ofsted confirmed on 2 October 2019 that the WSoA was fit for purpose": a date said with the verb
# that reports the milestone, before the clause that states it.
SAID_ON = re.compile(r"\b(?:confirmed|announced|notified|informed|wrote|said|stated|told|advised|reported|agreed"
                     r"|decided|determined|judged|concluded)\s+(?:\w+\s+){0,3}?(?:on|in)\s+(?:the\s+)?$", I)
SAID_THAT = re.compile(r"^\s*,?\s*(?:to\s+\w+\s+)?that\b[^.;]*$", I)
# "In a letter of 1 August 2019 the inspectors said that it was fit for purpose", "By an e-mail dated D,
# the DfE confirmed that ...": the date of the letter that told what it says
LETTER_DATED = re.compile(r"\b(?:in|by|via|through)\s+(?:a|an|the|their|its|a\s+formal)\s+(?:\w+\s+)?(?:letter|e-?mail|notification)"
                          r"\s+(?:dated|of|on|sent\s+on)\s+(?:the\s+)?$", I)
LETTER_SAID = re.compile(r"^\s*,?[^.;]{0,80}?\b(?:confirmed|said|stated|told\s+\w+|wrote|advised|agreed|judged|concluded)"
                         r"\s+(?:\w+\s+)?that\b[^.;]*$", I)
# "Saving to be revisited": a re-visit is of an area, by inspectors, about progress.
REVISIT_SENSE = re.compile(r"\bofsted\b|\bcqc\b|care\s+quality|inspect|\bSEND\b|local\s+area|weakness|progress"
                           r"|improvement\s+notice|statutory\s+direction|written\s+statement|\bWS\s?OA\b", I)
# An inspection that checks progress against earlier findings is a re-visit.
PROGRESS_CHECK = re.compile(
    r"(?:progress|improvements?)\s+(?:has|have|had)\s+been\s+made[^.]{0,80}areas?\s+(?:for|of)\s+"
    r"(?:priority\s+action|(?:significant\s+)?weakness)", I)
# "..., and that the next was expected in late September 2021": a milestone named once and
# then left understood; the elided noun is the one named before it in the sentence.
ELLIPSIS = re.compile(r"\bthe\s+(?:next|second|third|following|final|latest)(?:\s+one)?\s+"
                      r"(?=(?:was|is|will|would|should|has|had|took|takes|is\s+due|was\s+due)\b"
                      # the verb gapped too: "The first review was on D1 and the second on D2", "the next in March"
                      rf"|(?:on|in|during|between|from)\s+(?:the\s+)?(?:\d|(?:early|mid|late)\b|{_MONTHS_AHEAD}))", I)
# What names an inspection or re-visit, not merely who publishes its letter ("on the Ofsted website").
INSPECTION_WORDS = re.compile(REVISIT + r"|\binspect(?!ors?\b)|outcome\s+letter", I)
INSPECTION_CONTEXT = re.compile(REVISIT + r"|\binspect|\bofsted\b|\bcqc\b|care\s+quality\s+commission|outcome\s+letter", I)
INSPECTION_CONTEXT_WORDS = ("visit", "inspect", "ofsted", "cqc", "care", "outcome")  # one in each alternative (``common.lowered``)
# "They came back to see how much progress we have made", "This was a re-visit": the sentence after
# a stay of inspectors that says the stay was a return.
RETURN_AFTER = re.compile(r"\W*(?:they|this|it|the\s+(?:visit|inspectors?|inspection\s+team|team))\b[^.;]{0,60}?"
                          r"(?:\b(?:came|come|coming)\s+back\b|\breturned\b|\bre-?\s?visit)", I)
# "Inspectors came back to check on progress ...": a re-visit not named as one
REVISIT_CONTEXT = re.compile(REVISIT + "|" + INSPECTORS_RETURNED, I)
# "Ofsted published its ... report", "their report following their inspection":
# the inspection's words sit just before its report, or just after.
REPORT_REACH = (60, 40)
# "The Ofsted SEND Inspection Report (February 2024)", "the inspection report
# letter dated 20 February 2020", "the re-visit letter of 29/11/2022": a dated
# inspection or re-visit report is its publication. A letter merely "dated"
# may be any letter: it is the inspection's only when the inspection is named
# just before it ("Joint area SEND inspection in Lewisham, letter of 11 April 2023").
DATED_REPORT = re.compile(r"\b(?:inspection|ofsted|cqc|send|outcome|re-?\s?visit)\s+(?:report\s+)?(?:report|letter)\s*"
                          r"(?:(?=[(,]\s*\w)|dated\b|of(?=\s+(?:the\s+)?\d))"
                          r"|(?<=,\s)(?:report|letter)\s+(?:dated\b|of(?=\s+(?:the\s+)?\d))"
                          # "Their letter of 4 June 2019 required a WSoA": the inspectors' letter, named
                          # by its date; whose it is the words around it say (``_report_type``)
                          # "The letter of 30 April 2021 identified ...": a letter (not a report) named by its date
                          r"|(?<=\bthe\s)letter\s+of(?=\s+(?:the\s+)?\d)"
                          # "the letter, dated 25 April 2018, said ...": the letter spoken of, its date in apposition
                          r"|(?<=\bthe\s)letter,\s*dated\b"
                          r"|(?:(?<=\btheir\s)|(?<=\bits\s)|(?<=\bofsted['’]s\s)|(?<=\binspectors['’]\s)|(?<=\bcqc['’]s\s))"
                          r"(?:outcome\s+)?(?:report|letter)\s+(?:dated\b|of(?=\s+(?:the\s+)?\d))", I)
# The kinds of a paper's own reports: "a progress report", "the annual report" (``OWN_BUSINESS``).
PAPER_KINDS = r"(?:annual|progress|update|further|quarterly|monthly|highlight|performance|end[\s-]of[\s-]year)"
# A report that is not an inspection's: a board's annual report, a progress
# or update report, "this report", a committee's report.
OWN_REPORT = re.compile(rf"\b(?:{PAPER_KINDS}|this|cabinet|committee|board|scrutiny)\s+(?:\w+\s+)?$", I)
# Visits called off: "Revisits were suspended in March 2020", "the review meeting was postponed on D"
CALLED_OFF = re.compile(r"\s+(?:(?:was|were|has|had|have|been|being|is|are|later|then)\s+)+"
                        r"(?:suspended|postponed|cancell?ed|paused|deferred|called\s+off)\b", I)
# A notice being lifted is not a notice being issued. One class of words, read three ways: before
# the notice ("the removal of the improvement notice"), right after it ("the notice was lifted
# in July 2022") and between it and a date ("the decision to lift the notice in July 2022").
# ("the end of March" between them is a deadline, so "end" is read only next to the notice.)
ENDING = r"lift(?:s|ed|ing)?|remov(?:e|es|ed|al|ing)|revok(?:e|es|ed|ing)|revocation|withdr[ae]wn?|withdrawal"
ENDED_NOTICE = {
    "before": re.compile(rf"\b(?:{ENDING}|end(?:ed|ing)?)\s+(?:of\s+)?(?:the\s+|an?\s+)?$", I),
    "after": re.compile(rf"^\s*(?:(?:was|were|has|had|have|been|is|be|being|now|formally)\s+)*(?:{ENDING}|ended)\b", I),
    "between": re.compile(rf"\b(?:{ENDING})\b", I),
}
# "the Improvement Notice will be formally reviewed in September 2025", "a review of the Improvement Notice",
# "an Improvement Notice review": the notice reviewed is the DfE's monitoring of it, not the notice issued again
REVIEWED_NOTICE = {
    "before": re.compile(r"\breviews?\s+of\s+(?:the\s+|an?\s+|its\s+)?$", I),
    "after": re.compile(r"^\s*(?:(?:will|would|shall|is|are|was|were|has|had|have|been|be|being|to|formally|next|also)\s+)*"
                        r"(?:reviewed\b|reviews?\b(?!\s+of\b))", I),
}
# "The revisit took place from 18 to 20 October 2021": the noun, after a determiner, is the
# area's re-visit when the sentences before are about SEND; the verb ("to be revisited") is not.
NOUN_BEFORE = re.compile(r"\b(?:the|a|this|that|its|their|our|last|recent)\s+(?:[\w’'-]+\s+)?$", I)
TODAY = re.compile(r"\btoday\b", I)
# "A report into ... has been published", "Ofsted has published its report": news of the day, no date given
JUST_PUBLISHED = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:been\s+)?(?:published|released)\b", I)
# "; b. ask the Director to report to the Committee in January 2025": a new item of a list between
# a milestone's words and a date; the date is that item's.
ANOTHER_ITEM = re.compile(r"(?:[;:]\s*|\n[ \t]*)(?:\(?[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}[.)]|\d{1,2}[.)])\s+\S", I)
# "The letter of D identified the following areas of significant weakness": a letter that states
# the inspection's findings is the inspection's.
STATES_FINDINGS = re.compile(r"\b(?:identified|found|set\s+out|listed|highlighted)\b[^.;]{0,60}?"
                             r"\b(?:significant\s+weakness|areas?\s+(?:of\s+(?:significant\s+)?weakness"
                             r"|for\s+(?:priority\s+action|improvement)))", I)
# "The first of these took place on 14 June 2022 and the second in Dec 2022": milestones that recur,
# named in the sentence before and counted here; each ordinal stands for one of them.
OF_THESE = re.compile(r"\b(?:first|second|third|fourth|last|latest|most\s+recent)\s+of\s+(?:these|them|those)\b", I)
# "The first was on 28 January 2025 and the second on 15 July 2025.", "The third is planned for January 2026.": a
# sentence whose subject is an ordinal alone, its noun the recurring milestone the sentence before named
ORDINAL_SUBJECT = re.compile(r"^\W*the\s+(?:first|second|third|fourth|fifth|next|last|latest|final|most\s+recent)"
                             r"(?:\s+one)?\s+(?=(?:was|were|is|will|would|took|takes|has|had|came|followed|happened)\b"
                             r"|(?:on|in)\s+(?:the\s+)?\d)", I)
ORDINAL_ONE = re.compile(r"\bthe\s+(?:first|second|third|fourth|next|last|latest|most\s+recent)\b(?:\s+of\s+(?:these|them|those))?", I)
# "a re-visit could take place at any time from December 2022": when it may come, not when it came
MAY_HAPPEN = re.compile(r"\b(?:could|may|might|can)\s+(?:\w+\s+){0,3}?at\s+any\s+time\b", I)
# A list of the papers a report drew on ("Background papers: Area SEND inspection of Somerset
# local area partnership, Ofsted, 21 November 2023") dates documents: an inspection named
# there is its report.
# (the heading may carry its appendix's or section's label: "Appendix 2: Background papers")
CITATIONS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+(?!background\s+information))?(?:(?:appendix|annexe?|section|part)\s+[\w.]{1,4}\s*[:.–—-]\s*)?(?:section\s+100\s?D\b[^\n:]{0,60}?(?:[-–—:]|\blist\s+of)\s*)?(?:background\s+(?:papers?|documents?|documentation|information)"
                       # "Background list of documents: Section 100D of the Local Government Act 1972"
                       r"|background\s+list\s+of\s+(?:papers|documents)(?:\s*[:–—-]\s*section\s+100\s?D\b[^\n]{0,60})?|references?|"
                       r"sources?|(?:documents?|papers?)\s+referred\s+to)\b", I)
# The column headings of a table of papers cited ("Title of document Location", "Document | Date | Where
# available"): still the papers
CITED_COLUMNS = re.compile(r"^(?:(?:title|of|the|document|documents|location|date|source|link|paper|papers|name|where"
                           r"|available|held|\|)\s*)+$", I)
# A link to a published report, its source and date in brackets after its title ("Area SEND
# inspection of X (Ofsted, 2 April 2025)", "Joint local area SEND inspection - letter (Ofsted and
# CQC, 12 May 2018)"): the date is the report's, like a paper cited.
_SOURCE = r"(?:Ofsted|CQC|Care\s+Quality\s+Commission|DfE|Department\s+for\s+Education|NHS\s+England)"
_SOURCES = rf"{_SOURCE}(?:\s*(?:and|&|/)\s*(?:the\s+)?{_SOURCE})?"
CITED_SOURCE = re.compile(rf"\(\s*(?:{_SOURCE}|GOV\.UK)\b[^()]{{0,40}}?,\s*[^(),]{{0,30}}\b(?:19|20)\d\d\s*\)\W*$"
                          # ... or in a list's row, after commas: "Area SEND inspection of X, Ofsted and CQC, 29 November
                          # 2024 | Ofsted website", "Joint local area SEND inspection letter, Ofsted, 12 May 2018"
                          rf"|,\s*{_SOURCES}\s*,\s*"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\s*(?:\||[.;]?\s*$)"
                          # ... or the source first, then the title and its date: "Ofsted and CQC: Area SEND inspection of
                          # X, 11 November 2025", "(1) Ofsted and CQC, Joint local area SEND revisit in X, 3 April 2023"
                          # (on a line of its own, under its heading; the date may run on to the next line)
                          rf"|(?:^|\n)\W*(?:\(?\d{{1,2}}\)\s*)?{_SOURCES}\s*[:,]\s+(?-i:[A-Z])[^.;:|()]{{4,160}}?,\s*"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?|[A-Z][a-z]+\s+(?:19|20)\d\d)"
                          r"[ \t]*(?:\||[.;]?[ \t]*(?:\n|$))", I)
# The items under a ModernGov page's "Decisions", "Agenda items" or "Meetings" heading are links
# dated by the meeting or decision ("24 Mar 2025 - SEND Improvement: Statutory Direction ..."),
# whatever milestone their titles name.
# (A heading in the plural, alone on its line, with or without its colon ("Decisions:", "Agenda items:");
# "Decision:" in the singular labels the decision's own text.)
MEETING_LINKS = re.compile(r"^[ \t]*(?:(?:related|previous|recent)\s+)?(?:decisions|agenda\s+items|meetings"
                           r"|decision\s+history|meeting\s+history|forward\s+plan\s+items"
                           # a forward plan's or work programme's column headings over its rows, "Meeting | Items"
                           r"|(?:meeting|date|meeting\s+date)[ \t]*\|?[ \t]*(?:items?|business|topics?|reports?))[ \t]*:?[ \t]*$", I)
# A row under those column headings: the meeting's date, then the papers it will take ("1 April 2025 SEND: outcome
# of the review; Better Care Fund plan"), dated by the meeting whatever milestone a paper's title names
DATED_ROW = re.compile(r"^\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*\|?[ \t]*(?=[A-Z])")
# A table cell that holds nothing but a signatory's initials and a date ("| TD 20/06/2025", "| AB/CD
# 18.06.25"): an implications table's sign-off, the date it was checked, not a milestone's.
SIGN_OFF_BEFORE = re.compile(r"(?:^|\|)[ \t]*(?:signed(?:\s+off)?(?:\s+by)?\s*:?\s*)?(?-i:[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})?)"
                             r"[ \t]*[,:-]?[ \t]*$", I | re.MULTILINE)
SIGN_OFF_AFTER = re.compile(r"[ \t]*(?:\||$)", re.MULTILINE)
# Such a link opens with its date (``common.markers.DATED_LINK``).

# --- whose date: the paper's own business ------------------------------------

# A date is the time of the nearest thing named before it in its clause. Besides a milestone's words, a paper
# dates its own business: the meetings of the council's committees and the papers put to them, its consultations
# and events, its budget, timetables and other documents of its own, and the rules it works under ("brought to the
# Panel's meeting in March 2022", "a progress report in December 2025", "the budget set by Council on 5 March 2025",
# "before Cabinet next meets on D", "the inspection framework introduced in January 2023"). A date whose nearest
# thing is one of these is that thing's, not the milestone's; and a verb whose subject is one of them ("the newly
# updated Inspection Framework published in June 2025") acts on no milestone (``decide.papers_own``).
# The kinds (the group names) say which class of the paper's business it is.
# "a mock re-visit with peer reviewers", "a practice inspection": the area's own rehearsal of a visit, no visit
_REHEARSED = r"(?:mock|practice|rehearsal|dry[\s-]run|simulated|trial)\s+(?:(?:joint|area|local|SEND)\s+)*"
REHEARSAL = re.compile(rf"\b{_REHEARSED}$", I)
OWN_BUSINESS = {
    "rehearsal": rf"{_REHEARSED}(?:re-?\s?visits?|inspections?|visits?)",
    "meeting": r"meetings?|sessions?|workshops?|drop-ins?|webinars?|seminars?|conferences?",
    # a council's committee, whose meetings papers go to (not a partnership's board, which agrees the plan)
    "committee": COMMITTEES,
    "paper": rf"{PAPER_KINDS}\s+reports?|updates?|bulletins?|newsletters?|briefings?|presentations?|minutes|agenda|forward\s+plan"
             r"|work\s+programme",
    "consultation": r"consultations?|engagement|surveys?|questionnaires?",
    # (arrangements only as a rule brought in: "the arrangements introduced in January 2023")
    "rule": r"framework|handbook|guidance|code\s+of\s+practice"
            r"|(?:inspection\s+)?arrangements(?=\s+(?:introduced|in\s+force|which\s+came))",
    # (not the Local Offer, a website the plan is published on: "published on the Local Offer on D")
    # (the money for a plan, "investment agreed by Council on D", and a date of an action's own timetable, "the
    # revised completion date of D for action 3.4", are the paper's business, not the plan's approval)
    "own-document": r"budget|timetable|schedule|toolkit|protocol|charter|policy|self[\s-](?:evaluation|assessment)"
                    r"|investment|funding|(?:completion|target|end)\s+dates?",
    # (a renewed strategy is itself the area's plan: "the refreshed SEND Strategy was agreed on ...")
    "strategy": r"strateg(?:y|ies)",
}


def _own_nouns(*leaving_out: str) -> str:
    """The class as one alternation, each kind a named group (``decide.papers_own`` reads which matched)."""
    return "|".join(rf"(?P<{kind.replace('-', '_')}>{nouns})" for kind, nouns in OWN_BUSINESS.items()
                    if kind not in leaving_out)



# What may stand between the thing and its date: the thing's verb or participle and its agent ("held", "set by
# Council", "which came into force", "next meets", "at its next meeting"), then a preposition or a colon.
_THINGS_VERB = (r"(?:,?\s+(?:(?:was|were|is|are|be|been|being|has|have|had|will|would|first|next|last|recently|newly"
                r"|originally|formally|due\s+to)\s+)*"
                r"(?:\w+ed|held|set|run|begun|due|meets?|sits?|which\s+\w+(?:\s+into\s+force)?|that\s+\w+"
                r"|at\s+its\s+(?:next\s+)?meeting)"
                r"(?:\s+by\s+(?:the\s+)?(?:[\w’'&-]+\s+){0,3}?[\w’'&-]+)?)?")
# ... or where and with whom it is held, and which of a series the date is ("a drop-in session at Halifax Central
# Library on D", "annual engagement meetings with the partnership, the first of which took place on D")
# (the body met may be named with its place: "a joint session with the Health Scrutiny Committee for Exampleshire on D")
_WHERE = (r"(?:\s+with\s+(?:the\s+)?(?:[\w’'&-]+\s+){0,2}?[\w’'&-]+"
          r"(?:\s+(?:for|of)\s+(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*)){0,3})?)?"
          r"(?:\s+at\s+(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*)){0,4})?")
_ONE_OF_THEM = (r",\s+the\s+(?:first|last|next|second|third|latest|most\s+recent)\s+of\s+which\s+"
                r"(?:took\s+place|was\s+held|is\s+(?:due|expected|planned)|will\s+(?:take\s+place|be\s+held))")
OWNED_DATE = re.compile(rf"\b(?:{_own_nouns()})(?:['’]s)?(?:\s+meeting)?{_WHERE}(?:{_ONE_OF_THEM}|{_THINGS_VERB})"
                        r"(?:\s*[-–:,]\s*|\s+(?:(?:on|in|of|at|for|from|during|since|by|dated|between|until)\s+)?)"
                        r"(?:the\s+)?$", I)
# ... as the subject of the anchor's verb, just before it ("the Framework was published", "the minutes agreed"); a
# committee there is the one that acted ("The Panel agreed the WSoA in March 2020")
OWN_SUBJECT_BEFORE = re.compile(rf"\b(?:{_own_nouns('committee')})\s+(?:(?:was|were|is|are|has|had|have|been|being|first|recently"
                                r"|newly|originally|formally)\s+)*$", I)
# ... as the subject a sentence opens with ("2.1 The self-evaluation at Appendix 1 was prepared by ..."), which a
# pronoun in the next sentence stands for (a strategy may be the area's plan)
OWN_SUBJECT_OPENING = re.compile(rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:the|this|that|its|their|our|a|an)\s+"
                                 rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_own_nouns('committee', 'strategy')})\b", I)
# A committee named as the agent of the anchor's verb, or where it acted ("agreed by Cabinet on D", "approved at
# Cabinet in May 2019"), dates the verb; elsewhere it dates its own meeting ("submitted to the meeting of this
# Committee on D", "before Cabinet next meets on D").
BY_A_BODY = re.compile(r"\b(?:by|at)\s+(?:the\s+)?(?:[\w&’'-]+\s+){0,5}?$", I)

# "confirmed by the DfE in a letter to the Executive Director dated 10 February 2025": a date a letter is
# "dated" is the letter's, not that of the visit it tells of
LETTER_DATED_BEFORE = re.compile(r"\b(?:letter|e-?mail|correspondence|memo(?:randum)?|note)\b[^.;]{0,60}?\bdated\s+(?:the\s+)?$", I)
# "the previous inspection, under the 2016 framework in February 2018": a framework named by its year is
# dated already; the date after it is the milestone's
FRAMEWORK_OF_A_YEAR = re.compile(r"\b(?:19|20)\d\d\s+(?:(?:inspection|area|SEND|local)\s+){0,2}(?:framework|handbook)\b"
                                 # "last inspected under the previous framework in March 2019": "under the framework"
                                 # and the date both go with the verb (not "the framework introduced in ...")
                                 r"|\bunder\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?framework(?=\s+(?:in|on)\s)", I)

# "The Board would agree the action plan at its meeting on 19 May 2025": the meeting at which the plan is
# agreed is the occasion of the approval, and its date the approval's (the verb's own clause: no stop,
# comma or bracket between, and not "agree to receive ... at its meeting", where the meeting is a committee's).
AT_ITS_MEETING = re.compile(r"\bat\s+(?:its|their|the|a|an)\s+(?:(?!meeting)[\w’'-]+\s+){0,4}?meeting\s*$", I)
# "reviewed progress at meetings on D1 and D2", "at two review meetings in ...": the monitors' own meetings
# (no possessive: "at its meeting", "at the Committee's meeting" are another body's)
AT_MEETINGS = re.compile(r"\bat\s+(?:(?:two|three|four|several|regular|review|monitoring|progress|stocktake|formal|joint"
                         r"|[\w]+-monthly|monthly|quarterly|termly|annual)\s+)*"
                         r"meetings?\s*$", I)
NOT_THE_VERBS_CLAUSE = re.compile(r"[,;:()\[\].]|^\s*to\s", I)
# a bracketed abbreviation, "the Department for Education (DfE) and NHS England", is the name's, no break of clause
ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")

# --- where a date may stand against its anchor ------------------------------

# A year alone ("the inspection in 2017") is no date, but it is its anchor's time.
BARE_YEAR = re.compile(r"\b(?:in|during|since|from|of)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b(?![-/–]\d)", I)
# Words that may come before a leading date: "In", "On the", "Yesterday, Tuesday".
LEADING = re.compile(r"^[\W\d]*(?:(?:in|on|between|from|during|by|at|yesterday|today|the|week|of|commencing|w/c|"
                     r"early|late|mid|and|but|so|since|then|monday|tuesday|wednesday|thursday|friday)\W+)*$", I)
# "the May 2021 Special Educational Needs and Disabilities (SEND) Revisit": a
# name (capitalised words, an abbreviation in brackets) may stand between.
ATTRIBUTIVE = re.compile(r"^(?:\s*(?>[A-Z][\w’'/&-]*|\([^)]*\)|and|of|the|local|area|joint|&|/|[-–]))*\s*$")
ATTRIBUTIVE_GAP = 80
# "... inspection of SEND in March 2018 and the publication of the WSoA": after a
# conjunction the words name a second thing, not the date's.
CONJUNCTION = re.compile(r"\b(?:and|or)\s+(?:the|a|an|its|their|our|this|that|[a-z])")  # not "Needs and Disabilities"
# A date fronted before the clause it dates: "(informed that) on the 25th May 2022, the report was published".
FRONTED_BEFORE = re.compile(r"(?:[,;:]\s*|\b(?:that|when|and|but|then)\s+)(?:on|in|by|during|from|since)\s+(?:the\s+)?$", I)
FRONTED_AFTER = re.compile(r"^\s*,[^,;:]*$")
# "within 30 working days of publication of the report, that is by 13 June 2025": a period counted from a milestone,
# and its end restated as a date
PERIOD_FROM = re.compile(r"\b(?:within|no\s+later\s+than|no\s+more\s+than)\s+\w+\s+(?:working\s+|calendar\s+|school\s+)?"
                         r"(?:days|weeks|months)\s+(?:of|after|from|following)\s+(?:the\s+)?(?:[\w’'-]+['’]s\s+)?$", I)
PERIOD_RESTATED = re.compile(r"[^.;]{0,60}?,\s*(?:that\s+is|i\.?e\.?|namely|which\s+is)\s*,?\s+(?:by\s+|on\s+)?(?:the\s+)?$", I)
# "After the SEND inspection, ...", "Following the re-visit, ...": a leading phrase naming what came before.
AFTER_THE_MILESTONE = re.compile(r"^(?:following|after|since|prior\s+to|before)\s+(?:the|its|their|our|this|that|an?)\s+"
                                 r"[^,.;]{0,80},\s*", I)
# "The partnership has until 9 May 2024 to submit its plan": a deadline named before the verb it bounds.
_DEADLINE_WORDS = r"until|by|before"
DEADLINE_BEFORE = re.compile(rf"\b(?:{_DEADLINE_WORDS})\s+(?:the\s+)?$", I)
# "by the end of May 2024", "no later than 30 June": the date a requirement is due by
DEADLINE_DATE_BEFORE = re.compile(rf"\b(?:{_DEADLINE_WORDS}|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|close|start)\s+of\s+)?$", I)
DEADLINE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:in\s+which\s+)?to\s+$", I)
# "..., and an engagement meeting is planned for June 2024", "; (b) a further report ... be brought
# to the Committee in September 2022", "said that a manager would be in post by January 2023": a
# new subject, brought in with an indefinite article between a milestone's words and a date, is
# what the date is about.
ANOTHER_SUBJECT = re.compile(r"(?:[;,:]|\band\b|\bthat\b|\([a-z0-9]{1,3}\))\s+(?:\([a-z0-9]{1,3}\)\s+)?(?:a|an)\s+"
                             r"(?:(?!(?:that|which|who|whose|and|or|of\s+the)\b)[\w’'-]+\s+){1,10}?"
                             r"(?:is|was|are|were|be|been|will|would|should|must|could|may|might|has|had|have)\b", I)
# "..., following the re-visit in February 2023": a date inside a phrase that names the earlier
# thing a milestone followed is that thing's.
EARLIER_THING = re.compile(r"\b(?:following|after|since|before|prior\s+to|ahead\s+of)\s+(?:the|an?|its|their|our)\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:(?:in|on|of|from|between|held|dated)\s+)?(?:the\s+)?$", I)
# --- is this the area inspection, and is it the first one -------------------

# "The inspection took place in December 2018": said of an event that happened.
TOOK_PLACE = re.compile(r"[^.;]{0,40}?\b(?:took\s+place|carried\s+out|conducted|happened|was\s+held)\b", I)
# "From May 2016 each area of the country is being inspected": the framework, not this area's inspection.
GENERIC = re.compile(r"\b(?:each|every|all)\s+(?:local\s+)?areas?\s+(?:of|in|across)\s+(?:the\s+)?"
                     r"(?:country|england)\b|\bnational(?:ly)?\s+(?:roll-?out|programme)\b"
                     # "In May 2016, a new type of inspection started": the framework, not this area's visit
                     r"|\bnew\s+(?:type|kind|form|way|framework|model|system)\s+(?:of|for)\s+(?:\w+\s+){0,3}inspect", I)
# "the previous joint local area inspection", "their last inspection": the earlier one, not a re-visit.
PREVIOUS = re.compile(r"\b(?:previous|last|original|initial|first|earlier|prior|full)\s+(?:[\w’'()-]+\s+){0,4}$", I)
# "the areas of weakness detailed in the inspection in December 2018": the findings' inspection.
FINDINGS_OF = re.compile(r"\b(?:identified|found|detailed|highlighted|raised|set\s+out|reported|noted)\s+"
                         r"(?:at|in|during|by|following|through)\s+(?:the|their|our|its)\s+(?:[\w’'()-]+\s+){0,3}$"
                         r"|\bsince\s+(?:the|their|our|its)\s+(?:[\w’'()-]+\s+){0,3}$", I)

# --- lines and agents -------------------------------------------------------

# "Date of Inspection: 23 – 25 May 2022": a labelled line is a sentence of its own.
LABEL_LINE = re.compile(r"^[A-Z][^:\n]{1,60}:[ \t]*\S")
# A line that needs its continuation: a hard-wrapped line of prose.
RUNS_ON = re.compile(r"(?:[,;(&/]|\b(?:and|or|of|the|a|an|to|by|in|on|for|with|at|from))\s*$", I)
# "A report published today (18 December 2024) by national inspectors Ofsted and CQC": whose report.
INSPECTORS_AGENT = re.compile(r"[^.;]{0,80}?\bby\s+(?:the\s+)?(?:national\s+|area\s+|joint\s+)?"
                              r"(?:inspectors|ofsted|cqc|care\s+quality\s+commission)\b", I)
# "has received formal notification that ...", "approved the minutes", "agreed the timetable": the verb acts on
# its object, which names no milestone: a message, or the paper's own business (``OWN_BUSINESS``; not a
# committee, nor a strategy, which may be the area's plan)
OTHER_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|our|formal|written|further|an?\s+official)\s+)*"
                          rf"(?:notification|invitation|request|feedback|comments?|e-?mail|call|verbal"
                          rf"|{_own_nouns('committee', 'strategy')})\b", I)
# "The inspections are unannounced and the one for Cornwall took place in July 2017": an
# inspection left understood after the plural named before it.
ONE_FOR = re.compile(r"\bthe\s+one\s+(?:for|in|of|at)\s+(?:[\w’'-]+\s+){1,3}?(?=(?:took|was|happened|will)\b)", I)
INSPECTIONS = re.compile(r"\binspections\b", I)
PROGRESS_WORDS = re.compile(r"\b(?:progress|review|monitor|WS\s?OA|written\s+statement|APP|action\s+plan|improvement)", I)
SEND_BEFORE = re.compile(r"\bSEND\s+$")
# "Read the inspection report (Adobe PDF format, 174kb)": a link line ends its sentence.
FILE_LINK_END = re.compile(r"\([^()\n]*\b(?:pdf|docx?|xlsx?|kb|mb)\b[^()\n]*\)\s*$", I)
# A line of prose does not end without a stop: across a blank line it runs on.
SENTENCE_END = re.compile(r"[.!?:;)\]\"”’']\s*$")

# --- what an action acts on, and whose report it is ------------------------

# "the notice", "this direction": a notice already named ("improvement notice", "statutory direction")
NOTICE_BACK = re.compile(r"\b(?:the|this|that|its|their)\s+(?:notice|direction)\b(?!\s+(?:of|to|period|board)\b)", I)

# The words just before a report that say whose it is: "the inspection (report) letter", "the revisit report".
# (a monitoring inspection is the re-visit of the current framework: "the monitoring inspection letter")
NAMED_REPORT = re.compile(r"\b(?:(?P<revisit>re-?\s?visit|re-?\s?inspection|monitoring\s+inspection)"
                          r"|(?<!re-)(?<!re)(?<!monitoring\s)inspection)\s+"
                          r"(?:outcome\s+|report\s+)?$", I)

# "an action plan responding to the report", "an action plan in response to the inspection findings", "an action
# plan to address the report's recommendations": a plan that answers the inspection's report.
ANSWERS_REPORT = re.compile(r"action\s+plan\s*,?\s+(?:(?:which|that)\s+(?:responds|will\s+respond|addresses|will\s+address)"
                            r"|responding|in\s+response|to\s+respond|to\s+address|addressing|answering)\s+(?:to\s+)?"
                            r"(?:the|its|their|this|inspectors['’])\s+(?:[\w’'-]+\s+){0,3}?"
                            r"(?:report|findings|inspection|recommendations|areas\s+for\s+improvement)\b", I)

# "an update on the plan", "a report about the APP": what is presented is about the plan, not the plan.
ABOUT_A_PLAN = re.compile(r"\b(?:update|report|briefing|paper|presentation|progress)s?\s+(?:on|about|regarding|into|of"
                          r"|against|towards|in\s+(?:relation|respect)\s+to|under|with)\s+"
                          r"(?:the\s+|its\s+|our\s+)?(?:[\w’'-]+\s+){0,2}$", I)

# "The area was notified of the inspection on ...": the notice of an inspection, not the inspection.
NOTIFIED_OF = re.compile(r"\b(?:notified|notification|informed|told|advised|warned|notice)\s+(?:\w+\s+){0,2}?(?:of|about)\s+"
                         r"(?:the|an|its|their|our)\s+(?:[\w’'-]+\s+){0,4}$", I)

# "to monitor", "to receive": an infinitive between a verb and a noun makes the noun its object
INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|our|this|that|be|ofsted|dfe|nhs|department|cqc|"
                        r"care|minister|secretary|inspectors?|partners?|council|board|committee)\b)[a-z]+\b", I)

# --- timeline tables read cell by cell ---------------------------------------

# A web page's table reaches the text one cell a line ("24 to 28 September 2018" | "Joint
# inspection of the local area"): a cell that is nothing but a date, with a month and a year.
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
NUMERIC_DATE = r"\d{1,2}[/.]\d{1,2}[/.](?:\d\d){1,2}"
# A table's row flattened to lines: "First stocktake" | "21 October 2025 (planned)" | "What officials said ...": a
# cell that numbers a recurring milestone by its ordinal, alone on its line, then the cell of its date. (The
# ordinal keeps out a news page's title over its dateline.)
ORDINAL_CELL = re.compile(r"^\W*(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|next|final)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:stock-?takes?|reviews?|(?:monitoring|review|progress)\s+(?:visits?|meetings?)"
                          r"|re-?\s?visits?)\W*$", I)
PLANNED_AFTER = re.compile(r"\s*\((?:planned|provisional|expected|tbc|to\s+be\s+confirmed)\)\s*$", I)
DATE_CELL = re.compile(rf"^(?:(?=.*\b{_MONTH_NAME}\b)(?=.*\b(?:19|20)\d\d\b)|(?=.*\b{NUMERIC_DATE}\b))"
                       r"(?:\s*(?:w/c|week\s+commencing|between|from|to|and|until|early|mid|late|end\s+of|on"
                       r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                       rf"|{NUMERIC_DATE}|{_MONTH_NAME}|\d{{1,2}}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b|\s*[-–—/,])+\s*$", I)
# A timeline table's row that a PDF gives as one line, its date first ("14 November 2024 Progress review
# with the DfE", "5-9 February 2024 Area SEND inspection", "April 2024 Board established"): a run of such
# lines is one row a line.
DATE_ROW = re.compile(rf"[ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+)?"
                      rf"{_MONTH_NAME}\s+(?:19|20)\d\d\b[ \t]+\S", I)
# The header cell that names the date column ("Date", "When", "Date completed").
DATE_HEADER = re.compile(r"^(?:dates?|when|(?:target\s+|completion\s+)?dates?\s+(?:completed|achieved|due))$", I)
CELL_LENGTH = 150  # a cell is one short line

# A date of its own between a leading date and the anchor's words ("1 18 September 2025 Terms of reference" | "2 9
# October 2025 Preparation for the first stocktake": a schedule's rows): the leading date is the earlier row's
DATE_BETWEEN = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August"
                          r"|September|October|November|December)\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
