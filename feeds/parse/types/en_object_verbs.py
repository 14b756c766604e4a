"""English verbs whose object or subject says the type ("gave a talk", "our workshop was
accepted"), of the type tables (used by :mod:`.en`)."""

# Verbs whose object says the type ("gave a talk", "gave an interview"); else this type.
OBJECT_VERBS = {
    "talk": (r"g(?:ave|ive|ives|iving|iven)",),
    # what is co-authored says it ("an op-ed": news); else a paper ("a study of …")
    "paper": (r"co-?author(?:ed|ing)",),
    # a paper, code, a game… ("announce", "have": what follows them says it, or a later verb)
    "news": (
        r"releas(?:ed|e|es|ing)",
        r"posted",
        r"uploaded",
        r"announc(?:e|es|ed|ing)",
        r"ha(?:ve|s|d)(?= (?:an?|two|three|four|several|\d+) )",  # "I have a talk at X"
        # what one gives: "taught a workshop" is a talk, "taught a course" news (see GIVING)
        r"taught",
        r"teach(?:es|ing)?",
        r"r(?:an|un|uns|unning)",
        r"le(?:d|ad|ads|ading)",
        r"conduct(?:ed|ing|s)?",
        r"(?:ha(?:ve|s|d) (?:also |now |already )?done|did|doing)",
        # "I'll be holding two orals": what is held says it ("held" often describes a noun)
        r"hold(?:s|ing)?",
        # what is obtained says it: "obtained my PhD" (a position), "obtained a grant"; an
        # abstract's "we obtained networks of …", "results obtained through X" say nothing
        r"obtained",
    ),
    "award": (
        r"receiv(?:ed|e|es|ing)",
        r"got(?! (?:invited|asked) )",
        r"earn(?:ed|s)?",
        r"secur(?:ed|es)",
    ),
    "service": (r"serv(?:ed|e|es|ing)", r"appointed"),
    # "started to act as a reviewer for X": the role says it, not "started"
    "position": (
        r"(?:start(?:ed|ing|s)?|beg(?:an|in|ins|un)) (?:to (?:act|serve|work)|acting|serving"
        r"|working) as",
        r"act(?:s|ed|ing)? as",  # "act as a Research Associate", "acted as a reviewer": service
    ),
}

# Verbs whose subject says the type ("our workshop was accepted"); else this type.
SUBJECT_VERBS = {
    "paper": (
        r"accepted",
        r"acc(?:pe|ep)?ted",  # the usual misspellings: "accpeted", "accepted"
        r"g(?:ot|et|ets|etting) accepted",
        r"publish(?:ed|es|ing)?",  # "managed to publish 5 papers", "published an op-ed": news
        # "to be presented at X", "will be presented as an oral": accepted (a paper)
        r"(?:be|being|is|are) presented",
        r"(?:was|were|been) presented as (?:an? )?(?:oral|spotlight|poster)",
        r"(?:is|are|will be) (?:now )?out",  # "[Title] is out", but "our op-ed is out": news
        r"appear(?:s|ed)? (?:in|at|on)",  # "our work appeared in", "my interview …": news
    ),
    # "CROW was presented at UC San Diego" (done: someone spoke), "X was accepted as a
    # talk": a talk, unless the subject says otherwise ("one paper was presented at X")
    "talk": (
        r"(?:was|were|been) presented",
        r"(?:be|been|being|is|are|was|were) accepted as an? (?:[\w-]+ )?talk",
        # a student research competition's poster is presented there, no paper ("accepted
        # as a SRC poster at X"); other posters accepted stay papers
        r"(?:be|been|being|is|are|was|were) accepted as an? (?:src|student research "
        r"competition) posters?",
    ),
    # "the book is online", "the slides of my talk are online", "the course notes are online"
    "news": (r"(?:is|are) (?:now )?(?:online|available|live)",),
    "award": (
        r"selected",
        r"chosen",
        r"nominated",
        # "our paper got an oral at X": the paper selected for one; "received the oral
        # presentation for X", said of no paper, an honour
        r"(?:got|gets|received|receives|earned|secured|won|was given|were given) (?:an? |the )?"
        r"(?:oral|spotlight)(?!(?: presentations?| talks?| slots?| papers?)? (?:awards?|prizes?"
        r"|sessions?|chairs?|tracks?)\b)(?: presentations?| talks?| slots?| papers?)?",
    ),
}
