"""The vocabulary that tells a weakness from the text around it.

Inspection letters, WSoAs and the committee papers that quote them name their
findings with a small set of nouns ("significant weaknesses", "areas of
concern", "areas for improvement", "priority actions") and attribute them to
a small set of sources (Ofsted, CQC, inspectors, the report or letter, a
review). Every rule in the weakness modules is built from these phrases, so
they live here, in one place, in plain regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.weaknesses import judged
from pipeline.extract.weaknesses import verdicts
from pipeline.extract.weaknesses.counts import (  # noqa: F401  (the counts are read through ``cues`` too)
    NUMBER, NUMBER_WORDS, PARAGRAPH_NUMBER, STATED_COUNT, number, stated_count, whole_count,
)

# Who the 2023 framework addresses its areas for improvement and priority action to: the area's leaders ("Leaders",
# "Health leaders", "Leaders across the partnership") or one of the partnership's bodies ("The ICB", "The local
# authority and the ICB"). Read by ``recommended`` (the sentence form) and ``told`` (an intro over the asks' list).
AREA_BODIES = (r"(?:the\s+)?(?:(?:local\s+area\s+)?partnership|local\s+authority|council|integrated\s+care\s+(?:board|system)|"
               r"icb|nhs(?:\s+[\w-]+){0,3}|trust|commissioners)")
AREA_LEADERS = (r"(?:(?:senior|strategic|partnership|health|education|system|area|local\s+area|nhs|icb|council|"
                r"local\s+authority|social\s+care|care)\s+)*leaders")

# Bare "concerns" may be anyone's: they count only when the sentence names an inspection.
BARE_CONCERN = re.compile(r"^concern", re.IGNORECASE)

# The nouns a list of findings is introduced with. "local area" is the SEND
# name for the partnership, not an "area" of weakness, so it is removed first.
WEAK_NOUN = re.compile(
    r"""\b(?:
        (?:significant\s+|main\s+|key\s+|serious\s+)?weakness(?:es)?
      | areas?\s+(?:of|for)\s+(?:significant\s+|serious\s+|key\s+)?
            (?:weakness(?:es)?|concerns?|improvement|development|priority\s+action)
      | improvement\s+areas?
      | recommendations?\s+for\s+(?:further\s+)?improvement  # what an inspection recommends be improved
      | areas?\s+(?:that|which|where|in\s+which)\b[^.:;]{0,60}?\b
            (?:improve\w*|better|weak\w*|concern\w*|insufficient|needs?\s+to|must|should|requir\w*|remain\w*|outstanding
              |(?:more|further)\s+progress|progress\s+(?:is|was|remains)\s+(?:still\s+)?(?:needed|required|slow))
      | areas?\s+to\s+improve
      | areas?\s+(?:(?:the|our|its)\s+)?(?:local\s+)?(?:area|partnership|leaders|council|services|inspectors)\s+
            (?:must|should|needs?\s+to|has\s+to|have\s+to|(?:(?:were|was|had\s+been|has\s+been|have\s+been)\s+
              (?:asked|required|told)\s+to))\s+(?:improve|address|tackle|work\s+on)
      | areas?\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:identified|highlighted|found|named|flagged)\s+
            (?:for|as\s+(?:needing|requiring|in\s+need\s+of))\s+(?:further\s+)?(?:improvement|development|(?:urgent\s+|priority\s+)?action)
      | (?:improve\w*|improvements?|do\s+better|get\s+better)\s+(?:\w+\s+)?(?:in|on|across)\s+  # "improve in three areas"
            (?:the\s+following\s+|these\s+|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+
               (?:(?:key|main|specific|further)\s+)?)areas?
      | (?:(?:what|where|how)\s+|things?\s+(?:that\s+)?)(?:(?:the\s+)?(?:local\s+)?(?:area|partnership|leaders|council|services)\s+)?
            (?:needs|needed|need|must|should|has\s+to|have\s+to)\s+(?:to\s+)?(?:do\s+(?:to\s+)?)?
            (?:improve|change|get\s+better|do\s+better)
      | priority\s+actions?(?!\s+plans?\b)  # a "Priority Action Plan" is the response, not a finding
      | concerns?
      | concerning\s+(?:points|issues|areas|findings)
      | shortcomings
      | shortfalls
      | deficienc(?:y|ies)
      | criticisms?
      | failings
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Who an inspection finding is attributed to.
SCHOOL_INSPECTION = re.compile(
    r"\b(?:school|schools[’']?|primary|secondary|academy|nursery|college|childminder)\s+(?:school\s+)?inspections?\b",
    re.IGNORECASE)
SOURCE = re.compile(
    r"\b(?:ofsted|cqc|inspect(?:ion|ions|ors?|ed)|hmci|re-?visit|letter|report|review|stocktake|"
    r"dfe|department\s+for\s+education|nhs\s+england|written\s+statement\s+of\s+action|wsoa)\b",
    re.IGNORECASE,
)

# Sources that make "areas" mean areas found wanting ("three areas where inspectors ...").
INSPECTORS = re.compile(r"\b(?:ofsted|cqc|inspect(?:ion|ions|ors?|ed)|hmci|re-?visit(?:ed)?)\b", re.IGNORECASE)

# What a letter or review found, named by a plain noun: "identified these areas", "raised four issues",
# "highlighted the following matters" (the finder is checked by the caller).
FOUND_THINGS = re.compile(
    r"\b(?:identified|found|highlighted|raised|named|flagged|set\s+out|picked\s+out|pointed\s+to)\s+"
    r"(?:these|the\s+following|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:key|main|specific))?)\s+"
    r"(?:areas?|issues|matters|things|points|priorities)\b", re.IGNORECASE)

# "The areas ... inspectors ..." counts as an intro when the areas are not the local area.
AREAS = re.compile(r"\bareas?\b(?![’'])", re.IGNORECASE)
LOCAL_AREA = re.compile(
    r"\blocal\s+areas?(?:[’']s?)?|\barea[’']s\b"
    r"|\barea(?:[-\s]wide)?(?=\s+(?:send\s+|sen\s+)?(?:inspections?|re-?visits?)\b)",  # "the SEND Area Inspection"
    re.IGNORECASE)

# "The written statement of action must address:" introduces the weaknesses it must address.
MUST_ADDRESS = re.compile(
    r"\b(?:written\s+statement(?:\s+of\s+action)?|wsoa|plan)\s+"
    r"(?:must|should|needs?\s+to|will\s+need\s+to|is\s+required\s+to)"
    r"\s+(?:address|tackle|cover|focus\s+on|set\s+out\s+how\s+\w+(?:\s+\w+)?\s+will\s+(?:address|tackle))\b",
    re.IGNORECASE,
)

# "The partnership should make the following improvements:", "the following improvements are needed:":
# improvements still to be made, the 2023 framework's name for its findings.
IMPROVEMENTS_NEEDED = re.compile(
    r"\b(?:should|must|needs?\s+to|(?:is|are)\s+required\s+to|will\s+need\s+to)\s+(?:make|deliver|secure)\s+"
    r"(?:the\s+|these\s+)?following\s+improvements?\b"
    r"|\bfollowing\s+improvements?\s+(?:should|must|need\s+to)\s+be\s+made\b"
    r"|\bfollowing\s+improvements?\s+(?:is|are|were|was)\s+(?:needed|required)\b"
    r"|\bimprovements?\s+(?:is|are|were|was)\s+(?:still\s+)?(?:needed|required)\s+(?:in|to|on|across)\b",
    re.IGNORECASE,
)

# Reporting verbs inspectors' findings are quoted with.
REPORTING_VERB = (r"(?:found|identified|highlighted|noted|made\s+clear|raised|told\s+us|said|stated|reported|"
                  r"judged|concluded|commented|indicated)")
TOLD_US = re.compile(rf"\b{REPORTING_VERB}\s*(?:that|us|the\s+following)?\s*:\s*-?$", re.IGNORECASE)

# An intro that gives a report's or letter's own words: "she read out the passages the plan was built on:",
# "The letter put it as follows:", "Extracts from the re-visit letter:", "In the inspectors' own words:".
QUOTES_SOURCE = re.compile(
    r"\b(?:read\s+out|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|reproduc(?:e|es|ed|ing)|extracts?|excerpts?|passages?"
    r"|put\s+it|(?:own|exact)\s+words|words\s+(?:were|are))\b[^.;]*:\s*$",
    re.IGNORECASE)

# The header cells of a table of strengths beside what must improve: "What is working well" / "What needs to improve",
# "Strengths" / "Areas for development", "What is going well" / "What could be better".
STRENGTHS_LABEL = (r"(?:what\s+(?:is|was|are)\s+(?:working|going)\s+well|what\s+works(?:\s+well)?|what\s+went\s+well"
                   r"|what\s+(?:we|the\s+(?:local\s+)?(?:area|partnership))\s+(?:do|does|did)\s+well|(?:key\s+)?strengths)")
IMPROVE_LABEL = (r"(?:what\s+(?:needs|need|needed)\s+to\s+(?:improve|change|get\s+better|be\s+better)"
                 r"|what\s+(?:must|should)\s+improve|what\s+could\s+be\s+(?:better|improved)"
                 r"|areas?\s+(?:for|of)\s+(?:improvement|development)|areas?\s+to\s+(?:improve|develop)"
                 r"|(?:significant\s+)?weaknesses)")
STRENGTHS_CELL = re.compile(rf"^{STRENGTHS_LABEL}$", re.IGNORECASE)
IMPROVE_CELL = re.compile(rf"^{IMPROVE_LABEL}$", re.IGNORECASE)

# An intro whose list is of strengths, or of weaknesses already put right.
STRENGTH = re.compile(
    r"\bstrengths?\b|\bworking\s+well\b|\bdoing\s+well\b|\bwent\s+well\b|\bpositive\b|\bachievements?\b",
    re.IGNORECASE,
)
PUT_RIGHT = re.compile(
    r"\bsufficient\s+progress\b|\bno\s+longer\b|\bunderway\b|\bin\s+place\b|\bnext\s+steps\b|"
    r"\bpoints\s+of\s+progress\b|\bprogress\s+(?:made|since)\b",
    re.IGNORECASE,
)
NEGATED = re.compile(r"(?:\bnot|n[’']t|\bno)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# ... or negated after it, in the passive: "sufficient progress had not (yet) been made"
NEGATED_AFTER = re.compile(r"\s+(?:has|had|have|was|were|is)\s+not\b", re.IGNORECASE)
NEGATED_REACH = 25  # characters before a judgement read for its negation


def negated_before(text: str, at: int) -> bool:
    """A negation just before ``at`` ("not yet made enough progress", "have not been addressed")."""
    return NEGATED.search(text[max(0, at - NEGATED_REACH):at]) is not None


CLAUSE_START = re.compile(r"[,;:.]\s|\b(?:but|although|though|however|while|whilst|as\s+well\s+as)\b", re.IGNORECASE)

# Words that state a shortfall: a free-standing sentence must carry one to count.
SHORTFALL = re.compile(
    r"\b(?:not|no|never|poor(?:ly)?|weak\w*|lack(?:s|ing)?|limited|inconsisten\w*|variab\w*|insufficient\w*|"
    r"inadequate\w*|ineffective\w*|inaccura\w*|incomplete|delay\w*|waiting|too\s+(?:long|many|few|slow|often|late|general|vague|generic|narrow)|missing|fragmented|patchy|disjointed|"
    r"unacceptabl\w*|gaps?|fail\w*|concern\w*|unclear|inequit\w*|over-?reliant|late|low|backlogs?|"
    r"unaware|unable|unmet|under-?developed|struggl\w*|slow(?:ly)?|absence\s+of|underestimat\w*|unhapp\w+|dissatisf\w+|"
    r"mistrust|distrust|over-?optimistic|overly\s+optimistic|over-?generous|overstat\w*|overestimat\w*|"
    r"(?:further|more)\s+work\s+(?:is|was)\s+(?:needed|required)|(?<!what\s)needs?\s+to\s+improve|"
    r"wait(?:ed|s)?\s+(?:well\s+)?(?:more\s+than|over|up\s+to|longer\s+than)\s+(?:a|an|\w+)\s+(?:weeks?|months?|years?)|"
    # a rate set against the country's or similar areas': "remains much higher than seen nationally"
    r"(?:higher|lower|worse)\s+than\s+(?:is\s+|that\s+|those\s+)?(?:seen\s+|found\s+)?(?:the\s+)?"
    r"(?:nationally|national\s+(?:average|figures?|rates?)|in\s+(?:similar|comparable)\s+(?:areas|authorities)|"
    r"(?:in\s+)?(?:statistical\s+)?neighbours|(?:in\s+)?england))\b",
    re.IGNORECASE,
)

# Weaknesses named only as the object of a response ("a plan to address known
# weaknesses") do not introduce them.
ADDRESSING = re.compile(
    r"\b(?:address\w*|tackl\w*|respond\w*\s+to|improve\s+on|deal\w*\s+with|in\s+response\s+to|"
    r"progress\s+(?:against|on|in))"
    r"\s+(?!(?:the\s+)?following\b)(?:[\w’'-]+\s+){0,4}?(?:weakness(?:es)?|concerns?|areas?|priority\s+actions?)\b",
    re.IGNORECASE,
)

# A re-visit's judgement that progress fell short ("has not made sufficient progress in",
# "insufficient progress had been made in"): what follows it is a weakness that remains.
NO_PROGRESS = re.compile(
    rf"\b{verdicts.SHORT}\s+progress\b"
    # "but not enough progress had been made in:", "not yet sufficient progress in"
    rf"|\bnot\s+(?:yet\s+)?{verdicts.ENOUGH}\s+progress\b"
    r"|\bnot\s+(?:yet\s+|always\s+|so\s+far\s+)?(?:made|make|making|achieved|achieve|shown|show|demonstrated)"
    r"\s+[\"“‘']?(?:sufficient|enough|adequate|the\s+(?:necessary|required)|significant)\s+progress\b[\"”’']?"
    rf"|\b(?:failed|yet)\s+to\s+(?:make|show|demonstrate)\s+{verdicts.ENOUGH}\s+progress\b"
    r"|\bprogress\s+(?:has|had|was|is)\s+(?:been\s+)?"
    r"(?:insufficient|inadequate|too\s+slow|not\s+(?:been\s+)?(?:sufficient|enough))\b"
    # the passive: "Sufficient progress had not been made in", "enough progress has not yet been seen"
    rf"|\b{verdicts.ENOUGH}\s+progress\s+(?:has|had|have|was|were|is)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:made|achieved|shown|demonstrated|seen|evident)\b",
    re.IGNORECASE,
)
# A re-visit's judgement on one weakness just restated: "The area has (not) made sufficient
# progress in addressing this significant weakness."
JUDGED_ITSELF = re.compile(
    r"\bprogress\s+(?:in|on|with|against|towards)\s+(?:(?:addressing|tackling|resolving|improving)\s+)?"
    r"(?:this|that)\s+(?:(?:significant|area\s+of|key)\s+)*(?:weakness|concern|area)\b",
    re.IGNORECASE)

# "... insufficient progress had been made in three, namely:": the count follows the judgement.
COUNT_AFTER_PROGRESS = re.compile(
    r"\b(?:in|on|against)\s+(?:only\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)
NO_PROGRESS_TAIL_WORDS = 8  # a list intro's judgement comes just before its colon

# A judgement on progress overall ("insufficient progress had been made"), or an inspection's
# overall outcome ("the partnership's arrangements typically lead to inconsistent experiences and
# outcomes", "widespread and/or systemic failings"), is not a weakness itself.
PROGRESS_CLAIM = re.compile(
    rf"\b(?:{verdicts.AMOUNT}|further)\s+progress\b"
    r"|\bprogress\s+(?:has|had)\s+been\s+made\b"
    r"|\barrangements\s+(?:\w+\s+)?(?:lead|leads|led)\s+to\s+(?:\w+\s+){0,3}experiences\b"
    r"|\bwidespread\s+and(?:/or)?\s+(?:or\s+)?systemic\s+failings\b",
    re.IGNORECASE,
)

# Items that are responses to weaknesses: actions, plans, what "we will" do.
ACTION_START = re.compile(
    r"^(?:to|in\s+order\s+to)\s+[a-z]+\b|^(?:we|they|the\s+council)\s+(?:will|'ll|’ll|shall|are\s+going\s+to)\b"
    # what a meeting is asked to do, also in the third person under "It is recommended that Cabinet:" ("endorses ...")
    r"|^(?:that\s+)?(?:notes?|agrees?|approves?|endorses?|delegates?|receives?|comments?\s+on)\b",
    re.IGNORECASE,
)
# A finding written as what someone should do: "Leaders should ...", "“The integrated care board should ...";
# ("must" is the statutory next step: "The partnership must submit a plan").
SHOULD_START = re.compile(
    r"^\W{0,2}(?!(?:it|this|that|there|we|you|members|the\s+committee|the\s+board|the\s+panel)\s)"
    # (or leaders placed across several bodies: "Leaders across the council and NHS X Integrated Care Board should")
    r"(?:(?:[\w’'/-]+\s+){1,8}?|(?:senior\s+|strategic\s+)?leaders\s+(?:across|in|at|from|of)\s+(?:[\w’'/,-]+\s+){1,14}?)"
    r"should\s+(?!be\s+noted|note\b)"
    r"(?!(?:submit|publish|produce|prepare|write|send|return|report|present)\b)\w",  # a statutory next step, not a finding
    re.IGNORECASE)
# The same finding told as an obligation: "Leaders need to make sure ...", "They also need to improve ...",
# "The ICB must improve ..." (read only after a sentence announcing what needs to improve).
MUST_START = re.compile(
    r"^\W{0,2}(?!(?:it|this|that|there|we|you|members|the\s+committee|the\s+board|the\s+panel)\s)"
    r"(?!(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:plan|statement(?:\s+of\s+action)?|wsoa|app|report)\s)"  # a plan's deadline
    r"(?:[\w’'/-]+\s+){1,8}?(?:also\s+)?(?:needs?\s+to|must|has\s+to|have\s+to|ought\s+to)\s+(?:also\s+)?"
    r"(?!(?:(?:be\s+)?(?:submit|publish|produce|prepare|write|send|return|report|present|agree|co-?produce|reach)\w*"
    r"|be\s+(?:sent|written))\b)\w",  # the statutory next step, active or passive ("A plan must be sent ...")
    re.IGNORECASE)
# A finding stated as a paragraph says what is wrong or what should change.
MODAL = re.compile(r"\b(?:should|must|ought\s+to|need(?:s|ed)?\s+to|required\s+to)\b", re.IGNORECASE)
META = re.compile(r"\bwritten\s+statement\s+of\s+action\b|\bwsoa\b", re.IGNORECASE)

# Councillors' own concerns are debate, not findings.
DEBATE = re.compile(
    r"\b(?:members?|councillors?|cllr|committee|chair(?:man)?)\b[^.;:]{0,40}?"
    r"\b(?:raised|expressed|voiced|shared|asked|queried|highlighted|had|have|felt|thought|believed|commented|"
    r"said|suggested|argued|urged|wanted|stressed|emphasi[sz]ed)\b",
    re.IGNORECASE,
)

# Findings about the SEND system, as opposed to a single school's or service's inspection. Two passes
# over a whole page, the capitals as written and the words in the lower-cased page: a third of the
# cost of one pattern with a case-blind part, and every page is read.
SEND_CAPITALS = re.compile(r"\bSEND\b|\bSEN\b|\bEHC|\bWSO?A\b|\bCQC\b")
SEND_CAPITALS_WORDS = ("SEN", "EHC", "WS", "CQC")  # one of them in each alternative: a first look
SEND_WORDS_PARTS = (("special", r"special\s+educational\s+needs"), ("disabilit", "disabilit"),
                    ("education,", r"education,\s+health\s+and\s+care"), ("local", r"\blocal\s+area"),
                    ("written", r"written\s+statement\s+of\s+action"), ("priority", r"priority\s+action"),
                    ("accelerated", r"accelerated\s+progress"))
SEND_WORDS = re.compile("|".join(source for _, source in SEND_WORDS_PARTS))
# one alternative at a time, each only where the lower-case text holds its word: a few times faster
SEND_WORDS_SPLIT = tuple((word, re.compile(source)) for word, source in SEND_WORDS_PARTS)


def speaks_of_send(text: str) -> bool:
    """Whether ``text`` speaks of SEND (its abbreviations, or the system's words in any case)."""
    if any(word in text for word in SEND_CAPITALS_WORDS) and SEND_CAPITALS.search(text) is not None:
        return True
    lowered = text.lower()
    return any(word in lowered and pattern.search(lowered) is not None for word, pattern in SEND_WORDS_SPLIT)


# ("need" alone would let through every line on special educational needs.)
NAMING_WORDS = ("weak", "area", "concern", "priorit", "shortcoming", "failing", "to improve", "to change", "better",
                "work need", "must improve", "should improve", "shortfall", "deficien", "criticis",
                "for improvement", "critical of")


NAMING = re.compile("|".join(re.escape(word) for word in NAMING_WORDS))  # searched in lower case: faster


@lru_cache(maxsize=4096)  # the readers of a document ask about the same sentences and lines again
def might_name_weakness(text: str) -> bool:
    """A cheap test before the regular expressions: most lines name nothing."""
    return NAMING.search(text.lower()) is not None


def blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def without_local_area(text: str) -> str:
    """"local area" blanked out, offsets kept."""
    return LOCAL_AREA.sub(blank, text)


def plain_mentions(text: str) -> str:
    """The text with "local area" and responses to weaknesses blanked out, offsets kept."""
    return ADDRESSING.sub(blank, without_local_area(text))


def names_weakness(text: str, tail_words: int | None = None) -> bool:
    """The text names weaknesses, or areas an inspection put forward ("three
    areas where inspectors ..."), not strengths or weaknesses put right. With
    ``tail_words``, the naming must come within that many words of the end,
    where a list intro names what it lists."""
    if not might_name_weakness(text):
        return False
    plain = plain_mentions(text)
    nouns = list(WEAK_NOUN.finditer(plain))
    if not nouns and INSPECTORS.search(plain):
        nouns = list(AREAS.finditer(plain))
    if not nouns and has_source(plain):  # "The 2019 letter identified these areas:", "the review raised four issues"
        nouns = list(FOUND_THINGS.finditer(plain))
    if not nouns:
        return False
    last = nouns[-1]
    if tail_words is not None and len(plain[last.start():].split()) > tail_words:
        return False
    sentence_start = max(plain.rfind(". ", 0, last.start()) + 1, 0)
    if BARE_CONCERN.match(last.group(0)) and not has_source(text[sentence_start:]):
        return False  # "the following concerns" are anyone's unless an inspection's
    clauses = list(CLAUSE_START.finditer(plain, 0, last.start()))
    clause_start = clauses[-1].end() if clauses and WEAK_NOUN.match(plain, last.start()) else 0
    return not is_resolved(plain[clause_start:])


# The intro's tail points at what it has just named: "..., the progress made against each of the areas of
# significant weakness, which were:", "... responded to the five concerns, these being:", "... the areas of weakness
# identified in the letter, namely:". The list is the things named, whatever the intro says was done about them
# (progress made, a response).
NAMED_THEN_POINTER = re.compile(
    r"\s*,\s*(?:and\s+)?(?:(?:which|these|they)\s+(?:were|are|being)(?:\s+as\s+follows)?|namely)\s*:\s*[-–]?\s*$",
    re.IGNORECASE)
# ... and what named them, between the noun and the pointer: "identified in the 2022 letter", "found by inspectors"
NAMED_BY = re.compile(r"\s+(?:identified|found|named|raised|highlighted|set\s+out)(?:\s+(?:in|by|at|during)\s+[^,.;:]{1,40})?$",
                      re.IGNORECASE)


def names_then_points(text: str, previous: str = "") -> bool:
    """The intro ends on a weakness noun and a pointer to it ("... of the areas of significant weakness, which
    were:"), or is a bare pointer ("These were:") after a sentence ending on one: its items are those weaknesses."""
    if previous and POINTS_BACK.match(text):
        return ends_on_weak_noun(previous.rstrip().rstrip("."))
    if "," not in text[-40:] or not might_name_weakness(text):
        return False
    pointer = NAMED_THEN_POINTER.search(text)
    return pointer is not None and ends_on_weak_noun(text[:pointer.start()])


def ends_on_weak_noun(text: str) -> bool:
    if not might_name_weakness(text):
        return False
    head = without_local_area(text).rstrip()
    named_by = NAMED_BY.search(head)
    head = head[:named_by.start()] if named_by else head
    nouns = list(WEAK_NOUN.finditer(head))
    return bool(nouns) and nouns[-1].end() == len(head) and not BARE_CONCERN.match(nouns[-1].group(0))


def names_responded(text: str, tail_words: int) -> bool:
    """The weaknesses named only as what something responds to, near the end: "The report addressed each of
    the four areas for improvement in turn:", "Progress against the areas of weakness is set out below:".
    The list may restate the findings or give the response: weaker than naming them."""
    if not might_name_weakness(text):
        return False
    plain = without_local_area(text)
    nouns = list(WEAK_NOUN.finditer(plain))
    return bool(nouns) and len(plain[nouns[-1].start():].split()) <= tail_words and not is_resolved(plain)


def has_source(text: str) -> bool:
    """An inspection or review of the area is named (inspections of single schools are not)."""
    for found in SOURCE.finditer(text):
        # A source word other than "inspect...", e.g. "report", never lies inside a school
        # inspection, so it survives the blanking below: the answer without blanking a long text.
        first = found.group(0)[0]
        if first.isascii() and first not in "iI":
            return True
    return bool(SOURCE.search(SCHOOL_INSPECTION.sub(blank, text)))


# The meeting's own discussion, whoever spoke: "During discussion, the following points were raised:",
# "In the debate that followed, these points were made:", "Points raised in discussion included:".
DISCUSSION = re.compile(
    r"^(?:during|in|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:discussion|debate)\b"
    r"|\b(?:points?|issues?|questions?|comments?)\s+(?:were\s+|was\s+)?(?:raised|made|asked)\s+"
    r"(?:in|during)\s+(?:the\s+)?(?:discussion|debate)\b"
    r"|\b(?:discussion|debate)\b[^.;:]{0,30}\b(?:points?|issues?|questions?)\s+(?:were\s+)?(?:raised|made)\b"
    # "In response to questions from Members, the following points were made:"
    r"|\b(?:questions?|comments?|queries)\s+(?:from|by)\s+(?:the\s+)?(?:members?|councillors?|the\s+committee)\b",
    re.IGNORECASE,
)


def is_debate(text: str) -> bool:
    """Members raising their own concerns, or the meeting's discussion, with no inspection named."""
    return bool(DEBATE.search(text) or DISCUSSION.search(text.strip())) and not has_source(text)


def is_resolved(text: str) -> bool:
    """Strengths named, or progress that put things right ("not made
    sufficient progress" does not). Callers pass the clause that names the
    list: "although there were strengths, they identified six weaknesses"
    lists weaknesses."""
    if STRENGTH.search(text):
        return True
    return any(not negated_before(text, m.start()) and not NEGATED_AFTER.match(text, m.end())
               for m in PUT_RIGHT.finditer(text))


def states_shortfall(text: str) -> bool:
    return bool(SHORTFALL.search(text))


def reads_as_finding(text: str) -> bool:
    """A paragraph that states a shortfall or what should change."""
    return states_shortfall(text) or bool(MODAL.search(text))


# The 2023 framework's middle outcome in other words: "children and young people often have varying experiences and
# ...", "... inconsistent experiences and outcomes": what all the findings add up to, not one of them ("inconsistent
# experiences of transition to adult services" names one).
OVERALL_OUTCOME = re.compile(
    r"\b(?:varying|variable|inconsistent|mixed|differing|different)\s+experiences(?:\s+and\s+outcomes)?"
    r"(?!\s+(?:of|in|at|with|when|during|for|from)\b)", re.IGNORECASE)


def is_progress_claim(text: str) -> bool:
    return bool(PROGRESS_CLAIM.search(text))


def is_response(text: str) -> bool:
    """An action or a remark about the WSoA itself, not a weakness."""
    return bool(ACTION_START.search(text.strip()) or META.search(text))


def no_progress_intro(text: str) -> re.Match | None:
    """A list intro that is a judgement of too little progress, ending near
    its colon: "The area has not made sufficient progress in addressing:"."""
    found = list(NO_PROGRESS.finditer(text))
    if not found or len(text[found[-1].end():].split()) > NO_PROGRESS_TAIL_WORDS:
        return None
    return found[-1]


# The other half of a verdict left elliptic after the first: "made sufficient progress in four of the six
# weaknesses, but not in two: ...", "..., though not yet in the remaining three:". Without a colon ("but not in
# the areas relating to X") the clause only recalls findings set out elsewhere.
# Prepositions that say what a verdict or a finding is about: "(progress) in relation to X", "relating to Y".
RELATION = r"(?:in\s+relation\s+to|relating\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding|concerning)"
# A judgement of enough progress, in the words a re-visit uses for the weaknesses it found put right
# ("made sufficient progress", "enough progress has been made"): ``verdict_split`` and ``lists`` read it.
PROGRESS_PUT_RIGHT = rf"\b{verdicts.PUT_RIGHT_AMOUNT}\s+progress\b"
# Enough progress judged, then its clause turned: "sufficient progress in four of the six, but " (the areas put right
# may be named in parentheses, set off by semicolons: "in three (A; B; and C) but not").
ENOUGH_PROGRESS_BUT = rf"\b{verdicts.PUT_RIGHT_AMOUNT}\s+progress\b(?:[^.;:(]|\([^()]*\))*?,?\s+(?:but|though|although|yet)\s+"
ELLIPTIC_NO_PROGRESS = re.compile(
    ENOUGH_PROGRESS_BUT + r"(?P<not>not)"
    r"(?:\s+yet)?(?=\s+(?:in|on|with|against)\s+[^.;:]{0,40}:"  # over its own list after a colon
    rf"|\s+{RELATION}\s)", re.IGNORECASE)  # ... or what it is about: "but not in relation to X, or Y"


# "sufficient progress (had been made) in ": the verdict up to what it is about.
SUFFICIENT_PROGRESS_IN = r"\bsufficient\s+progress\s+(?:(?:had|has|have)\s+been\s+made\s+)?(?:in|on|with|against)\s+"


# A re-visit's verdict over its own list, either way: "the area had made sufficient progress in improving:",
# "... in three of the six areas (...) but not in the remaining three, which were:". The weaknesses judged
# are all findings, with or without progress (a council's "good progress in:" over its own work is not).
VERDICT_OVER_LIST = re.compile(
    SUFFICIENT_PROGRESS_IN +
    r"(?:(?:improving|addressing|tackling|the\s+following(?:\s+areas)?)\s*)?:\s*$", re.IGNORECASE)


# A re-visit's verdict on a count of its weaknesses, the tail pointing to them: "sufficient progress had been made
# in four of the seven areas of significant weakness, these were as follows:-", "... in two of the areas, which
# were:", "... in three significant weaknesses, namely:"; or straight over them, counted as a part of the whole:
# "has made sufficient progress in addressing three of the five areas of significant weakness:". Those judged put
# right are findings too.
VERDICT_ON_COUNT = re.compile(
    SUFFICIENT_PROGRESS_IN + r"(?:(?:improving|addressing|tackling|resolving)\s+)?"
    r"(?:(?P<part>\w+\s+of\s+(?:the|its)\s+)?(?:\w+\s+)?(?:(?:areas?|weakness(?:es)?)(?:\s+(?:of|for)\s+(?:significant\s+)?"
    r"(?:weakness(?:es)?|improvement|concern))?|significant\s+weakness(?:es)?))\s*,?\s*(?:and\s+)?"
    r"(?:(?:these|they|which)\s+(?:were|are|being)(?:\s+as\s+follows)?\s*|namely\s*|(?(part)|(?!)))"
    r":\s*[-–]?\s*$", re.IGNORECASE)
# The elliptic half closing its sentence, a short pointer after it: "..., but not in the remaining five. These
# were:", "... though not yet in the other two. They are:" (see ``verdict_recalled``).
ELLIPTIC_CLOSES = re.compile(
    ENOUGH_PROGRESS_BUT + r"not(?:\s+yet)?\s+(?:in|on|with|against)\s+(?:the\s+)?(?:other\s+|remaining\s+)?\w+"
    r"(?:\s+(?:areas?|weakness(?:es)?|significant\s+weaknesses))?\s*\.?\s*$", re.IGNORECASE)


def verdict_over_list(text: str) -> bool:
    return bool(VERDICT_OVER_LIST.search(text) or ELLIPTIC_NO_PROGRESS.search(text) and text.rstrip().endswith(":")
                or VERDICT_ON_COUNT.search(text))


def verdict_recalled(previous: str, last: str) -> bool:
    """A short pointer ("These were:") right after a sentence closing on the elliptic verdict."""
    return bool(POINTS_BACK.match(last) and ELLIPTIC_CLOSES.search(previous))


def recalled_count(previous: str, last: str) -> int | None:
    """How many the recalled elliptic verdict speaks of ("but not in the remaining three. These were:" -> 3)."""
    if not POINTS_BACK.match(last):
        return None
    verdict = ELLIPTIC_NO_PROGRESS_CLOSING.search(previous)
    return elliptic_count(previous, verdict) if verdict else None


ELLIPTIC_NO_PROGRESS_CLOSING = re.compile(r"\b(?:but|though|although|yet)\s+not(?:\s+yet)?(?=\s+(?:in|on|with|against)\s+"
                                          r"(?:the\s+)?(?:other\s+|remaining\s+)?\w+(?:\s+\w+)?\s*\.?\s*$)",
                                          re.IGNORECASE)


# ("but not in the following three:": the count after "following", as after "other")
ELLIPTIC_COUNT = re.compile(r"\s+(?:in|on|with|against)\s+(?:the\s+)?(?:other\s+|remaining\s+|following\s+)?(\w+)\b")


def elliptic_count(text: str, judgement: re.Match) -> int | None:
    """How many the elliptic verdict speaks of ("but not in two:" -> 2), not the count before it."""
    count = ELLIPTIC_COUNT.match(text, judgement.end())
    word = count.group(1).lower() if count else ""
    return number(word) if word.isdigit() or word in NUMBER_WORDS else None


def elliptic_no_progress(text: str) -> re.Match | None:
    """"..., but not" after a judgement of enough progress that is not itself negated; the match ends at
    "not", before the preposition of what too little progress was made in."""
    match = ELLIPTIC_NO_PROGRESS.search(text)
    if match is None or negated_before(text, match.start()):
        return None
    return match


# "... sufficient progress had been made in two of the five areas, but that sufficient progress had not been made
# in addressing:": the areas put right counted as a part of the whole, before the judgement over the list.
PART_PUT_RIGHT = re.compile(rf"\bprogress\b[^.;:]{{0,40}}?\b(?:in|on|against|with)\s+({NUMBER})\s+(?:out\s+)?of\s+"
                            rf"(?:the|its|their|these)\s+({NUMBER})\b", re.IGNORECASE)


def progress_count(text: str) -> int | None:
    """"insufficient progress had been made in three, namely:" -> 3; "sufficient progress in two of the five areas,
    but not in addressing:" -> the other 3."""
    judgement = no_progress_intro(text)
    count = judgement and COUNT_AFTER_PROGRESS.search(text, judgement.end())
    part = judgement and not count and PART_PUT_RIGHT.search(text, 0, judgement.start())
    if part and not negated_before(text, part.start()) and number(part.group(2)) > number(part.group(1)):
        return number(part.group(2)) - number(part.group(1))
    if not count:
        # "... in two of the five (X; Y) but not in the other three, which were:" -> 3, the elliptic verdict's
        elliptic = text.rstrip().endswith(":") and ELLIPTIC_NO_PROGRESS.search(text)
        return elliptic_count(text, elliptic) if elliptic else None
    return number(count.group(1))


# "<anyone> was required to address:", "were asked to make improvements in four areas:": the
# intro says what must change, whoever the subject (MUST_ADDRESS wants the WSoA or a plan).
MUST_CHANGE = re.compile(
    r"\b(?:must|should|needs?\s+to|will\s+need\s+to|(?:is|was|are|were|been)\s+(?:required|asked|told|expected)\s+to)"
    r"\s+(?:(?:urgently|jointly|now)\s+)?(?:address|tackle|improve|make\s+improvements?\s+(?:in|to|on)"
    r"|(?:get|do)\s+better(?:\s+(?:at|in|on|with))?)\b[^.;:]{0,50}[:.]?\s*$"
    r"|\b(?:more|further)\s+work\s+(?:needs|needed|is\s+needed|is\s+required|was\s+needed)(?:\s+to\s+be\s+done)?\s*[:.]?\s*$"
    # "improvement was needed in the following:", "needed to improve in four areas."
    r"|\bimprovements?\s+(?:(?:is|was|are|were)\s+(?:still\s+)?|(?:had\s+been|has\s+been)\s+)?(?:needed|required)\s+"
    r"(?:in|to|on|across)\b[^.;:]{0,50}[:.]?\s*$"
    r"|\b(?:needs?|needed|required)\s+(?:to\s+improve|improvement)\s+(?:in|on|across)\b[^.;:]{0,50}[:.]?\s*$"
    # "the letter asks the partnership to make improvements in three areas.", "Inspectors asked the partnership
    # to address the following:", "The report asked us to do three things better.", "wants leaders to focus on:"
    r"|\b(?:asks?|asked|requires?|required|expects?|expected|tells?|told|wants?|wanted|urged?|urges|called\s+on)\s+"
    r"(?:[\w’'-]+\s+){0,4}?to\s+(?:urgently\s+|jointly\s+)?(?:make\s+improvements?\s+(?:in|to|on|across)\b"
    r"|improve\s+(?:in|on|across)\b|(?:address|tackle|focus\s+on|work\s+on)\s+(?:the\s+following|these|(?:\w+\s+)?(?:areas?|things|matters|issues|points|priorities))\b"
    r"|(?:do|get)\s+(?:[\w-]+\s+){0,2}?(?:things?\s+|areas?\s+)?better\b)[^.;:]{0,50}[:.]?\s*$"
    # the verb right over its list, however urged: "the Improvement Notice required the local area to address, as
    # a priority:", "... requires the council to tackle urgently:", "... directed the partnership to address:"
    r"|\b(?:asks?|asked|requires?|required|directs?|directed|expects?|expected|tells?|told)\s+(?:[\w’'-]+\s+){0,5}?"
    r"to\s+(?:urgently\s+|jointly\s+)?(?:address|tackle|improve)\s*,?(?:\s*(?:as\s+a\s+(?:matter\s+of\s+)?(?:priority|urgency)"
    r"|urgently|in\s+particular|as\s+a\s+minimum|among\s+other\s+things|within\s+\w+\s+months)\s*,?)?\s*:\s*[-–]?\s*$"
    # "the report asks leaders to improve:", "Ofsted told us we need to get better at:": the list says what
    r"|\b(?:asks?|asked|requires?|required|expects?|expected|tells?|told|wants?|wanted)\s+(?:[\w’'-]+\s+){0,5}?"
    # ("The report asks the partnership to focus on:", its list what to focus on)
    r"(?:to\s+improve|to\s+(?:focus|work)\s+on|to\s+(?:get|do)\s+better(?:\s+(?:at|in|on|with))?)\s*:\s*$"
    # "The things we need to work on are:", "Inspectors said we should focus on:", "Areas we need to develop further:"
    r"|\b(?:must|should|needs?\s+to|will\s+need\s+to)\s+(?:work\s+on|focus\s+on|develop(?:\s+further)?|"
    r"strengthen|do\s+more\s+(?:on|about))(?:\s+(?:are|were|is|was))?\s*:\s*$",
    re.IGNORECASE)

# What an inspection looks at, not what it found: "Inspections focus on:", "The inspection had
# focused on three key areas:" over "how effectively the local area identified ...".
INSPECTION_SCOPE = re.compile(
    r"\b(?:inspections?|inspectors?|framework|ofsted\s+and\s+(?:the\s+)?cqc)\b[^.;:]{0,40}?"
    r"\b(?:focus\w*|concentrat\w*|look(?:s|ed)?\s+at|consider\w*|evaluat\w*|assess\w*|will\s+judge|judges)\b"
    r"(?!.*\b(?:weakness|concern|improv|insufficient)\w*)[^.;]{0,60}$"
    # whom the inspectors met or heard, and where they went: "inspectors met:", "Inspectors spoke with:"
    r"|\b(?:inspectors?|inspection\s+team|they)\s+(?:also\s+)?(?:met|meet|spoke\s+(?:to|with)|talked\s+(?:to|with)"
    r"|heard\s+from|visited|gathered\s+(?:the\s+)?views\s+of|sampled|reviewed\s+case\s+files)\b[^.;:]{0,40}:?\s*$",
    re.IGNORECASE)
SCOPE_ITEM = re.compile(
    r"^(?:how\s+(?:effectively|well)\b|the\s+effectiveness\s+of\s+the\s+local\s+area\s+in\s+\w+ing\b|"
    r"how\s+(?:needs|the\s+local\s+area)\b|"
    r"what\s+is\s+in\s+place\b)",
    re.IGNORECASE)


def asks_for_change(text: str) -> bool:
    """The intro's end says what must be addressed or improved."""
    tail = " ".join(text.split()[-12:])
    return bool(MUST_ADDRESS.search(tail) or IMPROVEMENTS_NEEDED.search(tail) or MUST_CHANGE.search(tail)
                or judged.WHO_SHOULD.search(tail))


def is_scope(text: str) -> bool:
    return bool(INSPECTION_SCOPE.search(text))


def is_scope_item(text: str) -> bool:
    return bool(SCOPE_ITEM.match(text.strip()))


# A short intro that names its items only by pointing back: "1.2 The four areas were:", "These were:".
POINTS_BACK = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:these|they|those|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:areas?|weakness(?:es)?|concerns?|findings|issues|priorities))"
    r"(?:\s+(?:identified|found|named|raised|highlighted))?\s+(?:were|are|was|is|included|include)"
    r"(?:\s+as\s+follows)?\s*:\s*[-–]?$",
    re.IGNORECASE)


# "Areas for focus were summarised": an inspection's feedback may name its findings so, but a plan's
# "key areas of focus" are its actions; weaker than the nouns of ``WEAK_NOUN``.
AREAS_OF_FOCUS = re.compile(r"\bareas?\s+(?:of|for)\s+(?:particular\s+|further\s+)?focus\b", re.IGNORECASE)

# "parents were unhappy with X; Y and Z": whom the finding is about, then what they are unhappy with.
DISSATISFIED_WITH = re.compile(
    r"^[\w\s’',/-]{0,60}?\b(?:were|was|are|is|felt|feel)\s+(?:\w+\s+)?"
    r"(?:unhappy|dissatisfied|concerned|frustrated|worried|not\s+happy|not\s+satisfied)\s+(?:with|about|by|at)\s+",
    re.IGNORECASE)

# A sentence that judges provision on its own: "Waits for assessment remain too long", "The quality
# of plans is too variable", "Families do not know where to find help", "a lack of".
JUDGES_PROVISION = re.compile(
    r"\b(?:remains?|is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|often\s+|sometimes\s+)?"
    r"(?:too\s+\w+|not\s+(?:yet\s+|always\s+|sufficiently\s+|consistently\s+)?(?:good|timely|effective|consistent|"
    r"clear|strong|robust|accurate|well|sufficient|fit)\w*|poor|weak|inadequate|variable|inconsistent|"
    r"insufficient|unclear|limited|unacceptabl\w+|underdeveloped|under-developed|slow|late|low)\b"
    r"|\b(?:wait|waits|waited)\s+too\s+long\b"
    # "are not always identified", "is not routinely shared": what is not done
    r"|\b(?:is|are|was|were)\s+(?:not|rarely|seldom)\s+(?:yet\s+|always\s+|consistently\s+|routinely\s+|"
    r"sufficiently\s+|well\s+|systematically\s+)?(?!(?:required|needed|expected|allowed|permitted|entitled)\b)[a-z]+ed\b"
    r"|\b(?:do|does|did)\s+not\s+(?:yet\s+|always\s+|consistently\s+)?(?:have|receive|get|know|understand|meet|reflect)\b"
    r"|\b(?:a|the)\s+lack\s+of\b|\btoo\s+(?:many|few|long|slow|often|late)\b",
    re.IGNORECASE)
SPEECH = re.compile(r"[“”\"]|\bsaid\b|\bsays\b|:\s*$", re.IGNORECASE)
COUNCIL_VOICE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
FINDINGS_BEFORE = re.compile(
    rf"\b(?:ofsted|cqc|inspectors?|inspection|report|letter|review)\b[^.]{{0,60}}\b{REPORTING_VERB}\b"
    r"|\bwhat\s+(?:needs|needed)\s+to\s+(?:improve|change|get\s+better)\b",
    re.IGNORECASE)

NARRATION = re.compile(
    rf"\b(?:ofsted|cqc|inspectors?|inspection|report|letter|review|re-?visit)\b[^.;:]{{0,40}}\b{REPORTING_VERB}\b",
    re.IGNORECASE)


def narrates_inspection(text: str) -> bool:
    """The item tells what the inspection did ("the inspection identified failings that ...")."""
    return bool(NARRATION.search(text))

# The parts of the council's own plan or strategy ("seven focused areas of work in the strategy,
# as follows:"), even when they answer an inspection.
PLAN_PARTS = re.compile(
    # (not findings filed under them: "They are listed below under the workstream of the plan that responds to each")
    r"(?<!\bunder\s)(?<!\bunder\sthe\s)(?<!\bunder\seach\s)(?<!\bby\s)\b(?:areas?\s+of\s+work|strands?|workstreams?|work\s+streams?|themes|pillars|priorities)\b[^.:;]{0,60}?"
    r"\b(?:in|of|within)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:strategy|plan|programme)\b",
    re.IGNORECASE)
