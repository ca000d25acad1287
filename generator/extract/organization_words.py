"""The words the organization extractor reads names by: heads, generic words, and what is not an organization."""

from __future__ import annotations

from generator.extract.people import TITLE_WORDS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS

# Words that end an organization's name, or head it before "of"/"for"/"on".
HEADS = frozenset(
    [
        "Ministry",
        "Headquarters",
        "Church",
        "Patriarchate",
        "Programme",
        "Program",
        "Mission",
        "Ballet",
        "Museum",
        "Agency",
        "Service",
        "Party",
        "Council",
        "Bank",
        "Group",
        "Institute",
        "Foundation",
        "Committee",
        "Commission",
        "Office",
        "Corporation",
        "Company",
        "University",
        "Center",
        "Centre",
        "Fund",
        "Union",
        "Organization",
        "Organisation",
        "Association",
        "Network",
        "Court",
        "Parliament",
        "Assembly",
        "Administration",
        "Bureau",
        "Directorate",
        "Department",
        "Inc",
        "Ltd",
        "LLC",
        "Corp",
        "Industries",
        "Aerospace",
        "Airlines",
        "Agency",
        "Academy",
        "School",
        "Federation",
        "Alliance",
        "Coalition",
        "Consortium",
        "Movement",
        "Initiative",
        "Watch",
        "Monitor",
        "Team",
        "Project",
        "Society",
        "Club",
        "Forum",
        "Cabinet",
        "Duma",
        "Rada",
        "Senate",
        "Congress",
        "Tribunal",
        "Prosecutor",
        "Television",
        "Radio",
        "News",
        "Times",
        "Post",
        "Journal",
        "Telegraph",
        "Gazette",
        "Herald",
        "Tribune",
        "Press",
        "Media",
    ]
)
# "Post" heads an outlet's name ("Kyiv Post"), not a position's: "the Main Command Post", "an Observation Post"
POSITION_POSTS = frozenset({"Command", "Observation", "Border", "Guard", "Firing", "Forward", "Trading", "Listening"})
# Words that say what an organization does without saying whose it is: alone they name nothing.
GENERIC = frozenset(
    [
        "West",
        "East",
        "North",
        "South",
        "Defence",
        "Defense",
        "Foreign",
        "Interior",
        "Security",
        "National",
        "State",
        "Federal",
        "Emergency",
        "Emergencies",
        "Intelligence",
        "Justice",
        "Finance",
        "Health",
        "Economy",
        "Economic",
        "Central",
        "General",
        "Public",
        "International",
        "Affairs",
        "Military",
        "Armed",
        "Energy",
        "Strategic",
        "Special",
        "Main",
        "Prosecutor",
        "Supreme",
        "High",
        "European",
        "The",
        "Situation",
        "Operations",
        "Research",
        "Policy",
        "Studies",
        "Development",
        "Human",
        "Rights",
        "Information",
        "Communications",
        "Press",
        "Oval",
    ]
)
# Units and areas have patterns of their own.
NOT_ORGANIZATION = frozenset(
    [
        "Brigade",
        "Brigades",
        "Regiment",
        "Battalion",
        "Division",
        "Corps",
        "Army",
        "Fleet",
        "Forces",
        "Guard",
        "Oblast",
        "Region",
        "Raion",
        "District",
        "Province",
        "River",
        "Sea",
        "Street",
        "Square",
        "Bridge",
        "Airport",
        "Station",
        "Plant",
        "Line",
    ]
)
QUALIFIERS = frozenset(
    ["US", "U.S.", "UK", "U.K.", "EU", "UN", "U.N."]
)  # "US Department of Defense": a place and an org
MONTHS = frozenset([*MONTH_ABBREVIATIONS, *MONTH_NAMES, *WEEKDAYS])
LEADING = SENTENCE_WORDS  # one vocabulary with the people heuristic's openers
# what kind of body it is, before its name: "the NGO Anti-Corruption Action Centre"
DESCRIPTORS = frozenset(["NGO", "NGOs"])

# Heads of state bodies: a demonym before them says whose they are ("Russian Ministry of Defence").
GOVERNMENT_HEADS = frozenset(
    [
        "Ministry",
        "Council",
        "Committee",
        "Commission",
        "Service",
        "Agency",
        "Office",
        "Department",
        "Directorate",
        "Bureau",
        "Parliament",
        "Assembly",
        "Court",
        "Prosecutor",
        "Administration",
        "Cabinet",
        "Embassy",
    ]
)

# Offices held by people, before or after an organization's name: "CEO of Kovalska Group", "Gazprom CEO".
OFFICES = TITLE_WORDS | {"CEO", "Chairman", "Chairwoman", "Founder", "Co-founder", "Members", "Member"}
# Legal forms after a company's name: "Rheinmetall AG" is Rheinmetall.
LEGAL_FORMS = frozenset(
    [*("AG", "SA", "SE", "NV", "PJSC", "JSC", "OJSC", "PAO", "AO", "plc", "PLC", "Ltd", "Inc", "Corp"), "Corporation"]
    + ["Co", "Company", "GmbH", "LLC", "Group", "Holding", "Holdings"]
)
