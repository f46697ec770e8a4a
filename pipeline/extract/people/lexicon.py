"""Word lists for reading people out of council papers.

Kept apart from the logic so the rules read as rules. The lists describe how
English councils write in general (titles, job words, organisation words),
never one council's own names.
"""

from __future__ import annotations

# Titles written before a name. Scoring drops the same ones (GUIDELINES.md).
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "sir", "dame", "prof", "professor",
    "rev", "revd", "reverend", "canon", "lord", "lady", "baroness",
    # clergy's titles: a church's co-opted representative, "Father Declan Bloggs"
    "father", "fr", "rabbi", "imam",
}
# Honorifics that say the person is an elected member.
MEMBER_HONORIFICS = {"cllr", "councillor"}
POSTNOMINALS = {"cbe", "obe", "mbe", "kc", "qc", "cc", "jp", "dl", "phd", "frcp", "frcpch"}

# Words that open or carry a job title. A capitalised word from this list is
# never part of a personal name in council papers ("Corporate Director",
# "Cabinet Member", "Head of Service").
ROLE_WORDS = {
    # police ranks before a name: "Superintendent Jo Bloggs", "Detective Inspector Sam Stone"
    "superintendent", "detective",
    "director", "directors", "directorate", "member", "members", "cabinet", "officer", "officers", "manager",
    "managers", "head", "heads", "chief", "executive", "leader", "chair", "chairman", "chairwoman",
    "chairperson", "vice", "vice-chair", "vice-chairman", "co-chair", "deputy", "assistant", "corporate",
    "interim", "acting", "lead", "leads", "senior", "principal", "strategic", "service", "services",
    "team", "programme", "project", "partner", "consultant", "adviser", "advisor", "analyst",
    "accountant", "counsel", "clerk", "secretary", "minister", "commissioner", "inspector", "inspectors",
    "governor", "headteacher", "teacher", "councillor", "councillors", "cllr", "cllrs", "mayor",
    "portfolio", "holder", "spokesperson", "coordinator", "co-ordinator", "administrator", "solicitor",
    "lawyer", "psychologist", "practitioner", "nurse", "worker", "specialist", "champion", "champions",
    "responsible", "commanding", "accountable", "substitute", "leaders",
    "representative", "ambassador", "author", "authors", "advocate", "designated", "clinical", "medical",
    "monitoring", "scrutiny", "democratic", "governance", "business", "operations", "operational",
    "commissioning", "commissioner's", "general", "secretary's", "president", "chancellor", "mp", "mps",
    "lieutenant", "sheriff", "speaker", "trustee", "trustees", "panel", "board", "committee", "sub-committee",
    "alderman", "alderwoman", "aldermen", "honorary", "freeman", "freemen", "associate", "co-headteacher",
    "co-head", "senco",
    # clinical professions ("Consultant Child and Adolescent Psychiatrist", "Speech and Language Therapist")
    "psychiatrist", "paediatrician", "pediatrician", "therapist", "physiotherapist", "psychotherapist",
    "pharmacist", "dietitian", "audiologist", "clinician", "physician", "surgeon", "midwife", "optometrist",
}

# Capitalised words of organisations, places, documents and topics that are
# not personal names.
ORG_WORDS = {
    # a people table's column headings ("Name Role Organisation") and regions ("the Black Country")
    "organisation", "organisations", "organization", "organizations", "role", "roles", "country",
    "council", "councils", "constabulary", "healthwatch", "county", "borough", "city", "district", "parish", "town", "authority",
    "authorities", "department", "agency", "trust", "trusts", "nhs", "health", "care", "social", "education",
    "educational", "children", "child", "young", "people", "families", "family", "adult", "adults", "public",
    "learning", "lifelong", "skills", "needs", "special", "disabilities", "disability", "disabled", "inclusion",
    "improvement", "plan", "plans", "strategy", "report", "reports", "statement", "action", "actions", "written",
    "local", "area", "areas", "inspection", "ofsted", "quality", "commission", "government", "school", "schools",
    "academy", "academies", "college", "university", "hospital", "centre", "center", "street", "road", "house",
    "hall", "room", "chamber", "finance", "financial", "budget", "policy", "planning", "performance",
    "assurance", "safeguarding", "support", "transport", "environment", "growth", "economic", "economy",
    "development", "housing", "communities", "community", "legal", "resources", "integrated", "transformation",
    "mental", "national", "regional", "annual", "review", "update", "meeting", "meetings", "minute", "minutes",
    "agenda", "item", "items", "appendix", "decision", "decisions", "recommendation", "recommendations",
    "summary", "background", "documents", "document", "contact", "details", "email", "e-mail", "telephone",
    "tel", "phone", "mobile", "classification", "unrestricted", "subject", "date", "venue", "purpose",
    "group", "groups", "partnership", "partnerships", "forum", "network", "association", "alliance",
    "office", "unit", "division", "sector", "system", "systems", "provision", "pupils", "pupil", "students",
    "parents", "parent", "carers", "carer", "voice", "offer", "hub", "hubs", "fund", "grant", "scheme",
    "programme's", "pathway", "assessment", "assessments", "equality", "equalities", "impact", "risk", "risks",
    "audit", "accounts", "treasury", "capital", "revenue", "contract", "contracts", "procurement", "property",
    "highways", "waste", "minerals", "libraries", "registration", "archives", "culture", "sport", "leisure",
    "tourism", "justice", "youth", "early", "years", "primary", "secondary", "nursery", "infant", "junior",
    "foundation", "institute", "society", "limited", "unlimited", "ltd", "charity", "cic", "inc", "plc",
    "llp", "company", "companies", "act",
    "regulations", "constitution", "order", "orders", "notice", "letter", "framework", "standards", "standard",
    "outcomes", "outcome", "progress", "priority", "priorities", "objective", "objectives", "target",
    "targets", "data", "information", "communications", "digital", "technology", "technologies",
    "accelerated", "stocktake", "revisit", "re-visit", "visit", "week", "day", "month", "year", "quarter",
    "terms", "reference", "section", "part", "page", "table", "figure", "chart", "annex", "schedule",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
    "lower", "greater", "mid", "new", "united", "kingdom", "england", "english", "britain", "british", "wales",
    "welsh", "scotland", "ireland", "european", "international", "county's", "council's", "region",
    "clinical", "commissioning", "integrated", "icb", "ccg", "sendiass", "send", "sen", "ehcp", "ehcps",
    "therapy", "therapies", "language", "speech", "autism", "adhd", "camhs", "wellbeing", "well-being",
    "welfare", "protection", "looked", "leavers", "leaver", "fostering", "adoption", "virtual", "residential",
    "placements", "placement", "transition", "preparing", "adulthood", "employment", "training", "apprenticeships",
    "apprenticeship", "participation", "engagement", "co-production", "consultation", "response", "responses",
    "feedback", "survey", "questions", "question", "answers", "answer", "motion", "motions", "petition",
    "declarations", "declaration", "interest", "interests", "apologies", "absence", "substitutes", "attendance",
    "present", "resolved", "agreed", "noted", "approved", "exempt", "confidential", "restricted", "private",
    "key", "non-key", "delegated", "powers", "officer's", "proposed", "draft", "final", "version", "new",
    "annual", "quarterly", "monthly", "interim", "revised", "updated", "joint", "full", "extraordinary",
    "ordinary", "special", "additional", "further", "other", "various", "total", "overall", "general",
    "white", "paper", "green", "devolution", "reorganisation", "select", "overview", "task", "finish",
    "working", "steering", "partnership's", "charter", "covenant", "armed", "forces", "police", "fire",
    "rescue", "ambulance", "gp", "gps", "practice", "practices", "surgery", "clinic", "services'", "crown",
    "court", "high", "supreme", "tribunal", "house", "lords", "commons", "parliament", "parliamentary",
    "ministry", "dfe", "dhsc", "cqc", "lga", "ccn", "secretary-of-state", "state", "cabinet's", "team's",
    "online", "website", "web", "page", "link", "pdf", "kb", "mb", "icon", "view", "directions", "no",
    "yes", "n/a", "none", "nil", "note", "notes", "cost", "costs", "spend", "savings", "pressures",
    "monitoring", "forecast", "variance", "position", "q1", "q2", "q3", "q4", "april", "january", "february",
    "march", "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "christmas", "easter", "autumn", "spring", "summer", "winter",
    "strengthening", "independence", "independent", "countywide", "county-wide", "citywide", "borough-wide",
    "adults'", "children's", "people's", "directorate's", "operational", "delivery", "recovery", "reform",
    "reforms", "review's", "inclusive", "alternative", "sufficiency", "specialist", "therapeutic",
    "psychology", "psychological", "medicine", "nursing", "dental", "physical", "occupational", "sensory",
    "hearing", "visual", "impairment", "impairments", "complex", "profound", "severe", "moderate",
    "difficulties", "difficulty", "behaviour", "emotional", "attendance", "exclusion", "exclusions",
    "elective", "home", "tuition", "medical", "transport", "travel", "route", "routes", "bus", "buses", "rail",
    "airport", "port", "park", "parks", "gardens", "library", "museum", "church", "cathedral", "chapel",
    "castle", "bridge", "square", "lane", "avenue", "way", "close", "drive", "place", "court", "building",
    "buildings", "campus", "site", "sites", "estate", "centre's", "award", "awards", "week's", "day's",
    # votes recorded in minutes
    "against", "abstain", "abstained", "abstention", "abstentions", "seconded", "seconder", "proposer",
    "carried", "lost", "amendment", "amendments", "substantive", "recorded", "vote", "votes",
    "royal", "job", "title", "row", "ref", "band", "regiment", "squadron", "army", "navy", "force",
    "forces", "military", "veterans", "cadets", "legion",
    # places and things
    "bay", "quarry", "lodge", "valley", "downs", "creek", "wharf", "farm", "farms", "gateway", "harbour",
    "beach", "island", "isle", "quay", "income", "guidance", "bulletin", "maintenance", "count", "measures",
    "accommodation", "number", "backlogs", "cloud", "works", "programmes", "projects", "initiative",
    "campaign", "festival", "conference", "event", "events", "signature", "signed", "type", "reasons",
    "operation", "boroughs", "districts", "counties", "cities", "towns", "villages", "village",
    # streets and transport works, as transport committees name them
    "roundabout", "junction", "interchange", "viaduct", "tunnel", "corridor", "bridges", "crossing", "station",
    "terminal", "depot", "asylum", "seekers", "refugees", "display",
    # the countryside's places
    "common", "commons", "spur", "slopes", "gorge", "moor", "moors", "meadows", "heathland", "woodland", "woods",
    "fields", "levels", "vale", "hills", "cliffs", "marshes", "homes", "suite", "pledge",
    # building works, as planning items name them
    "extension", "conversion", "refurbishment", "demolition", "erection", "alterations", "garage", "conservatory",
    "phase", "phases", "stage", "scheme's",
}

# Military ranks written before a name ("Lt Col Hugh Fairbrass"): titles, not
# part of the name, and a sign the person is not council staff.
RANKS = {
    "lt", "col", "maj", "capt", "brig", "cdr", "sqn", "ldr", "wg", "flt", "sgt", "cpl", "gen", "lt-col",
    "maj-gen", "lt-gen", "brigadier", "colonel", "major", "captain", "commodore", "admiral", "commander",
    "general", "lieutenant", "sergeant", "corporal", "retd",
    # police ranks as abbreviated before a name: "Det Ch Supt Jo Bloggs", "Insp Sam Okafor", "DCI Ann Bell"
    "det", "ch", "supt", "insp", "dci",
}

# Function words that start sentences and headings; stripped from the front
# of a run of capitalised words ("The Leader", "In May", "Following Sarah").
LEADING_STOPWORDS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "by", "for", "from",
    "to", "of", "and", "or", "but", "if", "as", "all", "any", "each", "every", "our", "we", "us", "you",
    "your", "they", "their", "he", "she", "his", "her", "i", "my", "there", "here", "what", "when", "where",
    "which", "who", "why", "how", "with", "without", "after", "before", "following", "during", "since",
    "until", "while", "whilst", "although", "however", "therefore", "also", "further", "furthermore",
    "additionally", "moreover", "meanwhile", "then", "thanks", "thank", "dear", "hello", "hi", "welcome",
    "congratulations", "both", "some", "many", "most", "more", "other", "another", "such", "no", "not", "yes",
    "should", "would", "could", "may", "might", "must", "will", "shall", "can", "do", "does", "did", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "please", "see", "read", "update", "updates",
    "presented", "introduced", "chaired", "supported", "led", "signed", "approved", "agreed", "noted",
    "attending", "present", "apologies", "minutes", "report", "item", "contact", "email", "tel", "telephone",
    "confirming", "responding", "replying", "answering", "explaining", "asked", "questioned", "queried",
    "mr", "mrs", "ms",  # honorifics are read by their own rule
    "madam", "sir", "lord", "lady",
}

# Words of the lists above that are also common surnames: allowed as the
# last word of a name ("Ruth Head", "Alison Young", "Sarah Hall"), never
# before it.
SURNAME_WORDS = {
    "head", "young", "green", "hall", "park", "house", "lane", "bridge", "close", "way", "church", "castle",
    "home", "day", "winter", "summer", "spring", "key", "court", "white", "west",
    "wood", "hill", "brook", "street", "page", "law", "mason", "bishop", "dean", "king", "hope", "best",
    "chambers", "price", "story", "field", "rose", "moss", "marsh", "lord", "early", "forest", "burn",
    "bell", "gates", "hunt", "banks", "cross", "grant", "fisher", "lea", "pool", "freeman", "lodge",
}

# Pronouns, articles, conjunctions and prepositions: never inside a name,
# where other leading words may be ("Kate Most").
FUNCTION_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "by", "for", "from",
    "to", "of", "and", "or", "but", "if", "as", "all", "any", "each", "every", "our", "we", "us", "you",
    "your", "they", "their", "he", "she", "his", "her", "i", "my", "there", "here", "what", "when", "where",
    "which", "who", "why", "how", "with", "without", "after", "before", "during", "since", "until", "while",
    "whilst", "although", "however", "therefore", "also", "then", "both", "some", "no", "not", "yes", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "should", "would", "could", "might", "must",
    "shall", "can", "do", "does", "did", "will", "please", "see", "note",
}

# Given names that are also everyday words ("Mark", "Sue"): a name may open
# with one even when the word appears in lower case in the document.
GIVEN_NAMES_ALSO_WORDS = {
    "mark", "will", "bill", "rose", "grace", "hope", "joy", "dawn", "faith", "frank", "rich", "sue", "rob",
    "pat", "dean", "guy", "amber", "holly", "ruby", "jack", "gene", "don", "ray", "victor", "heather",
    "iris", "olive", "summer", "sky", "robin", "jay", "drew", "chase", "max", "sandy", "kit", "bob",
    "harry", "carol", "penny", "ivy", "may", "june", "april", "august", "miles", "nick", "neil", "lesley",
}

# Given names that end like adverbs ("Directly Elected"): a name may open with one.
GIVEN_NAMES_ENDING_LY = {
    "ally", "ashly", "beverly", "billy", "bradly", "carly", "charly", "dolly", "elly", "emily", "holly", "kelly",
    "kimberly", "lilly", "lily", "marly", "milly", "molly", "olly", "polly", "sally", "shelly", "shirley", "stanley",
    "tilly", "wally",
}
# Given names with an adjective's ending (-ous, -ful, -less, ...): "Precious Bloggs".
GIVEN_NAMES_LIKE_ADJECTIVES = {"precious"}

# Months that are also given names or surnames: never a name's first word,
# but allowed later ("Colin May").
NAME_LIKE_MONTHS = {"may", "june", "august", "april"}

# Verbs of reporting that follow a person's name in minutes ("Gareth Tulliver
# said", "Helen Marchbank explained").
REPORTING_VERBS = {
    "said", "says", "explained", "confirmed", "advised", "noted", "reported", "added", "stated",
    "highlighted", "introduced", "presented", "outlined", "thanked", "queried", "asked", "responded",
    "commented", "agreed", "informed", "clarified", "welcomed", "expressed", "emphasised", "emphasized",
    "replied", "answered", "suggested", "acknowledged", "assured", "provided", "gave", "spoke", "updated",
    "raised", "questioned", "sought", "proposed", "seconded", "moved", "referred", "undertook", "offered",
    "agreed", "felt", "considered", "believed", "indicated", "summarised", "summarized", "mentioned",
    "continued", "concluded", "shared", "wrote", "writes", "attended", "chaired", "led", "welcomes",
    "re-emphasised", "elaborated", "detailed", "paid", "expressed", "declared", "left", "joined", "who",
}

# Labels after which a person is named in reports and minutes: "Contact:",
# "Report Author:", "Ask for:", "Implications verified by:", "From:".
FIELD_LABEL_WORDS = {
    "contact", "contacts", "author", "authors", "officer", "officers", "director", "directors", "name",
    "member", "members", "chair", "chairman", "clerk", "holder", "lead", "head", "manager", "presenter",
    "presenters", "witness", "witnesses", "councillor", "councillors", "executive", "leader", "attendees",
    "speaker", "speakers", "adviser", "advisor", "advisers", "advisors", "owner", "signatory", "signed",
    "proposer", "seconder", "mover", "sponsor", "person", "representative", "representatives", "observer",
    "observers", "consulted",  # "Finance Officer Consulted:", "Lawyer Consulted:" in a report's implications
}

# Headings that open a list of people at a meeting, and the kind each list
# implies when nothing else is said about a person in it.
ATTENDANCE_LABELS = {
    "present": "member",
    "members present": "member",
    "committee members present": "member",
    "councillors present": "member",
    "councillors": "member",
    "members": "member",
    "also present": None,
    "also in attendance": None,
    "also attending": None,
    "other attendees": None,
    "in attendance": "officer",
    "in attendance virtually": "officer",
    "officers in attendance": "officer",
    "officers present": "officer",
    "officers": "officer",
    "apologies": "member",
    "apologies for absence": "member",
    "witnesses": None,
    "attendees": None,
    "membership": "member",
    "members of the public": "other",
    "public": "other",
    "visitors": "other",
    "guests": "other",
    "co-opted members": "other",
    "independent members": "other",
}

# Words that follow a place's name ("Westshire County Council", "Ashvale District",
# "Millbrook Grammar School"): the word before one is a place in that document.
PLACE_SUFFIXES = {
    "council", "county", "borough", "city", "district", "parish", "town", "nhs", "police", "university",
    "college", "school", "schools", "academy", "hospital", "primary", "grammar", "infant", "junior",
    "secondary", "cathedral", "airport", "station", "harbour", "quarry", "bay", "valley", "downs", "road",
    "street", "bc", "dc", "cc", "icb", "ccg",
}

# Words of political parties' names, as a members list labels its lines
# ("LABOUR: ...", "Liberal Democrat Group:", "Independent -").
PARTY_WORDS = {
    "labour", "conservative", "conservatives", "liberal", "democrat", "democrats", "lib", "dem", "dems", "green",
    "greens", "independent", "independents", "reform", "plaid", "cymru", "snp", "ukip", "residents",
    "residents'", "co-operative", "cooperative", "alliance", "socialist", "workers", "unionist", "coalition",
}
