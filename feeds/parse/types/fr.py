"""French words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False
DETERMINERS = ("un", "une", "le", "la", "les", "notre", "nos", "mon", "ma", "mes", "son", "sa")

VERBS = {
    "talk": (
        r"présent(?:é|ée|erai|era|ons)",
        r"(?:j['’]ai|a) présenté",
        r"(?:je|nous) présent(?:e|ons)",  # "je présente nos travaux au colloque"
        r"(?:de|à|pour) présenter",  # "heureux de présenter", "invité à présenter"
        r"intervenu",
        # "participé à une table ronde": speaking at it
        r"particip(?:é|erai|era|ons|e) (?:à|a) (?:une |un |la |le )?(?:table ronde|débat|panel)",
    ),
    "paper": (r"accepté(?:e|s|es)?", r"publié(?:e|s|es)?", r"paraîtra", r"paru(?:e|s)?"),
    "award": (r"remport(?:é|e)", r"lauréat(?:e)?", r"récompensé(?:e)?", r"distingué(?:e)?"),
    "service": (r"relect(?:eur|rice) pour",),
    "position": (
        r"rejoint",
        r"rejoindr(?:ai|a)",
        r"commencé",
        r"soutenu",
        r"intégré",
        r"recruté(?:e)?",
        r"diplômé(?:e)?",
    ),
    "event": (
        r"particip(?:é|erai|era)",
        r"assisté",
        r"(?:co-)?organis(?:é|ée|ons|erai)",
        r"accueilli",
    ),
    "news": (),
}
OBJECT_VERBS = {
    "talk": (r"donn(?:é|erai|era|e|ons)",),
    "news": (r"anim(?:é|ée|er|erai|era|e|ons)",),  # "animé un atelier": what it is says it
    # "a reçu le prix" ("a" is no article here: "reçu" is the verb)
    "award": (r"reçu(?:e)?", r"obtenu(?:e)?", r"(?:a|ai|as|ont|avons|avez) (?:reçu|obtenu)e?s?"),
    "service": (r"membre du",),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
# A paper read at a colloquium ("une communication orale", "avec une communication"): a
# contributed talk, over "participé au colloque"
PHRASES = {
    "talk": (
        r"communications? orales?",
        r"avec (?:une |la |sa |deux |trois )?communications?",
    ),
    # the press: a piece about the work ("le journal a publié un reportage sur …"): news
    "news": (
        r"(?:publié|diffusé|consacré|paru) (?:un |une |le |la )?(?:reportages?|entretiens?"
        r"|interviews?|articles? de presse)",
        r"(?:reportages?|entretiens?|interviews?) (?:sur|avec|consacrés? à)(?!\w)",
    ),
}
# An event one gives is a talk: "donné un atelier", "animé un tutoriel".
GIVING = r"donn(?:é|erai|era|e|ons)|anim(?:é|ée|er|erai|era|e|ons)"
GIVEN_EVENTS = r"ateliers?|tutoriels?"
NOUNS = {
    "talk": (
        r"exposés?",
        r"conférences? invitées?",
        r"conférence plénière",
        # a lecture, not a conference: "Conférence publique …", "Conférence destinée aux …"
        r"conférences? (?:publiques?|grand public|de vulgarisation|destinées?|données?"
        r"|inaugurales?|introductives?|d['’]ouverture|de clôture)",
        # "Intervention dans un atelier", "au colloque" (not the English "Interventions program")
        r"interventions?(?= (?:dans|au|aux|à|lors|sur|pendant|auprès) )",
        r"séminaires?",
        r"présentation(?: orale)?",
        r"cours invité",
        r"table ronde",
    ),
    "paper": (
        r"articles?",
        r"papiers?",
        r"prépublications?",
        r"publications?",
        r"parution",
        r"chapitres?",
    ),
    "award": (
        r"prix",
        r"bourses?",
        r"distinctions?",
        r"récompenses?",
        r"médaille",
        r"certifications?",
        r"gratifications?",
    ),
    "service": (
        r"relecteur",
        r"relectrice",
        r"rapporteur",
        r"comité de programme",
        r"éditeur",
        r"(?:co-?)?présidente?s?",  # "président des tutoriels et des panels": the role
    ),
    "position": (r"stage", r"postdoc", r"soutenance", r"maître de conférences", r"thèse"),
    "event": (
        r"ateliers?",
        r"colloques?",
        r"congrès",
        r"école d['’]été",
        r"journées?",
        r"stages? de formation",  # a training course, not an internship ("stage")
        r"formations? (?:continues?|professionnelles?)",
        # a visit: "Professeure invitée aux États-Unis", "séjour de recherche"
        r"(?:professeure?|chercheu(?:r|se)|enseignante?|maîtresse?) invitée?",
        r"(?:professeure?|chercheu(?:r|se)|enseignante?)s invitée?s",
        r"séjours?(?: de recherche)?",
        r"portes[- ]ouvertes",  # the lab open to visitors
        r"assembl[ée]es? g[ée]n[ée]rales?",  # a project's or society's meeting of its members
    ),
    "news": (r"entretien", r"interview", r"reportage", r"cours", r"site (?:web|internet)"),
}

# A call for work opening an item (:mod:`.calls`): news or an event, never the work.
CALLS = (
    r"appels? (?:à|a|aux) (?:communications?|contributions?|articles|propositions|soumissions"
    r"|candidatures?|posters|participation)",
)
