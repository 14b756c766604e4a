"""Types of item wordings met in probe corpus c27 (issue 8), with their siblings; rows
written for this test.

- A contributed talk at a congress in Spanish, Portuguese and French: a paper read there
  (``con la comunicación titulada``, ``comunicação oral``, ``communication orale``), a
  project presented at a symposium (``presentado … en el simposio``); taking part alone
  stays an event.
- Japanese: a report given at a ceremony (``終了報告をしました``) is a talk; a person's
  title naming the subject (``山田助教が``) is no position, a post taken up (``着任``) is;
  ``採択`` of a programme, a grant or a scholarship is an award, of a paper a paper;
  assigned to a lab (``配属``), admitted (``合格``) is a position; a visitor who came
  (``お越しいただきました``) an event.
- A call for papers is no paper: service when the person edits or organises what calls,
  else news. Press pieces (``reportaje``, ``entrevista`` published in a newspaper) are news.
- A Spanish thesis defended (``ha defendido su TFG``) is a position (recruiting a student
  stays news, an opening); attending a conference in Portuguese or Greek is an event;
  Greek has a table of its own.
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, POSITION, SERVICE, TALK, type_of_first

ROWS = [
    # B. a contributed talk at a congress
    (
        "Ana y Luis han presentado el proyecto en el simposio de la Universidad de León con "
        "la comunicación titulada «Mapas y memoria».",
        TALK,
    ),
    (
        "El proyecto participa en el Congreso Internacional de Historia con la comunicación "
        "titulada «Archivos vivos».",
        TALK,
    ),
    ("Hemos participado en las jornadas de didáctica con una comunicación oral.", TALK),
    ("Presentado nuestro proyecto de mapas en el XI congreso de didáctica de Málaga.", TALK),
    ("Nuestro grupo ha presentado su trabajo en las jornadas de innovación docente.", TALK),
    ("Participamos do congresso de ensino com a comunicação oral «Frações no quadro».", TALK),
    ("Comunicação oral no simpósio de oceanografia costeira.", TALK),
    ("Nous avons participé au colloque de Lyon avec une communication orale.", TALK),
    ("Communication orale au congrès de la Société de géographie.", TALK),
    # taking part alone, and other senses of the words, stay what they were
    ("Hemos participado en el congreso de historia de Bilbao.", EVENT),
    ("Participamos do congresso de ensino de Curitiba.", EVENT),
    ("Nous avons participé au colloque de Lyon.", EVENT),
    ("Presentada la nueva página web del grupo.", NEWS),
    # C. Japanese: a report given; a title names the person
    ("山田助教が財団の研究奨励金贈呈式にて終了報告をしました", TALK),
    ("鈴木教授が湖の学会で成果報告を行いました。", TALK),
    ("池の学会で研究報告をしました。", TALK),
    ("研究室の新しい装置が届いたことをご報告します。", NEWS),
    ("鈴木准教授が研究室のウェブサイトを新しくしました。", NEWS),
    ("山田助教が湖の研究会に参加しました。", EVENT),
    ("山田助教が着任しました。", POSITION),
    ("田中さんが湖畔大学の助教に就任しました。", POSITION),
    ("4月より助教として着任．", POSITION),
    # D1. a call for papers
    ("The call for papers of the special issue on river mud I am co-editing is open.", SERVICE),
    ("Call for papers for the workshop on coastal data we are organising at the EGU.", SERVICE),
    # "Call for papers:" opening the item is its label, a news label (as "Press:" is): news
    (
        "Call for papers: a special issue on river sediment modelling I am co-editing with "
        "Dr. Smith is open.",
        NEWS,
    ),
    ("Call for submissions: the 2026 workshop on river data is open.", NEWS),
    ("The call for abstracts of the summer school on deltas is out.", NEWS),
    ("Call for Papers – a journal special issue on stone tools.", NEWS),
    ("Our paper on stone tools was accepted at the lithics meeting.", PAPER),
    # D2, D3. the press
    ("La revista pedagógica Aula ha sacado un reportaje sobre nuestro proyecto.", NEWS),
    (
        "Entrevista sobre el libro ilustrado «Las nubes»: se ha publicado la entrevista en el "
        "suplemento del diario.",
        NEWS,
    ),
    ("Se ha publicado una entrevista a Ana en el periódico de la ciudad.", NEWS),
    ("El diario local ha publicado un reportaje sobre el grupo.", NEWS),
    ("A revista Ciência Hoje publicou uma reportagem sobre o nosso laboratório.", NEWS),
    ("Le journal régional a publié un reportage sur notre équipe.", NEWS),
    ("Se ha publicado nuestro artículo en la revista de didáctica.", PAPER),
    ("Artículo aceptado en la revista Historia y Memoria.", PAPER),
    # D4. Japanese 採択: a paper, or an award
    ("若手研究者支援プログラム（XYZ）に採択されました．", AWARD),
    ("論文が国際会議ABCに採択されました．", PAPER),
    ("財団の研究助成に採択されました。", AWARD),
    ("次世代研究者挑戦的研究プログラムに採用されました。", AWARD),
    ("大学院のスカラシップ研究学生に採用されました。", AWARD),
    ("湖の学会での発表が採択されました。", PAPER),
    # F. Japanese careers, visits
    ("新しく3名が研究室に配属されました。", POSITION),
    ("湖畔大学大学院の専攻に合格しました。", POSITION),
    ("佐藤さんが湖畔大学に入学しました。", POSITION),
    ("湖畔大学の山田先生にお越しいただきました。", EVENT),
    ("大学院入試の説明会に応募しました。", NEWS),
    # F. Spanish defence, recruiting, attending
    ("El alumno Luis Pérez ha defendido su TFG sobre mapas antiguos.", POSITION),
    ("Hoy Ana ha defendido su tesis doctoral.", POSITION),
    # recruiting is an opening the site announces, news as "We are hiring" is (type table)
    ("Recruiting for MSc student - sprint performance in youth football.", NEWS),
    ("We are recruiting a PhD student for the river project.", NEWS),
    ("De 4 a 7 de junho, o laboratório participou ativamente da Semana do Mar.", EVENT),
    ("Η ομάδα παρευρέθηκε στο 5ο συνέδριο Γεωμετρίας, Πανεπιστήμιο Πατρών.", EVENT),
    ("Η ομάδα συμμετείχε στο συνέδριο Άλγεβρας στην Αθήνα.", EVENT),
    # Greek (a table of its own)
    ("Παρουσίαση poster στο συνέδριο Γεωμετρίας στη Λυών.", TALK),
    ("Ο Νίκος έδωσε ομιλία στο σεμινάριο Άλγεβρας.", TALK),
    ("Το άρθρο μας έγινε δεκτό στο περιοδικό Αριθμών.", PAPER),
    ("Η Μαρία βραβεύτηκε από την Ένωση Μαθηματικών.", AWARD),
    ("Δημοσίευση της ιστοσελίδας της ομάδας.", NEWS),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c27_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
