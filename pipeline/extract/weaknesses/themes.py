"""Weakness themes: which part of the SEND system a weakness is mainly about.

Each theme has a short list of phrases with weights: 3 for a term that
names the theme outright ("local offer", "CAMHS", "joint commissioning"),
2 for a strong sign ("annual reviews", "placements"), 1 for a word that only
leans that way ("parents", "schools"). A weakness scores the sum of the weights
of the phrases it contains, per theme; it gets the best theme, and the
second best too when that scores at least half as much. Ties go to the more
specific theme (the order of ``THEMES``). A weakness that matches nothing is
taken to be about leadership, the theme inspectors use for system-wide
failings.

The vocabulary comes from the gold guidelines' description of each theme and
the standard terms of the SEND Code of Practice and inspection framework.
"""

from __future__ import annotations

import re

# The partnership's name, not a topic: "leaders in education, health and care"
# is about leaders, "education, health and care plans" about plans.
PARTNERS = re.compile(
    r"\beducation,?\s+health,?\s+(?:and|&)\s+(?:social\s+)?care\b(?!\s*(?:\(ehc\)\s*)?(?:plans?|needs|process))",
    re.IGNORECASE)

# Who a weakness concerns, not what it is about: "pupils with an EHCP".
POPULATION = re.compile(
    r"\b(?:children|pupils|young\s+people|learners|students)(?:\s+and\s+young\s+people)?\s+(?:who\s+have|with)\s+"
    r"(?:(?:a|an)\s+)?(?:statements?\s+of\s+special\s+educational\s+needs|ehc\s*ps?|ehc\s+plans?|send|sen)\b"
    r"(?:\s+or\s+(?:(?:a|an)\s+)?(?:ehc\s*ps?|ehc\s+plans?))?",
    re.IGNORECASE)

# A kind of need named as who is served ("children with social, emotional and mental health needs"):
# when the rest names where or how they are served ("... in mainstream schools"), that decides.
NEED_GROUP = re.compile(
    r"\b(?:social,?\s+emotional\s+and\s+mental\s+health|semh)(?:\s*\(semh\))?\s+(?:needs|difficulties)\b",
    re.IGNORECASE)

THEMES: dict[str, list[tuple[str, int]]] = {
    "local-offer": [
        (r"local\s+offer", 3),
        (r"information\s+(?:(?:available|given|provided)\s+)?(?:for|to)\s+(?:families|parents|children|young\s+people)"
         r"|information\s+available\s+(?:for|to)?\b", 2),
        # "the information (available to parents) about the support they can expect": what the local offer is for
        (r"information\s+(?:[\w’'-]+\s+){0,6}?(?:about|on)\s+(?:the\s+|what\s+)?(?:support|services|help|provision)", 3),
        (r"website", 1),
        (r"signpost\w*", 1),
    ],
    "preparing-for-adulthood": [
        (r"adulthood", 3),
        (r"post[-\s]?16", 3),
        (r"19\s*(?:[-–]|to)\s*25|19[-\s–]+25", 3),
        (r"(?:14|16)\s*(?:[-–]|to)\s*25|16[-\s–]+25", 3),  # "young people aged 16 to 25"
        (r"transitions?", 2),
        (r"independent\s+living|adult\s+(?:services|social\s+care|health)", 2),
        # moving on to adult services, preparing for adult life
        (r"(?:mov\w+|transfer\w*|transition\w*)\s+(?:on\s+)?(?:from\s+(?:[\w’'-]+\s+){1,2})?(?:in)?to\s+adult\w*|prepar\w+\s+(?:\w+\s+){0,2}for\s+"
         r"(?:their\s+|an\s+)?adult\s+(?:life|lives)|adult\s+(?:life|lives)", 3),  # "moving from children's to adult"
        (r"(?:aged\s+)?(?:14|16)\s*(?:\+|and\s+over|or\s+over|and\s+older)", 2),
        # what comes after school: "their options after the age of 16", "choices beyond 16"
        (r"\b(?:after|beyond|past)\s+(?:the\s+age\s+of\s+)?(?:16|sixteen)\b", 3),
        (r"employment", 2),
        (r"further\s+education|colleges?", 1),
        (r"young\s+adults", 1),
    ],
    "ehc-plans": [
        (r"ehc\s*ps?\b|ehc\s+plans?|education,?\s+health,?\s+and\s+care\s+(?:\(ehc\)\s+)?plans?", 3),
        (r"ehc\s+(?:needs\s+)?(?:process|assessments?)", 3),
        (r"statutory\s+(?:assessment|timescales?)", 3),
        (r"needs\s+assessments?", 2),
        (r"20[-\s]week", 3),
        (r"annual\s+reviews?", 2),
        (r"contributions?\s+(?:to|from|of)\b", 2),  # "contributions from health and care to plans"
        (r"statements?\s+of\s+special\s+educational\s+needs", 2),
        (r"plans?\b", 1),
        (r"timel\w+", 1),
    ],
    "health-services": [
        (r"camhs|mental\s+health|emotional\s+(?:health|wellbeing)|wellbeing|semh", 3),
        (r"speech\s+and\s+language|salt\b|therap\w+", 3),
        (r"\basd\b|autis\w+|adhd|neuro-?developmental|social\s+communication", 3),
        (r"wheelchair|equipment", 2),
        (r"waiting\s+(?:times?|lists?)|wait\w*", 2),
        (r"health\s+services?", 3),
        (r"health\s+(?:visitors?|professionals?|providers?)", 2),
        (r"designated\s+(?:clinical|medical)\s+officer|\bdco\b|\bdmo\b", 2),
        (r"healthy\s+child|public\s+health|\bnhs\b|\bccgs?\b|\bicbs?\b|clinical|health", 1),
        (r"access\s+to", 1),
    ],
    "joint-commissioning": [
        (r"joint(?:ly)?\s+commission\w*", 3),
        (r"commission\w*", 3),
        (r"joint\s+working|work\w*\s+(?:better\s+)?together|multi-?agency", 2),
        (r"gaps?\s+in\s+(?:the\s+)?services?|sufficiency\s+of\s+services", 2),
        (r"integrat\w+|jointly", 1),
    ],
    "co-production": [
        (r"co-?production|co-?produc\w+", 3),
        (r"parents?|carers?|families|family", 1),
        (r"(?<!social\s)communicat\w+", 2),  # "social communication needs" is a clinical term (health)
        (r"shar\w+\s+information\s+with\s+(?:parents|carers|families)", 2),  # telling families: communication
        (r"engag\w+|involv\w+|participat\w+|consult\w+", 2),
        (r"voices?\b|views\s+of|listen\w*", 2),
        (r"trust|confidence", 2),
        (r"complaints?", 1),
    ],
    "outcomes": [
        (r"outcomes?", 3),
        (r"attainment|achievement|achieved|standards", 3),
        # "attend a setting" and "the absence of a plan" are not attendance
        (r"attendance|absen\w+\b(?!\s+of\s+(?:a|an|any|clear|effective|robust|shared|strategic|suitable)\b)"
         r"|attend\w*\s+(?:school\s+)?(?:regularly|well|poorly)|poor(?:ly)?\s+attend\w*", 3),
        (r"progress\s+(?:made|of|from)|poor\s+progress", 2),
        (r"academic\s+progress|progress\s+(?:is|was|remains|has\s+been)\s+(?:\w+\s+)?(?:poor|weak|slow|low|limited)", 3),
        (r"key\s+stages?", 2),
        (r"results|qualifications", 1),
    ],
    "identification": [
        (r"identif\w+", 2),
        (r"early\s+(?:identification|years|help|intervention)", 3),
        (r"sen\s+support", 3),
        (r"understanding\s+of\s+(?:the\s+)?needs?|needs?\s+(?:are|were|is)\s+(?:not\s+)?identified", 3),
        (r"identif\w+\s+(?:and\s+assess\w+\s+)?of\s+(?:\w+\s+){0,2}needs?", 3),  # "identification of (their) needs"
        (r"assess\w*\s+(?:of\s+)?(?:their\s+)?needs", 1),
        (r"graduated\s+(?:approach|response)", 2),
        (r"early", 1),
    ],
    "workforce": [
        (r"(?<!employment\sor\s)(?<!employment,\s)training|trained", 3),  # not "education, employment or training"
        (r"workforce|recruit\w*|retention|staffing|caseloads?", 3),
        (r"skills|capacity|professional\s+development", 2),
        (r"awareness|staff|practitioners?|professionals?", 1),
    ],
    "data-oversight": [
        (r"\bdata\b|records?|recording|register", 3),
        (r"quality\s+assurance|quality\s+assur\w+", 3),
        (r"oversight|monitor\w*|tracking|track\b", 2),
        # a weak watch over something ("the weak oversight of the attendance of ..."): the watch is the finding
        (r"(?:weak|poor|limited|insufficient|ineffective|inconsistent|lack\s+of|little|no)\s+(?:strategic\s+)?"
         r"(?:oversight|monitoring|tracking)\s+(?:of|over)\b", 3),
        (r"performance\s+information|information\s+systems?|accura\w+", 2),
        # "make (enough) use of the information they hold", "use data to check ...": using what is known
        (r"(?:use|using|make\s+use)\s+(?:of\s+)?(?:the\s+)?(?:information|data|intelligence)\b", 3),
        # (information shared with parents and carers is communication with families: co-production)
        (r"shar\w+\s+(?:of\s+)?information(?!\s+with\s+(?:parents|carers|families))|information[-\s](?:sharing|gathering)"
         r"|systems\s+to\s+(?:share|record|track)", 3),
        (r"information|evaluat\w+|impact", 1),
    ],
    "inclusion-provision": [
        (r"inclusi\w+|exclu\w+|part[-\s]time\s+timetables?|missing\s+(?:from\s+)?education|home[-\s]educat\w+", 3),
        # children without a school place: "receive (a) suitable full-time education", "waiting for a specialist placement"
        (r"(?:suitable\s+)?full[-\s]time\s+education|suitable\s+education|specialist\s+placements?", 3),
        (r"provision", 2),
        (r"placements?", 2),
        (r"(?:school|specialist|sufficient)\s+places|shortage\s+of\s+(?:\w+\s+){0,2}places", 3),
        (r"schools?|mainstream|specialist\s+(?:places|settings?|schools?)|alternative\s+provision|eotas", 1),
        (r"(?:in|at|within)\s+mainstream\s+(?:schools?|settings?|classes|education)", 2),
        (r"sufficien\w+|variab\w+", 1),
    ],
    "leadership-governance": [
        (r"leaders(?:hip)?|leading", 2),
        (r"governance|accountab\w+|responsib\w+", 3),
        (r"strateg\w+", 3),
        (r"vision", 2),
        # leaders across the partnership without a common view ("a shared and accurate understanding of needs")
        (r"(?:shared|common|joint)\s+(?:(?:and|,)\s*)?(?:\w+\s+)?(?:vision|understanding)", 3),
        (r"self-?evaluation|strengths\s+and\s+weaknesses", 3),
        (r"action\s+plans?|improvement\s+plans?|planning", 2),
        (r"partnership|challenge", 1),
    ],
}
COMPILED = {theme: [(re.compile(rf"\b(?:{pattern})", re.IGNORECASE), weight) for pattern, weight in rules]
            for theme, rules in THEMES.items()}
SECOND_SHARE = 0.5  # a second theme needs at least this share of the first one's score
FALLBACK = "leadership-governance"


# Who must act, not what about: "Leaders across health, social care and education should ensure ...".
ACTOR = re.compile(
    r"^\s*(?:the\s+)?(?:area[’']s\s+|partnership\s+|senior\s+|strategic\s+)?leaders"
    r"(?:\s+(?:across|in|from)\s+[\w\s,&]{0,60}?)?(?=\s+(?:should|must|need\s+to|needs\s+to|have\s+not|do\s+not)\b)",
    re.IGNORECASE)


def scores(text: str) -> dict[str, int]:
    """Weighted phrase counts per theme (each phrase counts once). The leaders who must act
    are left out when the rest names a theme outright ("... systems to share information"), and a
    kind of need when the rest names any theme."""
    without_group = NEED_GROUP.sub(" ", text)
    if without_group != text and (rest := scores(without_group)):
        return rest
    if (purpose := PURPOSE.search(text)) and (aim := scores(text[:purpose.start()])):
        return aim  # "Leaders should X, so that Y": X is what is wanting, Y what putting it right is for
    without_actor = phrase_scores(ACTOR.sub(" ", text))
    if without_actor and max(without_actor.values()) >= OUTRIGHT:
        return without_actor
    return phrase_scores(text)


# Where a finding's purpose clause begins: "..., so that families know what support is available".
PURPOSE = re.compile(r",\s+so\s+that\s+", re.IGNORECASE)
OUTRIGHT = 3  # the weight of a phrase that names its theme outright


def phrase_scores(text: str) -> dict[str, int]:
    plain = POPULATION.sub(" ", PARTNERS.sub(" ", text))
    out: dict[str, int] = {}
    for theme, rules in COMPILED.items():
        total = sum(weight for pattern, weight in rules if pattern.search(plain))
        if total:
            out[theme] = total
    return out


def assign(text: str) -> list[str]:
    """One or two themes: the best scoring, and the runner-up when close."""
    found = scores(text)
    if not found:
        return [FALLBACK]
    order = list(THEMES)
    ranked = sorted(found, key=lambda theme: (-found[theme], order.index(theme)))
    best = ranked[:1]
    if len(ranked) > 1 and found[ranked[1]] >= SECOND_SHARE * found[ranked[0]]:
        best.append(ranked[1])
    return best
