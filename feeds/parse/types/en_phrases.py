"""English phrases of the type tables that are longer than a word (used by :mod:`.en`)."""

# A full stop after one of these ends no sentence: "visited Prof. Doe, where I gave a talk".
ABBREVIATIONS = (
    "prof", "dr", "mr", "mrs", "ms", "st", "mt", "univ", "dept", "inst", "no", "vs", "jr", "sr",
    "e.g", "i.e", "cf", "approx", "nov", "dec", "oct", "sept", "sep", "aug", "jan", "feb", "mar",
    "apr", "jun", "jul",
)  # fmt: skip

# A paper released in prose: "We introduce X: a new framework for …", "We present X, a
# simple method …", "We present [Title](link)." (but "We present X at NeurIPS": a talk).
_WORK = (
    r"(?:framework|method|model|benchmark|dataset|approach|algorithm|system|architecture"
    r"|toolkit|library|technique|paradigm|agent|pipeline|suite|tool|family|theory|analysis"
    r"|study|survey|paper|preprint|work|database|atlas|resource)(?:s|es)?(?!\w)"
)
# What one presents or introduces that is no work released: "we present a poster for the
# open day", "we introduce a new course for first-year students".
_GIVEN = (
    r"(?:posters?|talks?|tutorials?|demos?|keynotes?|lectures?|seminars?|workshops?|slides"
    r"|webinars?|sessions?|work|research|results|findings|progress|courses?|class(?:es)?"
    r"|members?|students?|awards?|prizes?|speakers?|guests?|team|lab|group)(?!\w)"
)
RELEASE = (
    r"(?:we|i) (?:(?:are|am) (?:(?:so|very) )?(?:excited|happy|thrilled|proud|glad|pleased)"
    r" to )?(?:introduce|present|propose|unveil)s?"
    rf"(?=(?: [^,:;.!?]{{1,60}}?[:,—–] (?:an? |the |our )?(?:[\w-]+ ){{0,3}}{_WORK}"
    r"|\s+·\s*(?:[.!]|$)"
    # a work named and said what it is for: "We present [CatGen] for cat image generation"
    rf"|(?: (?:(?!{_GIVEN})[^\s,:;.!?]+,? ){{1,6}}?"
    r"|\s+·\s+)(?:for|that|which|to (?:enable|make|help|improve|solve|tackle|address)) ))"
    r"(?![^.!?]*? (?:at|during) (?!scale|once|least|most|all|any|test[- ]time|inference)\b)"
)

# "… is released", "… has now been released" (after a title, masked as "·")
RELEASED = (
    r"(?:(?:is|was|are|were|has|have|been|got|gets|now|just|officially|finally|publicly)\s+)*"
    r"released"
)
# What is released that is no paper: 'our dataset "ToyBench" released'
RELEASED_THINGS = (
    r"(?:code|codes|data|datasets?|benchmarks?|toolkits?|library|libraries|software"
    r"|packages?|demos?|apps?|websites?|tools?|games?|podcasts?|videos?|slides|books?"
    r"|courses?|weights|checkpoints?)"
)

# A work released under its name and said what it is, in an apposition: "We release X, a
# method for …", "We have released X, an offline RL framework" (a paper, as "We present X, a
# simple method"; not what is released that is no paper: "We release the code of X, a …",
# "We release X, a multimodal model", nor "We released X, which is …": readers differ).
RELEASE_NAMED_WORK = (
    r"(?:we|i)(?: have|['’]ve)? (?:(?:just|now|finally|officially) )?releas(?:e|ed)"
    rf"(?! (?:(?:the|our|my|an?|its|their|new) )?(?:[\w-]+ )?{RELEASED_THINGS}(?!\w))"
    # (a model released is news, as its weights are: "We release X, a multimodal model")
    rf"(?= [^,:;.!?]{{1,60}}?[:,—–] (?:an? |the |our )?(?:[\w-]+ ){{0,3}}(?!models?\b){_WORK})"
)

# A work released under its name and said what it is: "Released ToyGen: fast toy image
# generation", "ToyGen v2 released — a toy world model" (a paper, as a reader takes it;
# "released the code", "dataset released": news; after a comma, "We released X, which is a
# TTS system", readers differ: the words decide).
_NAME = rf"(?!(?:an?|the|our|my|its|their|this|these|new|version|{RELEASED_THINGS})(?!\w))"
RELEASED_NAMED = (
    rf"(?:released (?:{_NAME}[^\s,:;.!?·]{{1,40}} ){{0,3}}?{_NAME}[^\s,:;.!?·]{{1,40}} ?[:—–]"
    # (bounded: linear; not "X v0.2 released:", a version of software: its links decide)
    rf"|(?<!of )(?<!for )(?<![\d.])(?!v?\d){_NAME}\w[^\s,:;.!?·]{{0,39}} "
    r"(?:is |has been |now |officially )?released ?[:—–])(?=\s)"
    # what it is, not what to do with it: "X released: deploy it on one GPU" (software)
    r"(?!\s+(?:deploy|try|check|see|download|install|get|use|run|visit|find|read|watch|play"
    r"|grab|pip|now|available)(?!\w))"
)

# A new paper said released, headline-style, the verb's "is" left out: "New paper
# released", "Two new working papers released at X", "A new working paper on X released" (a
# paper, not the release news of "New dataset released" or "Code released").
NEW_PAPER_RELEASED = (
    r"(?:^|(?<!\w)(?:new|two|three|several|latest) )(?:new |latest )?(?:working "
    r"|discussion |white ?|position |research )?(?:papers?|pre-?prints?|manuscripts?|articles?)"
    r"(?: (?:on|about) [^.;!?:\"“]{1,80}?)?"  # "A new working paper on AI in X released at Y"
    r" (?:(?:is|are|was|were|has been|have been|now|just|officially|finally) )*released(?!\w)"
)

# A label naming a new work: "New survey", "New benchmark", "Our latest tech report" (a
# paper, as "New paper" and "New preprint" are by their nouns).
NEW_WORK_LABEL = (
    r"(?:(?:our|my|a) )?(?:new|latest|recent|fresh|first)(?: [\w-]+)?? (?:survey|benchmark"
    r"|dataset|position paper|tech(?:nical)? report|white ?paper|book chapter|chapter|paper"
    r"|preprint|article|manuscript|publication|study)s?!?"
)

# What a paper becomes that honours it: "ESI Highly Cited Paper", "best paper candidate".
HONOUR = (
    r"(?:(?:(?:highly|top|most)[- ](?:cited|downloaded|read|viewed|popular)|hot|popular"
    r") (?:papers?|articles?|publications?|researchers?)"
    r"|editor['’]?s['’]? (?:choice|pick|highlight|suggestion)s?(?: papers?| articles?)?"
    r"|best[- ](?:[\w-]+ ){0,2}(?:paper|poster|talk|presentation|demo)s? "
    r"(?:candidates?|nominees?|nominations?|finalists?|runners?-up))"
)

# The press's own piece on the person's work: "The Daily X wrote a nice piece about our
# paper", "ran a summary of our study" (news, whatever paper it links).
PRESS_PIECE = (
    r"(?:wrote|writes|ran|posted) (?:an? |the )?(?:[\w-]+ ){0,2}(?:piece|article|story"
    r"|feature|write-?up|column|profile|summary|overview|explainer) (?:about|on|of)"
    r" (?:my|our|me|us)(?!\w)"
)

# A paper named by the venue that took it ("CVPR24 paper", "ICML'25 & NeurIPS'24 (title)")
# selected for another meeting of a year: presented there again, a talk (not "selected for
# an oral", "for the best paper award", "for a special issue": the paper's or an honour).
_VENUE_YEAR = r"[a-z][a-z-]{1,15} ?['’]?(?:19|20)?\d\d"
VENUE_PAPER_SELECTED = (
    rf"(?<![\w-]){_VENUE_YEAR}(?: ?(?:&|and|,) ?{_VENUE_YEAR}){{0,3}}(?: \([^()]{{1,60}}\))?"
    r"(?: (?:papers?|works?|articles?))? (?:(?:was|were|is|are|been|got|get|gets) )?"
    r"(?:selected|chosen|invited) (?:for|to) (?!(?:an? |the )?(?:[\w-]+ )?(?:orals?|spotlights?"
    r"|awards?|prizes?|best|honou?rable|special|issue|journal|cover|publication)\b)"
    rf"(?:the |present at )?(?:[\w-]+ ){{0,2}}?{_VENUE_YEAR}(?![\w-])"
    r"(?! (?:special issue|issue|journal|awards?|prizes?)\b)"
)

# A piece written for readers that is no paper, whatever paper it links or cites: "a blog
# post on realising the potential of X", "A list of publicly available datasets …".
WRITTEN_PIECE = (
    r"(?:(?:an?|my|our|new|latest) (?:(?:short|brief|curated|comprehensive|updated|complete"
    r"|growing|new) )?(?:list|compilation)(?= of )"
    r"|blog[- ]?posts?(?= (?:on|about) ))"  # (its topic no noun standing with it: "our work")
)

# The call for work of a meeting, said without "call for": "X is running the 2nd cycle for
# paper submission", "the paper submission deadline is May 2", "Abstract DDL: March 1",
# "our workshop is now accepting paper submissions" (asking for papers is no paper).
_SUBMITTED = r"(?:(?:full[- ]|short[- ])?(?:papers?|abstracts?|posters?|proposals?) )?submissions?"
SUBMISSION_CALL = (
    rf"(?:(?:cycles?|rounds?|windows?|deadlines?) for {_SUBMITTED}"
    rf"|(?:accepting|inviting|welcoming|soliciting|open for) {_SUBMITTED}"
    r"|(?:(?:full[- ]|short[- ])?(?:papers?|abstracts?|posters?|proposals?) (?:submission )?"
    r"|submission )(?:deadlines?|ddls?))"
)

# A call for papers (submissions, abstracts…) asks for work, it is none: service when the
# person edits or organises what calls ("I am co-editing", "we are organising"), else news.
_CALL = r"call for (?:papers|submissions|abstracts|contributions|proposals|posters|participation)"
# A call opening an item (its label or first words), as :mod:`.calls` reads it: the call for
# any kind of work or of people, and its abbreviation ("CFP", "CfP").
CALLS = (
    r"call for (?:[\w-]+ ){0,2}?(?:papers|submissions|abstracts|contributions|proposals|posters"
    r"|participation|talks|presentations|demos|tutorials|workshops|nominations|applications"
    r"|speakers|reviewers|chapters|entries)",
    r"cfps?",
)
_RUN_BY_ME = (
    r"(?=[^.!?]{0,120}?(?<!\w)(?:co-?edit|guest[- ]edit|edit(?:ing|ed|s)? by (?:me|us)"
    r"|(?:co-?)?organi[sz]|(?:co-?)?chair))"
)
CALL_RUN = _CALL + _RUN_BY_ME
CALL_OUT = _CALL + "(?!" + _RUN_BY_ME[3:]

# Talking about one's work to the press: "Dr Wong talks about AI in the news", "spoke
# about ponds on the radio", "… in an interview with the Times" (not "in the news seminar").
MEDIA_TALK = (
    r"(?:sp(?:oke|eak|eaks|eaking)|talk(?:s|ed|ing)?) (?:about|on) [^.!?;]{1,80}? (?:in (?:the"
    r" news|an? (?:interview|podcast|news (?:article|story|report)))|on (?:the )?(?:radio|tv"
    r"|television|podcast|news)|to (?:the )?(?:press|media|reporters))(?!\w)"
    r"(?! (?:seminars?|series|sessions?|workshops?|conferences?|symposi(?:um|a)|lectures?)(?!\w))"
)
# The same said the other way round, the outlet first: "I am in the Swiss news talking
# about our work", "I was on WINK News talking about VR", "appeared on the X podcast
# speaking about …", "made an appearance on X Live where I talked about …": a media
# appearance (not "at the news seminar talking about").
MEDIA_APPEARANCE = (
    r"(?:(?:am|is|are|was|were|be|been|being|appear(?:s|ed|ing)?) (?:also |again |today )?"
    r"(?:in|on) (?:the |an? )?(?:[\w'’&.-]+ ){0,3}?(?:news|radio|tv|television|podcasts?"
    r"|newspapers?|press|interviews?|documentar(?:y|ies)|broadcasts?)(?!\w)"
    r"(?! (?:seminars?|series|sessions?|workshops?|conferences?|symposi(?:um|a)|lectures?)(?!\w))"
    # or "made an appearance on X where I talked about Y" (on a programme, not at a meeting)
    r"|ma(?:de|kes?|king) an? (?:[\w-]+ )?appearance on)"
    r"[^.!?;]{0,40}? (?:talk(?:s|ed|ing)?|sp(?:oke|eak|eaks|eaking)) (?:about|on)(?!\w)"
)
# A piece published about someone (a department's profile of a new member, a story on the
# lab): "The department published a profile story about Dana" is news, not a paper; so is
# one said published about the person or their work ("An article by X was released about
# … my PhD research", "The article was published about my career").
PUBLISHED_PIECE = (
    r"publish(?:ed|es|ing)? (?:an? |the )?(?:[\w-]+ ){0,3}?(?:profiles?|features?"
    r"|stor(?:y|ies)|spotlights?|interviews?|pieces?|news (?:articles?|items?|posts?))"
    r"(?: (?:story|stories|piece|article))? (?:about|on|with|featuring|highlighting)(?!\w)"
    r"|(?:articles?|stor(?:y|ies)|pieces?|features?|profiles?|videos?|write-?ups?)"
    r" (?:by (?:the )?[^.;!?]{1,80}? )?(?:was|were|has been|have been|is|are)"
    r" (?:just |recently |now )?(?:released|published|posted|out)"
    r" (?:about|featuring|highlighting|profiling) [^.;!?]{0,100}?(?<!\w)(?:my|our|me|us)(?!\w)"
)

# A notebook, a script or code shared is news, whatever paper it links: "We would like to
# share the little Python notebook for …", "shared the code for [Title](doi)" (not
# "Released [widget code](arXiv)": a work released under that name).
SHARED_CODE = (
    r"(?:shar(?:e|ed|es|ing)|open[- ]sourc(?:e|ed|es|ing)"
    r"|post(?:ed|s|ing)?) (?:(?:with you|publicly|online) )?(?:an? |the |our |my |this )?"
    r"(?:[\w'’-]+ ){0,3}?(?:notebooks?|scripts?|code(?:base)?s?|colabs?|software"
    r"|toolbox(?:es)?)(?!\w)"
)

# Software updated is news, whatever paper it links: "X updated to v0.3.0", "X updated:
# adds …" (a version released with its paper, "X v0.1 released" + arXiv, stays a paper).
SOFTWARE_RELEASE = (
    r"(?:(?<!\w)(?:updated|upgraded) to (?:version )?v?\d+(?:\.\d+)+"
    r"|^(?:\S+ ){1,3}(?:updated|upgraded)\s*(?::|[-–—] ))"
)

# A tutorial, a competition or a challenge that a meeting accepts is one the person runs
# there, as an accepted workshop is (an event): "Our tutorial X has been accepted at Y", "An
# ISWC tutorial has been accepted", "Our X competition was accepted by NeurIPS" (not "our
# tutorial paper has been accepted": a paper).
RUN_EVENT_ACCEPTED = (
    # its subject, not the topic of a paper ("our paper on the toy challenge was accepted")
    r"(?<!on )(?<!of )(?<!about )(?<!for )(?<!in )(?<!with )(?<!at )(?<!from )(?<!to )"
    r"(?:our|my|an?|the|this|their)\s+"
    r"(?:(?!(?:on|of|about|for|in|with|at|from|to)\s)[^\s.;!?]+\s+){0,8}?"
    r"(?:tutorials?|competitions?|challenges?|shared tasks?)"
    r"(?:\s+·|\s+[\"“][^\"“”]{1,80}[\"”])?"  # its name, masked (·) or in quotes
    r"\s+(?:has been|have been|was|were|is|are|got|gets|been)(?: (?:just|now|also|officially))?"
    r" accepted(?: (?:at|to|by|for|in|as)(?!\w)|\s*[.!]|$)"
)

# Accepted into a school or a camp: going there, an event ("got accepted for the X Summer
# School", "was accepted into the Data Science Bootcamp"), not a paper accepted (nor one
# accepted to the school's proceedings).
SCHOOL_ACCEPTED = (
    r"(?:g(?:ot|et|ets|etting) )?(?:accepted|admitted) (?:to|for|into|in)(?: attend| join)?"
    r" (?:an? |the |this year['’]s )?(?:[\w'’&-]+ ){0,5}?(?:(?:summer|winter|spring|autumn"
    r"|fall|training|field) schools?|boot ?camps?|summer (?:institutes?|academ(?:y|ies)))(?!\w)"
    r"(?! (?:proceedings|workshop|track|session|poster)s?(?!\w))"  # the school's proceedings
)

# An outlet's piece on the work, no talk or paper of one's own: "X highlighted our paper",
# "our work was highlighted on the program's site"; "delivered a podcast".
HIGHLIGHTED = (
    r"highlight(?:ed|s) (?:my|our) (?:[\w-]+ ){0,3}?(?:papers?|works?|research|study|studies"
    r"|articles?|findings)",
    r"highlighted on",
    r"deliver(?:ed|ing|s)? (?:an? |the |my |our )?(?:[\w-]+ ){0,2}?podcasts?",
)

# A work's reception, no paper of its own: "our paper is getting some well-deserved attention",
# "Thank you X News for the coverage" (not an attention model, "attention heads").
RECEPTION = (
    r"(?:gett?(?:ing)?|gets|got|receiv(?:ed|es|ing)|attract(?:ed|s|ing)?|dr(?:ew|aws|awing))"
    r" (?:(?:some|a lot of|lots of|much|wide|great|considerable|well-deserved|media|press"
    r"|public) )*attention(?![\w-]| (?:mechanisms?|heads?|layers?|models?|maps?|modules?)\b)",
    r"thank(?:s| you)(?: to)? (?:[\w'’&.-]+ ){1,4}?for (?:the|their|this|its) (?:(?:media|press"
    r"|news|great|nice|kind|wonderful) )?coverage(?!\w)",
)

# Someone else's talk, on the person's own page: "My mentee Omar presented his flash talk
# at X" (a lab's page, "our student Ana presented her work", tells its own people's talks).
OTHERS_TALK = (
    r"(?<!\w)my (?:(?:phd|ph\.d\.|master['’]?s|undergrad(?:uate)?|summer|former) )?"
    r"(?:mentees?|students?|interns?|advisees?|supervisees?) [^.!?;]{0,60}?"
    r"(?:present(?:ed|s|ing)?|g(?:ave|ives|iving)|deliver(?:ed|s|ing)?) (?:his|her|their)(?!\w)"
)

# Tutorials put online to work through: material, no talk ("Two new tutorials available!";
# not "the slides of our tutorial are available").
TUTORIALS_ONLINE = (
    r"(?:^|(?<!\w)(?:new|online|open|two|three|several) )(?:[\w-]+ )?tutorials?"
    # ("Tutorials from the X summer school are available online")
    r"(?: (?:from|of) [^.!?;]{1,60}?)? (?:(?:is|are) )?(?:now )?(?:available|online)(?!\w)"
)

# The site itself put online: "The first version of this page is published!", "our new
# website is live" (news, no paper; a paper's project page stays with the paper's links).
SITE_ONLINE = (
    r"(?<!project )(?:web ?sites?|home ?pages?|web ?pages?|(?<![\w-])pages?|blogs?) (?:is |are "
    r"|has been |have been |was |were )(?:now |finally |officially )?(?:published|online|live"
    r"|launched|up)(?!\w)"
)
