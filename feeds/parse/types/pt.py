"""Portuguese words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False
DETERMINERS = ("um", "uma", "o", "a", "os", "as", "nosso", "nossa", "meu", "minha")

VERBS = {
    "talk": (
        r"apresent(?:ei|ou|amos|arei|ará|o|a|am|aram)",  # "a equipe apresenta artigo na X"
        r"demonstr(?:ei|ou|amos|a|am|aram)",  # showing one's work at a stand is presenting it
        r"(?:em|de|a|para) apresentar",  # "feliz em apresentar", "convidado a apresentar"
        r"ministr(?:ei|ou|arei|ará)",
        r"falei",
        # "participei de uma mesa-redonda": falou nela
        r"particip(?:ei|ou|amos|arei) (?:de|em|na|no|numa|num|da|do) (?:uma |um )?"
        r"(?:mesa[- ]redonda|painel|debate)",
    ),
    "paper": (r"aceit[oa]s?", r"publicad[oa]s?"),
    "award": (r"ganh(?:ei|ou|amos)", r"premiad[oa]", r"financiad[oa]"),
    "service": (),
    "position": (r"entrei", r"comecei", r"me juntei", r"defendi", r"ingressei", r"me formei"),
    "event": (r"particip(?:ei|ou|amos)", r"organiz(?:ei|ou|amos)", r"assisti"),
    "news": (),
}
OBJECT_VERBS = {
    "talk": (r"d(?:eu|arei)",),
    # "realizou uma palestra" is a talk, "realiza uma vivência" an event
    "event": (
        r"realiz(?:ei|ou|amos|a|am|aram)",
        # "marcam presença na X com minicurso": being there, unless what they brought says more
        r"marc(?:ei|ou|amos|a|am|aram) presença",
    ),
    "award": (r"receb(?:i|eu)",),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
# A research project approved (funded): a grant, whatever verb stands before it
PHRASES = {
    "award": (r"(?:projetos?|propostas?) (?:de pesquisa )?(?:[\w-]+ ){0,3}aprovad[oa]s?",),
    # there "com minicurso", "com palestra": what one brought to give is a talk
    "talk": (
        r"com (?:um |uma |a )?(?:minicursos?|palestras?|apresentaç(?:ão|ões)|pôsters?"
        r"|comunicaç(?:ão|ões))",
        # a paper read at a congress: "comunicação oral" (a contributed talk)
        r"comunicaç(?:ão|ões) ora(?:l|is)",
        r"apresentad[oa]s? (?:[^\s.;!?]+ ){0,8}?n[oa]s? (?:[^\s.;!?]+ )?(?:simpósios?"
        r"|congressos?|jornadas?|colóquios?|seminários?|encontros?|workshops?)(?!\w)",
    ),
    # a meeting as the subject of a headline's verb: "Seminário avalia projetos", "Semana
    # de X apresenta a produção": what the event does, not a talk one gave
    "event": (
        r"(?<!\w)(?:seminários?|semanas?|congressos?|simpósios?|encontros?|jornadas?|feiras?"
        r"|eventos?|workshops?|mostras?)(?: (?:de|do|da|dos|das|em|sobre) [^.!?:;]{1,80}?)?"
        r" (?:apresenta|avalia|reúne|discute|debate|promove|recebe|celebra|abre|encerra"
        r"|destaca|mostra|premia|homenageia)m?(?!\w)",
    ),
    # the press: a piece about the work ("a revista publicou uma reportagem sobre …"): news
    "news": (
        r"(?:publicou|publicaram|publicad[oa]|saiu|divulgou) (?:uma |um |a |o )?"
        r"(?:reportage(?:m|ns)|entrevistas?|matérias?)",
        r"(?:reportage(?:m|ns)|entrevistas?|matérias?) (?:sobre|com|acerca d[oae])(?!\w)",
    ),
}
NOUNS = {
    "talk": (
        r"palestras?",
        r"apresentação(?: oral)?",
        r"seminários?",
        r"minicurso",
        r"mesa redonda",
    ),
    "paper": (r"artigos?", r"publicação"),
    "award": (r"prêmios?", r"prémios?", r"bolsas?", r"menção honrosa"),
    "service": (
        r"revisor(?:a)?",
        r"comitê de programa",
        r"editor(?:a)?",
        r"(?:co-?)?president[ae]s? d[aoe]s? (?:sess(?:ão|ões)|programa|comitê|comissão"
        r"|tutoriais|oficinas|painéis)",  # a chair: "presidente da sessão"
    ),
    "position": (r"estágio", r"pós-doutorado", r"doutorado"),
    "event": (
        *(r"workshop", r"congresso", r"evento", r"escola de verão", r"simpósio"),
        r"portas abertas",  # the lab open to visitors
    ),
    "news": (r"entrevista", r"pacotes?"),
}

# A call for work opening an item (:mod:`.calls`): news or an event, never the work.
CALLS = (
    r"chamadas? (?:de|para) (?:trabalhos|artigos|submiss(?:ões|ão)|contribuiç(?:ões|ão)"
    r"|propostas|resumos|pôsteres|participação)",
)
