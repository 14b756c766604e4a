"""English words for the talks one gives and the speech that is no talk (used by :mod:`.en`)."""

# An event one gives is a talk: "gave a workshop", "taught a tutorial", "ran a bootcamp"
# (attending or organising one is an event).
GIVING = (
    r"g(?:ave|ive|ives|iving|iven)|taught|teach(?:es|ing)?|r(?:an|un|uns|unning)"
    r"|le(?:d|ad|ads|ading)|conduct(?:ed|ing|s)?|did|doing"
    r"|ha(?:ve|s|d) (?:also |now |already )?done"
)

# "give" is a talk only with a talk as its object: a noun of the tables ("gave a talk"), or
# one of these ("gave the opening remarks"); "the update gives a way to …" is no talk.
BARE_GIVE = r"g(?:ave|ive|ives|iving|iven)"
SPOKEN = (
    r"\s+(?:(?:an?|the|my|our|his|her|their|this|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:speech(?:es)?|address(?:es)?|remarks|pitch(?:es)?|demo(?:nstration)?s?|overview"
    r"|briefing|sermon|toast|orals?|spotlights?|one|two|three|several|·)(?!\w)"  # ·: a title
)

# Speaking for others or at a social occasion is no talk of one's work: "speak on behalf
# of our students at the gala dinner" (but "on behalf of my co-author at X": a talk).
SPEAK = r"sp(?:oke|eak|eaks|eaking)"
SPEECH_NO_TALK = (
    r"\s+(?:on behalf of(?! (?:my|our|the|his|her|their) co-?authors?)"
    r"|(?:[\w-]+ ){0,4}?at (?:the |an? |our |this year['’]s )?(?:[\w'’-]+ ){0,4}?"
    r"(?:dinner|gala|banquet|luncheon|wedding|fundraiser)s?(?!\w)"
    r"(?! (?:conference|symposium|workshop|meeting|seminar|session|series|lecture)))"
)

# Asked onto a panel: a panelist's talk ("where I was invited to a panel discussion on X",
# "invited to join a roundtable"); the verb hit opens at "was" so that "where I" stands
# before it as before any verb of the person's own clause.
INVITED_PANEL = (
    r"(?:(?:was|were|am|is|are|been|be|got|get) )?invited (?:to|for|onto|on) (?:join |sit on "
    r"|participate in |speak (?:at|on|in) |be (?:on|in) )?(?:an? |the )?(?:[\w-]+ ){0,3}?"
    r"(?:panels?|panel discussions?|round[- ]?tables?|debates?|fireside chats?)(?!\w)"
)

# "Attended X. Poster presentation on my project.", "Attended X (invited talk)",
# "attended X with a talk", "Attended X. Presented a poster", "Ana attends X! She gave an
# invited talk in the Y session", "Ana attends X - gave an invited talk": the person's own
# (not "Talks by Ann were great", "Poster session on the last day")
ATTENDED_WITH_TALK = (
    r"(?:attend(?:ed|ing|s)?|participat(?:ed|ing|es?) in)(?!\w)[^.!?;(]{1,160}?"
    # (the next sentence's subject may be the one who attended: "Ana attends X! She gave a
    # talk"; a dash may join it: "Ana attends X - gave an invited talk at Y")
    r"(?:[.;(!]\s*(?:(?:she|he|i|we) )?|\s[-–—]\s+"
    # (a poster with a talk beside it: "attending X with a poster and a presentation")
    r"|\swith (?:an? |my |our )(?!posters?(?! presentation| and (?:an? |my |our )?(?:[\w-]+ )?"
    r"(?:talk|presentation)s?(?!\w))))"
    r"(?:an? |my |our )?(?:(?:also|then) )?"
    r"(?:(?:present(?:ed|ing)|gave|giving|deliver(?:ed|ing)) |(?:(?:invited|oral|poster"
    r"|contributed|short|spotlight|lightning|keynote) )?(?=(?:talk|presentation|poster)s?"
    r"(?!\w)(?! (?:(?:presentation|talk)s? )?(?:by|from|sessions?|awards?|prizes?|were|are)"
    r"\b)))"
    r"(?:an? |my |our |the )?(?:[\w-]+ ){0,2}?(?:talk|presentation|poster|work|paper)s?"
)

# Attending a meeting "where" the person or the group presents there: "Attending X, where
# we'll be presenting Y and Z", "going to KubeCon, where we will be presenting …" (a talk;
# "X, where we will be discussing …" stays the visit).
ATTENDING_WHERE_PRESENTING = (
    r"(?:attend(?:ed|ing|s)?|at)(?!\w)[^.!?;(]{1,160}?,\s*where (?:[\w'’.-]+ ){1,4}?"
    r"(?:present(?:ed|ing|s)?|giv(?:e|es|ing)|gave|deliver(?:ed|ing|s)?|sp(?:oke|eak|eaking))(?!\w)"
)

# Asked to speak: "Got invited as a speaker at X", "invited as a keynote speaker".
INVITED_SPEAKER = r"invited as (?:an? |the )?(?:[\w-]+ ){0,2}?speakers?(?!\w)"

# A class taught at a summer (winter…) school is a lecture there, not a course one teaches.
CLASS_AT_SCHOOL = (
    r"t(?:aught|each(?:es|ing)?) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:class|lecture|session)"
    r"(?= (?:on|about) [^.;!?]{1,100}? at (?:the |an? )?[^.;!?]{0,80}?"
    r"(?:summer|winter|spring|autumn|fall) school)"
)

# A defence or exam of one's degree delivered is a step of it, no talk ("Delivered the PhD
# preliminary defense", "presented my thesis defence"); "gave my PhD defense" already is.
DEFENCE_GIVEN = (
    r"(?:deliver(?:ed|ing|s)?|present(?:ed|ing|s)?) (?:my |the |his |her |their |an? )?"
    r"(?:(?:phd|ph\.d\.?|doctoral|master['’]?s|thesis|dissertation|preliminary|proposal"
    r"|final|oral|qualifying|candidacy) ){1,3}(?:defen[cs]es?|exams?|examinations?)(?!\w)"
)
