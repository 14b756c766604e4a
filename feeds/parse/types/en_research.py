"""English words of research writing and of talks chosen by a meeting (used by :mod:`.en`).

A post that summarises a paper leads with its abstract, whose words are no news verbs:
"present" there is an adjective or an adverb ("the present study", "at present",
"present-day methods", "enzymes present in the sample"), and a work that says what it does
("this work presents a method", "Here, we present a pipeline") is a paper's own words, not
a talk. A talk chosen by a meeting is a talk, not an honour or an accepted paper.
"""

# "present" as a verb (a person presents: a talk), not as an adjective or adverb; "was
# present at X" is being there, not speaking
PRESENT = (
    r"present(?<!\bthe present)(?<!\bthis present)(?<!\bat present)(?<!\bis present)"
    r"(?<!\bare present)(?<!\bwas present)(?<!\bwere present)(?<!\bbe present)"
    r"(?<!\bbeen present)(?![-\u2010\u2011]\w)"
    r"(?!(?<=s present) (?:in|within|among|across|throughout)\b)"  # "genes present in X"
)

# "selected to deliver the X Lecture": chosen to give it, a talk (not "to receive a prize")
CHOSEN_TO_TALK = (
    r"(?:(?:be|been|being|is|are|was|were) )?(?:selected|chosen|invited) to (?:deliver"
    r"|give|present)(?! (?:an? |the )?(?:[\w-]+ )?(?:awards?|prizes?)\b)"
)

# a biomedical meeting's talk chosen from the abstracts: "selected for an oral platform
# presentation at AAN", "chosen for a platform talk at ASHG" (not an oral paper)
PLATFORM_TALK = (
    r"(?:selected|chosen|invited|accepted) (?:for|as) (?:an? |the )?(?:oral )?platform"
    r" (?:oral )?(?:presentations?|talks?)"
)

# leading a session, as moderating a panel: "facilitated a session on X at the Y Workshop"
FACILITATED = (
    r"facilitat(?:ed|ing|es?) (?:an? |the |two |three |several )?(?:[\w'’-]+ ){0,3}?"
    r"(?:sessions?|workshops?|discussions?|panels?|round[- ]?tables?|breakouts?)"
)

# a work that says what it does is a paper: "Our new bioRxiv preprint presents a cell
# atlas", "this work presents a method", "our results present a model"
WORK_SAYS = (
    r"(?:this|our|the|my|a|an) (?:(?!at |to |for |with |by )[\w-]+ ){0,3}?(?:paper"
    r"|pre-?print|work|study|article|chapter|review|thesis|dissertation|manuscript"
    r"|monograph|contribution|results|findings) (?:also |further |thus |therefore |here "
    r"|now )?(?:present|introduce|propose|describe|report|develop|demonstrate)s?"
)

# what an abstract says of its paper: "Here, we present a pipeline for X"
HERE_WE = r"here,? (?:we|i) (?:present|introduce|propose|describe|report|develop)"

# posted to a preprint server: "paper submitted to bioRxiv" (to a journal: not yet a paper)
TO_PREPRINT_SERVER = (
    r"(?:re)?submitted (?:it )?to\s+(?:the )?(?:arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv"
    r"|socarxiv|edarxiv|eartharxiv|osf preprints|ssrn|research square|preprints\.org)"
)
