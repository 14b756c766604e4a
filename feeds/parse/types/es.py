"""Spanish words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False
DETERMINERS = ("un", "una", "el", "la", "los", "las", "nuestro", "nuestra", "mi", "su")

VERBS = {
    "talk": (
        r"present(?:é|ó|amos|aré|ará|ando|o)",
        r"(?:de|a|para) presentar",  # "feliz de presentar", "invitado a presentar"
        r"habl(?:é|ó|aré|ará)",
        # "participé en una mesa redonda": speaking on it
        r"particip(?:é|ó|amos|aré|ará|ando) (?:en|como) (?:una |un |la |el )?"
        r"(?:mesa redonda|panel|debate|conversatorio|panelista)",
    ),
    "paper": (r"aceptad[oa]s?", r"publicad[oa]s?", r"aparecerá"),
    "award": (r"gan(?:é|ó|amos)", r"galardonad[oa]", r"premiad[oa]", r"financiad[oa]"),
    "service": (r"revis(?:or|ora) (?:de|para)",),
    "position": (
        r"me (?:uní|incorporé|gradué|mudé)",
        r"se (?:unió|incorporó|graduó)",
        r"(?:comencé|empecé|comenzó|empezó)",
        r"defend(?:í|ió)",
        r"(?:ha|han|he|hemos|haber) defendido",  # "ha defendido su TFG", "su tesis"
        r"me doctoré",
    ),
    "event": (r"asist(?:í|ió|imos)", r"organi(?:cé|zó|zamos|zando)", r"particip(?:é|ó|amos)"),
    "news": (),
}
OBJECT_VERBS = {
    # what is given says it: "impartí una charla" (a talk), "impartiré un curso" (teaching)
    "talk": (r"d(?:io|imos|aré|ará)", r"impart(?:í|ió|iré|irá)", r"dict(?:é|ó|aré|ará)"),
    "award": (r"recib(?:í|ió|imos)", r"obtuv(?:e|o)"),
    "service": (r"serv(?:í|iré|iendo)", r"ser(?:é|á) (?:miembro|parte)"),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
# A paper read at a congress ("con la comunicación titulada …", "una comunicación oral"),
# a work presented at a named meeting: a contributed talk, over "participado en el congreso"
_MEETING = r"(?:simposios?|congresos?|jornadas?|coloquios?|seminarios?|encuentros?|workshops?)"
PHRASES = {
    "talk": (
        r"con (?:la |una |su |sus |las |dos |tres )?comunicaci(?:ón|ones)",
        r"comunicaci(?:ón|ones) (?:oral(?:es)?|titulada)",
        rf"presentad[oa]s? (?:[^\s.;!?]+ ){{0,8}}?en (?:el |la |las |los |un |una )?"
        rf"(?:[^\s.;!?]+ )?{_MEETING}(?!\w)",
    ),
    # the press: a piece published about the work ("la revista ha sacado un reportaje sobre
    # nuestro proyecto", "se ha publicado la entrevista en el diario"): news, not a paper
    "news": (
        r"(?:sacado|publicad[oa]|emitid[oa]|public[óa]|sac[óa]) (?:un |una |el |la )?"
        r"(?:reportajes?|entrevistas?|crónicas?|nota de prensa)",
        r"(?:reportajes?|entrevistas?) (?:sobre|a|con|acerca de|en)(?!\w)",
    ),
}
# An event one gives is a talk: "impartí un taller", "di un tutorial".
GIVING = r"d(?:io|imos|aré|ará)|impart(?:í|ió|iré|irá)|dict(?:é|ó|aré|ará)"
GIVEN_EVENTS = r"talleres?|tutoriales?"
NOUNS = {
    "talk": (
        r"charlas?",
        r"ponencias?",
        r"conferencias? (?:invitada|magistral|plenaria)s?",
        r"conferencia",
        r"seminarios?",
        r"coloquios?",
        r"presentación(?: oral)?",
        r"exposición",
        r"mesa redonda",
        # (not "panel data" in an English text, the statistics term: see en_nouns)
        r"panel(?:ista)?(?! (?:data|datasets?|stud(?:y|ies)|surveys?|regressions?)(?!\w))",
    ),
    "paper": (r"artículos?", r"preprints?", r"publicación", r"revista"),
    "award": (r"premios?", r"becas?", r"galardón", r"reconocimiento", r"mención honorífica"),
    "service": (
        r"revisor(?:a|es)?",
        r"comité de programa",
        r"editor(?:a)?(?: asociad[oa])?",
        r"presidente de área",
        r"(?:co-?)?president[ae]s? de(?:l| la)? (?:sesi(?:ón|ones)|programa|comité|tutoriales"
        r"|talleres|paneles)",  # a chair: "presidente de sesión"
    ),
    "position": (
        r"pasantía",
        r"prácticas",
        r"posdoc(?:torado)?",
        r"profesor(?:a)? (?:asistente|titular)",
    ),
    "event": (
        *(r"talleres?", r"congresos?", r"jornadas?", r"escuela de verano", r"simposio"),
        r"puertas abiertas",  # the lab open to visitors
    ),
    "news": (
        r"entrevista",
        r"noticia",
        r"paquetes?",
        r"cursos?",
        r"clases?",
        r"asignatura",
        r"sitio web",
    ),
}

# A call for work opening an item (:mod:`.calls`): news or an event, never the work.
CALLS = (
    r"convocatorias?(?: (?:de|para) (?:artículos|ponencias|comunicaciones|trabajos|contribuciones"
    r"|propuestas|resúmenes|pósteres))?",
    r"llamad[ao]s? (?:a|de|para) (?:contribuciones|artículos|ponencias|trabajos|propuestas"
    r"|comunicaciones|resúmenes)",
)
