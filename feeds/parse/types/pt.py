"""Portuguese words for item types (patterns are lower-case regular expressions)."""

SPACED = True
MAIN_VERB_LAST = False
DETERMINERS = ("um", "uma", "o", "a", "os", "as", "nosso", "nossa", "meu", "minha")

VERBS = {
    "talk": (
        r"apresent(?:ei|ou|amos|arei|ará|o)",
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
    "award": (r"receb(?:i|eu)",),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
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
    "event": (r"workshop", r"congresso", r"evento", r"escola de verão", r"simpósio"),
    "news": (r"entrevista", r"pacotes?"),
}
