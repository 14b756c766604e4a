"""English nouns of the type tables: words that suggest a type when no verb decides (used by
:mod:`.en`)."""

from .en_phrases import CALL_OUT, CALL_RUN, HONOUR, SUBMISSION_CALL, WRITTEN_PIECE

# What a conference role chairs ("Tutorial Chair", "Tutorial and Panel Chair").
CHAIRED = (
    r"(?:session|general|program(?:me)?|publicity|workshop|tutorial|publication|panel|demo"
    r"|poster|industry|track|proceedings|award|sponsorship|registration|student|diversity"
    r"|finance|web|local arrangement|doctoral consortium|social media)s?"
)

# Words that suggest a type when no verb decides; the first one in the item counts.
NOUNS = {
    "talk": (
        r"talks?",
        r"keynotes?",
        r"plenary",
        r"seminars?",
        r"colloqui(?:um|a)",
        r"lectures?(?! (?:theat(?:re|er)s?|halls?|rooms?))",  # a lecture theatre: a place
        # (not the statistics term: "panel data", "a household panel survey")
        r"panel(?:ist)?s?(?! (?:data|datasets?|stud(?:y|ies)|surveys?|regressions?)(?!\w))",
        r"tutorials?",
        r"webinars?",
        r"presentations?",
        # (not a roster of others: "Invited speakers: A (X), B (Y)" under what one organises)
        r"(?:invited|keynote|plenary|featured|guest) speaker(?:s(?!\s*:))?",
        r"guest lecturers?",  # "invited as a guest lecturer on X" (a lecturer: a position)
        # a statistics meeting's session of invited talks (JSM, ISI): "Invited Paper Session"
        r"invited (?:paper )?sessions?",
        r"posters?",
        r"fireside chat",
        r"round[- ]?tables?",
        r"panel discussions?",
        r"short course",
        r"platform (?:oral )?(?:presentations?|talks?)",  # a talk of a biomedical meeting
        # an abstract accepted at a meeting, said as a headline ("Abstract titled “X” accepted
        # at the Y Workshop"): the talk one gives there ("X's abstract was accepted": a paper)
        r"abstracts?(?=(?: (?:titled|entitled) [^.;!?]{1,200}?)?"
        r" acc(?:ep|pe)ted (?:at|to|for|by)(?!\w))",
        r"orals",  # "holding two orals at X" (a paper "accepted as an oral" keeps its verb)
    ),
    "paper": (
        r"papers?",
        r"pre-?prints?",
        r"articles?",
        r"manuscripts?",
        r"publications?",
        r"arxiv",
        r"journal",
        r"book chapter",
        r"(?:text)?books?",
        r"monographs?",
        r"correspondence",
        r"commentary",
        r"letter to the editor",
        # "the final work of my PhD was accepted", "my summer intern work X was accepted"
        r"(?:our|my|the|latest|recent|final|last|new) (?:(?:new|latest|recent|joint|two|three"
        r"|several|first|summer|intern|internship|research) ){0,2}works?",
        # "our new study on X", "Our latest review on Y is now available": a new work of
        # the person's (not "our new study group", "our recent analysis session")
        r"(?:our|my) (?:new|latest|recent|newest|most recent) (?:[\w-]+ ){0,2}?(?:study|studies"
        r"|analysis|analyses|review)(?! (?:group|session|meeting|panel|committee|board|process"
        r"|period|program(?:me)?|course|trip|abroad|visit|guide|planner|material|tip|plan"
        r"|space|room|hall|habit|skill|break)s?\b)",
        # "Our new research, “Title”, is now available on X", "our latest research on Y is
        # out": the new work itself, named or said what it is on (not "our new research
        # group", "our latest research project", "our recent research visit")
        r"(?:our|my) (?:new|latest|recent|newest|most recent) research(?=,?\s*[“\"‘'«·]"
        r"|,? (?:on|about|into|is|was|has|appears?|published|titled|entitled)(?!\w)|:)",
        # "my Acme Research internship work X was accepted"
        r"(?:our|my) (?:(?!(?:about|on|at|of|for|in|the|our|my|a|an|and|with|from|to|talks?"
        r"|seminars?|lectures?|keynotes?|presentations?|posters?)\s)[\w-]+ ){0,3}"
        r"(?:intern(?:ship)?|summer|research|joint|collaborative) works?",
        # what a paper is about, said after it: "In it, we present a new profiler"
        r"in (?:it|which|this (?:paper|work|article|preprint|study|chapter|review|thesis"
        r"|manuscript|contribution)|the paper),? (?:we|i) "
        r"(?:present|introduce|propose|describe|show|study|develop)",
        r"proceedings",
        r"extended abstracts?",  # a short paper (an abstract accepted at a meeting: a talk)
        # a poster said accepted (a verb's tense: "1 co-author poster has been accepted at
        # X", "our poster was accepted to X") is a paper's acceptance; a poster presented is a
        # talk, and so stays the headline "Poster accepted at X" (the poster to present);
        # so is one named by its topic first ("our poster on X was accepted in Y")
        r"posters?(?= (?:(?:on|about|titled|entitled) (?:[^.!?;:]|\.(?=\S)|(?<=vs)\.){1,100}? )?"
        r"(?:(?:has|have|had) been|was|were|is|are|got|gets)"
        r"(?: (?:just|now|also|finally|officially))? acc(?:ep|pe)ted(?!\w))",
        r"spotlight",
        r"camera[- ]ready",
    ),
    "award": (
        r"awards?",
        r"prizes?",
        r"fellowships?",
        r"scholarships?",
        r"grants?",
        r"medal",
        r"honou?r(?:s|ed)?",
        r"honou?rable mention",
        r"funding",
        r"funded",
        r"best (?:[\w-]+ ){0,2}(?:paper|poster|presentation|talk|demo|thesis|"
        r"dissertation|reviewer|student)(?: awards?| prizes?)?",
        r"outstanding (?:[\w-]+ ){0,2}(?:paper|reviewer|thesis|dissertation|student|"
        r"contribution)(?: awards?)?",
        r"distinguished paper",
        r"rising stars?",
        r"fellow",
        HONOUR,
        r"(?:esi )?highly[- ]cited(?: papers?| articles?| researchers?)?",
        r"finalists?",
        r"runners?-up",
        r"recipients?",
        # a reviewer honoured: "top-1% reviewer", "outstanding reviewer", "Silver Reviewer"
        r"(?:top[- ]?\d+(?:\.\d+)?\s?%|top|best|outstanding|distinguished|exceptional"
        r"|highlighted|notable|gold|silver|bronze)[- ](?:[\w-]+ )?reviewers?",
        r"jsps (?:(?:research )?fellow(?:ship)?s?|dc[12]|pd)",
        r"honorary degree",
        r"(?:first|second|third|1st|2nd|3rd) (?:place|prize)",  # "secured first place in X"
        r"winners?",  # "Winner of the X track in the Y challenge"
        # a funding proposal accepted ("our project proposal was accepted by the X program")
        r"(?:(?:project|research|grant|funding) )?proposals?",
        r"seed (?:funding|grant|program(?:me)?|fund)",
    ),
    "service": (
        CALL_RUN,  # "Call for papers: the special issue I am co-editing" (also a label)
        r"reviewers?",
        r"(?:journal |paper |manuscript )?referees?",  # "Journal Referee for IEEE Transactions"
        r"(?:senior )?area chairs?",
        r"program(?:me)? committee",
        r"pc member",
        r"(?:associate |action |guest |handling )?editor",
        r"editorial board",
        # the role wins over what it chairs: "Tutorial and Panel Chair", "Demo/Poster Co-Chair"
        rf"{CHAIRED}(?:(?:,| and| &| ?/) ?{CHAIRED})* (?:co-?)?chairs?",
        r"(?:co-)?chairs?",  # "Presentation Chair at X": the last noun is the head
        r"organi[sz]ing committee",
        r"committee member",
        r"special issues?",  # edited as a guest
        r"committees?",
        r"judging panels?",  # "on the judging panel for the X Prize": judging, no panel talk
        r"service",
        r"mentor",
        r"student volunteers?",  # a meeting's student volunteer ("accepted as a SV at X")
    ),
    "position": (
        r"intern(?:ship)?s?",
        r"postdoc(?:toral)?(?: fellow| researcher| position)?",
        r"phd (?:student|candidate|defen[cs]e|thesis)",
        r"(?:thesis|dissertation) defen[cs]e",
        r"(?:doctoral|ph\.?d\.?|master['’]?s|final|thesis) (?:thesis )?defen[cs]e(?: exam)?",
        r"(?:assistant|associate|full|visiting) professor",
        r"faculty",
        r"tenure",
        r"new (?:position|job|role)",
        r"visiting (?:researcher|scholar|student)",
        r"visiting (?:(?:phd|ph\.d\.?|doctoral|master['’]?s|graduate) )?(?:students|scholars"
        r"|researchers|fellows|phds|ph\.d\.s|phd students?)",  # "Visiting PhDs … joined"
        r"research (?:associates?|assistants?)",
        r"teaching assistants?(?:hips?)?",
        r"graduate student",
        r"lecturer",
        r"research scientist",
        r"phd",
        r"ph\.d\.?",
        r"doctorate",  # "earned my doctorate": a degree, as a PhD
        r"postdoctoral fellow",
        r"(?:(?:phd|ph\.d\.?|doctoral|master['’]?s|bachelor['’]?s|undergraduate) )?degree",
        r"diploma",
    ),
    "event": (
        r"workshops?",
        r"conferences?",
        r"(?:summer|winter|spring) school",
        r"symposi(?:um|a)",
        r"hackathon",
        r"meetup",
        r"retreat",
        r"bootcamp",
        r"organi[sz]ation",
        r"(?:tutorial|workshop|session|symposium) proposals?",
        r"doctoral consortium",
        # a meeting's programme one is accepted to ("accepted to X's Student Mentoring Program")
        r"(?:mentoring|mentorship) program(?:me)?s?",
        # the lab open to visitors: "open lab day", "lab open house", "lab tour"
        r"open (?:lab|house|day)s?(?: days?)?",
        r"lab(?:oratory)? tours?",
    ),
    "news": (
        CALL_OUT,  # a label "Call for papers" asks for papers: news
        SUBMISSION_CALL,  # "X is running the 2nd cycle for paper submission"
        WRITTEN_PIECE,  # "a blog post on …", "A list of publicly available datasets"
        r"interviews?",
        r"podcast",
        r"press",
        r"media",
        r"news coverage",
        r"article about",
        r"news (?:articles?|stor(?:y|ies)|pieces?|items?|reports?)",  # "… published in X"
        r"blog post",
        r"newsletter",
        r"cover (?:pages?|images?|art(?:work)?)",  # "made it to the cover page of X News"
        r"openings?(?! (?:keynote|talk|remarks|lecture|address|plenary|session|ceremony))",
        r"op-?eds?",
        r"(?:press|news)[ -]releases?",  # (also in the address: ".../news-releases/1")
        # for the general public, in a popular outlet: not a research paper
        r"(?:public[- ]facing|popular(?:[- ]science)?|general[- ]audience|lay|outreach"
        r"|explainer) (?:articles?|pieces?|essays?|stories|story|columns?|posts?)",
        # what is published that is no paper: "comments published in the admission guide"
        r"(?:admissions?|student|course|study|program(?:me)?|graduate school) (?:guides?"
        r"|brochures?|handbooks?|booklets?)",
        r"opinion (?:pieces?|articles?|columns?|essays?)",
        r"(?:major |minor )?revisions?",  # "received a major revision": not yet accepted
        r"revise and resubmit",
        r"(?:lab |group |project |personal )?(?:web ?sites?|home ?pages?|web ?pages?)",
        r"courses?",  # taught: "I will give a course on …" (a short course is a talk)
        r"syllab(?:us|i|uses)",  # a course's plan: "New syllabus for the X seminar"
        # talks counted are no talk given: "a record of all 120 talks", "over 40 talks by
        # women" ("gave two talks at X" is: a count that small is the person's own; a year
        # is no count: "Jul 2026 Invited talks at X")
        r"(?:(?:all|over|more than|nearly|almost|around|about|some|a total of) \d[\d,]*"
        r"|[123456789]\d(?!\d\d(?!\d))[\d,]*|hundreds of|dozens of) (?:[\w-]+ )?talks(?!\w)",
        r"class(?:es)?(?! of)",  # not a kind: "a common class of pigments"
        # a step of one's studies, not a position: "passed my Ph.D. qualifying exam"
        r"(?:qualifying|preliminary|prelim|candidacy|comprehensive) exam(?:ination)?s?",
        r"(?:thesis|dissertation|phd|ph\.d\.?|doctoral) proposals?",
        # software published on a package index is no paper ("published on CRAN")
        r"(?:r |python |julia |software |open[- ]source )?packages?",
    ),
}
