"""English words for item types (patterns are lower-case regular expressions)."""

from .en_heard import PHRASES as HEARD_PHRASES  # a work published, talks only heard
from .en_heard import VERBS as HEARD_VERBS
from .en_nouns import NOUNS as NOUNS  # words that suggest a type when no verb decides
from .en_object_verbs import OBJECT_VERBS as OBJECT_VERBS  # "gave a talk": the object says
from .en_object_verbs import SUBJECT_VERBS as SUBJECT_VERBS  # "our paper was accepted"
from .en_phrases import ABBREVIATIONS as ABBREVIATIONS  # a full stop after one ends no sentence
from .en_phrases import CALL_RUN as CALL_RUN  # the call for papers of what one edits
from .en_phrases import (
    HIGHLIGHTED,
    HONOUR,
    MEDIA_APPEARANCE,
    MEDIA_TALK,
    NEW_PAPER_RELEASED,
    OTHERS_TALK,
    PRESS_PIECE,
    PUBLISHED_PIECE,
    RECEPTION,
    RELEASE,
    RELEASE_NAMED_WORK,
    RELEASED,
    RELEASED_NAMED,
    RELEASED_THINGS,
    RUN_EVENT_ACCEPTED,
    SCHOOL_ACCEPTED,
    SHARED_CODE,
    SITE_ONLINE,
    TUTORIALS_ONLINE,
    VENUE_PAPER_SELECTED,
)
from .en_research import (  # a research abstract's words, chosen talks
    CHOSEN_TO_TALK,
    FACILITATED,
    HERE_WE,
    PLATFORM_TALK,
    PRESENT,
    TO_PREPRINT_SERVER,
    WORK_SAYS,
)
from .en_speech import (  # (a panel discussion)
    ATTENDED_WITH_TALK,
    ATTENDING_WHERE_PRESENTING,
    CLASS_AT_SCHOOL,
    DEFENCE_GIVEN,
    INVITED_PANEL,
    INVITED_SPEAKER,
)
from .en_speech import BARE_GIVE as BARE_GIVE  # "gave the opening remarks"
from .en_speech import GIVING as GIVING  # "taught a workshop": an event one gives
from .en_speech import SPEAK as SPEAK
from .en_speech import SPEECH_NO_TALK as SPEECH_NO_TALK  # a toast at a dinner
from .en_speech import SPOKEN as SPOKEN

SPACED = True  # words stand between spaces or punctuation: matched whole
MAIN_VERB_LAST = False  # the main verb is the first one (subject–verb–object)

# A verb form right after one of these is an adjective, not the main verb: "our accepted paper".
DETERMINERS = (
    "a", "an", "the", "our", "my", "his", "her", "their", "its", "this", "that", "these",
    "those", "your", "two", "three", "four", "five", "several", "newly", "recently", "both",
)  # fmt: skip


# The events one gives (see GIVING below): "taught a workshop", "ran a tutorial".
GIVEN_EVENTS = r"workshops?|tutorials?|bootcamps?|master ?class(?:es)?|hands-on sessions?"

# A sentence whose main verb is one of these is of that type.
VERBS = {
    "talk": (
        r"present(?:ed|ing|s)",
        PRESENT,  # not "the present study", "at present", "present-day", "is present in"
        CHOSEN_TO_TALK,  # "selected to deliver the X Lecture"
        # "Our work X has been invited for presentation at Y", "Invited for poster
        # presentation at Z": asked to present it there
        r"invited for (?:an? |the )?(?:(?:poster|oral|short|contributed|spotlight) )?"
        r"presentations?(?!\w)",
        PLATFORM_TALK,  # "selected for a platform presentation at ASHG"
        FACILITATED,  # "facilitated a session on X at the Y Workshop"
        r"sp(?:oke|eak|eaking|eaks)",
        r"talk(?:ed|ing) about",
        # "we will talk about": not "a (lightning) talk about our work", a talk (noun)
        r"(?:i|we|will|to|shall|would|also|i['’]ll|we['’]ll) talk about",
        r"deliver(?:ed|ing|s)?",
        r"demo(?:['’]d|ed|ing)",  # "I demo'd our new paper at X": showing it is presenting
        # "Bo introduced our tool at the X workshop": showing the group's work at a meeting
        r"introduc(?:ed|es|ing)(?= (?:our|my) (?:[^.;!?]|\.\S){1,120}? at (?:the |an? )?"
        r"[^.;!?]{0,80}?(?:workshop|conference|symposium|meeting|seminar|summit|forum|congress|colloquium"
        r"|expo))",
        r"lectur(?:ed|ing)",
        CLASS_AT_SCHOOL,  # "Taught a class on X at the Y Summer School"
        r"keynot(?:ed|ing)",
        # "I was one of the invited speakers", "honored to be a speaker at"
        r"(?:be|being|am|is|are|was|were) (?:(?!to |by |for |with )[\w-]+ ){0,5}speakers?",
        INVITED_SPEAKER,  # "Got invited as a speaker at X"
        # "took part in a round table", "sat on a panel": speaking on it
        # "I joined Jane Roe for a workshop on X": giving it together
        r"join(?:ed|ing|s)? (?:[\w.'’-]+ ){1,3}for (?:an? |the |her |his |their )?(?:[\w-]+ ){0,2}"
        rf"(?:{GIVEN_EVENTS}|talks?|seminars?|lectures?)",
        r"(?:participat(?:ed|ing|es?)|t(?:ook|ake|akes|aking) part|sat|sit(?:s|ting)?"
        r"|join(?:ed|ing|s)?|moderat(?:ed|ing|es?)|(?:be|am|is|are|was|were) (?:also )?(?:in|on)) "
        r"(?:in |on )?(?:an? |the |another )?"
        # ("an expert panel discussion" is one; "an expert panel" reviews)
        # (nor a judging panel or jury: "on the judging panel for the X Prize")
        r"(?:(?!review|grant|advisory|expert(?! panel discussions?)|evaluation|selection|judg)"
        r"[\w-]+ ){0,3}"
        r"(?:round[- ]?tables?|panels?|panel discussions?|debates?|fireside chats?)",
        INVITED_PANEL,  # "where I was invited to a panel discussion on X"
        # a speaker series one visits or takes part in: "is visiting X for the Y seminar
        # series", "is participating in the X Robotics Seminar" (not "in a seminar on writing")
        r"visit(?:ed|ing|s)? [^.;!?]{1,80}? for (?:the |their |its )?(?:[\w-]+ ){0,3}"
        r"(?:seminar|colloquium|lecture|speaker) series",
        r"(?:participat(?:ed|ing|es?)|t(?:ook|ake|akes|aking) part) in the (?:[\w-]+ ){1,4}"
        r"(?:seminar|colloquium)(?: series)?(?![\w-]| (?:on|about|in) )",
        # a tutorial one hosts is one given ("hosted a workshop" stays an event)
        r"host(?:ed|ing|s)? (?:an? |the |our |my |two |three |another )?"
        r"(?:[\w'’-]+ ){0,3}?tutorials?(?: sessions?)?",
    ),
    "paper": (
        r"(?:to|will|shall) appear",
        WORK_SAYS,  # "Our new preprint presents a cell atlas", "this work presents X"
        HERE_WE,  # an abstract's "Here, we present a pipeline for X"
        TO_PREPRINT_SERVER,  # "paper submitted to bioRxiv"
        # "[X](x.pdf) made it to NSDI'23!", "got into ICML 2024": into a venue of a year
        r"(?:made it|got|gets|getting) (?:in)?to (?:the )?[a-z][\w-]*\s?['’]?(?:19|20)?\d\d",
        r"(?:is|are) (?:now )?(?:(?:online|available|out|up) )?(?:on|at) arxiv",
        r"co-?authors? (?:on|of)",  # "Coauthor on [Title](doi)"
        r"(?:(?:now|just) out|out now) (?:in|at|on)",  # "Now out in [Journal]"
        RELEASE,
        RELEASE_NAMED_WORK,  # "We release X, a method for Y"
        # a thesis released ("My PhD thesis is available online"; defending one: a position)
        r"(?:(?:phd|ph\.d\.?|doctoral|master['’]?s) )?(?:thesis|dissertation) (?:is|has been"
        r"|was) (?:now )?(?:available|online|published|out)",
        # "selected for oral presentation": accepted as an oral (a spotlight), a paper
        r"(?:selected|chosen) (?:for|as) (?:an? |the )?(?:oral|spotlight)(?! platform)"
        r"(?: presentations?| talks?| papers?)?(?! (?:session|chair|track))",
    ),
    "award": (
        r"w(?:on|in|ins)",
        # a competition or shared task: "ranked 1st in", "placed second in", "finished third"
        r"(?:ranked|placed|finished|came(?: in)?) (?:the )?(?:1st|2nd|3rd|first|second|third"
        r"|top[- ]?\d*|#\s?\d)(?: place)?(?= (?:in|at|on|of|among|out|overall)\b|[.!,]|$)",
        r"ranked (?:among|in) (?:the )?top",
        # "adopted as a JSPS DC2", "adopted as a scholarship awardee" (Japanese English, 採用)
        r"adopted (?:as|for|in(?:to)?) (?:an? |the )?(?:[\w-]+ ){0,5}?(?:dc[12]|pd|rpd"
        r"|fellows?(?:hips?)?|scholars?(?:hips?)?|awardees?|grants?|grantees?)",
        r"awarded",
        # a funder "is supporting our work": a grant
        r"(?:support|fund|sponsor)(?:s|ed|ing)? (?:(?:my|our) (?:[\w'’-]+ ){0,3}?(?:work|research"
        r"|lab|laboratory|group|project|team|studies|ph\.?d\.?)|us (?:through|with|via))",
        r"honou?red (?:with|by)",
        r"granted",
        r"(?:named|elected|selected|chosen) (?:as )?(?:an? |the )?(?:[\w-]+ ){0,3}"
        r"(?:fellow|rising stars?|scholar|laureate|finalist|winner)",
        # "becomes an ESI Highly Cited Paper", "selected as a Popular Article", "recognized
        # as: - Highly Cited Paper" (the honours listed after a colon)
        r"(?:bec(?:ame|omes?|oming)|(?:is|was|are|were|been)(?: now| also)?"
        r"|(?:(?:selected|chosen|recogni[sz]ed|listed|named|included|ranked) (?:as|among)"
        r"|(?:listed|included) in)(?::(?: [-–—•*])?)?) "
        r"(?:an? |the |one of (?:the )?|among (?:the )?)?(?:[\w-]+ ){0,3}?" + HONOUR,
        # "named one of the best papers of the year", "recognized as a Featured Article"
        r"(?:named|selected|chosen|recogni[sz]ed|listed|ranked|highlighted) (?:as )?"
        r"(?:an? |the |one of (?:the )?|among (?:the )?)(?:[\w-]+ ){0,3}?(?:featured|best|top"
        r"|outstanding|notable|most (?:influential|cited|read|insightful)) (?:[\w-]+ ){0,2}?"
        r"(?:papers?|articles?|publications?)",
        # a paper chosen for BRIC's Hanbitsa (한빛사, "Korean scientists who brighten Korea"):
        # "has been cataloged in Hanbitsa Paper", "selected for BRIC 한빛사" (an honour; not a
        # link to its page beside the paper, "(link and 한빛사)", nor "featured by 한빛사")
        r"(?:selected|chosen|listed|included|catalog(?:u)?ed|named) (?:in|for|as|among) "
        r"(?:an? |the )?(?:bric[- ])?(?:hanbitsa|한빛사)",
    ),
    "service": (
        r"review(?:ed|ing) for",
        r"refere(?:ed|eing) (?:for|papers?|manuscripts?|articles?)",
        # the person reviewed others' papers: "Reviewed ICWSM 2024 papers", "reviewed a paper"
        r"review(?:ed|ing) (?:an? |\d+ |two |three |several "
        r"|many )?(?:[\w-]+ ){0,3}?(?:papers?|manuscripts?|submissions?|articles?)(?!\w)",
        r"chair(?:ed|ing)",
        r"co-chair(?:ed|ing)",
        r"join(?:ed|ing|s)? (?:the )?(?:editorial board|(?:technical )?program(?:me)? committee"
        r"|organi[sz]ing committee)",
    ),
    "position": (
        *HEARD_VERBS["position"],
        DEFENCE_GIVEN,  # "Delivered the PhD preliminary defense": a step of the degree
        # "Appointed as Researcher at X", "Appointed Teaching Assistant" (a role: service)
        r"appointed (?:as )?(?:an? |the )?(?:[\w-]+ ){0,2}?(?:researcher|scientist|engineer"
        r"|(?:teaching|research) (?:assistant|associate|fellow)|lecturer|professor|postdoc"
        r"|faculty|instructor|tutor|ta)(?!\w)",
        # "welcome Ann and Bo as new PhD students", "welcome to Ann, who joined the group"
        r"welcom(?:e|es|ed|ing) (?:to )?(?:[^.!?]{1,80}? )?(?:as (?:an? |our |the )?"
        r"(?:new |incoming )?(?:[\w.-]+ ){0,2}(?:students?|phds?|postdocs?|members?"
        r"|researchers?|fellows?|interns?|scholars?)"
        r"|who (?:has |have )?(?:just |recently )?joined)",
        # "welcome two new students to our group", "welcome Dr. Ann Lee to the lab"
        r"welcom(?:e|es|ed|ing) (?!to |everyone|all )(?:\b(?:dr|mr|mrs|ms|prof|[a-z])\.|[^.!?])"
        r"{1,60}? to (?:our|the|my) "
        r"(?:[\w-]+ )?(?:group|lab|laboratory|team)(?!'|’|\w)",
        # (not "join us in congratulating Ana": an invitation to the reader)
        r"join(?:ed|ing|s)?(?! (?:us|me) (?:in|to) (?:[\w-]+ )?(?:congrat|celebrat|extend))",
        r"start(?:ed|ing|s)?",
        r"beg(?:an|in|ins|inning(?! of))",  # "at the beginning of my PhD, I attended": when
        r"mov(?:ed|ing|e|es) to",
        r"relocat(?:ed|ing)",
        r"graduat(?:ed|ing|es)",
        r"defend(?:ed|ing|s)?",
        r"promoted",
        r"tenured",
        r"hired",
        # "accepted an Assistant Professor position"; not a position paper, not "accepted at"
        r"accept(?:ed|ing)? (?:an? |the |my )?"
        r"(?:(?!(?:at|to|in|into|by|for|on|as|with) )[\w-]+ ){0,3}"
        r"(?:offer|position|job)(?! papers?)",
        r"accepted (?:to (?:do|start|pursue|begin|join) |into |as )(?:an? |the |my )?"
        r"(?:[\w-]+ ){0,2}(?:phd|ph\.d\.?|doctorate|master['’]?s|postdoc|program(?:me)?)"
        r"(?! committee)",  # "accepted as a program committee member": service
        r"complet(?:ed|ing) (?:my |his |her |their )?(?:phd|ph\.d\.?|doctorate|master|"
        r"internship|postdoc|degree)",
    ),
    "event": (
        *HEARD_VERBS["event"],
        SCHOOL_ACCEPTED,  # "got accepted for the X Summer School"
        r"attend(?:ed|ing|s)?",
        r"(?:co-)?organi[sz](?:ed|ing|es|e)",
        # not the host of a visit or talk: "(host: Prof. Y)", "host Dr. Z"
        # nor a compound: "host-pathogen interactions", "host-associated microbes"
        r"host(?:ed|ing)(?!\s*[:–—])|hosts?(?!\s*[:–—]|\s+(?:prof|dr)\b|[-\u2010\u2011]\w)",
        r"participat(?:ed|ing|e|es)",
        r"t(?:ook|ake|akes|aking) part in",  # "took part in a panel": a talk (above)
        r"visit(?:ed|ing|s)?",
        r"(?:i|we)['’]ll be at",
        r"will be at",
        r"(?:am|are) at",
    ),
    "news": (
        # a submission is not an acceptance (not yet a paper)
        r"(?:re)?submitted",
        r"(?:(?:is|are|was|were|now|still|currently) )?(?:under|in) (?:review|submission|revision)",
        r"(?:featured|interviewed|profiled|spotlighted) (?:by|in|on|for)",
        r"featured",
        r"interviewed",
        r"hiring",
        r"recruiting",
        # a project begun is news, not a post: "We started the X project with the Y team"
        r"(?:start(?:ed|ing|s)?|beg(?:an|un|in|ins)|kick(?:ed|ing|s)? off) (?:the|a|an|this|our)"
        r" (?:new )?(?:[\w-]+ ){0,3}?projects?",
        r"looking for",
        r"launched",
        r"quoted",
        r"covered by",
        r"(?:noted|mentioned|cited|reported|quoted|highlighted|recogni[sz]ed|showcased) (?:in|by)",
        *HIGHLIGHTED,  # "X highlighted our paper", "delivered a podcast"
        SHARED_CODE,  # "share the little Python notebook for …"
        r"welcom(?:e|es|ed|ing)",
        # teaching: "lecturing the graduate course on X" (a short course is a talk)
        r"(?:lectur(?:ed|ing)|teach(?:es|ing)?) (?!(?:(?:the|a|an|my|our|this) )?short )"
        r"(?:[\w-]+ ){0,4}(?:course|class|module)s?",
    ),
}

# Phrases that say the type wherever they stand, before any verb: someone else's piece
# about the person's work is news (media coverage: "X published an article in Nature
# which includes a mention of my work"), a chapter the person wrote is a paper.
PHRASES = {
    "news": (
        # what is released is named before the title: 'the code of "Title" released'
        rf"{RELEASED_THINGS}(?:\s+(?:of|for))?\s+·\s+" + RELEASED,
        OTHERS_TALK,  # "My mentee Omar presented his flash talk at X"
        TUTORIALS_ONLINE,  # "Two new tutorials available!"
        SITE_ONLINE,  # "The first version of this page is published!"
        r"(?:includ(?:es|ed|ing)|with|g(?:ave|ives?)|ma(?:de|kes?)) (?:an? )?(?:brief |short )?"
        r"mentions? of (?:my|our)",
        r"mention(?:s|ed|ing)? (?:my|our) (?:work|research|paper|study|tool|lab|group|project)",
        r"(?:article|story|piece|feature|report|coverage|segment|episode)s? (?:covering"
        r"|featuring|highlighting|mentioning|profiling) (?:my|our|me|us)",
        # an outlet's own piece on the work: "X News covered our work on Y"
        r"covered (?:my|our) (?:[\w-]+ ){0,2}(?:work|research|paper|study|project|lab|group)",
        r"news (?:published|wrote|ran|posted) (?:an? |the )?(?:[\w-]+ )?"
        r"(?:article|story|piece|feature|report)",
        PRESS_PIECE,  # "The Daily X wrote a nice piece about our paper": not ours
        *RECEPTION,  # "our paper is getting attention … thank you X News for the coverage"
        PUBLISHED_PIECE,  # "The department published a profile story about Dana"
        MEDIA_TALK,  # "Dr Wong talks about AI in the news": an interview, no talk
        MEDIA_APPEARANCE,  # "I am in the Swiss news talking about our work": the same
        # to the press: an interview ("spoke to reporters about …")
        r"sp(?:oke|eak|eaks|eaking) (?:to|with) (?:(?:the|a|an) )?(?:[\w'’-]+ ){0,3}?"
        r"(?:press|media|reporters?|journalists?|newspapers?|magazines?)",
    ),
    "service": (CALL_RUN,),  # "call for papers for the workshop we are organising"
    "paper": (
        *HEARD_PHRASES["paper"],
        r"chapters? (?:by|from) (?:me|us|myself)",
        # a work named in quotes (masked: ·) and released: '"Title: Subtitle" released on …'
        r"·\s+" + RELEASED,
        RELEASED_NAMED,
        NEW_PAPER_RELEASED,  # "New working paper released at X"
        # '"Title" (survey & position paper) released': its kind in brackets says it
        r"·\s+\([^()]{0,40}?(?:paper|preprint|article|survey|report)s?\)\s+" + RELEASED,
    ),
    # "visited X to give a talk": why one went says it
    "talk": (
        ATTENDED_WITH_TALK,  # "Attended X (invited talk)": the person's own talk there
        ATTENDING_WHERE_PRESENTING,  # "Attending X, where we'll be presenting Y"
        r"to (?:give|deliver|present) (?:an? |the |my |our )?(?:[\w-]+ ){0,2}"
        r"(?:talks?|seminars?|lectures?|keynotes?|colloquium|presentations?|posters?)\b",
        # a paper named by the venue that took it, chosen for another meeting of a year:
        # shown there again ("CVPR24 paper selected for FORUM 2024"), not a new paper
        VENUE_PAPER_SELECTED,
        # "visited X, to present our latest work": what one went there to do
        r"visit(?:ed|ing|s)? [^.;!?]{1,80}? to present\b",
    ),
    # "Accepted our workshop proposal to X": organising it (an event), not a paper
    "event": (
        RUN_EVENT_ACCEPTED,  # "Our tutorial X has been accepted at Y": run there
        r"accepted (?:our |my |the |an? )(?:[\w-]+ ){0,3}?(?:workshop|tutorial|special session"
        r"|session|symposium|minisymposium|panel|competition|challenge) proposals?",
    ),
    # "my accepted Discovery Grant proposal": funding won, not a paper
    "award": (
        r"accepted (?:[\w-]+ ){0,3}(?:grant|funding|fellowship) (?:proposals?|applications?)"
        r"|accepted for (?:funding|a grant)(?!\w)",  # "my application … was accepted for funding"
    ),
}
