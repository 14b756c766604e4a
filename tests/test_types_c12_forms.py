"""Item types in forms of the held-out corpus C12 (issue 8), each written for this test
in the way people write them (not copied from a site): a French lecture ("Conférence
publique …", an "intervention") is a talk; a paper that "got an oral" is a paper, not an
award (an oral or spotlight award stays an award); a funder "supporting our work" is a
grant (award), whatever its name ("Open …"); "started to act as a reviewer" is service,
the role winning over "started" (a visit one starts stays a position, as
:mod:`tests.test_script_news_json` has it); a French training course ("stage de formation"), a
guest professorship or a research stay is an event; a certification received is an award;
Portuguese third-person lab news ("apresenta", "demonstram", "realiza", "marcam presença").
The test puts a bold month in front and checks the count, date and type
(:func:`.type_table.type_of_first`).
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, SERVICE = "talk", "paper", "award", "service"
POSITION, EVENT, NEWS = "position", "event", "news"

FRENCH = [
    ("Conférence publique présentant les résultats du projet Exemple à la médiathèque.", TALK),
    ("Conférence destinée aux étudiants de licence sur l'histoire du climat.", TALK),
    ("Conférence grand public sur les nuages, à la bibliothèque de Brest.", TALK),
    ("Conférences de vulgarisation données au lycée Exemple.", TALK),
    ("Intervention dans le cadre d'un atelier de création sonore.", TALK),
    ("Intervention au colloque Exemple sur les aérosols.", TALK),
    ("Thanks to the Example Centre for the Early Interventions program grant.", AWARD),
    ("J'ai participé au colloque Exemple sur les aérosols.", EVENT),  # no talk said
    ("Organisation de la conférence Exemple 2024.", EVENT),  # a conference, not a lecture
    ("Stage de formation professionnelle au Summer Institute de Exemple.", EVENT),
    ("Stage de formation continue sur l'enseignement du climat.", EVENT),
    ("J'ai commencé un stage de recherche au laboratoire Exemple.", POSITION),  # internship
    ("Formation continue intensive à l'enseignement des géosciences.", EVENT),
    ("J'ai reçu la certification d'enseignement de la Société Exemple.", AWARD),
    ("Gratification de la certification d'enseignement de la Société Exemple.", AWARD),
    ("Obtention de la certification Exemple de didactique.", AWARD),
    ("Professeure invitée aux États-Unis : séjour dans deux lycées.", EVENT),
    ("Professeur invité à l'Université de Montréal pour un mois.", EVENT),
    ("Chercheuse invitée au laboratoire Exemple de Québec.", EVENT),
    ("Séjour de recherche à l'Université Exemple.", EVENT),
]

ENGLISH = [
    ("Our paper about [Toy Planning](https://example.org/toy) got an oral at ToyConf.", PAPER),
    ("Our paper on widgets got a spotlight at ExampleConf 2024!", PAPER),
    ("Our work on toy boats received an oral presentation slot at ToyConf.", PAPER),
    ("Our paper on sails earned a spotlight talk at ToyConf 2025.", PAPER),
    ("I received the best oral presentation award at ToyConf.", AWARD),
    ("Received the oral presentation for ToyConf'26 (top 4% of submissions).", AWARD),
    ("Kim got a spotlight paper prize at ToyConf.", AWARD),
    ("We are proud to announce that Open Example is supporting our work!", AWARD),
    ("We are proud to announce that the Example Trust is supporting our work!", AWARD),
    ("Open Example is funding our lab's research on toy boats.", AWARD),
    ("Thanks to the Example Foundation for sponsoring our project on sails.", AWARD),
    ("Thanks Example Centers for supporting us through the Early Interventions program.", AWARD),
    ("Open Widget: our new benchmark paper is out.", PAPER),  # "Open" alone says nothing
    ("I started to act as a reviewer for the Journal of Imaginary Materials.", SERVICE),
    ("I started serving as a reviewer for ToyConf.", SERVICE),
    ("Began to serve as an area chair for ExampleConf 2025.", SERVICE),
    ("I started to work as a research intern at Example Labs.", POSITION),
    ("I started my PhD at Example University.", POSITION),
]

# third-person lab news in Portuguese
PORTUGUESE = [
    ("Equipe do laboratório apresenta artigo no Simpósio Exemplo.", TALK),
    ("Os alunos apresentam pôster no Congresso Exemplo.", TALK),
    ("Grupo e parceiros demonstram protótipo de TV imersiva na feira Exemplo.", TALK),
    ("Membros do grupo marcam presença no Congresso Exemplo com minicurso.", TALK),
    ("Membros do grupo marcam presença no Congresso Exemplo.", EVENT),
    ("O laboratório realiza vivência em realidade virtual na escola Exemplo.", EVENT),
    ("O laboratório realizou uma palestra na escola Exemplo.", TALK),
    ("O grupo tem projeto de pesquisa aprovado pela fundação Exemplo.", AWARD),
    ("Nosso artigo foi aprovado na revista Exemplo.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), FRENCH + ENGLISH + PORTUGUESE)
def test_c12_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
