"""Italian words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False
DETERMINERS = ("un", "una", "il", "lo", "la", "gli", "le", "nostro", "nostra", "mio", "mia")

VERBS = {
    "talk": (
        r"(?:ho|ha|abbiamo) presentato",
        r"presenter(?:ò|à|emo)",
        r"present(?:o|iamo)",  # "presento il lavoro al convegno"
        r"(?:di|a|per) presentare",  # "felice di presentare", "invitato a presentare"
        r"parler(?:ò|à|emo)",
        r"interverr(?:ò|à)",
        r"partecipato (?:a|ad) (?:una |un )?(?:tavola rotonda|panel|dibattito)",
    ),
    "paper": (r"accettat[oaie]", r"pubblicat[oaie]"),
    "award": (r"vint[oa]", r"premiat[oa]", r"finanziat[oa]"),
    "service": (),
    "position": (
        r"entrat[oa]",
        r"iniziat[oa]",
        r"mi sono unit[oa]",
        r"discusso la tesi",
        r"laureat[oa]",
    ),
    "event": (r"partecipato", r"organizzat[oa]", r"parteciperò"),
    "news": (),
}
OBJECT_VERBS = {
    "talk": (r"tenuto", r"terrò"),
    "award": (r"ricevut[oa]", r"ottenut[oa]"),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
NOUNS = {
    "talk": (r"seminari[oi]?", r"intervento", r"relazione invitata", r"presentazione", r"lezione"),
    "paper": (r"articol[oi]", r"pubblicazion[ei]"),
    "award": (r"premi[oi]?", r"borsa di studio", r"riconoscimento", r"proposta di progetto"),
    "service": (
        r"revisore",
        r"comitato di programma",
        r"editor",
        r"(?:co-?)?president[ei] (?:di|del|della|dei) (?:session[ei]|programma|comitato"
        r"|tutorial|workshop|panel)",  # a chair: "presidente di sessione"
    ),
    "position": (r"tirocinio", r"dottorato", r"assegno di ricerca"),
    "event": (r"convegno", r"congresso", r"workshop", r"scuola estiva", r"porte aperte"),
    "news": (r"intervista", r"pacchett[oi]"),
}

# A call for work opening an item (:mod:`.calls`): news or an event, never the work.
CALLS = (
    r"invito a (?:presentare|inviare) (?:contributi|articoli|proposte|abstract)",
    r"chiamata (?:a|per) (?:contributi|articoli|proposte)",
)
