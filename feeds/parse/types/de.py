"""German words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False  # the first finite verb or participle found decides
DETERMINERS = (
    "ein", "eine", "einen", "der", "die", "das", "den", "unser", "unsere", "unseren",
    "unserem", "mein", "meine", "meinen",
)  # fmt: skip

# A second clause of the same subject, its verb last: "… teilgenommen und (dort) einen
# Vortrag gehalten" (what stands between "und" and the clause's verb).
AND_THEN = r"(?<!\w)und (?:[\w-]+ ){0,6}"

VERBS = {
    "talk": (
        r"hielt",
        r"gehalten",
        r"präsentiert(?:e|en)?",
        r"präsentiere(?:n)?",  # "Am 4. Mai präsentiere ich …", "Wir präsentieren …"
        r"stell(?:e|en|te|ten) (?:[\w„“-]+ ){1,8}vor",  # "ich stelle unser Verfahren … vor"
        r"vorgestellt",
        # "ich werde einen Vortrag auf der X-Konferenz in Y halten": the talk, its verb last
        r"(?:gastvortrag|hauptvortrag|plenarvortrag|vortrag|keynote|präsentation|rede) "
        r"(?:[\w.,@„“-]+ ){0,10}halten",
        r"sprach",
        r"spreche",
        r"vorgetragen",
        # "nahm an einer Podiumsdiskussion teil": sprach dort
        r"nahm (?:\w+ ){0,4}(?:podiums|panel)diskussion",
        r"an (?:einer|der) (?:podiums|panel)diskussion teilgenommen",
    ),
    "paper": (r"angenommen", r"akzeptiert", r"veröffentlicht", r"erschienen", r"erscheint"),
    "award": (r"gewann", r"gewonnen", r"ausgezeichnet", r"verliehen", r"bewilligt", r"gefördert"),
    "service": (r"begutachtet",),
    "position": (
        r"beigetreten",
        r"trat .{1,40} bei",
        r"begann",
        r"begonnen",
        r"wechselte",
        r"gewechselt",
        r"promoviert",
        r"verteidigt",
        r"angetreten",
    ),
    "event": (
        r"nahm",
        r"nehme(?:n)? (?:[\w-]+ ){0,8}teil",  # "ich nehme an der Tagung teil"
        r"teil(?:zu)?nehmen",
        r"teilgenommen",
        r"besucht(?:e)?",
        r"organisiert(?:e)?",
        r"veranstaltet(?:e)?",
    ),
    "news": (),
}
OBJECT_VERBS = {
    # "ich halte einen Vortrag" (its object says it; "wir halten Sie auf dem Laufenden")
    "news": (r"halte(?:n)?", r"hält"),
    "award": (r"erhielt", r"erhalten", r"bekam", r"bekommen"),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
NOUNS = {
    "talk": (
        r"vortrag",
        r"vorträge",
        r"gastvortrag",
        r"hauptvortrag",
        r"kolloquium",
        r"seminar",
        r"präsentation",
        r"vorlesung",
        r"podiumsdiskussion",
        r"paneldiskussion",
        r"diskussionsrunde",
    ),
    "paper": (r"artikel", r"paper", r"veröffentlichung", r"publikation", r"aufsatz", r"preprint"),
    "award": (
        r"preis",
        r"auszeichnung",
        r"stipendium",
        r"förderung",
        r"(?:forschungs|projekt|förder|dfg-)?antrag",  # a funding proposal
    ),
    "service": (
        r"gutachter(?:in)?",
        r"programmkomitee",
        r"herausgeber(?:in)?",
        r"reviewer",
        r"(?:co-)?vorsitz(?:ende[rn]?)?",
        r"sitzungsleit(?:er|erin|ung)",  # a chair
    ),
    "position": (r"praktikum", r"promotion", r"doktorarbeit", r"juniorprofessur", r"professur"),
    "event": (
        *(r"workshop", r"konferenz", r"tagung", r"sommerschule"),
        r"tag der offenen t[üu]r",  # the lab open to visitors
    ),
    "news": (r"interview", r"pressemitteilung", r"(?:r-|python-|software)?paket"),
}

# A call for work opening an item (:mod:`.calls`): news or an event, never the work.
CALLS = (
    r"aufruf zur (?:einreichung|teilnahme)(?: von (?:beiträgen|abstracts|papers))?",
    r"(?:beitrags|einreichungs)aufruf",
)
